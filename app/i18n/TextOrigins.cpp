#include "TextOrigins.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace {

// Qt's placeholders: %1 … %99 and %L1 … for .arg(), %n and %Ln for plural counts.
const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("%(L?)(\\d{1,2}|n)"));
    return pattern;
}

const char *orNull(const QByteArray &bytes)
{
    return bytes.isNull() ? nullptr : bytes.constData();
}

// A number written for `previous` (a %L1 or %Ln), written again for the current locale.
QString relocalized(const QString &number, const QLocale &previous)
{
    bool ok = false;
    const qlonglong whole = previous.toLongLong(number, &ok);
    if (ok)
        return QLocale().toString(whole);
    const double value = previous.toDouble(number, &ok);
    return ok ? QLocale().toString(value) : number;
}

} // namespace

struct TextOrigins::Template
{
    struct Capture
    {
        int number = 0; // %k; 0 for %n
        bool localized = false;
    };

    QList<Origin> origins;
    int generation = 0;
    QString anchor;   // its longest run of plain text: a cheap test before the pattern
    int literals = 0; // all its plain text: the more, the more specific a match
    QRegularExpression pattern;
    QList<Capture> captures; // one per capture group, in order
    bool usable = false;

    Template(const QString &text, bool countsFilled)
    {
        QString regex = QStringLiteral("^");
        QHash<int, int> groupOf; // placeholder number → its first capture group
        qsizetype at = 0;
        int words = 0; // letters, rather
        auto literal = [&](const QString &piece) {
            literals += int(piece.size());
            if (piece.size() > anchor.size())
                anchor = piece;
            regex += QRegularExpression::escape(piece);
            for (const QChar c : piece)
                words += c.isLetter() ? 1 : 0;
        };
        QRegularExpressionMatchIterator it = placeholder().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            literal(text.mid(at, match.capturedStart() - at));
            at = match.capturedEnd();
            const bool localized = !match.captured(1).isEmpty();
            if (match.captured(2) == QLatin1String("n")) {
                if (!countsFilled) { // no count given: %n stays as it is
                    literal(match.captured());
                    continue;
                }
                regex += localized ? QStringLiteral("(.+?)") : QStringLiteral("(-?\\d+)");
                captures << Capture{0, localized};
                continue;
            }
            const int number = match.captured(2).toInt();
            if (const auto group = groupOf.constFind(number); group != groupOf.cend()) {
                regex += QStringLiteral("\\g{%1}").arg(*group);
                continue;
            }
            captures << Capture{number, localized};
            groupOf.insert(number, int(captures.size()));
            regex += QStringLiteral("(.*?)");
        }
        literal(text.mid(at));
        regex += QLatin1Char('$');
        // Words around the placeholders, or it would match anything: "%1 (%L2)" matches a
        // tool tip "Bold (Ctrl+B)" as well as a queue's count. Such texts are made again by
        // the widget that composed them.
        usable = words >= 2;
        pattern = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
    }
};

TextOrigins::TextOrigins(QObject *parent) : QTranslator(parent) {}

TextOrigins::~TextOrigins() = default;

void TextOrigins::setCatalogues(const QList<const QTranslator *> &catalogues)
{
    QMutexLocker lock(&m_mutex);
    m_catalogues = catalogues;
    ++m_generation;
}

QString TextOrigins::translate(const char *context, const char *sourceText, const char *disambiguation,
                               int n) const
{
    if (!sourceText)
        return {};
    QString text;
    {
        QMutexLocker lock(&m_mutex);
        for (const QTranslator *catalogue : m_catalogues) {
            text = catalogue->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                break;
        }
    }
    remember(text.isNull() ? QString::fromUtf8(sourceText) : text, context, sourceText, disambiguation, n);
    return text; // null: QCoreApplication shows the source
}

