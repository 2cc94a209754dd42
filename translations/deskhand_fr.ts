<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Account</name>
    <message>
        <source>The credentials for %1 are not in the keychain any more: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is %1&apos;s, but the account “%2” belongs to %3. Sign in as %3, or add %1 as another account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Helpdesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outbox of %1 still holds %n item(s) that were not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s tickets, drafts and outbox from this computer. Export the unsent items to a file you keep, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export and Sign Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Unsent Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s tickets, drafts and attachments are removed from this computer, and its credentials from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>There is no account named “%1”; see “deskhand-cli accounts”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No helpdesk account yet: add one with “deskhand-cli account add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 accounts: pick one with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create Deskhand&apos;s folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Deskhand is changing the account list; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The helpdesk wants you to sign in again; your work stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Helpdesk account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a helpdesk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenSignIn</name>
    <message>
        <source>This is not a device link. It looks like https://yourcompany.deskpro.com/api/v2/api_tokens/device_setup/…; copy it again from Preferences in the helpdesk&apos;s agent interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open the helpdesk&apos;s agent interface with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept this e-mail address and password. Check them; if you sign in to the helpdesk through single sign-on, use that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device link is for %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device link was used already or has expired; each link works once. Make a new one in Preferences in the helpdesk&apos;s agent interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was redeeming the device link, which works only once. Make a new link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentVault</name>
    <message>
        <source>No random numbers are available to protect the attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is missing: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy is damaged: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s local copy was changed or damaged and was not used: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltInQueue</name>
    <message>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to add, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to remove, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change goes through the outbox, one ticket at a time. Fields left “(unchanged)” stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The account to use, by name, host or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address (account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from &lt;file&gt;, or from stdin with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this e-mail address and a password (account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;, or from stdin with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a device link read from &lt;file&gt;, or from stdin with - (account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sso: the authorization server&apos;s issuer, when it is not the helpdesk (RFC 8414).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the unsent outbox items to &lt;file&gt; as JSON (account remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out even though the outbox holds unsent items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through the helpdesk&apos;s single sign-on in a browser (account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id for --sso (default: deskhand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sso: print the sign-in address instead of opening a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the sign-in in the browser, in seconds (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in &lt;pem&gt; for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue to list or sync (see “queues”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message from &lt;file&gt;, or from stdin with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address (new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ticket&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ticket&apos;s department, by id or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; tickets (list, search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm what cannot be undone (wipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deskhand-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove needs the account&apos;s name (see “accounts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account sign-in needs the account&apos;s name (see “accounts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“account” takes “add”, “sign-in” or “remove”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs a way to sign in: --sso, --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin). Keys, passwords and links are never taken from the command line, where other users could read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id, --issuer, --no-browser and --sso-timeout go with --sso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sso-timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email and --password-file go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device link is for %1, not for the helpdesk given with --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” exists already; choose another with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 into Deskhand&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (account “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key file must hold one key, like 12:ABCDEFGHIJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file must hold the password on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account sign-in takes one way to sign in: --sso, --api-key-file, --email with --password-file, or --device-link-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account sign-in needs a way to sign in: --api-key-file FILE, --email ADDRESS with --password-file FILE, or --device-link-file FILE (- reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again to %1 as %2 (account “%3”); the outbox and drafts were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address above in a browser and sign in; waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser that opened; waiting for it. If none opened, open this address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: open the address above and sign in; waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: add one with “deskhand-cli account add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be synced on its own; see “deskhand-cli queues”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1 What was synced so far is kept; run sync again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 tickets, %2 messages, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue “%1”; see “deskhand-cli queues”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs a ticket id or ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the store; run sync, or check the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“journal” takes “export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wipe removes this account&apos;s store, attachments and keychain items for good: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --export FILE or --discard-outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --discard-outbox to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “outbox send”, or add --export FILE or --discard-outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n unsent item(s) are in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” and everything Deskhand kept of it are gone from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note needs a ticket id and --file F (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply needs a ticket id and --file F (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs a ticket id and at least one change, like status=resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs --person EMAIL, --subject TEXT and --file F (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person takes the customer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 needs the item&apos;s number (see “outbox”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard throws the item away for good: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outbox action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox item is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, not sent (outbox item %1): %2 Decide with “outbox send-anyway %1”, “outbox keep-as-draft %1” or “outbox discard %1 --yes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused it (outbox item %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1): the helpdesk wants you to sign in again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the outbox (item %1); it is sent with the next “outbox send”. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note for agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then set status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status to set when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it in the outbox (Ctrl+Enter); it is sent as soon as the helpdesk can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal note&lt;/b&gt; — only agents see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt; — the customer receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty: write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskproApi</name>
    <message>
        <source>The helpdesk accepted the request but its answer could not be read, so Deskhand checks the result before doing anything else. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskproJson</name>
    <message>
        <source>The helpdesk sent an answer Deskhand cannot read (%1). Nothing was changed; try again later, and tell your administrator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in; it may have expired or been revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk does not allow you to do this. Ask a helpdesk administrator if you need the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk does not have this (any more); it may have been deleted or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk is offline for maintenance. Deskhand keeps your work and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk is limiting how many requests you can make. Deskhand keeps your work and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused the request because it is too large. Attach smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk had a problem of its own (HTTP %1). Try again later; tell your administrator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskAddress</name>
    <message>
        <source>Enter your helpdesk&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helpdesk address starts with https://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; you sign in next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskClient</name>
    <message>
        <source>The certificate of %1 does not match the one pinned for this account, so nothing was sent. Someone may be intercepting the connection; ask your administrator whether the helpdesk&apos;s certificate changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection; Deskhand tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while the helpdesk was handling the request, so it is not known whether it was applied. Deskhand checks before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more data than Deskhand accepts for one answer (%2 MiB), so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file from %1 could not be saved on this computer. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent Deskhand to another address (%2), which it does not follow with your credentials. Check the helpdesk address with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2), so none of it was used. Tell your administrator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check your connection; Deskhand keeps your work and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy wants credentials before it lets Deskhand reach %1. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before its end, so none of it was used. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2. Deskhand tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskDiscovery</name>
    <message>
        <source>The secure connection to %1 was refused: %2. Ask your administrator whether the helpdesk&apos;s certificate is trusted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy did not let the connection to %1 through: %2. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Deskpro helpdesk does. Check the address: it is the one you open in your browser to work on tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal was changed at record %1: its hash chain does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The macOS keychain is not available: open Keychain Access, unlock your login keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Credential Manager is not available: make sure you are signed in to Windows with your own account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: start gnome-keyring or KWallet (a Secret Service) and unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Deskhand to use the keychain when asked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): make sure it is running and unlocked (on Linux: gnome-keyring or KWallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it: unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deskhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Deskhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not on this computer; it may come with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed; the outbox sends it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold, in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic, in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Click, Ctrl+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to read its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued in the outbox; it is sent as soon as the helpdesk can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Selected Tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Deskhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Deskhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deskhand %1&lt;/h3&gt;&lt;p&gt;A desktop client for helpdesk agents: your queues and replies, offline, encrypted on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Deskpro %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthMetadata</name>
    <message>
        <source>The sign-in server %1 describes itself in a way Deskhand cannot use: %2 Ask your administrator for the right issuer address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another issuer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sign-in and token addresses must both be https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not offer PKCE with S256, which Deskhand needs to sign in safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer address must start with https:// and have no query (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no sign-in metadata (neither OAuth server metadata nor OpenID Connect discovery). Check the issuer address with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local store yet. Sync it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ticket needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is being sent; wait until the helpdesk answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of properties cannot be edited; discard it and change the ticket again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reply or a note can become a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft cannot keep attachments; edit or discard this message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of this ticket is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this item is, and what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Held for you:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;New since you began, from %1:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Assigned to: %1 (was %2)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: %1 (was %2)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Send anyway, edit it first, or keep it as a draft on the ticket.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The helpdesk refused it:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Not sent yet: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending what waits now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as it is, without checking the ticket again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a draft on the ticket: open the ticket to go on writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw this away for good? It is not sent, and what it changed on the ticket here is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The outbox item %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Another Deskhand is sending this account&apos;s outbox; what is queued goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer allowed to see or change this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the message; Deskhand checks the ticket and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to create this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not confirm the new ticket; Deskhand checks and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was resolved after you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was assigned to another agent after you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was unassigned after you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote a new message after you began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 could not be read on this computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Created ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to ticket %1 (message %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent on ticket %1 (message %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, failed %2, held %3, still waiting %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk could not be reached; waiting items go with the next send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Ticket properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceChoices</name>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The local store was written by a newer Deskhand. It was left untouched: update Deskhand to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store file is not a Deskhand store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be upgraded to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, or a ticket id or ref (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues whose new tickets notify you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep resolved tickets offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about new tickets in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep resolved tickets offline for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your helpdesk&apos;s address, as you open it in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.deskpro.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your helpdesk&apos;s single sign-on in your web browser. Deskhand never sees your password there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12:ABCDEFGHIJKLMNOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator creates API keys in the helpdesk&apos;s admin interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand exchanges your password for a token once and does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the helpdesk&apos;s agent interface, open Preferences and set up a device; paste the link it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a helpdesk at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1: Deskpro %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Deskpro&apos;s cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises (hosted by your organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole API key, like 12:ABCDEFGHIJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your e-mail address and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not accept this e-mail address and password. Check them, or sign in another way: single sign-on, an API key or a device link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the device link the helpdesk showed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the device link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device link does not work (any more): each works once. Set up the device again in the helpdesk and paste the new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser and sign in there; Deskhand is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened; Deskhand is waiting for it. Cancel stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; setting up the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>The API key stays valid: it belongs to the helpdesk&apos;s administrator, who can revoke it in Admin → Apps → API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in token; you can revoke it in the helpdesk&apos;s agent interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way for Deskhand to revoke its sign-in; it ends when it expires, or when you or an administrator revoke it at the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was revoked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at %1; it ends when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outbox of “%1” holds %n unsent item(s), which signing out would lose. Send them first, export them to a file you keep, or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written to %1 (%2), so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of “%1”: its store, attachments and keychain items are gone from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store of “%1” cannot be opened, so whether its outbox holds unsent items cannot be checked, nor can they be exported. Remove it anyway only if you accept to lose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be revoked at the helpdesk without the account&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll the transaction back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Cannot prepare the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the next row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SsoSignIn</name>
    <message>
        <source>This sign-in has already run; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand is signed in. You can close this tab and go back to Deskhand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand could not complete the sign-in. Go back to Deskhand to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand could not open a port on this computer to receive the sign-in. Check that local connections to 127.0.0.1 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused (%1). Try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned a sign-in that Deskhand did not start, so it was ignored and nothing was signed in. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand could not receive the sign-in on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %L1 of %L2 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your work is kept in the outbox and sent when the helpdesk is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been asked anything yet: the window shows what this computer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A local store already exists in %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local store in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>The local store cannot be read with the key from the keychain: it belongs to another key or is not a Deskhand store. It was left untouched. Sign out and in again to download a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store key is not a 256-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is an unencrypted database: Deskhand never uses one. It was left untouched. Move it away or sign out to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand is running without SQLCipher, so the local store would not be encrypted. Reinstall Deskhand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <source>The store key in the keychain is damaged. The local store was left untouched; sign out and in again to download a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this account&apos;s local store is missing from the keychain (was the keychain reset, or the profile copied from another computer?). The store was left untouched: restore the keychain and try again, or sign out to remove the store and download a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers are available to make a store key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not keep the new store key. Make sure it is unlocked and saves passwords, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreQuery</name>
    <message>
        <source>The disk is full, so the local store could not save this change; nothing of it was kept. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while the local store was saving this change; nothing of it was kept. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store&apos;s folder is read-only, so this change could not be saved. Check the folder&apos;s permissions and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWipe</name>
    <message>
        <source>Some of this account&apos;s local files could not be removed (%1). Close other Deskhand windows and deskhand-cli, then sign out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local files were removed, but the keychain items were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The local store is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not save the change: an unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>“%1” is not a change; write name=value, like status=resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no priority “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency is a number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be set; use status, agent, team, department, priority, urgency or labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Status: %1   Agent: %2   Department: %3   Urgency: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1   Labels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>%1 no longer accepts this sign-in (it was used, has expired or was revoked). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know Deskhand&apos;s client id for signing in. Ask your administrator which client id to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while it was completing the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRefresh</name>
    <message>
        <source>%1 Your outbox and drafts are kept, and go out once you have signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the sign-in token neither as “Bearer” nor as “token”. Ask your administrator how Deskpro&apos;s OAuth tokens are to be used there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deskhand could not write in its folder %1 to renew the sign-in to %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Deskhand on this computer is renewing the sign-in to %1 and has not finished. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and cannot be renewed: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts this sign-in (it has expired or was revoked): sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while renewing the sign-in. Deskhand tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Deskhand: %n ticket(s) in your watched queues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for helpdesk agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the helpdesk at &lt;url&gt; on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of the window to &lt;file&gt; once it has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account &lt;name&gt; (by default the only one there is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket &lt;id&gt; or &lt;ref&gt; once the account is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a helpdesk in the sign-in dialog before the window opens (it comes by itself when there is none yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; in this run: de, en, fr, or system (by default the language chosen in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: choose de, en, fr or system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
