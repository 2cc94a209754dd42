#include "store/HtmlText.h"

#include <QHash>

namespace {

// Entities common in helpdesk mail; numeric ones are decoded in general.
const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> entities = {
        {QStringLiteral("amp"), u'&'},    {QStringLiteral("lt"), u'<'},     {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},   {QStringLiteral("apos"), u'\''},  {QStringLiteral("nbsp"), u' '},
        {QStringLiteral("eacute"), u'é'}, {QStringLiteral("egrave"), u'è'}, {QStringLiteral("ecirc"), u'ê'},
        {QStringLiteral("euml"), u'ë'},   {QStringLiteral("aacute"), u'á'}, {QStringLiteral("agrave"), u'à'},
        {QStringLiteral("acirc"), u'â'},  {QStringLiteral("auml"), u'ä'},   {QStringLiteral("ouml"), u'ö'},
        {QStringLiteral("ocirc"), u'ô'},  {QStringLiteral("uuml"), u'ü'},   {QStringLiteral("ucirc"), u'û'},
        {QStringLiteral("ugrave"), u'ù'}, {QStringLiteral("icirc"), u'î'},  {QStringLiteral("iuml"), u'ï'},
        {QStringLiteral("ccedil"), u'ç'}, {QStringLiteral("szlig"), u'ß'},  {QStringLiteral("Auml"), u'Ä'},
        {QStringLiteral("Ouml"), u'Ö'},   {QStringLiteral("Uuml"), u'Ü'},   {QStringLiteral("Eacute"), u'É'},
        {QStringLiteral("Egrave"), u'È'}, {QStringLiteral("Ccedil"), u'Ç'}, {QStringLiteral("oelig"), u'œ'},
        {QStringLiteral("euro"), u'€'},   {QStringLiteral("hellip"), u'…'}, {QStringLiteral("ndash"), u'–'},
        {QStringLiteral("mdash"), u'—'},  {QStringLiteral("laquo"), u'«'},  {QStringLiteral("raquo"), u'»'},
        {QStringLiteral("rsquo"), u'’'},  {QStringLiteral("lsquo"), u'‘'},  {QStringLiteral("ldquo"), u'“'},
        {QStringLiteral("rdquo"), u'”'},
    };
    return entities;
}

// Tags that do not separate words (so "fac<b>tu</b>re" stays one word).
bool isInline(QStringView tag)
{
    static const QStringList inlineTags = {
        QStringLiteral("b"),      QStringLiteral("i"),    QStringLiteral("u"),    QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("span"), QStringLiteral("font"), QStringLiteral("a"),
        QStringLiteral("small"),  QStringLiteral("sub"),  QStringLiteral("sup"),  QStringLiteral("mark")};
    for (const QString &name : inlineTags) {
        if (tag.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void appendDecoded(QString &out, QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                              ? entity.mid(2).toUInt(&ok, 16)
                              : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
            return;
        }
    } else if (const auto found = namedEntities().constFind(entity.toString());
               found != namedEntities().cend()) {
        out += QChar(found.value());
        return;
    }
    out += u'&' + entity.toString() + u';';
}

} // namespace

QString HtmlText::toPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0)
                break;
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1);
            qsizetype nameEnd = tag.startsWith(u'/') ? 1 : 0;
            const qsizetype nameStart = nameEnd;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QStringView name = tag.mid(nameStart, nameEnd - nameStart);
            i = close + 1;
            if (nameStart == 0 && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                                   name.compare(u"style", Qt::CaseInsensitive) == 0)) {
                const QString end = QStringLiteral("</") + name.toString();
                const qsizetype endAt = html.indexOf(end, i, Qt::CaseInsensitive);
                if (endAt < 0)
                    break;
                const qsizetype endClose = html.indexOf(u'>', endAt);
                i = endClose < 0 ? n : endClose + 1;
                out += u' ';
                continue;
            }
            if (!isInline(name))
                out += u' ';
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i + 1);
            if (semicolon > i + 1 && semicolon - i <= 10) {
                appendDecoded(out, QStringView(html).mid(i + 1, semicolon - i - 1));
                i = semicolon + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out.simplified();
}
