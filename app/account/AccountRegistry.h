#pragma once

#include "account/AccountInfo.h"

#include <QList>
#include <QString>

#include <optional>

// The signed-in helpdesks on this computer: a small JSON file (nothing secret in it) in
// Deskhand's home folder, plus one data folder per account. The home folder is
// $DESKHAND_HOME when set (tests and scripts), else the platform's app-data folder.
// The GUI and the CLI share it; writes go through a lock file and an atomic rename.
class AccountRegistry
{
public:
    explicit AccountRegistry(QString home = homeFolder());

    static QString homeFolder();
    QString home() const { return m_home; }

    // Fresh from disk on every call: another process may have changed it.
    QList<AccountInfo> accounts() const;
    std::optional<AccountInfo> find(const QString &idOrName) const;
    // The one account when there is exactly one, or the one named; an error text otherwise.
    std::optional<AccountInfo> pick(const QString &idOrName, QString *error) const;

    // Adds or replaces (by id). False with a reason when the file cannot be written.
    bool save(const AccountInfo &account, QString *error);
    bool remove(const QString &id, QString *error);

    QString dataFolder(const QString &id) const; // <home>/accounts/<id>, created 0700
    static QString newId(const QUrl &helpdeskUrl);

private:
    QString registryPath() const;
    bool write(const QList<AccountInfo> &accounts, QString *error);

    QString m_home;
};
