#include "Retranslation.h"

#include "i18n/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaProperty>
#include <QSet>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTreeWidget>

namespace {

// Models larger than this hold data (tickets, search results), not labels.
constexpr int maxItems = 1000;

// The properties that hold texts a translation gave. A line edit's "text" is what the agent typed.
constexpr const char *textProperties[] = {
    "text",      "title",          "windowTitle",           "toolTip",         "statusTip",
    "whatsThis", "accessibleName", "accessibleDescription", "placeholderText", "specialValueText",
    "prefix",    "suffix",         "informativeText",
};

// The classes whose messages may have made an object's texts: its own and its parents', nearest
// first (a button's own class, then the dialog it is in, then the window).
QStringList contextsOf(const QObject *object)
{
    QStringList contexts;
    for (const QObject *o = object; o; o = o->parent()) {
        for (const QMetaObject *meta = o->metaObject(); meta; meta = meta->superClass()) {
            const QString name = QString::fromLatin1(meta->className());
            if (!contexts.contains(name))
                contexts << name;
        }
    }
    return contexts;
}

class Pass
{
public:
    Pass(const TextOrigins &origins, const QLocale &previous) : m_origins(origins), m_previous(previous) {}

    void object(QObject *object);

private:
    // Calls `write` with the text in the new language when it differs.
    template <typename Write>
    void again(const QString &text, const QStringList &contexts, Write write) const
    {
        if (text.isEmpty())
            return;
        const std::optional<QString> translated = m_origins.retranslated(text, contexts, m_previous);
        if (translated && *translated != text)
            write(*translated);
    }
    void properties(QObject *object, const QStringList &contexts) const;
    void comboBox(QComboBox *box, const QStringList &contexts) const;
    void itemView(QAbstractItemView *view, const QStringList &contexts);
    void standardItem(QStandardItem *item, const QStringList &contexts, int depth) const;
    void treeItem(QTreeWidgetItem *item, const QStringList &contexts, int depth) const;

