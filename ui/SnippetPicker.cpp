#include "SnippetPicker.h"

#include "content/HtmlSanitizer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString languageName(const QString &locale)
{
    const QLocale language(locale);
    const QString name = language.nativeLanguageName();
    return name.isEmpty() ? locale : name.left(1).toUpper() + name.mid(1);
}

} // namespace

SnippetPicker::SnippetPicker(const QList<Snippet> &snippets, QWidget *parent)
    : QDialog(parent), m_snippets(snippets)
{
    setObjectName(QStringLiteral("snippetPicker"));
    setWindowTitle(tr("Insert Snippet"));
    setAccessibleName(tr("Insert a snippet"));
    resize(460, 420);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("snippetFilter"));
    m_filter->setAccessibleName(tr("Filter snippets"));
    m_filter->setPlaceholderText(tr("Type to filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &SnippetPicker::fill);
    connect(m_filter, &QLineEdit::returnPressed, this, &SnippetPicker::choose);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("snippetList"));
    m_list->setAccessibleName(tr("Snippets"));
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemActivated, this, &SnippetPicker::choose);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("snippetLanguage"));
    m_language->setAccessibleName(tr("Language to insert"));
    QStringList locales;
    for (const Snippet &snippet : snippets) {
        for (const Snippet::Text &text : snippet.texts) {
            if (!locales.contains(text.locale))
                locales << text.locale;
        }
    }
    std::sort(locales.begin(), locales.end());
    for (const QString &locale : std::as_const(locales))
        m_language->addItem(languageName(locale), locale);
    setLanguage(QLocale().name());
    connect(m_language, &QComboBox::currentIndexChanged, this, &SnippetPicker::fill);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *insert = buttons->addButton(tr("Insert"), QDialogButtonBox::AcceptRole);
    insert->setObjectName(QStringLiteral("snippetInsert"));
    insert->setAccessibleName(tr("Insert the snippet"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SnippetPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(languageRow);
    layout->addWidget(buttons);
    fill();
    m_filter->setFocus();
}

QString SnippetPicker::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString SnippetPicker::language() const
{
    return m_language->currentData().toString();
}

void SnippetPicker::setLanguage(const QString &locale)
{
    int index = m_language->findData(locale);
    const QString language = locale.section(QLatin1Char('_'), 0, 0);
    for (int i = 0; index < 0 && i < m_language->count(); ++i) {
        if (m_language->itemData(i).toString().section(QLatin1Char('_'), 0, 0) == language)
            index = i;
    }
    for (int i = 0; index < 0 && i < m_language->count(); ++i) {
        if (m_language->itemData(i).toString().startsWith(QLatin1String("en")))
            index = i;
    }
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void SnippetPicker::fill()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QStringList words = folded(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (const Snippet &snippet : std::as_const(m_snippets)) {
        QString haystack = snippet.shortcutCode + QLatin1Char(' ') + snippet.title;
        for (const Snippet::Text &text : snippet.texts)
            haystack +=
                QLatin1Char(' ') + text.title + QLatin1Char(' ') + HtmlSanitizer::toPlainText(text.html);
        haystack = folded(haystack);
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
            return haystack.contains(word);
        });
        if (!matches)
            continue;
        const Snippet::Text text = snippet.text(language());
        auto *item = new QListWidgetItem(
            snippet.shortcutCode.isEmpty() ? text.title : tr("%1 — %2").arg(text.title, snippet.shortcutCode),
            m_list);
        item->setData(Qt::UserRole, snippet.id);
        item->setToolTip(HtmlSanitizer::toPlainText(text.html).left(400));
        if (snippet.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SnippetPicker::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || m_chosen)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Snippet &snippet : std::as_const(m_snippets)) {
        if (snippet.id == id) {
            m_chosen = true;
            emit chosen(snippet.text(language()));
            accept();
            return;
        }
    }
}

bool SnippetPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the list while the agent keeps typing in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            m_list->setFocus();
            QKeyEvent copy(QEvent::KeyPress, key, static_cast<QKeyEvent *>(event)->modifiers());
            QCoreApplication::sendEvent(m_list, &copy);
            m_filter->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
