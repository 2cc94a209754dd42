#include "CustomFieldEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTimeZone>
#include <QToolButton>

namespace {

qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    if (value.isObject())
        return qint64(value.toObject().value(QLatin1String("id")).toDouble());
    return 0;
}

QList<qint64> idsOf(const QJsonValue &value)
{
    QList<qint64> ids;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        if (const qint64 id = idOf(item); id > 0)
            ids << id;
    }
    return ids;
}

// Deskpro writes dates as "2025-03-01T00:00:00+0000"; the agent's own change as "2025-03-01".
QDate dateOf(const QJsonValue &value)
{
    if (value.isString())
        return QDate::fromString(value.toString().left(10), Qt::ISODate);
    if (value.isDouble() && value.toDouble() > 0)
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc()).date();
    return {};
}

bool isOn(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == QLatin1String("1") || value.toString() == QLatin1String("true");
    return false;
}

const QDate noDate(1900, 1, 1);

// The locale's order of day, month and year, all in digits and the year in full: typed quickly,
// read unambiguously ("d MMM yyyy" becomes "dd MM yyyy", "M/d/yy" becomes "MM/dd/yyyy").
QString numericDateFormat(QString format)
{
    static const QRegularExpression month(QStringLiteral("M+"));
    static const QRegularExpression day(QStringLiteral("d+"));
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(month, QStringLiteral("MM"));
    format.replace(day, QStringLiteral("dd"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}

} // namespace

CustomFieldEditor::Kind CustomFieldEditor::kindOf(const QString &widgetType)
{
    if (widgetType == QLatin1String("choice") || widgetType == QLatin1String("radio") ||
        widgetType == QLatin1String("select"))
        return Kind::Choice;
    if (widgetType == QLatin1String("multichoice") || widgetType == QLatin1String("checkbox"))
        return Kind::Choices;
    if (widgetType == QLatin1String("date") || widgetType == QLatin1String("datetime"))
        return Kind::Date;
    if (widgetType == QLatin1String("toggle"))
        return Kind::Toggle;
    return Kind::Text;
}

CustomFieldEditor::~CustomFieldEditor()
{
    // As the child widgets go, the one with the focus loses it and says its edit finished; that
    // must not reach commit() of an object already destroyed down to QWidget (UBSan caught it), nor
    // queue a change while the panel closes.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

CustomFieldEditor::CustomFieldEditor(const CustomField &field, QWidget *parent)
    : QWidget(parent), m_field(field), m_kind(kindOf(field.widgetType))
{
    setObjectName(QStringLiteral("customField%1").arg(field.id));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *input = nullptr;
    switch (m_kind) {
    case Kind::Text:
        m_text = new QLineEdit(this);
        m_text->setPlaceholderText(tr("Empty"));
        connect(m_text, &QLineEdit::editingFinished, this, &CustomFieldEditor::commit);
        input = m_text;
        break;
    case Kind::Choice:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("(none)"), qint64(0));
        for (const auto &[id, title] : field.choices)
            m_choice->addItem(title, id);
        // activated: only what the agent chose, never the panel showing a ticket.
        connect(m_choice, &QComboBox::activated, this, &CustomFieldEditor::commit);
        input = m_choice;
        break;
    case Kind::Choices:
        m_choices = new QToolButton(this);
        m_choices->setPopupMode(QToolButton::InstantPopup);
        m_choices->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_choices->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_choicesMenu = new QMenu(m_choices);
        for (const auto &[id, title] : field.choices) {
            QAction *choice = m_choicesMenu->addAction(title);
            choice->setCheckable(true);
            choice->setData(id);
            connect(choice, &QAction::triggered, this, &CustomFieldEditor::commit);
        }
        m_choices->setMenu(m_choicesMenu);
        input = m_choices;
        break;
    case Kind::Date:
        m_date = new QDateEdit(this);
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(noDate);
        m_date->setSpecialValueText(tr("No date"));
        m_date->setDisplayFormat(numericDateFormat(QLocale().dateFormat(QLocale::ShortFormat)));
        m_date->setDate(noDate);
        m_date->setKeyboardTracking(false);
        m_date->installEventFilter(this);
        connect(m_date, &QDateEdit::editingFinished, this, &CustomFieldEditor::commit);
        connect(m_date, &QDateEdit::dateChanged, this, [this] {
            m_dateEdited = true;
            if (!m_date->hasFocus()) // chosen in the calendar
                commit();
        });
        m_clearDate = new QToolButton(this);
        m_clearDate->setObjectName(objectName() + QStringLiteral("Clear"));
        m_clearDate->setText(tr("Clear"));
        m_clearDate->setAccessibleName(tr("Clear %1").arg(field.title));
        connect(m_clearDate, &QToolButton::clicked, this, [this] {
            {
                const QSignalBlocker quiet(m_date);
                m_date->setDate(noDate);
            }
            m_dateFromFocus = false;
            commit();
        });
        input = m_date;
        break;
    case Kind::Toggle:
        m_toggle = new QCheckBox(tr("Yes"), this);
        connect(m_toggle, &QCheckBox::clicked, this, &CustomFieldEditor::commit);
        input = m_toggle;
        break;
    }
    input->setObjectName(objectName() + QStringLiteral("Input"));
    input->setAccessibleName(field.title);
    layout->addWidget(input);
    if (m_kind == Kind::Toggle)
        layout->addStretch(); // the box as wide as its text: a click beside it is not a click on it
    if (m_clearDate)
        layout->addWidget(m_clearDate);
    setFocusProxy(input);
    updateChoicesText();
}

QWidget *CustomFieldEditor::input() const
{
    return focusProxy();
}

void CustomFieldEditor::setValue(const QJsonValue &value)
{
    m_shown = value;
    if (input()->hasFocus() && m_kind == Kind::Text)
        return; // the agent is typing here
    switch (m_kind) {
    case Kind::Text:
        m_text->setText(value.isString()   ? value.toString()
                        : value.isDouble() ? QString::number(value.toDouble())
                                           : QString());
        break;
    case Kind::Choice: {
        const QSignalBlocker quiet(m_choice);
        const int index = m_choice->findData(idOf(value));
        m_choice->setCurrentIndex(std::max(0, index));
        break;
    }
    case Kind::Choices: {
        const QList<qint64> ids = idsOf(value);
        for (QAction *choice : m_choicesMenu->actions())
            choice->setChecked(ids.contains(choice->data().toLongLong()));
        updateChoicesText();
        break;
    }
    case Kind::Date: {
        if (m_date->hasFocus())
            break; // the agent is choosing a date
        const QSignalBlocker quiet(m_date);
        const QDate date = dateOf(value);
        m_date->setDate(date.isValid() ? date : noDate);
        m_dateFromFocus = false;
        break;
    }
    case Kind::Toggle:
        m_toggle->setChecked(isOn(value));
        break;
    }
}

QJsonValue CustomFieldEditor::value() const
{
    switch (m_kind) {
    case Kind::Text: {
        const QString text = m_text->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case Kind::Choice: {
        const qint64 id = m_choice->currentData().toLongLong();
        return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
    }
    case Kind::Choices: {
        QJsonArray ids;
        for (QAction *choice : m_choicesMenu->actions()) {
            if (choice->isChecked())
                ids.append(choice->data().toLongLong());
        }
        return ids.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ids);
    }
    case Kind::Date: {
        const QDate date = m_date->date();
        return date == noDate || !date.isValid() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(date.toString(Qt::ISODate));
    }
    case Kind::Toggle:
        return m_toggle->isChecked();
    }
    return QJsonValue::Null;
}

bool CustomFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // "No date" cannot be typed over section by section: while the agent is in the field it shows
    // today to start from, and goes back to "no date" when they leave without changing it.
    if (watched == m_date && event->type() == QEvent::FocusIn && m_date->date() == noDate) {
        const QSignalBlocker quiet(m_date);
        m_date->setDate(QDate::currentDate());
        m_dateFromFocus = true;
        m_dateEdited = false;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomFieldEditor::commit()
{
    if (m_kind == Kind::Date && m_dateFromFocus) {
        if (!m_dateEdited) {
            if (!m_date->hasFocus()) {
                const QSignalBlocker quiet(m_date);
                m_date->setDate(noDate);
                m_dateFromFocus = false;
            }
            return;
        }
        m_dateFromFocus = false;
    }
    updateChoicesText();
    const QJsonValue chosen = value();
    // Unchanged (in Deskpro's terms) is not a change: no outbox item.
    bool same = false;
    switch (m_kind) {
    case Kind::Text:
        same = chosen.toString() == (m_shown.isString() ? m_shown.toString() : QString());
        break;
    case Kind::Choice:
        same = idOf(chosen) == idOf(m_shown);
        break;
    case Kind::Choices:
        same = idsOf(chosen) == idsOf(m_shown);
        break;
    case Kind::Date:
        same = dateOf(chosen) == dateOf(m_shown);
        break;
    case Kind::Toggle:
        same = chosen.toBool() == isOn(m_shown);
        break;
    }
    if (same)
        return;
    m_shown = chosen; // asked for once, whichever signal comes next (Return, then focus out)
    emit edited(chosen);
}

void CustomFieldEditor::updateChoicesText()
{
    if (!m_choices)
        return;
    QStringList titles;
    for (QAction *choice : m_choicesMenu->actions()) {
        if (choice->isChecked())
            titles << choice->text();
    }
    m_choices->setText(titles.isEmpty() ? tr("(none)") : titles.join(QStringLiteral(", ")));
}