    const TextOrigins &m_origins;
    const QLocale m_previous;
    QSet<const QAbstractItemModel *> m_models;
};

void Pass::object(QObject *object)
{
    const QStringList contexts = contextsOf(object);
    properties(object, contexts);
    if (auto *box = qobject_cast<QComboBox *>(object)) {
        comboBox(box, contexts);
    } else if (auto *tabs = qobject_cast<QTabBar *>(object)) {
        for (int i = 0; i < tabs->count(); ++i) {
            again(tabs->tabText(i), contexts, [tabs, i](const QString &text) { tabs->setTabText(i, text); });
            again(tabs->tabToolTip(i), contexts,
                  [tabs, i](const QString &text) { tabs->setTabToolTip(i, text); });
        }
    } else if (auto *bar = qobject_cast<QStatusBar *>(object)) {
        again(bar->currentMessage(), contexts, [bar](const QString &text) { bar->showMessage(text, 10000); });
    } else if (auto *view = qobject_cast<QAbstractItemView *>(object);
               view && !qobject_cast<QHeaderView *>(view)) {
        itemView(view, contexts);
    }
}

void Pass::properties(QObject *object, const QStringList &contexts) const
{
    const QMetaObject *meta = object->metaObject();
    const bool typed = qobject_cast<QLineEdit *>(object) != nullptr;
    for (const char *name : textProperties) {
        if (typed && qstrcmp(name, "text") == 0)
            continue;
        const int index = meta->indexOfProperty(name);
        if (index < 0)
            continue;
        const QMetaProperty property = meta->property(index);
        if (!property.isWritable() || property.metaType().id() != QMetaType::QString)
            continue;
        again(property.read(object).toString(), contexts,
              [object, &property](const QString &text) { property.write(object, text); });
    }
}

void Pass::comboBox(QComboBox *box, const QStringList &contexts) const
{
    if (box->count() > maxItems)
        return;
    // The choice did not change; only its words. Nobody hears currentTextChanged.
    const QSignalBlocker quiet(box);
    for (int i = 0; i < box->count(); ++i) {
        again(box->itemText(i), contexts, [box, i](const QString &text) { box->setItemText(i, text); });
        again(box->itemData(i, Qt::ToolTipRole).toString(), contexts,
              [box, i](const QString &text) { box->setItemData(i, text, Qt::ToolTipRole); });
    }
}

void Pass::standardItem(QStandardItem *item, const QStringList &contexts, int depth) const
{
    if (!item || depth > 8)
        return;
    again(item->text(), contexts, [item](const QString &text) { item->setText(text); });
    again(item->toolTip(), contexts, [item](const QString &text) { item->setToolTip(text); });
    for (int row = 0; row < std::min(item->rowCount(), maxItems); ++row)
        for (int column = 0; column < item->columnCount(); ++column)
            standardItem(item->child(row, column), contexts, depth + 1);
}

void Pass::treeItem(QTreeWidgetItem *item, const QStringList &contexts, int depth) const
{
    if (!item || depth > 8)
        return;
    for (int column = 0; column < item->columnCount(); ++column) {
        again(item->text(column), contexts,
              [item, column](const QString &text) { item->setText(column, text); });
        again(item->toolTip(column), contexts,
              [item, column](const QString &text) { item->setToolTip(column, text); });
    }
    for (int i = 0; i < std::min(item->childCount(), maxItems); ++i)
        treeItem(item->child(i), contexts, depth + 1);
}

void Pass::itemView(QAbstractItemView *view, const QStringList &contexts)
{
    QAbstractItemModel *model = view->model();
    if (!model || m_models.contains(model))
        return;
    m_models.insert(model);
    if (auto *list = qobject_cast<QListWidget *>(view)) {
        for (int row = 0; row < std::min(list->count(), maxItems); ++row) {
            QListWidgetItem *item = list->item(row);
            again(item->text(), contexts, [item](const QString &text) { item->setText(text); });
            again(item->toolTip(), contexts, [item](const QString &text) { item->setToolTip(text); });
        }
    } else if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
        treeItem(tree->headerItem(), contexts, 0);
        for (int i = 0; i < std::min(tree->topLevelItemCount(), maxItems); ++i)
            treeItem(tree->topLevelItem(i), contexts, 0);
    } else if (auto *table = qobject_cast<QTableWidget *>(view)) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem *header = table->horizontalHeaderItem(column))
                again(header->text(), contexts, [header](const QString &text) { header->setText(text); });
        }
        for (int row = 0; row < std::min(table->rowCount(), maxItems); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(row, column))
                    again(item->text(), contexts, [item](const QString &text) { item->setText(text); });
            }
        }
    } else if (auto *items = qobject_cast<QStandardItemModel *>(model)) {
        for (int column = 0; column < items->columnCount(); ++column)
            standardItem(items->horizontalHeaderItem(column), contexts, 0);
        for (int row = 0; row < std::min(items->rowCount(), maxItems); ++row)
            for (int column = 0; column < items->columnCount(); ++column)
                standardItem(items->item(row, column), contexts, 0);
    } else {
        // A model that writes its texts when asked (TicketListModel): asked again.
        if (model->columnCount() > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        view->viewport()->update();
    }
}

} // namespace

Retranslation::Retranslation(Translations &translations, QObject *parent)
    : QObject(parent), m_translations(&translations)
{
    connect(&translations, &Translations::changed, this, [this] {
        if (m_pending)
            return;
        m_pending = true;
        // Queued: behind the LanguageChange events the change posted to every window.
        QMetaObject::invokeMethod(this, &Retranslation::retranslateAll, Qt::QueuedConnection);
    });
}

void Retranslation::retranslateAll()
{
    m_pending = false;
    if (!m_translations)
        return;
    for (QWidget *window : QApplication::topLevelWidgets())
        retranslate(window, m_translations->origins(), m_translations->previousLocale());
    emit done();
}

void Retranslation::retranslate(QWidget *window, const TextOrigins &origins, const QLocale &previous)
{
    Pass pass(origins, previous);
    pass.object(window);
    for (QObject *object : window->findChildren<QObject *>())
        pass.object(object);
}
