#pragma once

#include "SeedRandom.h"

#include <QByteArray>
#include <QString>

// Small attachment contents made in code, so the seeded helpdesk needs no files on disk:
// a valid PNG, a plain-text log and a one-page PDF.
class SampleFile
{
public:
    static QByteArray png(SeedRandom &rng);
    static QByteArray textLog(SeedRandom &rng);
    static QByteArray pdf(const QString &title);
};
