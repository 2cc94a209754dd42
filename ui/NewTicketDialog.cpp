#include "NewTicketDialog.h"

#include "AttachmentList.h"
#include "ComposerEditor.h"
#include "DocumentHtml.h"
#include "ReferenceChoices.h"
#include "account/Account.h"
#include "account/AccountSession.h"
#include "content/HtmlSanitizer.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

NewTicketDialog::NewTicketDialog(AccountSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New Ticket"));
    setAccessibleName(tr("New ticket for a customer"));
    resize(640, 560);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("newTicketProblems"));
    m_problemLabel->setAccessibleName(tr("What is missing"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problemLabel->setPalette(warning);
    m_problemLabel->hide();

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("newTicketEmail"));
    m_email->setAccessibleName(tr("Customer's e-mail address"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newTicketName"));
    m_name->setAccessibleName(tr("Customer's name"));
    m_name->setPlaceholderText(tr("Optional"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("newTicketSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("newTicketDepartment"));
    m_department->setAccessibleName(tr("Department"));
    if (m_session) {
        if (StoreResult<QSqlDatabase> reader = m_session->account().store()->reader())
            ReferenceChoices::fill(m_department, ReferenceChoices::Kind::Department, reader.value());
    }

    m_message = new ComposerEditor(this);
    m_message->setObjectName(QStringLiteral("newTicketMessage"));
    m_message->setAccessibleName(tr("First message to the customer"));
    m_message->setPlaceholderText(tr("Write the first message to the customer…"));
    m_message->setMinimumHeight(160);
    connect(m_message, &ComposerEditor::sendRequested, this, &NewTicketDialog::accept);
    connect(m_message, &ComposerEditor::filesDropped, this, &NewTicketDialog::attachFiles);
    connect(m_message, &ComposerEditor::imagePasted, this,
            [this](const QImage &image) { m_attachments->addImage(image); });

    m_attachments = new AttachmentList(this);
    m_attachments->setObjectName(QStringLiteral("newTicketAttachments"));
    connect(m_attachments, &AttachmentList::problems, this, &NewTicketDialog::showProblems);
    auto *attach = new QPushButton(tr("Attach…"), this);
    attach->setObjectName(QStringLiteral("newTicketAttach"));
    attach->setAccessibleName(tr("Attach files"));
    connect(attach, &QPushButton::clicked, this, [this] { m_attachments->chooseFiles(this); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Customer's &e-mail:"), m_email);
    form->addRow(tr("Customer's &name:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Department:"), m_department);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("Create Ticket"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newTicketCreate"));
    m_create->setAccessibleName(tr("Create the ticket"));
    m_create->setToolTip(
        tr("Queue it in the outbox (Ctrl+Enter in the message); it is created as soon as the "
           "helpdesk can be reached."));
    m_create->setDefault(true); // Enter in a field asks to create (and shows what is missing)
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);

    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(attach);
    attachRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemLabel);
    layout->addLayout(form);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_attachments);
    layout->addLayout(attachRow);
    layout->addWidget(m_buttons);
    m_email->setFocus();
}

bool NewTicketDialog::isEmailAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral("^[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\].]{2,}$"));
    return address.match(text.trimmed()).hasMatch();
}

QJsonObject NewTicketDialog::ticket() const
{
    const QString email = m_email->text().trimmed();
    const QString name = m_name->text().trimmed();
    QJsonObject ticket{
        {QStringLiteral("person"), name.isEmpty() ? QJsonValue(email)
                                                  : QJsonValue(QJsonObject{{QStringLiteral("email"), email},
                                                                           {QStringLiteral("name"), name}})},
        {QStringLiteral("subject"), m_subject->text().trimmed()},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("message"), DocumentHtml::fromDocument(*m_message->document())},
                     {QStringLiteral("format"), QStringLiteral("html")}}},
    };
    const QVariant department = m_department->currentData();
    if (department.isValid() && department.toLongLong() > 0)
        ticket.insert(QStringLiteral("department"), department.toLongLong());
    return ticket;
}

QStringList NewTicketDialog::problems() const
{
    QStringList problems;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty())
        problems << tr("Enter the customer's e-mail address.");
    else if (!isEmailAddress(email))
        problems << tr("“%1” is not an e-mail address.").arg(email);
    if (m_subject->text().trimmed().isEmpty())
        problems << tr("Enter a subject.");
    if (m_department->count() > 0 && !m_department->currentData().isValid())
        problems << tr("Choose a department.");
    if (HtmlSanitizer::toPlainText(DocumentHtml::fromDocument(*m_message->document())).trimmed().isEmpty())
        problems << tr("Write the first message to the customer.");
    return problems;
}

void NewTicketDialog::showProblems(const QStringList &problems)
{
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
}

void NewTicketDialog::accept()
{
    if (m_creating)
        return;
    const QStringList found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        // The first field to fix has the focus; nothing typed is cleared.
        const QString email = m_email->text().trimmed();
        if (email.isEmpty() || !isEmailAddress(email))
            m_email->setFocus();
        else if (m_subject->text().trimmed().isEmpty())
            m_subject->setFocus();
        else
            m_message->setFocus();
        return;
    }
    if (!m_session) {
        showProblems({tr("No account is open.")});
        return;
    }
    showProblems({});
    m_creating = true;
    m_create->setEnabled(false);
    QCoro::connect(m_session->outbox().queueNewTicket(ticket(), m_attachments->files()), this,
                   [this](const StoreResult<qint64> &item) {
                       m_creating = false;
                       m_create->setEnabled(true);
                       if (!item) {
                           showProblems({tr("The ticket was not queued: %1").arg(item.error())});
                           return;
                       }
                       emit created(item.value());
                       QDialog::accept();
                   });
}

bool NewTicketDialog::hasContent() const
{
    return !m_email->text().trimmed().isEmpty() || !m_name->text().trimmed().isEmpty() ||
           !m_subject->text().trimmed().isEmpty() || !m_attachments->isEmpty() ||
           !m_message->toPlainText().trimmed().isEmpty();
}

void NewTicketDialog::reject()
{
    if (m_discardConfirmed || !hasContent()) {
        QDialog::reject();
        return;
    }
    // Not exec(): nothing waits while the question is open.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Discard New Ticket"),
                                     tr("Discard this new ticket? What you wrote is not kept."),
                                     QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("discardNewTicket"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question] {
        if (question->clickedButton() == question->button(QMessageBox::Discard)) {
            m_discardConfirmed = true;
            QDialog::reject();
        }
    });
    question->open();
}

void NewTicketDialog::attachFiles(const QStringList &paths)
{
    showProblems(m_attachments->addFiles(paths));
}

QStringList NewTicketDialog::attachmentNames() const
{
    return m_attachments->names();
}
