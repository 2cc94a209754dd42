#include "SettingsDialog.h"

#include "account/Account.h"
#include "i18n/Translations.h"
#include "store/BuiltInQueue.h"
#include "store/QueueWatch.h"
#include "store/Store.h"
#include "store/StoreSettings.h"
#include "store/StoreWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
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

    auto *form = new QFormLayout;
    form->addRow(tr("Notify about new tickets in:"), m_queues);
    form->addRow(tr("Keep resolved tickets offline for:"), m_retention);
    form->addRow(tr("Language:"), m_language);
    m_queues->setEnabled(session != nullptr);
    m_retention->setEnabled(session != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
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
    // The queues' titles are BuiltInQueue's words, not this dialog's: Retranslation leaves them.
    for (int row = 0; row < m_queues->count(); ++row) {
        QListWidgetItem *item = m_queues->item(row);
        if (const BuiltInQueue *queue = BuiltInQueue::find(item->data(Qt::UserRole).toString()))
            item->setText(queue->displayTitle());
    }
}

void SettingsDialog::save()
{
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
