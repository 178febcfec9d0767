#!/usr/bin/perl
# t/harness.pl - runs TAP test files with TAP::Harness (what `prove` uses) and writes the
# totals of test points to the file named by $HNEDU_SUMMARY as "N passed, N failed".
# A script that dies, exits non-zero without a failing point, or breaks its plan counts as
# one failure. Usage: perl t/harness.pl [-j N] FILE... (HNEDU_VERBOSE=1 shows every TAP line)
use strict;
use warnings;
use TAP::Harness;

my $jobs = 1;
if (@ARGV >= 2 && $ARGV[0] eq '-j') { shift; $jobs = shift; }
my @files = @ARGV;

my $harness = TAP::Harness->new({
    verbosity => $ENV{HNEDU_VERBOSE} ? 1 : 0,   # HNEDU_VERBOSE=1: every line of every script
    jobs      => $jobs,
    merge     => 1,
    color     => 0,
    timer     => 1,                              # each script's wall time, to keep `make check` in budget
    exec      => sub {
        my ($h, $file) = @_;
        return [ 'bash', $file ] if $file =~ /\.sh$/;
        return [ $file ] if -x $file;
        return undef;
    },
});
my $aggregate = $harness->runtests(@files);

my ($passed, $failed) = (0, 0);
for my $name ($aggregate->descriptions) {
    my ($parser) = $aggregate->parsers($name);
    my $p = scalar(my @p = $parser->passed);
    my $f = scalar(my @f = $parser->failed);
    $passed += $p;
    $failed += $f;
    $failed += 1 if $f == 0 && ($parser->exit != 0 || $parser->has_problems || $parser->tests_run == 0);
}
if (my $out = $ENV{HNEDU_SUMMARY}) {
    open my $fh, '>', $out or die "cannot write $out: $!";
    print $fh "$passed passed, $failed failed\n";
    close $fh;
}
exit($failed ? 1 : 0);
