#include "OneShotBody.h"

#include <algorithm>
#include <cstring>

OneShotBody::OneShotBody(const QByteArray &bytes, QObject *parent) : QIODevice(parent), m_bytes(bytes)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_bytes.size() ? -1 : 0;
    std::memcpy(data, m_bytes.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}
