#!/usr/bin/env perl
# The banned-call gate: calls that would break one of Deskhand's security promises, found in the
# source before they can ship. Part of ./run test (CTest label "hardening").
#
#   banned-calls.pl DIR...              scans *.cpp and *.h under DIRs; exit 1 on any finding
#   banned-calls.pl --self-test DIR     every *.cxx-fixture file in DIR lists the rules it must
#                                       trip ("// expect: rule"); exit 1 when the gate disagrees
#
# Rules (a reviewed exception carries the marker named in the rule on the same or the line above,
# with a reason after it):
#   ignore-ssl-errors   any ignoreSslErrors() call: TLS errors are never ignored wholesale.
#                       Marker "tls-checked:" for a call with a specific, reviewed error list.
#   keychain-fallback   QtKeychain's insecure plaintext fallback switched on, or a file that makes
#                       QKeychain jobs without switching it off explicitly.
#   secret-in-settings  QSettings::setValue with a key that names a secret.
#   secret-in-log       qDebug/qInfo/qWarning/qCritical (and categorised forms) mentioning a
#                       token, password, secret, key or Authorization header.
#   sql-string-built    SQL text given to QSqlQuery outside the store's plumbing, or an SQL literal
#                       filled with .arg(). Values are bound (StoreQuery::bind), never spliced.
#                       Marker "sql-safe:" for a spliced value that cannot come from a user (an
#                       integer, an escaped identifier).
#   open-url-unchecked  QDesktopServices::openUrl in a file that does not consult LinkPolicy. The
#                       one other way to openUrl is on a local file Deskhand wrote itself (an
#                       attachment's private temporary copy): openUrl(QUrl::fromLocalFile(…)) with
#                       the marker "local-copy:" and the reason the path is Deskhand's own.
use strict;
use warnings;
use File::Find;

my %sql_plumbing = map { $_ => 1 } qw(StoreQuery.h StoreQuery.cpp StoreConnection.cpp SqlCipherDriver.cpp SqlCipherResult.cpp);
my $sql_words = qr/\b(?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WHERE|VALUES)\b/;

sub strip_comments {
    my ($text) = @_;
    # Keeps string and character literals, blanks comments (newlines stay, so lines still count).
    $text =~ s{("(?:\\.|[^"\\\n])*")|('(?:\\.|[^'\\\n])*')|(//[^\n]*)|(/\*.*?\*/)}{
        defined $1 ? $1 : defined $2 ? $2 : do { my $c = defined $3 ? $3 : $4; $c =~ s/[^\n]/ /g; $c }
    }gse;
    return $text;
}

