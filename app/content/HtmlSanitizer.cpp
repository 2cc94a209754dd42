#include "HtmlSanitizer.h"

#include "LinkPolicy.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace {

// Elements that survive, with the attributes each may keep (checked again per attribute below).
const QSet<QString> &keptElements()
{
    static const QSet<QString> set{
        QStringLiteral("a"),      QStringLiteral("abbr"),    QStringLiteral("address"),
        QStringLiteral("b"),      QStringLiteral("big"),     QStringLiteral("blockquote"),
        QStringLiteral("br"),     QStringLiteral("caption"), QStringLiteral("cite"),
        QStringLiteral("code"),   QStringLiteral("dd"),      QStringLiteral("del"),
        QStringLiteral("div"),    QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("em"),     QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),     QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),     QStringLiteral("hr"),      QStringLiteral("i"),
        QStringLiteral("img"),    QStringLiteral("ins"),     QStringLiteral("kbd"),
        QStringLiteral("li"),     QStringLiteral("ol"),      QStringLiteral("p"),
        QStringLiteral("pre"),    QStringLiteral("q"),       QStringLiteral("s"),
        QStringLiteral("samp"),   QStringLiteral("small"),   QStringLiteral("span"),
        QStringLiteral("strike"), QStringLiteral("strong"),  QStringLiteral("sub"),
        QStringLiteral("sup"),    QStringLiteral("table"),   QStringLiteral("tbody"),
        QStringLiteral("td"),     QStringLiteral("tfoot"),   QStringLiteral("th"),
        QStringLiteral("thead"),  QStringLiteral("tr"),      QStringLiteral("tt"),
        QStringLiteral("u"),      QStringLiteral("ul"),
    };
    return set;
}

// Elements whose whole content goes with them: code, embedded documents, controls, media.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> set{
        QStringLiteral("applet"),    QStringLiteral("audio"),    QStringLiteral("base"),
        QStringLiteral("button"),    QStringLiteral("canvas"),   QStringLiteral("embed"),
        QStringLiteral("frame"),     QStringLiteral("frameset"), QStringLiteral("head"),
        QStringLiteral("iframe"),    QStringLiteral("input"),    QStringLiteral("link"),
        QStringLiteral("map"),       QStringLiteral("math"),     QStringLiteral("meta"),
        QStringLiteral("noembed"),   QStringLiteral("noframes"), QStringLiteral("noscript"),
        QStringLiteral("object"),    QStringLiteral("param"),    QStringLiteral("picture"),
        QStringLiteral("plaintext"), QStringLiteral("script"),   QStringLiteral("select"),
        QStringLiteral("source"),    QStringLiteral("style"),    QStringLiteral("svg"),
        QStringLiteral("template"),  QStringLiteral("textarea"), QStringLiteral("title"),
        QStringLiteral("track"),     QStringLiteral("video"),    QStringLiteral("xmp"),
    };
    return set;
}

