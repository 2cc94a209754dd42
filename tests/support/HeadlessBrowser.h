#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// The agent's system browser for sign-in tests: Debian's headless Chromium driven by
// tests/e2e/browser/drive-browser.js (playwright-core), registered as the desktop's handler for
// http and https exactly as a Linux desktop registers Firefox or Chrome: a .desktop file in
// XDG_DATA_HOME/applications and a mimeapps.list in XDG_CONFIG_HOME. xdg-open (deskhand-cli) and
// QDesktopServices::openUrl (Deskhand, on the xcb platform) then reach it; $BROWSER is set to
// `false`, so nothing else can stand in for it.
//
// The credentials the "agent" types go in a 0600 file, never on a command line. Chromium keeps its
// profile and temporary files in this object's folder, not in the client's.
class HeadlessBrowser
{
public:
    enum class Mode {
        Login,         // the agent logs in and lands on Deskhand's page
        Deny,          // the agent refuses: back to the redirect URI with error=access_denied
        WrongState,    // the callback's state is altered on its way to Deskhand
        LoginTwice,    // logs in, then opens the callback address a second time
        Wait,          // stays on the sign-in page until release()
        WaitThenLogin, // stays until release(), then logs in
    };

    HeadlessBrowser();

    // Empty when Chromium, node, the driver's node_modules (./run setup), xdg-open and a display
    // are all there; else what is missing.
    static QString unavailableReason();

    // Writes the handler and the mimeapps.list (into `configHome`, the XDG_CONFIG_HOME of the
    // process that will open the link) and the driver's settings. False with `error` on failure.
    bool prepare(Mode mode, const QString &email, const QString &password, const QString &configHome,
                 QString *error, int timeoutMs = 30000);
    // The variables a process needs for its xdg-open to reach this browser.
    void applyTo(QProcessEnvironment &env) const;
    // The same, for this process (QDesktopServices runs xdg-open with our environment).
    void applyToThisProcess() const;

    // What the driver wrote so far ({} before it started); see drive-browser.js.
    QJsonObject transcript() const;
    bool hasStep(const QString &step) const;
    QJsonObject step(const QString &step) const;
    bool isFinished() const { return transcript().value(QStringLiteral("finished")).toBool(); }
    // The loopback port Deskhand listened on, from the authorization URL the browser opened.
    quint16 redirectPort() const;
    // Wait and WaitThenLogin go on.
    void release();

    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_configHome;
};
