#include "secrets/KeychainResult.h"

KeychainResult KeychainResult::found(QByteArray value)
{
    KeychainResult result;
    result.m_kind = Kind::Found;
    result.m_value = std::move(value);
    return result;
}

KeychainResult KeychainResult::notFound()
{
    return KeychainResult();
}

KeychainResult KeychainResult::unavailable(Reason reason, QString message)
{
    KeychainResult result;
    result.m_kind = Kind::Unavailable;
    result.m_reason = reason;
    result.m_message = std::move(message);
    return result;
}
