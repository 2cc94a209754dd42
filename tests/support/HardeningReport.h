#pragma once

#include <QString>

// One row of the hardening summary (issue 7): what a test tried and the figure it measured,
// against its target. Each row is a small file in the build's hardening/ folder; the
// hardening_summary test prints them as a table after the hardening tests ran, and fails when a
// row missed its target or a required row is missing (its test failed before recording).
//
//   HardeningReport::record(u"hostile-content"_s, u"50 hostile bodies rendered"_s,
//                           u"0 canary requests, 0 files opened"_s, requests == 0 && opened == 0);
class HardeningReport
{
public:
    static bool record(const QString &row, const QString &tried, const QString &figure, bool met);
    static QString folder();
};
