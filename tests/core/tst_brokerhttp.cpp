#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/http/httplistener.h"
#include "tests/support/testpaths.h"
#include "tests/support/writelockholder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <memory>

using namespace Slipway;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A bare HTTP/1.1 client on one keep-alive connection, so that hundreds can wait at once.
class HttpClient : public QObject
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray head; // the status line and headers
    };

    explicit HttpClient(quint16 port, QSslSocket *tls = nullptr)
        : m_socket(tls ? tls : new QTcpSocket(this))
    {
        if (tls) {
            tls->setParent(this);
            tls->connectToHostEncrypted(u"127.0.0.1"_s, port);
        } else {
            m_socket->connectToHost(QHostAddress::LocalHost, port);
        }
        connect(m_socket, &QIODevice::readyRead, this, [this] { parse(); });
    }

    void send(const QByteArray &method,
              const QByteArray &path,
              const QByteArray &body = {},
              const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &[n, v] : headers)
            r += n + ": " + v + "\r\n";
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        r += "\r\n" + body;
        m_socket->write(r);
    }

    void sendRaw(const QByteArray &bytes) { m_socket->write(bytes); }

    bool waitForReplies(int count, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (replies.size() < count && t.elapsed() < ms
               && m_socket->state() != QAbstractSocket::UnconnectedState)
            QTest::qWait(1);
        return replies.size() >= count;
    }

    Reply request(const QByteArray &method,
                  const QByteArray &path,
                  const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        const qsizetype before = replies.size();
        send(method, path, body, headers);
        if (!waitForReplies(int(before) + 1))
            return {};
        return replies.takeLast();
    }

    QList<Reply> replies;
    QAbstractSocket *socket() const { return m_socket; }

private:
    void parse()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_buffer.first(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            Reply reply;
            reply.status = lines.first().split(' ').value(1).toInt();
            reply.head = m_buffer.first(end).toLower();
            reply.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            replies.append(reply);
        }
    }

    QAbstractSocket *m_socket;
    QByteArray m_buffer;
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers auth(const QString &instance, const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}, {"X-Slipway-Instance", instance.toUtf8()}};
}

RunLayout layout(int workers)
{
    RunLayout l;
    l.nodes.append({u"master"_s, 1, {u"munge_key64"_s, u"secret_out"_s}, {}});
    l.nodes.append({u"worker"_s, workers, {u"master_ip"_s, u"done"_s}, {}});
    l.mappings.append({u"master:hostname"_s, u"worker"_s, u"master_ip"_s});
    return l;
}

QStringList capturedLog;
QMutex capturedLogMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedLogMutex);
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                       + message);
}

} // namespace

