<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- expect:  -->
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
        <source>&lt;p&gt;&lt;b&gt;Held for you:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Für Sie zurückgehalten:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A for %L1 agents</source>
        <translation>F&amp;&amp;A für %L1 Agenten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>https://yourcompany.deskpro.com</source>
        <extracomment>An example address: same in every language.</extracomment>
        <translation>https://yourcompany.deskpro.com</translation>
    </message>
</context>
</TS>
