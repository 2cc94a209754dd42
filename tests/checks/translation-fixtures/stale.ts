<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- expect: stale -->
<!-- sources: stale-sources -->
<TS version="2.1" language="de_DE">
<context>
    <name>Inbox</name>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Auf Wiedersehen</translation>
    </message>
</context>
</TS>
