#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A deskhand-sandbox process for a test: started on a free port with its data in a temporary
// folder (or a given one, to test restarts), its start line parsed, stopped on destruction.
class SandboxProcess
{
public:
    struct Options
    {
        int tickets = 50;
        quint32 seed = 1;
        int activityPerMinute = 0;
        bool tls = false;
        QString dataDir; // empty: a fresh temporary folder owned by this object
        QStringList extraArgs;
    };

    SandboxProcess();
    explicit SandboxProcess(const Options &options);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the process and waits for its start line. False with errorString() on failure.
    bool start(int timeoutMs = 120000);
    void stop(); // SIGTERM, then waits
    void kill(); // SIGKILL, then waits

    bool isRunning() const;
    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dataDir; }

    // From the start line.
    QJsonObject startLine() const { return m_startLine; }
    QUrl url() const;
    QByteArray apiKey() const;   // "<id>:<secret>"
    QByteArray adminKey() const; // "<id>:<secret>"
    QJsonArray agents() const;
    QString caPath() const; // with tls only

    static QString executable(); // the built deskhand-sandbox

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    QProcess m_process;
    QJsonObject m_startLine;
    QString m_error;
};
