// Broker benchmarks. Prints each figure beside its target and an anchor
// measured in the same run. Build with the release preset for figures worth reporting:
//   bench_broker            all of them
//   bench_broker --smoke    a small, quick pass (CTest)

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(i);
}

// The broker and its store in a thread of their own, as in the application.
class BrokerThread : public QThread
{
public:
    explicit BrokerThread(QString dbFile, RunLayout layout)
        : m_db(std::move(dbFile))
        , m_layout(std::move(layout))
    {}

    void run() override
    {
        RuntimeParameterStore store;
        QString error;
        if (!store.open(m_db, &error))
            qFatal("%s", qPrintable(error));
        tokens = store.createRun(u"bench"_s, m_layout).tokens;
        Broker broker(&store);
        connect(&broker, &Broker::parkedCountChanged, &broker, [this](int n) {
            parked.storeRelease(n);
        });
        Broker::ListenOptions options;
        options.plainHttp = true;
        if (!broker.listen(options, &error))
            qFatal("%s", qPrintable(error));
        url = broker.url().toString();
        port = broker.port();
        ready.release();
        exec();
    }

    QSemaphore ready;
    QAtomicInt parked;
    QHash<QString, QByteArray> tokens;
    QString url;
    quint16 port = 0;

private:
    QString m_db;
    RunLayout m_layout;
};

// One keep-alive HTTP/1.1 connection; answers come back in order to their callbacks.
class Connection : public QObject
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    using Callback = std::function<void(const Reply &)>;

    Connection(quint16 port, const QString &instance, const QByteArray &token)
        : m_auth("Authorization: Bearer " + token + "\r\nX-Slipway-Instance: " + instance.toUtf8()
                 + "\r\n")
    {
        // Set once connected: before, there is no socket to set it on.
        connect(&m_socket, &QAbstractSocket::connected, this, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        connect(&m_socket, &QIODevice::readyRead, this, [this] { parse(); });
    }

    void send(const QByteArray &method,
              const QByteArray &path,
              const QByteArray &body,
              Callback done)
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + m_auth;
        if (method == "PUT")
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        r += "\r\n" + body;
        m_callbacks.append(std::move(done));
        m_socket.write(r);
        m_socket.flush();
    }

    bool waitConnected() { return m_socket.waitForConnected(5000); }

private:
    void parse()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const qsizetype cl = m_buffer.first(end).toLower().indexOf("content-length:");
            if (cl >= 0)
                length = m_buffer.mid(cl + 15, m_buffer.indexOf('\r', cl) - cl - 15)
                             .trimmed()
                             .toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            Reply reply;
            reply.status = m_buffer.mid(9, 3).toInt();
            reply.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            if (!m_callbacks.isEmpty())
                m_callbacks.takeFirst()(reply);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_auth;
    QByteArray m_buffer;
    QList<Callback> m_callbacks;
};

// Waits for events (sleeping, not spinning: the broker's thread needs the CPU).
void spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    QTimer guard; // wakes the wait now and then to check the deadline
    guard.start(500);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!done())
        qFatal("benchmark step did not finish in %d ms", timeoutMs);
}

RunLayout layout(int workers)
{
    RunLayout l;
    l.nodes.append({u"master"_s, 1, {u"key"_s}, {}});
    l.nodes.append({u"w"_s, workers, {u"go"_s, u"ip"_s}, {}});
    return l;
}

struct Broker1
{
    QTemporaryDir dir{QDir::currentPath() + u"/bench-broker-XXXXXX"_s}; // on disk, not tmpfs
    std::unique_ptr<BrokerThread> thread;

    explicit Broker1(int workers)
    {
        thread = std::make_unique<BrokerThread>(dir.filePath(u"rt.db"_s), layout(workers));
        thread->start();
        thread->ready.acquire();
    }
    ~Broker1()
    {
        thread->quit();
        thread->wait();
    }
    QByteArray token(const QString &i) const { return thread->tokens.value(i); }
};

