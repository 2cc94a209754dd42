#include "TicketRowDelegate.h"

#include <QApplication>
#include <QPainter>

bool TicketRowDelegate::paintsItself(const QStyleOptionViewItem &option)
{
    constexpr auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::WrapText;
    // A line break in the text (displayText makes it a line separator) gives the style two lines.
    return !(option.state & (QStyle::State_HasFocus | QStyle::State_Editing)) &&
           !(option.features & others) && !option.text.contains(QChar::LineSeparator);
}

void TicketRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!paintsItself(cell)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    // As QCommonStyle's CE_ItemViewItem: the colour group of the cell's state, its text margins.
    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = cell.state & QStyle::State_Selected;
    painter->setPen(cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(cell.font);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    const QString text = cell.fontMetrics.elidedText(cell.text, cell.textElideMode, textRect.width());
    painter->drawText(
        textRect, int(QStyle::visualAlignment(cell.direction, cell.displayAlignment)) | Qt::TextSingleLine,
        text);
    painter->restore();
}
