<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountController</name>
    <message numerus="yes">
        <source>The outbox of %1 still holds %n item(s) that were not sent.</source>
        <translation>
            <numerusform>The outbox of %1 still holds %n item that was not sent.</numerusform>
            <numerusform>The outbox of %1 still holds %n items that were not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Tickets</source>
        <translation>
            <numerusform>Change %n Ticket</numerusform>
            <numerusform>Change %n Tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>The %n unsent item(s) are in %1.</source>
        <translation>
            <numerusform>The %n unsent item is in %1.</numerusform>
            <numerusform>The %n unsent items are in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <source>%n image(s) from the web not shown, to protect your privacy.</source>
        <translation>
            <numerusform>%n image from the web not shown, to protect your privacy.</numerusform>
            <numerusform>%n images from the web not shown, to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Set Status of %n Tickets</source>
        <translation>
            <numerusform>Set Status of %n Ticket</numerusform>
            <numerusform>Set Status of %n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed; the outbox sends it.</source>
        <translation>
            <numerusform>%n ticket changed; the outbox sends it.</numerusform>
            <numerusform>%n tickets changed; the outbox sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message numerus="yes">
        <source>The outbox of “%1” holds %n unsent item(s), which signing out would lose. Send them first, export them to a file you keep, or discard them.</source>
        <translation>
            <numerusform>The outbox of “%1” holds %n unsent item, which signing out would lose. Send it first, export it to a file you keep, or discard it.</numerusform>
            <numerusform>The outbox of “%1” holds %n unsent items, which signing out would lose. Send them first, export them to a file you keep, or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Deskhand: %n ticket(s) in your watched queues</source>
        <translation>
            <numerusform>Deskhand: %n ticket in your watched queues</numerusform>
            <numerusform>Deskhand: %n tickets in your watched queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets</source>
        <translation>
            <numerusform>%n new ticket</numerusform>
            <numerusform>%n new tickets</numerusform>
        </translation>
    </message>
</context>
</TS>
