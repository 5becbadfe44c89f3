#pragma once

// Shared by the relay tests and the relay benchmarks: a test CA made with the openssl command,
// broker request handlers that echo or park, a node that calls over HTTPS, slipway-relay started
// as a process, a link to it and the context file a node's tools read.

#include "core/http/brokerrequest.h"
#include "core/relay/relaylink.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <memory>

namespace RelayTest {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// A CA and a server certificate for 127.0.0.1 and localhost, made in a temporary folder.
class TestCa
{
public:
    bool make(const QString &name = u"Slipway relay test CA"_s)
    {
        if (!m_dir.isValid())
            return fail(u"no temporary folder"_s);
        const QString ext = m_dir.filePath(u"ext.cnf"_s);
        QFile f(ext);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        f.close();
        const QString ec = u"ec_paramgen_curve:prime256v1"_s;
        return run({u"req"_s,
                    u"-x509"_s,
                    u"-newkey"_s,
                    u"ec"_s,
                    u"-pkeyopt"_s,
                    ec,
                    u"-nodes"_s,
                    u"-keyout"_s,
                    path(u"ca.key"_s),
                    u"-out"_s,
                    path(u"ca.pem"_s),
                    u"-days"_s,
                    u"2"_s,
                    u"-subj"_s,
                    u"/CN="_s + name})
               && run({u"req"_s,
                       u"-newkey"_s,
                       u"ec"_s,
                       u"-pkeyopt"_s,
                       ec,
                       u"-nodes"_s,
                       u"-keyout"_s,
                       path(u"server.key"_s),
                       u"-out"_s,
                       path(u"server.csr"_s),
                       u"-subj"_s,
                       u"/CN=localhost"_s})
               && run({u"x509"_s,
                       u"-req"_s,
                       u"-in"_s,
                       path(u"server.csr"_s),
                       u"-CA"_s,
                       path(u"ca.pem"_s),
                       u"-CAkey"_s,
                       path(u"ca.key"_s),
                       u"-CAcreateserial"_s,
                       u"-out"_s,
                       path(u"server.pem"_s),
                       u"-days"_s,
                       u"2"_s,
                       u"-extfile"_s,
                       ext});
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }
    QString error() const { return m_error; }

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(path(u"server.pem"_s)));
        QFile key(path(u"server.key"_s));
        if (key.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }

    // Trusts this CA only, as the application and the nodes do.
    QSslConfiguration clientTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(path(u"ca.pem"_s)));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return tls;
    }

