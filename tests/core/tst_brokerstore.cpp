#include "core/broker/runtimeparameterreader.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connectorregistry.h"
#include "core/run/runengine.h"
#include "core/run/runrecords.h"
#include "core/run/runretention.h"
#include "core/storage/database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

ParameterKey key(const QString &text, const QString &caller = {})
{
    const qsizetype dot = caller.lastIndexOf(u'.');
    const auto p = ParameterKey::parse(text, caller.left(dot), caller.mid(dot + 1).toInt());
    if (!p.ok())
        qFatal("bad key in test: %s", qPrintable(p.error));
    return p.key;
}

// The Torque deployment: a master and two workers; the master's hostname is mapped to each
// worker's master_ip input.
RunLayout torque(int workers = 2)
{
    RunLayout layout;
    layout.nodes.append({u"master"_s, 1, {u"munge_key64"_s, u"ssh_key_rsa_b64"_s}, {}});
    layout.nodes.append(
        {u"worker"_s, workers, {u"master_ip"_s, u"ready"_s}, {{u"ready"_s, u"no"_s}}});
    layout.mappings.append({u"master:hostname"_s, u"worker"_s, u"master_ip"_s});
    layout.tags = {u"hpc"_s};
    return layout;
}

// A stand-in for the run engine: advances the run each time the barrier is reached.
class BarrierDriver : public QObject
{
public:
    BarrierDriver(RuntimeParameterStore *store, QStringList states)
        : m_states(std::move(states))
    {
        connect(store,
                &RuntimeParameterStore::barrierReached,
                this,
                [this, store](const QString &run, const QString &state) {
                    seen.append(state);
                    const qsizetype i = m_states.indexOf(state);
                    if (i >= 0 && i + 1 < m_states.size())
                        store->advanceState(run, m_states.at(i + 1));
                });
    }
    QStringList seen;

private:
    QStringList m_states;
};

} // namespace

class TestBrokerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservedNamesExist()
    {
        QTemporaryDir dir;
        RuntimeParameterStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"rt.db"_s), &error), qPrintable(error));
        const auto run = store.createRun(u"r1"_s, torque());
        QVERIFY2(run.ok(), qPrintable(run.error));
        QCOMPARE(run.tokens.size(), 3);
        QCOMPARE(store.instances(u"r1"_s),
                 QStringList({u"master.1"_s, u"worker.1"_s, u"worker.2"_s}));
        QCOMPARE(store.get(u"r1"_s, key(u"worker:multiplicity"_s), false).value, u"2"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"worker:ids"_s), false).value, u"1,2"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"ss:state"_s), false).value, u"Initializing"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"ss:tags"_s), false).value, u"hpc"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"worker.2:nodename"_s), false).value, u"worker"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"worker.2:id"_s), false).value, u"2"_s);
        QCOMPARE(store.get(u"r1"_s, key(u"worker.2:ready"_s), false).value, u"no"_s);
        for (const QString &name : RuntimeParameterStore::reservedInstanceNames())
            QVERIFY(store.get(u"r1"_s, key(u"master.1:"_s + name), false).code
                    != ParameterStatus::Code::UnknownKey);
        QCOMPARE(store.get(u"r1"_s, key(u"master.1:hostname"_s), false).code,
                 ParameterStatus::Code::NotSet);
        QCOMPARE(store.get(u"r1"_s, key(u"master.1:nothing"_s), false).code,
                 ParameterStatus::Code::UnknownKey);
        QCOMPARE(store.get(u"r2"_s, key(u"ss:state"_s), false).code,
                 ParameterStatus::Code::UnknownRun);
        QVERIFY(!store.createRun(u"r1"_s, torque()).ok());
    }

    void scopesAndLimits()
    {
        QTemporaryDir dir;
        RuntimeParameterStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(u"rt.db"_s), &error));
        QVERIFY(store.createRun(u"r"_s, torque()).ok());
        const QString w1 = u"worker.1"_s;
        QVERIFY(store.set(u"r"_s, key(u"ready"_s, w1), u"yes"_s, w1, false).ok());
        QCOMPARE(store.set(u"r"_s, key(u"worker.2:ready"_s), u"x"_s, w1, false).code,
                 ParameterStatus::Code::Forbidden);
        QCOMPARE(store.set(u"r"_s, key(u"hostname"_s, w1), u"h"_s, w1, false).code,
                 ParameterStatus::Code::Forbidden);
        QCOMPARE(store.set(u"r"_s, key(u"ss:state"_s), u"Done"_s, w1, false).code,
                 ParameterStatus::Code::Forbidden);
        QCOMPARE(store.set(u"r"_s, key(u"worker:multiplicity"_s), u"9"_s, w1, false).code,
                 ParameterStatus::Code::Forbidden);
        QCOMPARE(store.set(u"r"_s, key(u"undeclared"_s, w1), u"x"_s, w1, false).code,
                 ParameterStatus::Code::UnknownKey);
        // Every name that Slipway sets (url.ssh too: a node must not point the user's SSH
        // elsewhere), and the run's and nodes' own values, are refused to nodes and unchanged.
        QVERIFY(
            store.set(u"r"_s, key(u"worker.1:url.ssh"_s), u"ssh://root@10.0.0.2"_s, {}, false).ok());
        for (const QString &name : RuntimeParameterStore::slipwayOnlyNames()) {
            const QString before = store.get(u"r"_s, key(name, w1), true).value;
            QCOMPARE(store.set(u"r"_s, key(name, w1), u"ssh://evil@attacker"_s, w1, false).code,
                     ParameterStatus::Code::Forbidden);
            QCOMPARE(store.get(u"r"_s, key(name, w1), true).value, before);
        }
        QCOMPARE(store.get(u"r"_s, key(u"worker.1:url.ssh"_s), true).value,
                 u"ssh://root@10.0.0.2"_s);
        for (const QString &name : RuntimeParameterStore::reservedGlobalNames()) {
            if (name == u"url.service")
                continue; // SlipStream's appliances publish it with ss-set ss:url.service
            QCOMPARE(store.set(u"r"_s, key(u"ss:"_s + name), u"x"_s, w1, false).code,
                     ParameterStatus::Code::Forbidden);
        }
        for (const QString &name : {u"multiplicity"_s, u"ids"_s})
            QCOMPARE(store.set(u"r"_s, key(u"worker:"_s + name), u"1"_s, w1, false).code,
                     ParameterStatus::Code::Forbidden);
        QVERIFY(store.set(u"r"_s, key(u"ready"_s, w1), QString(4096, u'x'), w1, false).ok());
        QCOMPARE(store.set(u"r"_s, key(u"ready"_s, w1), QString(4097, u'x'), w1, false).code,
                 ParameterStatus::Code::TooLong);
        // 4096 characters outside the BMP are 8192 UTF-16 units, still 4096 characters.
        QString emoji;
        for (int i = 0; i < 4096; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        QVERIFY(store.set(u"r"_s, key(u"ready"_s, w1), emoji, w1, false).ok());
        // Slipway itself sets the reserved values.
        QVERIFY(store.set(u"r"_s, key(u"worker.1:hostname"_s), u"10.0.0.2"_s, {}, false).ok());
    }

    void mappedOutputsAreCopied()
    {
        QTemporaryDir dir;
        RuntimeParameterStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(u"rt.db"_s), &error));
        QVERIFY(store.createRun(u"r"_s, torque(3)).ok());
        QSignalSpy set(&store, &RuntimeParameterStore::valueSet);
        QVERIFY(store.set(u"r"_s, key(u"master.1:hostname"_s), u"10.0.0.1"_s, {}, false).ok());
        for (int i = 1; i <= 3; ++i) {
            const ParameterKey input = key(u"worker.%1:master_ip"_s.arg(i));
            QCOMPARE(store.get(u"r"_s, input, false).value, u"10.0.0.1"_s);
            // Not committed yet: a node neither reads it nor is woken by it.
            QCOMPARE(store.get(u"r"_s, input, false, true).code, ParameterStatus::Code::NotSet);
        }
        QCOMPARE(set.size(), 0);
        QTRY_COMPARE(set.size(), 4);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(store.get(u"r"_s, key(u"worker.%1:master_ip"_s.arg(i)), false, true).value,
                     u"10.0.0.1"_s);
    }

    void abortFirstReasonWins()
    {
        QTemporaryDir dir;
        RuntimeParameterStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(u"rt.db"_s), &error));
        QVERIFY(store.createRun(u"r"_s, torque()).ok());
        QSignalSpy aborted(&store, &RuntimeParameterStore::runAborted);
        QVERIFY(store.abort(u"r"_s, u"worker.2"_s, u"disk full"_s).ok());
        QVERIFY(store.abort(u"r"_s, u"worker.1"_s, u"second"_s).ok());
        QCOMPARE(aborted.size(), 0); // announced once committed
        QTRY_COMPARE(aborted.size(), 1);
        QVERIFY(store.abortOrigin(u"r"_s) == AbortOrigin::Node);
        QCOMPARE(store.abortReason(u"r"_s), u"disk full"_s);
        QCOMPARE(store.get(u"r"_s, key(u"ss:state"_s), false).code, ParameterStatus::Code::Aborted);
        QVERIFY(store.get(u"r"_s, key(u"ss:state"_s), true).ok());
        QCOMPARE(store.set(u"r"_s, key(u"ready"_s, u"worker.1"_s), u"x"_s, u"worker.1"_s, false).code,
                 ParameterStatus::Code::Aborted);
        QVERIFY(store.set(u"r"_s, key(u"ready"_s, u"worker.1"_s), u"x"_s, u"worker.1"_s, true).ok());
        QCOMPARE(store.get(u"r"_s, key(u"worker.2:abort"_s), true).value, u"disk full"_s);
        QVERIFY(store.cancelAbort(u"r"_s, u"worker.1"_s).ok());
        QVERIFY(!store.isAborted(u"r"_s));
        // Setting one's own `abort` aborts the run as well.
        QVERIFY(store
                    .set(u"r"_s,
                         key(u"abort"_s, u"master.1"_s),
                         u"script failed (3)"_s,
                         u"master.1"_s,
                         false)
                    .ok());
        QCOMPARE(store.abortReason(u"r"_s), u"script failed (3)"_s);
    }

    void completeBarrierDrivesTheRun()
    {
        QTemporaryDir dir;
        RuntimeParameterStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(u"rt.db"_s), &error));
        QVERIFY(store.createRun(u"r"_s, torque()).ok());
        store.advanceState(u"r"_s, u"Provisioning"_s);
        BarrierDriver engine(&store,
                             {u"Provisioning"_s, u"Executing"_s, u"SendingReports"_s, u"Ready"_s});
        const QStringList all = store.instances(u"r"_s);
        auto completeAll = [&](const QStringList &who) {
            for (const QString &i : who)
                QVERIFY(store.set(u"r"_s, key(u"complete"_s, i), u"true"_s, i, false).ok());
        };
        completeAll({all.at(0), all.at(1)});
        QVERIFY(engine.seen.isEmpty());
        QVERIFY(!store.isBarrierReached(u"r"_s));
        completeAll({all.at(2)});
        QVERIFY(engine.seen.isEmpty()); // the last `complete` is not committed yet
        QTRY_COMPARE(engine.seen, QStringList{u"Provisioning"_s});
        QCOMPARE(store.state(u"r"_s), u"Executing"_s);
        // The flags were cleared: the next state needs every instance again.
        QCOMPARE(store.get(u"r"_s, key(u"master.1:complete"_s), false).code,
                 ParameterStatus::Code::NotSet);
        completeAll({all.at(0), all.at(1)});
        QVERIFY(store.flush());
        QCOMPARE(engine.seen.size(), 1);
        // A failed instance leaves the barrier; the barrier is reached without it.
        store.setInstanceLive(u"r"_s, all.at(2), false);
        QCOMPARE(engine.seen, QStringList({u"Provisioning"_s, u"Executing"_s}));
        QCOMPARE(store.state(u"r"_s), u"SendingReports"_s);
        completeAll({all.at(0), all.at(1)});
        QTRY_COMPARE(store.state(u"r"_s), u"Ready"_s);
    }

    void restartServesTheSameRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"rt.db"_s);
        QByteArray token;
        {
            RuntimeParameterStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            const auto run = store.createRun(u"r"_s, torque());
            token = run.tokens.value(u"worker.2"_s);
            bool durable = false;
            QVERIFY(store
                        .set(u"r"_s,
                             key(u"master.1:hostname"_s),
                             u"10.0.0.1"_s,
                             {},
                             false,
                             [&](bool ok) { durable = ok; })
                        .ok());
            QVERIFY(!durable); // committed with the other writes of this event-loop pass
            QTRY_VERIFY(durable);
            QVERIFY(
                store
                    .set(u"r"_s, key(u"complete"_s, u"worker.1"_s), u"true"_s, u"worker.1"_s, false)
                    .ok());
            store.setInstanceLive(u"r"_s, u"worker.2"_s, false);
            QVERIFY(store.addReport(u"r"_s, u"worker.1"_s, u"log.txt"_s, "all fine").ok());
            QVERIFY(store.abort(u"r"_s, u"worker.1"_s, u"stop"_s).ok());
            // No flush: the destructor commits what is pending, as a clean shutdown would.
        }
        RuntimeParameterStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QVERIFY(store.hasRun(u"r"_s));
        QVERIFY(store.authenticate(u"r"_s, u"worker.2"_s, token));
        QVERIFY(!store.authenticate(u"r"_s, u"worker.1"_s, token));
        QCOMPARE(store.get(u"r"_s, key(u"worker.2:master_ip"_s), true).value, u"10.0.0.1"_s);
        QCOMPARE(store.abortReason(u"r"_s), u"stop"_s);
        QVERIFY(!store.isInstanceLive(u"r"_s, u"worker.2"_s));
        QCOMPARE(store.reports(u"r"_s).size(), 1);
        QCOMPARE(store.reports(u"r"_s).first().data, QByteArray("all fine"));
        // Mappings survive too.
        QVERIFY(store.set(u"r"_s, key(u"master.1:hostname"_s), u"10.0.0.9"_s, {}, true).ok());
        QCOMPARE(store.get(u"r"_s, key(u"worker.1:master_ip"_s), true).value, u"10.0.0.9"_s);
    }

    // Hundreds of past runs in a real store: a start loads only the runs that still have a
    // node to serve, reads a past one when asked, and the engine prunes the parameters and
    // reports of the finished runs its rule no longer keeps (their records stay).
    void pastRunsAreLoadedLazilyAndPrunedByTheRule()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"catalog.sqlite"_s);
        constexpr int past = 300;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto pastId = [](int i) {
            return u"past%1"_s.arg(i, 3, 10, QChar(u'0'));
        };
        {
            RuntimeParameterStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            RunRecords records;
            QVERIFY(records.open(file));
            for (int i = 0; i < past; ++i) {
                const QString id = pastId(i);
                QVERIFY(store.createRun(id, torque(1)).ok());
                QVERIFY(store.set(id, key(u"master.1:hostname"_s), id, {}, false).ok());
                QVERIFY(store.addReport(id, u"worker.1"_s, u"node.log"_s, id.toUtf8()).ok());
                store.endRun(id);
                RunRecord r;
                r.id = id;
                r.kind = u"deployment"_s;
                r.modulePath = u"t/m"_s;
                r.moduleVersion = 1;
                r.state = RunState::Done.toString();
                r.keepRunning = u"never"_s;
                // past299 finished half an hour ago, past000 299.5 hours ago.
                r.finishedAt = now.addSecs(-3600LL * (past - i) + 1800);
                r.createdAt = r.finishedAt.addSecs(-60);
                r.terminated = true;
                QVERIFY(records.insertRun(r));
            }
            // A Ready run kept running: its nodes may still call.
            QVERIFY(store.createRun(u"kept"_s, torque(1)).ok());
            RunRecord r;
            r.id = u"kept"_s;
            r.kind = u"deployment"_s;
            r.modulePath = u"t/m"_s;
            r.moduleVersion = 1;
            r.state = RunState::Ready.toString();
            r.keepRunning = u"always"_s;
            r.createdAt = now.addDays(-100);
            QVERIFY(records.insertRun(r));
            QVERIFY(store.flush());
        }

        RuntimeParameterStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QVERIFY(store.isLoaded(u"kept"_s));
        for (int i = 0; i < past; ++i)
            QVERIFY2(!store.isLoaded(pastId(i)), qPrintable(pastId(i)));
        // Read when asked for, and its tokens are still refused.
        QVERIFY(store.hasRun(pastId(150)));
        QVERIFY(store.hasEnded(pastId(150)));
        QCOMPARE(store.get(pastId(150), key(u"worker.1:master_ip"_s), true).value, pastId(150));
        QVERIFY(!store.isLoaded(pastId(151)));

        // Keep the newest 280, for 10 days (240 hours): past000..past059 go.
        ConnectorRegistry registry;
        RunEngine engine(&store, &registry, [](const QString &) {
            return std::optional<CloudConfig>();
        });
        engine.setRetention(RunRetention{280, 10});
        QVERIFY(engine.open(file));
        for (int i = 0; i < past; ++i)
            QVERIFY2(store.isStored(pastId(i)) == (i >= 60), qPrintable(pastId(i)));
        QVERIFY(store.isStored(u"kept"_s));       // not finished: kept whatever its age
        QCOMPARE(engine.runs().size(), past + 1); // the records stay
        bool said = false;
        for (const RunEvent &e : engine.events(pastId(0)))
            said = said || e.message.contains(u"pruned"_s);
        QVERIFY(said);
        QVERIFY(RuntimeParameterReader(file).reports(pastId(0)).isEmpty());
        QCOMPARE(RuntimeParameterReader(file).reports(pastId(60)).size(), 1);
        // The verdict run ls shows: when each kept one goes.
        const QList<RetainedRun> verdicts = applyRetention(engine.runs(), engine.retention(), now);
        for (const RetainedRun &v : verdicts) {
            if (v.run == pastId(299)) {
                QVERIFY(v.finished && v.keep);
                QCOMPARE(v.pruneAt, now.addSecs(-1800).addDays(10));
            }
            if (v.run == u"kept")
                QVERIFY(!v.finished && v.keep && !v.pruneAt.isValid());
        }
        // By count alone: the newest 100.
        engine.setRetention(RunRetention{100, 0});
        QCOMPARE(engine.pruneFinishedRuns().size(), 140);
        QVERIFY(store.isStored(pastId(200)) && !store.isStored(pastId(199)));
    }

    void databaseIsWalAndTokensHashed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"rt.db"_s);
        QByteArray token;
        {
            RuntimeParameterStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            token = store.createRun(u"r"_s, torque()).tokens.value(u"master.1"_s);
            QVERIFY(token.size() >= 43); // 256 bits in base64url
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"SELECT token_hash FROM runtime_instances"_s));
            int rows = 0;
            while (q.next()) {
                ++rows;
                QCOMPARE(q.value(0).toByteArray().size(), 32);
                QVERIFY(q.value(0).toByteArray() != token);
            }
            QCOMPARE(rows, 3);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            // The whole file's schema, whichever store opened it first (core/storage).
            QCOMPARE(q.value(0).toInt(), Database::currentSchemaVersion());
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(token));
    }
};

QTEST_GUILESS_MAIN(TestBrokerStore)
#include "tst_brokerstore.moc"
