#pragma once

class QMainWindow;

// The window's geometry and splitter positions, kept in QSettings between runs: layout only,
// never anything about an account, a ticket or a credential.
class WindowLayout
{
public:
    static void restore(QMainWindow *window);
    static void save(const QMainWindow *window);
};
