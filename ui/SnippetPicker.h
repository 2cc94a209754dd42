#pragma once

#include "domain/Snippet.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

// Chooses a ticket snippet to insert in the composer: the agent types to filter (titles in any
// language, shortcut codes and text, accents and case ignored), moves with Up and Down, and
// inserts with Enter or a double click, in the language chosen (the agent's own by default).
class SnippetPicker : public QDialog
{
    Q_OBJECT

public:
    SnippetPicker(const QList<Snippet> &snippets, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QComboBox *languageBox() const { return m_language; }
    QString language() const; // the locale inserted
    void setLanguage(const QString &locale);

    // Folded for matching: lower case, accents removed ("Résumé" → "resume").
    static QString folded(const QString &text);

signals:
    void chosen(const Snippet::Text &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void choose();

    QList<Snippet> m_snippets;
    bool m_chosen = false; // Enter reaches both the filter and the default button: one insert
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_language = nullptr;
};
