#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

// An account's optional certificate pin: the base64 SHA-256 of a certificate's
// SubjectPublicKeyInfo, as `openssl x509 -pubkey | openssl pkey -pubin -outform der |
// openssl dgst -sha256 -binary | base64` prints it (and as HPKP defined it). The key is read
// from the certificate's DER directly, so every TLS backend gives the same pin.
namespace PublicKeyPin {

// Empty when the certificate cannot be read.
QByteArray of(const QSslCertificate &certificate);
QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer);

// True when a certificate of the peer's chain has one of the pins. The chain was already
// verified against the trusted CAs: a pin narrows trust, it never widens it.
bool matches(const QList<QSslCertificate> &peerChain, const QList<QByteArray> &pins);

} // namespace PublicKeyPin
