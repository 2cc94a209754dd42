#include "ComposerWidget.h"

#include "AttachmentList.h"
#include "ComposerEditor.h"
#include "DocumentHtml.h"
#include "ReferenceChoices.h"
#include "SnippetPicker.h"
#include "account/Account.h"
#include "account/AccountSession.h"
#include "content/HtmlSanitizer.h"
#include "store/DraftRepository.h"
#include "store/MessageRepository.h"
#include "store/ReferenceData.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "sync/Outbox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextCursor>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

int draftIndex(ComposerWidget::Kind kind)
{
    return kind == ComposerWidget::Kind::Note ? 1 : 0;
}

bool isEmptyMessage(const QString &html)
{
    return HtmlSanitizer::toPlainText(html).trimmed().isEmpty();
}

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Composer"));
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ComposerWidget::saveDraftNow);
    buildUi();
    applyKind();
    setEnabled(false);
}

ComposerWidget::~ComposerWidget() = default;

void ComposerWidget::buildUi()
{
    m_replyButton = new QToolButton(this);
    m_replyButton->setObjectName(QStringLiteral("composeReply"));
    m_replyButton->setText(tr("Reply"));
    m_replyButton->setAccessibleName(tr("Write a reply to the customer"));
    m_replyButton->setCheckable(true);
    m_replyButton->setAutoExclusive(true);
    m_replyButton->setChecked(true);
    m_noteButton = new QToolButton(this);
    m_noteButton->setObjectName(QStringLiteral("composeNote"));
    m_noteButton->setText(tr("Internal Note"));
    m_noteButton->setAccessibleName(tr("Write an internal note for agents"));
    m_noteButton->setCheckable(true);
    m_noteButton->setAutoExclusive(true);
    connect(m_replyButton, &QToolButton::clicked, this, [this] { setKind(Kind::Reply); });
    connect(m_noteButton, &QToolButton::clicked, this, [this] { setKind(Kind::Note); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_replyButton);
    top->addWidget(m_noteButton);
    top->addStretch();
    const struct
    {
        const char *text;
        const char *name;
        const char *toolTip; // %1: the shortcut
        QKeySequence key;
    } formats[] = {
        {QT_TR_NOOP("B"), QT_TR_NOOP("Bold"), QT_TR_NOOP("Bold (%1)"), QKeySequence::Bold},
        {QT_TR_NOOP("I"), QT_TR_NOOP("Italic"), QT_TR_NOOP("Italic (%1)"), QKeySequence::Italic},
        {QT_TR_NOOP("•"), QT_TR_NOOP("Bulleted list"), QT_TR_NOOP("Bulleted list (%1)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
    };
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(this);
        button->setText(tr(formats[i].text));
        button->setAccessibleName(tr(formats[i].name));
        button->setToolTip(tr(formats[i].toolTip).arg(formats[i].key.toString(QKeySequence::NativeText)));
        connect(button, &QToolButton::clicked, this, [this, i] { toggleFormat(i); });
        top->addWidget(button);
    }

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("composerHeading"));
    m_heading->setWordWrap(true);

    m_editor = new ComposerEditor(this);
    m_editor->setObjectName(QStringLiteral("composerText"));
    m_editor->setMinimumHeight(90);
    connect(m_editor, &QTextEdit::textChanged, this, &ComposerWidget::onTextChanged);
    connect(m_editor, &ComposerEditor::sendRequested, this, &ComposerWidget::send);
    connect(m_editor, &ComposerEditor::imagePasted, this, &ComposerWidget::attachImage);
    connect(m_editor, &ComposerEditor::filesDropped, this, &ComposerWidget::attachFiles);
    setAcceptDrops(false); // the editor takes drops itself

    m_attachments = new AttachmentList(this);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    connect(m_attachments, &AttachmentList::problems, this, [this](const QStringList &messages) {
        for (const QString &text : messages)
            emit problem(text);
    });

    m_attach = new QPushButton(tr("Attach…"), this);
    m_attach->setObjectName(QStringLiteral("attach"));
    m_attach->setAccessibleName(tr("Attach files"));
    connect(m_attach, &QPushButton::clicked, this, [this] { m_attachments->chooseFiles(this); });

    m_snippets = new QPushButton(tr("Snippets…"), this);
    m_snippets->setObjectName(QStringLiteral("insertSnippet"));
    m_snippets->setAccessibleName(tr("Insert a snippet"));
    const QKeySequence snippetKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_snippets->setToolTip(
        tr("Insert a snippet at the cursor (%1)").arg(snippetKey.toString(QKeySequence::NativeText)));
    connect(m_snippets, &QPushButton::clicked, this, &ComposerWidget::chooseSnippet);
    auto *snippetAction = new QAction(tr("Insert Snippet"), this);
    snippetAction->setObjectName(QStringLiteral("insertSnippetAction"));
    snippetAction->setShortcut(snippetKey);
    snippetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(snippetAction, &QAction::triggered, this, &ComposerWidget::chooseSnippet);
    addAction(snippetAction);

    auto *statusLabel = new QLabel(tr("Then set status:"), this);
    m_statusOnSend = new QComboBox(this);
    m_statusOnSend->setObjectName(QStringLiteral("statusOnSend"));
    m_statusOnSend->setAccessibleName(tr("Status to set when sending"));
    // Room for "(unchanged)" in any language ("(unverändert)"); set before its size is first
    // asked, which Qt keeps.
    m_statusOnSend->setMinimumContentsLength(16);
    statusLabel->setBuddy(m_statusOnSend);

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setToolTip(tr("Queue it in the outbox (Ctrl+Enter); it is sent as soon as the helpdesk can be "
                          "reached."));
    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::send);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_attach);
    bottom->addWidget(m_snippets);
    bottom->addStretch();
    bottom->addWidget(statusLabel);
    bottom->addWidget(m_statusOnSend);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_attachments);
    layout->addLayout(bottom);
}

