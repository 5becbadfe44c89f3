// Every ss-* call in the recipes of SlipStream's own module exports (../shared/samples/
// slipstream, when the checkout has it beside it, and tests/data/slipstream) and of the bundled
// examples is accepted by Slipway's tools: each call, cut out of its script with its
// expansions standing for one word, is run by dash with the tools in their check-only mode
// (SLIPWAY_SS_CHECK_ONLY), which exits 2 on a usage error or an unknown option.

#include "tests/support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Call
{
    QString file;
    int line = 0;
    QString text;  // the call as written
    QString words; // the call with each expansion replaced by X, for sh -c
};

// Skips an expansion that starts at i ($(...), $((...)), ${...}, `...`, $NAME, $1, $?); returns
// the index after it.
qsizetype skipExpansion(QStringView s, qsizetype i)
{
    if (s.at(i) == u'`') {
        const qsizetype end = s.indexOf(u'`', i + 1);
        return end < 0 ? s.size() : end + 1;
    }
    if (i + 1 >= s.size())
        return i + 1;
    const QChar next = s.at(i + 1);
    if (next == u'(' || next == u'{') {
        const QChar open = next, close = next == u'(' ? u')' : u'}';
        int depth = 0;
        for (qsizetype j = i + 1; j < s.size(); ++j) {
            if (s.at(j) == open)
                ++depth;
            else if (s.at(j) == close && --depth == 0)
                return j + 1;
        }
        return s.size();
    }
    if (next.isDigit() || QStringView(u"?#$!@*-").contains(next))
        return i + 2;
    qsizetype j = i + 1;
    while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
        ++j;
    return j == i + 1 ? i + 1 : j;
}

// The calls of one script: a tool's name where a command starts, up to the end of its
// simple command.
QList<Call> callsIn(const QString &file, int firstLine, const QString &script)
{
    QList<Call> calls;
    static const QRegularExpression name(
        u"(?<![\\w.-])(ss-get-all|ss-get|ss-set|ss-random|ss-display|ss-abort|ss-cancel-abort)"
        "(?![\\w.-])"_s);
    static const QRegularExpression commandStart(
        u"(^|[;|&({`!]|\\$\\(|\\b(then|do|else|if|elif|while|until|time|exec))\\s*$"_s);
    for (auto it = name.globalMatch(script); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype lineStart = start == 0 ? 0 : script.lastIndexOf(u'\n', start - 1) + 1;
        const QString before = script.mid(lineStart, start - lineStart);
        if (!commandStart.match(before).hasMatch())
            continue; // an argument (which ss-display), a comment, a word of text
        const bool inBackquotes = before.count(u'`') % 2 == 1;
        // Up to the end of the simple command, quotes and expansions followed.
        QString words = m.captured(1);
        qsizetype i = m.capturedEnd();
        if (i < script.size() && (script.at(i) == u'(' || script.mid(i).startsWith(u" {")))
            continue; // a function of that name: `ss-display() {`, `function ss-display {`
        QChar quote;
        while (i < script.size()) {
            const QChar c = script.at(i);
            if (quote.isNull()
                && (c == u';' || c == u'|' || c == u'&' || c == u')' || c == u'\n'
                    || (c == u'`' && inBackquotes)))
                break;
            if (quote.isNull() && c == u'#' && words.back().isSpace())
                break;
            if (c == u'\\' && quote != u'\'' && i + 1 < script.size()) {
                if (script.at(i + 1) != u'\n')
                    words += script.mid(i, 2);
                i += 2;
                continue;
            }
            if ((c == u'$' || c == u'`') && quote != u'\'') {
                const qsizetype end = skipExpansion(script, i);
                if (end > i + 1) {
                    words += u'X';
                    i = end;
                    continue;
                }
            }
            if (c == u'\'' || c == u'"') {
                if (quote.isNull())
                    quote = c;
                else if (quote == c)
                    quote = QChar();
            }
            words += c;
            ++i;
        }
        const int line = firstLine + int(script.left(start).count(u'\n'));
        calls.append({file, line, script.mid(start, i - start).trimmed(), words.trimmed()});
    }
    return calls;
}

// The recipes of a SlipStream module export: every text and attribute value that holds a call.
QList<Call> callsInXml(const QString &file)
{
    QList<Call> calls;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return calls;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && xml.text().contains(u"ss-"))
            calls += callsIn(file,
                             int(xml.lineNumber() - xml.text().count(u'\n')),
                             xml.text().toString());
        if (xml.isStartElement()) {
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.value().contains(u"ss-"))
                    calls += callsIn(file, int(xml.lineNumber()), a.value().toString());
            }
        }
    }
    return calls;
}

} // namespace

