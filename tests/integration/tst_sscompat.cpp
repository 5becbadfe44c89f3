// The compatibility table (tests/data/sstools/compatibility.tsv): what a recipe sees from each
// ss-* tool, row by row as SlipStream's client shows it, run against the real broker with the
// tools the bootstrap fetches from it, over curl and over wget. The README's list of
// deliberate differences is checked against the rows that name one.

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    int line = 0;
    QString id, caller, state, command, stdoutText, exitCode, wait, after, differs, source;
};

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("SLIPWAY_SOURCE_DIR") + u'/' + relative;
}

// C escapes of the table: \n \t \\ \033.
QByteArray unescape(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char c = in.at(++i);
        if (c == 'n')
            out += '\n';
        else if (c == 't')
            out += '\t';
        else if (c == '\\')
            out += '\\';
        else if (c == '0' && in.mid(i, 3) == "033") {
            out += '\033';
            i += 2;
        } else {
            out += '\\';
            out += c;
        }
    }
    return out;
}

QList<Row> readTable(QString *error)
{
    QList<Row> rows;
    QFile f(sourceFile(u"tests/data/sstools/compatibility.tsv"_s));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + f.fileName();
        return {};
    }
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).chopped(1);
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList c = text.split(u'\t');
        if (c.size() != 10) {
            *error = u"compatibility.tsv:%1: %2 columns, not 10"_s.arg(line).arg(c.size());
            return {};
        }
        rows.append({line, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]});
    }
    return rows;
}

RunLayout layout()
{
    RunLayout l;
    l.nodes.append({u"master"_s,
                    1,
                    {u"munge_key64"_s, u"greeting"_s, u"collected"_s},
                    {{u"greeting"_s, u"hello"_s}}});
    l.nodes.append({u"worker"_s, 3, {u"master_greeting"_s, u"val"_s}, {}});
    l.mappings.append({u"master:greeting"_s, u"worker"_s, u"master_greeting"_s});
    return l;
}

} // namespace

