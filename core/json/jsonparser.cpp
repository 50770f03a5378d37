// SPDX-License-Identifier: GPL-3.0-or-later
// The parser behind json::Document::parse(): one iterative pass that checks every byte and builds the tape,
// in full or around a focus (ParseOptions::focus, ParseOptions::collapse).
#include "jsondocument.h"

#include <QCoreApplication>

#include <cstring>

namespace statelens::json {

namespace {

constexpr quint64 ones = 0x0101010101010101ull;
constexpr quint64 highs = 0x8080808080808080ull;

inline quint64 load8(const char* p)
{
    quint64 w;
    std::memcpy(&w, p, 8);
    return w;
}

// Non-zero if any byte of w is '"', '\\', a control character or non-ASCII (false positives are harmless:
// they only send the scanner to the byte-by-byte path).
inline quint64 stringSpecial(quint64 w)
{
    const quint64 q = w ^ (ones * '"');
    const quint64 b = w ^ (ones * '\\');
    return ((q - ones) | (b - ones) | (w - ones * 0x20) | w) & highs;
}

inline bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

QString tr(const char* s) { return QCoreApplication::translate("statelens::json::Parser", s); }

} // namespace

class Parser
{
public:
    Parser(Document& doc, const QString& fileName, const ParseOptions& options)
        : m_doc(doc), m_s(doc.m_text.constData()), m_n(doc.m_text.size()), m_file(fileName), m_opt(options)
    {
        // More places than the mask holds: everything is read (always right, only bigger).
        const QList<QStringList>& paths = !options.focus.isEmpty() ? options.focus : options.collapse;
        if (paths.isEmpty() || paths.size() > 64)
            return;
        m_mode = !options.focus.isEmpty() ? Mode::Focus : Mode::Collapse;
        for (const QStringList& tokens : paths) {
            Path path;
            for (const QString& t : tokens)
                path.tokens.append(t.toUtf8());
            m_focus.push_back(std::move(path));
        }
        m_focused = true;
    }

    Result<void> run();

private:
    struct Path
    {
        QList<QByteArray> tokens; // UTF-8
    };
    // What a container holds for the focus (ParseOptions::focus) or the collapse patterns: Full reads
    // everything below it; 0 collapses it; any other mask names the paths that go on through it.
    static constexpr quint64 Full = ~quint64(0);
    enum class Mode { Focus, Collapse };

    Error fail(qsizetype at, const QString& message) const
    {
        Error e { Error::Kind::Parse, message, m_file };
        m_doc.lineColumn(at, &e.line, &e.column);
        return e;
    }
    void skipWs()
    {
        while (m_p + 8 <= m_n && load8(m_s + m_p) == ones * ' ')
            m_p += 8;
        while (m_p < m_n && isWs(m_s[m_p]))
            ++m_p;
    }
    bool scanString(Error* err); // m_p at the opening quote; leaves m_p after the closing quote
    bool scanNumber(Error* err);
    bool scanUtf8(Error* err);
    QString describe(qsizetype at) const;
    /// Parses from m_p. With Push, the whole text into nodes; without, only checks one container (m_p at
    /// its bracket, `depth` containers already open around it) and leaves m_p just past its end.
    template<bool Push>
    Result<void> parse(int depth);
    /// The focus mask for the value of the member whose key spans [b, e) (quotes included), inside a
    /// container with mask `want` at nesting level `level`.
    quint64 memberWant(quint64 want, int level, qsizetype b, qsizetype e) const;
    /// The same for an element of an array with mask `want` at level `level`.
    quint64 elementWant(quint64 want, int level) const;
    /// The mask of a value at `level` inside a container with mask `want`: of a member named `key`, or of
    /// an element (`key` null).
    quint64 matchPaths(quint64 want, int level, const QByteArrayView* key) const;

