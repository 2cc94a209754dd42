// A source for the translation check's self-test (stale.ts): "Hello" is translated there,
// "Good morning" is new here, and the .ts still has "Goodbye", which is gone.
#include <QCoreApplication>

QString greetings()
{
    return QCoreApplication::translate("Inbox", "Hello") +
           QCoreApplication::translate("Inbox", "Good morning");
}
