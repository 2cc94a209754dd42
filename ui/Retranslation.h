#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>

class QWidget;
class TextOrigins;
class Translations;

// Switching languages without a restart. After Translations::apply(), every window's texts are
// given again in the new language, generically: the text properties of widgets and actions
// (text, title, window title, tool tip, placeholder, accessible name, …), items of combo boxes,
// item widgets and standard item models, tab texts, header items and the status bar's message.
// Each text is looked up in TextOrigins, which knows the message it was translated from; only a
// message of the widget's own class or one of its parents' counts, so data that reads like a
// label is left alone. Models that compute their texts (data(), headerData()) are repainted.
//
// What a widget builds from state (a rendered conversation, counts, texts from other classes'
// messages, templates of nothing but placeholders and punctuation such as "%1 (%2)") it renders
// again itself in changeEvent(QEvent::LanguageChange), as Qt widgets do: MainWindow,
// StatusArea, ConnectionIndicator, SettingsDialog and AccountController do so.
class Retranslation : public QObject
{
    Q_OBJECT

public:
    explicit Retranslation(Translations &translations, QObject *parent = nullptr);

    // Every top-level window's texts, given again (queued after each language change, behind
    // the LanguageChange events, so that widgets' own changeEvent() has run).
    void retranslateAll();
    static void retranslate(QWidget *window, const TextOrigins &origins, const QLocale &previous);

signals:
    void done(); // after retranslateAll(), for tests

private:
    QPointer<Translations> m_translations;
    bool m_pending = false;
};
