#pragma once

#include "HttpRequest.h"

#include <QByteArray>

// An incremental HTTP/1.x request parser: request line, headers and a Content-Length body.
// Strict where sloppiness would hide a client bug (obsolete line folding, spaces before the
// colon, conflicting lengths); chunked request bodies are not supported (411).
class HttpParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    static constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    // Consumes what it can from `buffer`. After Complete, take() returns the request and the
    // parser is ready for the next one; after Failed, errorStatus() says what to answer.
    State feed(QByteArray &buffer);
    HttpRequest take();

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }
    // The request seen so far (method and target may be known when the parse failed later).
    const HttpRequest &partial() const { return m_request; }

    // True once, when the head asked for "Expect: 100-continue" and the body is still to come.
    bool takeContinueRequest();

private:
    State fail(int status, const char *message);
    State parseHead(const QByteArray &head);

    enum class Phase { Head, Body };
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_continueRequested = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};
