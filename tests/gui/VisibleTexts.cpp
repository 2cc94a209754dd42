#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

QString whereOf(const QObject *object)
{
    QString where = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        where += QLatin1Char('#') + object->objectName();
    for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            where += QStringLiteral(" in ") + parent->objectName();
            break;
        }
    }
    return where;
}

void menu(QMenu *menu, QList<VisibleTexts::Text> &found)
{
    found << VisibleTexts::Text{menu->title(), QStringLiteral("menu ") + menu->title()};
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu())
            ::menu(action->menu(), found);
        else
            found << VisibleTexts::Text{action->text(), QStringLiteral("menu entry in ") + menu->title()};
    }
}

} // namespace

QList<VisibleTexts::Text> VisibleTexts::of(QWidget *window)
{
    QList<Text> found;
    found << Text{window->windowTitle(), QStringLiteral("window title")};
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions())
            if (action->menu())
                menu(action->menu(), found);
        found << Text{main->statusBar()->currentMessage(), QStringLiteral("status bar message")};
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow())
            continue;
        const QString where = whereOf(widget);
        if (!widget->toolTip().isEmpty())
            found << Text{widget->toolTip(), where + QStringLiteral(" (tool tip)")};
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            found << Text{rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text(),
                          where};
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            found << Text{button->text(), where};
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            found << Text{group->title(), where};
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                found << Text{tabs->tabText(i), where};
        } else if (auto *box = qobject_cast<QComboBox *>(widget)) {
            found << Text{box->currentText(), where};
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            if (line->text().isEmpty())
                found << Text{line->placeholderText(), where + QStringLiteral(" (placeholder)")};
        } else if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
            if (edit->document()->isEmpty())
                found << Text{edit->placeholderText(), where + QStringLiteral(" (placeholder)")};
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !qobject_cast<QHeaderView *>(view)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                found << Text{model->headerData(column, Qt::Horizontal).toString(),
                              where + QStringLiteral(" (header)")};
            if (model->rowCount() <= 50) {
                for (int row = 0; row < model->rowCount(); ++row)
                    found << Text{model->index(row, 0).data().toString(), where + QStringLiteral(" (item)")};
            }
        }
    }
    QList<Text> nonEmpty;
    for (const Text &text : std::as_const(found))
        if (!text.text.trimmed().isEmpty())
            nonEmpty << text;
    return nonEmpty;
}

QStringList VisibleTexts::texts(const QList<Text> &found)
{
    QStringList all;
    for (const Text &text : found)
        all << text.text;
    return all;
}

QString VisibleTexts::describe(const QList<Text> &found, const QStringList &texts)
{
    QStringList lines;
    for (const Text &text : found)
        if (texts.contains(text.text))
            lines << QStringLiteral("“%1” (%2)").arg(text.text, text.where);
    return lines.join(QStringLiteral("; "));
}
