<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- expect: plural-forms -->
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
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartet</numerusform>
        </translation>
    </message>
</context>
</TS>