    Document& m_doc;
    const char* m_s;
    qsizetype m_n;
    qsizetype m_p = 0;
    qsizetype m_nextCheck = 8 << 20;
    QString m_file;
    const ParseOptions& m_opt;
    std::vector<Path> m_focus;
    bool m_focused = false; ///< focus or collapse patterns in use
    Mode m_mode = Mode::Focus;
};

QString Parser::describe(qsizetype at) const
{
    if (at >= m_n)
        return tr("end of file");
    const unsigned char c = static_cast<unsigned char>(m_s[at]);
    if (c >= 0x21 && c < 0x7f)
        return QStringLiteral("'%1'").arg(QChar(c));
    return QStringLiteral("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

bool Parser::scanUtf8(Error* err)
{
    const auto* u = reinterpret_cast<const unsigned char*>(m_s);
    const unsigned char c = u[m_p];
    int len;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf)
        len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        if (c == 0xe0)
            lo = 0xa0;
        else if (c == 0xed)
            hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        if (c == 0xf0)
            lo = 0x90;
        else if (c == 0xf4)
            hi = 0x8f;
    } else {
        *err = fail(m_p, tr("invalid UTF-8 byte 0x%1 in string").arg(c, 2, 16, QLatin1Char('0')));
        return false;
    }
    if (m_p + len > m_n) {
        *err = fail(m_p, tr("truncated UTF-8 sequence at end of file"));
        return false;
    }
    if (u[m_p + 1] < lo || u[m_p + 1] > hi) {
        *err = fail(m_p, tr("invalid UTF-8 sequence in string"));
        return false;
    }
    for (int i = 2; i < len; ++i)
        if ((u[m_p + i] & 0xc0) != 0x80) {
            *err = fail(m_p, tr("invalid UTF-8 sequence in string"));
            return false;
        }
    m_p += len;
    return true;
}

bool Parser::scanString(Error* err)
{
    const qsizetype start = m_p;
    ++m_p;
    for (;;) {
        while (m_p + 8 <= m_n && !stringSpecial(load8(m_s + m_p)))
            m_p += 8;
        if (m_p >= m_n) {
            *err = fail(start, tr("unterminated string"));
            return false;
        }
        const unsigned char c = static_cast<unsigned char>(m_s[m_p]);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            if (m_p + 1 >= m_n) {
                *err = fail(start, tr("unterminated string"));
                return false;
            }
            const char e = m_s[m_p + 1];
            if (e == 'u') {
                if (m_p + 6 > m_n) {
                    *err = fail(m_p, tr("truncated \\u escape"));
                    return false;
                }
                for (int i = 2; i < 6; ++i)
                    if (!std::isxdigit(static_cast<unsigned char>(m_s[m_p + i]))) {
                        *err = fail(m_p, tr("invalid \\u escape"));
                        return false;
                    }
                m_p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                       || e == 't') {
                m_p += 2;
            } else {
                *err = fail(m_p, tr("invalid escape '\\%1' in string").arg(QChar::fromLatin1(e)));
                return false;
            }
        } else if (c < 0x20) {
            *err = fail(m_p, tr("control character 0x%1 in string (must be escaped)").arg(c, 2, 16,
                                                                                            QLatin1Char('0')));
            return false;
        } else if (c >= 0x80) {
            if (!scanUtf8(err))
                return false;
        } else {
            ++m_p;
        }
    }
}

bool Parser::scanNumber(Error* err)
{
    auto digit = [&](qsizetype i) { return i < m_n && m_s[i] >= '0' && m_s[i] <= '9'; };
    if (m_s[m_p] == '-')
        ++m_p;
    if (!digit(m_p)) {
        *err = fail(m_p, tr("invalid number"));
        return false;
    }
    if (m_s[m_p] == '0')
        ++m_p;
    else
        while (digit(m_p))
            ++m_p;
    if (m_p < m_n && m_s[m_p] == '.') {
        ++m_p;
        if (!digit(m_p)) {
            *err = fail(m_p, tr("invalid number: digits expected after '.'"));
            return false;
        }
        while (digit(m_p))
            ++m_p;
    }
    if (m_p < m_n && (m_s[m_p] == 'e' || m_s[m_p] == 'E')) {
        ++m_p;
        if (m_p < m_n && (m_s[m_p] == '+' || m_s[m_p] == '-'))
            ++m_p;
        if (!digit(m_p)) {
            *err = fail(m_p, tr("invalid number: digits expected in exponent"));
            return false;
        }
        while (digit(m_p))
            ++m_p;
    }
    return true;
}

quint64 Parser::memberWant(quint64 want, int level, qsizetype b, qsizetype e) const
{
    if (want == Full)
        return Full;
    const QByteArrayView body(m_s + b + 1, e - b - 2);
    const bool escaped = body.contains('\\');
    QByteArray decoded;
    if (escaped)
        decoded = decodeJsonString(body).toUtf8();
    const QByteArrayView key = escaped ? QByteArrayView(decoded) : body;
    return matchPaths(want, level, &key);
}

