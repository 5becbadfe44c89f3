#include "shellscanner.h"

#include <QScopeGuard>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// A scanner of POSIX sh, just deep enough to find simple commands and their words: quotes,
// escapes, line continuations, comments, $(...), `...`, ${...}, $((...)), redirections and
// here-documents (an unquoted one's body is scanned for substitutions only).

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

bool isOperator(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')' || c == u'<' || c == u'>';
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_';
}

class ShellScanner
{
public:
    explicit ShellScanner(QStringView script)
        : m_s(script)
    {}

    QList<ScriptCall> run()
    {
        scanList(Until::End);
        return std::move(m_calls);
    }

private:
    enum class Until { End, Paren, Backquote };

    struct Word
    {
        QString text;
        bool literal = true; // no expansion anywhere in it
        bool quoted = false; // some part was quoted or escaped (here-document delimiters)
        bool keep = true;    // false: only scanned for substitutions, its text is not needed
        int line = 0;
        int column = 0;

        void put(QChar c)
        {
            if (keep)
                text += c;
        }
    };

    struct HereDocument
    {
        QString delimiter;
        bool quoted = false;
        bool stripTabs = false;
    };

    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : QChar();
    }
    int column() const { return int(m_pos - m_lineStart) + 1; }
    void advance()
    {
        if (m_s[m_pos] == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void scanList(Until until)
    {
        // Substitutions nest without bound in the text, not on the stack: past this depth the
        // rest of the script is skipped (no recipe nests a hundred levels deep).
        if (m_depth >= MaxDepth) {
            m_pos = m_s.size();
            return;
        }
        ++m_depth;
        const auto leave = qScopeGuard([this] { --m_depth; });
        QList<Word> words;
        bool redirectTarget = false;
        // Only the words of ss-* commands are kept: the others are read for substitutions.
        enum class Command { Deciding, Tool, Other } command = Command::Deciding;
        auto finish = [&] {
            finishCommand(words);
            command = Command::Deciding;
            redirectTarget = false;
        };
        while (!atEnd()) {
            const QChar c = peek();
            if (until == Until::Backquote && c == u'`') {
                advance();
                finish();
                return;
            }
            if (until == Until::Paren && c == u')') {
                advance();
                finish();
                return;
            }
            if (isBlank(c)) {
                advance();
            } else if (c == u'\\' && peek(1) == u'\n') {
                advance();
                advance();
            } else if (c == u'\n') {
                advance();
                finish();
                readHereDocuments();
            } else if (c == u'#') {
                while (!atEnd() && peek() != u'\n')
                    advance();
            } else if (c == u'<' || c == u'>') {
                // The word after a redirection is its target, not an argument.
                redirectTarget = !readRedirection(until);
            } else if (isOperator(c)) {
                advance();
                if ((c == u';' || c == u'&' || c == u'|') && peek() == c)
                    advance();
                finish();
            } else {
                Word w = readWord(until, command != Command::Other && !redirectTarget);
                // "2>file": the digits are the redirected descriptor, not an argument.
                const bool ioNumber = (peek() == u'<' || peek() == u'>') && w.literal && !w.quoted
                                      && !w.text.isEmpty()
                                      && std::all_of(w.text.cbegin(), w.text.cend(), [](QChar d) {
                                             return d.isDigit();
                                         });
                if (!ioNumber && !redirectTarget && command != Command::Other) {
                    if (command == Command::Deciding && !isAssignment(w) && !isCommandPrefix(w)) {
                        command = w.literal
                                          && QStringView(w.text)
                                                 .mid(w.text.lastIndexOf(u'/') + 1)
                                                 .startsWith(u"ss-")
                                      ? Command::Tool
                                      : Command::Other;
                    }
                    if (command != Command::Other)
                        words.append(std::move(w));
                }
                redirectTarget = false;
            }
        }
        finish();
    }

    // Returns true for a here-document, whose delimiter it has read.
    bool readRedirection(Until until)
    {
        const QChar first = peek();
        advance();
        if (first == u'<' && peek() == u'<') {
            advance();
            HereDocument doc;
            if (peek() == u'-') {
                advance();
                doc.stripTabs = true;
            }
            while (!atEnd() && isBlank(peek()))
                advance();
            const Word delimiter = readWord(until);
            doc.delimiter = delimiter.text;
            doc.quoted = delimiter.quoted;
            m_hereDocuments.append(doc);
            return true;
        }
        if (peek() == u'>' || peek() == u'&' || peek() == u'|' || (first == u'<' && peek() == u'>'))
            advance();
        return false;
    }

    Word readWord(Until until, bool keepText = true)
    {
        Word w;
        w.keep = keepText;
        w.line = m_line;
        w.column = column();
        while (!atEnd()) {
            const QChar c = peek();
            if (isBlank(c) || c == u'\n' || isOperator(c))
                break;
            if (c == u'`') {
                if (until == Until::Backquote)
                    break;
                advance();
                w.literal = false;
                scanList(Until::Backquote);
            } else if (c == u'\\') {
                advance();
                w.quoted = true;
                if (atEnd())
                    break;
                if (peek() == u'\n') {
                    advance();
                    continue;
                }
                w.put(peek());
                advance();
            } else if (c == u'\'') {
                advance();
                w.quoted = true;
                while (!atEnd() && peek() != u'\'') {
                    w.put(peek());
                    advance();
                }
                if (!atEnd())
                    advance();
            } else if (c == u'"') {
                advance();
                w.quoted = true;
                readDoubleQuoted(w);
            } else if (c == u'$') {
                readDollar(w);
            } else {
                w.put(c);
                advance();
            }
        }
        return w;
    }

    void readDoubleQuoted(Word &w)
    {
        while (!atEnd() && peek() != u'"') {
            const QChar c = peek();
            if (c == u'\\') {
                const QChar next = peek(1);
                advance();
                if (next == u'\n') {
                    advance();
                } else if (next == u'$' || next == u'`' || next == u'"' || next == u'\\') {
                    w.put(next);
                    advance();
                } else {
                    w.put(u'\\');
                }
            } else if (c == u'$') {
                readDollar(w);
            } else if (c == u'`') {
                advance();
                w.literal = false;
                scanList(Until::Backquote);
            } else {
                w.put(c);
                advance();
            }
        }
        if (!atEnd())
            advance();
    }

    // At a '$': an expansion makes the word non-literal; a lone '$' is itself.
    void readDollar(Word &w)
    {
        const QChar next = peek(1);
        if (next == u'(' && peek(2) == u'(') {
            advance();
            skipArithmetic();
            w.literal = false;
        } else if (next == u'(') {
            advance();
            advance();
            w.literal = false;
            scanList(Until::Paren);
        } else if (next == u'{') {
            advance();
            advance();
            w.literal = false;
            skipBraced();
        } else if (isNameChar(next) || next == u'@' || next == u'*' || next == u'#' || next == u'?'
                   || next == u'-' || next == u'$' || next == u'!') {
            advance();
            advance();
            if (isNameChar(next) && !next.isDigit()) {
                while (!atEnd() && isNameChar(peek()))
                    advance();
            }
            w.literal = false;
        } else {
            w.put(u'$');
            advance();
        }
    }

    // At the first '(' of "$((": up to the matching "))".
    void skipArithmetic()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'$' && peek(1) == u'(' && peek(2) != u'(') {
                advance();
                advance();
                scanList(Until::Paren);
                continue;
            }
            if (c == u'`') {
                advance();
                scanList(Until::Backquote);
                continue;
            }
            advance();
            if (c == u'(')
                ++depth;
            else if (c == u')' && --depth == 0)
                return;
        }
    }

    // After "${": up to the matching '}', scanning command substitutions inside.
    void skipBraced()
    {
        int depth = 1;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\') {
                advance();
                if (!atEnd())
                    advance();
            } else if (c == u'\'') {
                advance();
                while (!atEnd() && peek() != u'\'')
                    advance();
                if (!atEnd())
                    advance();
            } else if (c == u'$' && peek(1) == u'(' && peek(2) != u'(') {
                advance();
                advance();
                scanList(Until::Paren);
            } else if (c == u'`') {
                advance();
                scanList(Until::Backquote);
            } else {
                advance();
                if (c == u'{')
                    ++depth;
                else if (c == u'}' && --depth == 0)
                    return;
            }
        }
    }

    void readHereDocuments()
    {
        const QList<HereDocument> docs = std::exchange(m_hereDocuments, {});
        for (const HereDocument &doc : docs) {
            while (!atEnd()) {
                // Is this line the delimiter?
                const qsizetype end = [&] {
                    const qsizetype nl = m_s.indexOf(u'\n', m_pos);
                    return nl < 0 ? m_s.size() : nl;
                }();
                QStringView line = m_s.sliced(m_pos, end - m_pos);
                if (doc.stripTabs) {
                    while (line.startsWith(u'\t'))
                        line = line.sliced(1);
                }
                if (line == doc.delimiter || line == QString(doc.delimiter + u'\r')) {
                    while (!atEnd() && peek() != u'\n')
                        advance();
                    if (!atEnd())
                        advance();
                    break;
                }
                if (doc.quoted) {
                    while (!atEnd() && peek() != u'\n')
                        advance();
                    if (!atEnd())
                        advance();
                    continue;
                }
                // Unquoted: expansions and command substitutions run.
                Word ignored;
                while (!atEnd() && peek() != u'\n') {
                    const QChar c = peek();
                    if (c == u'\\') {
                        advance();
                        if (!atEnd() && peek() != u'\n')
                            advance();
                        else if (!atEnd())
                            advance(); // a continued line
                    } else if (c == u'$') {
                        readDollar(ignored);
                    } else if (c == u'`') {
                        advance();
                        scanList(Until::Backquote);
                    } else {
                        advance();
                    }
                }
                if (!atEnd())
                    advance();
            }
        }
    }

    // Words before a command's name: reserved words and wrappers that run the next word.
    static bool isCommandPrefix(const Word &w)
    {
        static const QStringList prefixes{u"if"_s,
                                          u"then"_s,
                                          u"else"_s,
                                          u"elif"_s,
                                          u"do"_s,
                                          u"while"_s,
                                          u"until"_s,
                                          u"!"_s,
                                          u"{"_s,
                                          u"time"_s,
                                          u"exec"_s,
                                          u"command"_s,
                                          u"nohup"_s,
                                          u"env"_s};
        return w.literal && prefixes.contains(w.text);
    }

    static bool isAssignment(const Word &w)
    {
        const qsizetype eq = w.text.indexOf(u'=');
        if (eq <= 0 || w.text.front().isDigit())
            return false;
        for (qsizetype i = 0; i < eq; ++i) {
            if (!isNameChar(w.text[i]))
                return false;
        }
        return true;
    }

    void finishCommand(QList<Word> &words)
    {
        const QList<Word> command = std::exchange(words, {});
        qsizetype i = 0;
        while (i < command.size() && (isAssignment(command[i]) || isCommandPrefix(command[i])))
            ++i;
        if (i >= command.size() || !command[i].literal)
            return;
        const Word &name = command[i];
        const QString tool = name.text.section(u'/', -1);
        const QList<Word> args = command.mid(i + 1);
        ScriptCall call;
        call.line = name.line;
        call.column = name.column;
        if (tool == u"ss-get")
            readGet(call, args);
        else if (tool == u"ss-set")
            readSet(call, args);
        else if (tool == u"ss-random")
            readRandom(call, args);
        else if (tool == u"ss-get-all")
            readGetAll(call, args);
    }

    static void setKey(ScriptCall &call, const Word &w)
    {
        call.key = w.literal ? w.text : QString();
        call.literal = w.literal;
        call.line = w.line;
        call.column = w.column;
    }

    void readGet(ScriptCall call, const QList<Word> &args)
    {
        call.tool = ScriptCall::Tool::Get;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const Word &a = args[i];
            const bool option = a.literal && a.text.startsWith(u'-') && a.text.size() > 1;
            if (option && a.text == u"--timeout") {
                ++i;
            } else if (option && a.text.startsWith(u"--timeout=")) {
            } else if (option && a.text == u"--noblock") {
                call.noblock = true;
            } else if (option && a.text == u"--ignore-abort") {
            } else if (option && a.text == u"--") {
                if (i + 1 < args.size())
                    setKey(call, args[i + 1]);
                break;
            } else if (option) {
                return; // --help, or an option ss-get refuses: no read happens
            } else {
                setKey(call, a);
                break;
            }
        }
        if (call.key.isEmpty() && call.literal)
            return; // no key: a usage error, no read
        m_calls.append(call);
    }

    void readSet(ScriptCall call, const QList<Word> &args)
    {
        call.tool = ScriptCall::Tool::Set;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const Word &a = args[i];
            const bool option = a.literal && a.text.startsWith(u'-') && a.text.size() > 1;
            if (option && a.text == u"--ignore-abort")
                continue;
            if (option && a.text == u"--") {
                if (i + 1 < args.size())
                    setKey(call, args[i + 1]);
                break;
            }
            if (option)
                return;
            setKey(call, a);
            break;
        }
        if (call.key.isEmpty() && call.literal)
            return;
        m_calls.append(call);
    }

    void readRandom(ScriptCall call, const QList<Word> &args)
    {
        call.tool = ScriptCall::Tool::Random;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const Word &a = args[i];
            const bool option = a.literal && a.text.startsWith(u'-') && a.text.size() > 1;
            if (option && a.text == u"-s") {
                ++i;
            } else if (option && a.text.startsWith(u"-s")) {
            } else if (option && a.text == u"--") {
                if (i + 1 < args.size())
                    setKey(call, args[i + 1]);
                break;
            } else if (option) {
                return;
            } else {
                setKey(call, a);
                break;
            }
        }
        if (call.key.isEmpty() && call.literal)
            return; // prints a value, sets nothing
        m_calls.append(call);
    }

    void readGetAll(ScriptCall call, const QList<Word> &args)
    {
        call.tool = ScriptCall::Tool::GetAll;
        QList<Word> positional;
        for (const Word &a : args) {
            if (a.literal && a.text.startsWith(u'-') && a.text.size() > 1 && positional.isEmpty())
                continue;
            positional.append(a);
        }
        if (positional.size() < 2)
            return;
        setKey(call, positional[1]);
        call.getAllNode = positional[0].literal ? positional[0].text : QString();
        call.literal = positional[0].literal && positional[1].literal;
        if (!call.literal)
            call.key.clear();
        else if (call.key.isEmpty() || call.getAllNode.isEmpty())
            return; // an empty name: no read
        call.noblock = true;
        m_calls.append(call);
    }

    static constexpr int MaxDepth = 100;

    QStringView m_s;
    int m_depth = 0;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    QList<HereDocument> m_hereDocuments;
    QList<ScriptCall> m_calls;
};

} // namespace

QList<ScriptCall> scanScript(QStringView script)
{
    if (!script.contains(u"ss-"))
        return {};
    return ShellScanner(script).run();
}

} // namespace Slipway