void wakeLatency(int waiters)
{
    Broker1 b(waiters);
    // Each instance has two connections: one parks a get of its key, the other sets it.
    std::vector<std::unique_ptr<Connection>> parked, setters;
    for (int i = 1; i <= waiters; ++i) {
        const QString instance = u"w.%1"_s.arg(i);
        parked.push_back(std::make_unique<Connection>(b.thread->port, instance, b.token(instance)));
        setters.push_back(std::make_unique<Connection>(b.thread->port, instance, b.token(instance)));
    }
    for (auto &c : parked)
        c->waitConnected();
    for (auto &c : setters)
        c->waitConnected();
    std::vector<Clock::time_point> woken(waiters + 1);
    std::vector<int> status(waiters + 1);
    for (int i = 1; i <= waiters; ++i) {
        parked[i - 1]->send("GET",
                            "/api/v1/runs/bench/params/w." + QByteArray::number(i)
                                + ":go?timeout=30",
                            {},
                            [&, i](const Connection::Reply &r) {
                                woken[i] = Clock::now();
                                status[i] = r.status;
                            });
    }
    spinUntil([&] { return b.thread->parked.loadAcquire() == waiters; });
    // Anchor: a plain get of a set key on a keep-alive connection, with the same load parked.
    QList<double> plain;
    for (int i = 0; i < 200; ++i) {
        bool done = false;
        const auto t0 = Clock::now();
        setters[0]->send("GET",
                         "/api/v1/runs/bench/params/w:multiplicity",
                         {},
                         [&](const Connection::Reply &) {
                             plain.append(ms(Clock::now() - t0));
                             done = true;
                         });
        spinUntil([&] { return done; });
    }
    QList<double> latencies;
    for (int i = 1; i <= waiters; ++i) {
        const auto t0 = Clock::now();
        setters[i - 1]->send("PUT",
                             "/api/v1/runs/bench/params/go",
                             "v",
                             [](const Connection::Reply &) {});
        spinUntil([&] { return status[i] != 0; });
        if (status[i] != 200)
            qFatal("waiter %d got %d", i, status[i]);
        latencies.append(ms(woken[i] - t0));
    }
    std::printf("wake latency, set -> woken get, %d waiters parked: p50 %.3f ms, p99 %.3f ms "
                "(target p50 <= 2 ms, p99 <= 10 ms; SlipStream: a 5 s poll)\n"
                "    anchor: plain GET round trip on keep-alive, same load: p50 %.3f ms, "
                "p99 %.3f ms\n",
                waiters,
                percentile(latencies, 0.5),
                percentile(latencies, 0.99),
                percentile(plain, 0.5),
                percentile(plain, 0.99));
}

double throughput(Broker1 &b, int clients, int perClient, bool sets)
{
    std::vector<std::unique_ptr<Connection>> conns;
    for (int i = 1; i <= clients; ++i) {
        conns.push_back(std::make_unique<Connection>(b.thread->port,
                                                     u"w.%1"_s.arg(i),
                                                     b.token(u"w.%1"_s.arg(i))));
        conns.back()->waitConnected();
    }
    int done = 0;
    int failed = 0;
    const int total = clients * perClient;
    std::function<void(int, int)> next = [&](int c, int left) {
        if (left == 0)
            return;
        auto cb = [&, c, left](const Connection::Reply &r) {
            failed += (r.status / 100 == 2) ? 0 : 1;
            ++done;
            next(c, left - 1);
        };
        if (sets)
            conns[c]->send("PUT", "/api/v1/runs/bench/params/go", QByteArray::number(left), cb);
        else
            conns[c]->send("GET", "/api/v1/runs/bench/params/w.1:ip", {}, cb);
    };
    const auto t0 = Clock::now();
    for (int c = 0; c < clients; ++c)
        next(c, perClient);
    spinUntil([&] { return done == total; });
    const double seconds = ms(Clock::now() - t0) / 1000.0;
    if (failed)
        qFatal("%d requests failed", failed);
    return total / seconds;
}

