#pragma once

#include <QCoroTask>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

// Fetches the remote images of one message when the agent asks to see them ("Show images"), and
// nothing else, ever. Its network manager is its own, not the helpdesk's: no credentials, no
// cookies (none sent, none kept), no cache on disk, no proxy or server authentication answered.
// Only http and https, also after a redirect; at most maxBytes per image (the announced length
// and the bytes as they arrive are both checked) and only answers that say they are images and
// decode as one, within a pixel budget read from the header before any pixel is decoded. What
// could not be shown comes back with a reason for the agent.
class RemoteImageFetcher : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QUrl url;
        QImage image;    // null when not shown
        QString problem; // why not, for the agent
    };

    explicit RemoteImageFetcher(QObject *parent = nullptr);

    QCoro::Task<Result> fetch(QUrl url);

    static constexpr qint64 maxBytes = qint64(5) << 20;
    static constexpr qint64 maxPixels = qint64(4096) * 4096;
    static constexpr int maxRedirects = 3;
    static constexpr int timeoutMs = 20000;

    QNetworkAccessManager *network() { return &m_network; }

private:
    QNetworkAccessManager m_network;
};