class TestSsCompat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Row> m_rows;
    std::unique_ptr<RuntimeParameterStore> m_store;
    std::unique_ptr<Broker> m_broker;
    quint16 m_port = 0;
    QHash<QString, QString> m_bin; // client -> the tools fetched by the bootstrap
    QHash<QString, QByteArray> m_tokens;
    QString m_run;
    int m_runs = 0;

    void startBroker()
    {
        m_broker = std::make_unique<Broker>(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true;
        options.port = m_port;
        options.certificateDir = m_dir.filePath(u"tls"_s);
        QString error;
        QVERIFY2(m_broker->listen(options, &error), qPrintable(error));
        m_port = m_broker->port();
    }

    QString contextFor(const QString &instance)
    {
        const QString file = m_dir.filePath(u"ctx-%1-%2"_s.arg(m_run, instance));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the context");
        f.write("broker_url=http://127.0.0.1:" + QByteArray::number(m_port)
                + "\nrun=" + m_run.toUtf8() + "\ninstance=" + instance.toUtf8()
                + "\ntoken=" + m_tokens.value(instance) + "\n");
        return file;
    }

    void newRun()
    {
        m_run = u"compat%1"_s.arg(++m_runs);
        const auto created = m_store->createRun(m_run, layout());
        QVERIFY2(created.ok(), qPrintable(created.error));
        m_tokens = created.tokens;
    }

    // One step of the state column, done by Slipway itself.
    void apply(const QString &step)
    {
        if (step.startsWith(u"abort "_s)) {
            QVERIFY(m_store->abort(m_run, u"master.1"_s, step.mid(6)).ok());
        } else if (step.startsWith(u"user-abort "_s)) {
            QVERIFY(m_store->raiseAbort(m_run, AbortOrigin::User, step.mid(11)).ok());
        } else if (step.startsWith(u"set "_s)) {
            const QString assignment = step.mid(4);
            const qsizetype eq = assignment.indexOf(u'=');
            const auto key = ParameterKey::parse(assignment.left(eq));
            QVERIFY2(key.ok(), qPrintable(step));
            const QString value = QString::fromUtf8(unescape(assignment.mid(eq + 1)));
            const ParameterStatus s = m_store->set(m_run, key.key, value, {}, true);
            QVERIFY2(s.ok(), qPrintable(s.message));
        } else {
            QFAIL(qPrintable(u"unknown state step: "_s + step));
        }
        // Nodes read committed values only: the step is in before the command runs.
        QVERIFY(m_store->flush());
    }

    void bootstrap(const QString &client)
    {
        if (m_bin.contains(client))
            return;
        const QString bin = m_dir.filePath(client + u"-bin"_s);
        QProcess boot;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(u"master.1"_s));
        if (client == u"wget")
            env.insert(u"PATH"_s, m_dir.filePath(u"wget-only"_s));
        boot.setProcessEnvironment(env);
        QFile script(sourceFile(u"resources/client/bootstrap"_s));
        QVERIFY(script.open(QIODevice::ReadOnly));
        boot.start(u"/bin/sh"_s,
                   {u"-c"_s, QString::fromUtf8(script.readAll()), u"bootstrap"_s, bin});
        QSignalSpy done(&boot, &QProcess::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(boot.exitCode() == 0, boot.readAllStandardError().constData());
        for (const char *tool : {"ss-get", "ss-cancel-abort", "ss-get-all"})
            QVERIFY(QFileInfo(bin + u'/' + QLatin1StringView(tool)).isExecutable());
        m_bin.insert(client, bin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"dash", "curl", "wget"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        QDir().mkpath(m_dir.filePath(u"wget-only"_s));
        for (const char *tool : {"wget", "sed", "tail", "mkdir", "chmod", "mv", "sh"})
            QFile::link(QStandardPaths::findExecutable(QString::fromLatin1(tool)),
                        m_dir.filePath(u"wget-only/"_s + QLatin1StringView(tool)));
        QString error;
        m_rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_rows.size() >= 50);
        m_store = std::make_unique<RuntimeParameterStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"compat.db"_s), &error));
        startBroker();
    }

    // Every deliberate difference the table shows is explained in the README, and every
    // difference the README lists is shown by a row (or says why it cannot be).
    void readmeListsTheDifferences()
    {
        QFile f(sourceFile(u"README.md"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        const qsizetype start = readme.indexOf(u"### Differences from SlipStream"_s);
        QVERIFY2(start >= 0, "README.md has no \"Differences from SlipStream\" section");
        qsizetype end = readme.indexOf(u"\n#"_s, start + 5);
        const QString section = readme.mid(start, end < 0 ? -1 : end - start);
        QSet<QString> listed;
        QSet<QString> untabled;
        // An entry runs to the next one.
        static const QRegularExpression entry(u"^- \\*\\*(D\\d+)\\*\\*(.*?)(?=^- |\\z)"_s,
                                              QRegularExpression::MultilineOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        for (auto it = entry.globalMatch(section); it.hasNext();) {
            const auto m = it.next();
            listed.insert(m.captured(1));
            if (m.captured(2).contains(u"(not in the table:"_s))
                untabled.insert(m.captured(1));
        }
        QSet<QString> shown;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.differs == u"-")
                continue;
            QVERIFY2(listed.contains(row.differs),
                     qPrintable(
                         u"row %1 names %2, which the README does not list"_s.arg(row.id,
                                                                                  row.differs)));
            shown.insert(row.differs);
        }
        for (const QString &d : std::as_const(listed))
            QVERIFY2(shown.contains(d) || untabled.contains(d),
                     qPrintable(d + u" is in the README but no row shows it"_s));
    }

    void table_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<int>("index");
        for (const char *client : {"curl", "wget"})
            for (int i = 0; i < m_rows.size(); ++i)
                QTest::addRow("%s-%s", client, qPrintable(m_rows.at(i).id))
                    << QString::fromLatin1(client) << i;
    }

    void table()
    {
        QFETCH(QString, client);
        QFETCH(int, index);
        const Row &row = m_rows.at(index);
        const QByteArray where = "compatibility.tsv:" + QByteArray::number(row.line) + " ("
                                 + row.source.toUtf8() + ")";
        if (!m_broker)
            startBroker();
        newRun();
        bootstrap(client);

        int downSeconds = 0;
        QList<std::pair<int, QString>> later;
        if (row.state != u"-") {
            const QStringList steps = row.state.split(u';');
            for (QString step : steps) {
                while (step.startsWith(u' '))
                    step.remove(0, 1);
                if (step.startsWith(u"down "_s)) {
                    downSeconds = step.mid(5).toInt();
                } else if (step.startsWith(u"later "_s)) {
                    const QString rest = step.mid(6);
                    const qsizetype space = rest.indexOf(u' ');
                    later.append({rest.left(space).toInt(), rest.mid(space + 1)});
                } else {
                    apply(step);
                }
            }
        }

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_bin.value(client) + u":/usr/bin:/bin"_s);
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(row.caller));
        env.insert(u"SLIPWAY_HTTP_CLIENT"_s, client);
        env.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"60"_s);
        p.setProcessEnvironment(env);
        if (downSeconds > 0)
            m_broker.reset();
        QElapsedTimer t;
        t.start();
        p.start(u"dash"_s, {u"-c"_s, row.command});
        QVERIFY(p.waitForStarted());
        if (downSeconds > 0)
            QTimer::singleShot(downSeconds * 1000, this, [this] { startBroker(); });
        for (const auto &[seconds, step] : std::as_const(later)) {
            const QString run = m_run;
            QTimer::singleShot(seconds * 1000, this, [this, run, step = QString(step)] {
                if (m_run != run)
                    return;
                if (step.startsWith(u"abort "_s)) {
                    m_store->abort(run, {}, step.mid(6));
                } else {
                    const qsizetype eq = step.indexOf(u'=');
                    m_store->set(run,
                                 ParameterKey::parse(step.left(eq)).key,
                                 step.mid(eq + 1),
                                 {},
                                 true);
                }
            });
        }
        QSignalSpy done(&p, &QProcess::finished);
        if (p.state() != QProcess::NotRunning)
            QVERIFY2(done.wait(90000), where.constData());
        const qint64 ms = t.elapsed();
        QVERIFY(m_broker);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        const QByteArray context = where + "\n  command: " + row.command.toUtf8()
                                   + "\n  stdout: " + out + "\n  stderr: " + err;

        QCOMPARE_EQ(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == row.exitCode.toInt(),
                 QByteArray(context + "\n  exit " + QByteArray::number(p.exitCode()) + ", expected "
                            + row.exitCode.toUtf8())
                     .constData());
        if (row.stdoutText != u"*")
            QVERIFY2(out == unescape(row.stdoutText),
                     QByteArray(context + "\n  expected stdout: " + unescape(row.stdoutText))
                         .constData());
        if (row.wait != u"-") {
            const QStringList range = row.wait.split(u'-');
            QVERIFY2(ms >= range.at(0).toInt() * 1000 - 100 && ms <= range.at(1).toInt() * 1000,
                     QByteArray(context + "\n  took " + QByteArray::number(ms) + " ms").constData());
        }
        if (row.after != u"-") {
            const QStringList checks = row.after.split(u';');
            for (const QString &check : checks) {
                if (check.startsWith(u'!')) {
                    const auto key = ParameterKey::parse(check.mid(1)).key;
                    const ParameterStatus s = m_store->get(m_run, key, true);
                    QVERIFY2(s.code == ParameterStatus::Code::NotSet,
                             QByteArray(context + "\n  " + check.toUtf8() + " is "
                                        + s.value.toUtf8())
                                 .constData());
                } else {
                    const qsizetype eq = check.indexOf(u'=');
                    const auto key = ParameterKey::parse(check.left(eq)).key;
                    const ParameterStatus s = m_store->get(m_run, key, true);
                    QVERIFY2(s.ok() && s.value == check.mid(eq + 1),
                             QByteArray(context + "\n  " + check.left(eq).toUtf8() + " is '"
                                        + s.value.toUtf8() + "', expected '"
                                        + check.mid(eq + 1).toUtf8() + "'")
                                 .constData());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSsCompat)
#include "tst_sscompat.moc"
