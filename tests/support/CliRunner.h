#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real deskhand-cli the way a script would, with its own DESKHAND_HOME, temporary
// folder and config folder inside one test folder, so a test can later look at every file the
// client wrote.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not finish
        QByteArray out;
        QByteArray err;
    };

    CliRunner();

    QString root() const { return m_root.path(); } // everything the CLI may write lives below
    QString home() const;                          // DESKHAND_HOME
    QProcessEnvironment environment() const { return m_env; }
    void setEnvironment(const QString &name, const QString &value) { m_env.insert(name, value); }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 300000) const;

    static QString executable();

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
};
