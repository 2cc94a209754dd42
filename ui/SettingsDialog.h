#pragma once

#include "account/AccountSession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

// Settings: for the open account, the queues whose new tickets notify and how long resolved
// tickets stay offline (both kept in the account's encrypted store); for Deskhand, the language
// (kept in QSettings, used from the next start; the translations arrive with the language work).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AccountSession *session, QWidget *parent = nullptr);

    QListWidget *watchedQueues() const { return m_queues; }
    QSpinBox *retentionDays() const { return m_retention; }
    QComboBox *language() const { return m_language; }

    static QString languageKey() { return QStringLiteral("language"); }

signals:
    void saved();

private:
    void save();

    QPointer<AccountSession> m_session;
    QListWidget *m_queues = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};
