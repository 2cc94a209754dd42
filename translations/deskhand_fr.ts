<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Account</name>
    <message>
        <source>The credentials for %1 are not in the keychain any more: sign in again.</source>
        <translation>Les identifiants de %1 ne sont plus dans le trousseau&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>This sign-in is %1&apos;s, but the account “%2” belongs to %3. Sign in as %3, or add %1 as another account.</source>
        <translation>Cette connexion est celle de %1, mais le compte «&#xa0;%2&#xa0;» appartient à %3. Connectez-vous en tant que %3, ou ajoutez %1 comme autre compte.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Add a Helpdesk…</source>
        <translation>&amp;Ajouter un helpdesk…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Déconnexion</translation>
    </message>
    <message numerus="yes">
        <source>The outbox of %1 still holds %n item(s) that were not sent.</source>
        <translation>
            <numerusform>La boîte d&apos;envoi de %1 contient encore %n élément qui n&apos;a pas été envoyé.</numerusform>
            <numerusform>La boîte d&apos;envoi de %1 contient encore %n éléments qui n&apos;ont pas été envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s tickets, drafts and outbox from this computer. Export the unsent items to a file you keep, or discard them.</source>
        <translation>La déconnexion retire de cet ordinateur les tickets, les brouillons et la boîte d&apos;envoi de ce compte. Exportez les éléments non envoyés dans un fichier que vous conservez, ou supprimez-les.</translation>
    </message>
    <message>
        <source>&amp;Export and Sign Out…</source>
        <translation>&amp;Exporter et se déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Discard and Sign Out</source>
        <translation>&amp;Supprimer et se déconnecter</translation>
    </message>
    <message>
        <source>Export Unsent Items</source>
        <translation>Exporter les éléments non envoyés</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter de %1&#xa0;?</translation>
    </message>
    <message>
        <source>This account&apos;s tickets, drafts and attachments are removed from this computer, and its credentials from the keychain.</source>
        <translation>Les tickets, brouillons et pièces jointes de ce compte sont retirés de cet ordinateur, et ses identifiants du trousseau.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>%1 no longer has a certificate pin.</source>
        <translation>%1 n&apos;a plus d&apos;épinglage de certificat.</translation>
    </message>
    <message>
        <source>%1 now only accepts the pinned key.</source>
        <translation>%1 n&apos;accepte désormais que la clé épinglée.</translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>There is no account named “%1”; see “deskhand-cli accounts”.</source>
        <translation>Il n&apos;existe pas de compte nommé «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;deskhand-cli accounts&#xa0;».</translation>
    </message>
    <message>
        <source>No helpdesk account yet: add one with “deskhand-cli account add”.</source>
        <translation>Aucun compte de helpdesk pour l&apos;instant&#xa0;: ajoutez-en un avec «&#xa0;deskhand-cli account add&#xa0;».</translation>
    </message>
    <message>
        <source>There are %1 accounts: pick one with --account NAME.</source>
        <translation>Il y a %1 comptes&#xa0;: choisissez-en un avec --account NAME.</translation>
    </message>
    <message>
        <source>Could not create Deskhand&apos;s folder %1.</source>
        <translation>Impossible de créer le dossier de Deskhand %1.</translation>
    </message>
    <message>
        <source>Another Deskhand is changing the account list; try again.</source>
        <translation>Une autre instance de Deskhand modifie la liste des comptes&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The helpdesk wants you to sign in again; your work stays in the outbox.</source>
        <translation>Le helpdesk vous demande de vous reconnecter&#xa0;; votre travail reste dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Helpdesk account</source>
        <translation>Compte de helpdesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, connecté en tant que %2</translation>
    </message>
    <message>
        <source>Add a helpdesk…</source>
        <translation>Ajouter un helpdesk…</translation>
    </message>
</context>
<context>
    <name>ApiTokenSignIn</name>
    <message>
        <source>This is not a device link. It looks like https://yourcompany.deskpro.com/api/v2/api_tokens/device_setup/…; copy it again from Preferences in the helpdesk&apos;s agent interface.</source>
        <translation>Ceci n&apos;est pas un lien d&apos;appareil. Un tel lien ressemble à https://yourcompany.deskpro.com/api/v2/api_tokens/device_setup/…&#xa0;; copiez-le de nouveau depuis les Préférences de l&apos;interface agent du helpdesk.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open the helpdesk&apos;s agent interface with.</source>
        <translation>%1 a répondu, mais pas comme le fait un helpdesk Deskpro. Vérifiez l&apos;adresse&#xa0;: c&apos;est celle avec laquelle vous ouvrez l&apos;interface agent du helpdesk.</translation>
    </message>
    <message>
        <source>%1 did not accept this e-mail address and password. Check them; if you sign in to the helpdesk through single sign-on, use that instead.</source>
        <translation>%1 n&apos;a pas accepté cette adresse e-mail et ce mot de passe. Vérifiez-les&#xa0;; si vous vous connectez au helpdesk par authentification unique, utilisez-la plutôt.</translation>
    </message>
    <message>
        <source>This device link is for %1, not for %2.</source>
        <translation>Ce lien d&apos;appareil est destiné à %1, pas à %2.</translation>
    </message>
    <message>
        <source>This device link was used already or has expired; each link works once. Make a new one in Preferences in the helpdesk&apos;s agent interface.</source>
        <translation>Ce lien d&apos;appareil a déjà été utilisé ou a expiré&#xa0;; chaque lien ne fonctionne qu&apos;une fois. Créez-en un nouveau dans les Préférences de l&apos;interface agent du helpdesk.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was redeeming the device link, which works only once. Make a new link and try again.</source>
        <translation>La connexion à %1 a été interrompue pendant l&apos;utilisation du lien d&apos;appareil, qui ne fonctionne qu&apos;une fois. Créez un nouveau lien et réessayez.</translation>
    </message>
