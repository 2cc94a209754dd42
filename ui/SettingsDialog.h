#pragma once

#include "account/AccountSession.h"
#include "i18n/Language.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

// Settings: for the open account, the queues whose new tickets notify and how long resolved
// tickets stay offline (both kept in the account's encrypted store); for Deskhand, the language
// (kept in QSettings by its code). A language chosen applies at once, this dialog included;
// Cancel goes back to the one before.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AccountSession *session, QWidget *parent = nullptr);

    QListWidget *watchedQueues() const { return m_queues; }
    QSpinBox *retentionDays() const { return m_retention; }
    QComboBox *language() const { return m_language; }

    static QString languageKey() { return Language::settingsKey(); }

    void reject() override; // the language as it was

signals:
    void saved();

protected:
    void changeEvent(QEvent *event) override; // queue titles in a new language

private:
    void save();
    void chooseLanguage(int index);

    QPointer<AccountSession> m_session;
    QListWidget *m_queues = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    Language m_languageBefore; // spoken as the dialog opened
};
