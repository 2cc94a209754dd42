<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Account</name>
    <message>
        <source>The credentials for %1 are not in the keychain any more: sign in again.</source>
        <translation>Die Zugangsdaten für %1 sind nicht mehr im Schlüsselbund: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This sign-in is %1&apos;s, but the account “%2” belongs to %3. Sign in as %3, or add %1 as another account.</source>
        <translation>Diese Anmeldung gehört zu %1, aber das Konto „%2“ gehört zu %3. Melden Sie sich als %3 an, oder fügen Sie %1 als weiteres Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Add a Helpdesk…</source>
        <translation>Helpdesk &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>The outbox of %1 still holds %n item(s) that were not sent.</source>
        <translation>
            <numerusform>Im Postausgang von %1 liegt noch %n Eintrag, der nicht gesendet wurde.</numerusform>
            <numerusform>Im Postausgang von %1 liegen noch %n Einträge, die nicht gesendet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s tickets, drafts and outbox from this computer. Export the unsent items to a file you keep, or discard them.</source>
        <translation>Beim Abmelden werden die Tickets, die Entwürfe und der Postausgang dieses Kontos von diesem Computer entfernt. Exportieren Sie die nicht gesendeten Einträge in eine Datei, die Sie aufbewahren, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Export and Sign Out…</source>
        <translation>&amp;Exportieren und abmelden…</translation>
    </message>
    <message>
        <source>&amp;Discard and Sign Out</source>
        <translation>&amp;Verwerfen und abmelden</translation>
    </message>
    <message>
        <source>Export Unsent Items</source>
        <translation>Nicht gesendete Einträge exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>This account&apos;s tickets, drafts and attachments are removed from this computer, and its credentials from the keychain.</source>
        <translation>Die Tickets, Entwürfe und Anhänge dieses Kontos werden von diesem Computer entfernt und seine Zugangsdaten aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Abmeldung von %1…</translation>
    </message>
    <message>
        <source>%1 no longer has a certificate pin.</source>
        <translation>%1 hat keinen Zertifikats-Pin mehr.</translation>
    </message>
    <message>
        <source>%1 now only accepts the pinned key.</source>
        <translation>%1 akzeptiert jetzt nur noch den gepinnten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>There is no account named “%1”; see “deskhand-cli accounts”.</source>
        <translation>Es gibt kein Konto namens „%1“; siehe „deskhand-cli accounts“.</translation>
    </message>
    <message>
        <source>No helpdesk account yet: add one with “deskhand-cli account add”.</source>
        <translation>Noch kein Helpdesk-Konto: Fügen Sie eines mit „deskhand-cli account add“ hinzu.</translation>
    </message>
    <message>
        <source>There are %1 accounts: pick one with --account NAME.</source>
        <translation>Es gibt %1 Konten: Wählen Sie eines mit --account NAME aus.</translation>
    </message>
    <message>
        <source>Could not create Deskhand&apos;s folder %1.</source>
        <translation>Der Deskhand-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Deskhand is changing the account list; try again.</source>
        <translation>Eine andere Deskhand-Instanz ändert gerade die Kontenliste; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The helpdesk wants you to sign in again; your work stays in the outbox.</source>
        <translation>Der Helpdesk verlangt eine erneute Anmeldung; Ihre Arbeit bleibt im Postausgang.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Helpdesk account</source>
        <translation>Helpdesk-Konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, angemeldet als %2</translation>
    </message>
    <message>
        <source>Add a helpdesk…</source>
        <translation>Helpdesk hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ApiTokenSignIn</name>
    <message>
        <source>This is not a device link. It looks like https://yourcompany.deskpro.com/api/v2/api_tokens/device_setup/…; copy it again from Preferences in the helpdesk&apos;s agent interface.</source>
        <translation>Dies ist kein Gerätelink. Ein Gerätelink sieht so aus: https://yourcompany.deskpro.com/api/v2/api_tokens/device_setup/…; kopieren Sie ihn erneut aus den Einstellungen in der Agentenoberfläche des Helpdesks.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open the helpdesk&apos;s agent interface with.</source>
        <translation>%1 hat geantwortet, aber nicht so, wie ein Deskpro-Helpdesk antwortet. Prüfen Sie die Adresse: Es ist die, mit der Sie die Agentenoberfläche des Helpdesks öffnen.</translation>
    </message>
    <message>
        <source>%1 did not accept this e-mail address and password. Check them; if you sign in to the helpdesk through single sign-on, use that instead.</source>
        <translation>%1 hat diese E-Mail-Adresse und dieses Passwort nicht akzeptiert. Prüfen Sie beides; wenn Sie sich beim Helpdesk per Single Sign-On anmelden, verwenden Sie stattdessen diesen Weg.</translation>
    </message>
    <message>
        <source>This device link is for %1, not for %2.</source>
        <translation>Dieser Gerätelink gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>This device link was used already or has expired; each link works once. Make a new one in Preferences in the helpdesk&apos;s agent interface.</source>
        <translation>Dieser Gerätelink wurde bereits verwendet oder ist abgelaufen; jeder Link funktioniert nur einmal. Erstellen Sie einen neuen in den Einstellungen der Agentenoberfläche des Helpdesks.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was redeeming the device link, which works only once. Make a new link and try again.</source>
        <translation>Die Verbindung zu %1 ist beim Einlösen des Gerätelinks abgebrochen, der nur einmal funktioniert. Erstellen Sie einen neuen Link und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AttachmentCopies</name>
    <message>
        <source>No private folder could be made for opened attachments: %1</source>
        <translation>Für geöffnete Anhänge konnte kein privater Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>No private folder could be made for opened attachments.</source>
        <translation>Für geöffnete Anhänge konnte kein privater Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The attachment could not be copied for opening.</source>
        <translation>Der Anhang konnte zum Öffnen nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The attachment could not be copied for opening: %1</source>
        <translation>Der Anhang konnte zum Öffnen nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1: %2</source>
        <translation>Der Anhang konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentDownload</name>
    <message>
        <source>This attachment is no longer on this computer.</source>
        <translation>Dieser Anhang ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>The helpdesk gave no address to download this attachment from.</source>
        <translation>Der Helpdesk hat keine Adresse angegeben, von der dieser Anhang heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Der Anhang konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ist größer als %2 MB und wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>eingefuegtes-bild-%1.png</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttachmentVault</name>
    <message>
        <source>No random numbers are available to protect the attachment.</source>
        <translation>Es sind keine Zufallszahlen verfügbar, um den Anhang zu schützen.</translation>
    </message>
    <message>
        <source>The attachment could not be encrypted.</source>
        <translation>Der Anhang konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>Der Ordner für Anhänge %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>Der Anhang konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The attachment could not be written to disk.</source>
        <translation>Der Anhang konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is not known.</source>
        <translation>Die lokale Kopie des Anhangs ist unbekannt.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is missing: download it again.</source>
        <translation>Die lokale Kopie des Anhangs fehlt: Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is damaged: download it again.</source>
        <translation>Die lokale Kopie des Anhangs ist beschädigt: Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy was changed or damaged and was not used: download it again.</source>
        <translation>Die lokale Kopie des Anhangs wurde verändert oder beschädigt und daher nicht verwendet: Laden Sie ihn erneut herunter.</translation>
    </message>
