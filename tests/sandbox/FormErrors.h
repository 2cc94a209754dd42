#pragma once

#include "ApiReply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Deskpro's nested form-error tree, collected while validating a request body:
// errors.errors[] for the whole form and errors.fields.<name>[.fields.<name>…].errors[] per input.
class FormErrors
{
public:
    void add(const QStringList &path, const QString &code, const QString &message);
    void addGlobal(const QString &code, const QString &message);
    bool isEmpty() const { return m_tree.isEmpty(); }
    // 400 invalid_input with the tree.
    ApiReply reply() const;

    static QString blankMessage() { return QStringLiteral("This value should not be blank."); }
    static QString invalidMessage() { return QStringLiteral("This value is not valid."); }

private:
    QJsonObject m_tree;
};