void ComposerWidget::setSession(AccountSession *session)
{
    saveDraftNow();
    m_session = session;
    reloadChoices();
    clearTicket();
}

void ComposerWidget::reloadChoices()
{
    const QVariant chosen = m_statusOnSend->currentData();
    m_statusOnSend->clear();
    m_statusOnSend->addItem(tr("(unchanged)"), QString());
    if (!m_session)
        return;
    if (StoreResult<QSqlDatabase> reader = m_session->account().store()->reader()) {
        QComboBox statuses;
        ReferenceChoices::fill(&statuses, ReferenceChoices::Kind::Status, reader.value());
        for (int i = 0; i < statuses.count(); ++i)
            m_statusOnSend->addItem(statuses.itemText(i), statuses.itemData(i));
    }
    const int index = m_statusOnSend->findData(chosen);
    m_statusOnSend->setCurrentIndex(std::max(0, index));
}

void ComposerWidget::setTicket(const Ticket &ticket)
{
    if (ticket.id == m_ticket.id) {
        m_ticket = ticket;
        // A draft that came back from the outbox ("keep as draft") shows up in an empty composer.
        if (m_writes == 0 && !m_sending && !m_dirty[0] && !m_dirty[1] && m_html[0].isEmpty() &&
            m_html[1].isEmpty() && isEmptyMessage(html()))
            loadDrafts();
        applyKind();
        return;
    }
    saveDraftNow();
    m_ticket = ticket;
    m_attachments->clearFiles();
    m_statusOnSend->setCurrentIndex(0);
    loadDrafts();
    setEnabled(m_session && ticket.id != 0);
}

void ComposerWidget::clearTicket()
{
    saveDraftNow();
    m_ticket = Ticket{};
    m_html = {};
    m_seen = {0, 0};
    m_dirty = {false, false};
    m_attachments->clearFiles();
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    setEnabled(false);
}

void ComposerWidget::loadDrafts()
{
    m_html = {};
    m_seen = {0, 0};
    m_dirty = {false, false};
    StoreResult<QSqlDatabase> reader =
        m_session ? m_session->account().store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (reader && m_ticket.id != 0) {
        const DraftRepository drafts(reader.value());
        for (const bool isNote : {false, true}) {
            const auto unsaved = m_unsaved.constFind(qMakePair(m_ticket.id, isNote));
            const auto draft = drafts.draft(m_ticket.id, isNote);
            if (unsaved != m_unsaved.cend()) {
                m_html[isNote ? 1 : 0] = isEmptyMessage(unsaved->html) ? QString() : unsaved->html;
                m_seen[isNote ? 1 : 0] = unsaved->seenLastMessageId;
            } else if (draft && draft.value()) {
                m_html[isNote ? 1 : 0] = draft.value()->html;
                m_seen[isNote ? 1 : 0] = draft.value()->seenLastMessageId;
            }
        }
    }
    // A note in progress (and no reply) opens as a note.
    m_kind = m_html[0].isEmpty() && !m_html[1].isEmpty() ? Kind::Note : Kind::Reply;
    m_loading = true;
    m_editor->setHtml(HtmlSanitizer::sanitize(m_html[draftIndex(m_kind)]).html);
    m_loading = false;
    applyKind();
}

