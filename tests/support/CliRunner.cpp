#include "CliRunner.h"

#include <QDir>
#include <QProcess>

#ifndef DESKHAND_CLI_BIN
#error "DESKHAND_CLI_BIN must name the deskhand-cli executable"
#endif

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const char *sub : {"home", "tmp", "config", "cache"})
        QDir(m_root.path()).mkpath(QString::fromLatin1(sub));
    m_env.insert(QStringLiteral("DESKHAND_HOME"), home());
    m_env.insert(QStringLiteral("TMPDIR"), QDir(m_root.path()).filePath(QStringLiteral("tmp")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_root.path()).filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(m_root.path()).filePath(QStringLiteral("cache")));
}

QString CliRunner::home() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("home"));
}

QString CliRunner::executable()
{
    return QStringLiteral(DESKHAND_CLI_BIN);
}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(executable(), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
