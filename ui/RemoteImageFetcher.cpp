#include "RemoteImageFetcher.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QCoroNetworkReply>
#include <QImageReader>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

struct Transfer
{
    QByteArray bytes;
    bool tooLarge = false;
    bool notImage = false;
    bool timedOut = false;
    bool badRedirect = false;
};

} // namespace

RemoteImageFetcher::RemoteImageFetcher(QObject *parent) : QObject(parent)
{
    // Nothing of the agent's goes along: no disk cache (none is set), no cookie jar in use (each
    // request says so), no answers to authentication or proxy-authentication challenges.
    m_network.setCache(nullptr);
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    connect(&m_network, &QNetworkAccessManager::authenticationRequired, this,
            [](QNetworkReply *reply, QAuthenticator *) { reply->abort(); });
    connect(&m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [](const QNetworkProxy &, QAuthenticator *) {});
}

QCoro::Task<RemoteImageFetcher::Result> RemoteImageFetcher::fetch(QUrl url)
{
    Result result;
    result.url = url;
    if (!isWebUrl(url)) {
        result.problem = tr("Only images from web addresses (http, https) are shown.");
        co_return result;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "image/*");

    QNetworkReply *reply = m_network.get(request);
    reply->setReadBufferSize(qint64(256) << 10);
    auto state = std::make_shared<Transfer>();
    connect(reply, &QNetworkReply::redirected, reply, [reply, state](const QUrl &target) {
        if (isWebUrl(target)) {
            emit reply->redirectAllowed();
        } else {
            state->badRedirect = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return; // a redirect: its own answer comes next
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            state->tooLarge = true;
            reply->abort();
            return;
        }
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed().toLower();
        if (status >= 200 && status < 300 && !type.startsWith(QLatin1String("image/"))) {
            state->notImage = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state] {
        const QByteArray chunk = reply->readAll();
        if (state->bytes.size() + chunk.size() > maxBytes) {
            state->tooLarge = true;
            reply->abort();
            return;
        }
        state->bytes += chunk;
    });
    // The whole fetch, however slowly the bytes drip.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs * 2);

    co_await reply;
    deadline->stop();
    if (!state->tooLarge && !state->notImage && !state->timedOut && !state->badRedirect) {
        const QByteArray rest = reply->readAll();
        if (state->bytes.size() + rest.size() > maxBytes)
            state->tooLarge = true;
        else
            state->bytes += rest;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->disconnect();
    reply->deleteLater();

    if (state->tooLarge) {
        result.problem = tr("The image is larger than %1 MB.").arg(maxBytes >> 20);
        co_return result;
    }
    if (state->notImage) {
        result.problem = tr("The address did not answer with an image.");
        co_return result;
    }
    if (state->badRedirect) {
        result.problem = tr("The address sent Deskhand somewhere other than the web.");
        co_return result;
    }
    if (state->timedOut) {
        result.problem = tr("The image did not arrive in time.");
        co_return result;
    }
    if (error != QNetworkReply::NoError || status < 200 || status >= 300) {
        result.problem = status > 0 ? tr("The image could not be fetched (HTTP %1).").arg(status)
                                    : tr("The image could not be fetched: %1").arg(errorText);
        co_return result;
    }

    QBuffer buffer(&state->bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!reader.canRead() || (size.isValid() && qint64(size.width()) * size.height() > maxPixels)) {
        result.problem = reader.canRead() ? tr("The image is too large to show.")
                                          : tr("The address did not answer with an image.");
        co_return result;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        result.problem = tr("The image could not be read: %1").arg(reader.errorString());
        co_return result;
    }
    result.image = image;
    co_return result;
}