quint64 Parser::elementWant(quint64 want, int level) const
{
    if (want == Full || m_mode == Mode::Focus)
        return Full; // an array on the way to a focus place is read whole (its elements have no names)
    return matchPaths(want, level, nullptr);
}

quint64 Parser::matchPaths(quint64 want, int level, const QByteArrayView* key) const
{
    quint64 matched = 0;
    bool ended = false;
    for (size_t i = 0; i < m_focus.size(); ++i) {
        const Path& path = m_focus[i];
        if (!(want & (quint64(1) << i)) || level >= path.tokens.size())
            continue;
        const QByteArray& t = path.tokens[level];
        // A member matches its name (and "*" among collapse patterns); an element matches only "*".
        if (!(m_mode == Mode::Collapse && t == "*") && !(key && t == *key))
            continue;
        if (level + 1 == path.tokens.size())
            ended = true;
        else
            matched |= quint64(1) << i;
    }
    if (m_mode == Mode::Focus) // the place itself is read whole; off every path, collapsed
        return ended ? Full : matched;
    return ended ? 0 : matched ? matched : Full; // a pattern's place is collapsed; off every pattern, read whole
}

Result<void> Parser::run()
{
    if (m_n >= (qsizetype(1) << 32))
        return Error { Error::Kind::Unsupported,
                       tr("file too large for the JSON editor (%1 bytes; the limit is 4 GiB)").arg(m_n), m_file };
    if (m_n >= 3 && std::memcmp(m_s, "\xEF\xBB\xBF", 3) == 0) {
        m_doc.m_bom = true;
        m_p = 3;
    }
    return parse<true>(0);
}

