#include "Pkce.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <stdexcept>

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    // The system's CSPRNG through OpenSSL; a failure here must stop the flow, never weaken it.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), bytes) != 1)
        throw std::runtime_error("no secure random numbers available");
    return random.toBase64(base64Url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.m_verifier = randomToken(48); // 64 characters: within RFC 7636's 43–128
    pkce.m_challenge = challengeFor(pkce.m_verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}