class TestBrokerHttp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RuntimeParameterStore> m_store;
    std::unique_ptr<Broker> m_broker;
    QHash<QString, QByteArray> m_tokens;

    QByteArray params(const QString &key) const
    {
        return "/api/v1/runs/run1/params/" + key.toUtf8();
    }

    QString databaseFile() const
    {
        return m_dir.filePath(u"rt-%1.db"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    void startBroker()
    {
        m_broker = std::make_unique<Broker>(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true;
        QString error;
        QVERIFY2(m_broker->listen(options, &error), qPrintable(error));
    }

    // A new process's broker and store over the same database.
    void restart()
    {
        m_broker.reset();
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY2(m_store->open(databaseFile(), &error), qPrintable(error));
        startBroker();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY2(m_store->open(databaseFile(), &error), qPrintable(error));
        const auto run = m_store->createRun(u"run1"_s, layout(3));
        QVERIFY(run.ok());
        m_tokens = run.tokens;
        startBroker();
    }

    void cleanup()
    {
        m_broker.reset();
        m_store.reset();
    }

    void statusCodes()
    {
        HttpClient c(m_broker->port());
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        // Own key: set then get.
        QCOMPARE(c.request("PUT", params(u"done"_s), "yes", w1).status, 204);
        auto r = c.request("GET", params(u"worker.1:done"_s), {}, w1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("yes"));
        // Empty value is a value.
        QCOMPARE(c.request("PUT", params(u"done"_s), "", w1).status, 204);
        r = c.request("GET", params(u"done"_s), {}, w1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        // Not set, no wait.
        QCOMPARE(c.request("GET", params(u"master:munge_key64"_s), {}, w1).status, 204);
        // Tokens.
        QCOMPARE(c.request("GET", params(u"done"_s)).status, 401);
        QCOMPARE(c.request("GET", params(u"done"_s), {}, auth(u"worker.1"_s, "wrong")).status, 401);
        QCOMPARE(c.request("GET",
                           params(u"done"_s),
                           {},
                           auth(u"worker.2"_s, m_tokens.value(u"worker.1"_s)))
                     .status,
                 401);
        QCOMPARE(c.request("GET", "/api/v1/runs/other/params/done", {}, w1).status, 401);
        // Scopes.
        r = c.request("PUT", params(u"worker.2:done"_s), "x", w1);
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("only its own"));
        QCOMPARE(c.request("PUT", params(u"hostname"_s), "x", w1).status, 403);
        QCOMPARE(c.request("PUT", params(u"ss:state"_s), "Done", w1).status, 403);
        // Sizes.
        QCOMPARE(c.request("PUT", params(u"done"_s), QByteArray(4096, 'v'), w1).status, 204);
        r = c.request("PUT", params(u"done"_s), QByteArray(4097, 'v'), w1);
        QCOMPARE(r.status, 413);
        QVERIFY(r.body.contains("4096"));
        {
            // Refused from its headers, before the body is read: that connection closes.
            HttpClient once(m_broker->port());
            QCOMPARE(once.request("PUT", params(u"done"_s), QByteArray(100000, 'v'), w1).status,
                     413);
        }
        // Keys and malformed requests.
        QCOMPARE(c.request("GET", params(u"master:nothing"_s), {}, w1).status, 404);
        r = c.request("GET", params(u"master.0:hostname"_s), {}, w1);
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("instance index"));
        QCOMPARE(c.request("PUT", params(u"done"_s), "\xff\xfe", w1).status, 400);
        QCOMPARE(c.request("GET", params(u"done"_s) + "?timeout=soon", {}, w1).status, 400);
        QCOMPARE(c.request("GET", params(u"done"_s) + "?timeout=-1", {}, w1).status, 400);
        QCOMPARE(c.request("DELETE", params(u"done"_s), {}, w1).status, 405);
        QCOMPARE(c.request("GET", "/api/v1/nothing", {}, w1).status, 404);
        QCOMPARE(c.request("GET", "/api/v2/runs/run1/params/done", {}, w1).status, 404);
        QCOMPARE(c.request("GET", "/api/v1/runs/run1/params/a/b/c/d", {}, w1).status, 404);
        // get-all.
        r = c.request("GET", "/api/v1/runs/run1/params/worker/done/all", {}, w1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "worker.1\t" + QByteArray(4096, 'v') + "\nworker.2\t\nworker.3\t\n");
        QCOMPARE(c.request("GET", "/api/v1/runs/run1/params/nobody/done/all", {}, w1).status, 404);
        // Reports.
        QCOMPARE(c.request("PUT", "/api/v1/runs/run1/reports/install.log", "log", w1).status, 201);
        QCOMPARE(m_store->reports(u"run1"_s).value(0).instance, u"worker.1"_s);
        // Abort: 409 for every call that does not ignore it, the first reason wins.
        QCOMPARE(c.request("POST", "/api/v1/runs/run1/abort", "worker.1 failed", w1).status, 204);
        QCOMPARE(c.request("POST", "/api/v1/runs/run1/abort", "later", w1).status, 204);
        r = c.request("GET", params(u"done"_s), {}, w1);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body, QByteArray("worker.1 failed\n"));
        QCOMPARE(c.request("PUT", params(u"done"_s), "x", w1).status, 409);
        QCOMPARE(c.request("PUT", params(u"done"_s) + "?ignore-abort=1", "x", w1).status, 204);
        QCOMPARE(c.request("GET", params(u"ss:abort"_s) + "?ignore-abort=1", {}, w1).body,
                 QByteArray("worker.1 failed"));
        QCOMPARE(c.request("PUT", "/api/v1/runs/run1/reports/after.log", "x", w1).status, 201);
        QCOMPARE(c.request("DELETE", "/api/v1/runs/run1/abort", {}, w1).status, 204);
        QCOMPARE(c.request("GET", params(u"done"_s), {}, w1).status, 200);
        // The connection stayed usable through all of it (keep-alive).
        QCOMPARE(c.socket()->state(), QAbstractSocket::ConnectedState);
    }

    void tokensOfAnEndedRunAreRefused()
    {
        HttpClient c(m_broker->port());
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        QCOMPARE(c.request("PUT", params(u"done"_s), "yes", w1).status, 204);
        HttpClient waiting(m_broker->port());
        waiting.send("GET",
                     params(u"master:munge_key64"_s) + "?timeout=60",
                     {},
                     auth(u"worker.2"_s, m_tokens.value(u"worker.2"_s)));
        QTRY_COMPARE(m_broker->parkedCount(), 1);

        m_store->endRun(u"run1"_s);
        // At once, for every instance and route, before the revocation is even committed.
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            const Headers h = auth(it.key(), it.value());
            QCOMPARE(c.request("GET", params(u"ss:state"_s), {}, h).status, 401);
            QCOMPARE(c.request("PUT", params(it.key() + u":done"_s), "x", h).status, 401);
            QCOMPARE(c.request("POST", "/api/v1/runs/run1/abort", "x", h).status, 401);
            // An upload is refused from its headers and its connection closed: one of its own.
            HttpClient upload(m_broker->port());
            QCOMPARE(upload.request("PUT", "/api/v1/runs/run1/reports/a.log", "x", h).status, 401);
        }
        // A get parked before the end is answered, not left to hang.
        QVERIFY(waiting.waitForReplies(1));
        QCOMPARE(waiting.replies.first().status, 401);
        QCOMPARE(m_broker->parkedCount(), 0);
        QVERIFY(m_store->renewToken(u"run1"_s, u"worker.1"_s).isEmpty());

        // Durably: a restarted broker does not even load the run, and refuses its tokens.
        restart();
        QVERIFY(!m_store->isLoaded(u"run1"_s));
        HttpClient after(m_broker->port());
        QCOMPARE(after.request("GET", params(u"done"_s), {}, w1).status, 401);
        // Its values stay readable to Slipway; loaded, its tokens are still refused.
        QVERIFY(m_store->hasRun(u"run1"_s));
        QVERIFY(m_store->hasEnded(u"run1"_s));
        QCOMPARE(m_store->get(u"run1"_s, ParameterKey::parse(u"worker.1:done").key, true).value,
                 u"yes"_s);
        QCOMPARE(after.request("GET", params(u"done"_s), {}, w1).status, 401);
    }

    void onlyANodesAbortMayBeCancelledByANode()
    {
        HttpClient c(m_broker->port());
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        const QByteArray route = "/api/v1/runs/run1/abort";
        // A node's abort: a node may cancel it.
        QCOMPARE(c.request("POST", route, "worker.1 failed", w1).status, 204);
        QVERIFY(m_store->abortOrigin(u"run1"_s) == AbortOrigin::Node);
        QCOMPARE(c.request("DELETE", route, {}, w1).status, 204);
        QVERIFY(!m_store->isAborted(u"run1"_s));

        // The user's, the timeout's and Slipway's: never, by either form of the route.
        const std::pair<AbortOrigin, QByteArray> others[] = {{AbortOrigin::User, "the user"},
                                                             {AbortOrigin::Timeout, "timeout"},
                                                             {AbortOrigin::Slipway, "Slipway"}};
        for (const auto &[origin, who] : others) {
            QVERIFY(m_store->raiseAbort(u"run1"_s, origin, u"stop"_s).ok());
            QVERIFY(m_store->flush());
            auto r = c.request("DELETE", route, {}, w1);
            QCOMPARE(r.status, 403);
            QVERIFY2(r.body.contains(who), r.body.constData());
            QCOMPARE(c.request("POST", route + "?cancel=1", {}, w1).status, 403);
            QVERIFY(m_store->isAborted(u"run1"_s));
            QVERIFY(m_store->cancelAbort(u"run1"_s, {}).ok()); // Slipway itself may
            QVERIFY(m_store->flush());
        }

        // A node's abort that the user then raises too is the user's: no node cancels it.
        QCOMPARE(c.request("POST", route, "worker.1 failed", w1).status, 204);
        QVERIFY(m_store->raiseAbort(u"run1"_s, AbortOrigin::User, u"user stop"_s).ok());
        QCOMPARE(m_store->abortReason(u"run1"_s), u"worker.1 failed"_s); // first reason wins
        QCOMPARE(c.request("DELETE", route, {}, w1).status, 403);

        // Who raised it is kept across a restart.
        restart();
        HttpClient after(m_broker->port());
        QVERIFY(m_store->abortOrigin(u"run1"_s) == AbortOrigin::User);
        QCOMPARE(after.request("DELETE", route, {}, w1).status, 403);
        QVERIFY(m_store->isAborted(u"run1"_s));
    }

    void busyDatabaseAnswers503UntilTheWriteIsIn()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            SLIPWAY_SKIP_OR_FAIL("python3 (another process that holds the database)");
        const Headers m = auth(u"master.1"_s, m_tokens.value(u"master.1"_s));
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        HttpClient waiting(m_broker->port());
        waiting.send("GET", params(u"master:munge_key64"_s) + "?timeout=30", {}, w1);
        QTRY_COMPARE(m_broker->parkedCount(), 1);

        Testing::WriteLockHolder other(databaseFile());
        QVERIFY(other.waitLocked());
        HttpClient c(m_broker->port());
        auto r = c.request("PUT", params(u"munge_key64"_s), "k1", m);
        QCOMPARE(r.status, 503);
        QVERIFY2(r.head.contains("\r\nretry-after: 1"), r.head.constData());
        // Not committed: nobody reads it, nobody is woken by it, the broker still serves.
        QCOMPARE(c.request("GET", params(u"master:munge_key64"_s), {}, w1).status, 204);
        QVERIFY(waiting.replies.isEmpty());
        r = c.request("PUT", "/api/v1/runs/run1/reports/a.log", "log", m);
        QCOMPARE(r.status, 503);
        QCOMPARE(c.request("GET", params(u"ss:state"_s), {}, w1).status, 200);

        // Released: the writes held back are committed by the store's own retries, and the
        // parked get is woken only then.
        other.release();
        QVERIFY(waiting.waitForReplies(1, 20000));
        QCOMPARE(waiting.replies.first().status, 200);
        QCOMPARE(waiting.replies.first().body, QByteArray("k1"));
        QCOMPARE(c.request("PUT", params(u"munge_key64"_s), "k1", m).status, 204);
        QCOMPARE(c.request("PUT", "/api/v1/runs/run1/reports/a.log", "log", m).status, 201);
        QCOMPARE(m_store->reports(u"run1"_s).size(), 1);
        restart();
        QCOMPARE(m_store->get(u"run1"_s, ParameterKey::parse(u"master.1:munge_key64").key, true)
                     .value,
                 u"k1"_s);
    }

    void reportsAreReplacedByNameAndCappedByQuotas()
    {
        RuntimeParameterStore::ReportQuota quota;
        quota.perInstance = 1000;
        quota.perRun = 1500;
        m_store->setReportQuota(quota);
        HttpClient c(m_broker->port());
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        const Headers w2 = auth(u"worker.2"_s, m_tokens.value(u"worker.2"_s));
        const QByteArray route = "/api/v1/runs/run1/reports/";
        // Bytes, not text: NUL, invalid UTF-8, CR LF, every byte value.
        QByteArray binary("\0\xff\xfe\xc3\x28\r\n\0end", 13);
        for (int i = 0; i < 256; ++i)
            binary += char(i);
        QCOMPARE(c.request("PUT", route + "out.bin", QByteArray(600, 'a'), w1).status, 201);
        // The same name again replaces it: only the new one counts against the quota.
        QCOMPARE(c.request("PUT", route + "out.bin", binary, w1).status, 201);
        auto r = c.request("PUT", route + "more.bin", QByteArray(800, 'b'), w1);
        QCOMPARE(r.status, 413);
        QVERIFY2(r.body.contains("worker.1") && r.body.contains("at most"), r.body.constData());
        QCOMPARE(c.request("PUT", route + "more.bin", QByteArray(700, 'b'), w1).status, 201);
        r = c.request("PUT", route + "w2.bin", QByteArray(600, 'c'), w2);
        QCOMPARE(r.status, 413);
        QVERIFY2(r.body.contains("run"), r.body.constData());
        QCOMPARE(c.request("PUT", route + "w2.bin", QByteArray(500, 'c'), w2).status, 201);

        restart();
        m_store->setReportQuota(quota);
        const auto reports = m_store->reports(u"run1"_s);
        QCOMPARE(reports.size(), 3);
        QByteArray kept;
        for (const auto &report : reports) {
            if (report.instance == u"worker.1" && report.name == u"out.bin")
                kept = report.data;
        }
        QCOMPARE(kept, binary);
        // The quotas count what was kept before the restart too.
        HttpClient after(m_broker->port());
        QCOMPARE(after.request("PUT", route + "late.bin", QByteArray(40, 'x'), w2).status, 413);
    }

    void garbageGetsA4xxAndTheBrokerLives()
    {
        HttpClient bad(m_broker->port());
        bad.sendRaw("THIS IS NOT HTTP\r\n\r\n");
        bad.waitForReplies(1, 3000);
        QVERIFY(bad.replies.isEmpty() || bad.replies.first().status / 100 == 4);
        HttpClient bad2(m_broker->port());
        bad2.sendRaw("GET /api/v1/runs/%ZZ/params/%00 HTTP/1.1\r\nHost: x\r\n\r\n");
        bad2.waitForReplies(1, 3000);
        QVERIFY(bad2.replies.isEmpty() || bad2.replies.first().status / 100 == 4);
        HttpClient good(m_broker->port());
        QCOMPARE(good.request("GET",
                              params(u"master:hostname"_s),
                              {},
                              auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s)))
                     .status,
                 204);
    }

    void parkedGetsAreWokenBySet()
    {
        constexpr int clients = 200;
        std::vector<std::unique_ptr<HttpClient>> waiting;
        const Headers w2 = auth(u"worker.2"_s, m_tokens.value(u"worker.2"_s));
        for (int i = 0; i < clients; ++i) {
            waiting.push_back(std::make_unique<HttpClient>(m_broker->port()));
            waiting.back()->send("GET", params(u"master_ip"_s) + "?timeout=60", {}, w2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), clients, 20000);
        for (const auto &c : waiting)
            QVERIFY(c->replies.isEmpty());
        // The master's hostname is set by Slipway and mapped to every worker's master_ip.
        QVERIFY(m_store
                    ->set(u"run1"_s,
                          ParameterKey::parse(u"master.1:hostname").key,
                          u"10.1.2.3"_s,
                          {},
                          false)
                    .ok());
        for (const auto &c : waiting) {
            QVERIFY(c->waitForReplies(1));
            QCOMPARE(c->replies.first().status, 200);
            QCOMPARE(c->replies.first().body, QByteArray("10.1.2.3"));
        }
        QCOMPARE(m_broker->parkedCount(), 0);
    }

    void longPollExpires()
    {
        HttpClient c(m_broker->port());
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        QElapsedTimer t;
        t.start();
        const auto r = c.request("GET", params(u"master:munge_key64"_s) + "?timeout=1", {}, w1);
        QCOMPARE(r.status, 204);
        QVERIFY(t.elapsed() >= 950);
        QCOMPARE(m_broker->parkedCount(), 0);
        // The server's maximum caps a longer wait; the client asks again.
        m_broker->setMaxWaitMs(300);
        t.restart();
        QCOMPARE(c.request("GET", params(u"master:munge_key64"_s) + "?timeout=600", {}, w1).status,
                 204);
        QVERIFY(t.elapsed() >= 280);
        QVERIFY(t.elapsed() < 600000);
    }

    void abortWakesWaitersThatDoNotIgnoreIt()
    {
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        HttpClient plain(m_broker->port()), ignoring(m_broker->port());
        plain.send("GET", params(u"master:munge_key64"_s) + "?timeout=60", {}, w1);
        ignoring.send("GET", params(u"master:munge_key64"_s) + "?timeout=60&ignore-abort=1", {}, w1);
        QTRY_COMPARE(m_broker->parkedCount(), 2);
        QVERIFY(m_store->abort(u"run1"_s, u"master.1"_s, u"master failed"_s).ok());
        QVERIFY(plain.waitForReplies(1));
        QCOMPARE(plain.replies.first().status, 409);
        QCOMPARE(plain.replies.first().body, QByteArray("master failed\n"));
        QCOMPARE(m_broker->parkedCount(), 1);
        QVERIFY(
            m_store
                ->set(u"run1"_s, ParameterKey::parse(u"master.1:munge_key64").key, u"k"_s, {}, true)
                .ok());
        QVERIFY(ignoring.waitForReplies(1));
        QCOMPARE(ignoring.replies.first().status, 200);
    }

    void forwardedRequestsAreServedLikeDirectOnes()
    {
        // What the relay link hands over: no socket, the same answers, long-polls included.
        BrokerRequest get;
        get.method = "GET";
        get.path = u"/api/v1/runs/run1/params/master.1:munge_key64"_s;
        get.query = QUrlQuery(u"timeout=30"_s);
        get.headers = {{"authorization", "Bearer " + m_tokens.value(u"worker.3"_s)},
                       {"x-slipway-instance", "worker.3"}};
        std::optional<BrokerResponse> got;
        m_broker->handleRequest(get, [&](const BrokerResponse &r) { got = r; });
        QVERIFY(!got);
        QCOMPARE(m_broker->parkedCount(), 1);

        BrokerRequest put;
        put.method = "PUT";
        put.path = u"/api/v1/runs/run1/params/munge_key64"_s;
        put.headers = {{"authorization", "Bearer " + m_tokens.value(u"master.1"_s)},
                       {"x-slipway-instance", "master.1"}};
        put.body = "c2VjcmV0";
        std::optional<BrokerResponse> putAnswer;
        m_broker->handleRequest(put, [&](const BrokerResponse &r) { putAnswer = r; });
        // Neither answered nor woken before the value is committed.
        QVERIFY(!got);
        QVERIFY(!putAnswer);
        QTRY_VERIFY(putAnswer); // once durable
        QCOMPARE(putAnswer->status, 204);
        QVERIFY(got);
        QCOMPARE(got->status, 200);
        QCOMPARE(got->body, QByteArray("c2VjcmV0"));

        put.headers[0].second = "Bearer nope";
        m_broker->handleRequest(put, [&](const BrokerResponse &r) { putAnswer = r; });
        QCOMPARE(putAnswer->status, 401);
    }

    void toolsAreServed()
    {
        HttpClient c(m_broker->port());
        for (const char *tool : {"ss-get",
                                 "ss-set",
                                 "ss-display",
                                 "ss-abort",
                                 "ss-cancel-abort",
                                 "ss-random",
                                 "ss-get-all",
                                 "ss-lib",
                                 "bootstrap"}) {
            const auto r = c.request("GET", QByteArray("/client/") + tool);
            QCOMPARE(r.status, 200);
            QFile source(Testing::sourceFile(u"resources/client/"_s) + QLatin1StringView(tool));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(r.body, source.readAll());
        }
        QCOMPARE(c.request("GET", "/bootstrap").status, 200);
        QCOMPARE(c.request("GET", "/client/nothing").status, 404);
        QCOMPARE(c.request("GET", "/client/../broker.cpp").status, 404);
        QVERIFY(c.request("GET", "/client/").body.contains("ss-get-all"));
    }

    void secretsStayOutOfLogs()
    {
        QLoggingCategory::setFilterRules(u"slipway.*=true\nqt.httpserver*=true"_s);
        capturedLog.clear();
        const auto previous = qInstallMessageHandler(captureMessage);
        {
            HttpClient c(m_broker->port());
            const QByteArray token = m_tokens.value(u"master.1"_s);
            const Headers m = auth(u"master.1"_s, token);
            const QByteArray secret = "hunter2-very-secret-value";
            QCOMPARE(c.request("PUT", params(u"secret_out"_s), secret, m).status, 204);
            QCOMPARE(c.request("GET", params(u"secret_out"_s), {}, m).body, secret);
            QCOMPARE(c.request("PUT",
                               params(u"secret_out"_s),
                               secret,
                               auth(u"master.1"_s, token + "x"))
                         .status,
                     401);
            QCOMPARE(c.request("PUT", params(u"worker.1:done"_s), secret, m).status, 403);
            QCOMPARE(c.request("POST", "/api/v1/runs/run1/abort", secret, m).status, 204);
            m_broker.reset();
            m_store.reset(); // closing logs too
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
            QMutexLocker lock(&capturedLogMutex);
            QVERIFY2(!capturedLog.isEmpty(), "the broker logged nothing: the test proves nothing");
            for (const QString &line : std::as_const(capturedLog)) {
                QVERIFY2(!line.contains(QString::fromLatin1(token)), qPrintable(line));
                QVERIFY2(!line.contains(QString::fromLatin1(token.left(12))), qPrintable(line));
                QVERIFY2(!line.contains(u"hunter2"_s), qPrintable(line));
            }
        }
    }

    void tls()
    {
        // The broker refuses plain HTTP off loopback: without TLS it cannot serve nodes at all.
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (Debian: libqt6network6)");
        QTemporaryDir certs;
        Broker broker(m_store.get());
        Broker::ListenOptions options;
        options.certificateDir = certs.filePath(u"tls"_s);
        options.hostNames = {u"broker.example"_s, u"192.0.2.7"_s};
        QString error;
        QVERIFY2(broker.listen(options, &error), qPrintable(error));
        QCOMPARE(broker.url().scheme(), u"https"_s);
        for (const char *secret : {"ca.key", "server.key"}) {
            const QFileInfo info(options.certificateDir + u'/' + QLatin1StringView(secret));
            QVERIFY(info.exists());
            QCOMPARE(info.permissions()
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                            | QFile::WriteOther),
                     QFileDevice::Permissions());
        }
        const auto ca = QSslCertificate::fromPath(broker.caFile());
        QCOMPARE(ca.size(), 1);
        const auto server = QSslCertificate::fromPath(options.certificateDir + u"/server.pem"_s);
        QCOMPARE(server.size(), 1);
        const auto alt = server.first().subjectAlternativeNames();
        QVERIFY(alt.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(alt.values(QSsl::IpAddressEntry).contains(u"192.0.2.7"_s));
        QVERIFY(alt.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(alt.values(QSsl::DnsEntry).contains(u"broker.example"_s));

        // A node that trusts the CA gets its answer.
        auto *socket = new QSslSocket;
        QSslConfiguration config = socket->sslConfiguration();
        config.setCaCertificates(ca);
        socket->setSslConfiguration(config);
        HttpClient c(broker.port(), socket);
        const auto r = c.request("GET",
                                 params(u"worker:multiplicity"_s),
                                 {},
                                 auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("3"));

        // One that does not trust it is refused by its own TLS.
        auto *untrusting = new QSslSocket;
        HttpClient u(broker.port(), untrusting);
        QSignalSpy errors(untrusting, &QSslSocket::sslErrors);
        QTRY_VERIFY(!errors.isEmpty());

        // A restart keeps the same CA, so nodes keep trusting the broker.
        const QByteArray caPem = ca.first().toPem();
        broker.close();
        Broker again(m_store.get());
        QVERIFY(again.listen(options, &error));
        QCOMPARE(QSslCertificate::fromPath(again.caFile()).first().toPem(), caPem);
    }

    void uploadRefusedFromItsHeaders()
    {
        // An upload announced at 16 MiB without a valid token is answered from its headers
        // alone: the client sends no byte of the body and still gets its answer, and the
        // connection is closed rather than kept for the body.
        const QByteArray head = "PUT /api/v1/runs/run1/reports/big.log HTTP/1.1\r\nHost: x\r\n"
                                "Content-Length: 16777216\r\n";
        const QByteArray wrongToken = "Authorization: Bearer wrong\r\n"
                                      "X-Slipway-Instance: worker.1\r\n";
        for (const QByteArray &credentials : {QByteArray(), wrongToken}) {
            HttpClient c(m_broker->port());
            c.sendRaw(head + credentials + "\r\n");
            QVERIFY(c.waitForReplies(1));
            QCOMPARE(c.replies.first().status, 401);
            QTRY_COMPARE(c.socket()->state(), QAbstractSocket::UnconnectedState);
        }
        // A value takes 16 KiB at most: a larger body is refused before it is read.
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        HttpClient value(m_broker->port());
        value.sendRaw("PUT " + params(u"done"_s)
                      + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + w1.at(0).second
                      + "\r\nX-Slipway-Instance: worker.1\r\n" + "Content-Length: 1048576\r\n\r\n");
        QVERIFY(value.waitForReplies(1));
        QCOMPARE(value.replies.first().status, 413);
        // With the node's token, a large upload is read and stored.
        HttpClient ok(m_broker->port());
        const QByteArray report(2 * 1024 * 1024, 'r');
        QCOMPARE(ok.request("PUT", "/api/v1/runs/run1/reports/big.log", report, w1).status, 201);
        QCOMPARE(m_store->reports(u"run1"_s).value(0).name, u"big.log"_s);
    }

    void outputIsStreamedIntoABoundedRing()
    {
        const QByteArray path = "/api/v1/runs/run1/instances/worker.1/output";
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        InstanceOutput &output = m_broker->output();
        QSignalSpy appended(&output, &InstanceOutput::outputAppended);
        HttpClient c(m_broker->port());
        QCOMPARE(c.request("POST", path, "line 1\nline", w1).status, 204);
        QCOMPARE(c.request("POST", path, " 2\n", w1).status, 204);
        QCOMPARE(output.output(u"run1"_s, u"worker.1"_s), "line 1\nline 2\n");
        QCOMPARE(appended.size(), 2);
        QCOMPARE(appended.at(1).at(1).toString(), u"worker.1"_s);
        QCOMPARE(appended.at(1).at(2).toByteArray(), " 2\n");
        QCOMPARE(output.instances(u"run1"_s), QStringList{u"worker.1"_s});
        // Only the caller's own output, with POST, in chunks of 16 KiB at most.
        HttpClient::Reply r = c.request("POST",
                                        "/api/v1/runs/run1/instances/worker.2/output",
                                        "x",
                                        w1);
        QCOMPARE(r.status, 403);
        QCOMPARE(c.request("GET", path, {}, w1).status, 405);
        {
            HttpClient once(m_broker->port());
            QCOMPARE(once.request("POST",
                                  path,
                                  QByteArray(InstanceOutput::MaxChunkBytes + 1, 'x'),
                                  w1)
                         .status,
                     413);
        }
        QCOMPARE(output.totalBytes(u"run1"_s, u"worker.1"_s), qint64(14));
        // Without a valid token, a chunk is refused from its headers, before its body is read:
        // the client sends no byte of it and still gets its answer.
        for (const QByteArray &credentials :
             {QByteArray(),
              QByteArray("Authorization: Bearer wrong\r\nX-Slipway-Instance: "
                         "worker.1\r\n")}) {
            HttpClient refused(m_broker->port());
            refused.sendRaw("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 16384\r\n"
                            + credentials + "\r\n");
            QVERIFY(refused.waitForReplies(1));
            QCOMPARE(refused.replies.first().status, 401);
            QTRY_COMPARE(refused.socket()->state(), QAbstractSocket::UnconnectedState);
        }
        QCOMPARE(appended.size(), 2);

        // The ring keeps the last bytes, whatever the chunks' sizes.
        InstanceOutput ring;
        ring.setCapacity(10);
        QByteArray all;
        for (const QByteArray &chunk : {QByteArray("abc"),
                                        QByteArray("defgh"),
                                        QByteArray("ijklmnop"),
                                        QByteArray("q"),
                                        QByteArray("0123456789ABCDEFG"),
                                        QByteArray("xyz")}) {
            ring.append(u"r"_s, u"n.1"_s, chunk);
            all += chunk;
            QCOMPARE(ring.output(u"r"_s, u"n.1"_s), all.right(10));
        }
        QCOMPARE(ring.totalBytes(u"r"_s, u"n.1"_s), all.size());
        ring.removeRun(u"r"_s);
        QVERIFY(ring.output(u"r"_s, u"n.1"_s).isEmpty());
    }

    void connectionsCappedPerAddress()
    {
        Broker broker(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true;
        options.maxConnectionsPerAddress = 4;
        QString error;
        QVERIFY2(broker.listen(options, &error), qPrintable(error));
        const QHostAddress flooder(u"127.0.0.2"_s);
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 10; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(flood.back()->bind(flooder));
            flood.back()->connectToHost(QHostAddress::LocalHost, broker.port());
        }
        const SocketAcceptor &acceptor = broker.listener()->acceptor();
        QTRY_COMPARE(acceptor.refusedCount(), quint64(6));
        QCOMPARE(acceptor.connectionCount(flooder), 4);
        const auto closed = [&] {
            return std::count_if(flood.cbegin(), flood.cend(), [](const auto &s) {
                return s->state() == QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_COMPARE(closed(), 6);
        // Another address is served as before.
        HttpClient c(broker.port());
        QCOMPARE(c.request("GET",
                           params(u"master:hostname"_s),
                           {},
                           auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s)))
                     .status,
                 204);
        // Once the flood goes, its address may connect again.
        flood.clear();
        QTRY_COMPARE(acceptor.connectionCount(flooder), 0);
        QTcpSocket again;
        QVERIFY(again.bind(flooder));
        again.connectToHost(QHostAddress::LocalHost, broker.port());
        QTRY_COMPARE(acceptor.connectionCount(flooder), 1);
    }

    void slowClientsAreCut()
    {
        Broker broker(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true;
        options.timeouts.headers = 1s;
        options.timeouts.bodyGrace = 1s;
        options.timeouts.minBodyBytesPerSecond = 1000;
        QString error;
        QVERIFY2(broker.listen(options, &error), qPrintable(error));

        // Headers trickled a byte at a time (slowloris): 408 once the headers' time is up,
        // however steadily bytes keep coming.
        const QByteArray request = "GET " + params(u"done"_s) + " HTTP/1.1\r\nHost: x\r\n"
                                   + QByteArray(4000, 'X');
        HttpClient trickler(broker.port());
        QElapsedTimer sent;
        sent.start();
        for (qsizetype i = 0;
             i < request.size() && trickler.replies.isEmpty() && sent.elapsed() < 10000;
             ++i) {
            trickler.sendRaw(request.mid(i, 1));
            QTest::qWait(20);
        }
        QCOMPARE(trickler.replies.value(0).status, 408);

        // A connection that says nothing is closed once the headers' time is up.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, broker.port());
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);

        // A body far slower than the minimum rate: 408.
        const Headers w1 = auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s));
        HttpClient uploader(broker.port());
        uploader.sendRaw("PUT /api/v1/runs/run1/reports/slow.log HTTP/1.1\r\nHost: x\r\n"
                         "Authorization: "
                         + w1.at(0).second + "\r\nX-Slipway-Instance: worker.1\r\n"
                         + "Content-Length: 100000\r\n\r\n");
        sent.restart();
        while (uploader.replies.isEmpty() && sent.elapsed() < 10000) {
            uploader.sendRaw("0123456789");
            QTest::qWait(100);
        }
        QCOMPARE(uploader.replies.value(0).status, 408);
        QVERIFY(m_store->reports(u"run1"_s).isEmpty());
    }

    void silentTlsClientsDoNotBlockTheOthers()
    {
        // QSslServer counts clients in the TLS handshake against its 30 pending connections:
        // 30 silent ones would stop it accepting until their handshakes time out.
        QTemporaryDir certs;
        Broker broker(m_store.get());
        Broker::ListenOptions options;
        options.certificateDir = certs.filePath(u"tls"_s);
        options.handshakeTimeout = 120s;
        QString error;
        QVERIFY2(broker.listen(options, &error), qPrintable(error));
        const QHostAddress silentAddress(u"127.0.0.2"_s);
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 40; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(silent.back()->bind(silentAddress));
            silent.back()->connectToHost(QHostAddress::LocalHost, broker.port());
        }
        QTRY_COMPARE(broker.listener()->acceptor().connectionCount(silentAddress), 40);
        auto *socket = new QSslSocket;
        QSslConfiguration config = socket->sslConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(broker.caFile()));
        socket->setSslConfiguration(config);
        HttpClient c(broker.port(), socket);
        QCOMPARE(c.request("GET",
                           params(u"worker:multiplicity"_s),
                           {},
                           auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s)))
                     .status,
                 200);
    }

    void recoversFromRunningOutOfFiles()
    {
        // accept() fails with EMFILE when the process has no file descriptor left; QTcpServer
        // then stops accepting until told to resume. Here the test's own sockets use up a
        // lowered limit, so that the broker's accept() fails for real.
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        const auto openFiles = [] {
            return int(
                QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::System).size());
        };
        rlimit low = saved;
        low.rlim_cur = rlim_t(openFiles() + 24);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(m_broker->port());
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::vector<int> clients;
        for (int i = 0; i < 64; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (fd < 0)
                break;
            clients.push_back(fd);
            if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0)
                break;
        }
        const SocketAcceptor &acceptor = m_broker->listener()->acceptor();
        const bool failed = QTest::qWaitFor([&] { return acceptor.acceptErrorCount() > 0; }, 5000);
        for (int fd : clients)
            ::close(fd);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY2(failed, "the broker's accept() never ran out of file descriptors");

        // Accepting resumed: a new node is answered.
        HttpClient c(m_broker->port());
        QCOMPARE(c.request("GET",
                           params(u"master:hostname"_s),
                           {},
                           auth(u"worker.1"_s, m_tokens.value(u"worker.1"_s)))
                     .status,
                 204);
    }

    void openFileLimitRaised()
    {
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < 2048)
            QFAIL("the hard open-files limit is too low to test raising the soft one");
        rlimit low = saved;
        low.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        const int raised = SocketAcceptor::raiseOpenFileLimit();
        rlimit now{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &now), 0);
        QCOMPARE(now.rlim_cur, saved.rlim_max);
        QCOMPARE(qint64(raised), qint64(std::min<rlim_t>(now.rlim_cur, INT_MAX)));
        QVERIFY(SocketAcceptor::defaultMaxConnections() > 1024);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    }

    void plainHttpOnlyOnLoopback()
    {
        Broker broker(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = true;
        options.address = QHostAddress::Any;
        QString error;
        QVERIFY(!broker.listen(options, &error));
        QVERIFY(error.contains(u"loopback"_s));
    }
};

QTEST_GUILESS_MAIN(TestBrokerHttp)
#include "tst_brokerhttp.moc"