template<bool Push>
Result<void> Parser::parse(int depth)
{
    // With Push: node indices of the open containers (and their focus masks). Without: their types.
    std::vector<quint32> stack;
    std::vector<quint64> wants;
    stack.reserve(64);
    Error err;
    enum { Value, After } state = Value;
    quint64 nextWant = Full; // the focus mask of the value about to be read
    if constexpr (Push) {
        if (m_focused) {
            quint64 all = 0;
            bool ended = false;
            for (size_t i = 0; i < m_focus.size(); ++i) {
                ended = ended || m_focus[i].tokens.isEmpty();
                all |= m_focus[i].tokens.isEmpty() ? 0 : quint64(1) << i;
            }
            // A collapse pattern for the root itself is ignored: the root is always read.
            nextWant = m_mode == Mode::Focus ? (ended ? Full : all) : (all ? all : Full);
        }
    }
    constexpr qsizetype checkEvery = 8 << 20;

    skipWs();
    if (m_p >= m_n)
        return fail(m_p, tr("empty document (no JSON value)"));

    auto topIsObject = [&]() {
        if constexpr (Push)
            return m_doc.type(stack.back()) == NodeType::Object;
        else
            return stack.back() == 0;
    };
    auto closeTop = [&]() {
        if constexpr (Push) {
            const quint32 idx = stack.back();
            Document::Node& nd = m_doc.node(idx);
            nd.length = quint32(m_p + 1 - qsizetype(nd.word & 0xffffffffffffull));
            nd.skip = m_doc.m_count - idx;
            wants.pop_back();
        }
        stack.pop_back();
        ++m_p;
    };
    auto readKey = [&]() -> bool {
        skipWs();
        if (m_p >= m_n || m_s[m_p] != '"') {
            err = fail(m_p, tr("expected a member name in quotes, found %1").arg(describe(m_p)));
            return false;
        }
        const qsizetype b = m_p;
        if (!scanString(&err))
            return false;
        if constexpr (Push) {
            m_doc.push(NodeType::Key, b, quint32(m_p - b));
            if (m_focused)
                nextWant = memberWant(wants.back(), int(stack.size()) - 1, b, m_p);
        }
        skipWs();
        if (m_p >= m_n || m_s[m_p] != ':') {
            err = fail(m_p, tr("expected ':' after member name, found %1").arg(describe(m_p)));
            return false;
        }
        ++m_p;
        return true;
    };

    for (;;) {
        if (m_p >= m_nextCheck) {
            m_nextCheck = m_p + checkEvery;
            if (m_opt.cancel && m_opt.cancel->load(std::memory_order_relaxed))
                return Error { Error::Kind::Cancelled, tr("cancelled"), m_file };
            if (m_opt.progress)
                m_opt.progress(m_p, m_n);
        }
        if (state == Value) {
            skipWs();
            if (m_p >= m_n)
                return fail(m_p, tr("unexpected end of file: a value was expected"));
            const char c = m_s[m_p];
            const qsizetype b = m_p;
            switch (c) {
            case '{':
            case '[': {
                if (depth + int(stack.size()) >= m_opt.maxDepth)
                    return fail(m_p, tr("nesting deeper than %1 levels").arg(m_opt.maxDepth));
                if constexpr (Push) {
                    const quint32 idx = m_doc.push(c == '{' ? NodeType::Object : NodeType::Array, b, 1);
                    if (nextWant == 0) {
                        // Off the focus: one collapsed node over the whole container, its content only checked.
                        if (auto r = parse<false>(int(stack.size())); !r)
                            return r;
                        Document::Node& nd = m_doc.node(idx);
                        nd.word |= Document::CollapsedBit;
                        m_doc.m_partial = true;
                        nd.length = quint32(m_p - b);
                        state = After;
                        continue;
                    }
                    stack.push_back(idx);
                    wants.push_back(nextWant);
                } else {
                    stack.push_back(c == '{' ? 0 : 1);
                }
                ++m_p;
                skipWs();
                if (m_p < m_n && m_s[m_p] == (c == '{' ? '}' : ']')) {
                    closeTop();
                    state = After;
                } else if (c == '{') {
                    if (!readKey())
                        return err;
                } else if constexpr (Push) {
                    if (m_focused)
                        nextWant = elementWant(wants.back(), int(stack.size()) - 1);
                }
                if constexpr (!Push) {
                    if (stack.empty())
                        return {};
                }
                continue;
            }
            case '"':
                if (!scanString(&err))
                    return err;
                if constexpr (Push)
                    m_doc.push(NodeType::String, b, quint32(m_p - b));
                break;
            case 't':
            case 'f':
            case 'n': {
                const char* word = c == 't' ? "true" : c == 'f' ? "false" : "null";
                const qsizetype len = qsizetype(std::strlen(word));
                if (m_p + len > m_n || std::memcmp(m_s + m_p, word, size_t(len)) != 0)
                    return fail(m_p, tr("invalid literal (expected %1)").arg(QLatin1String(word)));
                m_p += len;
                if constexpr (Push)
                    m_doc.push(c == 't' ? NodeType::True : c == 'f' ? NodeType::False : NodeType::Null, b,
                               quint32(len));
                break;
            }
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    if (!scanNumber(&err))
                        return err;
                    if constexpr (Push)
                        m_doc.push(NodeType::Number, b, quint32(m_p - b));
                    break;
                }
                return fail(m_p, tr("unexpected %1: a value was expected").arg(describe(m_p)));
            }
            state = After;
        } else {
            skipWs();
            if (stack.empty()) {
                if (m_p < m_n)
                    return fail(m_p, tr("unexpected %1 after the end of the JSON value").arg(describe(m_p)));
                return {};
            }
            if (m_p >= m_n)
                return fail(m_p, tr("unexpected end of file: '%1' or ',' expected").arg(topIsObject() ? u'}' : u']'));
            const char c = m_s[m_p];
            const bool inObject = topIsObject();
            if (c == ',') {
                ++m_p;
                if (inObject && !readKey())
                    return err;
                if constexpr (Push) {
                    if (!inObject && m_focused)
                        nextWant = elementWant(wants.back(), int(stack.size()) - 1);
                }
                state = Value;
            } else if ((inObject && c == '}') || (!inObject && c == ']')) {
                closeTop();
                if constexpr (!Push) {
                    if (stack.empty())
                        return {};
                }
            } else {
                return fail(m_p, tr("expected ',' or '%1', found %2").arg(inObject ? u'}' : u']').arg(describe(m_p)));
            }
        }
    }
}

Result<Document> Document::parse(QByteArray text, const QString& fileName, const ParseOptions& options)
{
    Document doc;
    doc.m_text = std::move(text);
    doc.m_focus = options.focus;
    Parser parser(doc, fileName, options);
    if (auto r = parser.run(); !r)
        return r.error();
    return doc;
}

} // namespace statelens::json
