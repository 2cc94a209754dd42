#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// The texts a window shows an agent: its title, its menus and their entries, and for every
// visible widget its label, button, group box and tab texts, a combo box's current choice, an
// empty field's placeholder, a view's column headers and (short) item lists, tool tips and the
// status bar's message. Each with where it was, for test failures.
class VisibleTexts
{
public:
    struct Text
    {
        QString text;
        QString where;
    };

    static QList<Text> of(QWidget *window);
    static QStringList texts(const QList<Text> &found);
    // "text (where)" lines for the ones in `texts`.
    static QString describe(const QList<Text> &found, const QStringList &texts);
};
