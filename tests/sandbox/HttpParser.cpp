#include "HttpParser.h"

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(const QByteArray &text, bool allowTab)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

HttpParser::State HttpParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Failed;
}

HttpParser::State HttpParser::feed(QByteArray &buffer)
{
    if (m_errorStatus != 0)
        return State::Failed;

    if (m_phase == Phase::Head) {
        // Robustness (RFC 9112 §2.2): empty lines before a request line are ignored.
        while (buffer.startsWith("\r\n") || buffer.startsWith("\n"))
            buffer.remove(0, buffer.startsWith("\r\n") ? 2 : 1);

        qsizetype end = buffer.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        const qsizetype bare = buffer.indexOf("\n\n");
        if (bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            skip = 2;
        }
        if (end < 0) {
            if (buffer.size() > MaxHeadBytes)
                return fail(431, "Request header fields too large");
            return State::NeedMore;
        }
        if (end > MaxHeadBytes)
            return fail(431, "Request header fields too large");
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + skip);
        m_request = HttpRequest();
        const State state = parseHead(head);
        if (state == State::Failed)
            return state;
        m_phase = Phase::Body;
    }

    if (buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = buffer.left(m_contentLength);
    buffer.remove(0, m_contentLength);
    return State::Complete;
}

HttpParser::State HttpParser::parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3)
        return fail(400, "Malformed request line");
    m_request.method = parts[0];
    m_request.target = parts[1];
    if (!isToken(m_request.method))
        return fail(400, "Malformed method");
    if (m_request.target.isEmpty() || hasControlChars(m_request.target, false))
        return fail(400, "Malformed request target");
    if (m_request.target.size() > 16 * 1024)
        return fail(414, "URI too long");

    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1")
        m_request.versionMinor = 1;
    else if (version == "HTTP/1.0")
        m_request.versionMinor = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
        return fail(505, "HTTP version not supported");
    else
        return fail(400, "Malformed HTTP version");

    // Absolute form (sent to proxies) is accepted as RFC 9112 §3.2.2 asks of servers.
    QByteArray target = m_request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/'))
        return fail(400, "Malformed request target");
    const qsizetype question = target.indexOf('?');
    m_request.path = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    const qsizetype hash = m_request.query.indexOf('#');
    if (hash >= 0)
        m_request.query.truncate(hash);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "Malformed header line");
        const QByteArray name = line.left(colon).toLower();
        if (!isToken(name))
            return fail(400, "Malformed header name");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlChars(value, true))
            return fail(400, "Control characters in a header value");
        m_request.headers.append({name, value});
    }

    if (m_request.versionMinor == 1 && !m_request.hasHeader("host"))
        return fail(400, "Missing Host header");
    if (m_request.hasHeader("transfer-encoding")) {
        if (m_request.hasHeader("content-length"))
            return fail(400, "Both Transfer-Encoding and Content-Length");
        return fail(411, "Length required: chunked request bodies are not supported");
    }

    m_contentLength = 0;
    bool seenLength = false;
    for (const auto &[name, value] : m_request.headers) {
        if (name != "content-length")
            continue;
        // A list such as "5, 5" is one length repeated; anything else conflicting is an attack.
        for (const QByteArray &item : value.split(',')) {
            const QByteArray digits = item.trimmed();
            if (!isDigits(digits))
                return fail(400, "Malformed Content-Length");
            const qint64 length = digits.toLongLong();
            if (seenLength && length != m_contentLength)
                return fail(400, "Conflicting Content-Length");
            m_contentLength = length;
            seenLength = true;
        }
    }
    if (m_contentLength > MaxBodyBytes)
        return fail(413, "Request body larger than 64 MiB");

    m_continueRequested = m_contentLength > 0 && m_request.header("expect").toLower() == "100-continue";
    return State::NeedMore;
}

HttpRequest HttpParser::take()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    m_phase = Phase::Head;
    m_contentLength = 0;
    m_continueRequested = false;
    return out;
}

bool HttpParser::takeContinueRequest()
{
    const bool requested = m_continueRequested;
    m_continueRequested = false;
    return requested;
}
