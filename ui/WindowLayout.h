#pragma once

#include <QString>

class QMainWindow;

// A window's geometry and splitter positions, kept in QSettings between runs under a group of its
// own ("window" for the main window, "ticketWindow" for a ticket's): layout only, never anything
// about an account, a ticket or a credential.
class WindowLayout
{
public:
    static void restore(QMainWindow *window, const QString &group = QStringLiteral("window"));
    static void save(const QMainWindow *window, const QString &group = QStringLiteral("window"));
};