QString redisFigures(int requests, int clients, const QStringList &persistence)
{
    const QString server = QStandardPaths::findExecutable(u"redis-server"_s);
    const QString bench = QStandardPaths::findExecutable(u"redis-benchmark"_s);
    if (server.isEmpty() || bench.isEmpty())
        return u"(redis-server or redis-benchmark missing)"_s;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString port = QString::number(probe.serverPort());
    probe.close();
    QProcess redis;
    QTemporaryDir dir(QDir::currentPath() + u"/bench-redis-XXXXXX"_s); // on disk, as ours
    redis.start(server,
                QStringList{u"--port"_s,
                            port,
                            u"--bind"_s,
                            u"127.0.0.1"_s,
                            u"--save"_s,
                            u""_s,
                            u"--dir"_s,
                            dir.path(),
                            u"--daemonize"_s,
                            u"no"_s}
                    + persistence);
    if (!redis.waitForStarted(5000))
        return u"(redis-server did not start)"_s;
    QTcpSocket ping;
    for (int i = 0; i < 50; ++i) {
        ping.connectToHost(QHostAddress::LocalHost, port.toUShort());
        if (ping.waitForConnected(100))
            break;
        QThread::msleep(100);
    }
    ping.close();
    QProcess rb;
    rb.start(bench,
             {u"-h"_s,
              u"127.0.0.1"_s,
              u"-p"_s,
              port,
              u"-t"_s,
              u"set,get"_s,
              u"-n"_s,
              QString::number(requests),
              u"-c"_s,
              QString::number(clients),
              u"-q"_s});
    rb.waitForFinished(120000);
    const QString out = QString::fromUtf8(rb.readAllStandardOutput());
    redis.terminate();
    redis.waitForFinished(5000);
    QStringList figures;
    const QRegularExpression line(u"(SET|GET): ([0-9.]+) requests per second"_s);
    auto it = line.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        figures.append(m.captured(1) + u' ' + QString::number(m.captured(2).toDouble(), 'f', 0)
                       + u"/s"_s);
    }
    return figures.isEmpty() ? u"(no redis-benchmark output)"_s : figures.join(u", "_s);
}

void rates(int clients, int perClient)
{
    Broker1 b(clients);
    const double sets = throughput(b, clients, perClient, true);
    const double gets = throughput(b, clients, perClient, false);
    const int n = clients * perClient;
    std::printf("broker throughput, %d keep-alive clients: %.0f sets/s, %.0f gets/s "
                "(target >= 10,000/s each; each set answered once durable: SQLite WAL, "
                "synchronous=FULL, group commit)\n"
                "    anchor: redis-benchmark -t set,get -n %d -c %d, no persistence: %s\n"
                "    anchor: the same, appendonly yes, appendfsync always: %s\n",
                clients,
                sets,
                gets,
                n,
                clients,
                qPrintable(redisFigures(n, clients, {u"--appendonly"_s, u"no"_s})),
                qPrintable(
                    redisFigures(n,
                                 clients,
                                 {u"--appendonly"_s, u"yes"_s, u"--appendfsync"_s, u"always"_s})));
}

