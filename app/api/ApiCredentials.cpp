#include "ApiCredentials.h"

QByteArray ApiCredentials::authorization() const
{
    if (isEmpty())
        return {};
    switch (m_kind) {
    case Kind::ApiKey:
        return "key " + m_secret.toUtf8();
    case Kind::ApiToken:
    case Kind::OAuthToken:
        return "token " + m_secret.toUtf8();
    case Kind::OAuthBearer:
        return "Bearer " + m_secret.toUtf8();
    case Kind::None:
        break;
    }
    return {};
}
