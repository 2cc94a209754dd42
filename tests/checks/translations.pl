#!/usr/bin/env perl
# The translation check (issue 6): the catalogues in translations/ are complete, current and
# well-formed. Part of ./run test (CTest "translations", label "checks").
#
#   translations.pl [--lupdate PATH --sources DIR...] FILE.ts...
#                   exit 1 on any finding; with --lupdate, also on a .ts that is not up to date
#                   with the sources (lupdate into a scratch copy, message sets compared)
#   translations.pl --self-test DIR [--lupdate PATH]
#                   every *.ts in DIR lists the rules it must trip in a comment
#                   ("<!-- expect: rule rule -->", none for a file that must pass; "<!-- sources:
#                   SUBDIR -->" compares it with the sources in DIR/SUBDIR); exit 1 when the check
#                   disagrees
#
# Rules:
#   unfinished    a message not translated yet (type="unfinished", or an empty translation)
#   vanished      a message lupdate marked vanished: its source text is gone
#   obsolete      a message lupdate marked obsolete
#   identical     a translation identical to a long source text (more than 3 words or 20
#                 characters), unless the translator or developer comment says "same in every
#                 language"; not checked for the English (plural-only) file
#   plural-forms  a plural message without all of its language's forms (de, fr, en: 2), or an
#                 empty one
#   placeholders  %1 … %99, %L1 …, %n, %Ln differ between source and translation (each form)
#   accelerator   a "&" accelerator in one and not the other (&& and HTML entities are no
#                 accelerators)
#   markup        HTML tags (<b>, </p>, <br>, …) differ between source and translation
#   stale         the sources have a text the .ts lacks (run update_translations), or the .ts has
#                 one the sources lost
use strict;
use utf8;
use warnings;
use File::Basename qw(basename);
use File::Copy qw(copy);
use File::Temp qw(tempdir);

my %plural_forms = (de => 2, fr => 2, en => 2);
my $examples = 12; # findings shown per file and rule (all are counted)

sub slurp {
    my ($path) = @_;
    open(my $fh, '<:encoding(UTF-8)', $path) or die "translations: cannot read $path: $!\n";
    local $/;
    my $text = <$fh>;
    close $fh;
    return $text;
}

sub decode {
    my ($text) = @_;
    return '' unless defined $text;
    $text =~ s{<byte value="x?([0-9a-fA-F]+)"\s*/>}{chr(hex $1)}ge;
    $text =~ s/&lt;/</g;
    $text =~ s/&gt;/>/g;
    $text =~ s/&quot;/"/g;
    $text =~ s/&apos;/'/g;
    $text =~ s/&#x([0-9a-fA-F]+);/chr(hex $1)/ge;
    $text =~ s/&#(\d+);/chr($1)/ge;
    $text =~ s/&amp;/&/g;
    return $text;
}

# The messages of a .ts file: context, source, disambiguation, plural or not, the translation's
# type and text(s), comments.
sub read_ts {
    my ($path) = @_;
    my $text = slurp($path);
    my ($language) = $text =~ /<TS\b[^>]*\blanguage="([^"]*)"/;
    die "translations: $path has no language attribute\n" unless defined $language;
    my @messages;
    while ($text =~ m{<context>(.*?)</context>}gs) {
        my $context = $1;
        my ($name) = $context =~ m{<name>(.*?)</name>}s;
        while ($context =~ m{<message\b([^>]*)>(.*?)</message>}gs) {
            my ($attributes, $body) = ($1, $2);
            my %m = (context => decode($name), numerus => ($attributes =~ /numerus="yes"/ ? 1 : 0));
            ($m{source}) = map { decode($_) } $body =~ m{<source>(.*?)</source>}s;
            ($m{comment}) = map { decode($_) } $body =~ m{<comment>(.*?)</comment>}s;
            $m{comment} //= '';
            $m{notes} = join("\n", map { decode($_) } $body =~ m{<(?:extracomment|translatorcomment)>(.*?)</(?:extracomment|translatorcomment)>}gs);
            if ($body =~ m{<translation\b([^>]*?)(?:/>|>(.*?)</translation>)}s) {
                my ($type_attributes, $content) = ($1, $2 // '');
                ($m{type}) = $type_attributes =~ /type="([^"]*)"/;
                $m{type} //= '';
                if ($m{numerus}) {
                    my @forms; # <numerusform/> is an empty form
                    my @raw = $content =~ m{<numerusform\b[^>]*?(?:/>|>(.*?)</numerusform>)}gs;
                    push @forms, decode($_ // '') for @raw;
                    $m{forms} = \@forms;
                } else {
                    $m{forms} = [decode($content)];
                }
            } else {
                $m{type} = 'unfinished';
                $m{forms} = [];
            }
            push @messages, \%m;
        }
    }
    return ($language, \@messages);
}