</context>
<context>
    <name>BuiltInQueue</name>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Awaiting agent</source>
        <translation>Wartet auf Agent</translation>
    </message>
    <message>
        <source>Awaiting user</source>
        <translation>Wartet auf Benutzer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Alle offenen Tickets</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>Alle synchronisierten Tickets</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Tickets</source>
        <translation>
            <numerusform>%n Ticket ändern</numerusform>
            <numerusform>%n Tickets ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Labels to add, separated by commas</source>
        <translation>Hinzuzufügende Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add &amp;labels:</source>
        <translation>&amp;Labels hinzufügen:</translation>
    </message>
    <message>
        <source>Labels to remove, separated by commas</source>
        <translation>Zu entfernende Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Remove labels:</source>
        <translation>Labels ent&amp;fernen:</translation>
    </message>
    <message>
        <source>Each change goes through the outbox, one ticket at a time. Fields left “(unchanged)” stay as they are.</source>
        <translation>Jede Änderung läuft über den Postausgang, ein Ticket nach dem anderen. Felder, die auf „(unverändert)“ stehen bleiben, werden nicht geändert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The account to use, by name, host or id.</source>
        <translation>Das zu verwendende Konto, nach Name, Host oder ID.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address (account add).</source>
        <translation>Die Adresse des Helpdesks (account add).</translation>
    </message>
    <message>
        <source>Read the API key from &lt;file&gt;, or from stdin with -.</source>
        <translation>Den API-Schlüssel aus &lt;file&gt; lesen, oder mit - von stdin.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address and a password (account add).</source>
        <translation>Mit dieser E-Mail-Adresse und einem Passwort anmelden (account add).</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;, or from stdin with -.</source>
        <translation>Das Passwort aus &lt;file&gt; lesen, oder mit - von stdin.</translation>
    </message>
    <message>
        <source>Sign in with a device link read from &lt;file&gt;, or from stdin with - (account add).</source>
        <translation>Mit einem Gerätelink aus &lt;file&gt; anmelden, oder mit - von stdin (account add).</translation>
    </message>
    <message>
        <source>With --sso: the authorization server&apos;s issuer, when it is not the helpdesk (RFC 8414).</source>
        <translation>Mit --sso: der Aussteller (Issuer) des Autorisierungsservers, falls das nicht der Helpdesk ist (RFC 8414).</translation>
    </message>
    <message>
        <source>Write the unsent outbox items to &lt;file&gt; as JSON (account remove).</source>
        <translation>Die nicht gesendeten Einträge des Postausgangs als JSON in &lt;file&gt; schreiben (account remove).</translation>
    </message>
    <message>
        <source>Sign out even though the outbox holds unsent items.</source>
        <translation>Abmelden, obwohl der Postausgang nicht gesendete Einträge enthält.</translation>
    </message>
    <message>
        <source>Sign in through the helpdesk&apos;s single sign-on in a browser (account add).</source>
        <translation>Über das Single Sign-On des Helpdesks in einem Browser anmelden (account add).</translation>
    </message>
    <message>
        <source>The OAuth client id for --sso (default: deskhand).</source>
        <translation>Die OAuth-Client-ID für --sso (Standard: deskhand).</translation>
    </message>
    <message>
        <source>With --sso: print the sign-in address instead of opening a browser.</source>
        <translation>Mit --sso: die Anmeldeadresse ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the sign-in in the browser, in seconds (default: 300).</source>
        <translation>Mit --sso: wie lange auf die Anmeldung im Browser gewartet wird, in Sekunden (Standard: 300).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; for this account.</source>
        <translation>Zusätzlich den CA-Zertifikaten in &lt;pem&gt; für dieses Konto vertrauen.</translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation>Der Name für das Konto.</translation>
    </message>
    <message>
        <source>The queue to list or sync (see “queues”).</source>
        <translation>Die Warteschlange, die aufgelistet oder synchronisiert wird (siehe „queues“).</translation>
    </message>
    <message>
        <source>Read the message from &lt;file&gt;, or from stdin with -.</source>
        <translation>Die Nachricht aus &lt;file&gt; lesen, oder mit - von stdin.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address (new).</source>
        <translation>Die E-Mail-Adresse des Kunden (new).</translation>
    </message>
    <message>
        <source>The new ticket&apos;s subject.</source>
        <translation>Der Betreff des neuen Tickets.</translation>
    </message>
    <message>
        <source>The new ticket&apos;s department, by id or title.</source>
        <translation>Die Abteilung des neuen Tickets, nach ID oder Titel.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; tickets (list, search).</source>
        <translation>Höchstens &lt;n&gt; Tickets anzeigen (list, search).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Confirm what cannot be undone (wipe).</source>
        <translation>Bestätigen, was sich nicht rückgängig machen lässt (wipe).</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Was zu tun ist; siehe die Liste oben.</translation>
    </message>
    <message>
        <source>Work a Deskpro helpdesk from the terminal, with the same account, encrypted store and keychain as the Deskhand application.

Commands:
  account add --url URL --api-key-file FILE|-   sign in with an API key (never on the command line)
  account add --url URL --sso [--client-id ID] [--issuer URL] [--no-browser]
                                                sign in through single sign-on in a browser
  account add --url URL --email ADDRESS --password-file FILE|-
                                                sign in with e-mail and password (not stored)
  account add --device-link-file FILE|-         sign in with a device link (Preferences in the
                                                agent interface; works once)
  account sign-in NAME [--sso | --email ADDRESS --password-file FILE|- | --device-link-file FILE|-]
                                                sign an account in again; its outbox and drafts stay
  account remove NAME [--export FILE | --discard-outbox]
                                                sign out: revoke what can be revoked, then wipe
  accounts                                      the signed-in helpdesks
  sync [--queue Q]                              bring the store up to date
  queues                                        the queues with their counts
  list [--queue Q] [--json]                     tickets of a queue (default: mine)
  show ID|REF [--json]                          a ticket with its conversation
  reply ID --file F|-                           reply to the customer (HTML or plain text)
  note ID --file F|-                            add an internal note
  set ID status=… agent=… team=… department=… priority=… urgency=… labels=a,b
  new --person EMAIL --subject TEXT --file F|- [--department D]
  search TEXT [--json]                          search the store; works offline
  outbox [--json] | outbox send                 what is waiting to be sent; send it now
  journal export                                the record of your actions, as JSON
  wipe --yes                                    remove this account&apos;s data and keychain items

Exit codes:
  0  done
  1  other error
  2  usage error
  3  queued offline: will be sent when the helpdesk is reachable
  4  credentials needed, or the keychain is unavailable
  5  conflict held for the agent to decide

DESKHAND_HOME, when set, is where accounts and their stores live.</source>
        <translation>Einen Deskpro-Helpdesk vom Terminal aus bedienen, mit demselben Konto, demselben verschlüsselten Speicher und demselben Schlüsselbund wie die Deskhand-Anwendung.

Befehle:
  account add --url URL --api-key-file FILE|-   mit einem API-Schlüssel anmelden (nie auf der
                                                Befehlszeile)
  account add --url URL --sso [--client-id ID] [--issuer URL] [--no-browser]
                                                per Single Sign-On in einem Browser anmelden
  account add --url URL --email ADDRESS --password-file FILE|-
                                                mit E-Mail und Passwort anmelden (wird nicht
                                                gespeichert)
  account add --device-link-file FILE|-         mit einem Gerätelink anmelden (Einstellungen in der
                                                Agentenoberfläche; funktioniert einmal)
  account sign-in NAME [--sso | --email ADDRESS --password-file FILE|- | --device-link-file FILE|-]
                                                ein Konto erneut anmelden; Postausgang und Entwürfe
                                                bleiben erhalten
  account remove NAME [--export FILE | --discard-outbox]
                                                abmelden: widerrufen, was sich widerrufen lässt,
                                                dann alles löschen
  accounts                                      die angemeldeten Helpdesks
  sync [--queue Q]                              den lokalen Speicher aktualisieren
  queues                                        die Warteschlangen mit ihrer Ticketanzahl
  list [--queue Q] [--json]                     Tickets einer Warteschlange (Standard: meine)
  show ID|REF [--json]                          ein Ticket mit seinem Verlauf
  reply ID --file F|-                           dem Kunden antworten (HTML oder reiner Text)
  note ID --file F|-                            eine interne Notiz hinzufügen
  set ID status=… agent=… team=… department=… priority=… urgency=… labels=a,b
  new --person EMAIL --subject TEXT --file F|- [--department D]
  search TEXT [--json]                          den lokalen Speicher durchsuchen; funktioniert
                                                offline
  outbox [--json] | outbox send                 was auf den Versand wartet; jetzt senden
  journal export                                das Protokoll Ihrer Aktionen, als JSON
  wipe --yes                                    die Daten und Schlüsselbund-Einträge dieses Kontos
                                                entfernen

Exit-Codes:
  0  erledigt
  1  anderer Fehler
  2  Aufruffehler
  3  offline eingereiht: wird gesendet, sobald der Helpdesk erreichbar ist
  4  Zugangsdaten erforderlich, oder der Schlüsselbund ist nicht verfügbar
  5  Konflikt, zur Entscheidung durch den Agenten zurückgehalten