// Their content is not markup: it runs to the matching end tag whatever it contains.
const QSet<QString> &rawTextElements()
{
    static const QSet<QString> set{QStringLiteral("script"),   QStringLiteral("style"),
                                   QStringLiteral("textarea"), QStringLiteral("title"),
                                   QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                   QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                   QStringLiteral("noscript"), QStringLiteral("plaintext")};
    return set;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> set{QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),
                                   QStringLiteral("col"),   QStringLiteral("embed"), QStringLiteral("hr"),
                                   QStringLiteral("img"),   QStringLiteral("input"), QStringLiteral("link"),
                                   QStringLiteral("meta"),  QStringLiteral("param"), QStringLiteral("source"),
                                   QStringLiteral("track"), QStringLiteral("wbr")};
    return set;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> set{
        QStringLiteral("address"), QStringLiteral("blockquote"), QStringLiteral("br"),
        QStringLiteral("dd"),      QStringLiteral("div"),        QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("hr"),         QStringLiteral("li"),
        QStringLiteral("ol"),      QStringLiteral("p"),          QStringLiteral("pre"),
        QStringLiteral("table"),   QStringLiteral("tr"),         QStringLiteral("ul")};
    return set;
}

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> table{
        {QStringLiteral("amp"), u'&'},     {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},      {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},   {QStringLiteral("nbsp"), 0xa0},
        {QStringLiteral("copy"), 0xa9},    {QStringLiteral("reg"), 0xae},
        {QStringLiteral("trade"), 0x2122}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("laquo"), 0xab},   {QStringLiteral("raquo"), 0xbb},
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201c}, {QStringLiteral("rdquo"), 0x201d},
        {QStringLiteral("bdquo"), 0x201e}, {QStringLiteral("euro"), 0x20ac},
        {QStringLiteral("pound"), 0xa3},   {QStringLiteral("auml"), 0xe4},
        {QStringLiteral("ouml"), 0xf6},    {QStringLiteral("uuml"), 0xfc},
        {QStringLiteral("Auml"), 0xc4},    {QStringLiteral("Ouml"), 0xd6},
        {QStringLiteral("Uuml"), 0xdc},    {QStringLiteral("szlig"), 0xdf},
        {QStringLiteral("eacute"), 0xe9},  {QStringLiteral("egrave"), 0xe8},
        {QStringLiteral("ecirc"), 0xea},   {QStringLiteral("euml"), 0xeb},
        {QStringLiteral("agrave"), 0xe0},  {QStringLiteral("acirc"), 0xe2},
        {QStringLiteral("ccedil"), 0xe7},  {QStringLiteral("icirc"), 0xee},
        {QStringLiteral("iuml"), 0xef},    {QStringLiteral("ocirc"), 0xf4},
        {QStringLiteral("ugrave"), 0xf9},  {QStringLiteral("ucirc"), 0xfb},
        {QStringLiteral("Eacute"), 0xc9},  {QStringLiteral("Egrave"), 0xc8},
        {QStringLiteral("Agrave"), 0xc0},  {QStringLiteral("Ccedil"), 0xc7},
        {QStringLiteral("oelig"), 0x153},  {QStringLiteral("middot"), 0xb7},
        {QStringLiteral("bull"), 0x2022},  {QStringLiteral("shy"), 0xad},
        {QStringLiteral("zwnj"), 0x200c},  {QStringLiteral("zwj"), 0x200d},
    };
    return table;
}

bool isBidiOverride(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        c = 0xfffd;
    if (isBidiOverride(c))
        return;
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// Decodes character references in text or an attribute value; unknown ones stay as written.
QString decodeEntities(QStringView in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c != QLatin1Char('&')) {
            if (!isBidiOverride(c.unicode()))
                out += c;
            continue;
        }
        const qsizetype semicolon = in.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            continue;
        }
        const QStringView name = in.mid(i + 1, semicolon - i - 1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code =
                (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                    ? name.mid(2).toUInt(&ok, 16)
                    : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                appendCodePoint(out, code);
                i = semicolon;
                continue;
            }
        } else if (const auto found = namedEntities().constFind(name.toString());
                   found != namedEntities().constEnd()) {
            out += QChar(*found);
            i = semicolon;
            continue;
        }
        out += c;
    }
    return out;
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

struct Tag
{
    QString name; // lower case
    bool isEnd = false;
    bool selfClosing = false;
    QList<QPair<QString, QString>> attributes; // names lower case, values decoded

    QString attribute(const QString &attributeName) const
    {
        for (const auto &[key, value] : attributes)
            if (key == attributeName)
                return value;
        return {};
    }
    bool hasAttribute(const QString &attributeName) const
    {
        for (const auto &attribute : attributes)
            if (attribute.first == attributeName)
                return true;
        return false;
    }
};

