#include "TextFit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QToolButton>

namespace {

QString nameOf(const QWidget *widget, const QString &text)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            name += QStringLiteral(" in ") + parent->objectName();
            break;
        }
    }
    return QStringLiteral("%1 “%2”").arg(name, text.left(60));
}

QString tooNarrow(const QWidget *widget, const QString &text, int needs, int has)
{
    return QStringLiteral("%1: needs %2 px, has %3").arg(nameOf(widget, text)).arg(needs).arg(has);
}

} // namespace

QStringList TextFit::problems(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow() || widget->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || label->property("elided").toBool())
                continue;
            if (label->wordWrap()) {
                // Wrapped, and given the height its lines take at its width.
                const int needs = label->heightForWidth(label->width());
                if (needs > label->height() + 1)
                    found << QStringLiteral("%1: wrapped, needs %2 px of height, has %3")
                                 .arg(nameOf(label, label->text()))
                                 .arg(needs)
                                 .arg(label->height());
                continue;
            }
            if (label->sizeHint().width() > label->width() + 1)
                found << tooNarrow(label, label->text(), label->sizeHint().width(), label->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(button);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                found << tooNarrow(button, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *box = qobject_cast<QComboBox *>(widget)) {
            // The choice shown, with the style's frame and arrow around it.
            if (box->isEditable() || box->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(box);
            option.currentText = box->currentText();
            option.frame = box->hasFrame();
            const QSize text(box->fontMetrics().horizontalAdvance(box->currentText()),
                             box->fontMetrics().height());
            const int needs = box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width();
            if (needs > box->width() + 1)
                found << tooNarrow(box, box->currentText(), needs, box->width());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            if (group->minimumSizeHint().width() > group->width() + 1)
                found << tooNarrow(group, group->title(), group->minimumSizeHint().width(), group->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            if (tabs->elideMode() != Qt::ElideNone) // elided on purpose
                continue;
            // Its size hint is the sum of its tabs' (each tab's text, and the style's frame).
            QStringList texts;
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
            if (tabs->sizeHint().width() > tabs->width() + 1)
                found << tooNarrow(tabs, texts.join(QStringLiteral(" | ")), tabs->sizeHint().width(),
                                   tabs->width());
        }
    }
    return found;
}