void ComposerWidget::setKind(Kind kind)
{
    if (kind == m_kind) {
        applyKind();
        return;
    }
    m_html[draftIndex(m_kind)] = html();
    m_kind = kind;
    m_loading = true;
    m_editor->setHtml(HtmlSanitizer::sanitize(m_html[draftIndex(kind)]).html);
    m_editor->moveCursor(QTextCursor::End);
    m_loading = false;
    applyKind();
}

void ComposerWidget::applyKind()
{
    const bool note = m_kind == Kind::Note;
    m_replyButton->setChecked(!note);
    m_noteButton->setChecked(note);
    QPalette colors = palette();
    if (note) {
        // The same tint as notes in the conversation: nobody mistakes a note for a reply.
        colors.setColor(QPalette::Base, QColor(0xff, 0xf4, 0xce));
        colors.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    }
    m_editor->setPalette(colors);
    m_heading->setText(note ? tr("<b>Internal note</b> — only agents see it.")
                            : tr("<b>Reply</b> — the customer receives it."));
    m_editor->setAccessibleName(note ? tr("Internal note text") : tr("Reply text"));
    m_editor->setPlaceholderText(note ? tr("Write a note for your colleagues…")
                                      : tr("Write your reply to the customer…"));
    m_send->setText(note ? tr("Add Note") : tr("Send Reply"));
    m_send->setAccessibleName(m_send->text());
    m_statusOnSend->setEnabled(!note);
}

void ComposerWidget::startReply()
{
    setKind(Kind::Reply);
    m_editor->setFocus();
}

void ComposerWidget::startNote()
{
    setKind(Kind::Note);
    m_editor->setFocus();
}

QString ComposerWidget::html() const
{
    return DocumentHtml::fromDocument(*m_editor->document());
}

void ComposerWidget::onTextChanged()
{
    if (m_loading)
        return;
    const int k = draftIndex(m_kind);
    if (m_seen[k] == 0 && m_session && m_ticket.id != 0) {
        // The draft begins now: what the agent has seen is the newest message there is.
        if (StoreResult<QSqlDatabase> reader = m_session->account().store()->reader()) {
            if (const auto newest = MessageRepository(reader.value()).newestId(m_ticket.id))
                m_seen[k] = newest.value();
        }
    }
    m_dirty[k] = true;
    m_draftTimer.start();
}

void ComposerWidget::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_session || m_ticket.id == 0)
        return;
    m_html[draftIndex(m_kind)] = html();
    for (const Kind kind : {Kind::Reply, Kind::Note}) {
        const int k = draftIndex(kind);
        if (!m_dirty[k])
            continue;
        m_dirty[k] = false;
        Draft draft;
        draft.ticketId = m_ticket.id;
        draft.isNote = kind == Kind::Note;
        draft.html = m_html[k];
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        draft.seenLastMessageId = m_seen[k];
        const bool empty = isEmptyMessage(draft.html);
        const auto work = [draft, empty](QSqlDatabase &db) {
            DraftRepository drafts(db);
            return empty ? drafts.remove(draft.ticketId, draft.isNote) : drafts.save(draft);
        };
        ++m_writes;
        const auto key = qMakePair(draft.ticketId, draft.isNote);
        m_unsaved.insert(key, draft);
        QCoro::connect(m_session->account().store()->writer().write(work), this,
                       [this, key, draft](const StoreResult<> &saved) {
                           --m_writes;
                           const qint64 ticketId = draft.ticketId;
                           if (m_unsaved.value(key) == draft)
                               m_unsaved.remove(key);
                           if (saved)
                               emit draftSaved(ticketId);
                           else
                               emit problem(tr("Your draft could not be saved: %1").arg(saved.error()));
                       });
    }
}