void TextOrigins::remember(const QString &text, const char *context, const char *sourceText,
                           const char *disambiguation, int n) const
{
    if (text.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    QList<Origin> *origins = nullptr;
    if (text.contains(QLatin1Char('%')) && text.contains(placeholder())) {
        std::shared_ptr<Template> &entry = m_templates[text];
        if (!entry)
            entry = std::make_shared<Template>(text, n >= 0);
        entry->generation = m_generation;
        origins = &entry->origins;
    } else {
        Exact &entry = m_exact[text];
        entry.generation = m_generation;
        origins = &entry.origins;
    }
    // Most texts are asked for again and again (a list's cells as it paints): known already.
    const char *noDisambiguation = "";
    for (const Origin &known : std::as_const(*origins))
        if (known.context == context && known.source == sourceText &&
            known.disambiguation == (disambiguation ? disambiguation : noDisambiguation))
            return;
    origins->append(Origin{QByteArray(context), QByteArray(sourceText), QByteArray(disambiguation), n});
}

int TextOrigins::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_exact.size() + m_templates.size());
}

std::optional<TextOrigins::Found> TextOrigins::find(const QString &text, const QStringList &contexts,
                                                    const QLocale &previous) const
{
    const auto rank = [&contexts](const Origin &origin) {
        return contexts.indexOf(QString::fromUtf8(origin.context));
    };
    std::optional<Found> best;
    int bestRank = -1;
    qsizetype bestLiteral = -1;
    QMutexLocker lock(&m_mutex);
    if (const auto exact = m_exact.constFind(text); exact != m_exact.cend()) {
        // A text the current catalogues gave is current, whichever message it was.
        if (exact->generation == m_generation)
            return Found{exact->origins.constFirst(), true, {}, {}, -1, false};
        for (const Origin &origin : exact->origins) {
            const int r = rank(origin);
            if (r >= 0 && (!best || r < bestRank)) {
                best = Found{origin, exact->generation == m_generation, {}, {}, -1, false};
                bestRank = r;
                bestLiteral = text.size();
            }
        }
    }
    for (const std::shared_ptr<Template> &entry : std::as_const(m_templates)) {
        if (!entry->usable || !text.contains(entry->anchor))
            continue;
        int r = -1;
        const Origin *origin = nullptr;
        for (const Origin &candidate : entry->origins) {
            const int candidateRank = rank(candidate);
            if (candidateRank >= 0 && (r < 0 || candidateRank < r)) {
                r = candidateRank;
                origin = &candidate;
            }
        }
        const bool current = entry->generation == m_generation;
        if (!origin ||
            (!current && best && (r > bestRank || (r == bestRank && entry->literals <= bestLiteral))))
            continue;
        const QRegularExpressionMatch match = entry->pattern.match(text);
        if (!match.hasMatch())
            continue;
        if (current) // filled in by the current catalogues already (a widget wrote it again)
            return Found{*origin, true, {}, {}, -1, false};
        Found found{*origin, false, {}, {}, -1, false};
        bool readable = true;
        for (int slot = 0; slot < entry->captures.size(); ++slot) {
            const Template::Capture &s = entry->captures.at(slot);
            const QString value = match.captured(slot + 1);
            if (s.number == 0) {
                bool ok = false;
                found.n = s.localized ? int(previous.toLongLong(value, &ok)) : value.toInt(&ok);
                found.hasN = true;
                readable = readable && ok;
                continue;
            }
            if (found.arguments.size() <= s.number) {
                found.arguments.resize(s.number + 1);
                found.localized.resize(s.number + 1);
            }
            found.arguments[s.number] = value;
            found.localized[s.number] = s.localized;
        }
        if (!readable)
            continue;
        best = found;
        bestRank = r;
        bestLiteral = entry->literals;
    }
    return best;
}

std::optional<QString> TextOrigins::retranslated(const QString &text, const QStringList &contexts,
                                                 const QLocale &previous) const
{
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<Found> found = find(text, contexts, previous);
    if (!found || found->current)
        return std::nullopt;
    const Origin &origin = found->origin;
    // Not under the lock: this comes back through translate().
    const QString again =
        QCoreApplication::translate(origin.context.constData(), origin.source.constData(),
                                    orNull(origin.disambiguation), found->hasN ? found->n : origin.n);
    if (found->arguments.isEmpty())
        return again;
    // The values go back where the new text has their placeholders; numbers in the new locale.
    QString result;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholder().globalMatch(again);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += again.mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const int number = match.captured(2).toInt(); // 0 for an unfilled %n
        if (number <= 0 || number >= found->arguments.size()) {
            result += match.captured();
            continue;
        }
        const QString &value = found->arguments.at(number);
        result += found->localized.at(number) ? relocalized(value, previous) : value;
    }
    result += again.mid(at);
    return result;
}