// A forgiving tokenizer in the spirit of HTML's: it never fails, it only decides what is a tag.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView html) : m_in(html) {}

    bool atEnd() const { return m_pos >= m_in.size(); }

    // Text up to the next tag (decoded), or empty when a tag comes next.
    QString text()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size()) {
            if (m_in[m_pos] == QLatin1Char('<') && m_pos + 1 < m_in.size()) {
                const QChar next = m_in[m_pos + 1];
                if (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') ||
                    next == QLatin1Char('?'))
                    break;
            }
            ++m_pos;
        }
        return decodeEntities(m_in.mid(start, m_pos - start));
    }

    // The next tag; comments, doctypes and processing instructions come back as nullopt.
    std::optional<Tag> tag()
    {
        Q_ASSERT(m_in[m_pos] == QLatin1Char('<'));
        if (m_in.mid(m_pos).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = m_in.indexOf(QLatin1String("-->"), m_pos + 4);
            m_pos = end < 0 ? m_in.size() : end + 3;
            return std::nullopt;
        }
        if (m_in[m_pos + 1] == QLatin1Char('!') || m_in[m_pos + 1] == QLatin1Char('?')) {
            skipPast(QLatin1Char('>'));
            return std::nullopt;
        }
        Tag tag;
        ++m_pos;
        if (m_in[m_pos] == QLatin1Char('/')) {
            tag.isEnd = true;
            ++m_pos;
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < m_in.size() && isNameChar(m_in[m_pos]))
            ++m_pos;
        tag.name = m_in.mid(nameStart, m_pos - nameStart).toString().toLower();
        if (tag.name.isEmpty()) { // "</ >" and the like: skip as a bogus comment
            skipPast(QLatin1Char('>'));
            return std::nullopt;
        }
        readAttributes(tag);
        return tag;
    }

    // Skips raw text up to and including "</name ...>" (case-insensitive), or to the end.
    void skipRawText(const QString &name)
    {
        const QString closing = QStringLiteral("</") + name;
        while (m_pos < m_in.size()) {
            const qsizetype at = m_in.indexOf(closing, m_pos, Qt::CaseInsensitive);
            if (at < 0) {
                m_pos = m_in.size();
                return;
            }
            m_pos = at + closing.size();
            if (m_pos >= m_in.size() || !isNameChar(m_in[m_pos])) {
                skipPast(QLatin1Char('>'));
                return;
            }
        }
    }

private:
    void skipPast(QChar c)
    {
        const qsizetype end = m_in.indexOf(c, m_pos);
        m_pos = end < 0 ? m_in.size() : end + 1;
    }

    void readAttributes(Tag &tag)
    {
        while (m_pos < m_in.size()) {
            while (m_pos < m_in.size() && (isSpace(m_in[m_pos]) || m_in[m_pos] == QLatin1Char('/'))) {
                if (m_in[m_pos] == QLatin1Char('/') && m_pos + 1 < m_in.size() &&
                    m_in[m_pos + 1] == QLatin1Char('>'))
                    tag.selfClosing = true;
                ++m_pos;
            }
            if (m_pos >= m_in.size())
                return;
            if (m_in[m_pos] == QLatin1Char('>')) {
                ++m_pos;
                return;
            }
            const qsizetype nameStart = m_pos;
            while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != QLatin1Char('>') &&
                   m_in[m_pos] != QLatin1Char('=') && m_in[m_pos] != QLatin1Char('/'))
                ++m_pos;
            QString name = m_in.mid(nameStart, m_pos - nameStart).toString().toLower();
            if (name.isEmpty()) { // a stray '=': step over it
                ++m_pos;
                continue;
            }
            while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
                ++m_pos;
            QString value;
            if (m_pos < m_in.size() && m_in[m_pos] == QLatin1Char('=')) {
                ++m_pos;
                while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
                    ++m_pos;
                if (m_pos < m_in.size() &&
                    (m_in[m_pos] == QLatin1Char('"') || m_in[m_pos] == QLatin1Char('\''))) {
                    const QChar quote = m_in[m_pos++];
                    const qsizetype end = m_in.indexOf(quote, m_pos);
                    const qsizetype stop = end < 0 ? m_in.size() : end;
                    value = decodeEntities(m_in.mid(m_pos, stop - m_pos));
                    m_pos = end < 0 ? m_in.size() : end + 1;
                } else {
                    const qsizetype start = m_pos;
                    while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != QLatin1Char('>'))
                        ++m_pos;
                    value = decodeEntities(m_in.mid(start, m_pos - start));
                }
            }
            if (tag.attributes.size() < 64)
                tag.attributes.append({name, value});
        }
    }

    QStringView m_in;
    qsizetype m_pos = 0;
};

