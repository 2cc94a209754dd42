#pragma once

#include "SeedRandom.h"

#include <QString>
#include <QStringList>

// The words the seeded helpdesk is made of: names, organisations and ticket conversations in
// English, German and French, written the way customers and agents actually write, with the
// accents (résumé, Rechnung, Überweisung, réclamation) that search tests need.
class SeedCorpus
{
public:
    // Deskpro language ids as the seeded helpdesk numbers them.
    enum Language { English = 1, German = 2, French = 3 };

    static int topicCount();
    static int topicDepartment(int topic);
    static int topicTeam(int topic);
    static bool topicHasOrderNumber(int topic);
    static QStringList topicLabels(int topic);

    static QString subject(int topic, int language, SeedRandom &rng);
    // The customer's first message: greeting, problem, signature. `core` receives the problem
    // sentence as plain text, for later quotes.
    static QString opening(int topic, int language, const QString &customerName, const QString &company,
                           SeedRandom &rng, QString *core = nullptr);
    // An agent's public reply quoting the message it answers.
    static QString agentReply(int topic, int language, const QString &customerFirstName,
                              const QString &agentName, const QString &quotedText, bool closing,
                              SeedRandom &rng, QString *core = nullptr);
    // A short agent reply that fits any ticket: used by the living helpdesk.
    static QString genericAgentReply(int language, const QString &customerFirstName, const QString &agentName,
                                     SeedRandom &rng);
    // A customer's follow-up quoting the agent's last reply.
    static QString customerFollowUp(int language, const QString &customerName, const QString &quotedText,
                                    SeedRandom &rng, QString *core = nullptr);
    // An internal note between agents (written in English or the agent's language).
    static QString note(int language, SeedRandom &rng);
    // Markup real mail carries and a client must neutralise: tracking pixels, scripts, file: and
    // UNC links, CSS url(), iframes, forms, javascript: links.
    static QString hostileSnippet(SeedRandom &rng);

    static QStringList firstNames(int language);
    static QStringList lastNames(int language);
    static QStringList organizations(int language);
    static QString freeMailDomain(int language);
    static QStringList labelPool();

    // "Jürgen Schäfer" -> "juergen.schaefer": for e-mail addresses and domains.
    static QString asciiFold(const QString &text);
    // The visible text of a small HTML fragment, for quotes and previews.
    static QString plainText(const QString &html);
};
