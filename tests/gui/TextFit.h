#pragma once

#include <QStringList>

class QWidget;

// The layout check: which visible labels, buttons (check boxes, radio and tool buttons), combo
// boxes (their current choice), group box titles and tabs of a window are narrower than their text needs
// (their size hint: the text's advance in their font, plus what the style draws around it). A word-wrapped
// label must be tall enough for its wrapped text instead; a label whose text is elided on purpose carries the
// property "elided" and is left out.
class TextFit
{
public:
    // "QLabel#name “text”: needs 120 px, has 90" for each; empty when everything fits.
    static QStringList problems(QWidget *window);
};