sub line_of { my ($text, $pos) = @_; return 1 + (substr($text, 0, $pos) =~ tr/\n//); }

sub marked {
    my ($lines, $line, $marker) = @_;
    for my $n ($line - 1, $line - 2) {
        next if $n < 0 || $n > $#$lines;
        return 1 if $lines->[$n] =~ /\Q$marker\E\s*\S/;
    }
    return 0;
}

sub scan_file {
    my ($path) = @_;
    open(my $fh, '<:raw', $path) or die "banned-calls: cannot read $path: $!\n";
    local $/;
    my $original = <$fh>;
    close $fh;
    my @lines = split /\n/, $original, -1;
    my $code = strip_comments($original);
    (my $base = $path) =~ s{.*/}{};
    my @found;
    my $hit = sub { my ($rule, $pos, $what) = @_; push @found, [$rule, line_of($code, $pos), $what]; };

    while ($code =~ /\bignoreSslErrors\s*\(/g) {
        my $pos = $-[0];
        $hit->('ignore-ssl-errors', $pos, 'ignoreSslErrors()')
            unless marked(\@lines, line_of($code, $pos), 'tls-checked:');
    }

    while ($code =~ /\bsetInsecureFallback\s*\(\s*([^)]*?)\s*\)/g) {
        $hit->('keychain-fallback', $-[0], "setInsecureFallback($1)") if $1 ne 'false';
    }
    if ($code =~ /\bQKeychain::(?:Read|Write|Delete)PasswordJob\b/ && $code !~ /\bsetInsecureFallback\s*\(\s*false\s*\)/) {
        $hit->('keychain-fallback', $-[0], 'QKeychain job without setInsecureFallback(false)');
    }

    if ($code =~ /\bQSettings\b/) {
        while ($code =~ /\bsetValue\s*\(\s*(?:QStringLiteral\s*\(\s*|QLatin1String\s*\(\s*|u)?"([^"]*)"/g) {
            my $key = $1;
            $hit->('secret-in-settings', $-[0], "setValue(\"$key\")")
                if $key =~ /token|secret|passw|api.?key|store.?key|credential|cookie|session/i;
        }
    }

    while ($code =~ /\bq(?:C?Debug|C?Info|C?Warning|C?Critical|Fatal)\b\s*\(?([^;]*);/g) {
        my ($pos, $args) = ($-[0], $1);
        $hit->('secret-in-log', $pos, 'log statement names a secret')
            if $args =~ /token|passw|secret|apiKey|api_key|storeKey|\bkey\(\)|authoriz|credential/i;
    }

    if ($code =~ /\bQSqlQuery\b/ && !$sql_plumbing{$base}) {
        $hit->('sql-string-built', $-[0], 'QSqlQuery outside the store plumbing (use StoreQuery)');
    }
    while ($code =~ /"([^"\n]*)"\s*\)?\s*(?:_s|_L1)?\s*\.arg\s*\(/g) {
        my ($pos, $literal) = ($-[0], $1);
        next unless $literal =~ $sql_words;
        $hit->('sql-string-built', $pos, 'SQL literal filled with .arg()')
            unless marked(\@lines, line_of($code, $pos), 'sql-safe:');
    }

    while ($code =~ /\bopenUrl\s*\(/g) {
        my ($pos, $after) = ($-[0], substr($code, $+[0], 40));
        if ($after =~ /^\s*QUrl::fromLocalFile\s*\(/) {
            $hit->('open-url-unchecked', $pos, 'openUrl on a local file without a "local-copy:" reason')
                unless marked(\@lines, line_of($code, $pos), 'local-copy:');
            next;
        }
        $hit->('open-url-unchecked', $pos, 'openUrl without LinkPolicy') if $code !~ /\bLinkPolicy::/;
    }
    return @found;
}

sub files_under {
    my ($dir, $pattern) = @_;
    my @files;
    find({ no_chdir => 1, wanted => sub { push @files, $File::Find::name if -f && /$pattern/ } }, $dir);
    return sort @files;
}

if (@ARGV == 2 && $ARGV[0] eq '--self-test') {
    my $failures = 0;
    my @fixtures = files_under($ARGV[1], qr/\.cxx-fixture$/);
    die "banned-calls: no fixtures in $ARGV[1]\n" unless @fixtures;
    for my $fixture (@fixtures) {
        open(my $fh, '<', $fixture) or die "banned-calls: cannot read $fixture: $!\n";
        my @expected = sort map { /^\s*\/\/\s*expect:\s*(\S+)/ ? $1 : () } <$fh>;
        close $fh;
        my @got = sort map { $_->[0] } scan_file($fixture);
        my ($e, $g) = (join(',', @expected), join(',', @got));
        if ($e ne $g) {
            print "FAIL $fixture: expected [$e], the gate found [$g]\n";
            ++$failures;
        } else {
            print "ok   $fixture: [$g]\n";
        }
    }
    printf "banned-call gate self-test: %d fixtures, %d disagreements\n", scalar @fixtures, $failures;
    exit($failures ? 1 : 0);
}

die "usage: banned-calls.pl DIR... | --self-test DIR\n" unless @ARGV;
my ($files, $findings) = (0, 0);
for my $dir (@ARGV) {
    for my $file (files_under($dir, qr/\.(?:cpp|h)$/)) {
        ++$files;
        for my $f (scan_file($file)) {
            print "$file:$f->[1]: [$f->[0]] $f->[2]\n";
            ++$findings;
        }
    }
}
printf "banned-call gate: %d files scanned, %d findings\n", $files, $findings;
if (my $rows = $ENV{DESKHAND_HARDENING_DIR}) {
    # Its row in the hardening summary (see tests/hardening/hardening-summary.pl).
    mkdir $rows;
    if (open(my $fh, '>', "$rows/banned-calls.row")) {
        printf $fh "banned-calls\t%d source files of app/ and ui/ against 6 rules (TLS errors, keychain "
            . "fallback, secrets in settings and logs, spliced SQL, unchecked openUrl)\t%d findings\t%s\n",
            $files, $findings, $findings ? 'no' : 'yes';
        close $fh;
    }
}
exit($findings ? 1 : 0);
