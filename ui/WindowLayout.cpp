#include "WindowLayout.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

void WindowLayout::restore(QMainWindow *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        window->restoreState(state);
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray sizes =
            settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray();
        if (!sizes.isEmpty())
            splitter->restoreState(sizes);
    }
}

void WindowLayout::save(const QMainWindow *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    for (const QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    }
}
