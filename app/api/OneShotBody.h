#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that must reach the helpdesk at most once. QNetworkAccessManager
// silently sends a request again when its connection closes before the answer starts, POSTs
// included, which after a commit-then-reset would post a reply twice. It can only do that by
// rewinding the body: this body cannot be rewound, so Qt reports ContentReSendError instead,
// and the client reports an ambiguous failure for the outbox to check.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return pos() == 0 && m_offset == 0; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_offset + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_bytes.size(); }
    bool atEnd() const override { return m_offset >= m_bytes.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};
