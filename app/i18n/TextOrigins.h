#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <optional>

// The one translator Translations installs. It asks the catalogues it is given (Deskhand's, then
// Qt's), in order, and remembers for every text they answered (or the source, when none had the
// message) which message it came from: context, source, disambiguation, plural count. Texts that
// are already on screen can then be given again in another language (ui/Retranslation) without
// every widget keeping its own list of what it once translated.
//
// Texts are remembered as the catalogue gave them, before .arg() and %n filled them: a template
// such as "Ticket %1 is not on this computer" matches the text shown with its value in it, and
// the value is kept in the new language's text.
class TextOrigins : public QTranslator
{
    Q_OBJECT

public:
    struct Origin
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
        int n = -1;
    };

    explicit TextOrigins(QObject *parent = nullptr);
    ~TextOrigins() override;

    // The catalogues to ask, in order; they must outlive their use (Translations swaps them
    // while this translator is not installed).
    void setCatalogues(const QList<const QTranslator *> &catalogues);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // `text` in the current language, when a message of one of `contexts` produced it: the
    // message earliest in `contexts` wins (a button's own class first, then its window's), and
    // a message of any other context is no match, so that a customer's data that happens to read
    // like a label ("Pending") is left alone. `previous` is the locale numbers (%L1, %Ln) were
    // written in. nullopt when no such message produced it, or when the current catalogues did
    // (the text is new already: a widget wrote it again, or a window was seen twice).
    std::optional<QString> retranslated(const QString &text, const QStringList &contexts,
                                        const QLocale &previous) const;

    // How many texts are remembered (for tests).
    int size() const;

private:
    struct Template;
    struct Exact
    {
        QList<Origin> origins;
        int generation = 0;
    };
    struct Found
    {
        Origin origin;
        bool current = false;  // the text is already the current catalogues' answer
        QStringList arguments; // by placeholder number: arguments[k] is %k (or %Lk)
        QList<bool> localized; // was %Lk
        int n = -1;
        bool hasN = false;
    };

    void remember(const QString &text, const char *context, const char *sourceText,
                  const char *disambiguation, int n) const;
    std::optional<Found> find(const QString &text, const QStringList &contexts,
                              const QLocale &previous) const;

    QList<const QTranslator *> m_catalogues;
    mutable QMutex m_mutex;
    int m_generation = 0;                  // one per setCatalogues(): texts of the current one need nothing
    mutable QHash<QString, Exact> m_exact; // texts without placeholders
    mutable QHash<QString, std::shared_ptr<Template>> m_templates; // texts with %1, %L1, %n, %Ln
};