private:
    bool fail(const QString &e)
    {
        m_error = e;
        return false;
    }
    bool run(const QStringList &args)
    {
        QProcess p;
        p.start(u"openssl"_s, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return fail(u"openssl "_s + args.join(u' ') + u": "_s
                        + QString::fromLocal8Bit(p.readAllStandardError()));
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

// Answers at once with what it was asked, so the test can see what came through.
class EchoHandler : public Slipway::BrokerRequestHandler
{
public:
    void handleRequest(const Slipway::BrokerRequest &r, Slipway::BrokerReply reply) override
    {
        ++calls;
        Slipway::BrokerResponse response;
        response.status = 200;
        response.contentType = "text/plain";
        response.headers = {{"x-echo-peer", r.peer.toString().toUtf8()}};
        response.body = r.method + ' ' + r.path.toUtf8() + '?'
                        + r.query.toString(QUrl::FullyDecoded).toUtf8() + '\n'
                        + r.header("authorization") + '\n' + r.body;
        reply(response);
    }
    int calls = 0;
};

// Keeps every request until the test answers it, as the broker keeps a waiting ss-get.
class ParkingHandler : public Slipway::BrokerRequestHandler
{
public:
    void handleRequest(const Slipway::BrokerRequest &r, Slipway::BrokerReply reply) override
    {
        parked.append({r, std::move(reply)});
    }
    // Answers every parked request whose path contains `part`; returns how many.
    int answer(const QString &part, const QByteArray &body, int status = 200)
    {
        int n = 0;
        for (qsizetype i = 0; i < parked.size();) {
            if (parked[i].first.path.contains(part)) {
                Slipway::BrokerResponse response;
                response.status = status;
                response.body = body;
                auto reply = std::move(parked[i].second);
                parked.removeAt(i);
                reply(response);
                ++n;
            } else {
                ++i;
            }
        }
        return n;
    }
    QList<std::pair<Slipway::BrokerRequest, Slipway::BrokerReply>> parked;
};

// A node: its own connection pool, so that many parked calls run at once.
class Node
{
public:
    explicit Node(const QSslConfiguration &tls)
        : m_tls(tls)
    {}

    QNetworkReply *call(const QByteArray &method,
                        const QUrl &url,
                        const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &[n, v] : headers)
            request.setRawHeader(n, v);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain"_ba);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        reply->setParent(&m_nam);
        return reply;
    }

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

// slipway-relay, the real daemon, on loopback. Port 0 lets the system pick; the ports are read
// back from what the relay prints. Its standard error goes to a file: nobody reads a pipe while
// the calls are made, and a relay writing to a full pipe would stop.
class RelayDaemon
{
public:
    struct Options
    {
        QString program;
        QString certificate;
        QString key;
        QByteArray secret;
        quint16 nodePort = 0;
        quint16 linkPort = 0;
        QStringList extraArguments;

        // Serves with the test CA's server certificate.
        static Options signedBy(const TestCa &ca, const QString &program, const QByteArray &secret)
        {
            Options o;
            o.program = program;
            o.certificate = ca.path(u"server.pem"_s);
            o.key = ca.path(u"server.key"_s);
            o.secret = secret;
            return o;
        }
    };

    ~RelayDaemon() { stop(); }

    bool start(const Options &o)
    {
        stop();
        m_error.clear();
        if (!m_dir.isValid())
            return fail(u"no temporary folder"_s);
        QFile secret(m_dir.filePath(u"secret"_s));
        if (!secret.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(secret.errorString());
        secret.write(o.secret + '\n');
        secret.close();
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logPath());
        m_process->start(o.program,
                         QStringList{u"--listen"_s,
                                     u"127.0.0.1:%1"_s.arg(o.nodePort),
                                     u"--link-listen"_s,
                                     u"127.0.0.1:%1"_s.arg(o.linkPort),
                                     u"--cert"_s,
                                     o.certificate,
                                     u"--key"_s,
                                     o.key,
                                     u"--secret-file"_s,
                                     secret.fileName()}
                             + o.extraArguments);
        const QRegularExpression ports(u"nodes on port (\\d+), application links on port (\\d+)"_s);
        // The event loop keeps running meanwhile: a test's broker may live on this thread.
        QDeadlineTimer deadline(20000);
        QRegularExpressionMatch m;
        while (!deadline.hasExpired()) {
            m = ports.match(output());
            if (m.hasMatch() || m_process->state() == QProcess::NotRunning)
                break;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(50);
        }
        if (!m.hasMatch())
            return fail(u"slipway-relay did not start: "_s + output());
        m_nodePort = quint16(m.captured(1).toUInt());
        m_linkPort = quint16(m.captured(2).toUInt());
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 nodePort() const { return m_nodePort; }
    quint16 linkPort() const { return m_linkPort; }
    QString error() const { return m_error; }
    QString logPath() const { return m_dir.filePath(u"relay.log"_s); }
    QString output() const
    {
        QFile log(logPath());
        return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
    }

private:
    bool fail(const QString &e)
    {
        m_error = e;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_nodePort = 0;
    quint16 m_linkPort = 0;
    QString m_error;
};

// Makes the test CA, then starts the relay with its server certificate (a benchmark's prologue).
inline bool startSignedRelay(TestCa &ca,
                             RelayDaemon &relay,
                             const QString &program,
                             const QByteArray &secret,
                             QString *error)
{
    if (!ca.make()) {
        *error = u"cannot make the test CA: "_s + ca.error();
        return false;
    }
    if (!relay.start(RelayDaemon::Options::signedBy(ca, program, secret))) {
        *error = relay.error();
        return false;
    }
    return true;
}

// The application's link to a relay on loopback, started, serving runs. Tests reconnect quickly.
inline std::unique_ptr<Slipway::RelayLink> startLink(Slipway::BrokerRequestHandler *handler,
                                                     quint16 linkPort,
                                                     const QByteArray &secret,
                                                     const QSslConfiguration &tls,
                                                     const QStringList &runs,
                                                     std::chrono::milliseconds minBackoff = 100ms,
                                                     std::chrono::milliseconds maxBackoff = 1s)
{
    Slipway::RelayLink::Options o;
    o.url = QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(linkPort));
    o.secret = secret;
    o.tls = tls;
    o.minBackoff = minBackoff;
    o.maxBackoff = maxBackoff;
    auto link = std::make_unique<Slipway::RelayLink>(handler, o);
    if (!runs.isEmpty())
        link->setRuns(runs);
    link->start();
    return link;
}

// Writes the context file the node tools read (SLIPWAY_CONTEXT): the broker (or the relay) on
// loopback at port, the run, the instance, its token and the CA the node trusts.
inline void writeNodeContext(const QString &file,
                             quint16 port,
                             const QString &run,
                             const QString &instance,
                             const QByteArray &token,
                             const QString &caFile)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the node context %s", qPrintable(file));
    f.write("broker_url=https://127.0.0.1:" + QByteArray::number(port) + "\nrun=" + run.toUtf8()
            + "\ninstance=" + instance.toUtf8() + "\ntoken=" + token
            + "\nca_file=" + caFile.toUtf8() + "\n");
}

inline int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace RelayTest
