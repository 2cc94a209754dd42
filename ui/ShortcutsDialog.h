#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QTableWidget;

// "?": every keyboard shortcut of the window, from its actions (so the list cannot drift from
// what the keys do), plus the keys the list and the composer handle themselves.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, const QList<QPair<QString, QString>> &extra,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
