#pragma once

#include <QStyledItemDelegate>

// Paints the ticket table's cells as QStyledItemDelegate does, with less text layout. The style's
// item painting measures and lays out a cell's text several times (for its size, its place and its
// elision): the table's first paint was ~7 ms of the window's start, and each of its repaints ~4 ms
// (37 rows of two columns, measured on the start benchmark's window). Here the style still paints
// the cell's panel (selection and background); the text is elided and drawn, nothing more, in the
// place and colours the style would give it. A cell this cannot paint the same way (the keyboard
// focus frame, an icon, a check box, wrapped or multi-line text) goes to QStyledItemDelegate.
class TicketRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether paint() draws `option`'s cell itself (else QStyledItemDelegate does).
    static bool paintsItself(const QStyleOptionViewItem &option);
};
