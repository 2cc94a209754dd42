#pragma once

#include <QByteArray>
#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

// The receiving end of an OAuth redirect to this computer (RFC 8252 §7.3): an HTTP listener
// on 127.0.0.1 only, on a port the system picks, alive only while one sign-in waits. It takes
// exactly one callback: the first request to its path decides the outcome (a code with the
// expected `state`, the IdP's error, or a state mismatch that ends the flow), the browser gets
// a short page saying what happened, and the port closes. Other paths (a browser's favicon)
// get 404 and change nothing.
class LoopbackRedirect : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind { Code, Denied, StateMismatch, TimedOut, Cancelled, ListenFailed };
        Kind kind = Kind::Cancelled;
        QByteArray code; // with Code
        QString error;   // the IdP's error and description, with Denied
    };

    // The pages the browser shows afterwards; translated by the caller (GUI or CLI).
    struct Pages
    {
        QString successTitle;
        QString successText;
        QString failureTitle;
        QString failureText;
    };

    LoopbackRedirect(QByteArray expectedState, Pages pages, QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    bool listen();            // on 127.0.0.1, an ephemeral port
    QUrl redirectUri() const; // http://127.0.0.1:<port>/callback
    bool isListening() const { return m_server.isListening(); }

    // Resolves with the first decisive callback, on timeout, or on cancel().
    QCoro::Task<Outcome> waitForCallback(std::chrono::milliseconds timeout);
    void cancel();

    static QString defaultPage(const QString &title, const QString &text);

signals:
    void decided(const LoopbackRedirect::Outcome &outcome);

private:
    void accept();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &body);
    void decide(const Outcome &outcome);

    QByteArray m_expectedState;
    Pages m_pages;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    bool m_decided = false;
    Outcome m_outcome;
};