DESKHAND_HOME legt, wenn gesetzt, fest, wo die Konten und ihre lokalen Speicher liegen.</translation>
    </message>
    <message>
        <source>See deskhand-cli --help.</source>
        <translation>Siehe deskhand-cli --help.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>account remove needs the account&apos;s name (see “accounts”).</source>
        <translation>account remove braucht den Namen des Kontos (siehe „accounts“).</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>account sign-in needs the account&apos;s name (see “accounts”).</source>
        <translation>account sign-in braucht den Namen des Kontos (siehe „accounts“).</translation>
    </message>
    <message>
        <source>“account” takes “add”, “sign-in” or “remove”.</source>
        <translation>„account“ erwartet „add“, „sign-in“ oder „remove“.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>account add needs a way to sign in: --sso, --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin). Keys, passwords and links are never taken from the command line, where other users could read them.</source>
        <translation>account add braucht eine Anmeldemethode: --sso, --api-key-file FILE, --email ADDRESS mit --password-file FILE oder --device-link-file FILE (- liest von stdin). Schlüssel, Passwörter und Links werden nie von der Befehlszeile übernommen, wo andere Benutzer sie lesen könnten.</translation>
    </message>
    <message>
        <source>account add takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation>account add erwartet genau eine Anmeldemethode: --sso, --api-key-file, --email mit --password-file oder --device-link-file.</translation>
    </message>
    <message>
        <source>--client-id, --issuer, --no-browser and --sso-timeout go with --sso.</source>
        <translation>--client-id, --issuer, --no-browser und --sso-timeout gehören zu --sso.</translation>
    </message>
    <message>
        <source>--sso-timeout needs a number of seconds.</source>
        <translation>--sso-timeout braucht eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--email and --password-file go together.</source>
        <translation>--email und --password-file gehören zusammen.</translation>
    </message>
    <message>
        <source>--client-id needs a value.</source>
        <translation>--client-id braucht einen Wert.</translation>
    </message>
    <message>
        <source>The device link is for %1, not for the helpdesk given with --url.</source>
        <translation>Der Gerätelink gilt für %1, nicht für den mit --url angegebenen Helpdesk.</translation>
    </message>
    <message>
        <source>account add needs --url.</source>
        <translation>account add braucht --url.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already; choose another with --name.</source>
        <translation>Ein Konto namens „%1“ gibt es bereits; wählen Sie mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Could not copy %1 into Deskhand&apos;s folder.</source>
        <translation>%1 konnte nicht in den Deskhand-Ordner kopiert werden.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (account “%3”).</source>
        <translation>Bei %1 als %2 angemeldet (Konto „%3“).</translation>
    </message>
    <message>
        <source>The API key file must hold one key, like 12:ABCDEFGHIJ.</source>
        <translation>Die API-Schlüsseldatei muss genau einen Schlüssel enthalten, etwa 12:ABCDEFGHIJ.</translation>
    </message>
    <message>
        <source>The password file must hold the password on one line.</source>
        <translation>Die Passwortdatei muss das Passwort in einer Zeile enthalten.</translation>
    </message>
    <message>
        <source>account sign-in takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation>account sign-in erwartet genau eine Anmeldemethode: --sso, --api-key-file, --email mit --password-file oder --device-link-file.</translation>
    </message>
    <message>
        <source>account sign-in needs a way to sign in: --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin).</source>
        <translation>account sign-in braucht eine Anmeldemethode: --api-key-file FILE, --email ADDRESS mit --password-file FILE oder --device-link-file FILE (- liest von stdin).</translation>
    </message>
    <message>
        <source>Signed in again to %1 as %2 (account “%3”); the outbox and drafts were kept.</source>
        <translation>Erneut bei %1 als %2 angemeldet (Konto „%3“); Postausgang und Entwürfe wurden behalten.</translation>
    </message>
    <message>
        <source>Open the address above in a browser and sign in; waiting for it.</source>
        <translation>Öffnen Sie die obige Adresse in einem Browser und melden Sie sich an; die Anmeldung wird abgewartet.</translation>
    </message>
    <message>
        <source>Sign in in the browser that opened; waiting for it. If none opened, open this address: %1</source>
        <translation>Melden Sie sich in dem Browser an, der sich geöffnet hat; die Anmeldung wird abgewartet. Falls sich keiner geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address above and sign in; waiting for it.</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie die obige Adresse und melden Sie sich an; die Anmeldung wird abgewartet.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with “deskhand-cli account add”.</source>
        <translation>Noch keine Konten: Fügen Sie eines mit „deskhand-cli account add“ hinzu.</translation>
    </message>
    <message>
        <source>“%1” cannot be synced on its own; see “deskhand-cli queues”.</source>
        <translation>„%1“ kann nicht einzeln synchronisiert werden; siehe „deskhand-cli queues“.</translation>
    </message>
    <message>
        <source>Syncing tickets</source>
        <translation>Tickets werden synchronisiert</translation>
    </message>
    <message>
        <source>Sync stopped: %1 What was synced so far is kept; run sync again to go on.</source>
        <translation>Synchronisierung angehalten: %1 Was bisher synchronisiert wurde, bleibt erhalten; führen Sie sync erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Synced: %1 tickets, %2 messages, %3 removed.</source>
        <translation>Synchronisiert: %1 Tickets, %2 Nachrichten, %3 entfernt.</translation>
    </message>
    <message>
        <source>There is no queue “%1”; see “deskhand-cli queues”.</source>
        <translation>Es gibt keine Warteschlange „%1“; siehe „deskhand-cli queues“.</translation>
    </message>
    <message>
        <source>show needs a ticket id or ref.</source>
        <translation>show braucht eine Ticket-ID oder -Referenz.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the store; run sync, or check the id.</source>
        <translation>Ticket %1 ist nicht im lokalen Speicher; führen Sie sync aus oder prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>search needs words to look for.</source>
        <translation>search braucht Suchbegriffe.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>“journal” takes “export”.</source>
        <translation>„journal“ erwartet „export“.</translation>
    </message>
    <message>
        <source>wipe removes this account&apos;s store, attachments and keychain items for good: add --yes to confirm.</source>
        <translation>wipe entfernt den lokalen Speicher, die Anhänge und die Schlüsselbund-Einträge dieses Kontos endgültig: Fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Choose either --export FILE or --discard-outbox.</source>
        <translation>Wählen Sie entweder --export FILE oder --discard-outbox.</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Add --discard-outbox to remove it.</source>
        <translation>Fügen Sie --discard-outbox hinzu, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Use “outbox send”, or add --export FILE or --discard-outbox.</source>
        <translation>Verwenden Sie „outbox send“, oder fügen Sie --export FILE oder --discard-outbox hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>The %n unsent item(s) are in %1.</source>
        <translation>
            <numerusform>Der %n nicht gesendete Eintrag ist in %1.</numerusform>
            <numerusform>Die %n nicht gesendeten Einträge sind in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” and everything Deskhand kept of it are gone from this computer.</source>
        <translation>Das Konto „%1“ und alles, was Deskhand davon gespeichert hatte, wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>note needs a ticket id and --file F (or - for stdin).</source>
        <translation>note braucht eine Ticket-ID und --file F (oder - für stdin).</translation>
    </message>
    <message>
        <source>reply needs a ticket id and --file F (or - for stdin).</source>
        <translation>reply braucht eine Ticket-ID und --file F (oder - für stdin).</translation>
    </message>
    <message>
        <source>set needs a ticket id and at least one change, like status=resolved.</source>
        <translation>set braucht eine Ticket-ID und mindestens eine Änderung, etwa status=resolved.</translation>
    </message>
    <message>
        <source>new needs --person EMAIL, --subject TEXT and --file F (or - for stdin).</source>
        <translation>new braucht --person EMAIL, --subject TEXT und --file F (oder - für stdin).</translation>
    </message>
    <message>
        <source>--person takes the customer&apos;s e-mail address.</source>
        <translation>--person erwartet die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>Es gibt keine Abteilung „%1“.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation>Der Postausgang ist leer: Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>outbox %1 needs the item&apos;s number (see “outbox”).</source>
        <translation>outbox %1 braucht die Nummer des Eintrags (siehe „outbox“).</translation>
    </message>
    <message>
        <source>discard throws the item away for good: add --yes to confirm.</source>
        <translation>discard verwirft den Eintrag endgültig: Fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Unknown outbox action “%1”.</source>
        <translation>Unbekannte Postausgangsaktion „%1“.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The outbox item is gone.</source>
        <translation>Der Eintrag im Postausgang existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Held, not sent (outbox item %1): %2 Decide with “outbox send-anyway %1”, “outbox keep-as-draft %1” or “outbox discard %1 --yes”.</source>
        <translation>Zurückgehalten, nicht gesendet (Eintrag %1 im Postausgang): %2 Entscheiden Sie mit „outbox send-anyway %1“, „outbox keep-as-draft %1“ oder „outbox discard %1 --yes“.</translation>
    </message>
    <message>
        <source>The helpdesk refused it (outbox item %1): %2</source>
        <translation>Vom Helpdesk abgelehnt (Eintrag %1 im Postausgang): %2</translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1): the helpdesk wants you to sign in again. %2</source>
        <translation>Im Postausgang behalten (Eintrag %1): Der Helpdesk verlangt eine erneute Anmeldung. %2</translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1); it is sent with the next “outbox send”. %2</source>
        <translation>Im Postausgang behalten (Eintrag %1); er wird mit dem nächsten „outbox send“ gesendet. %2</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write a reply to the customer</source>
        <translation>Eine Antwort an den Kunden schreiben</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Write an internal note for agents</source>
        <translation>Eine interne Notiz für Agenten schreiben</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Then set status:</source>
        <translation>Danach Status setzen:</translation>
    </message>
    <message>
        <source>Status to set when sending</source>
        <translation>Status, der beim Senden gesetzt wird</translation>
    </message>
    <message>
        <source>Queue it in the outbox (Ctrl+Enter); it is sent as soon as the helpdesk can be reached.</source>
        <translation>In den Postausgang stellen (Strg+Eingabetaste); wird gesendet, sobald der Helpdesk erreichbar ist.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt; — only agents see it.</source>
        <translation>&lt;b&gt;Interne Notiz&lt;/b&gt; — nur Agenten sehen sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt; — the customer receives it.</source>
        <translation>&lt;b&gt;Antwort&lt;/b&gt; — der Kunde erhält sie.</translation>
    </message>
    <message>
        <source>Internal note text</source>
        <translation>Text der internen Notiz</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Write a note for your colleagues…</source>
        <translation>Schreiben Sie eine Notiz für Ihre Kolleginnen und Kollegen…</translation>
    </message>
    <message>
        <source>Write your reply to the customer…</source>
        <translation>Schreiben Sie Ihre Antwort an den Kunden…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The note is empty: write something first.</source>
        <translation>Die Notiz ist leer: Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>The reply is empty: write something first.</source>
        <translation>Die Antwort ist leer: Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Fett (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kursiv (%1)</translation>
    </message>
    <message>
        <source>Bulleted list (%1)</source>
        <translation>Aufzählung (%1)</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Insert a snippet at the cursor (%1)</source>
        <translation>Textbaustein an der Cursorposition einfügen (%1)</translation>
    </message>
    <message>
        <source>Insert Snippet</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>There are no snippets on this computer yet; they come with the next sync.</source>
        <translation>Auf diesem Computer gibt es noch keine Textbausteine; sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No helpdesk</source>
        <translation>Kein Helpdesk</translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from the web not shown, to protect your privacy.</source>
        <translation>
            <numerusform>%n Bild aus dem Web wird zum Schutz Ihrer Privatsphäre nicht angezeigt.</numerusform>
            <numerusform>%n Bilder aus dem Web werden zum Schutz Ihrer Privatsphäre nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Fetching the images…</source>
        <translation>Bilder werden abgerufen…</translation>
    </message>
    <message>
        <source>Image %1 not shown: %2</source>
        <translation>Bild %1 nicht angezeigt: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>(a program or script: save it only if you trust it)</source>
        <translation>(ein Programm oder Skript: Speichern Sie es nur, wenn Sie ihm vertrauen)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>DeskproApi</name>
    <message>
        <source>The helpdesk accepted the request but its answer could not be read, so Deskhand checks the result before doing anything else. (%1)</source>
        <translation>Der Helpdesk hat die Anfrage angenommen, aber seine Antwort war nicht lesbar; deshalb prüft Deskhand das Ergebnis, bevor es etwas anderes tut. (%1)</translation>
    </message>
</context>
<context>
    <name>DeskproJson</name>
    <message>
        <source>The helpdesk sent an answer Deskhand cannot read (%1). Nothing was changed; try again later, and tell your administrator if it keeps happening.</source>
        <translation>Der Helpdesk hat eine Antwort gesendet, die Deskhand nicht lesen kann (%1). Es wurde nichts geändert; versuchen Sie es später erneut, und informieren Sie Ihre Administration, wenn das wiederholt vorkommt.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in; it may have expired or been revoked. Sign in again.</source>
        <translation>Der Helpdesk hat Ihre Anmeldung nicht akzeptiert; sie ist möglicherweise abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow you to do this. Ask a helpdesk administrator if you need the permission.</source>
        <translation>Der Helpdesk erlaubt Ihnen diese Aktion nicht. Wenden Sie sich an die Helpdesk-Administration, wenn Sie die Berechtigung brauchen.</translation>
    </message>
    <message>
        <source>The helpdesk does not have this (any more); it may have been deleted or merged.</source>
        <translation>Das gibt es im Helpdesk nicht (mehr); es wurde möglicherweise gelöscht oder zusammengeführt.</translation>
    </message>
    <message>
        <source>The helpdesk is offline for maintenance. Deskhand keeps your work and tries again later.</source>
        <translation>Der Helpdesk ist wegen Wartungsarbeiten offline. Deskhand behält Ihre Arbeit und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The helpdesk is limiting how many requests you can make. Deskhand keeps your work and tries again later.</source>
        <translation>Der Helpdesk begrenzt, wie viele Anfragen Sie stellen können. Deskhand behält Ihre Arbeit und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request because it is too large. Attach smaller files.</source>
        <translation>Der Helpdesk hat die Anfrage abgelehnt, weil sie zu groß ist. Hängen Sie kleinere Dateien an.</translation>
    </message>
    <message>
        <source>The helpdesk had a problem of its own (HTTP %1). Try again later; tell your administrator if it keeps happening.</source>
        <translation>Der Helpdesk hat ein internes Problem (HTTP %1). Versuchen Sie es später erneut; informieren Sie Ihre Administration, wenn das wiederholt vorkommt.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request (HTTP %1).</source>
        <translation>Der Helpdesk hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The helpdesk refused the request: %1</source>
        <translation>Der Helpdesk hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>HelpdeskAddress</name>
    <message>
        <source>Enter your helpdesk&apos;s address.</source>
        <translation>Geben Sie die Adresse Ihres Helpdesks ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>A helpdesk address starts with https://, not %1://.</source>
        <translation>Eine Helpdesk-Adresse beginnt mit https://, nicht mit %1://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; you sign in next.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg; Sie melden sich im nächsten Schritt an.</translation>
    </message>
</context>
<context>
    <name>HelpdeskClient</name>
    <message>
        <source>The certificate of %1 does not match the one pinned for this account, so nothing was sent. Someone may be intercepting the connection; ask your administrator whether the helpdesk&apos;s certificate changed.</source>
        <translation>Das Zertifikat von %1 stimmt nicht mit dem für dieses Konto hinterlegten überein, daher wurde nichts gesendet. Möglicherweise wird die Verbindung abgefangen; fragen Sie Ihre Administration, ob sich das Zertifikat des Helpdesks geändert hat.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection; Deskhand tries again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung; Deskhand versucht es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the helpdesk was handling the request, so it is not known whether it was applied. Deskhand checks before sending it again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, während der Helpdesk die Anfrage bearbeitet hat; daher ist nicht bekannt, ob sie ausgeführt wurde. Deskhand prüft das, bevor es sie erneut sendet.</translation>
    </message>
    <message>
        <source>%1 sent more data than Deskhand accepts for one answer (%2 MiB), so it was stopped.</source>
        <translation>%1 hat mehr Daten gesendet, als Deskhand für eine Antwort annimmt (%2 MiB), daher wurde die Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>The file from %1 could not be saved on this computer. Check the free disk space.</source>
        <translation>Die Datei von %1 konnte auf diesem Computer nicht gespeichert werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 sent Deskhand to another address (%2), which it does not follow with your credentials. Check the helpdesk address with your administrator.</source>
        <translation>%1 hat Deskhand an eine andere Adresse weitergeleitet (%2), der es mit Ihren Zugangsdaten nicht folgt. Prüfen Sie die Helpdesk-Adresse mit Ihrer Administration.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2. Fragen Sie Ihre Administration, ob das Zertifikat des Helpdesks auf diesem Computer als vertrauenswürdig gilt.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2), so none of it was used. Tell your administrator if it keeps happening.</source>
        <translation>Die Antwort von %1 war nicht lesbar (%2), daher wurde nichts davon verwendet. Informieren Sie Ihre Administration, wenn das wiederholt vorkommt.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check your connection; Deskhand keeps your work and tries again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie Ihre Verbindung; Deskhand behält Ihre Arbeit und versucht es erneut.</translation>
    </message>
    <message>
        <source>The network proxy wants credentials before it lets Deskhand reach %1. Check the proxy settings of this computer.</source>
        <translation>Der Netzwerk-Proxy verlangt Zugangsdaten, bevor er Deskhand zu %1 durchlässt. Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before its end, so none of it was used. Try again later.</source>
        <translation>Die Antwort von %1 ist vor ihrem Ende abgebrochen, daher wurde nichts davon verwendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2. Deskhand tries again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2. Deskhand versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>HelpdeskDiscovery</name>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2. Fragen Sie Ihre Administration, ob das Zertifikat des Helpdesks auf diesem Computer als vertrauenswürdig gilt.</translation>
    </message>
    <message>
        <source>The network proxy did not let the connection to %1 through: %2. Check the proxy settings of this computer.</source>
        <translation>Der Netzwerk-Proxy hat die Verbindung zu %1 nicht durchgelassen: %2. Prüfen Sie die Proxy-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihre Verbindung, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check the address and your connection.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open in your browser to work on tickets.</source>
        <translation>%1 hat geantwortet, aber nicht so, wie ein Deskpro-Helpdesk antwortet. Prüfen Sie die Adresse: Es ist die, die Sie im Browser öffnen, um Tickets zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal was changed at record %1: its hash chain does not match.</source>
        <translation>Das Journal wurde bei Datensatz %1 verändert: Seine Hash-Kette stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The macOS keychain is not available: open Keychain Access, unlock your login keychain, then try again.</source>
        <translation>Der macOS-Schlüsselbund ist nicht verfügbar: Öffnen Sie die Schlüsselbundverwaltung, entsperren Sie Ihren Anmelde-Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager is not available: make sure you are signed in to Windows with your own account, then try again.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht verfügbar: Stellen Sie sicher, dass Sie mit Ihrem eigenen Konto bei Windows angemeldet sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available: start gnome-keyring or KWallet (a Secret Service) and unlock it, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: Starten Sie gnome-keyring oder KWallet (einen Secret Service), entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Deskhand to use the keychain when asked, then try again.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert. Erlauben Sie Deskhand die Nutzung des Schlüsselbunds, wenn Sie gefragt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: unlock it, then try again.</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): make sure it is running and unlocked (on Linux: gnome-keyring or KWallet), then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1): Stellen Sie sicher, dass er läuft und entsperrt ist (unter Linux: gnome-keyring oder KWallet), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it: unlock it, then try again.</source>
        <translation>Der System-Schlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise wartet er darauf, dass Sie ihn entsperren: Entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1, Deskpro %2</source>
        <translation>%1, Deskpro %2</translation>
    </message>
    <message>
        <source>Deskhand</source>
        <translation>Deskhand</translation>
    </message>
    <message>
        <source>%1 — Deskhand</source>
        <translation>%1 — Deskhand</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>Ticket %1 is not on this computer; it may come with the next sync.</source>
        <translation>Ticket %1 ist nicht auf diesem Computer; es kommt möglicherweise mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>Wählen Sie zuerst ein Ticket aus.</translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Tickets</source>
        <translation>
            <numerusform>Status von %n Ticket setzen</numerusform>
            <numerusform>Status von %n Tickets setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to change first.</source>
        <translation>Wählen Sie zuerst die zu ändernden Tickets aus.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed; the outbox sends it.</source>
        <translation>
            <numerusform>%n Ticket geändert; der Postausgang sendet die Änderung.</numerusform>
            <numerusform>%n Tickets geändert; der Postausgang sendet die Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pfeil nach oben, Pfeil nach unten</translation>
    </message>
    <message>
        <source>Move in the ticket list</source>
        <translation>In der Ticketliste bewegen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Antwort oder Notiz senden</translation>
    </message>
    <message>
        <source>Bold, in the composer</source>
        <translation>Fett, im Editor</translation>
    </message>
    <message>
        <source>Italic, in the composer</source>
        <translation>Kursiv, im Editor</translation>
    </message>
    <message>
        <source>Shift+Click, Ctrl+Click</source>
        <translation>Umschalt+Klick, Strg+Klick</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>Mehrere Tickets auswählen</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Select a ticket to read its conversation.</source>
        <translation>Wählen Sie ein Ticket aus, um seinen Verlauf zu lesen.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Assign to Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <source>&amp;Change Selected Tickets…</source>
        <translation>Ausgewählte &amp;Tickets ändern…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next Ticket</source>
        <translation>&amp;Nächstes Ticket</translation>
    </message>
    <message>
        <source>&amp;Previous Ticket</source>
        <translation>&amp;Vorheriges Ticket</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Deskhand</source>
        <translation>Ü&amp;ber Deskhand</translation>
    </message>
    <message>
        <source>About Deskhand</source>
        <translation>Über Deskhand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deskhand %1&lt;/h3&gt;&lt;p&gt;A desktop client for helpdesk agents: your queues and replies, offline, encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deskhand %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für Helpdesk-Agenten: Ihre Warteschlangen und Antworten, offline verfügbar, verschlüsselt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ticket %1 is not on this computer.</source>
        <translation>Ticket %1 ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>New ticket queued in the outbox; it is created as soon as the helpdesk can be reached.</source>
        <translation>Neues Ticket in den Postausgang gestellt; es wird erstellt, sobald der Helpdesk erreichbar ist.</translation>
    </message>
    <message>
        <source>Insert a snippet, in the composer</source>
        <translation>Textbaustein einfügen, im Editor</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Open the ticket in a new window</source>
        <translation>Ticket in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>N&amp;eues Ticket…</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>New ticket for a customer</source>
        <translation>Neues Ticket für einen Kunden</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>First message to the customer</source>
        <translation>Erste Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Write the first message to the customer…</source>
        <translation>Schreiben Sie die erste Nachricht an den Kunden…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;e-mail:</source>
        <translation>&amp;E-Mail des Kunden:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Name des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>Create Ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Create the ticket</source>
        <translation>Das Ticket erstellen</translation>
    </message>
    <message>
        <source>Queue it in the outbox (Ctrl+Enter in the message); it is created as soon as the helpdesk can be reached.</source>
        <translation>In den Postausgang stellen (Strg+Eingabetaste in der Nachricht); das Ticket wird erstellt, sobald der Helpdesk erreichbar ist.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>N&amp;achricht:</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Wählen Sie eine Abteilung aus.</translation>
    </message>
    <message>
        <source>Write the first message to the customer.</source>
        <translation>Schreiben Sie die erste Nachricht an den Kunden.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>The ticket was not queued: %1</source>
        <translation>Das Ticket wurde nicht in den Postausgang gestellt: %1</translation>
    </message>
    <message>
        <source>Discard New Ticket</source>
        <translation>Neues Ticket verwerfen</translation>
    </message>
    <message>
        <source>Discard this new ticket? What you wrote is not kept.</source>
        <translation>Dieses neue Ticket verwerfen? Was Sie geschrieben haben, wird nicht behalten.</translation>
    </message>
