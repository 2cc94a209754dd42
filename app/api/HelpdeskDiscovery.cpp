#include "HelpdeskDiscovery.h"

#include "BuildInfo.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace {

constexpr int timeoutMs = 20000;
constexpr qint64 maxAnswerBytes = 1 << 20; // discover answers are a few hundred bytes

QString tr(const char *text)
{
    return QCoreApplication::translate("HelpdeskDiscovery", text);
}

HelpdeskDiscovery::Result failed(HelpdeskDiscovery::Failure failure, const QString &message)
{
    HelpdeskDiscovery::Result result;
    result.failure = failure;
    result.message = message;
    return result;
}

HelpdeskDiscovery::Result fromNetworkError(const QNetworkReply &reply, const QUrl &url)
{
    using F = HelpdeskDiscovery::Failure;
    const QString host = url.host();
    switch (reply.error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return failed(F::TlsProblem,
                      tr("The secure connection to %1 was refused: %2. Ask your administrator whether the "
                         "helpdesk's certificate is trusted on this computer.")
                          .arg(host, reply.errorString()));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return failed(F::ProxyNeeded, tr("The network proxy did not let the connection to %1 through: %2. "
                                         "Check the proxy settings of this computer.")
                                          .arg(host, reply.errorString()));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return failed(F::TimedOut, tr("%1 did not answer in time. Check the address and your connection, "
                                      "then try again.")
                                       .arg(host));
    default:
        return failed(F::Unreachable,
                      tr("%1 could not be reached: %2. Check the address and your connection.")
                          .arg(host, reply.errorString()));
    }
}

} // namespace

HelpdeskDiscovery::HelpdeskDiscovery(QNetworkAccessManager *network) : m_network(network) {}

QCoro::Task<HelpdeskDiscovery::Result> HelpdeskDiscovery::discover(HelpdeskAddress address)
{
    if (!address.isValid())
        co_return failed(Failure::Unreachable, address.error());

    QNetworkRequest request(address.apiUrl(QStringLiteral("helpdesk/discover")));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(BuildInfo::userAgent));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_network->get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxAnswerBytes)
            reply->abort();
    });
    co_await reply;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        co_return fromNetworkError(*reply, address.url());

    const QJsonObject data = QJsonDocument::fromJson(reply->readAll()).object().value(u"data").toObject();
    if (status != 200 || !data.value(u"is_deskpro").toBool()) {
        co_return failed(
            Failure::NotADeskpro,
            tr("%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one "
               "you open in your browser to work on tickets.")
                .arg(address.url().host()));
    }

    Result result;
    result.info.helpdeskUrl = QUrl(data.value(u"helpdesk_url").toString());
    result.info.apiBaseUrl = QUrl(data.value(u"base_api_url").toString());
    result.info.build = data.value(u"build").toVariant().toString();
    result.info.buildName = data.value(u"build_name").toString();
    result.info.uuid = data.value(u"helpdesk_uuid").toString();
    result.info.isCloud = data.value(u"is_cloud").toBool();
    co_return result;
}
