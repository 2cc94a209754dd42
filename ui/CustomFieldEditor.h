#pragma once

#include "domain/CustomField.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QToolButton;

// One ticket custom field, editable as its widget type says: a line of text (text, textarea), a
// choice (choice, radio, select), several choices (multichoice, checkbox), a date, or a yes/no
// toggle. It shows the value as Deskpro sends it (ticket.fields["<id>"].value) and says what the
// agent chose, in the form PUT tickets/{id} takes for "fields" (null clears the field).
class CustomFieldEditor : public QWidget
{
    Q_OBJECT

public:
    CustomFieldEditor(const CustomField &field, QWidget *parent = nullptr);
    ~CustomFieldEditor() override;

    const CustomField &field() const { return m_field; }
    // Shows `value` (Deskpro's shape); not while the agent is editing this field.
    void setValue(const QJsonValue &value);
    QJsonValue value() const;
    // The widget that takes the focus (for labels and tests).
    QWidget *input() const;

signals:
    void edited(const QJsonValue &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Text, Choice, Choices, Date, Toggle };
    static Kind kindOf(const QString &widgetType);
    void commit();
    void updateChoicesText();

    CustomField m_field;
    Kind m_kind = Kind::Text;
    QJsonValue m_shown; // what the ticket has, as last shown
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QToolButton *m_choices = nullptr;
    QMenu *m_choicesMenu = nullptr;
    QDateEdit *m_date = nullptr;
    QToolButton *m_clearDate = nullptr;
    bool m_dateFromFocus = false; // "no date" shown as today while the agent is in the field
    bool m_dateEdited = false;
    QCheckBox *m_toggle = nullptr;
};
