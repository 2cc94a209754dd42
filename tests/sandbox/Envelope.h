#pragma once

#include "ApiReply.h"

#include <QJsonObject>
#include <QString>

// Deskpro's response shapes: the {data, meta, linked} envelope, the error tree and dates.
namespace Envelope {

// 200 (or `status`) with {data, meta, linked}. An empty meta or linked is sometimes written
// as [] instead of {}, as Deskpro's PHP serialiser does.
ApiReply ok(const QJsonValue &data, const QJsonObject &meta = {}, const QJsonObject &linked = {},
            int status = 200);

// A paged list: meta.pagination = {total, count, per_page, current_page, total_pages}.
ApiReply page(const QJsonArray &items, int total, int perPage, int currentPage,
              const QJsonObject &extraMeta = {}, const QJsonObject &linked = {});

// {"status", "code", "message", "errors"} with `errors` null when not given.
ApiReply error(int status, const QString &code, const QString &message,
               const QJsonValue &errors = QJsonValue::Null);

// 400 invalid_input with errors.fields.<field>.errors[0] = {code, message}.
ApiReply fieldError(const QString &field, const QString &code, const QString &message);

// 404 whose code and message are both "#<id> Not Found".
ApiReply notFound(const QString &id);

// Deskpro's date format: "2025-05-01T08:02:02+0000" (UTC, offset without a colon).
QString date(qint64 unixSeconds);
QJsonValue dateOrNull(qint64 unixSeconds);  // null for 0

}  // namespace Envelope