</context>
<context>
    <name>AttachmentCopies</name>
    <message>
        <source>No private folder could be made for opened attachments: %1</source>
        <translation>Aucun dossier privé n&apos;a pu être créé pour les pièces jointes ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No private folder could be made for opened attachments.</source>
        <translation>Aucun dossier privé n&apos;a pu être créé pour les pièces jointes ouvertes.</translation>
    </message>
    <message>
        <source>The attachment could not be copied for opening.</source>
        <translation>La pièce jointe n&apos;a pas pu être copiée pour être ouverte.</translation>
    </message>
    <message>
        <source>The attachment could not be copied for opening: %1</source>
        <translation>La pièce jointe n&apos;a pas pu être copiée pour être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1: %2</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentDownload</name>
    <message>
        <source>This attachment is no longer on this computer.</source>
        <translation>Cette pièce jointe n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The helpdesk gave no address to download this attachment from.</source>
        <translation>Le helpdesk n&apos;a fourni aucune adresse depuis laquelle télécharger cette pièce jointe.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>La pièce jointe n&apos;a pas pu être téléchargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 dépasse %2 Mo et n&apos;a pas été joint.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>image-collee-%1.png</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
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
        <translation>Aucun nombre aléatoire n&apos;est disponible pour protéger la pièce jointe.</translation>
    </message>
    <message>
        <source>The attachment could not be encrypted.</source>
        <translation>La pièce jointe n&apos;a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation>Le dossier des pièces jointes %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The attachment could not be written to disk.</source>
        <translation>La pièce jointe n&apos;a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is not known.</source>
        <translation>La copie locale de la pièce jointe est inconnue.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is missing: download it again.</source>
        <translation>La copie locale de la pièce jointe est manquante&#xa0;: téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is damaged: download it again.</source>
        <translation>La copie locale de la pièce jointe est endommagée&#xa0;: téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy was changed or damaged and was not used: download it again.</source>
        <translation>La copie locale de la pièce jointe a été modifiée ou endommagée et n&apos;a pas été utilisée&#xa0;: téléchargez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>BuiltInQueue</name>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <source>Awaiting agent</source>
        <translation>En attente de l&apos;agent</translation>
    </message>
    <message>
        <source>Awaiting user</source>
        <translation>En attente de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>Tout ce qui est synchronisé</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Tickets</source>
        <translation>
            <numerusform>Modifier %n ticket</numerusform>
            <numerusform>Modifier %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Labels to add, separated by commas</source>
        <translation>Étiquettes à ajouter, séparées par des virgules</translation>
    </message>
    <message>
        <source>Add &amp;labels:</source>
        <translation>Étiquettes à a&amp;jouter&#xa0;:</translation>
    </message>
    <message>
        <source>Labels to remove, separated by commas</source>
        <translation>Étiquettes à retirer, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Remove labels:</source>
        <translation>Étiquettes à &amp;retirer&#xa0;:</translation>
    </message>
    <message>
        <source>Each change goes through the outbox, one ticket at a time. Fields left “(unchanged)” stay as they are.</source>
        <translation>Chaque modification passe par la boîte d&apos;envoi, un ticket à la fois. Les champs laissés sur «&#xa0;(inchangé)&#xa0;» restent tels quels.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The account to use, by name, host or id.</source>
        <translation>Le compte à utiliser, par nom, hôte ou identifiant.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address (account add).</source>
        <translation>L&apos;adresse du helpdesk (account add).</translation>
    </message>
    <message>
        <source>Read the API key from &lt;file&gt;, or from stdin with -.</source>
        <translation>Lire la clé API depuis &lt;file&gt;, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address and a password (account add).</source>
        <translation>Se connecter avec cette adresse e-mail et un mot de passe (account add).</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;, or from stdin with -.</source>
        <translation>Lire le mot de passe depuis &lt;file&gt;, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <source>Sign in with a device link read from &lt;file&gt;, or from stdin with - (account add).</source>
        <translation>Se connecter avec un lien d&apos;appareil lu depuis &lt;file&gt;, ou depuis l&apos;entrée standard avec - (account add).</translation>
    </message>
    <message>
        <source>With --sso: the authorization server&apos;s issuer, when it is not the helpdesk (RFC 8414).</source>
        <translation>Avec --sso&#xa0;: l&apos;émetteur du serveur d&apos;autorisation, s&apos;il est distinct du helpdesk (RFC 8414).</translation>
    </message>
    <message>
        <source>Write the unsent outbox items to &lt;file&gt; as JSON (account remove).</source>
        <translation>Écrire les éléments non envoyés de la boîte d&apos;envoi dans &lt;file&gt;, au format JSON (account remove).</translation>
    </message>
    <message>
        <source>Sign out even though the outbox holds unsent items.</source>
        <translation>Se déconnecter même si la boîte d&apos;envoi contient des éléments non envoyés.</translation>
    </message>
    <message>
        <source>Sign in through the helpdesk&apos;s single sign-on in a browser (account add).</source>
        <translation>Se connecter par l&apos;authentification unique du helpdesk, dans un navigateur (account add).</translation>
    </message>
    <message>
        <source>The OAuth client id for --sso (default: deskhand).</source>
        <translation>L&apos;identifiant de client OAuth pour --sso (par défaut&#xa0;: deskhand).</translation>
    </message>
    <message>
        <source>With --sso: print the sign-in address instead of opening a browser.</source>
        <translation>Avec --sso&#xa0;: afficher l&apos;adresse de connexion au lieu d&apos;ouvrir un navigateur.</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the sign-in in the browser, in seconds (default: 300).</source>
        <translation>Avec --sso&#xa0;: combien de temps attendre la connexion dans le navigateur, en secondes (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; for this account.</source>
        <translation>Faire aussi confiance, pour ce compte, aux certificats d&apos;autorité (CA) contenus dans &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation>Le nom à donner au compte.</translation>
    </message>
    <message>
        <source>The queue to list or sync (see “queues”).</source>
        <translation>La file d&apos;attente à lister ou à synchroniser (voir «&#xa0;queues&#xa0;»).</translation>
    </message>
    <message>
        <source>Read the message from &lt;file&gt;, or from stdin with -.</source>
        <translation>Lire le message depuis &lt;file&gt;, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address (new).</source>
        <translation>L&apos;adresse e-mail du client (new).</translation>
    </message>
    <message>
        <source>The new ticket&apos;s subject.</source>
        <translation>Le sujet du nouveau ticket.</translation>
    </message>
    <message>
        <source>The new ticket&apos;s department, by id or title.</source>
        <translation>Le département du nouveau ticket, par identifiant ou par titre.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; tickets (list, search).</source>
        <translation>Afficher au plus &lt;n&gt; tickets (list, search).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Confirm what cannot be undone (wipe).</source>
        <translation>Confirmer ce qui ne peut pas être annulé (wipe).</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Ce qu&apos;il faut faire&#xa0;; voir la liste ci-dessus.</translation>
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
        <translation>Travaillez sur un helpdesk Deskpro depuis le terminal, avec le même compte, la même base chiffrée et le même trousseau que l&apos;application Deskhand.

Commandes&#xa0;:
  account add --url URL --api-key-file FILE|-   se connecter avec une clé API (jamais sur la ligne de commande)
  account add --url URL --sso [--client-id ID] [--issuer URL] [--no-browser]
                                                se connecter par authentification unique dans un navigateur
  account add --url URL --email ADDRESS --password-file FILE|-
                                                se connecter par e-mail et mot de passe (non conservé)
  account add --device-link-file FILE|-         se connecter avec un lien d&apos;appareil (Préférences de
                                                l&apos;interface agent&#xa0;; ne fonctionne qu&apos;une fois)
  account sign-in NAME [--sso | --email ADDRESS --password-file FILE|- | --device-link-file FILE|-]
                                                reconnecter un compte&#xa0;; sa boîte d&apos;envoi et ses brouillons restent
  account remove NAME [--export FILE | --discard-outbox]
                                                se déconnecter&#xa0;: révoquer ce qui peut l&apos;être, puis effacer
  accounts                                      les helpdesks connectés
  sync [--queue Q]                              mettre la base locale à jour
  queues                                        les files d&apos;attente, avec leur nombre de tickets
  list [--queue Q] [--json]                     les tickets d&apos;une file d&apos;attente (par défaut&#xa0;: les miens)
  show ID|REF [--json]                          un ticket avec sa conversation
  reply ID --file F|-                           répondre au client (HTML ou texte brut)
  note ID --file F|-                            ajouter une note interne
  set ID status=… agent=… team=… department=… priority=… urgency=… labels=a,b
  new --person EMAIL --subject TEXT --file F|- [--department D]
  search TEXT [--json]                          rechercher dans la base locale&#xa0;; fonctionne hors ligne
  outbox [--json] | outbox send                 ce qui attend d&apos;être envoyé&#xa0;; l&apos;envoyer maintenant
  journal export                                l&apos;historique de vos actions, en JSON
  wipe --yes                                    effacer les données et les éléments du trousseau de ce compte

Codes de sortie&#xa0;:
  0  terminé
  1  autre erreur
  2  erreur d&apos;utilisation
  3  mis en file hors ligne&#xa0;: sera envoyé dès que le helpdesk sera joignable
  4  identifiants nécessaires, ou trousseau indisponible
  5  conflit retenu, en attente de la décision de l&apos;agent

La variable DESKHAND_HOME, si elle est définie, indique où se trouvent les comptes et leurs bases locales.</translation>
    </message>
    <message>
        <source>See deskhand-cli --help.</source>
        <translation>Voir deskhand-cli --help.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>account remove needs the account&apos;s name (see “accounts”).</source>
        <translation>account remove a besoin du nom du compte (voir «&#xa0;accounts&#xa0;»).</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Il n&apos;existe pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>account sign-in needs the account&apos;s name (see “accounts”).</source>
        <translation>account sign-in a besoin du nom du compte (voir «&#xa0;accounts&#xa0;»).</translation>
    </message>
    <message>
        <source>“account” takes “add”, “sign-in” or “remove”.</source>
        <translation>«&#xa0;account&#xa0;» accepte «&#xa0;add&#xa0;», «&#xa0;sign-in&#xa0;» ou «&#xa0;remove&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>account add needs a way to sign in: --sso, --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin). Keys, passwords and links are never taken from the command line, where other users could read them.</source>
        <translation>account add a besoin d&apos;un moyen de connexion&#xa0;: --sso, --api-key-file FILE, --email ADDRESS avec --password-file FILE, ou --device-link-file FILE (- lit l&apos;entrée standard). Les clés, mots de passe et liens ne sont jamais pris sur la ligne de commande, où d&apos;autres utilisateurs pourraient les lire.</translation>
    </message>
    <message>
        <source>account add takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation>account add accepte un seul moyen de connexion&#xa0;: --sso, --api-key-file, --email avec --password-file, ou --device-link-file.</translation>
    </message>
    <message>
        <source>--client-id, --issuer, --no-browser and --sso-timeout go with --sso.</source>
        <translation>--client-id, --issuer, --no-browser et --sso-timeout s&apos;utilisent avec --sso.</translation>
    </message>
    <message>
        <source>--sso-timeout needs a number of seconds.</source>
        <translation>--sso-timeout a besoin d&apos;un nombre de secondes.</translation>
    </message>
    <message>
        <source>--email and --password-file go together.</source>
        <translation>--email et --password-file vont ensemble.</translation>
    </message>
    <message>
        <source>--client-id needs a value.</source>
        <translation>--client-id a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>The device link is for %1, not for the helpdesk given with --url.</source>
        <translation>Le lien d&apos;appareil est destiné à %1, pas au helpdesk indiqué avec --url.</translation>
    </message>
    <message>
        <source>account add needs --url.</source>
        <translation>account add a besoin de --url.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already; choose another with --name.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez-en un autre avec --name.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Could not copy %1 into Deskhand&apos;s folder.</source>
        <translation>Impossible de copier %1 dans le dossier de Deskhand.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (account “%3”).</source>
        <translation>Connecté à %1 en tant que %2 (compte «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>The API key file must hold one key, like 12:ABCDEFGHIJ.</source>
        <translation>Le fichier de clé API doit contenir une seule clé, comme 12:ABCDEFGHIJ.</translation>
    </message>
    <message>
        <source>The password file must hold the password on one line.</source>
        <translation>Le fichier de mot de passe doit contenir le mot de passe sur une seule ligne.</translation>
    </message>
    <message>
        <source>account sign-in takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation>account sign-in accepte un seul moyen de connexion&#xa0;: --sso, --api-key-file, --email avec --password-file, ou --device-link-file.</translation>
    </message>
    <message>
        <source>account sign-in needs a way to sign in: --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin).</source>
        <translation>account sign-in a besoin d&apos;un moyen de connexion&#xa0;: --api-key-file FILE, --email ADDRESS avec --password-file FILE, ou --device-link-file FILE (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Signed in again to %1 as %2 (account “%3”); the outbox and drafts were kept.</source>
        <translation>Reconnecté à %1 en tant que %2 (compte «&#xa0;%3&#xa0;»)&#xa0;; la boîte d&apos;envoi et les brouillons ont été conservés.</translation>
    </message>
    <message>
        <source>Open the address above in a browser and sign in; waiting for it.</source>
        <translation>Ouvrez l&apos;adresse ci-dessus dans un navigateur et connectez-vous&#xa0;; en attente de la connexion.</translation>
    </message>
    <message>
        <source>Sign in in the browser that opened; waiting for it. If none opened, open this address: %1</source>
        <translation>Connectez-vous dans le navigateur qui s&apos;est ouvert&#xa0;; en attente de la connexion. Si aucun navigateur ne s&apos;est ouvert, ouvrez cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address above and sign in; waiting for it.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;: ouvrez l&apos;adresse ci-dessus et connectez-vous&#xa0;; en attente de la connexion.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with “deskhand-cli account add”.</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez-en un avec «&#xa0;deskhand-cli account add&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be synced on its own; see “deskhand-cli queues”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être synchronisée seule&#xa0;; voir «&#xa0;deskhand-cli queues&#xa0;».</translation>
    </message>
    <message>
        <source>Syncing tickets</source>
        <translation>Synchronisation des tickets</translation>
    </message>
    <message>
        <source>Sync stopped: %1 What was synced so far is kept; run sync again to go on.</source>
        <translation>Synchronisation interrompue&#xa0;: %1 Ce qui a déjà été synchronisé est conservé&#xa0;; relancez sync pour continuer.</translation>
    </message>
    <message>
        <source>Synced: %1 tickets, %2 messages, %3 removed.</source>
        <translation>Synchronisé&#xa0;: %1 tickets, %2 messages, %3 retirés.</translation>
    </message>
    <message>
        <source>There is no queue “%1”; see “deskhand-cli queues”.</source>
        <translation>Il n&apos;existe pas de file d&apos;attente «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;deskhand-cli queues&#xa0;».</translation>
    </message>
    <message>
        <source>show needs a ticket id or ref.</source>
        <translation>show a besoin d&apos;un identifiant ou d&apos;une référence de ticket.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the store; run sync, or check the id.</source>
        <translation>Le ticket %1 n&apos;est pas dans la base locale&#xa0;; lancez sync, ou vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>search needs words to look for.</source>
        <translation>search a besoin de mots à rechercher.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“journal” takes “export”.</source>
        <translation>«&#xa0;journal&#xa0;» accepte «&#xa0;export&#xa0;».</translation>
    </message>
    <message>
        <source>wipe removes this account&apos;s store, attachments and keychain items for good: add --yes to confirm.</source>
        <translation>wipe efface définitivement la base locale, les pièces jointes et les éléments du trousseau de ce compte&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Choose either --export FILE or --discard-outbox.</source>
        <translation>Choisissez soit --export FILE, soit --discard-outbox.</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>Add --discard-outbox to remove it.</source>
        <translation>Ajoutez --discard-outbox pour le retirer quand même.</translation>
    </message>
    <message>
        <source>Use “outbox send”, or add --export FILE or --discard-outbox.</source>
        <translation>Utilisez «&#xa0;outbox send&#xa0;», ou ajoutez --export FILE ou --discard-outbox.</translation>
    </message>
    <message numerus="yes">
        <source>The %n unsent item(s) are in %1.</source>
        <translation>
            <numerusform>%n élément non envoyé se trouve dans %1.</numerusform>
            <numerusform>%n éléments non envoyés se trouvent dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” and everything Deskhand kept of it are gone from this computer.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» et tout ce que Deskhand en conservait ont été retirés de cet ordinateur.</translation>
    </message>
    <message>
        <source>note needs a ticket id and --file F (or - for stdin).</source>
        <translation>note a besoin d&apos;un identifiant de ticket et de --file F (ou - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>reply needs a ticket id and --file F (or - for stdin).</source>
        <translation>reply a besoin d&apos;un identifiant de ticket et de --file F (ou - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>set needs a ticket id and at least one change, like status=resolved.</source>
        <translation>set a besoin d&apos;un identifiant de ticket et d&apos;au moins une modification, comme status=resolved.</translation>
    </message>
    <message>
        <source>new needs --person EMAIL, --subject TEXT and --file F (or - for stdin).</source>
        <translation>new a besoin de --person EMAIL, --subject TEXT et --file F (ou - pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>--person takes the customer&apos;s e-mail address.</source>
        <translation>--person attend l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Le sujet est vide.</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>Il n&apos;existe pas de département «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation>La boîte d&apos;envoi est vide&#xa0;: tout a été envoyé.</translation>
    </message>
    <message>
        <source>outbox %1 needs the item&apos;s number (see “outbox”).</source>
        <translation>outbox %1 a besoin du numéro de l&apos;élément (voir «&#xa0;outbox&#xa0;»).</translation>
    </message>
    <message>
        <source>discard throws the item away for good: add --yes to confirm.</source>
        <translation>discard supprime définitivement l&apos;élément&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Unknown outbox action “%1”.</source>
        <translation>Action de boîte d&apos;envoi inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The outbox item is gone.</source>
        <translation>L&apos;élément de la boîte d&apos;envoi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Held, not sent (outbox item %1): %2 Decide with “outbox send-anyway %1”, “outbox keep-as-draft %1” or “outbox discard %1 --yes”.</source>
        <translation>Retenu, non envoyé (élément %1 de la boîte d&apos;envoi)&#xa0;: %2 Décidez avec «&#xa0;outbox send-anyway %1&#xa0;», «&#xa0;outbox keep-as-draft %1&#xa0;» ou «&#xa0;outbox discard %1 --yes&#xa0;».</translation>
    </message>
    <message>
        <source>The helpdesk refused it (outbox item %1): %2</source>
        <translation>Le helpdesk l&apos;a refusé (élément %1 de la boîte d&apos;envoi)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1): the helpdesk wants you to sign in again. %2</source>
        <translation>Conservé dans la boîte d&apos;envoi (élément %1)&#xa0;: le helpdesk vous demande de vous reconnecter. %2</translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1); it is sent with the next “outbox send”. %2</source>
        <translation>Conservé dans la boîte d&apos;envoi (élément %1)&#xa0;; il sera envoyé au prochain «&#xa0;outbox send&#xa0;». %2</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Zone de rédaction</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply to the customer</source>
        <translation>Rédiger une réponse au client</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Write an internal note for agents</source>
        <translation>Rédiger une note interne pour les agents</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Then set status:</source>
        <translation>Puis définir le statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status to set when sending</source>
        <translation>Statut à définir à l&apos;envoi</translation>
    </message>
    <message>
        <source>Queue it in the outbox (Ctrl+Enter); it is sent as soon as the helpdesk can be reached.</source>
        <translation>Placer dans la boîte d&apos;envoi (Ctrl+Entrée)&#xa0;; l&apos;envoi a lieu dès que le helpdesk est joignable.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt; — only agents see it.</source>
        <translation>&lt;b&gt;Note interne&lt;/b&gt; — seuls les agents la voient.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt; — the customer receives it.</source>
        <translation>&lt;b&gt;Réponse&lt;/b&gt; — le client la reçoit.</translation>
    </message>
    <message>
        <source>Internal note text</source>
        <translation>Texte de la note interne</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Write a note for your colleagues…</source>
        <translation>Rédigez une note pour vos collègues…</translation>
    </message>
    <message>
        <source>Write your reply to the customer…</source>
        <translation>Rédigez votre réponse au client…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note is empty: write something first.</source>
        <translation>La note est vide&#xa0;: écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>The reply is empty: write something first.</source>
        <translation>La réponse est vide&#xa0;: écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Gras (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italique (%1)</translation>
    </message>
    <message>
        <source>Bulleted list (%1)</source>
        <translation>Liste à puces (%1)</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Modèles de texte…</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Insérer un modèle de texte</translation>
    </message>
    <message>
        <source>Insert a snippet at the cursor (%1)</source>
        <translation>Insérer un modèle de texte à la position du curseur (%1)</translation>
    </message>
    <message>
        <source>Insert Snippet</source>
        <translation>Insérer un modèle de texte</translation>
    </message>
    <message>
        <source>There are no snippets on this computer yet; they come with the next sync.</source>
        <translation>Il n&apos;y a encore aucun modèle de texte sur cet ordinateur&#xa0;; ils arriveront avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>No helpdesk</source>
        <translation>Aucun helpdesk</translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation>Pas encore contacté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from the web not shown, to protect your privacy.</source>
        <translation>
            <numerusform>%n image du web n&apos;est pas affichée, pour protéger votre vie privée.</numerusform>
            <numerusform>%n images du web ne sont pas affichées, pour protéger votre vie privée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Fetching the images…</source>
        <translation>Récupération des images…</translation>
    </message>
    <message>
        <source>Image %1 not shown: %2</source>
        <translation>Image %1 non affichée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>(a program or script: save it only if you trust it)</source>
        <translation>(programme ou script&#xa0;: ne l&apos;enregistrez que si vous lui faites confiance)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>DeskproApi</name>
    <message>
        <source>The helpdesk accepted the request but its answer could not be read, so Deskhand checks the result before doing anything else. (%1)</source>
        <translation>Le helpdesk a accepté la requête, mais sa réponse n&apos;a pas pu être lue&#xa0;; Deskhand vérifie donc le résultat avant toute autre chose. (%1)</translation>
    </message>
</context>
<context>
    <name>DeskproJson</name>
    <message>
        <source>The helpdesk sent an answer Deskhand cannot read (%1). Nothing was changed; try again later, and tell your administrator if it keeps happening.</source>
        <translation>Le helpdesk a envoyé une réponse que Deskhand ne sait pas lire (%1). Rien n&apos;a été modifié&#xa0;; réessayez plus tard, et prévenez votre administrateur si le problème persiste.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in; it may have expired or been revoked. Sign in again.</source>
        <translation>Le helpdesk n&apos;a pas accepté votre connexion&#xa0;; elle a peut-être expiré ou été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow you to do this. Ask a helpdesk administrator if you need the permission.</source>
        <translation>Le helpdesk ne vous permet pas de faire cela. Demandez à un administrateur du helpdesk si vous avez besoin de cette autorisation.</translation>
    </message>
    <message>
        <source>The helpdesk does not have this (any more); it may have been deleted or merged.</source>
        <translation>Le helpdesk ne contient pas (ou plus) cet élément&#xa0;; il a peut-être été supprimé ou fusionné.</translation>
    </message>
    <message>
        <source>The helpdesk is offline for maintenance. Deskhand keeps your work and tries again later.</source>
        <translation>Le helpdesk est hors ligne pour maintenance. Deskhand conserve votre travail et réessaie plus tard.</translation>
    </message>
    <message>
        <source>The helpdesk is limiting how many requests you can make. Deskhand keeps your work and tries again later.</source>
        <translation>Le helpdesk limite le nombre de requêtes que vous pouvez faire. Deskhand conserve votre travail et réessaie plus tard.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request because it is too large. Attach smaller files.</source>
        <translation>Le helpdesk a refusé la requête, car elle est trop volumineuse. Joignez des fichiers plus petits.</translation>
    </message>
    <message>
        <source>The helpdesk had a problem of its own (HTTP %1). Try again later; tell your administrator if it keeps happening.</source>
        <translation>Le helpdesk a rencontré un problème interne (HTTP %1). Réessayez plus tard&#xa0;; prévenez votre administrateur si le problème persiste.</translation>
    </message>
    <message>
        <source>The helpdesk refused the request (HTTP %1).</source>
        <translation>Le helpdesk a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The helpdesk refused the request: %1</source>
        <translation>Le helpdesk a refusé la requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HelpdeskAddress</name>
    <message>
        <source>Enter your helpdesk&apos;s address.</source>
        <translation>Saisissez l&apos;adresse de votre helpdesk.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>A helpdesk address starts with https://, not %1://.</source>
        <translation>Une adresse de helpdesk commence par https://, pas par %1://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; you sign in next.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; vous vous connectez à l&apos;étape suivante.</translation>
    </message>
</context>
<context>
    <name>HelpdeskClient</name>
    <message>
        <source>The certificate of %1 does not match the one pinned for this account, so nothing was sent. Someone may be intercepting the connection; ask your administrator whether the helpdesk&apos;s certificate changed.</source>
        <translation>Le certificat de %1 ne correspond pas à celui épinglé pour ce compte&#xa0;; rien n&apos;a donc été envoyé. Quelqu&apos;un intercepte peut-être la connexion&#xa0;; demandez à votre administrateur si le certificat du helpdesk a changé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection; Deskhand tries again later.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez votre connexion&#xa0;; Deskhand réessaie plus tard.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the helpdesk was handling the request, so it is not known whether it was applied. Deskhand checks before sending it again.</source>
        <translation>La connexion à %1 a été interrompue pendant que le helpdesk traitait la requête&#xa0;; on ne sait donc pas si elle a été appliquée. Deskhand vérifie avant de la renvoyer.</translation>
    </message>
    <message>
        <source>%1 sent more data than Deskhand accepts for one answer (%2 MiB), so it was stopped.</source>
        <translation>%1 a envoyé plus de données que Deskhand n&apos;en accepte pour une réponse (%2 Mio)&#xa0;; le transfert a donc été arrêté.</translation>
    </message>
    <message>
        <source>The file from %1 could not be saved on this computer. Check the free disk space.</source>
        <translation>Le fichier provenant de %1 n&apos;a pas pu être enregistré sur cet ordinateur. Vérifiez l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>%1 sent Deskhand to another address (%2), which it does not follow with your credentials. Check the helpdesk address with your administrator.</source>
        <translation>%1 a redirigé Deskhand vers une autre adresse (%2), qu&apos;il ne suit pas avec vos identifiants. Vérifiez l&apos;adresse du helpdesk avec votre administrateur.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation>La connexion sécurisée à %1 a été refusée&#xa0;: %2. Demandez à votre administrateur si le certificat du helpdesk est approuvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2), so none of it was used. Tell your administrator if it keeps happening.</source>
        <translation>La réponse de %1 n&apos;a pas pu être lue (%2)&#xa0;; rien n&apos;en a donc été utilisé. Prévenez votre administrateur si le problème persiste.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check your connection; Deskhand keeps your work and tries again.</source>
        <translation>%1 est injoignable&#xa0;: %2. Vérifiez votre connexion&#xa0;; Deskhand conserve votre travail et réessaie.</translation>
    </message>
    <message>
        <source>The network proxy wants credentials before it lets Deskhand reach %1. Check the proxy settings of this computer.</source>
        <translation>Le proxy réseau demande des identifiants avant de laisser Deskhand joindre %1. Vérifiez les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before its end, so none of it was used. Try again later.</source>
        <translation>La réponse de %1 a été tronquée avant sa fin&#xa0;; rien n&apos;en a donc été utilisé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2. Deskhand tries again.</source>
        <translation>La connexion à %1 a été interrompue&#xa0;: %2. Deskhand réessaie.</translation>
    </message>
</context>
<context>
    <name>HelpdeskDiscovery</name>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation>La connexion sécurisée à %1 a été refusée&#xa0;: %2. Demandez à votre administrateur si le certificat du helpdesk est approuvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The network proxy did not let the connection to %1 through: %2. Check the proxy settings of this computer.</source>
        <translation>Le proxy réseau n&apos;a pas laissé passer la connexion à %1&#xa0;: %2. Vérifiez les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your connection, then try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez l&apos;adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check the address and your connection.</source>
        <translation>%1 est injoignable&#xa0;: %2. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open in your browser to work on tickets.</source>
        <translation>%1 a répondu, mais pas comme le fait un helpdesk Deskpro. Vérifiez l&apos;adresse&#xa0;: c&apos;est celle que vous ouvrez dans votre navigateur pour traiter les tickets.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal was changed at record %1: its hash chain does not match.</source>
        <translation>Le journal a été modifié à l&apos;entrée %1&#xa0;: sa chaîne de hachage ne correspond pas.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The macOS keychain is not available: open Keychain Access, unlock your login keychain, then try again.</source>
        <translation>Le trousseau macOS n&apos;est pas disponible&#xa0;: ouvrez Trousseaux d&apos;accès, déverrouillez votre trousseau de session, puis réessayez.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager is not available: make sure you are signed in to Windows with your own account, then try again.</source>
        <translation>Le Gestionnaire d&apos;identification Windows n&apos;est pas disponible&#xa0;: vérifiez que vous êtes connecté à Windows avec votre propre compte, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available: start gnome-keyring or KWallet (a Secret Service) and unlock it, then try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: démarrez gnome-keyring ou KWallet (un fournisseur Secret Service) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Deskhand to use the keychain when asked, then try again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. Autorisez Deskhand à utiliser le trousseau lorsque cela vous est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: unlock it, then try again.</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l&apos;accès&#xa0;: déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): make sure it is running and unlocked (on Linux: gnome-keyring or KWallet), then try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1)&#xa0;: vérifiez qu&apos;il est lancé et déverrouillé (sous Linux&#xa0;: gnome-keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it: unlock it, then try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps. Il attend peut-être que vous le déverrouilliez&#xa0;: déverrouillez-le, puis réessayez.</translation>
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
        <translation>Synchronisation interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Ticket %1 is not on this computer; it may come with the next sync.</source>
        <translation>Le ticket %1 n&apos;est pas sur cet ordinateur&#xa0;; il arrivera peut-être avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>Sélectionnez d&apos;abord un ticket.</translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Tickets</source>
        <translation>
            <numerusform>Définir le statut de %n ticket</numerusform>
            <numerusform>Définir le statut de %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to change first.</source>
        <translation>Sélectionnez d&apos;abord les tickets à modifier.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed; the outbox sends it.</source>
        <translation>
            <numerusform>%n ticket modifié&#xa0;; la boîte d&apos;envoi transmet la modification.</numerusform>
            <numerusform>%n tickets modifiés&#xa0;; la boîte d&apos;envoi transmet les modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Move in the ticket list</source>
        <translation>Se déplacer dans la liste des tickets</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Envoyer la réponse ou la note</translation>
    </message>
    <message>
        <source>Bold, in the composer</source>
        <translation>Gras, dans la zone de rédaction</translation>
    </message>
    <message>
        <source>Italic, in the composer</source>
        <translation>Italique, dans la zone de rédaction</translation>
    </message>
    <message>
        <source>Shift+Click, Ctrl+Click</source>
        <translation>Maj+clic, Ctrl+clic</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>Sélectionner plusieurs tickets</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Select a ticket to read its conversation.</source>
        <translation>Sélectionnez un ticket pour lire sa conversation.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>&amp;Assign to Me</source>
        <translation>M&apos;&amp;assigner</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>Définir le &amp;statut…</translation>
    </message>
    <message>
        <source>&amp;Change Selected Tickets…</source>
        <translation>&amp;Modifier les tickets sélectionnés…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Next Ticket</source>
        <translation>Ticket &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Ticket</source>
        <translation>Ticket &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>Re&amp;tour à la liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Deskhand</source>
        <translation>À &amp;propos de Deskhand</translation>
    </message>
    <message>
        <source>About Deskhand</source>
        <translation>À propos de Deskhand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deskhand %1&lt;/h3&gt;&lt;p&gt;A desktop client for helpdesk agents: your queues and replies, offline, encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deskhand %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour les agents de helpdesk&#xa0;: vos files d&apos;attente et vos réponses, hors ligne, chiffrées sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ticket %1 is not on this computer.</source>
        <translation>Le ticket %1 n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>New ticket queued in the outbox; it is created as soon as the helpdesk can be reached.</source>
        <translation>Nouveau ticket placé dans la boîte d&apos;envoi&#xa0;; il sera créé dès que le helpdesk sera joignable.</translation>
    </message>
    <message>
        <source>Insert a snippet, in the composer</source>
        <translation>Insérer un modèle de texte, dans la zone de rédaction</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>Open the ticket in a new window</source>
        <translation>Ouvrir le ticket dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>Ouvrir dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>Nouveau &amp;ticket…</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>New ticket for a customer</source>
        <translation>Nouveau ticket pour un client</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation>Adresse e-mail du client</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>First message to the customer</source>
        <translation>Premier message au client</translation>
    </message>
    <message>
        <source>Write the first message to the customer…</source>
        <translation>Rédigez le premier message au client…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;e-mail:</source>
        <translation>&amp;E-mail du client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Nom du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département&#xa0;:</translation>
    </message>
    <message>
        <source>Create Ticket</source>
        <translation>Créer le ticket</translation>
    </message>
    <message>
        <source>Create the ticket</source>
        <translation>Créer le ticket</translation>
    </message>
    <message>
        <source>Queue it in the outbox (Ctrl+Enter in the message); it is created as soon as the helpdesk can be reached.</source>
        <translation>Placer dans la boîte d&apos;envoi (Ctrl+Entrée dans le message)&#xa0;; le ticket sera créé dès que le helpdesk sera joignable.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un sujet.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Choisissez un département.</translation>
    </message>
    <message>
        <source>Write the first message to the customer.</source>
        <translation>Rédigez le premier message au client.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The ticket was not queued: %1</source>
        <translation>Le ticket n&apos;a pas été placé dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard New Ticket</source>
        <translation>Supprimer le nouveau ticket</translation>
    </message>
    <message>
        <source>Discard this new ticket? What you wrote is not kept.</source>
        <translation>Supprimer ce nouveau ticket&#xa0;? Ce que vous avez écrit ne sera pas conservé.</translation>
    </message>
</context>
<context>
    <name>OAuthMetadata</name>
    <message>
        <source>The sign-in server %1 describes itself in a way Deskhand cannot use: %2 Ask your administrator for the right issuer address.</source>
        <translation>Le serveur de connexion %1 se décrit d&apos;une manière que Deskhand ne peut pas utiliser&#xa0;: %2 Demandez à votre administrateur la bonne adresse d&apos;émetteur.</translation>
    </message>
    <message>
        <source>it names another issuer (%1).</source>
        <translation>il indique un autre émetteur (%1).</translation>
    </message>
    <message>
        <source>its sign-in and token addresses must both be https.</source>
        <translation>ses adresses de connexion et de jeton doivent toutes deux être en https.</translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256, which Deskhand needs to sign in safely.</source>
        <translation>il ne propose pas PKCE avec S256, dont Deskhand a besoin pour se connecter de façon sûre.</translation>
    </message>
    <message>
        <source>The issuer address must start with https:// and have no query (%1).</source>
        <translation>L&apos;adresse de l&apos;émetteur doit commencer par https:// et ne comporter aucun paramètre de requête (%1).</translation>
    </message>
    <message>
        <source>%1 publishes no sign-in metadata (neither OAuth server metadata nor OpenID Connect discovery). Check the issuer address with your administrator.</source>
        <translation>%1 ne publie aucune métadonnée de connexion (ni métadonnées de serveur OAuth, ni découverte OpenID Connect). Vérifiez l&apos;adresse de l&apos;émetteur avec votre administrateur.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local store yet. Sync it, then try again.</source>
        <translation>Le ticket %1 n&apos;est pas encore dans la base locale. Synchronisez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>The new ticket needs a subject.</source>
        <translation>Le nouveau ticket a besoin d&apos;un sujet.</translation>
    </message>
    <message>
        <source>The new ticket needs a customer.</source>
        <translation>Le nouveau ticket a besoin d&apos;un client.</translation>
    </message>
    <message>
        <source>This outbox item no longer exists.</source>
        <translation>Cet élément de la boîte d&apos;envoi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This item was sent already.</source>
        <translation>Cet élément a déjà été envoyé.</translation>
    </message>
    <message>
        <source>This item is being sent; wait until the helpdesk answers.</source>
        <translation>Cet élément est en cours d&apos;envoi&#xa0;; attendez la réponse du helpdesk.</translation>
    </message>
    <message>
        <source>A change of properties cannot be edited; discard it and change the ticket again.</source>
        <translation>Une modification de propriétés ne se retouche pas&#xa0;; supprimez-la, puis modifiez de nouveau le ticket.</translation>
    </message>
    <message>
        <source>Only a reply or a note can become a draft again.</source>
        <translation>Seule une réponse ou une note peut redevenir un brouillon.</translation>
    </message>
    <message>
        <source>A draft cannot keep attachments; edit or discard this message instead.</source>
        <translation>Un brouillon ne peut pas conserver de pièces jointes&#xa0;; modifiez ou supprimez plutôt ce message.</translation>
    </message>
    <message>
        <source>An item of this ticket is being sent.</source>
        <translation>Un élément de ce ticket est en cours d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Conflict: your decision</source>
        <translation>Conflit&#xa0;: à vous de décider</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>What this item is, and what changed</source>
        <translation>Nature de cet élément, et ce qui a changé</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation>&amp;Conserver comme brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
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
        <translation>La boîte d&apos;envoi est vide&#xa0;: tout a été envoyé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Held for you:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retenu pour vous&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;New since you began, from %1:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nouveau depuis que vous avez commencé, de la part de %1&#xa0;:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assigned to: %1 (was %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assigné à&#xa0;: %1 (auparavant %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: %1 (was %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Statut&#xa0;: %1 (auparavant %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send anyway, edit it first, or keep it as a draft on the ticket.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envoyez-le quand même, modifiez-le d&apos;abord, ou conservez-le comme brouillon sur le ticket.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The helpdesk refused it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le helpdesk l&apos;a refusé&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not sent yet: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore envoyé&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sending it again.</source>
        <translation>Nouvel envoi en cours.</translation>
    </message>
    <message>
        <source>Sending what waits now.</source>
        <translation>Envoi de ce qui est en attente.</translation>
    </message>
    <message>
        <source>Sent as it is, without checking the ticket again.</source>
        <translation>Envoyé tel quel, sans revérifier le ticket.</translation>
    </message>
    <message>
        <source>Kept as a draft on the ticket: open the ticket to go on writing.</source>
        <translation>Conservé comme brouillon sur le ticket&#xa0;: ouvrez le ticket pour continuer à écrire.</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation>Enregistrer et envoyer</translation>
    </message>
    <message>
        <source>Edited; it is sent again.</source>
        <translation>Modifié&#xa0;; il va être renvoyé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Throw this away for good? It is not sent, and what it changed on the ticket here is undone.</source>
        <translation>Supprimer définitivement cet élément&#xa0;? Il ne sera pas envoyé, et ce qu&apos;il avait modifié sur le ticket ici est annulé.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The outbox item %1 no longer exists.</source>
        <translation>L&apos;élément %1 de la boîte d&apos;envoi n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Another Deskhand is sending this account&apos;s outbox; what is queued goes with it.</source>
        <translation>Une autre instance de Deskhand envoie la boîte d&apos;envoi de ce compte&#xa0;; ce qui est en attente part avec elle.</translation>
    </message>
    <message>
        <source>The helpdesk refused it: %1</source>
        <translation>Le helpdesk l&apos;a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ticket was deleted.</source>
        <translation>Le ticket a été supprimé.</translation>
    </message>
    <message>
        <source>You are no longer allowed to see or change this ticket.</source>
        <translation>Vous n&apos;avez plus le droit de voir ou de modifier ce ticket.</translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the message; Deskhand checks the ticket and tries again later.</source>
        <translation>Le helpdesk n&apos;a pas confirmé le message&#xa0;; Deskhand vérifie le ticket et réessaie plus tard.</translation>
    </message>
    <message>
        <source>You are not allowed to create this ticket.</source>
        <translation>Vous n&apos;avez pas le droit de créer ce ticket.</translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the new ticket; Deskhand checks and tries again later.</source>
        <translation>Le helpdesk n&apos;a pas confirmé le nouveau ticket&#xa0;; Deskhand vérifie et réessaie plus tard.</translation>
    </message>
    <message>
        <source>The ticket was resolved after you began.</source>
        <translation>Le ticket a été résolu après que vous avez commencé.</translation>
    </message>
    <message>
        <source>The ticket was assigned to another agent after you began.</source>
        <translation>Le ticket a été assigné à un autre agent après que vous avez commencé.</translation>
    </message>
    <message>
        <source>The ticket was unassigned after you began.</source>
        <translation>Le ticket a été désassigné après que vous avez commencé.</translation>
    </message>
    <message>
        <source>The customer wrote a new message after you began.</source>
        <translation>Le client a écrit un nouveau message après que vous avez commencé.</translation>
    </message>
    <message>
        <source>The attached file %1 could not be read on this computer: %2</source>
        <translation>Le fichier joint %1 n&apos;a pas pu être lu sur cet ordinateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The outbox could not be saved.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The item changed meanwhile.</source>
        <translation>L&apos;élément a été modifié entre-temps.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Created ticket %1.</source>
        <translation>Ticket %1 créé.</translation>
    </message>
    <message>
        <source>Ticket %1 changed.</source>
        <translation>Ticket %1 modifié.</translation>
    </message>
    <message>
        <source>Note added to ticket %1 (message %2).</source>
        <translation>Note ajoutée au ticket %1 (message %2).</translation>
    </message>
    <message>
        <source>Reply sent on ticket %1 (message %2).</source>
        <translation>Réponse envoyée sur le ticket %1 (message %2).</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, held %3, still waiting %4.</source>
        <translation>Envoyés&#xa0;: %1, échoués&#xa0;: %2, retenus&#xa0;: %3, toujours en attente&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The helpdesk could not be reached; waiting items go with the next send.</source>
        <translation>Le helpdesk est injoignable&#xa0;; les éléments en attente partiront au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Ticket properties</source>
        <translation>Propriétés du ticket</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReferenceChoices</name>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Aucune priorité</translation>
    </message>
</context>
<context>
    <name>RemoteImageFetcher</name>
    <message>
        <source>Only images from web addresses (http, https) are shown.</source>
        <translation>Seules les images provenant d&apos;adresses web (http, https) sont affichées.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>L&apos;image dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The address did not answer with an image.</source>
        <translation>L&apos;adresse n&apos;a pas renvoyé d&apos;image.</translation>
    </message>
    <message>
        <source>The address sent Deskhand somewhere other than the web.</source>
        <translation>L&apos;adresse a redirigé Deskhand ailleurs que vers le web.</translation>
    </message>
    <message>
        <source>The image did not arrive in time.</source>
        <translation>L&apos;image n&apos;est pas arrivée à temps.</translation>
    </message>
    <message>
        <source>The image could not be fetched (HTTP %1).</source>
        <translation>L&apos;image n&apos;a pas pu être récupérée (HTTP %1).</translation>
    </message>
    <message>
        <source>The image could not be fetched: %1</source>
        <translation>L&apos;image n&apos;a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>L&apos;image est trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>L&apos;image n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The local store was written by a newer Deskhand. It was left untouched: update Deskhand to use it.</source>
        <translation>La base locale a été écrite par une version plus récente de Deskhand. Elle n&apos;a pas été modifiée&#xa0;: mettez Deskhand à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The local store file is not a Deskhand store. It was left untouched.</source>
        <translation>Le fichier de la base locale n&apos;est pas une base Deskhand. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The local store could not be upgraded to version %1: %2</source>
        <translation>La base locale n&apos;a pas pu être mise à niveau vers la version %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search tickets</source>
        <translation>Rechercher des tickets</translation>
    </message>
    <message>
        <source>Search, or a ticket id or ref (/)</source>
        <translation>Rechercher, ou identifiant ou référence de ticket (/)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Queues whose new tickets notify you</source>
        <translation>Files d&apos;attente dont les nouveaux tickets vous sont notifiés</translation>
    </message>
    <message>
        <source>Days to keep resolved tickets offline</source>
        <translation>Nombre de jours de conservation hors ligne des tickets résolus</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Notify about new tickets in:</source>
        <translation>Notifier les nouveaux tickets de&#xa0;:</translation>
    </message>
    <message>
        <source>Keep resolved tickets offline for:</source>
        <translation>Conserver hors ligne les tickets résolus pendant&#xa0;:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate pin of the helpdesk</source>
        <translation>Épinglage de certificat du helpdesk</translation>
    </message>
    <message>
        <source>None: the system&apos;s trusted certificates decide</source>
        <translation>Aucun : les certificats de confiance du système décident</translation>
    </message>
    <message>
        <source>The Base64 SHA-256 of the helpdesk&apos;s public key. With a pin, Deskhand only talks to a helpdesk whose certificate chain holds that key, on top of the usual checks.</source>
        <translation>Le SHA-256 en Base64 de la clé publique du helpdesk. Avec un épinglage, Deskhand ne communique qu&apos;avec un helpdesk dont la chaîne de certificats contient cette clé, en plus des vérifications habituelles.</translation>
    </message>
    <message>
        <source>Certificate pin:</source>
        <translation>Épinglage de certificat :</translation>
    </message>
    <message>
        <source>Helpdesk accounts</source>
        <translation>Comptes de helpdesk</translation>
    </message>
    <message>
        <source>Signed-in helpdesks</source>
        <translation>Helpdesks connectés</translation>
    </message>
    <message>
        <source>%1 (%2), open</source>
        <translation>%1 (%2), ouvert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The certificate pin must be the Base64 SHA-256 of the helpdesk&apos;s public key (44 characters, as openssl prints it), or empty for none.</source>
        <translation>L&apos;épinglage de certificat doit être le SHA-256 en Base64 de la clé publique du helpdesk (44 caractères, tel qu&apos;openssl l&apos;affiche), ou rester vide.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a helpdesk</source>
        <translation>Se connecter à un helpdesk</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Type your helpdesk&apos;s address, as you open it in a browser.</source>
        <translation>Saisissez l&apos;adresse de votre helpdesk, telle que vous l&apos;ouvrez dans un navigateur.</translation>
    </message>
    <message>
        <source>example.deskpro.com</source>
        <translation>example.deskpro.com</translation>
    </message>
    <message>
        <source>Helpdesk address</source>
        <translation>Adresse du helpdesk</translation>
    </message>
    <message>
        <source>Sign in with your helpdesk&apos;s single sign-on in your web browser. Deskhand never sees your password there.</source>
        <translation>Connectez-vous par l&apos;authentification unique de votre helpdesk, dans votre navigateur web. Deskhand ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Authentification unique</translation>
    </message>
    <message>
        <source>12:ABCDEFGHIJKLMNOP</source>
        <translation>12:ABCDEFGHIJKLMNOP</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>An administrator creates API keys in the helpdesk&apos;s admin interface.</source>
        <translation>Un administrateur crée les clés API dans l&apos;interface d&apos;administration du helpdesk.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Deskhand exchanges your password for a token once and does not keep it.</source>
        <translation>Deskhand échange votre mot de passe contre un jeton, une seule fois, et ne le conserve pas.</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <source>Device link:</source>
        <translation>Lien d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>In the helpdesk&apos;s agent interface, open Preferences and set up a device; paste the link it shows.</source>
        <translation>Dans l&apos;interface agent du helpdesk, ouvrez les Préférences et configurez un appareil&#xa0;; collez le lien affiché.</translation>
    </message>
    <message>
        <source>Device link</source>
        <translation>Lien d&apos;appareil</translation>
    </message>
    <message>
        <source>Looking for a helpdesk at %1…</source>
        <translation>Recherche d&apos;un helpdesk à l&apos;adresse %1…</translation>
    </message>
    <message>
        <source>Found %1: Deskpro %2, %3.</source>
        <translation>%1 trouvé&#xa0;: Deskpro %2, %3.</translation>
    </message>
    <message>
        <source>in Deskpro&apos;s cloud</source>
        <translation>dans le cloud de Deskpro</translation>
    </message>
    <message>
        <source>on-premises (hosted by your organisation)</source>
        <translation>sur site (hébergé par votre organisation)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Paste the whole API key, like 12:ABCDEFGHIJ.</source>
        <translation>Collez la clé API complète, comme 12:ABCDEFGHIJ.</translation>
    </message>
    <message>
        <source>Type your e-mail address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this e-mail address and password. Check them, or sign in another way: single sign-on, an API key or a device link.</source>
        <translation>Le helpdesk n&apos;a pas accepté cette adresse e-mail et ce mot de passe. Vérifiez-les, ou connectez-vous autrement&#xa0;: authentification unique, clé API ou lien d&apos;appareil.</translation>
    </message>
    <message>
        <source>Paste the device link the helpdesk showed you.</source>
        <translation>Collez le lien d&apos;appareil que le helpdesk vous a affiché.</translation>
    </message>
    <message>
        <source>Using the device link…</source>
        <translation>Utilisation du lien d&apos;appareil…</translation>
    </message>
    <message>
        <source>This device link does not work (any more): each works once. Set up the device again in the helpdesk and paste the new link.</source>
        <translation>Ce lien d&apos;appareil ne fonctionne pas (ou plus)&#xa0;: chaque lien ne fonctionne qu&apos;une fois. Configurez de nouveau l&apos;appareil dans le helpdesk et collez le nouveau lien.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser and sign in there; Deskhand is waiting for it.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez cette adresse dans un navigateur et connectez-vous-y&#xa0;; Deskhand attend la connexion.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened; Deskhand is waiting for it. Cancel stops.</source>
        <translation>Connectez-vous dans la fenêtre de navigateur qui s&apos;est ouverte&#xa0;; Deskhand attend la connexion. «&#xa0;Annuler&#xa0;» interrompt l&apos;attente.</translation>
    </message>
    <message>
        <source>Signed in; setting up the account…</source>
        <translation>Connecté&#xa0;; configuration du compte…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>The API key stays valid: it belongs to the helpdesk&apos;s administrator, who can revoke it in Admin → Apps → API Keys.</source>
        <translation>La clé API reste valide&#xa0;: elle appartient à l&apos;administrateur du helpdesk, qui peut la révoquer dans Admin → Apps → API Keys.</translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in token; you can revoke it in the helpdesk&apos;s agent interface.</source>
        <translation>%1 ne permet pas à Deskhand de révoquer son jeton de connexion&#xa0;; vous pouvez le révoquer dans l&apos;interface agent du helpdesk.</translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in; it ends when it expires, or when you or an administrator revoke it at the helpdesk.</source>
        <translation>%1 ne permet pas à Deskhand de révoquer sa connexion&#xa0;; elle prend fin à son expiration, ou lorsque vous ou un administrateur la révoquez sur le helpdesk.</translation>
    </message>
    <message>
        <source>The sign-in was revoked at %1.</source>
        <translation>La connexion a été révoquée sur %1.</translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at %1; it ends when it expires.</source>
        <translation>La connexion n&apos;a pas pu être révoquée sur %1&#xa0;; elle prend fin à son expiration.</translation>
    </message>
    <message numerus="yes">
        <source>The outbox of “%1” holds %n unsent item(s), which signing out would lose. Send them first, export them to a file you keep, or discard them.</source>
        <translation>
            <numerusform>La boîte d&apos;envoi de «&#xa0;%1&#xa0;» contient %n élément non envoyé, que la déconnexion ferait perdre. Envoyez-le d&apos;abord, exportez-le dans un fichier que vous conservez, ou supprimez-le.</numerusform>
            <numerusform>La boîte d&apos;envoi de «&#xa0;%1&#xa0;» contient %n éléments non envoyés, que la déconnexion ferait perdre. Envoyez-les d&apos;abord, exportez-les dans un fichier que vous conservez, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written to %1 (%2), so nothing was removed.</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être écrite dans %1 (%2)&#xa0;; rien n&apos;a donc été retiré.</translation>
    </message>
    <message>
        <source>Signed out of “%1”: its store, attachments and keychain items are gone from this computer.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;»&#xa0;: sa base locale, ses pièces jointes et ses éléments du trousseau ont été retirés de cet ordinateur.</translation>
    </message>
    <message>
        <source>The store of “%1” cannot be opened, so whether its outbox holds unsent items cannot be checked, nor can they be exported. Remove it anyway only if you accept to lose them.</source>
        <translation>La base locale de «&#xa0;%1&#xa0;» ne peut pas être ouverte&#xa0;: impossible donc de vérifier si sa boîte d&apos;envoi contient des éléments non envoyés, ou de les exporter. Ne retirez quand même ce compte que si vous acceptez de les perdre.</translation>
    </message>
    <message>
        <source>Nothing could be revoked at the helpdesk without the account&apos;s credentials.</source>
        <translation>Rien n&apos;a pu être révoqué sur le helpdesk sans les identifiants du compte.</translation>
    </message>
    <message>
        <source>Removed “%1” from this computer.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <source>Insert Snippet</source>
        <translation>Insérer un modèle de texte</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Insérer un modèle de texte</translation>
    </message>
    <message>
        <source>Filter snippets</source>
        <translation>Filtrer les modèles de texte</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Modèles de texte</translation>
    </message>
    <message>
        <source>Language to insert</source>
        <translation>Langue à insérer</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert the snippet</source>
        <translation>Insérer le modèle de texte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
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
        <translation>Impossible d&apos;ouvrir le fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot apply the database key.</source>
        <translation>Impossible d&apos;appliquer la clé de la base de données.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Impossible de démarrer la transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Impossible de valider la transaction.</translation>
    </message>
    <message>
        <source>Cannot roll the transaction back.</source>
        <translation>Impossible d&apos;annuler la transaction.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Cannot prepare the statement.</source>
        <translation>Impossible de préparer l&apos;instruction.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Only one statement can run at a time.</source>
        <translation>Une seule instruction peut s&apos;exécuter à la fois.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>L&apos;instruction est vide.</translation>
    </message>
    <message>
        <source>Cannot bind the values.</source>
        <translation>Impossible de lier les valeurs.</translation>
    </message>
    <message>
        <source>Parameter count mismatch.</source>
        <translation>Le nombre de paramètres ne correspond pas.</translation>
    </message>
    <message>
        <source>Cannot run the statement.</source>
        <translation>Impossible d&apos;exécuter l&apos;instruction.</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>L&apos;instruction n&apos;est pas préparée.</translation>
    </message>
    <message>
        <source>Cannot read the next row.</source>
        <translation>Impossible de lire la ligne suivante.</translation>
    </message>
</context>
<context>
    <name>SsoSignIn</name>
    <message>
        <source>This sign-in has already run; start a new one.</source>
        <translation>Cette connexion a déjà eu lieu&#xa0;; lancez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Deskhand is signed in. You can close this tab and go back to Deskhand.</source>
        <translation>Deskhand est connecté. Vous pouvez fermer cet onglet et revenir à Deskhand.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Deskhand could not complete the sign-in. Go back to Deskhand to try again.</source>
        <translation>Deskhand n&apos;a pas pu terminer la connexion. Revenez à Deskhand pour réessayer.</translation>
    </message>
    <message>
        <source>Deskhand could not open a port on this computer to receive the sign-in. Check that local connections to 127.0.0.1 are allowed.</source>
        <translation>Deskhand n&apos;a pas pu ouvrir de port sur cet ordinateur pour recevoir la connexion. Vérifiez que les connexions locales vers 127.0.0.1 sont autorisées.</translation>
    </message>
    <message>
        <source>The sign-in was refused (%1). Try again, or ask your administrator.</source>
        <translation>La connexion a été refusée (%1). Réessayez, ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The browser returned a sign-in that Deskhand did not start, so it was ignored and nothing was signed in. Try again.</source>
        <translation>Le navigateur a renvoyé une connexion que Deskhand n&apos;a pas lancée&#xa0;; elle a donc été ignorée et aucune connexion n&apos;a eu lieu. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>La connexion n&apos;a pas été terminée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Deskhand could not receive the sign-in on this computer. Try again.</source>
        <translation>Deskhand n&apos;a pas pu recevoir la connexion sur cet ordinateur. Réessayez.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation>Ouvrir la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Syncing: %L1 of %L2 tickets</source>
        <translation>Synchronisation&#xa0;: %L1 tickets sur %L2</translation>
    </message>
    <message>
        <source>%1 Your work is kept in the outbox and sent when the helpdesk is back.</source>
        <translation>%1 Votre travail est conservé dans la boîte d&apos;envoi et sera envoyé quand le helpdesk sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>%1 has not been asked anything yet: the window shows what this computer has.</source>
        <translation>Rien n&apos;a encore été demandé à %1&#xa0;: la fenêtre affiche ce que contient cet ordinateur.</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Boîte d&apos;envoi vide</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d&apos;envoi&#xa0;: %n en attente</numerusform>
            <numerusform>Boîte d&apos;envoi&#xa0;: %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A local store already exists in %1; it was left untouched.</source>
        <translation>Une base locale existe déjà dans %1&#xa0;; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>There is no local store in %1.</source>
        <translation>Il n&apos;y a pas de base locale dans %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>The local store cannot be read with the key from the keychain: it belongs to another key or is not a Deskhand store. It was left untouched. Sign out and in again to download a fresh copy.</source>
        <translation>La base locale ne peut pas être lue avec la clé du trousseau&#xa0;: elle correspond à une autre clé ou n&apos;est pas une base Deskhand. Elle n&apos;a pas été modifiée. Déconnectez-vous puis reconnectez-vous pour télécharger une nouvelle copie.</translation>
    </message>
    <message>
        <source>The local store could not be prepared: %1</source>
        <translation>La base locale n&apos;a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The store key is not a 256-bit key.</source>
        <translation>La clé de la base locale n&apos;est pas une clé de 256 bits.</translation>
    </message>
    <message>
        <source>The local store %1 does not exist.</source>
        <translation>La base locale %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The local store is an unencrypted database: Deskhand never uses one. It was left untouched. Move it away or sign out to remove it.</source>
        <translation>La base locale est une base de données non chiffrée&#xa0;: Deskhand n&apos;en utilise jamais. Elle n&apos;a pas été modifiée. Déplacez-la ailleurs ou déconnectez-vous pour la retirer.</translation>
    </message>
    <message>
        <source>The local store could not be opened: %1</source>
        <translation>La base locale n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deskhand is running without SQLCipher, so the local store would not be encrypted. Reinstall Deskhand.</source>
        <translation>Deskhand fonctionne sans SQLCipher&#xa0;; la base locale ne serait donc pas chiffrée. Réinstallez Deskhand.</translation>
    </message>
    <message>
        <source>The local store could not switch to write-ahead logging.</source>
        <translation>La base locale n&apos;a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The store key in the keychain is damaged. The local store was left untouched; sign out and in again to download a fresh copy.</source>
        <translation>La clé de la base locale enregistrée dans le trousseau est endommagée. La base locale n&apos;a pas été modifiée&#xa0;; déconnectez-vous puis reconnectez-vous pour télécharger une nouvelle copie.</translation>
    </message>
    <message>
        <source>The key of this account&apos;s local store is missing from the keychain (was the keychain reset, or the profile copied from another computer?). The store was left untouched: restore the keychain and try again, or sign out to remove the store and download a fresh copy.</source>
        <translation>La clé de la base locale de ce compte est absente du trousseau (le trousseau a-t-il été réinitialisé, ou le profil copié depuis un autre ordinateur&#xa0;?). La base locale n&apos;a pas été modifiée&#xa0;: restaurez le trousseau et réessayez, ou déconnectez-vous pour retirer la base locale et en télécharger une nouvelle copie.</translation>
    </message>
    <message>
        <source>No random numbers are available to make a store key.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible pour créer une clé de base locale.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the new store key. Make sure it is unlocked and saves passwords, then try again.</source>
        <translation>Le trousseau du système n&apos;a pas conservé la nouvelle clé de la base locale. Vérifiez qu&apos;il est déverrouillé et qu&apos;il enregistre les mots de passe, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>StoreQuery</name>
    <message>
        <source>The disk is full, so the local store could not save this change; nothing of it was kept. Free some disk space and try again.</source>
        <translation>Le disque est plein&#xa0;; la base locale n&apos;a donc pas pu enregistrer cette modification, dont rien n&apos;a été conservé. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while the local store was saving this change; nothing of it was kept. Check the disk, then try again.</source>
        <translation>Le disque a signalé une erreur pendant que la base locale enregistrait cette modification&#xa0;; rien n&apos;en a été conservé. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The local store&apos;s folder is read-only, so this change could not be saved. Check the folder&apos;s permissions and free disk space.</source>
        <translation>Le dossier de la base locale est en lecture seule&#xa0;; cette modification n&apos;a donc pas pu être enregistrée. Vérifiez les autorisations du dossier et l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Erreur de la base locale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoreWipe</name>
    <message>
        <source>Some of this account&apos;s local files could not be removed (%1). Close other Deskhand windows and deskhand-cli, then sign out again.</source>
        <translation>Certains fichiers locaux de ce compte n&apos;ont pas pu être retirés (%1). Fermez les autres fenêtres de Deskhand et deskhand-cli, puis déconnectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The local files were removed, but the keychain items were not: %1</source>
        <translation>Les fichiers locaux ont été retirés, mais pas les éléments du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The local store is already open.</source>
        <translation>La base locale est déjà ouverte.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>La base locale n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The local store could not save the change: an unexpected error occurred.</source>
        <translation>La base locale n&apos;a pas pu enregistrer la modification&#xa0;: une erreur inattendue s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>“%1” is not a change; write name=value, like status=resolved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une modification&#xa0;; écrivez nom=valeur, comme status=resolved.</translation>
    </message>
    <message>
        <source>There is no status “%1”.</source>
        <translation>Il n&apos;existe pas de statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no agent “%1”.</source>
        <translation>Il n&apos;existe pas d&apos;agent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation>Il n&apos;existe pas d&apos;équipe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>Il n&apos;existe pas de département «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no priority “%1”.</source>
        <translation>Il n&apos;existe pas de priorité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Urgency is a number from 1 to 10.</source>
        <translation>L&apos;urgence est un nombre de 1 à 10.</translation>
    </message>
    <message>
        <source>“%1” cannot be set; use status, agent, team, department, priority, urgency or labels.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être défini&#xa0;; utilisez status, agent, team, department, priority, urgency ou labels.</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
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
        <translation>Placé dans la boîte d&apos;envoi&#xa0;; l&apos;envoi a lieu dès que le helpdesk est joignable.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Changed; the outbox sends it.</source>
        <translation>Modifié&#xa0;; la boîte d&apos;envoi transmet la modification.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur&#xa0;?

%1</translation>
    </message>
    <message>
        <source>%1 may be a program or script: Deskhand does not open it. Save it, and open it yourself only if you trust it.</source>
        <translation>%1 est peut-être un programme ou un script&#xa0;: Deskhand ne l&apos;ouvre pas. Enregistrez-le, et ne l&apos;ouvrez vous-même que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Pièce jointe enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Status: %1   Agent: %2   Department: %3   Urgency: %4</source>
        <translation>Statut&#xa0;: %1   Agent&#xa0;: %2   Département&#xa0;: %3   Urgence&#xa0;: %4</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assigné</translation>
    </message>
    <message>
        <source>Customer: %1   Labels: %2</source>
        <translation>Client&#xa0;: %1   Étiquettes&#xa0;: %2</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>note interne</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
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
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>%1 no longer accepts this sign-in (it was used, has expired or was revoked). Sign in again.</source>
        <translation>%1 n&apos;accepte plus cette connexion (elle a été utilisée, a expiré ou a été révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 does not know Deskhand&apos;s client id for signing in. Ask your administrator which client id to use.</source>
        <translation>%1 ne connaît pas l&apos;identifiant de client OAuth de Deskhand. Demandez à votre administrateur quel identifiant de client utiliser.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was completing the sign-in. Sign in again.</source>
        <translation>La communication avec %1 a été interrompue pendant la finalisation de la connexion. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>TokenRefresh</name>
    <message>
        <source>%1 Your outbox and drafts are kept, and go out once you have signed in again.</source>
        <translation>%1 Votre boîte d&apos;envoi et vos brouillons sont conservés, et partiront une fois que vous vous serez reconnecté.</translation>
    </message>
    <message>
        <source>%1 accepts the sign-in token neither as “Bearer” nor as “token”. Ask your administrator how Deskpro&apos;s OAuth tokens are to be used there.</source>
        <translation>%1 n&apos;accepte le jeton de connexion ni en tant que «&#xa0;Bearer&#xa0;», ni en tant que «&#xa0;token&#xa0;». Demandez à votre administrateur comment les jetons OAuth de Deskpro doivent y être utilisés.</translation>
    </message>
    <message>
        <source>Deskhand could not write in its folder %1 to renew the sign-in to %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Deskhand n&apos;a pas pu écrire dans son dossier %1 pour renouveler la connexion à %2. Vérifiez les autorisations du dossier et l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>Another Deskhand on this computer is renewing the sign-in to %1 and has not finished. Try again in a moment.</source>
        <translation>Une autre instance de Deskhand sur cet ordinateur renouvelle la connexion à %1 et n&apos;a pas terminé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and cannot be renewed: sign in again.</source>
        <translation>La connexion à %1 a expiré et ne peut pas être renouvelée&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this sign-in (it has expired or was revoked): sign in again.</source>
        <translation>%1 n&apos;accepte plus cette connexion (elle a expiré ou a été révoquée)&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while renewing the sign-in. Deskhand tries again later.</source>
        <translation>La communication avec %1 a été interrompue pendant le renouvellement de la connexion. Deskhand réessaie plus tard.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Deskhand: %n ticket(s) in your watched queues</source>
        <translation>
            <numerusform>Deskhand&#xa0;: %n ticket dans vos files d&apos;attente surveillées</numerusform>
            <numerusform>Deskhand&#xa0;: %n tickets dans vos files d&apos;attente surveillées</numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets</source>
        <translation>
            <numerusform>%n nouveau ticket</numerusform>
            <numerusform>%n nouveaux tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <source>A desktop client for helpdesk agents.</source>
        <translation>Un client de bureau pour les agents de helpdesk.</translation>
    </message>
    <message>
        <source>Check the helpdesk at &lt;url&gt; on start.</source>
        <translation>Vérifier le helpdesk à l&apos;adresse &lt;url&gt; au démarrage.</translation>
    </message>
    <message>
        <source>Write a PNG of the window to &lt;file&gt; once it has loaded, then exit.</source>
        <translation>Écrire une image PNG de la fenêtre dans &lt;file&gt; une fois celle-ci chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Open the account &lt;name&gt; (by default the only one there is).</source>
        <translation>Ouvrir le compte &lt;name&gt; (par défaut, le seul qui existe).</translation>
    </message>
    <message>
        <source>Open the ticket &lt;id&gt; or &lt;ref&gt; once the account is open.</source>
        <translation>Ouvrir le ticket &lt;id&gt; ou &lt;ref&gt; une fois le compte ouvert.</translation>
    </message>
    <message>
        <source>Add a helpdesk in the sign-in dialog before the window opens (it comes by itself when there is none yet).</source>
        <translation>Ajouter un helpdesk dans la fenêtre de connexion avant l&apos;ouverture de la fenêtre principale (elle s&apos;affiche d&apos;elle-même s&apos;il n&apos;y a encore aucun helpdesk).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; in this run: de, en, fr, or system (by default the language chosen in Settings).</source>
        <translation>Utiliser &lt;language&gt; pour cette exécution&#xa0;: de, en, fr ou system (par défaut, la langue choisie dans les paramètres).</translation>
    </message>
    <message>
        <source>Unknown language “%1”: choose de, en, fr or system.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: choisissez de, en, fr ou system.</translation>
    </message>
</context>
</TS>
