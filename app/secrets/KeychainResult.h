#pragma once

#include <QByteArray>
#include <QString>

// What the keychain answered: exactly one of found (with the value), not found, or unavailable
// (with a translated reason the agent can act on). Unavailable is never "not found": a caller
// must not create a new key, wipe anything or fall back to plaintext on it.
class KeychainResult
{
public:
    enum class Kind { Found, NotFound, Unavailable };
    enum class Reason {
        None,
        NoBackend, // no Secret Service, KWallet, Keychain Services or Credential Manager
        Locked,    // the keychain is locked or refused access
        Denied,    // the agent declined access when asked
        TimedOut,  // no answer in time (e.g. an unlock prompt nobody answers)
        Other,
    };

    static KeychainResult found(QByteArray value);
    static KeychainResult notFound();
    static KeychainResult unavailable(Reason reason, QString message);

    Kind kind() const { return m_kind; }
    bool isFound() const { return m_kind == Kind::Found; }
    bool isNotFound() const { return m_kind == Kind::NotFound; }
    bool isUnavailable() const { return m_kind == Kind::Unavailable; }

    // The secret; empty unless found. Never log it.
    const QByteArray &value() const { return m_value; }
    Reason reason() const { return m_reason; }
    // Translated and actionable; empty unless unavailable.
    const QString &message() const { return m_message; }

private:
    Kind m_kind = Kind::NotFound;
    QByteArray m_value;
    Reason m_reason = Reason::None;
    QString m_message;
};