void wholeSsGet(int runs)
{
    Broker1 b(1);
    QTemporaryDir dir;
    for (const QString &tool : {u"ss-lib"_s, u"ss-get"_s}) {
        QFile::copy(u":/client/"_s + tool, dir.filePath(tool));
        QFile::setPermissions(dir.filePath(tool),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                  | QFileDevice::WriteOwner);
    }
    const QByteArray token = b.token(u"w.1"_s);
    {
        QFile ctx(dir.filePath(u"context"_s));
        ctx.open(QIODevice::WriteOnly);
        ctx.write("broker_url=" + b.thread->url.toUtf8()
                  + "\nrun=bench\ninstance=w.1\ntoken=" + token + "\n");
    }
    QFile header(dir.filePath(u"curl.conf"_s));
    header.open(QIODevice::WriteOnly);
    header.write("header = \"Authorization: Bearer " + token
                 + "\"\nheader = \"X-Slipway-Instance: w.1\"\n");
    header.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLIPWAY_CONTEXT"_s, dir.filePath(u"context"_s));
    auto time = [&](const QString &program, const QStringList &args) {
        QList<double> samples;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            p.setProcessEnvironment(env);
            const auto t0 = Clock::now();
            p.start(program, args);
            p.waitForFinished(30000);
            samples.append(ms(Clock::now() - t0));
            if (p.exitCode() != 0 || p.readAllStandardOutput().trimmed() != "1")
                qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        }
        return percentile(samples, 0.5);
    };
    const QString url = b.thread->url + u"/api/v1/runs/bench/params/w:multiplicity"_s;
    const double ssget = time(dir.filePath(u"ss-get"_s), {u"w:multiplicity"_s});
    const double curl = time(u"curl"_s, {u"-sS"_s, u"-K"_s, header.fileName(), url});
    std::printf("one whole ss-get of a set key (sh + curl): p50 %.1f ms over %d runs "
                "(target <= 20 ms)\n"
                "    anchor: a bare curl of the same URL: p50 %.1f ms\n",
                ssget,
                runs,
                curl);
}

void exchange(int workers)
{
    Broker1 b(workers);
    std::vector<std::unique_ptr<Connection>> nodes;
    for (int i = 1; i <= workers; ++i) {
        nodes.push_back(std::make_unique<Connection>(b.thread->port,
                                                     u"w.%1"_s.arg(i),
                                                     b.token(u"w.%1"_s.arg(i))));
        nodes.back()->waitConnected();
    }
    Connection master(b.thread->port, u"master.1"_s, b.token(u"master.1"_s));
    master.waitConnected();

    int gotKey = 0;
    int collected = 0;
    QByteArray wrong;
    const auto t0 = Clock::now();
    // Every worker publishes its address, then waits for the master's key.
    for (int i = 1; i <= workers; ++i) {
        const QByteArray ip = "10.0." + QByteArray::number(i / 256) + '.'
                              + QByteArray::number(i % 256);
        nodes[i - 1]->send("PUT", "/api/v1/runs/bench/params/ip", ip, [](const Connection::Reply &) {
        });
        nodes[i - 1]->send("GET",
                           "/api/v1/runs/bench/params/master.1:key?timeout=30",
                           {},
                           [&](const Connection::Reply &r) {
                               if (r.status == 200 && r.body == "k3y")
                                   ++gotKey;
                               else
                                   wrong = r.body;
                           });
    }
    // The master collects every hostname in turn (as the Torque recipe's loop), then sets its key.
    std::function<void(int)> collect = [&](int i) {
        if (i > workers) {
            master.send("PUT",
                        "/api/v1/runs/bench/params/key",
                        "k3y",
                        [](const Connection::Reply &) {});
            return;
        }
        master.send("GET",
                    "/api/v1/runs/bench/params/w." + QByteArray::number(i) + ":ip?timeout=30",
                    {},
                    [&, i](const Connection::Reply &r) {
                        const QByteArray ip = "10.0." + QByteArray::number(i / 256) + '.'
                                              + QByteArray::number(i % 256);
                        if (r.status == 200 && r.body == ip)
                            ++collected;
                        collect(i + 1);
                    });
    };
    collect(1);
    spinUntil([&] { return gotKey == workers || !wrong.isEmpty(); });
    const double total = ms(Clock::now() - t0);
    if (collected != workers || gotKey != workers)
        qFatal("exchange wrong: %d collected, %d got the key", collected, gotKey);
    // Anchor: the same number of gets of a set key, one after the other on one connection.
    int n = 0;
    const auto a0 = Clock::now();
    std::function<void()> one = [&] {
        master.send("GET",
                    "/api/v1/runs/bench/params/w:multiplicity",
                    {},
                    [&](const Connection::Reply &) {
                        if (++n < workers)
                            one();
                    });
    };
    one();
    spinUntil([&] { return n == workers; });
    std::printf("%d-instance exchange (master collects %d hostnames, every worker reads the "
                "master's key): %.0f ms (target <= 2000 ms)\n"
                "    anchor: %d sequential gets of a set key on one connection: %.0f ms\n",
                workers,
                workers,
                total,
                workers,
                ms(Clock::now() - a0));
}