QString boundedNumber(const QString &value, int max)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return (ok && number > 0 && number <= max) ? QString::number(number) : QString();
}

// Writes the allowed form of a start tag, or nothing. Returns false when the element is dropped.
bool writeStartTag(const Tag &tag, QString &out, HtmlSanitizer::Result &result)
{
    QString attributes;
    int kept = 0;
    auto add = [&](const QString &name, const QString &value) {
        attributes += QLatin1Char(' ') + name + QStringLiteral("=\"") + escaped(value) + QLatin1Char('"');
        ++kept;
    };

    if (tag.name == QLatin1String("a")) {
        if (const auto url = LinkPolicy::openable(tag.attribute(QStringLiteral("href")))) {
            add(QStringLiteral("href"), url->toString(QUrl::FullyEncoded));
            add(QStringLiteral("title"), LinkPolicy::displayTarget(*url));
        } else if (tag.hasAttribute(QStringLiteral("href"))) {
            ++result.removedElements; // the link goes; its text stays
        }
    } else if (tag.name == QLatin1String("img")) {
        const QString src = tag.attribute(QStringLiteral("src")).trimmed();
        QString placeholder;
        if (src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
            placeholder =
                QStringLiteral("attachment:") + QString::fromLatin1(QUrl::toPercentEncoding(src.mid(4)));
        } else {
            const QUrl url(src, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (url.isValid() && !url.host().isEmpty() &&
                (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
                placeholder = QStringLiteral("remote-image:%1").arg(result.remoteImages.size());
                result.remoteImages.append(url);
            }
        }
        if (placeholder.isEmpty()) { // file:, data:, UNC, javascript: … an image that stays away
            ++result.removedElements;
            const QString alt = tag.attribute(QStringLiteral("alt")).left(200);
            if (!alt.isEmpty())
                out += QStringLiteral("[") + escaped(alt) + QStringLiteral("]");
            return false;
        }
        add(QStringLiteral("src"), placeholder);
        const QString alt = tag.attribute(QStringLiteral("alt")).left(200);
        if (!alt.isEmpty())
            add(QStringLiteral("alt"), alt);
        for (const QString &name : {QStringLiteral("width"), QStringLiteral("height")}) {
            const QString value = boundedNumber(tag.attribute(name), 2000);
            if (!value.isEmpty())
                add(name, value);
        }
    } else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th")) {
        for (const QString &name : {QStringLiteral("colspan"), QStringLiteral("rowspan")}) {
            const QString value = boundedNumber(tag.attribute(name), 100);
            if (!value.isEmpty())
                add(name, value);
        }
    } else if (tag.name == QLatin1String("ol")) {
        const QString value = boundedNumber(tag.attribute(QStringLiteral("start")), 100000);
        if (!value.isEmpty())
            add(QStringLiteral("start"), value);
    }
    const QString dir = tag.attribute(QStringLiteral("dir")).toLower();
    if (dir == QLatin1String("ltr") || dir == QLatin1String("rtl"))
        add(QStringLiteral("dir"), dir);
    if (tag.attributes.size() > kept)
        result.removedElements += int(tag.attributes.size()) - kept;

    out += QLatin1Char('<') + tag.name + attributes + QLatin1Char('>');
    return true;
}

enum class Mode { Html, PlainText };

HtmlSanitizer::Result run(const QString &html, Mode mode)
{
    HtmlSanitizer::Result result;
    QString &out = result.html;
    out.reserve(html.size());
    QList<QString> open;     // kept elements, innermost last
    QList<QString> dropped;  // inside an element dropped with its content: its open descendants
    int overflow = 0;        // kept elements not written because of the depth limit
    int flattenedTables = 0; // open tables beyond maxTableDepth, written without table markup

    Tokenizer tokens(html);
    while (!tokens.atEnd()) {
        const QString text = tokens.text();
        if (!text.isEmpty() && dropped.isEmpty())
            out += mode == Mode::Html ? escaped(text) : text;
        if (tokens.atEnd())
            break;
        const std::optional<Tag> maybeTag = tokens.tag();
        if (!maybeTag)
            continue;
        const Tag &tag = *maybeTag;

        if (!dropped.isEmpty()) { // inside a dropped element: only track where it ends
            if (!tag.isEnd) {
                if (rawTextElements().contains(tag.name))
                    tokens.skipRawText(tag.name);
                else if (!voidElements().contains(tag.name) && !tag.selfClosing)
                    dropped.append(tag.name);
            } else if (const qsizetype at = dropped.lastIndexOf(tag.name); at >= 0) {
                dropped.resize(at);
            }
            continue;
        }

        if (droppedWithContent().contains(tag.name)) {
            if (tag.isEnd)
                continue;
            ++result.removedElements;
            if (rawTextElements().contains(tag.name))
                tokens.skipRawText(tag.name);
            else if (!voidElements().contains(tag.name) && !tag.selfClosing)
                dropped.append(tag.name);
            continue;
        }

        if (mode == Mode::PlainText) {
            if (blockElements().contains(tag.name) && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            continue;
        }

        if (!keptElements().contains(tag.name)) { // unknown or presentational: text stays, tag goes
            if (!tag.isEnd)
                ++result.removedElements;
            continue;
        }

        // Qt's layout time doubles with each level of nested tables, so a mail of tables in tables
        // could hold the window for minutes. Tables deeper than maxTableDepth lose their table
        // markup; their cells' text stays, separated.
        const bool tablePart = tag.name == QLatin1String("table") || tag.name == QLatin1String("tr") ||
                               tag.name == QLatin1String("td") || tag.name == QLatin1String("th") ||
                               tag.name == QLatin1String("tbody") || tag.name == QLatin1String("thead") ||
                               tag.name == QLatin1String("tfoot");
        if (tablePart && (flattenedTables > 0 || (tag.name == QLatin1String("table") && !tag.isEnd &&
                                                  open.count(tag.name) >= HtmlSanitizer::maxTableDepth))) {
            if (tag.name == QLatin1String("table")) {
                flattenedTables += tag.isEnd ? -1 : 1;
                if (!tag.isEnd)
                    ++result.removedElements;
            } else if (tag.isEnd && (tag.name == QLatin1String("td") || tag.name == QLatin1String("th"))) {
                out += QLatin1Char(' ');
            } else if (tag.isEnd && tag.name == QLatin1String("tr")) {
                out += QStringLiteral("<br>");
            }
            continue;
        }

        if (tag.isEnd) {
            const qsizetype at = open.lastIndexOf(tag.name);
            if (at < 0) {
                if (overflow > 0)
                    --overflow;
                continue;
            }
            while (open.size() > at) {
                out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
            }
            continue;
        }

        const bool isVoid = voidElements().contains(tag.name);
        if (!isVoid && open.size() >= HtmlSanitizer::maxDepth) {
            ++overflow;
            ++result.removedElements;
            continue;
        }
        if (writeStartTag(tag, out, result) && !isVoid)
            open.append(tag.name);
    }
    while (!open.isEmpty())
        out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
    return result;
}

} // namespace

HtmlSanitizer::Result HtmlSanitizer::sanitize(const QString &html)
{
    return run(html, Mode::Html);
}

QString HtmlSanitizer::toPlainText(const QString &html)
{
    QString text = run(html, Mode::PlainText).html;
    text.replace(QChar(0xa0), QLatin1Char(' '));
    // Collapse runs of blank space the markup's layout left behind, keeping paragraph breaks.
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    int newlines = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\n')) {
            ++newlines;
            pendingSpace = false;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (newlines > 0 && !out.isEmpty())
            out += QLatin1Char('\n');
        else if (pendingSpace && !out.isEmpty())
            out += QLatin1Char(' ');
        newlines = 0;
        pendingSpace = false;
        out += c;
    }
    return out;
}