sub key_of { my ($m) = @_; return join("\x{1f}", $m->{context}, $m->{source}, $m->{comment}, $m->{numerus}); }

sub placeholders {
    my ($text) = @_;
    my %seen = map { $_ => 1 } $text =~ /(%L?(?:\d{1,2}|n))/g;
    return join(' ', sort keys %seen);
}

sub accelerators {
    my ($text) = @_;
    $text =~ s/&&//g;
    $text =~ s/&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);//g;
    return () = $text =~ /&/g;
}

sub tags {
    my ($text) = @_;
    return join(' ', sort map { lc } $text =~ m{<\s*(/?\s*[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>}g);
}

sub is_long { my ($text) = @_; my @words = split ' ', $text; return @words > 3 || length($text) > 20; }

sub short { my ($text) = @_; $text =~ s/\n/\\n/g; return length($text) > 70 ? substr($text, 0, 67) . '…' : $text; }

# lupdate over the sources into a scratch copy of the file; the message keys it has.
sub current_keys {
    my ($path, $language, $lupdate, @sources) = @_;
    my $scratch = tempdir(CLEANUP => 1);
    my $copy = "$scratch/" . basename($path);
    copy($path, $copy) or die "translations: cannot copy $path: $!\n";
    my @command = ($lupdate, '-locations', 'none', '-no-obsolete', '-silent');
    push @command, '-pluralonly' if $language =~ /^en/;
    push @command, @sources, '-ts', $copy;
    my $output = qx{@{[join ' ', map { quotemeta } @command]} 2>&1};
    die "translations: lupdate failed on $path:\n$output" if $?;
    my (undef, $messages) = read_ts($copy);
    return { map { key_of($_) => 1 } grep { $_->{type} !~ /^(?:vanished|obsolete)$/ } @$messages };
}

# The findings for one file: [rule, message description] each.
sub check_file {
    my ($path, $lupdate, @sources) = @_;
    my ($language, $messages) = read_ts($path);
    my ($code) = $language =~ /^([a-z]+)/;
    my $forms = $plural_forms{$code // ''};
    die "translations: $path is in '$language'; add its plural forms to translations.pl\n" unless $forms;
    my $source_language = $code eq 'en';
    my @found;
    for my $m (@$messages) {
        my $what = "$m->{context}: \"" . short($m->{source}) . '"';
        if ($m->{type} eq 'vanished' || $m->{type} eq 'obsolete') {
            push @found, [$m->{type}, $what];
            next;
        }
        my @texts = @{$m->{forms}};
        if ($m->{type} eq 'unfinished' || !@texts || !grep { length } @texts) {
            push @found, ['unfinished', $what];
            next;
        }
        if ($m->{numerus} && (@texts != $forms || grep { !length } @texts)) {
            push @found, ['plural-forms', "$what has " . scalar(grep { length } @texts) . " of $forms forms"];
            next;
        }
        if (!$m->{numerus} && !length $texts[0]) {
            push @found, ['unfinished', $what];
            next;
        }
        my %rules;
        for my $text (@texts) {
            $rules{identical} = 1
                if !$source_language && $text eq $m->{source} && is_long($m->{source})
                && $m->{notes} !~ /same in every language/i;
            $rules{placeholders} = 1 if placeholders($text) ne placeholders($m->{source});
            $rules{accelerator} = 1 if accelerators($text) != accelerators($m->{source});
            $rules{markup} = 1 if tags($text) ne tags($m->{source});
        }
        push @found, [$_, "$what → \"" . short($texts[-1]) . '"'] for sort keys %rules;
    }
    if ($lupdate) {
        my $current = current_keys($path, $language, $lupdate, @sources);
        my %have = map { key_of($_) => 1 } grep { $_->{type} !~ /^(?:vanished|obsolete)$/ } @$messages;
        for my $key (sort keys %$current) {
            next if $have{$key};
            my ($context, $source) = split /\x{1f}/, $key;
            push @found, ['stale', "$context: \"" . short($source) . "\" is in the sources, not in the file (run update_translations)"];
        }
        for my $key (sort keys %have) {
            next if $current->{$key};
            my ($context, $source) = split /\x{1f}/, $key;
            push @found, ['stale', "$context: \"" . short($source) . "\" is gone from the sources (run update_translations)"];
        }
    }
    return ($language, scalar @$messages, \@found);
}

my ($self_test, $lupdate, @sources, @files);
while (@ARGV) {
    my $argument = shift @ARGV;
    if ($argument eq '--self-test') { $self_test = shift @ARGV; }
    elsif ($argument eq '--lupdate') { $lupdate = shift @ARGV; }
    elsif ($argument eq '--sources') { push @sources, shift @ARGV while @ARGV && $ARGV[0] !~ /^--/ && $ARGV[0] !~ /\.ts$/; }
    elsif ($argument eq '--all') { $examples = 1e9; }
    else { push @files, $argument; }
}
binmode STDOUT, ':encoding(UTF-8)';

if (defined $self_test) {
    opendir(my $dir, $self_test) or die "translations: cannot read $self_test: $!\n";
    my @fixtures = sort map { "$self_test/$_" } grep { /\.ts$/ } readdir $dir;
    closedir $dir;
    die "translations: no fixtures in $self_test\n" unless @fixtures;
    my $failures = 0;
    for my $fixture (@fixtures) {
        my $text = slurp($fixture);
        my ($expected) = $text =~ /<!--\s*expect:\s*(.*?)\s*-->/;
        die "translations: $fixture says nothing it expects\n" unless defined $expected;
        my ($sources) = $text =~ /<!--\s*sources:\s*(\S+)\s*-->/;
        die "translations: $fixture needs --lupdate\n" if $sources && !$lupdate;
        my (undef, undef, $found) = check_file($fixture, $sources ? $lupdate : undef,
                                               $sources ? ("$self_test/$sources") : ());
        my %got = map { $_->[0] => 1 } @$found;
        my ($e, $g) = (join(',', sort split ' ', $expected), join(',', sort keys %got));
        if ($e ne $g) {
            print "FAIL $fixture: expected [$e], the check found [$g]\n";
            print "       [$_->[0]] $_->[1]\n" for @$found;
            ++$failures;
        } else {
            print "ok   $fixture: [$g]\n";
        }
    }
    printf "translation check self-test: %d fixtures, %d disagreements\n", scalar @fixtures, $failures;
    exit($failures ? 1 : 0);
}

die "usage: translations.pl [--lupdate PATH --sources DIR...] FILE.ts... | --self-test DIR [--lupdate PATH]\n"
    unless @files;
my $total = 0;
for my $file (@files) {
    my ($language, $count, $found) = check_file($file, $lupdate, @sources);
    my %by_rule;
    push @{$by_rule{$_->[0]}}, $_->[1] for @$found;
    printf "%s (%s): %d messages, %s\n", $file, $language, $count,
        %by_rule ? join(', ', map { scalar(@{$by_rule{$_}}) . " $_" } sort keys %by_rule) : 'all good';
    for my $rule (sort keys %by_rule) {
        my @list = @{$by_rule{$rule}};
        print "  [$rule] $_\n" for @list[0 .. ($#list < $examples - 1 ? $#list : $examples - 1)];
        print "  [$rule] … and ", @list - $examples, " more\n" if @list > $examples;
    }
    $total += @$found;
}
printf "translation check: %d files, %d findings\n", scalar @files, $total;
exit($total ? 1 : 0);
