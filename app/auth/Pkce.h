#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636), S256 only: a fresh random verifier per sign-in and
// its SHA-256 challenge, both base64url without padding.
class Pkce
{
public:
    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    // A random, URL-safe value for OAuth's `state` (and anything else that must not be guessed).
    static QByteArray randomToken(int bytes = 32);

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};
