#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class AccountSession;
class AttachmentList;
class ComposerEditor;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A new ticket for a customer, written by the agent: the customer's e-mail address and name, a
// subject, a department, the first message in rich text (sent as HTML) and files attached by
// button, drag or paste. "Create Ticket" (or Ctrl+Enter in the message) checks what was typed and
// says in the dialog what is missing or wrong, keeping everything; then queues the ticket in the
// outbox, which creates it on the helpdesk as soon as it can be reached.
class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewTicketDialog(AccountSession *session, QWidget *parent = nullptr);

    // What POST /tickets will get, from what the agent typed (not checked).
    QJsonObject ticket() const;
    // Why the ticket cannot be created yet, one line each; empty when it can.
    QStringList problems() const;

    void attachFiles(const QStringList &paths);
    QStringList attachmentNames() const;

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *departmentBox() const { return m_department; }
    ComposerEditor *messageEdit() const { return m_message; }
    QLabel *problemLabel() const { return m_problemLabel; }

    static bool isEmailAddress(const QString &text);

public slots:
    void accept() override; // checks, then queues; closes once the outbox has the ticket
    void reject() override; // asks first when something was written

signals:
    void created(qint64 outboxItemId);

private:
    void showProblems(const QStringList &problems);
    bool hasContent() const;

    QPointer<AccountSession> m_session;
    bool m_creating = false;
    bool m_discardConfirmed = false;

    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_department = nullptr;
    ComposerEditor *m_message = nullptr;
    AttachmentList *m_attachments = nullptr;
    QPushButton *m_create = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
