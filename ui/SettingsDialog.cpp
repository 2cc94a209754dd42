#include "SettingsDialog.h"

#include "account/Account.h"
#include "i18n/Translations.h"
#include "store/BuiltInQueue.h"
#include "store/QueueWatch.h"
#include "store/Store.h"
#include "store/StoreSettings.h"
#include "store/StoreWriter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(AccountSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());

    QStringList watched = QueueWatch::defaultQueues();
    int retention = StoreSettings::defaultRetentionDays;
    StoreResult<QSqlDatabase> reader =
        session ? session->account().store()->reader() : StoreResult<QSqlDatabase>::failure(QString());
    if (reader) {
        watched = QueueWatch::watchedQueues(reader.value());
        const auto days = StoreSettings(reader.value())
                              .value(StoreSettings::retentionDaysKey(), StoreSettings::defaultRetentionDays);
        if (days)
            retention = days.value().toInt();
    }

    m_queues = new QListWidget(this);
    m_queues->setObjectName(QStringLiteral("watchedQueues"));
    m_queues->setAccessibleName(tr("Queues whose new tickets notify you"));
    for (const BuiltInQueue &queue : BuiltInQueue::all()) {
        auto *item = new QListWidgetItem(queue.displayTitle(), m_queues);
        item->setData(Qt::UserRole, queue.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(watched.contains(queue.name) ? Qt::Checked : Qt::Unchecked);
    }

    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setAccessibleName(tr("Days to keep resolved tickets offline"));
    m_retention->setRange(0, 3650);
    m_retention->setSpecialValueText(tr("Keep all"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retention);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    for (const Language &language : Language::choices())
        m_language->addItem(language.followsSystem() ? tr("As the system") : language.nativeName(),
                            language.code());
    // The choice kept in the settings (deskhand --language overrides it for one run only).
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::stored().code())));
    m_languageBefore = Translations::instance() ? Translations::instance()->language() : Language::stored();
    connect(m_language, &QComboBox::activated, this, &SettingsDialog::chooseLanguage);

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("certificatePin"));
    m_pin->setAccessibleName(tr("Certificate pin of the helpdesk"));
    m_pin->setPlaceholderText(tr("None: the system's trusted certificates decide"));
    m_pin->setToolTip(
        tr("The Base64 SHA-256 of the helpdesk's public key. With a pin, Deskhand only talks to a "
           "helpdesk whose certificate chain holds that key, on top of the usual checks."));
    m_pinBefore = session ? session->account().info().spkiPin : QString();
    m_pin->setText(m_pinBefore);
    fitPinField();

    auto *form = new QFormLayout;
    form->addRow(tr("Notify about new tickets in:"), m_queues);
    form->addRow(tr("Keep resolved tickets offline for:"), m_retention);
    form->addRow(tr("Certificate pin:"), m_pin);
    form->addRow(tr("Language:"), m_language);
    m_queues->setEnabled(session != nullptr);
    m_retention->setEnabled(session != nullptr);
    m_pin->setEnabled(session != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(form);
    m_layout->addWidget(m_error);
    m_layout->addWidget(buttons);
}

void SettingsDialog::fitPinField()
{
    // A whole pin (44 characters) and the text that says there is none, in this language.
    const QFontMetrics metrics = m_pin->fontMetrics();
    const int pin = metrics.horizontalAdvance(QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    const int none = metrics.horizontalAdvance(m_pin->placeholderText());
    m_pin->setMinimumWidth(std::max(pin, none) + 4 * metrics.averageCharWidth());
}

QString SettingsDialog::certificatePin() const
{
    return m_pin->text().trimmed();
}

bool SettingsDialog::certificatePinChanged() const
{
    return certificatePin() != m_pinBefore;
}

void SettingsDialog::showAccounts(const QList<AccountInfo> &accounts, const QString &openId, QAction *add,
                                  QAction *signOut)
{
    auto *box = new QGroupBox(tr("Helpdesk accounts"), this);
    box->setObjectName(QStringLiteral("accounts"));
    m_accountList = new QListWidget(box);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Signed-in helpdesks"));
    for (const AccountInfo &info : accounts) {
        const QString host = info.helpdeskUrl.host();
        auto *item = new QListWidgetItem(info.id == openId ? tr("%1 (%2), open").arg(info.name, host)
                                                           : tr("%1 (%2)").arg(info.name, host),
                                         m_accountList);
        item->setData(Qt::UserRole, info.id);
    }
    // Four rows high (a row's height also when there is no account yet).
    const int row = std::max(m_accountList->sizeHintForRow(0), m_accountList->fontMetrics().height() + 4);
    m_accountList->setMaximumHeight(row * 4 + 2 * m_accountList->frameWidth());
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {add, signOut}) {
        if (!action)
            continue;
        auto *button = new QPushButton(action->text(), box);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setEnabled(action->isEnabled());
        // The action asks its own questions: this dialog closes first, its changes unsaved.
        connect(button, &QPushButton::clicked, this, [this, action = QPointer<QAction>(action)] {
            reject();
            if (action)
                action->trigger();
        });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *inside = new QVBoxLayout(box);
    inside->addWidget(m_accountList);
    inside->addLayout(buttons);
    m_layout->insertWidget(0, box);
}

void SettingsDialog::chooseLanguage(int index)
{
    if (Translations *translations = Translations::instance())
        translations->apply(Language::fromCode(m_language->itemData(index).toString()));
}

void SettingsDialog::reject()
{
    Translations *translations = Translations::instance();
    if (translations && translations->language() != m_languageBefore)
        translations->apply(m_languageBefore);
    QDialog::reject();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    QTimer::singleShot(0, this, &SettingsDialog::fitPinField); // once the placeholder is retranslated
    // The queues' titles are BuiltInQueue's words, not this dialog's: Retranslation leaves them.
    for (int row = 0; row < m_queues->count(); ++row) {
        QListWidgetItem *item = m_queues->item(row);
        if (const BuiltInQueue *queue = BuiltInQueue::find(item->data(Qt::UserRole).toString()))
            item->setText(queue->displayTitle());
    }
}

void SettingsDialog::save()
{
    const QString pin = certificatePin();
    if (!pin.isEmpty()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            // The dialog stays open with everything as the agent left it.
            m_error->setText(tr("The certificate pin must be the Base64 SHA-256 of the helpdesk's public key "
                                "(44 characters, as openssl prints it), or empty for none."));
            m_error->show();
            m_pin->setFocus();
            return;
        }
    }
    m_error->hide();
    Language::fromCode(m_language->currentData().toString()).store();
    if (!m_session) {
        emit saved();
        accept();
        return;
    }
    QStringList watched;
    for (int row = 0; row < m_queues->count(); ++row)
        if (m_queues->item(row)->checkState() == Qt::Checked)
            watched << m_queues->item(row)->data(Qt::UserRole).toString();
    const QString queues = watched.join(QLatin1Char(','));
    const int days = m_retention->value();
    const auto work = [queues, days](QSqlDatabase &db) -> StoreResult<> {
        StoreSettings settings(db);
        if (auto stored = settings.setValue(QueueWatch::settingKey(), queues); !stored)
            return stored;
        return settings.setValue(StoreSettings::retentionDaysKey(), days);
    };
    setEnabled(false);
    QCoro::connect(m_session->account().store()->writer().write(work), this,
                   [this](const StoreResult<> &done) {
                       setEnabled(true);
                       if (!done) {
                           // The dialog stays open: the agent may try again.
                           m_error->setText(tr("The settings could not be saved: %1").arg(done.error()));
                           m_error->show();
                           return;
                       }
                       emit saved();
                       accept();
                   });
}