class TestSampleRecipes : public QObject
{
    Q_OBJECT

    QList<Call> m_calls;
    QStringList m_sources;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(u"dash"_s).isEmpty());
        const QString src = qEnvironmentVariable("SLIPWAY_SOURCE_DIR");
        // The SlipStream samples beside the checkout, and those of the repository.
        SLIPWAY_REQUIRE_SAMPLES();
        const QStringList roots{src + u"/tests/data/slipstream"_s,
                                Slipway::Testing::slipstreamSamplesDir()};
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QList<Call> calls = callsInXml(file);
                if (!calls.isEmpty())
                    m_sources.append(file);
                m_calls += calls;
            }
        }
        QDirIterator yaml(src + u"/resources/examples"_s, {u"*.yaml"_s}, QDir::Files);
        while (yaml.hasNext()) {
            const QString file = yaml.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<Call> calls = callsIn(file, 1, QString::fromUtf8(f.readAll()));
            if (!calls.isEmpty())
                m_sources.append(file);
            m_calls += calls;
        }
        qInfo("%lld ss-* calls in %lld files",
              qsizetype(m_calls.size()),
              qsizetype(m_sources.size()));
        for (const QString &s : std::as_const(m_sources))
            qInfo("  %s", qPrintable(s));
    }

    void extraction_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("substitution")
            << u"export k=`ss-get --timeout 480 master.1:munge_key64`\n"_s
            << QStringList{u"ss-get --timeout 480 master.1:munge_key64"_s};
        QTest::newRow("expansions")
            << u"ss-set -- mysql_password $mysql_password # set it\nss-display \"a $(b c) d\"; x"_s
            << QStringList{u"ss-set -- mysql_password X"_s, u"ss-display \"a X d\""_s};
        QTest::newRow("wrapper and function")
            << u"function ss-display {\n  $(which ss-display) \"$1\" || echo \"$1\"\n}\n"
               "if ss-get --noblock x; then :; fi"_s
            << QStringList{u"ss-get --noblock x"_s};
        QTest::newRow("continued line")
            << u"ss-set key \\\n  value | cat"_s << QStringList{u"ss-set key   value"_s};
    }

    void extraction()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QStringList words;
        for (const Call &c : callsIn(u"t"_s, 1, script))
            words.append(c.words);
        QCOMPARE(words.join(u" | "_s), expected.join(u" | "_s));
    }

    // The check-only mode refuses what the tools refuse: this test can fail.
    void checkOnlyModeRefusesUsageErrors()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s,
                   qEnvironmentVariable("SLIPWAY_SOURCE_DIR")
                       + u"/resources/client:/usr/bin:/bin"_s);
        env.insert(u"SLIPWAY_SS_CHECK_ONLY"_s, u"1"_s);
        for (const QString &line : {u"ss-get --bogus x"_s,
                                    u"ss-set onlykey"_s,
                                    u"ss-random -s 0"_s,
                                    u"ss-get-all worker"_s,
                                    u"ss-abort --ignore-abort x"_s}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(u"dash"_s, {u"-c"_s, line});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY2(p.exitCode() == 2, qPrintable(line));
        }
    }

    void everyCallIsAccepted()
    {
        // The SlipStream samples hold well over 40 calls, the examples over 40.
        QVERIFY2(m_calls.size() >= 80, qPrintable(QString::number(m_calls.size())));
        const QString bin = qEnvironmentVariable("SLIPWAY_SOURCE_DIR") + u"/resources/client"_s;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, bin + u":/usr/bin:/bin"_s);
        env.insert(u"SLIPWAY_SS_CHECK_ONLY"_s, u"1"_s);
        QStringList refused;
        QHash<QString, int> perTool;
        for (const Call &call : std::as_const(m_calls)) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(u"dash"_s, {u"-c"_s, call.words});
            QVERIFY(p.waitForFinished(10000));
            const QString where = u"%1:%2: %3  (run as: %4)"_s.arg(call.file)
                                      .arg(call.line)
                                      .arg(call.text, call.words);
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                refused.append(where
                               + u"\n    exit %1: %2"_s.arg(p.exitCode())
                                     .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
            ++perTool[call.words.section(u' ', 0, 0)];
        }
        for (auto it = perTool.cbegin(); it != perTool.cend(); ++it)
            qInfo("%s: %d calls", qPrintable(it.key()), it.value());
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSampleRecipes)
#include "tst_samplerecipes.moc"