// The broker's own work per call, without sockets: handleRequest() as the relay calls it.
void handlerCost(int calls)
{
    QTemporaryDir dir(QDir::currentPath() + u"/bench-broker-XXXXXX"_s);
    RuntimeParameterStore store;
    QString error;
    store.open(dir.filePath(u"rt.db"_s), &error);
    const auto tokens = store.createRun(u"bench"_s, layout(1000)).tokens;
    Broker broker(&store);
    BrokerRequest get;
    get.method = "GET";
    get.path = u"/api/v1/runs/bench/params/w:multiplicity"_s;
    get.headers = {{"authorization", "Bearer " + tokens.value(u"w.7"_s)},
                   {"x-slipway-instance", "w.7"}};
    int ok = 0;
    const auto t0 = Clock::now();
    for (int i = 0; i < calls; ++i)
        broker.handleRequest(get, [&](const BrokerResponse &r) { ok += r.status == 200; });
    const double perCall = ms(Clock::now() - t0) * 1000.0 / calls;
    std::printf("broker handler alone (no sockets): %.2f us per get, %d of %d answered 200\n",
                perCall,
                ok,
                calls);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    // Each simulated node holds a connection, and so does the broker: raise the fd limit.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    QLoggingCategory::setFilterRules(u"slipway.*.info=false"_s);
    QFile loadavg(u"/proc/loadavg"_s);
    loadavg.open(QIODevice::ReadOnly);
    std::printf("bench_broker%s (build: %s; load average %s; %d cores)\n",
                smoke ? " --smoke" : "",
#ifdef NDEBUG
                "release"
#else
                "debug: figures not representative"
#endif
                ,
                loadavg.readAll().left(14).constData(),
                QThread::idealThreadCount());
    // --only NAME runs one of wake, rates, ssget, exchange.
    const qsizetype only = app.arguments().indexOf(u"--only"_s);
    const QString one = only > 0 ? app.arguments().value(only + 1) : QString();
    if (one == u"serve") { // for poking at the broker by hand
        Broker1 b(4);
        std::printf("%s %s\n", qPrintable(b.thread->url), b.token(u"w.1"_s).constData());
        QThread::sleep(std::chrono::seconds(40));
        return 0;
    }
    if (one == u"handler")
        handlerCost(smoke ? 1000 : 100000);
    if (one.isEmpty() || one == u"wake")
        wakeLatency(smoke ? 50 : 1000);
    const qsizetype clientsArg = app.arguments().indexOf(u"--clients"_s);
    const int clients = clientsArg > 0 ? app.arguments().value(clientsArg + 1).toInt()
                                       : (smoke ? 4 : 50);
    if (one == u"gets") {
        Broker1 b(clients);
        std::printf("gets only, %d clients: %.0f/s\n",
                    clients,
                    throughput(b, clients, 20000 / clients, false));
    }
    if (one.isEmpty() || one == u"rates")
        rates(clients, smoke ? 50 : std::max(200, 50000 / clients));
    if (one.isEmpty() || one == u"ssget")
        wholeSsGet(smoke ? 3 : 30);
    if (one.isEmpty() || one == u"exchange")
        exchange(smoke ? 50 : 1000);
    std::fflush(stdout);
    return 0;
}
