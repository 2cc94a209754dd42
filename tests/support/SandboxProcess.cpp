#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#ifndef DESKHAND_SANDBOX_BIN
#error "DESKHAND_SANDBOX_BIN must name the deskhand-sandbox executable"
#endif

SandboxProcess::SandboxProcess() : SandboxProcess(Options{}) {}

SandboxProcess::SandboxProcess(const Options &options) : m_options(options)
{
    if (m_options.dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
    // The sandbox's stderr is its log: let it through to the test's output.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A test that crashes takes its sandbox with it: a sandbox left behind would also keep the
    // test's output pipe open, and CTest would wait on it until the time-out.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return QStringLiteral(DESKHAND_SANDBOX_BIN);
}

bool SandboxProcess::start(int timeoutMs)
{
    QStringList args{QStringLiteral("--data"),    m_dataDir,
                     QStringLiteral("--port"),    QStringLiteral("0"),
                     QStringLiteral("--seed"),    QString::number(m_options.seed),
                     QStringLiteral("--tickets"), QString::number(m_options.tickets)};
    if (m_options.activityPerMinute > 0)
        args << QStringLiteral("--activity") << QString::number(m_options.activityPerMinute);
    if (m_options.tls)
        args << QStringLiteral("--tls");
    args << m_options.extraArgs;

    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("deskhand-sandbox did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("deskhand-sandbox exited with code %1 before its start line")
                          .arg(m_process.exitCode());
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("deskhand-sandbox printed no start line in time");
            kill();
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine(), &parseError);
    if (!doc.isObject()) {
        m_error = QStringLiteral("start line is not a JSON object: %1").arg(parseError.errorString());
        kill();
        return false;
    }
    m_startLine = doc.object();
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl SandboxProcess::url() const
{
    return QUrl(m_startLine.value(QStringLiteral("url")).toString());
}

QByteArray SandboxProcess::apiKey() const
{
    return m_startLine.value(QStringLiteral("api_key")).toString().toUtf8();
}

QByteArray SandboxProcess::adminKey() const
{
    return m_startLine.value(QStringLiteral("admin_key")).toString().toUtf8();
}

QJsonArray SandboxProcess::agents() const
{
    return m_startLine.value(QStringLiteral("agents")).toArray();
}

QString SandboxProcess::caPath() const
{
    return m_startLine.value(QStringLiteral("ca")).toString();
}