bool ComposerWidget::send()
{
    if (!m_session || m_ticket.id == 0 || m_sending)
        return false;
    const Kind kind = m_kind;
    const int k = draftIndex(kind);
    const QString text = html();
    if (isEmptyMessage(text) && m_attachments->isEmpty()) {
        emit problem(kind == Kind::Note ? tr("The note is empty: write something first.")
                                        : tr("The reply is empty: write something first."));
        return false;
    }
    m_draftTimer.stop();
    if (m_seen[k] == 0) {
        if (StoreResult<QSqlDatabase> reader = m_session->account().store()->reader()) {
            if (const auto newest = MessageRepository(reader.value()).newestId(m_ticket.id))
                m_seen[k] = newest.value();
        }
    }
    Draft draft;
    draft.ticketId = m_ticket.id;
    draft.isNote = kind == Kind::Note;
    draft.html = text;
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    draft.seenLastMessageId = m_seen[k];
    const QString status = kind == Kind::Reply ? m_statusOnSend->currentData().toString() : QString();
    const QList<OutboxFile> files = m_attachments->files();

    // Writing the item is a store write on the writer thread: the composer waits for it (read-only)
    // but the window does not, and the network is the outbox's business from here on.
    m_sending = true;
    m_dirty[k] = false;
    m_editor->setReadOnly(true);
    m_send->setEnabled(false);
    QCoro::connect(m_session->outbox().queueDraft(draft, files, status), this,
                   [this, kind, ticketId = draft.ticketId](const StoreResult<qint64> &item) {
                       m_sending = false;
                       m_editor->setReadOnly(false);
                       m_send->setEnabled(true);
                       if (!item) {
                           emit problem(item.error());
                           return;
                       }
                       m_unsaved.remove(qMakePair(ticketId, kind == Kind::Note)); // sent, not a draft
                       if (m_ticket.id == ticketId) {
                           const int k = draftIndex(kind);
                           m_html[k].clear();
                           m_seen[k] = 0;
                           m_dirty[k] = false;
                           m_attachments->clearFiles();
                           m_statusOnSend->setCurrentIndex(0);
                           if (m_kind == kind) {
                               m_loading = true;
                               m_editor->clear();
                               m_loading = false;
                           }
                       }
                       emit queued(item.value());
                   });
    return true;
}

void ComposerWidget::chooseSnippet()
{
    if (!m_session || m_ticket.id == 0 || !isEnabled())
        return;
    StoreResult<QSqlDatabase> reader = m_session->account().store()->reader();
    const StoreResult<QList<Snippet>> snippets =
        reader ? ReferenceData(reader.value()).snippets() : StoreResult<QList<Snippet>>::failure(reader);
    if (!snippets) {
        emit problem(snippets.error());
        return;
    }
    if (snippets.value().isEmpty()) {
        emit problem(tr("There are no snippets on this computer yet; they come with the next sync."));
        return;
    }
    // Not exec(): the window keeps running (and tests are not blocked) while the picker is open.
    auto *picker = new SnippetPicker(snippets.value(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &SnippetPicker::chosen, this,
            [this](const Snippet::Text &text) { insertSnippet(text.html); });
    connect(picker, &QDialog::finished, this, [this] { m_editor->setFocus(Qt::OtherFocusReason); });
    picker->open();
}

void ComposerWidget::insertSnippet(const QString &html)
{
    if (m_editor->isReadOnly())
        return;
    // The helpdesk's HTML, cleaned as any other, where the agent's cursor was.
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertHtml(HtmlSanitizer::sanitize(html).html);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::attachFiles(const QStringList &paths)
{
    for (const QString &text : m_attachments->addFiles(paths))
        emit problem(text);
}

void ComposerWidget::attachImage(const QImage &image)
{
    m_attachments->addImage(image);
}

QStringList ComposerWidget::attachmentNames() const
{
    return m_attachments->names();
}

void ComposerWidget::toggleFormat(int which)
{
    switch (which) {
    case 0:
        m_editor->toggleBold();
        break;
    case 1:
        m_editor->toggleItalic();
        break;
    default:
        m_editor->toggleList();
        break;
    }
    m_editor->setFocus();
}
