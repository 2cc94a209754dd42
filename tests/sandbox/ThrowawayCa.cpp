#include "ThrowawayCa.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;
using Bio = std::unique_ptr<BIO, Free>;

constexpr long Day = 24 * 3600;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(text));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Written beside the target and renamed over it, with the permissions set at creation so
// that a private key is never readable by others, not even for a moment.
bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile::remove(temporary);
    QFile file(temporary);
    const QFile::Permissions permissions =
        secret ? (QFile::ReadOwner | QFile::WriteOwner)
               : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) ||
        file.write(data) != data.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString());
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(temporary, path);
        return false;
    }
    return true;
}

Cert loadCertificate(const QString &path)
{
    const QByteArray pem = readFile(path);
    if (pem.isEmpty())
        return {};
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Key loadKey(const QString &path)
{
    const QByteArray pem = readFile(path);
    if (pem.isEmpty())
        return {};
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

struct Spec
{
    QByteArray commonName;
    long notBefore = -Day; // seconds from now
    long notAfter = 365 * Day;
    bool authority = false;
    QByteArray subjectAltName; // empty: none
};

// A certificate for `key` described by `spec`, signed by `issuerKey` (the issuer is
// `issuer`, or the certificate itself when null).
Cert makeCertificate(const Spec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, QString *error)
{
    Cert cert(X509_new());
    std::unique_ptr<BIGNUM, Free> serial(BN_new());
    bool ok = cert && serial && X509_set_version(cert.get(), X509_VERSION_3) == 1 &&
              BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
              BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr &&
              X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBefore) != nullptr &&
              X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfter) != nullptr &&
              X509_set_pubkey(cert.get(), key) == 1;
    if (!ok) {
        *error = opensslError("cannot prepare a certificate");
        return {};
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("deskhand-sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(spec.commonName.constData()), -1, -1,
                               0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));

    if (spec.authority) {
        ok = addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    } else {
        ok =
            addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE") &&
            addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature") &&
            addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth") &&
            addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash") &&
            (!issuer || addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always")) &&
            (spec.subjectAltName.isEmpty() ||
             addExtension(cert.get(), issuerCert, NID_subject_alt_name, spec.subjectAltName.constData()));
    }
    if (!ok) {
        *error = opensslError("cannot add certificate extensions");
        return {};
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        *error = opensslError("cannot sign a certificate");
        return {};
    }
    return cert;
}

Spec serverSpec(ThrowawayCa::ServerCertificate variant)
{
    Spec spec;
    spec.commonName = "localhost";
    spec.subjectAltName = "IP:127.0.0.1,DNS:localhost";
    switch (variant) {
    case ThrowawayCa::ServerCertificate::Good:
    case ThrowawayCa::ServerCertificate::SelfSigned:
        break;
    case ThrowawayCa::ServerCertificate::Expired:
        spec.notBefore = -30 * Day;
        spec.notAfter = -Day;
        break;
    case ThrowawayCa::ServerCertificate::WrongHost:
        spec.commonName = "wrong-host.invalid";
        spec.subjectAltName = "DNS:wrong-host.invalid";
        break;
    }
    return spec;
}

} // namespace

std::optional<ThrowawayCa::ServerCertificate> ThrowawayCa::variantFromName(const QString &name)
{
    for (const ServerCertificate variant : {ServerCertificate::Good, ServerCertificate::Expired,
                                            ServerCertificate::WrongHost, ServerCertificate::SelfSigned}) {
        if (nameOf(variant) == name)
            return variant;
    }
    return std::nullopt;
}

QString ThrowawayCa::nameOf(ServerCertificate variant)
{
    switch (variant) {
    case ServerCertificate::Good:
        return QStringLiteral("good");
    case ServerCertificate::Expired:
        return QStringLiteral("expired");
    case ServerCertificate::WrongHost:
        return QStringLiteral("wrong-host");
    case ServerCertificate::SelfSigned:
        return QStringLiteral("self-signed");
    }
    return {};
}

bool ThrowawayCa::prepare(const QString &dir, ServerCertificate variant, QString *error)
{
    const QDir folder(dir);
    m_caPath = folder.absoluteFilePath(QStringLiteral("ca.pem"));
    m_caKeyPath = folder.absoluteFilePath(QStringLiteral("ca-key.pem"));
    const QString suffix =
        variant == ServerCertificate::Good ? QString() : QLatin1Char('-') + nameOf(variant);
    m_serverPath = folder.absoluteFilePath(QStringLiteral("server%1.pem").arg(suffix));
    m_serverKeyPath = folder.absoluteFilePath(QStringLiteral("server%1-key.pem").arg(suffix));

    const std::time_t soon = std::time(nullptr) + Day;

    // The CA: reused while it is valid for at least another day.
    Cert ca = loadCertificate(m_caPath);
    Key caKey = loadKey(m_caKeyPath);
    bool freshCa = false;
    if (!ca || !caKey || X509_check_private_key(ca.get(), caKey.get()) != 1 ||
        X509_cmp_time(X509_get0_notAfter(ca.get()), const_cast<std::time_t *>(&soon)) < 0) {
        caKey = newKey();
        if (!caKey) {
            *error = opensslError("cannot generate the CA key");
            return false;
        }
        Spec spec;
        spec.commonName = "Deskhand Sandbox Throwaway CA " + QByteArray::number(qint64(std::time(nullptr)));
        spec.notAfter = 10 * 365 * Day;
        spec.authority = true;
        ca = makeCertificate(spec, caKey.get(), nullptr, caKey.get(), error);
        if (!ca || !writeFile(m_caKeyPath, keyPem(caKey.get()), true, error) ||
            !writeFile(m_caPath, certificatePem(ca.get()), false, error))
            return false;
        freshCa = true;
    }

    // The server certificate: reused when it is still what was asked for.
    Cert server = loadCertificate(m_serverPath);
    Key serverKey = loadKey(m_serverKeyPath);
    bool reusable =
        !freshCa && server && serverKey && X509_check_private_key(server.get(), serverKey.get()) == 1;
    if (reusable && variant != ServerCertificate::SelfSigned) {
        Key caPublic(X509_get_pubkey(ca.get()));
        reusable = X509_verify(server.get(), caPublic.get()) == 1;
    }
    if (reusable && variant != ServerCertificate::Expired)
        reusable = X509_cmp_time(X509_get0_notAfter(server.get()), const_cast<std::time_t *>(&soon)) > 0;
    if (reusable)
        return true;

    serverKey = newKey();
    if (!serverKey) {
        *error = opensslError("cannot generate the server key");
        return false;
    }
    const bool selfSigned = variant == ServerCertificate::SelfSigned;
    server = makeCertificate(serverSpec(variant), serverKey.get(), selfSigned ? nullptr : ca.get(),
                             selfSigned ? serverKey.get() : caKey.get(), error);
    return server && writeFile(m_serverKeyPath, keyPem(serverKey.get()), true, error) &&
           writeFile(m_serverPath, certificatePem(server.get()), false, error);
}

QSslConfiguration ThrowawayCa::serverConfiguration(QString *error) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readFile(m_serverPath), QSsl::Pem);
    const QSslKey key(readFile(m_serverKeyPath), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("cannot load %1 and %2").arg(m_serverPath, m_serverKeyPath);
        return {};
    }
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
