#!/usr/bin/env perl
# A pseudo-catalogue for tests: every message of IN.ts translated as "MARK source" (every plural
# form too), placeholders, accelerators and markup kept. Written to OUT.ts.
#   pseudo-translate.pl IN.ts OUT.ts MARK
use strict;
use warnings;

my ($in, $out, $mark) = @ARGV;
die "usage: pseudo-translate.pl IN.ts OUT.ts MARK\n" unless defined $mark;
open(my $fh, '<:raw', $in) or die "pseudo-translate: cannot read $in: $!\n";
my $text = do { local $/; <$fh> };
close $fh;

$text =~ s{(<message\b([^>]*)>)(.*?)</message>}{
    my ($open, $attributes, $body) = ($1, $2, $3);
    my ($source) = $body =~ m{<source>(.*?)</source>}s;
    my $translated = "$mark $source";
    my $translation = $attributes =~ /numerus="yes"/
        ? "<translation><numerusform>$translated</numerusform><numerusform>$translated</numerusform></translation>"
        : "<translation>$translated</translation>";
    $body =~ s{<translation\b[^>]*?(?:/>|>.*?</translation>)}{$translation}s;
    "$open$body</message>";
}gse;

open($fh, '>:raw', $out) or die "pseudo-translate: cannot write $out: $!\n";
print $fh $text;
close $fh;
