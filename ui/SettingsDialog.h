#pragma once

#include "account/AccountInfo.h"
#include "account/AccountSession.h"
#include "i18n/Language.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QVBoxLayout;

// Settings: for the open account, the queues whose new tickets notify and how long resolved
// tickets stay offline (both kept in the account's encrypted store) and its certificate pin
// (kept with the account; AccountController applies it); for Deskhand, the language (kept in
// QSettings by its code) and the signed-in helpdesks (showAccounts()). A language chosen
// applies at once, this dialog included; Cancel goes back to the one before.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AccountSession *session, QWidget *parent = nullptr);

    QListWidget *watchedQueues() const { return m_queues; }
    QSpinBox *retentionDays() const { return m_retention; }
    QComboBox *language() const { return m_language; }
    QLineEdit *certificatePinField() const { return m_pin; }
    QListWidget *accountList() const { return m_accountList; }

    // The open account's pin as the agent left it: empty for none, else the base64 SHA-256 of
    // the helpdesk's public key (checked when saved).
    QString certificatePin() const;
    bool certificatePinChanged() const;

    // The signed-in helpdesks, the open one marked, with the agent's actions on them (they run
    // after the dialog closed).
    void showAccounts(const QList<AccountInfo> &accounts, const QString &openId, QAction *add,
                      QAction *signOut);

    static QString languageKey() { return Language::settingsKey(); }

    void reject() override; // the language as it was

signals:
    void saved();

protected:
    void changeEvent(QEvent *event) override; // queue titles in a new language

private:
    void save();
    void chooseLanguage(int index);
    void fitPinField();

    QPointer<AccountSession> m_session;
    QListWidget *m_queues = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_pin = nullptr;
    QString m_pinBefore;
    QListWidget *m_accountList = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_error = nullptr;
    Language m_languageBefore; // spoken as the dialog opened
};
