<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- expect: markup -->
<TS version="2.1" language="de_DE">
<context>
    <name>Inbox</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed; the outbox sends them.</source>
        <translation>
            <numerusform>%n Ticket geändert; der Postausgang sendet es.</numerusform>
            <numerusform>%n Tickets geändert; der Postausgang sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Reply&lt;/b&gt; — the customer receives it.</source>
        <translation>Antwort — der Kunde erhält sie.</translation>
    </message>
</context>
</TS>
