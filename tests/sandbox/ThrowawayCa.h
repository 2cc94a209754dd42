#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// A throwaway certificate authority for the sandbox's HTTPS: an EC P-256 CA and a server
// certificate for 127.0.0.1 and localhost signed by it, made with OpenSSL's C API and written
// to the data folder (ca.pem, ca-key.pem, server.pem, server-key.pem; keys 0600), reused on
// restart. For hardening tests it can also make deliberately bad server certificates.
class ThrowawayCa
{
public:
    enum class ServerCertificate {
        Good,       // signed by the CA, valid now, for 127.0.0.1 and localhost
        Expired,    // signed by the CA, but expired yesterday
        WrongHost,  // signed by the CA, valid, but for wrong-host.invalid only
        SelfSigned, // for 127.0.0.1 and localhost, valid, but signed by itself (unknown CA)
    };

    static std::optional<ServerCertificate> variantFromName(const QString &name);
    static QString nameOf(ServerCertificate variant);

    // Loads or makes the CA and the server certificate of `variant` in `dir`.
    bool prepare(const QString &dir, ServerCertificate variant, QString *error);

    QString caPath() const { return m_caPath; }
    QString serverCertificatePath() const { return m_serverPath; }
    QString serverKeyPath() const { return m_serverKeyPath; }

    // TLS 1.2 and 1.3 only, the server certificate and key, no client certificates.
    QSslConfiguration serverConfiguration(QString *error) const;

private:
    QString m_caPath;
    QString m_caKeyPath;
    QString m_serverPath;
    QString m_serverKeyPath;
};
