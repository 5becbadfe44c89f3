// The bundled LAMP example (examples/lamp/lamp-stack, as a new catalog gets it) updated in
// place through slipway-cli on Podman: its nodes install their packages (HAProxy, Apache with
// PHP, MariaDB) from the Debian mirror as they boot, since the catalog has no built image.
// The web image's recipe changes (a new page): the plan names exactly the web node as replaced
// and every other node as unchanged; the apply reaches Ready with new web instances at the new
// version serving the new page, the load balancer's and database's instances untouched, and
// the rows the database held before the update still there.

#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "tests/support/podmantesting.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kStack = u"examples/lamp/lamp-stack";
constexpr QStringView kWeb = u"examples/lamp/web";

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + u"\n--- stderr:\n"_s + err; }
};

} // namespace

class TestUpdateLamp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    QString m_catalogFile;
    std::unique_ptr<Catalog> m_catalog;
    QString m_run;

    Outcome cli(const QStringList &args, int timeoutMs = 1500000)
    {
        const ProcessResult r = runProcess(m_program,
                                           QStringList{u"--catalog"_s, m_catalogFile} + args,
                                           ProcessOptions()
                                               .withEnvironment(environmentWithDataDir(
                                                   m_dir.filePath(u"data"_s)))
                                               .withTimeout(timeoutMs));
        return Outcome{r.exitCode, r.outText(), r.errText()};
    }

    QJsonObject show() { return cli({u"run"_s, u"show"_s, m_run, u"--json"_s}).json(); }

    QString param(const QString &key)
    {
        return cli({u"run"_s, u"params"_s, m_run, u"--json"_s}).json().value(key).toString();
    }

    // instance -> "state vVERSION", for the instances not terminated.
    QMap<QString, QString> liveInstances()
    {
        QMap<QString, QString> live;
        for (const QJsonValue &v : show().value(u"instances"_s).toArray()) {
            const QJsonObject i = v.toObject();
            if (i.value(u"state"_s).toString() != u"terminated"_s)
                live.insert(i.value(u"name"_s).toString(),
                            u"%1 v%2"_s.arg(i.value(u"state"_s).toString())
                                .arg(i.value(u"imageVersion"_s).toInt()));
        }
        return live;
    }

    QString containerOf(const QString &hostLabel)
    {
        for (const QString &c : containersOfRun(m_run))
            if (c.endsWith(u'-' + hostLabel))
                return c;
        return {};
    }

    QString inContainer(const QString &container, const QString &command)
    {
        const ProcessResult r = runProcess(u"podman"_s,
                                           {u"exec"_s, container, u"sh"_s, u"-c"_s, command});
        // What went wrong shows in the comparisons' failure messages.
        const QString err = r.errText().trimmed();
        return err.isEmpty() ? r.outText().trimmed()
                             : r.outText().trimmed() + u"\n[stderr] "_s + err;
    }

    // What a deploy that does not settle left behind: the run as slipway-cli shows it, its
    // events and reports, and the processes and node agent's log of each container.
    QString diagnostics()
    {
        QString text;
        if (m_run.isEmpty())
            return u"(no run id)"_s;
        text += cli({u"run"_s, u"show"_s, m_run}, 60000).all();
        text += u"\n--- run logs:\n"_s + cli({u"run"_s, u"logs"_s, m_run}, 60000).all();
        for (const QString &c : containersOfRun(m_run)) {
            text += u"\n--- %1: ps\n"_s.arg(c)
                    + inContainer(c, u"ps -eo pid,ppid,stat,etime,args 2>/dev/null || ps"_s);
            text += u"\n--- %1: /var/log/slipway/node.log\n"_s.arg(c)
                    + inContainer(c, u"tail -n 40 /var/log/slipway/node.log"_s);
            text += u"\n--- %1: on-vm-* logs, HAProxy's servers\n"_s.arg(c)
                    + inContainer(c,
                                  u"tail -n 20 /var/log/slipway/on-vm-*.log 2>/dev/null; "
                                  "grep -s server /etc/haproxy/haproxy.cfg; true"_s);
        }
        return text;
    }

    // Deploys the stack; a deploy that has not settled within the bound fails the test with
    // diagnostics() rather than hanging until CTest's time-out.
    Outcome deploy(int boundMs)
    {
        QProcess p;
        p.setProcessEnvironment(environmentWithDataDir(m_dir.filePath(u"data"_s)));
        p.start(m_program,
                {u"--catalog"_s, m_catalogFile, u"deploy"_s, kStack.toString(), u"--json"_s});
        if (!p.waitForStarted())
            return {};
        QByteArray err;
        QDeadlineTimer deadline(boundMs);
        static const QRegularExpression launched(u"run ([0-9a-f]{12}) launched"_s);
        while (p.state() == QProcess::Running && !deadline.hasExpired()) {
            p.waitForFinished(1000);
            err += p.readAllStandardError();
            if (m_run.isEmpty())
                m_run = launched.match(QString::fromUtf8(err)).captured(1);
        }
        if (p.state() == QProcess::Running) {
            const QString seen = diagnostics();
            std::fprintf(stderr, "%s\n", qPrintable(seen)); // QtTest shortens long messages
            p.kill();
            p.waitForFinished(30000);
            err += p.readAllStandardError();
            return Outcome{-1,
                           QString(),
                           QString::fromUtf8(err)
                               + u"\n--- the deploy did not settle within %1 s:\n"_s.arg(boundMs
                                                                                         / 1000)
                               + seen};
        }
        err += p.readAllStandardError();
        return Outcome{p.exitCode(),
                       QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(err)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        m_program = cliProgram();
        QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
        m_catalogFile = m_dir.filePath(u"catalog.sqlite"_s);
        m_catalog = std::make_unique<Catalog>(m_catalogFile);
        QVERIFY(m_catalog->open());
        // The examples as a new catalog gets them.
        const Result<int> installed = ExampleCatalog::installIfEmpty(*m_catalog);
        QVERIFY2(installed && *installed > 0, qPrintable(installed.errorMessage()));
        QVERIFY(m_catalog->latest(kStack.toString()));
    }

    void cleanupTestCase()
    {
        if (!m_run.isEmpty()) {
            (void) cli({u"run"_s, u"terminate"_s, m_run});
            removeRun(m_run);
        }
    }

    void webRecipeChangeReplacesTheWebNodesOnly()
    {
        // Every node installs its packages from the mirror: minutes, not a quarter of an hour.
        const Outcome deployed = deploy(15 * 60 * 1000);
        QVERIFY2(deployed.exitCode == 0 && !m_run.isEmpty(), qPrintable(deployed.all()));
        QCOMPARE(deployed.json().value(u"state"_s).toString(), u"Ready"_s);
        const int webVersion = m_catalog->latest(kWeb.toString())->version;
        const QMap<QString, QString> before = liveInstances();
        QCOMPARE(before.keys(), (QStringList{u"database.1"_s, u"lb.1"_s, u"web.1"_s, u"web.2"_s}));

        // Rows written since the launch: the update must not lose them.
        const QString database = containerOf(u"database-1"_s);
        const QString lb = containerOf(u"lb-1"_s);
        QVERIFY2(!database.isEmpty() && !lb.isEmpty(),
                 qPrintable(containersOfRun(m_run).join(u' ')));
        // The load balancer lists both web instances (read from ss-get-all's lines).
        QCOMPARE(inContainer(lb, u"grep '^    server ' /etc/haproxy/haproxy.cfg | cut -d' ' -f6"_s),
                 u"web.1\nweb.2"_s);
        QCOMPARE(inContainer(database,
                             u"mariadb app -e \"INSERT INTO visits (server) VALUES "
                             "('before-update')\""_s),
                 QString());
        QCOMPARE(inContainer(database, u"mariadb -N app -e 'SELECT server FROM visits'"_s),
                 u"before-update"_s);
        const QString password = param(u"database.1:db_password"_s);
        QVERIFY(!password.isEmpty());

        // The next version of the web image: its recipe writes another health page.
        Module web = m_catalog->latest(kWeb.toString())->module;
        QVERIFY(web.image.recipes.recipe.contains(u"echo \"ok\\n\";"_s));
        web.image.recipes.recipe.replace(u"echo \"ok\\n\";"_s, u"echo \"ok, version 2\\n\";"_s);
        QVERIFY(m_catalog->save(web, u"test"_s, u"A new health page"_s));
        const int newWebVersion = m_catalog->latest(kWeb.toString())->version;
        QCOMPARE(newWebVersion, webVersion + 1);

        // The plan: exactly the web node is replaced, nothing else changes.
        const Outcome planned = cli({u"run"_s, u"plan"_s, m_run, u"--json"_s});
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.all()));
        QMap<QString, QString> actions;
        for (const QJsonValue &v : planned.json().value(u"nodes"_s).toArray())
            actions.insert(v.toObject().value(u"node"_s).toString(),
                           v.toObject().value(u"action"_s).toString());
        QCOMPARE(actions,
                 (QMap<QString, QString>{{u"lb"_s, u"unchanged"_s},
                                         {u"web"_s, u"replace"_s},
                                         {u"database"_s, u"unchanged"_s}}));
        const Outcome text = cli({u"run"_s, u"plan"_s, m_run});
        QVERIFY2(text.out.contains(u"recipe changed in examples/lamp/web"_s),
                 qPrintable(text.all()));

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(!shown.value(u"lastUpdateFailed"_s).toBool());
        // Every web instance runs the new version; the others are the same instances.
        const QMap<QString, QString> after = liveInstances();
        QCOMPARE(after.keys(), (QStringList{u"database.1"_s, u"lb.1"_s, u"web.3"_s, u"web.4"_s}));
        QCOMPARE(after.value(u"web.3"_s), u"ready v%1"_s.arg(newWebVersion));
        QCOMPARE(after.value(u"web.4"_s), u"ready v%1"_s.arg(newWebVersion));
        QCOMPARE(after.value(u"database.1"_s), before.value(u"database.1"_s));
        QCOMPARE(after.value(u"lb.1"_s), before.value(u"lb.1"_s));
        QCOMPARE(containerOf(u"database-1"_s), database);
        QCOMPARE(containerOf(u"lb-1"_s), lb);
        QCOMPARE(containersOfRun(m_run).size(), 4);
        for (const QString &instance : {u"web-3"_s, u"web-4"_s})
            QCOMPARE(inContainer(containerOf(instance),
                                 u"grep -c 'ok, version 2' /var/www/html/health.php"_s),
                     u"1"_s);
        // The database kept its data and its password; the new web nodes got it.
        QCOMPARE(param(u"database.1:db_password"_s), password);
        QCOMPARE(param(u"web.3:db_password"_s), password);
        QVERIFY2(inContainer(database, u"mariadb -N app -e 'SELECT server FROM visits'"_s)
                     .startsWith(u"before-update"_s),
                 qPrintable(inContainer(database, u"mariadb -N app -e 'SELECT * FROM visits'"_s)));
        // The load balancer (told by on-vm-add and on-vm-remove) serves through a new web
        // node, which counts the visit in the database beside the row from before.
        static const QRegularExpression served(u"^Served by (\\S+); (\\d+) visits in total$"_s);
        QString page;
        QRegularExpressionMatch match;
        const auto fetch = [&] {
            page = inContainer(lb,
                               u"curl -sS http://127.0.0.1/ 2>&1 || wget -q -O - "
                               "http://127.0.0.1/ 2>&1"_s);
            match = served.match(page);
            return match.hasMatch();
        };
        // HAProxy may take its health checks' time to send to the new servers. Bounded by the
        // clock: each try is a podman exec, which QTRY's step count would not see.
        QDeadlineTimer served60s(60000);
        while (!fetch() && !served60s.hasExpired())
            QTest::qWait(500);
        if (!match.hasMatch()) // QtTest shortens long messages: the whole of it on stderr
            std::fprintf(stderr, "%s\n", qPrintable(diagnostics()));
        QVERIFY2(match.hasMatch(), qPrintable(page));
        QVERIFY2(match.captured(1) == inContainer(containerOf(u"web-3"_s), u"hostname"_s)
                     || match.captured(1) == inContainer(containerOf(u"web-4"_s), u"hostname"_s),
                 qPrintable(page));
        QVERIFY2(match.captured(2).toInt() >= 2,
                 qPrintable(page)); // the row from before, this visit
        // Nothing left to do.
        const Outcome again = cli({u"run"_s, u"plan"_s, m_run, u"--json"_s});
        for (const QJsonValue &v : again.json().value(u"nodes"_s).toArray())
            QCOMPARE(v.toObject().value(u"action"_s).toString(), u"unchanged"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpdateLamp)
#include "tst_updatelamp.moc"
