#pragma once

#include <QByteArray>
#include <QString>

// An account's items in the system keychain, looked at from outside deskhand as another program
// on the machine would: QtKeychain jobs on the calling thread, each waited for up to 20 s.
//
//   KeychainProbe keychain(accountId);
//   QCOMPARE(keychain.state(u"store-key"_s), KeychainProbe::State::NotFound); // wiped
class KeychainProbe
{
public:
    explicit KeychainProbe(const QString &accountId);

    enum class State { Found, NotFound, Failed, NoAnswer };

    State state(const QString &item) const;
    // The item's value; empty when it is not there or the keychain did not give it.
    QByteArray value(const QString &item) const;
    // Removes the item; true once the keychain has answered (also when there was no such item).
    bool remove(const QString &item) const;

private:
    State read(const QString &item, QByteArray *value) const;

    QString m_service;
};
