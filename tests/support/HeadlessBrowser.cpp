#include "HeadlessBrowser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#ifndef DESKHAND_BROWSER_DRIVER
#error "DESKHAND_BROWSER_DRIVER must name tests/e2e/browser/drive-browser.js"
#endif

namespace {

const QString handlerName = QStringLiteral("deskhand-test-browser.desktop");

QString chromium()
{
    const QByteArray chosen = qgetenv("DESKHAND_TEST_CHROMIUM");
    return chosen.isEmpty() ? QStringLiteral("/usr/bin/chromium") : QString::fromLocal8Bit(chosen);
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(permissions);
    return file.write(bytes) == bytes.size() && file.flush();
}

QString modeName(HeadlessBrowser::Mode mode)
{
    using M = HeadlessBrowser::Mode;
    switch (mode) {
    case M::Login:
        return QStringLiteral("login");
    case M::Deny:
        return QStringLiteral("deny");
    case M::WrongState:
        return QStringLiteral("wrong-state");
    case M::LoginTwice:
        return QStringLiteral("login-twice");
    case M::Wait:
        return QStringLiteral("wait");
    case M::WaitThenLogin:
        return QStringLiteral("wait-then-login");
    }
    return {};
}

} // namespace

HeadlessBrowser::HeadlessBrowser()
{
    for (const char *sub : {"data/applications", "bin", "tmp", "chromium-config", "chromium-cache"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
}

QString HeadlessBrowser::unavailableReason()
{
    if (!QFileInfo(chromium()).isExecutable())
        return QStringLiteral("no Chromium at %1 (./run setup installs Debian's chromium)").arg(chromium());
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("no node on PATH (./run setup installs it)");
    const QString modules = QFileInfo(QStringLiteral(DESKHAND_BROWSER_DRIVER)).absolutePath() +
                            QStringLiteral("/node_modules/playwright-core");
    if (!QFileInfo::exists(modules))
        return QStringLiteral("no %1 (./run setup runs npm ci there)").arg(modules);
    if (QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty())
        return QStringLiteral("no xdg-open (./run setup installs xdg-utils)");
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return QStringLiteral(
            "no X display: xdg-open only uses URL handlers with one (./run test gives Xvfb)");
    return {};
}

bool HeadlessBrowser::prepare(Mode mode, const QString &email, const QString &password,
                              const QString &configHome, QString *error, int timeoutMs)
{
    m_configHome = configHome;
    const QDir dir(m_dir.path());
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    // xdg-open splits the Exec line on spaces: the wrapper's path must have none.
    const QString wrapper = dir.filePath(QStringLiteral("bin/deskhand-test-browser"));
    if (wrapper.contains(QLatin1Char(' '))) {
        *error = QStringLiteral("the temporary folder's path has a space: %1").arg(wrapper);
        return false;
    }
    auto quoted = [](const QString &text) -> QString {
        QString out = text;
        out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        return QLatin1Char('\'') + out + QLatin1Char('\'');
    };
    const QString script =
        QStringLiteral("#!/bin/sh\n"
                       "# Chromium's profile and temporary files stay in the browser's own folder.\n"
                       "export TMPDIR=%1 XDG_CONFIG_HOME=%2 XDG_CACHE_HOME=%3\n"
                       "exec %4 %5 \"$@\" >>%6 2>&1\n")
            .arg(quoted(dir.filePath(QStringLiteral("tmp"))),
                 quoted(dir.filePath(QStringLiteral("chromium-config"))),
                 quoted(dir.filePath(QStringLiteral("chromium-cache"))), quoted(node),
                 quoted(QStringLiteral(DESKHAND_BROWSER_DRIVER)),
                 quoted(dir.filePath(QStringLiteral("driver.log"))));
    const QString desktop = QStringLiteral("[Desktop Entry]\n"
                                           "Type=Application\n"
                                           "Name=Deskhand test browser\n"
                                           "Exec=%1 %u\n"
                                           "MimeType=x-scheme-handler/http;x-scheme-handler/https;\n"
                                           "NoDisplay=true\n")
                                .arg(wrapper);
    const QString mimeapps = QStringLiteral("[Default Applications]\n"
                                            "x-scheme-handler/http=%1\n"
                                            "x-scheme-handler/https=%1\n")
                                 .arg(handlerName);
    QJsonObject config{{QStringLiteral("transcript"), dir.filePath(QStringLiteral("transcript.json"))},
                       {QStringLiteral("mode"), modeName(mode)},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("go_file"), dir.filePath(QStringLiteral("go"))},
                       {QStringLiteral("timeout_ms"), timeoutMs}};
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    QDir().mkpath(configHome);
    QFile::remove(dir.filePath(QStringLiteral("transcript.json")));
    QFile::remove(dir.filePath(QStringLiteral("go")));
    if (!writeFile(wrapper, script.toUtf8(), owner | QFile::ExeOwner) ||
        !writeFile(dir.filePath(QStringLiteral("data/applications/")) + handlerName, desktop.toUtf8(),
                   owner) ||
        !writeFile(QDir(configHome).filePath(QStringLiteral("mimeapps.list")), mimeapps.toUtf8(), owner) ||
        !writeFile(dir.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson(), owner)) {
        *error = QStringLiteral("could not write the browser's files in %1").arg(dir.path());
        return false;
    }
    return true;
}

void HeadlessBrowser::applyTo(QProcessEnvironment &env) const
{
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_dir.path()).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
    env.insert(QStringLiteral("DESKHAND_TEST_BROWSER_CONFIG"),
               QDir(m_dir.path()).filePath(QStringLiteral("config.json")));
    // xdg-open's generic route (the one a desktop without GNOME or KDE takes): the handler in
    // mimeapps.list, and `false` rather than a real browser if that lookup failed.
    env.insert(QStringLiteral("BROWSER"), QStringLiteral("false"));
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID", "DEFAULT_BROWSER"})
        env.remove(QString::fromLatin1(name));
}

void HeadlessBrowser::applyToThisProcess() const
{
    QProcessEnvironment wanted = QProcessEnvironment::systemEnvironment();
    const QProcessEnvironment before = wanted;
    applyTo(wanted);
    for (const QString &name : before.keys()) {
        if (!wanted.contains(name))
            qunsetenv(name.toLocal8Bit().constData());
    }
    for (const QString &name : wanted.keys())
        qputenv(name.toLocal8Bit().constData(), wanted.value(name).toLocal8Bit());
}

QJsonObject HeadlessBrowser::transcript() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("transcript.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject HeadlessBrowser::step(const QString &name) const
{
    const QJsonArray events = transcript().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &event : events) {
        if (event[QStringLiteral("step")].toString() == name)
            return event.toObject();
    }
    return {};
}

bool HeadlessBrowser::hasStep(const QString &name) const
{
    return !step(name).isEmpty();
}

quint16 HeadlessBrowser::redirectPort() const
{
    const QUrl redirect(step(QStringLiteral("opened")).value(QStringLiteral("redirect_uri")).toString());
    return redirect.host() == QLatin1String("127.0.0.1") ? quint16(redirect.port(0)) : 0;
}

void HeadlessBrowser::release()
{
    writeFile(QDir(m_dir.path()).filePath(QStringLiteral("go")), "go\n",
              QFile::ReadOwner | QFile::WriteOwner);
}
