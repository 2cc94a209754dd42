#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// A multipart/form-data body split into its parts (RFC 7578), enough for file uploads.
class MultipartForm
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray filename;
        QByteArray contentType;
        QByteArray data;
    };

    // Nothing when the content type has no boundary or the body is not well formed.
    static std::optional<QList<Part>> parse(const QByteArray &contentType, const QByteArray &body);
};
