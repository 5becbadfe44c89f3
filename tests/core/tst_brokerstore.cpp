#include "core/broker/runtimeparameterstore.h"
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
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(store.get(u"r"_s, key(u"worker.%1:master_ip"_s.arg(i)), false).value,
                     u"10.0.0.1"_s);
        QCOMPARE(set.size(), 4);
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
        QCOMPARE(aborted.size(), 1);
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
        QCOMPARE(engine.seen, QStringList{u"Provisioning"_s});
        QCOMPARE(store.state(u"r"_s), u"Executing"_s);
        // The flags were cleared: the next state needs every instance again.
        QCOMPARE(store.get(u"r"_s, key(u"master.1:complete"_s), false).code,
                 ParameterStatus::Code::NotSet);
        completeAll({all.at(0), all.at(1)});
        QCOMPARE(engine.seen.size(), 1);
        // A failed instance leaves the barrier; the barrier is reached without it.
        store.setInstanceLive(u"r"_s, all.at(2), false);
        QCOMPARE(engine.seen, QStringList({u"Provisioning"_s, u"Executing"_s}));
        QCOMPARE(store.state(u"r"_s), u"SendingReports"_s);
        completeAll({all.at(0), all.at(1)});
        QCOMPARE(store.state(u"r"_s), u"Ready"_s);
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
