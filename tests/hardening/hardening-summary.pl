#!/usr/bin/env perl
# The hardening summary: the rows the hardening tests recorded (HardeningReport, *.row files),
# printed as a table in the order of issue 7's list, and written to DIR/summary.txt for ./run test
# to show. Fails when a row missed its target. A built row without a figure is shown as such (its
# test failed, which makes the run red by itself, or was not selected); rows not built yet are
# listed too, so the table always shows the whole bar.
#
#   hardening-summary.pl DIR            the summary
#   hardening-summary.pl --reset DIR    removes the rows of an earlier run
use strict;
use warnings;

# row => [what it stands for, built?]
my @rows = (
    ['secrets-at-rest', 'planted words in every file Deskhand writes; store without key, plaintext swap', 1],
    ['crashes', 'SIGKILL during sync, send and migration', 1],
    ['disk-faults', 'disk full and I/O errors at the Nth write', 1],
    ['tls-matrix', 'old protocols, self-signed, expired, wrong host, unknown CA, pins', 1],
    ['redirects', 'https->http and cross-origin redirects carrying credentials', 1],
    ['hostile-servers', 'huge, false-length, endless, gzip-bomb, drip, 429 and 503 storms', 1],
    ['hostile-content', 'malicious ticket bodies rendered', 1],
    ['sign-in-attacks', 'state, replayed codes, second callbacks, PKCE uniqueness', 1],
    ['fuzzing', 'libFuzzer targets under ASan and UBSan', 1],
    ['sanitizer-build', 'the test suite under ASan and UBSan', 1],
    ['banned-calls', 'the banned-call gate over app/ and ui/', 1],
);

my $reset = @ARGV && $ARGV[0] eq '--reset' ? shift @ARGV : undef;
my $dir = shift @ARGV or die "usage: hardening-summary.pl [--reset] DIR\n";
if ($reset) {
    mkdir $dir;
    unlink glob("$dir/*.row"), "$dir/summary.txt";
    exit 0;
}

my %recorded;
for my $file (glob("$dir/*.row")) {
    open(my $fh, '<:encoding(UTF-8)', $file) or die "hardening-summary: $file: $!\n";
    my $line = <$fh>;
    close $fh;
    next unless defined $line;
    chomp $line;
    my ($row, $tried, $figure, $met) = split /\t/, $line;
    $recorded{$row} = { tried => $tried, figure => $figure, met => $met };
}

my ($failed, @out) = (0);
push @out, sprintf('%-26s %-6s %s', 'row', 'target', 'what was tried -> figure');
push @out, '-' x 100;
my %known;
for my $r (@rows) {
    my ($row, $about, $built) = @$r;
    # A row may come in parts from several tests: "row/part".
    my @parts = grep { $_ eq $row || index($_, "$row/") == 0 } sort keys %recorded;
    $known{$_} = 1 for @parts;
    if (@parts) {
        for my $part (@parts) {
            my $got = $recorded{$part};
            my $ok = $got->{met} eq 'yes';
            $failed++ unless $ok;
            push @out, sprintf('%-26s %-6s %s -> %s', $part, $ok ? 'met' : 'MISSED', $got->{tried}, $got->{figure});
        }
    } elsif ($built) {
        # Its test failed before recording (and is red itself), or was not selected this run.
        push @out, sprintf('%-26s %-6s %s -> no figure: its test failed or did not run', $row, 'NONE', $about);
    } else {
        push @out, sprintf('%-26s %-6s %s -> not built yet', $row, '-', $about);
    }
}
for my $row (sort keys %recorded) {
    next if $known{$row};
    my $got = $recorded{$row};
    $failed++ if $got->{met} ne 'yes';
    push @out, sprintf('%-26s %-6s %s -> %s', $row, $got->{met} eq 'yes' ? 'met' : 'MISSED', $got->{tried},
                       $got->{figure});
}
my $text = "Hardening summary\n" . join("\n", @out) . "\n";
binmode STDOUT, ':encoding(UTF-8)';
print $text;
if (open(my $fh, '>:encoding(UTF-8)', "$dir/summary.txt")) {
    print $fh $text;
    close $fh;
}
exit($failed ? 1 : 0);
