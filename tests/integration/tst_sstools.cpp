// The ss-* tools, as a node runs them: fetched from a real broker by the bootstrap, run by
// dash, busybox sh and bash, over curl and over wget, with SlipStream recipes' own lines.

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "tests/support/testpaths.h"
#include "tests/support/writelockholder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <memory>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

ParameterKey key(const QString &text)
{
    return ParameterKey::parse(text).key;
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

QStringList storeLog;
QMutex storeLogMutex;
QtMessageHandler previousHandler = nullptr;

void captureStoreLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&storeLogMutex);
        storeLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

bool storeLogged(const QString &text)
{
    QMutexLocker lock(&storeLogMutex);
    for (const QString &line : std::as_const(storeLog)) {
        if (line.contains(text))
            return true;
    }
    return false;
}

// In front of the real broker: answers the first `faults` requests itself with `status` once
// each has arrived whole (as a relay or a proxy that gave up on a slow request would), then
// passes every connection through to the broker unchanged.
class FaultProxy : public QObject
{
public:
    FaultProxy(quint16 brokerPort, int status, int faults)
        : m_port(brokerPort)
        , m_status(status)
        , m_remaining(faults)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    int answered() const { return m_answered; }

private:
    QTcpServer m_server;
    quint16 m_port;
    int m_status;
    int m_remaining;
    int m_answered = 0;

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            if (m_remaining > 0) {
                --m_remaining;
                answer(client);
            } else {
                pipe(client);
            }
        }
    }

    // Reads the request to its end (headers and Content-Length bytes), so that the client
    // reads the answer rather than a reset, then answers m_status and closes.
    void answer(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            const QByteArray body = "the proxy gave up on this request\n";
            client->write("HTTP/1.1 " + QByteArray::number(m_status)
                          + " Fault\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                            "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            ++m_answered;
            client->disconnectFromHost();
        });
    }

    void pipe(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_port);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
            client->write(upstream->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    }
};

} // namespace

class TestSsTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bin;
    std::unique_ptr<RuntimeParameterStore> m_store;
    std::unique_ptr<Broker> m_broker;
    QHash<QString, QByteArray> m_tokens;
    QString m_shell = u"dash"_s;
    QString m_client = u"curl"_s;
    int m_run = 0;
    QString m_runId;
    QString m_pathFirst; // "DIR:" ahead of the tools in PATH
    QHash<QString, QString> m_extraEnvironment;

    static RunLayout layout()
    {
        // The Torque and RStudio deployments of the seed, in one run.
        RunLayout l;
        l.nodes.append({u"master"_s,
                        1,
                        {u"munge_key64"_s,
                         u"munge_key_b64"_s,
                         u"master_hostname"_s,
                         u"ssh_key_rsa_b64"_s,
                         u"torque-worker_nodename"_s,
                         u"rstudio_user"_s,
                         u"rstudio_pswd"_s,
                         u"collected"_s},
                        {{u"torque-worker_nodename"_s, u"worker"_s}}});
        l.nodes.append({u"worker"_s,
                        3,
                        {u"master_ip"_s, u"master_hostname"_s, u"master_munge_key_b64"_s, u"val"_s},
                        {}});
        l.mappings.append({u"master:hostname"_s, u"worker"_s, u"master_ip"_s});
        l.mappings.append({u"master:master_hostname"_s, u"worker"_s, u"master_hostname"_s});
        l.mappings.append({u"master:munge_key_b64"_s, u"worker"_s, u"master_munge_key_b64"_s});
        return l;
    }

    QString contextFor(const QString &instance,
                       const QByteArray &token = {},
                       const QString &url = {}) const
    {
        const QString file = m_dir.filePath(u"ctx-%1-%2"_s.arg(m_runId, instance));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the context");
        f.write("broker_url=" + (url.isEmpty() ? m_broker->url().toString() : url).toUtf8()
                + "\nrun=" + m_runId.toUtf8() + "\ninstance=" + instance.toUtf8()
                + "\ntoken=" + (token.isEmpty() ? m_tokens.value(instance) : token) + "\n");
        if (!m_broker->caFile().isEmpty())
            f.write("ca_file=" + m_broker->caFile().toUtf8() + "\n");
        return file;
    }

    QProcess *start(const QString &instance,
                    const QString &script,
                    const QString &shell = {},
                    const QString &context = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_pathFirst + m_bin + u":/usr/bin:/bin"_s);
        env.insert(u"SLIPWAY_CONTEXT"_s, context.isEmpty() ? contextFor(instance) : context);
        for (auto it = m_extraEnvironment.cbegin(); it != m_extraEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(u"SLIPWAY_HTTP_CLIENT"_s, m_client);
        if (!m_extraEnvironment.contains(u"SLIPWAY_RETRY_SECONDS"_s))
            env.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"60"_s);
        p->setProcessEnvironment(env);
        const QString sh = shell.isEmpty() ? m_shell : shell;
        if (sh == u"busybox")
            p->start(u"busybox"_s, {u"sh"_s, u"-c"_s, script});
        else
            p->start(sh, {u"-c"_s, script});
        return p;
    }

    // Waits with the event loop running: the broker lives in this thread.
    static Outcome finish(QProcess *p, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        if (p->state() != QProcess::NotRunning) {
            QSignalSpy done(p, &QProcess::finished);
            done.wait(ms);
        }
        Outcome o;
        o.ms = t.elapsed();
        o.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        o.out = p->readAllStandardOutput();
        o.err = p->readAllStandardError();
        p->deleteLater();
        return o;
    }

    Outcome run(const QString &instance,
                const QString &script,
                const QString &shell = {},
                const QString &context = {})
    {
        QElapsedTimer t;
        t.start();
        Outcome o = finish(start(instance, script, shell, context));
        o.ms = t.elapsed();
        return o;
    }

    QString value(const QString &k) const { return m_store->get(m_runId, key(k), true).value; }

    void startBroker(bool tls, quint16 port = 0)
    {
        m_broker = std::make_unique<Broker>(m_store.get());
        Broker::ListenOptions options;
        options.plainHttp = !tls;
        options.port = port;
        options.certificateDir = m_dir.filePath(u"tls"_s);
        QString error;
        QVERIFY2(m_broker->listen(options, &error), qPrintable(error));
    }

    void setUpRun(bool tls = false)
    {
        m_broker.reset();
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        m_runId = u"run%1"_s.arg(++m_run);
        QVERIFY(m_store->open(m_dir.filePath(m_runId + u".db"_s), &error));
        const auto created = m_store->createRun(m_runId, layout());
        QVERIFY(created.ok());
        m_tokens = created.tokens;
        startBroker(tls);
        // The bootstrap fetches the tools from the broker, as on a node.
        m_bin = m_dir.filePath(m_runId + u"-bin"_s);
        QProcess boot;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(u"master.1"_s));
        if (m_client == u"wget")
            env.insert(u"PATH"_s, m_dir.filePath(u"wget-only"_s));
        boot.setProcessEnvironment(env);
        QFile script(Testing::sourceFile(u"resources/client/bootstrap"_s));
        QVERIFY(script.open(QIODevice::ReadOnly));
        boot.start(u"/bin/sh"_s,
                   {u"-c"_s, QString::fromUtf8(script.readAll()), u"bootstrap"_s, m_bin});
        QSignalSpy done(&boot, &QProcess::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(boot.exitCode() == 0, boot.readAllStandardError().constData());
        QVERIFY(QFileInfo(m_bin + u"/ss-get"_s).isExecutable());
    }

    // A script that uploads FILE as the report NAME with slipway-node's own upload functions
    // (cut from resources/node/slipway-node), as a node does at the end of a phase.
    static QString nodeUploadScript(const QString &file, const QString &name)
    {
        QFile node(Testing::sourceFile(u"resources/node/slipway-node"_s));
        if (!node.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(node.readAll());
        const qsizetype from = text.indexOf(u"\nsay() {"_s);
        const qsizetype to = text.indexOf(u"\n# The files to upload"_s);
        if (from < 0 || to < from)
            return {};
        return u"set -u\n. \"$(command -v ss-lib)\"\nss_prog=slipway-node\nss_init\n"
               "work=$(mktemp -d)\ntrap 'rm -rf \"$work\"' EXIT\n"_s
               + text.mid(from, to - from) + u"\nupload '%1' '%2'\n"_s.arg(file, name);
    }

    QByteArray storedReport(const QString &instance, const QString &name) const
    {
        for (const RuntimeParameterStore::Report &r : m_store->reports(m_runId)) {
            if (r.instance == instance && r.name == name)
                return r.data;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"dash", "busybox", "bash", "curl", "wget"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        // A PATH with wget and no curl, to prove the bootstrap's own fallback.
        QDir().mkpath(m_dir.filePath(u"wget-only"_s));
        for (const char *tool : {"wget", "sed", "tail", "mkdir", "chmod", "mv", "sh"})
            QFile::link(QStandardPaths::findExecutable(QString::fromLatin1(tool)),
                        m_dir.filePath(u"wget-only/"_s + QLatin1StringView(tool)));
    }

    void seedLines_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("client");
        for (const char *shell : {"dash", "busybox"})
            for (const char *client : {"curl", "wget"})
                QTest::addRow("%s-%s", shell, client)
                    << QString::fromLatin1(shell) << QString::fromLatin1(client);
    }

    // The ss-* lines of the seed's Torque and RStudio recipes, unchanged.
    void seedLines()
    {
        QFETCH(QString, shell);
        QFETCH(QString, client);
        m_shell = shell;
        m_client = client;
        setUpRun();
        m_store->set(m_runId, key(u"master.1:hostname"_s), u"10.0.0.1"_s, {}, true);
        for (int i = 1; i <= 3; ++i)
            m_store->set(m_runId,
                         key(u"worker.%1:hostname"_s.arg(i)),
                         u"10.0.1.%1"_s.arg(i),
                         {},
                         true);

        // A worker waits for the master's key before the master has set it (push).
        QProcess *worker = start(u"worker.2"_s,
                                 u"export munge_key64=`ss-get --timeout 480 master.1:munge_key64`\n"
                                 "echo \"got $munge_key64\""_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), 1, 20000);
        Outcome o = run(u"master.1"_s,
                        u"ss-set munge_key64 `echo munge-secret | base64 --wrap 0`"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        o = finish(worker);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, QByteArray("got bXVuZ2Utc2VjcmV0Cg==\n"));

        // RStudio.
        o = run(u"master.1"_s,
                u"ruser_password=Xq7pL2mN\n"
                "ss-set rstudio_user ruser\n"
                "ss-set rstudio_pswd $ruser_password\n"
                "ss-set statecustom 'RStudio Ready!'\n"
                "ss-display 'WordPress ready to go!'"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(value(u"master.1:rstudio_user"_s), u"ruser"_s);
        QCOMPARE(value(u"master.1:rstudio_pswd"_s), u"Xq7pL2mN"_s);
        QCOMPARE(value(u"master.1:statecustom"_s), u"WordPress ready to go!"_s);

        // Torque master.
        o = run(u"master.1"_s,
                u"WORKER_NODENAME=$(ss-get torque-worker_nodename)\n"
                "ss-set master_hostname \"$(echo torque-master)\"\n"
                "ss-display 'Adding workers'\n"
                "n=$(ss-get $WORKER_NODENAME:multiplicity)\n"
                "i=1; while [ $i -le $n ]; do\n"
                "  WORKER_IP=$(ss-get --timeout 500 $WORKER_NODENAME.$i:hostname)\n"
                "  echo $WORKER_IP; i=$((i+1)); done\n"
                "ss-set munge_key_b64 $(echo munge | base64 --wrap 0)\n"
                "ss-display 'Ready'"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, QByteArray("10.0.1.1\n10.0.1.2\n10.0.1.3\n"));
        // Torque worker: its inputs are the master's mapped outputs.
        o = run(u"worker.3"_s,
                u"MASTER_IP=$(ss-get master_ip)\n"
                "MASTER_HOSTNAME=$(ss-get master_hostname)\n"
                "KEY=$(ss-get --timeout 600 master_munge_key_b64)\n"
                "ss-display 'Starting the worker'\n"
                "echo $MASTER_IP $MASTER_HOSTNAME $KEY $(ss-get hostname)"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, QByteArray("10.0.0.1 torque-master bXVuZ2UK 10.0.1.3\n"));
        QCOMPARE(value(u"worker.3:statecustom"_s), u"Starting the worker"_s);

        // ss-random and ss-get-all.
        o = run(u"worker.1"_s, u"ss-random -s 20 val"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out.trimmed().size(), 20);
        QCOMPARE(value(u"worker.1:val"_s).toUtf8(), o.out.trimmed());
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9]{20}$"_s)
                    .match(QString::fromUtf8(o.out.trimmed()))
                    .hasMatch());
        o = run(u"worker.1"_s, u"ss-get-all worker hostname"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out,
                 QByteArray("worker.1:hostname 10.0.1.1\nworker.2:hostname 10.0.1.2\n"
                            "worker.3:hostname 10.0.1.3\n"));
    }

    // The bash lines of the seed's Torque recipe run with bash.
    void bashLoopOfTheSeed()
    {
        m_shell = u"bash"_s;
        m_client = u"curl"_s;
        setUpRun();
        for (int i = 1; i <= 3; ++i)
            m_store->set(m_runId,
                         key(u"worker.%1:hostname"_s.arg(i)),
                         u"10.0.2.%1"_s.arg(i),
                         {},
                         true);
        const Outcome o = run(u"master.1"_s,
                              u"for (( i=1; i <= `ss-get worker.1:multiplicity`; i++ )); do\n"
                              "  worker_ip=`ss-get --timeout 480 worker.$i:hostname`\n"
                              "  echo $worker_ip\n"
                              "done"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, QByteArray("10.0.2.1\n10.0.2.2\n10.0.2.3\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("client");
        QTest::newRow("dash-curl") << u"dash"_s << u"curl"_s;
        QTest::newRow("busybox-wget") << u"busybox"_s << u"wget"_s;
    }

    void exitCodes()
    {
        QFETCH(QString, shell);
        QFETCH(QString, client);
        m_shell = shell;
        m_client = client;
        setUpRun();
        // SlipStream's codes (CommandBase.py); tests/data/sstools/compatibility.tsv has them all.
        Outcome o = run(u"worker.1"_s, u"ss-get --noblock master.1:munge_key64"_s);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QByteArray("\n"));
        QCOMPARE(run(u"worker.1"_s, u"ss-get"_s).exitCode, 2);
        QCOMPARE(run(u"worker.1"_s, u"ss-set onlykey"_s).exitCode, 2);
        QCOMPARE(run(u"worker.1"_s, u"ss-get --timeout soon x"_s).exitCode, 2);
        QCOMPARE(run(u"worker.1"_s, u"ss-get --bogus x"_s).exitCode, 2);
        QCOMPARE(run(u"worker.1"_s, u"ss-get 'a b'"_s).exitCode, 7);
        QCOMPARE(run(u"worker.1"_s, u"ss-get master.0:hostname"_s).exitCode, 7);
        QCOMPARE(run(u"worker.1"_s, u"ss-get master.1:no_such_thing"_s).exitCode, 7);
        o = run(u"worker.1"_s, u"ss-set val x"_s, {}, contextFor(u"worker.1"_s, "not-the-token"));
        QCOMPARE(o.exitCode, 7);
        o = run(u"worker.1"_s, u"ss-set master.1:munge_key64 x"_s);
        QCOMPARE(o.exitCode, 7);
        QVERIFY2(o.err.contains("map it to that input"), o.err.constData());
        o = run(u"worker.1"_s, u"ss-set val $(printf '%05000d' 0)"_s);
        QCOMPARE(o.exitCode, 7);
        QVERIFY(o.err.contains("4096"));
        // The timeout holds across several long-polls (the broker holds each for 1 s here); it
        // is rounded up to SlipStream's 5 s steps, as its polling did.
        m_broker->setMaxWaitMs(1000);
        o = run(u"worker.1"_s, u"ss-get --timeout 3 master.1:munge_key64"_s);
        QCOMPARE(o.exitCode, 9);
        qInfo("ss-get --timeout 3 over 1 s long-polls returned after %lld ms", o.ms);
        // The tools count whole seconds (`date +%s`, all a POSIX shell has): the 5 s deadline
        // is reached between 4 and 5 s after the call started, never before the 3 s asked for.
        QVERIFY2(o.ms >= 3900, "the timeout was cut short");
        QVERIFY2(o.ms <= 7000, "the timeout must hold to within about a second");
        // Abort: 8 for every call that does not ignore it, with the reason.
        o = run(u"worker.2"_s, u"ss-abort 'disk full on worker.2'"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        o = run(u"worker.1"_s, u"ss-get worker:multiplicity"_s);
        QCOMPARE(o.exitCode, 8);
        QVERIFY(o.err.contains("disk full on worker.2"));
        QCOMPARE(run(u"worker.1"_s, u"ss-set val x"_s).exitCode, 8);
        o = run(u"worker.1"_s, u"ss-get --ignore-abort worker:multiplicity"_s);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QByteArray("3\n"));
        QCOMPARE(run(u"worker.1"_s, u"ss-set --ignore-abort val x"_s).exitCode, 0);
        QCOMPARE(run(u"worker.1"_s, u"ss-abort --cancel"_s).exitCode, 0);
        QCOMPARE(run(u"worker.1"_s, u"ss-get worker:multiplicity"_s).exitCode, 0);
        // Network: nothing listens there; the tool retries, then gives up with 4.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_bin + u":/usr/bin:/bin"_s);
        env.insert(u"SLIPWAY_CONTEXT"_s, contextFor(u"worker.1"_s, {}, deadUrl));
        env.insert(u"SLIPWAY_HTTP_CLIENT"_s, m_client);
        env.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"2"_s);
        p->setProcessEnvironment(env);
        p->start(u"dash"_s, {u"-c"_s, u"ss-set val x"_s});
        o = finish(p);
        QCOMPARE(o.exitCode, 4);
        QVERIFY(o.err.contains("cannot reach the broker"));
    }

    void tokenStaysOutOfProcessArguments()
    {
        m_shell = u"dash"_s;
        for (const QString &client : {u"curl"_s, u"wget"_s}) {
            m_client = client;
            setUpRun();
            QProcess *waiting = start(u"worker.1"_s, u"ss-get --timeout 60 master.1:munge_key64"_s);
            QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), 1, 20000);
            const QByteArray token = m_tokens.value(u"worker.1"_s);
            int scanned = 0;
            const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
                if (!cmdline.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray args = cmdline.readAll();
                scanned += args.contains(client.toUtf8()) ? 1 : 0;
                QVERIFY2(!args.contains(token), qPrintable(client));
            }
            QVERIFY2(scanned >= 1, "the HTTP client was not running: the test proves nothing");
            m_store->set(m_runId, key(u"master.1:munge_key64"_s), u"k"_s, {}, true);
            QCOMPARE(finish(waiting).exitCode, 0);
        }
    }

    // Values (set, random, displayed, an abort's reason) reach curl through its config on
    // stdin, as the token does: a curl that records every argument it is given never sees
    // them, and the broker gets them byte for byte.
    void valuesStayOutOfProcessArguments()
    {
        m_shell = u"dash"_s;
        m_client = u"curl"_s;
        setUpRun();
        const QString wrapper = m_dir.filePath(u"argv-curl"_s);
        const QString argvLog = m_dir.filePath(u"curl-argv.log"_s);
        QVERIFY(QDir().mkpath(wrapper));
        {
            QFile curl(wrapper + u"/curl"_s);
            QVERIFY(curl.open(QIODevice::WriteOnly));
            curl.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '"
                       + argvLog.toUtf8() + "'\nexec '"
                       + QStandardPaths::findExecutable(u"curl"_s).toUtf8() + "' \"$@\"\n");
            QVERIFY(curl.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        m_pathFirst = wrapper + u':';
        const QString secret = u"pw-7Hq \"quoted\" back\\slash $HOME `id` %s\ttab\nsecond line"_s;
        m_extraEnvironment.insert(u"V"_s, secret);
        const auto restore = qScopeGuard([this] {
            m_pathFirst.clear();
            m_extraEnvironment.clear();
        });

        Outcome o = run(u"worker.1"_s, u"ss-set val \"$V\" && ss-display \"$V\""_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(value(u"worker.1:val"_s), secret);
        QCOMPARE(value(u"worker.1:statecustom"_s), secret);
        o = run(u"master.1"_s, u"ss-random -s 24 rstudio_pswd"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QByteArray random = o.out.trimmed();
        QCOMPARE(random.size(), 24);
        QCOMPARE(value(u"master.1:rstudio_pswd"_s).toUtf8(), random);
        o = run(u"worker.2"_s, u"ss-abort \"$V\""_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());

        QFile log(argvLog);
        QVERIFY2(log.open(QIODevice::ReadOnly),
                 "the recording curl never ran: the test proves nothing");
        const QByteArray arguments = log.readAll();
        QVERIFY2(arguments.count("-K\n") >= 4, arguments.constData());
        QVERIFY2(arguments.contains("/params/val"), arguments.constData());
        for (const QByteArray &piece : {"pw-7Hq"_ba, "second line"_ba, random})
            QVERIFY2(!arguments.contains(piece), arguments.constData());
    }

    // ss-get-all prints one line per instance: a value with line breaks cannot forge another
    // instance's line (its \n, \r and \\ are escaped); a one-line value is as SlipStream's.
    void getAllFramesEveryValueOnItsLine()
    {
        m_shell = u"dash"_s;
        m_client = u"curl"_s;
        setUpRun();
        QVERIFY(m_store->set(m_runId, key(u"worker:ids"_s), u"1,2,3"_s, {}, true).ok());
        const QString forged = u"first\nworker.3:val forged\r\nback\\slash"_s;
        QVERIFY(m_store->set(m_runId, key(u"worker.1:val"_s), forged, {}, true).ok());
        QVERIFY(m_store->set(m_runId, key(u"worker.2:val"_s), u"C:\\plain one"_s, {}, true).ok());
        QVERIFY(m_store->set(m_runId, key(u"worker.3:val"_s), u"real"_s, {}, true).ok());
        for (const QString &shell : {u"dash"_s, u"bash"_s, u"busybox"_s}) {
            const Outcome o = run(u"master.1"_s, u"ss-get-all worker val"_s, shell);
            QVERIFY2(o.exitCode == 0, o.err.constData());
            const QList<QByteArray> lines = o.out.split('\n');
            QCOMPARE(lines.size(), 4); // three lines and the end
            QCOMPARE(lines.at(0), "worker.1:val first\\nworker.3:val forged\\r\\nback\\\\slash");
            QCOMPARE(lines.at(1), "worker.2:val C:\\plain one");
            QCOMPARE(lines.at(2), "worker.3:val real");
            QCOMPARE(o.out.count("worker.3:val"), 2); // the real line and the escaped text
        }
    }

    void overTlsWithTheCa_data()
    {
        QTest::addColumn<QString>("client");
        QTest::newRow("curl") << u"curl"_s;
        QTest::newRow("wget") << u"wget"_s;
    }

    void overTlsWithTheCa()
    {
        QFETCH(QString, client);
        m_shell = u"dash"_s;
        m_client = client;
        setUpRun(true);
        QCOMPARE(m_broker->url().scheme(), u"https"_s);
        Outcome o = run(u"master.1"_s, u"ss-set munge_key64 abc && ss-get worker:multiplicity"_s);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, QByteArray("3\n"));
        QCOMPARE(value(u"master.1:munge_key64"_s), u"abc"_s);
        // Without the CA the node refuses to talk to the broker: no retrying a bad certificate.
        QString context = contextFor(u"master.1"_s);
        QFile f(context);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("ca_file=", "ca_file_unused=");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        o = run(u"master.1"_s, u"ss-get worker:multiplicity"_s, {}, context);
        QCOMPARE(o.exitCode, 4);
    }

    void tokenOfTheUserDataIsReplaced_data()
    {
        QTest::addColumn<QString>("client");
        QTest::newRow("curl") << u"curl"_s;
        QTest::newRow("wget") << u"wget"_s;
    }

    // slipway-node's first call replaces the token its user-data carried by one made on the
    // node: the broker refuses the old one from then on, the context file holds the new one
    // (0600), and the tools go on with it.
    void tokenOfTheUserDataIsReplaced()
    {
        QFETCH(QString, client);
        m_shell = u"dash"_s;
        m_client = client;
        setUpRun();
        const QByteArray old = m_tokens.value(u"worker.1"_s);
        const QString context = contextFor(u"worker.1"_s);
        Outcome o = run(u"worker.1"_s,
                        u". \"$(command -v ss-lib)\"; ss_prog=test; ss_init; ss_rotate_token"_s,
                        {},
                        context);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QFile file(context);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray rotated = file.readAll();
        file.close();
        QCOMPARE(file.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QByteArray token;
        for (const QByteArray &line : rotated.split('\n')) {
            if (line.startsWith("token="))
                token = line.mid(6);
        }
        QCOMPARE(token.size(), 64);
        QVERIFY(token != old);
        QVERIFY2(rotated.contains("broker_url=") && rotated.contains("instance=worker.1"),
                 rotated.constData());
        // The new token works, through the same context file.
        o = run(u"worker.1"_s, u"ss-set val after-rotation"_s, {}, context);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(value(u"worker.1:val"_s), u"after-rotation"_s);
        // The old one is refused (401: exit 7), here and after a restart of the broker.
        o = run(u"worker.1"_s, u"ss-get worker.1:val"_s, {}, contextFor(u"worker.1"_s, old));
        QCOMPARE(o.exitCode, 7);
        QVERIFY2(o.err.contains("refused"), o.err.constData());
        m_broker.reset();
        m_store.reset();
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(m_runId + u".db"_s), &error));
        startBroker(false);
        QVERIFY(!m_store->authenticate(m_runId, u"worker.1"_s, old));
        QVERIFY(m_store->authenticate(m_runId, u"worker.1"_s, token));
        // A second replacement asked with a token that is not the instance's fails.
        o = run(u"worker.1"_s,
                u". \"$(command -v ss-lib)\"; ss_prog=test; ss_init; ss_rotate_token"_s,
                {},
                contextFor(u"worker.1"_s, old));
        QCOMPARE(o.exitCode, 7);
    }

    // Another process holds the database (an import of a large bundle): the broker answers
    // 503 to the writes it cannot commit, and the tools retry until they are in, never
    // failing the recipe; the reader is woken only by the committed value.
    void toolsRetryWhileTheDatabaseIsBusy()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            SLIPWAY_SKIP_OR_FAIL("python3 (another process that holds the database)");
        m_shell = u"dash"_s;
        m_client = u"curl"_s;
        setUpRun();
        {
            QMutexLocker lock(&storeLogMutex);
            storeLog.clear();
        }
        previousHandler = qInstallMessageHandler(captureStoreLog);
        Testing::WriteLockHolder other(m_dir.filePath(m_runId + u".db"_s));
        QVERIFY(other.waitLocked());
        QProcess *setter = start(u"master.1"_s, u"ss-set munge_key64 stored-after-busy"_s);
        QProcess *getter = start(u"worker.1"_s, u"ss-get --timeout 120 master.1:munge_key64"_s);
        // The write arrived and its commit failed at least once (its answer was 503).
        QTRY_VERIFY_WITH_TIMEOUT(storeLogged(u"batches wait to be written"_s)
                                     && m_broker->parkedCount() == 1,
                                 30000);
        QCOMPARE(setter->state(), QProcess::Running); // retrying, not failed
        QCOMPARE(getter->state(), QProcess::Running); // not woken by an uncommitted value
        QCOMPARE(m_store->get(m_runId, key(u"master.1:munge_key64"_s), true, true).code,
                 ParameterStatus::Code::NotSet);
        other.release();
        const Outcome set = finish(setter, 90000);
        const Outcome got = finish(getter, 90000);
        qInstallMessageHandler(previousHandler);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(got.exitCode == 0, got.err.constData());
        QCOMPARE(got.out.trimmed(), QByteArray("stored-after-busy"));
        QCOMPARE(m_store->get(m_runId, key(u"master.1:munge_key64"_s), true, true).value,
                 u"stored-after-busy"_s);
    }

    // A 408 says the broker (or a relay, a proxy) gave up on a request that came too slowly,
    // nothing about the request: the tools retry it like a 503, for as long as they retry.
    void toolsRetryARequestTimeout_data()
    {
        QTest::addColumn<QString>("client");
        QTest::newRow("curl") << u"curl"_s;
        QTest::newRow("wget") << u"wget"_s;
    }

    void toolsRetryARequestTimeout()
    {
        QFETCH(QString, client);
        m_shell = u"dash"_s;
        m_client = client;
        setUpRun();
        FaultProxy proxy(m_broker->port(), 408, 2);
        QVERIFY(proxy.listen());
        Outcome o = run(u"master.1"_s,
                        u"ss-set munge_key64 after-timeouts"_s,
                        {},
                        contextFor(u"master.1"_s, {}, proxy.url()));
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(proxy.answered(), 2);
        QCOMPARE(value(u"master.1:munge_key64"_s), u"after-timeouts"_s);
        FaultProxy again(m_broker->port(), 408, 1);
        QVERIFY(again.listen());
        o = run(u"worker.1"_s,
                u"ss-get --timeout 30 master.1:munge_key64"_s,
                {},
                contextFor(u"worker.1"_s, {}, again.url()));
        QCOMPARE(again.answered(), 1);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out.trimmed(), QByteArray("after-timeouts"));

        // Bounded: a broker that keeps answering 408 is given up after SLIPWAY_RETRY_SECONDS.
        FaultProxy always(m_broker->port(), 408, INT_MAX);
        QVERIFY(always.listen());
        m_extraEnvironment.insert(u"SLIPWAY_RETRY_SECONDS"_s, u"3"_s);
        const auto restore = qScopeGuard([this] { m_extraEnvironment.clear(); });
        o = run(u"master.1"_s,
                u"ss-set munge_key64 never"_s,
                {},
                contextFor(u"master.1"_s, {}, always.url()));
        QCOMPARE(o.exitCode, 5);
        QVERIFY2(o.err.contains("keeps answering 408"), o.err.constData());
        QVERIFY(always.answered() >= 2);
        QCOMPARE(value(u"master.1:munge_key64"_s), u"after-timeouts"_s);
    }

    // slipway-node uploads the reports while the database is held by another process: the
    // broker answers 503 and the upload is retried until it is in, byte for byte; a 408 is
    // retried too.
    void reportUploadsAreRetried()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            SLIPWAY_SKIP_OR_FAIL("python3 (another process that holds the database)");
        m_shell = u"dash"_s;
        m_client = u"curl"_s;
        setUpRun();
        QByteArray content("binary\0report\r\nline\n", 20);
        for (int i = 0; i < 256; ++i)
            content += char(i);
        const QString file = m_dir.filePath(m_runId + u"-report.bin"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QString script = nodeUploadScript(file, u"report-busy.bin"_s);
        QVERIFY(!script.isEmpty());
        {
            QMutexLocker lock(&storeLogMutex);
            storeLog.clear();
        }
        previousHandler = qInstallMessageHandler(captureStoreLog);
        const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
        Testing::WriteLockHolder other(m_dir.filePath(m_runId + u".db"_s));
        QVERIFY(other.waitLocked());
        QProcess *uploader = start(u"master.1"_s, script);
        QTRY_VERIFY_WITH_TIMEOUT(storeLogged(u"batches wait to be written"_s), 30000);
        // Its first answer was 503: the upload is retried, not given up.
        QTest::qWait(3000);
        QCOMPARE(uploader->state(), QProcess::Running);
        other.release();
        Outcome o = finish(uploader, 90000);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY2(!o.out.contains("could not upload"), o.out.constData());
        QCOMPARE(storedReport(u"master.1"_s, u"report-busy.bin"_s), content);

        FaultProxy proxy(m_broker->port(), 408, 2);
        QVERIFY(proxy.listen());
        o = run(u"master.1"_s,
                nodeUploadScript(file, u"report-slow.bin"_s),
                {},
                contextFor(u"master.1"_s, {}, proxy.url()));
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY2(!o.out.contains("could not upload"), o.out.constData());
        QCOMPARE(proxy.answered(), 2);
        QCOMPARE(storedReport(u"master.1"_s, u"report-slow.bin"_s), content);
    }

    // The broker restarts (a new Broker and store over the same database, on the same port)
    // in the middle of an exchange between a master and its workers, all ss-* processes.
    void exchangeSurvivesBrokerRestart()
    {
        m_shell = u"dash"_s;
        m_client = u"curl"_s;
        setUpRun();
        const quint16 port = m_broker->port();
        QList<QProcess *> workers;
        for (int i = 1; i <= 3; ++i)
            workers.append(start(u"worker.%1"_s.arg(i),
                                 u"go=$(ss-get --timeout 120 master.1:munge_key64) && "
                                 "ss-set val \"$go-w%1\""_s.arg(i)));
        QProcess *master = start(u"master.1"_s,
                                 u"all=\n"
                                 "for i in 1 2 3; do\n"
                                 "  v=$(ss-get --timeout 120 worker.$i:val) || exit $?\n"
                                 "  all=\"$all $v\"\n"
                                 "done\n"
                                 "ss-set collected \"${all# }\""_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), 4, 20000);

        // First restart: everybody is parked.
        m_broker.reset();
        m_store.reset();
        m_store = std::make_unique<RuntimeParameterStore>();
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(m_runId + u".db"_s), &error));
        startBroker(false, port);
        QCOMPARE(m_broker->port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->parkedCount(), 4, 30000);
        QVERIFY(m_store->set(m_runId, key(u"master.1:munge_key64"_s), u"go"_s, {}, true).ok());
        // Second restart, as soon as the first worker's value is in.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->get(m_runId, key(u"worker.1:val"_s), true).ok(), 30000);
        m_broker.reset();
        m_store.reset();
        m_store = std::make_unique<RuntimeParameterStore>();
        QVERIFY(m_store->open(m_dir.filePath(m_runId + u".db"_s), &error));
        startBroker(false, port);
        for (QProcess *w : std::as_const(workers)) {
            const Outcome o = finish(w, 120000);
            QVERIFY2(o.exitCode == 0, o.err.constData());
        }
        const Outcome o = finish(master, 120000);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(value(u"master.1:collected"_s), u"go-w1 go-w2 go-w3"_s);
    }
};

QTEST_GUILESS_MAIN(TestSsTools)
#include "tst_sstools.moc"