</context>
<context>
    <name>OAuthMetadata</name>
    <message>
        <source>The sign-in server %1 describes itself in a way Deskhand cannot use: %2 Ask your administrator for the right issuer address.</source>
        <translation>Der Anmeldeserver %1 beschreibt sich auf eine Weise, die Deskhand nicht verwenden kann: %2 Fragen Sie Ihre Administration nach der richtigen Aussteller-Adresse.</translation>
    </message>
    <message>
        <source>it names another issuer (%1).</source>
        <translation>er nennt einen anderen Aussteller (%1).</translation>
    </message>
    <message>
        <source>its sign-in and token addresses must both be https.</source>
        <translation>seine Anmelde- und Token-Adressen müssen beide https verwenden.</translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256, which Deskhand needs to sign in safely.</source>
        <translation>er bietet kein PKCE mit S256 an, das Deskhand für eine sichere Anmeldung braucht.</translation>
    </message>
    <message>
        <source>The issuer address must start with https:// and have no query (%1).</source>
        <translation>Die Aussteller-Adresse muss mit https:// beginnen und darf keine Abfrage (Query) enthalten (%1).</translation>
    </message>
    <message>
        <source>%1 publishes no sign-in metadata (neither OAuth server metadata nor OpenID Connect discovery). Check the issuer address with your administrator.</source>
        <translation>%1 veröffentlicht keine Anmelde-Metadaten (weder OAuth-Server-Metadaten noch OpenID-Connect-Discovery). Prüfen Sie die Aussteller-Adresse mit Ihrer Administration.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local store yet. Sync it, then try again.</source>
        <translation>Ticket %1 ist noch nicht im lokalen Speicher. Synchronisieren Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>The new ticket needs a subject.</source>
        <translation>Das neue Ticket braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The new ticket needs a customer.</source>
        <translation>Das neue Ticket braucht einen Kunden.</translation>
    </message>
    <message>
        <source>This outbox item no longer exists.</source>
        <translation>Dieser Eintrag im Postausgang existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This item was sent already.</source>
        <translation>Dieser Eintrag wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>This item is being sent; wait until the helpdesk answers.</source>
        <translation>Dieser Eintrag wird gerade gesendet; warten Sie, bis der Helpdesk antwortet.</translation>
    </message>
    <message>
        <source>A change of properties cannot be edited; discard it and change the ticket again.</source>
        <translation>Eine Änderung von Eigenschaften kann nicht bearbeitet werden; verwerfen Sie sie und ändern Sie das Ticket erneut.</translation>
    </message>
    <message>
        <source>Only a reply or a note can become a draft again.</source>
        <translation>Nur eine Antwort oder eine Notiz kann wieder zum Entwurf werden.</translation>
    </message>
    <message>
        <source>A draft cannot keep attachments; edit or discard this message instead.</source>
        <translation>Ein Entwurf kann keine Anhänge behalten; bearbeiten oder verwerfen Sie stattdessen diese Nachricht.</translation>
    </message>
    <message>
        <source>An item of this ticket is being sent.</source>
        <translation>Ein Eintrag dieses Tickets wird gerade gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict: your decision</source>
        <translation>Konflikt: Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>What this item is, and what changed</source>
        <translation>Was dieser Eintrag ist und was sich geändert hat</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation>Der Postausgang ist leer: Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Held for you:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Für Sie zurückgehalten:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;New since you began, from %1:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neu, seit Sie begonnen haben, von %1:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assigned to: %1 (was %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zugewiesen an: %1 (vorher %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: %1 (was %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: %1 (vorher %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send anyway, edit it first, or keep it as a draft on the ticket.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trotzdem senden, zuerst bearbeiten oder als Entwurf am Ticket behalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The helpdesk refused it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vom Helpdesk abgelehnt:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not sent yet: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht gesendet: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sending it again.</source>
        <translation>Wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Sending what waits now.</source>
        <translation>Was wartet, wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Sent as it is, without checking the ticket again.</source>
        <translation>Unverändert gesendet, ohne das Ticket erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Kept as a draft on the ticket: open the ticket to go on writing.</source>
        <translation>Als Entwurf am Ticket behalten: Öffnen Sie das Ticket, um weiterzuschreiben.</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation>Speichern und senden</translation>
    </message>
    <message>
        <source>Edited; it is sent again.</source>
        <translation>Bearbeitet; wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw this away for good? It is not sent, and what it changed on the ticket here is undone.</source>
        <translation>Endgültig verwerfen? Der Eintrag wird nicht gesendet, und seine Änderungen am Ticket werden hier rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The outbox item %1 no longer exists.</source>
        <translation>Der Eintrag %1 im Postausgang existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Another Deskhand is sending this account&apos;s outbox; what is queued goes with it.</source>
        <translation>Eine andere Deskhand-Instanz sendet gerade den Postausgang dieses Kontos; was eingereiht ist, wird dabei mitgesendet.</translation>
    </message>
    <message>
        <source>The helpdesk refused it: %1</source>
        <translation>Vom Helpdesk abgelehnt: %1</translation>
    </message>
    <message>
        <source>The ticket was deleted.</source>
        <translation>Das Ticket wurde gelöscht.</translation>
    </message>
    <message>
        <source>You are no longer allowed to see or change this ticket.</source>
        <translation>Sie dürfen dieses Ticket nicht mehr sehen oder ändern.</translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the message; Deskhand checks the ticket and tries again later.</source>
        <translation>Der Helpdesk hat die Nachricht nicht bestätigt; Deskhand prüft das Ticket und versucht es später erneut.</translation>
    </message>
    <message>
        <source>You are not allowed to create this ticket.</source>
        <translation>Sie dürfen dieses Ticket nicht erstellen.</translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the new ticket; Deskhand checks and tries again later.</source>
        <translation>Der Helpdesk hat das neue Ticket nicht bestätigt; Deskhand prüft das und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The ticket was resolved after you began.</source>
        <translation>Das Ticket wurde gelöst, nachdem Sie begonnen hatten.</translation>
    </message>
    <message>
        <source>The ticket was assigned to another agent after you began.</source>
        <translation>Das Ticket wurde einem anderen Agenten zugewiesen, nachdem Sie begonnen hatten.</translation>
    </message>
    <message>
        <source>The ticket was unassigned after you began.</source>
        <translation>Die Zuweisung des Tickets wurde aufgehoben, nachdem Sie begonnen hatten.</translation>
    </message>
    <message>
        <source>The customer wrote a new message after you began.</source>
        <translation>Der Kunde hat eine neue Nachricht geschrieben, nachdem Sie begonnen hatten.</translation>
    </message>
    <message>
        <source>The attached file %1 could not be read on this computer: %2</source>
        <translation>Die angehängte Datei %1 konnte auf diesem Computer nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The outbox could not be saved.</source>
        <translation>Der Postausgang konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The item changed meanwhile.</source>
        <translation>Der Eintrag hat sich inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Created ticket %1.</source>
        <translation>Ticket %1 erstellt.</translation>
    </message>
    <message>
        <source>Ticket %1 changed.</source>
        <translation>Ticket %1 geändert.</translation>
    </message>
    <message>
        <source>Note added to ticket %1 (message %2).</source>
        <translation>Notiz zu Ticket %1 hinzugefügt (Nachricht %2).</translation>
    </message>
    <message>
        <source>Reply sent on ticket %1 (message %2).</source>
        <translation>Antwort auf Ticket %1 gesendet (Nachricht %2).</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, held %3, still waiting %4.</source>
        <translation>Gesendet: %1, fehlgeschlagen: %2, zurückgehalten: %3, noch wartend: %4.</translation>
    </message>
    <message>
        <source>The helpdesk could not be reached; waiting items go with the next send.</source>
        <translation>Der Helpdesk war nicht erreichbar; wartende Einträge werden beim nächsten Senden mitgesendet.</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Ticket properties</source>
        <translation>Ticket-Eigenschaften</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>D&amp;ringlichkeit:</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Keine Labels</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ReferenceChoices</name>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetcher</name>
    <message>
        <source>Only images from web addresses (http, https) are shown.</source>
        <translation>Es werden nur Bilder von Webadressen (http, https) angezeigt.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>Das Bild ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The address did not answer with an image.</source>
        <translation>Die Adresse hat kein Bild geliefert.</translation>
    </message>
    <message>
        <source>The address sent Deskhand somewhere other than the web.</source>
        <translation>Die Adresse hat Deskhand an ein Ziel außerhalb des Webs weitergeleitet.</translation>
    </message>
    <message>
        <source>The image did not arrive in time.</source>
        <translation>Das Bild ist nicht rechtzeitig angekommen.</translation>
    </message>
    <message>
        <source>The image could not be fetched (HTTP %1).</source>
        <translation>Das Bild konnte nicht abgerufen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The image could not be fetched: %1</source>
        <translation>Das Bild konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>Das Bild ist zu groß, um angezeigt zu werden.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The local store was written by a newer Deskhand. It was left untouched: update Deskhand to use it.</source>
        <translation>Der lokale Speicher wurde von einer neueren Deskhand-Version geschrieben. Er wurde nicht angetastet: Aktualisieren Sie Deskhand, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The local store file is not a Deskhand store. It was left untouched.</source>
        <translation>Die Datei des lokalen Speichers ist kein Deskhand-Speicher. Sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>The local store could not be upgraded to version %1: %2</source>
        <translation>Der lokale Speicher konnte nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search tickets</source>
        <translation>Tickets durchsuchen</translation>
    </message>
    <message>
        <source>Search, or a ticket id or ref (/)</source>
        <translation>Suchbegriff, Ticket-ID oder -Referenz (/)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Queues whose new tickets notify you</source>
        <translation>Warteschlangen, bei deren neuen Tickets Sie benachrichtigt werden</translation>
    </message>
    <message>
        <source>Days to keep resolved tickets offline</source>
        <translation>Tage, die gelöste Tickets offline behalten werden</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Notify about new tickets in:</source>
        <translation>Über neue Tickets benachrichtigen in:</translation>
    </message>
    <message>
        <source>Keep resolved tickets offline for:</source>
        <translation>Gelöste Tickets offline behalten für:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Certificate pin of the helpdesk</source>
        <translation>Zertifikats-Pin des Helpdesks</translation>
    </message>
    <message>
        <source>None: the system&apos;s trusted certificates decide</source>
        <translation>Keiner: Es entscheiden die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>The Base64 SHA-256 of the helpdesk&apos;s public key. With a pin, Deskhand only talks to a helpdesk whose certificate chain holds that key, on top of the usual checks.</source>
        <translation>Der Base64-SHA-256-Hash des öffentlichen Schlüssels des Helpdesks. Mit einem Pin spricht Deskhand zusätzlich zu den üblichen Prüfungen nur mit einem Helpdesk, dessen Zertifikatskette diesen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Certificate pin:</source>
        <translation>Zertifikats-Pin:</translation>
    </message>
    <message>
        <source>Helpdesk accounts</source>
        <translation>Helpdesk-Konten</translation>
    </message>
    <message>
        <source>Signed-in helpdesks</source>
        <translation>Angemeldete Helpdesks</translation>
    </message>
    <message>
        <source>%1 (%2), open</source>
        <translation>%1 (%2), geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The certificate pin must be the Base64 SHA-256 of the helpdesk&apos;s public key (44 characters, as openssl prints it), or empty for none.</source>
        <translation>Der Zertifikats-Pin muss der Base64-SHA-256-Hash des öffentlichen Schlüssels des Helpdesks sein (44 Zeichen, wie openssl ihn ausgibt) oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a helpdesk</source>
        <translation>Bei einem Helpdesk anmelden</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Type your helpdesk&apos;s address, as you open it in a browser.</source>
        <translation>Geben Sie die Adresse Ihres Helpdesks so ein, wie Sie ihn im Browser öffnen.</translation>
    </message>
    <message>
        <source>example.deskpro.com</source>
        <translation>example.deskpro.com</translation>
    </message>
    <message>
        <source>Helpdesk address</source>
        <translation>Helpdesk-Adresse</translation>
    </message>
    <message>
        <source>Sign in with your helpdesk&apos;s single sign-on in your web browser. Deskhand never sees your password there.</source>
        <translation>Melden Sie sich über das Single Sign-On Ihres Helpdesks in Ihrem Webbrowser an. Deskhand sieht Ihr Passwort dabei nie.</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single Sign-On</translation>
    </message>
    <message>
        <source>12:ABCDEFGHIJKLMNOP</source>
        <translation>12:ABCDEFGHIJKLMNOP</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>An administrator creates API keys in the helpdesk&apos;s admin interface.</source>
        <translation>API-Schlüssel werden von der Administration in der Admin-Oberfläche des Helpdesks erstellt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Deskhand exchanges your password for a token once and does not keep it.</source>
        <translation>Deskhand tauscht Ihr Passwort einmalig gegen ein Token ein und speichert es nicht.</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>Device link:</source>
        <translation>Gerätelink:</translation>
    </message>
    <message>
        <source>In the helpdesk&apos;s agent interface, open Preferences and set up a device; paste the link it shows.</source>
        <translation>Öffnen Sie in der Agentenoberfläche des Helpdesks die Einstellungen und richten Sie ein Gerät ein; fügen Sie den angezeigten Link hier ein.</translation>
    </message>
    <message>
        <source>Device link</source>
        <translation>Gerätelink</translation>
    </message>
    <message>
        <source>Looking for a helpdesk at %1…</source>
        <translation>Suche nach einem Helpdesk unter %1…</translation>
    </message>
    <message>
        <source>Found %1: Deskpro %2, %3.</source>
        <translation>%1 gefunden: Deskpro %2, %3.</translation>
    </message>
    <message>
        <source>in Deskpro&apos;s cloud</source>
        <translation>in der Deskpro-Cloud</translation>
    </message>
    <message>
        <source>on-premises (hosted by your organisation)</source>
        <translation>selbst gehostet (von Ihrer Organisation betrieben)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Paste the whole API key, like 12:ABCDEFGHIJ.</source>
        <translation>Fügen Sie den vollständigen API-Schlüssel ein, etwa 12:ABCDEFGHIJ.</translation>
    </message>
    <message>
        <source>Type your e-mail address and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this e-mail address and password. Check them, or sign in another way: single sign-on, an API key or a device link.</source>
        <translation>Der Helpdesk hat diese E-Mail-Adresse und dieses Passwort nicht akzeptiert. Prüfen Sie beides, oder melden Sie sich auf andere Weise an: per Single Sign-On, mit einem API-Schlüssel oder mit einem Gerätelink.</translation>
    </message>
    <message>
        <source>Paste the device link the helpdesk showed you.</source>
        <translation>Fügen Sie den Gerätelink ein, den der Helpdesk Ihnen angezeigt hat.</translation>
    </message>
    <message>
        <source>Using the device link…</source>
        <translation>Gerätelink wird verwendet…</translation>
    </message>
    <message>
        <source>This device link does not work (any more): each works once. Set up the device again in the helpdesk and paste the new link.</source>
        <translation>Dieser Gerätelink funktioniert nicht (mehr): Jeder Link funktioniert nur einmal. Richten Sie das Gerät im Helpdesk erneut ein und fügen Sie den neuen Link ein.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser and sign in there; Deskhand is waiting for it.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in einem Browser und melden Sie sich dort an; Deskhand wartet darauf.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened; Deskhand is waiting for it. Cancel stops.</source>
        <translation>Melden Sie sich in dem Browserfenster an, das sich geöffnet hat; Deskhand wartet darauf. „Abbrechen“ beendet den Vorgang.</translation>
    </message>
    <message>
        <source>Signed in; setting up the account…</source>
        <translation>Angemeldet; das Konto wird eingerichtet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>The API key stays valid: it belongs to the helpdesk&apos;s administrator, who can revoke it in Admin → Apps → API Keys.</source>
        <translation>Der API-Schlüssel bleibt gültig: Er gehört der Helpdesk-Administration, die ihn unter Admin → Apps → API Keys widerrufen kann.</translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in token; you can revoke it in the helpdesk&apos;s agent interface.</source>
        <translation>%1 bietet Deskhand keine Möglichkeit, das Anmeldetoken zu widerrufen; Sie können es in der Agentenoberfläche des Helpdesks widerrufen.</translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in; it ends when it expires, or when you or an administrator revoke it at the helpdesk.</source>
        <translation>%1 bietet Deskhand keine Möglichkeit, die Anmeldung zu widerrufen; sie endet, wenn sie abläuft oder wenn Sie oder die Administration sie im Helpdesk widerrufen.</translation>
    </message>
    <message>
        <source>The sign-in was revoked at %1.</source>
        <translation>Die Anmeldung bei %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at %1; it ends when it expires.</source>
        <translation>Die Anmeldung bei %1 konnte nicht widerrufen werden; sie endet, wenn sie abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>The outbox of “%1” holds %n unsent item(s), which signing out would lose. Send them first, export them to a file you keep, or discard them.</source>
        <translation>
            <numerusform>Der Postausgang von „%1“ enthält %n nicht gesendeten Eintrag, der beim Abmelden verloren ginge. Senden Sie ihn zuerst, exportieren Sie ihn in eine Datei, die Sie aufbewahren, oder verwerfen Sie ihn.</numerusform>
            <numerusform>Der Postausgang von „%1“ enthält %n nicht gesendete Einträge, die beim Abmelden verloren gingen. Senden Sie sie zuerst, exportieren Sie sie in eine Datei, die Sie aufbewahren, oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written to %1 (%2), so nothing was removed.</source>
        <translation>Der Postausgang konnte nicht nach %1 geschrieben werden (%2), daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Signed out of “%1”: its store, attachments and keychain items are gone from this computer.</source>
        <translation>Von „%1“ abgemeldet: Der lokale Speicher, die Anhänge und die Schlüsselbund-Einträge wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The store of “%1” cannot be opened, so whether its outbox holds unsent items cannot be checked, nor can they be exported. Remove it anyway only if you accept to lose them.</source>
        <translation>Der lokale Speicher von „%1“ lässt sich nicht öffnen; daher kann weder geprüft werden, ob sein Postausgang nicht gesendete Einträge enthält, noch können diese exportiert werden. Entfernen Sie ihn trotzdem nur, wenn Sie deren Verlust in Kauf nehmen.</translation>
    </message>
    <message>
        <source>Nothing could be revoked at the helpdesk without the account&apos;s credentials.</source>
        <translation>Ohne die Zugangsdaten des Kontos konnte im Helpdesk nichts widerrufen werden.</translation>
    </message>
    <message>
        <source>Removed “%1” from this computer.</source>
        <translation>„%1“ wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <source>Insert Snippet</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Filter snippets</source>
        <translation>Textbausteine filtern</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Zum Filtern tippen…</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Language to insert</source>
        <translation>Einzufügende Sprache</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the snippet</source>
        <translation>Ausgewählten Textbaustein einfügen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot apply the database key.</source>
        <translation>Der Datenbankschlüssel kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Die Transaktion kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot roll the transaction back.</source>
        <translation>Die Transaktion kann nicht zurückgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Cannot prepare the statement.</source>
        <translation>Die Anweisung kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Only one statement can run at a time.</source>
        <translation>Es kann nur eine Anweisung gleichzeitig ausgeführt werden.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>Die Anweisung ist leer.</translation>
    </message>
    <message>
        <source>Cannot bind the values.</source>
        <translation>Die Werte können nicht gebunden werden.</translation>
    </message>
    <message>
        <source>Parameter count mismatch.</source>
        <translation>Die Anzahl der Parameter stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Cannot run the statement.</source>
        <translation>Die Anweisung kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>Die Anweisung ist nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Cannot read the next row.</source>
        <translation>Die nächste Zeile kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SsoSignIn</name>
    <message>
        <source>This sign-in has already run; start a new one.</source>
        <translation>Diese Anmeldung wurde bereits ausgeführt; starten Sie eine neue.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Deskhand is signed in. You can close this tab and go back to Deskhand.</source>
        <translation>Deskhand ist angemeldet. Sie können diesen Tab schließen und zu Deskhand zurückkehren.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Deskhand could not complete the sign-in. Go back to Deskhand to try again.</source>
        <translation>Deskhand konnte die Anmeldung nicht abschließen. Kehren Sie zu Deskhand zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Deskhand could not open a port on this computer to receive the sign-in. Check that local connections to 127.0.0.1 are allowed.</source>
        <translation>Deskhand konnte auf diesem Computer keinen Port öffnen, um die Anmeldung zu empfangen. Prüfen Sie, ob lokale Verbindungen zu 127.0.0.1 erlaubt sind.</translation>
    </message>
    <message>
        <source>The sign-in was refused (%1). Try again, or ask your administrator.</source>
        <translation>Die Anmeldung wurde abgelehnt (%1). Versuchen Sie es erneut, oder fragen Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>The browser returned a sign-in that Deskhand did not start, so it was ignored and nothing was signed in. Try again.</source>
        <translation>Der Browser hat eine Anmeldung zurückgegeben, die Deskhand nicht gestartet hat; sie wurde daher ignoriert, und es wurde niemand angemeldet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deskhand could not receive the sign-in on this computer. Try again.</source>
        <translation>Deskhand konnte die Anmeldung auf diesem Computer nicht empfangen. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation>Postausgang öffnen</translation>
    </message>
    <message>
        <source>Syncing: %L1 of %L2 tickets</source>
        <translation>Synchronisierung: %L1 von %L2 Tickets</translation>
    </message>
    <message>
        <source>%1 Your work is kept in the outbox and sent when the helpdesk is back.</source>
        <translation>%1 Ihre Arbeit bleibt im Postausgang und wird gesendet, sobald der Helpdesk wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 has not been asked anything yet: the window shows what this computer has.</source>
        <translation>%1 wurde noch nicht abgefragt: Das Fenster zeigt, was auf diesem Computer vorhanden ist.</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartet</numerusform>
            <numerusform>Postausgang: %n warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A local store already exists in %1; it was left untouched.</source>
        <translation>In %1 gibt es bereits einen lokalen Speicher; er wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>There is no local store in %1.</source>
        <translation>In %1 gibt es keinen lokalen Speicher.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>The local store cannot be read with the key from the keychain: it belongs to another key or is not a Deskhand store. It was left untouched. Sign out and in again to download a fresh copy.</source>
        <translation>Der lokale Speicher lässt sich mit dem Schlüssel aus dem Schlüsselbund nicht lesen: Er gehört zu einem anderen Schlüssel oder ist kein Deskhand-Speicher. Er wurde nicht angetastet. Melden Sie sich ab und wieder an, um eine neue Kopie herunterzuladen.</translation>
    </message>
    <message>
        <source>The local store could not be prepared: %1</source>
        <translation>Der lokale Speicher konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The store key is not a 256-bit key.</source>
        <translation>Der Speicherschlüssel ist kein 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>The local store %1 does not exist.</source>
        <translation>Der lokale Speicher %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The local store is an unencrypted database: Deskhand never uses one. It was left untouched. Move it away or sign out to remove it.</source>
        <translation>Der lokale Speicher ist eine unverschlüsselte Datenbank: So etwas verwendet Deskhand nie. Er wurde nicht angetastet. Verschieben Sie ihn, oder melden Sie sich ab, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>The local store could not be opened: %1</source>
        <translation>Der lokale Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Deskhand is running without SQLCipher, so the local store would not be encrypted. Reinstall Deskhand.</source>
        <translation>Deskhand läuft ohne SQLCipher, daher wäre der lokale Speicher nicht verschlüsselt. Installieren Sie Deskhand neu.</translation>
    </message>
    <message>
        <source>The local store could not switch to write-ahead logging.</source>
        <translation>Der lokale Speicher konnte nicht auf Write-Ahead-Logging umstellen.</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The store key in the keychain is damaged. The local store was left untouched; sign out and in again to download a fresh copy.</source>
        <translation>Der Speicherschlüssel im Schlüsselbund ist beschädigt. Der lokale Speicher wurde nicht angetastet; melden Sie sich ab und wieder an, um eine neue Kopie herunterzuladen.</translation>
    </message>
    <message>
        <source>The key of this account&apos;s local store is missing from the keychain (was the keychain reset, or the profile copied from another computer?). The store was left untouched: restore the keychain and try again, or sign out to remove the store and download a fresh copy.</source>
        <translation>Der Schlüssel für den lokalen Speicher dieses Kontos fehlt im Schlüsselbund (wurde der Schlüsselbund zurückgesetzt oder das Profil von einem anderen Computer kopiert?). Der lokale Speicher wurde nicht angetastet: Stellen Sie den Schlüsselbund wieder her und versuchen Sie es erneut, oder melden Sie sich ab, um den lokalen Speicher zu entfernen und eine neue Kopie herunterzuladen.</translation>
    </message>
    <message>
        <source>No random numbers are available to make a store key.</source>
        <translation>Es sind keine Zufallszahlen verfügbar, um einen Speicherschlüssel zu erzeugen.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the new store key. Make sure it is unlocked and saves passwords, then try again.</source>
        <translation>Der System-Schlüsselbund hat den neuen Speicherschlüssel nicht behalten. Stellen Sie sicher, dass er entsperrt ist und Passwörter speichert, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>StoreQuery</name>
    <message>
        <source>The disk is full, so the local store could not save this change; nothing of it was kept. Free some disk space and try again.</source>
        <translation>Die Festplatte ist voll, daher konnte der lokale Speicher diese Änderung nicht speichern; nichts davon wurde übernommen. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while the local store was saving this change; nothing of it was kept. Check the disk, then try again.</source>
        <translation>Die Festplatte hat beim Speichern dieser Änderung im lokalen Speicher einen Fehler gemeldet; nichts davon wurde übernommen. Prüfen Sie die Festplatte und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The local store&apos;s folder is read-only, so this change could not be saved. Check the folder&apos;s permissions and free disk space.</source>
        <translation>Der Ordner des lokalen Speichers ist schreibgeschützt, daher konnte diese Änderung nicht gespeichert werden. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Fehler im lokalen Speicher: %1</translation>
    </message>
</context>
<context>
    <name>StoreWipe</name>
    <message>
        <source>Some of this account&apos;s local files could not be removed (%1). Close other Deskhand windows and deskhand-cli, then sign out again.</source>
        <translation>Einige lokale Dateien dieses Kontos konnten nicht entfernt werden (%1). Schließen Sie andere Deskhand-Fenster und deskhand-cli, und melden Sie sich dann erneut ab.</translation>
    </message>
    <message>
        <source>The local files were removed, but the keychain items were not: %1</source>
        <translation>Die lokalen Dateien wurden entfernt, die Schlüsselbund-Einträge aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The local store is already open.</source>
        <translation>Der lokale Speicher ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The local store could not save the change: an unexpected error occurred.</source>
        <translation>Der lokale Speicher konnte die Änderung nicht speichern: Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>“%1” is not a change; write name=value, like status=resolved.</source>
        <translation>„%1“ ist keine Änderung; schreiben Sie name=value, etwa status=resolved.</translation>
    </message>
    <message>
        <source>There is no status “%1”.</source>
        <translation>Es gibt keinen Status „%1“.</translation>
    </message>
    <message>
        <source>There is no agent “%1”.</source>
        <translation>Es gibt keinen Agenten „%1“.</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>Es gibt kein Team „%1“.</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>Es gibt keine Abteilung „%1“.</translation>
    </message>
    <message>
        <source>There is no priority “%1”.</source>
        <translation>Es gibt keine Priorität „%1“.</translation>
    </message>
    <message>
        <source>Urgency is a number from 1 to 10.</source>
        <translation>Die Dringlichkeit ist eine Zahl von 1 bis 10.</translation>
    </message>
    <message>
        <source>“%1” cannot be set; use status, agent, team, department, priority, urgency or labels.</source>
        <translation>„%1“ kann nicht gesetzt werden; verwenden Sie status, agent, team, department, priority, urgency oder labels.</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>TicketPane</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Queued in the outbox; it is sent as soon as the helpdesk can be reached.</source>
        <translation>In den Postausgang gestellt; wird gesendet, sobald der Helpdesk erreichbar ist.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Changed; the outbox sends it.</source>
        <translation>Geändert; der Postausgang sendet die Änderung.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Diese Adresse in Ihrem Browser öffnen?

%1</translation>
    </message>
    <message>
        <source>%1 may be a program or script: Deskhand does not open it. Save it, and open it yourself only if you trust it.</source>
        <translation>%1 ist möglicherweise ein Programm oder Skript: Deskhand öffnet es nicht. Speichern Sie es, und öffnen Sie es selbst nur, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Status: %1   Agent: %2   Department: %3   Urgency: %4</source>
        <translation>Status: %1   Agent: %2   Abteilung: %3   Dringlichkeit: %4</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Customer: %1   Labels: %2</source>
        <translation>Kunde: %1   Labels: %2</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Ticket — Deskhand</source>
        <translation>Ticket — Deskhand</translation>
    </message>
    <message>
        <source>%1 — Deskhand</source>
        <translation>%1 — Deskhand</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>%1 no longer accepts this sign-in (it was used, has expired or was revoked). Sign in again.</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr (sie wurde bereits verwendet, ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 does not know Deskhand&apos;s client id for signing in. Ask your administrator which client id to use.</source>
        <translation>%1 kennt die Client-ID von Deskhand für die Anmeldung nicht. Fragen Sie Ihre Administration, welche Client-ID zu verwenden ist.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was completing the sign-in. Sign in again.</source>
        <translation>Die Verbindung zu %1 ist beim Abschließen der Anmeldung abgebrochen. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>TokenRefresh</name>
    <message>
        <source>%1 Your outbox and drafts are kept, and go out once you have signed in again.</source>
        <translation>%1 Ihr Postausgang und Ihre Entwürfe bleiben erhalten und werden gesendet, sobald Sie sich erneut angemeldet haben.</translation>
    </message>
    <message>
        <source>%1 accepts the sign-in token neither as “Bearer” nor as “token”. Ask your administrator how Deskpro&apos;s OAuth tokens are to be used there.</source>
        <translation>%1 akzeptiert das Anmeldetoken weder als „Bearer“ noch als „token“. Fragen Sie Ihre Administration, wie die OAuth-Tokens von Deskpro dort zu verwenden sind.</translation>
    </message>
    <message>
        <source>Deskhand could not write in its folder %1 to renew the sign-in to %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Deskhand konnte nicht in seinen Ordner %1 schreiben, um die Anmeldung bei %2 zu erneuern. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Another Deskhand on this computer is renewing the sign-in to %1 and has not finished. Try again in a moment.</source>
        <translation>Eine andere Deskhand-Instanz auf diesem Computer erneuert gerade die Anmeldung bei %1 und ist noch nicht fertig. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and cannot be renewed: sign in again.</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen und kann nicht erneuert werden: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this sign-in (it has expired or was revoked): sign in again.</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while renewing the sign-in. Deskhand tries again later.</source>
        <translation>Die Verbindung zu %1 ist beim Erneuern der Anmeldung abgebrochen. Deskhand versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Deskhand: %n ticket(s) in your watched queues</source>
        <translation>
            <numerusform>Deskhand: %n Ticket in Ihren beobachteten Warteschlangen</numerusform>
            <numerusform>Deskhand: %n Tickets in Ihren beobachteten Warteschlangen</numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets</source>
        <translation>
            <numerusform>%n neues Ticket</numerusform>
            <numerusform>%n neue Tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>A desktop client for helpdesk agents.</source>
        <translation>Ein Desktop-Client für Helpdesk-Agenten.</translation>
    </message>
    <message>
        <source>Check the helpdesk at &lt;url&gt; on start.</source>
        <translation>Beim Start den Helpdesk unter &lt;url&gt; prüfen.</translation>
    </message>
    <message>
        <source>Write a PNG of the window to &lt;file&gt; once it has loaded, then exit.</source>
        <translation>Ein PNG des Fensters nach &lt;file&gt; schreiben, sobald es geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>Open the account &lt;name&gt; (by default the only one there is).</source>
        <translation>Das Konto &lt;name&gt; öffnen (standardmäßig das einzige vorhandene).</translation>
    </message>
    <message>
        <source>Open the ticket &lt;id&gt; or &lt;ref&gt; once the account is open.</source>
        <translation>Das Ticket &lt;id&gt; oder &lt;ref&gt; öffnen, sobald das Konto geöffnet ist.</translation>
    </message>
    <message>
        <source>Add a helpdesk in the sign-in dialog before the window opens (it comes by itself when there is none yet).</source>
        <translation>Vor dem Öffnen des Fensters einen Helpdesk im Anmeldedialog hinzufügen (der Dialog erscheint von selbst, wenn noch keiner vorhanden ist).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; in this run: de, en, fr, or system (by default the language chosen in Settings).</source>
        <translation>Spricht in diesem Lauf &lt;language&gt;: de, en, fr oder system (ohne Angabe die in den Einstellungen gewählte Sprache).</translation>
    </message>
    <message>
        <source>Unknown language “%1”: choose de, en, fr or system.</source>
        <translation>Unbekannte Sprache „%1“: Wählen Sie de, en, fr oder system.</translation>
    </message>
</context>
</TS>
