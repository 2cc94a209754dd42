#include "SnippetCorpus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QList<SnippetCorpus::Category> SnippetCorpus::categories()
{
    return {{1, "General"}, {2, "Billing"}, {3, "Technical"}};
}

QList<SnippetCorpus::Snippet> SnippetCorpus::snippets()
{
    return {
        {1,
         1,
         0,
         "thanks",
         false,
         {{"en_US", "Thanks for reaching out",
           "<p>Thank you for reaching out to us. We have received your request and will get back to you "
           "shortly.</p>"},
          {"de_DE", "Danke für Ihre Nachricht",
           "<p>Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns in Kürze bei "
           "Ihnen.</p>"},
          {"fr_FR", "Merci pour votre message",
           "<p>Merci de nous avoir contactés. Nous avons bien reçu votre demande et revenons vers vous très "
           "bientôt.</p>"}}},
        {2,
         1,
         0,
         "closing",
         false,
         {{"en_US", "Closing: no reply",
           "<p>As we have not heard back from you, we are closing this ticket. Simply reply to this message "
           "if you still need help.</p>"},
          {"de_DE", "Abschluss: keine Antwort",
           "<p>Da wir nichts mehr von Ihnen gehört haben, schließen wir dieses Ticket. Antworten Sie einfach "
           "auf diese Nachricht, wenn Sie weiterhin Hilfe benötigen.</p>"},
          {"fr_FR", "Clôture : sans réponse",
           "<p>Sans nouvelles de votre part, nous clôturons ce ticket. Il vous suffit de répondre à ce "
           "message si vous avez encore besoin d'aide.</p>"}}},
        {3,
         2,
         0,
         "refund",
         false,
         {{"en_US", "Refund processed",
           "<p>Your refund has been <b>processed</b>. It usually appears on your statement within 5 to 10 "
           "business days.</p>"},
          {"de_DE", "Rückerstattung veranlasst",
           "<p>Ihre Rückerstattung wurde <b>veranlasst</b>. Sie erscheint in der Regel innerhalb von 5 bis "
           "10 Werktagen auf Ihrem Kontoauszug.</p>"},
          {"fr_FR", "Remboursement effectué",
           "<p>Votre remboursement a été <b>effectué</b>. Il apparaît généralement sur votre relevé sous 5 "
           "à 10 jours ouvrés.</p>"}}},
        {4,
         2,
         0,
         "invoice-copy",
         false,
         {{"en_US", "Copy of the invoice",
           "<p>Please find a copy of your invoice in your account under <i>Billing → Invoices</i>.</p>"},
          {"de_DE", "Rechnungskopie",
           "<p>Eine Kopie Ihrer Rechnung finden Sie in Ihrem Konto unter <i>Abrechnung → "
           "Rechnungen</i>.</p>"},
          {"fr_FR", "Copie de la facture",
           "<p>Vous trouverez une copie de votre facture dans votre compte, rubrique <i>Facturation → "
           "Factures</i>.</p>"}}},
        {5,
         3,
         0,
         "password-reset",
         false,
         {{"en_US", "Password reset steps",
           "<p>To reset your password:</p><ol><li>Open the sign-in page.</li><li>Choose <b>Forgot "
           "password</b>.</li><li>Follow the link in the e-mail we send you.</li></ol>"},
          {"de_DE", "Passwort zurücksetzen",
           "<p>So setzen Sie Ihr Passwort zurück:</p><ol><li>Öffnen Sie die Anmeldeseite.</li><li>Wählen Sie "
           "<b>Passwort vergessen</b>.</li><li>Folgen Sie dem Link in der E-Mail, die wir Ihnen "
           "senden.</li></ol>"},
          {"fr_FR", "Réinitialiser le mot de passe",
           "<p>Pour réinitialiser votre mot de passe :</p><ol><li>Ouvrez la page de "
           "connexion.</li><li>Choisissez "
           "<b>Mot de passe oublié</b>.</li><li>Suivez le lien de l'e-mail que nous vous "
           "envoyons.</li></ol>"}}},
        {6,
         3,
         0,
         "logs",
         false,
         {{"en_US", "Please send the logs",
           "<p>Could you send us the log file? You find it under <i>Help → Diagnostics → Save log</i>.</p>"},
          {"de_DE", "Bitte Protokolle senden",
           "<p>Könnten Sie uns die Protokolldatei senden? Sie finden sie unter <i>Hilfe → Diagnose → "
           "Protokoll speichern</i>.</p>"},
          {"fr_FR", "Merci d'envoyer les journaux",
           "<p>Pourriez-vous nous envoyer le fichier journal ? Il se trouve dans <i>Aide → Diagnostic → "
           "Enregistrer le journal</i>.</p>"}}},
        // The first agent's own, and one of theirs still a draft; another agent's own.
        {7,
         1,
         1,
         "my-signature",
         false,
         {{"en_US", "My sign-off", "<p>Kind regards,<br>Your support team</p>"},
          {"de_DE", "Meine Grußformel", "<p>Mit freundlichen Grüßen<br>Ihr Support-Team</p>"},
          {"fr_FR", "Ma formule de politesse", "<p>Cordialement,<br>Votre équipe support</p>"}}},
        {8,
         3,
         1,
         "draft-outage",
         true,
         {{"en_US", "Outage notice (draft)", "<p>We are aware of an outage and are working on it.</p>"}}},
        {9,
         1,
         2,
         "other-agent",
         false,
         {{"en_US", "Another agent's snippet", "<p>Only its author sees this one.</p>"}}},
    };
}

bool SnippetCorpus::seed(QSqlDatabase db, QString *error)
{
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM snippets")) && count.next() &&
        count.value(0).toInt() > 0)
        return true;
    QSqlQuery category(db);
    category.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO snippet_categories (id, title, typename) VALUES (?, ?, 'tickets')"));
    for (const Category &c : categories()) {
        category.bindValue(0, c.id);
        category.bindValue(1, QString::fromUtf8(c.title));
        if (!category.exec()) {
            *error = category.lastError().text();
            return false;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO snippets (id, category, person, shortcut_code, is_draft, texts) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Snippet &snippet : snippets()) {
        QJsonObject texts;
        for (const Text &text : snippet.texts)
            texts.insert(QString::fromLatin1(text.locale),
                         QJsonObject{{QStringLiteral("title"), QString::fromUtf8(text.title)},
                                     {QStringLiteral("content"), QString::fromUtf8(text.content)}});
        insert.bindValue(0, snippet.id);
        insert.bindValue(1, snippet.category);
        insert.bindValue(2, snippet.person > 0 ? QVariant(snippet.person) : QVariant());
        insert.bindValue(3, QString::fromLatin1(snippet.shortcutCode));
        insert.bindValue(4, snippet.isDraft ? 1 : 0);
        insert.bindValue(5, QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}
