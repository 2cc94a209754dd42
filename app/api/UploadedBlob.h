#pragma once

#include <QString>
#include <QUrl>

// A file uploaded to POST /blobs/temp, to be attached to a reply or a new ticket by blobAuth.
struct UploadedBlob
{
    qint64 blobId = 0;
    QString blobAuth;
    QString authId; // "<blob_id>-<blob_auth>"
    QString filename;
    QString contentType;
    QUrl downloadUrl;

    bool operator==(const UploadedBlob &) const = default;
};
