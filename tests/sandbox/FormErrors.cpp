#include "FormErrors.h"

#include "Envelope.h"

#include <QJsonArray>

namespace {

void insert(QJsonObject &node, const QStringList &path, int index, const QJsonObject &error)
{
    if (index == path.size()) {
        QJsonArray errors = node.value(QStringLiteral("errors")).toArray();
        errors.append(error);
        node.insert(QStringLiteral("errors"), errors);
        return;
    }
    QJsonObject fields = node.value(QStringLiteral("fields")).toObject();
    QJsonObject child = fields.value(path.at(index)).toObject();
    insert(child, path, index + 1, error);
    fields.insert(path.at(index), child);
    node.insert(QStringLiteral("fields"), fields);
}

} // namespace

void FormErrors::add(const QStringList &path, const QString &code, const QString &message)
{
    insert(m_tree, path, 0,
           QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

void FormErrors::addGlobal(const QString &code, const QString &message)
{
    add({}, code, message);
}

ApiReply FormErrors::reply() const
{
    return Envelope::error(400, QStringLiteral("invalid_input"), QStringLiteral("Request input is invalid."),
                           m_tree);
}
