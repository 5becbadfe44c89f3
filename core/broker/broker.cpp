#include "broker.h"

#include "brokercertificates.h"
#include "parameterkey.h"
#include "runtimeparameterstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTimerEvent>

#include <cmath>

Q_LOGGING_CATEGORY(lcBroker, "slipway.broker")

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

BrokerResponse text(int status, const QString &message)
{
    BrokerResponse r;
    r.status = status;
    r.body = message.toUtf8();
    if (!r.body.isEmpty() && !r.body.endsWith('\n'))
        r.body += '\n';
    return r;
}

BrokerResponse noContent()
{
    BrokerResponse r;
    r.status = 204;
    return r;
}

int httpStatus(ParameterStatus::Code code)
{
    switch (code) {
    case ParameterStatus::Code::Ok:
        return 200;
    case ParameterStatus::Code::NotSet:
        return 204;
    case ParameterStatus::Code::UnknownRun:
    case ParameterStatus::Code::UnknownKey:
        return 404;
    case ParameterStatus::Code::Forbidden:
        return 403;
    case ParameterStatus::Code::TooLong:
        return 413;
    case ParameterStatus::Code::BadValue:
        return 400;
    case ParameterStatus::Code::Aborted:
        return 409;
    case ParameterStatus::Code::StorageFailed:
        break;
    }
    return 500;
}

BrokerResponse failure(const ParameterStatus &s)
{
    // An aborted run answers with the bare reason, which ss-get prints as SlipStream did.
    if (s.code == ParameterStatus::Code::Aborted)
        return text(409, s.value);
    return text(httpStatus(s.code), s.message);
}

bool isTrue(const QUrlQuery &query, const QString &name)
{
    const QString v = query.queryItemValue(name);
    return v == u"1" || v == u"true" || v == u"yes" || (query.hasQueryItem(name) && v.isEmpty());
}

std::optional<QString> utf8(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString value = decoder(body);
    if (decoder.hasError())
        return std::nullopt;
    return value;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        break;
    }
    return "OTHER";
}

// Qt HttpServer's own debug output prints whole requests, Authorization header included.
// It stays off whatever the logging rules say, so a node's token never reaches a log.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void keepRequestDumpsOff(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

// Answers are small: without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK can
// hold the end of an answer for 40 ms.
class NoDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

Broker::Broker(RuntimeParameterStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(keepRequestDumpsOff);
        return true;
    }();
    Q_UNUSED(filtered);
    connect(store, &RuntimeParameterStore::valueSet, this, &Broker::wake);
    connect(store, &RuntimeParameterStore::runAborted, this, &Broker::abortWaiters);
    m_http.setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            BrokerRequest r;
            r.method = methodName(request.method());
            r.path = request.url().path(QUrl::FullyDecoded);
            r.query = request.query();
            const QHttpHeaders headers = request.headers();
            for (qsizetype i = 0; i < headers.size(); ++i)
                r.headers.append(
                    {QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()).toLower(),
                     headers.valueAt(i).toByteArray()});
            r.body = request.body();
            r.peer = request.remoteAddress();
            // The responder outlives this handler when the get is parked.
            auto parked = std::make_shared<QHttpServerResponder>(std::move(responder));
            handleRequest(r, [parked](const BrokerResponse &response) {
                QHttpHeaders h;
                if (!response.body.isEmpty() || response.status != 204)
                    h.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
                for (const auto &[name, value] : response.headers)
                    h.append(name, value);
                parked->write(response.body,
                              h,
                              static_cast<QHttpServerResponder::StatusCode>(response.status));
            });
        });
}

Broker::~Broker()
{
    // Writes waiting for their commit are answered while their connections still exist.
    m_store->flush();
    // Parked clients get an answer rather than a reset: they will ask again.
    const QList<int> ids = m_waiters.keys();
    for (int id : ids) {
        killTimer(id);
        m_waiters.take(id).reply(text(503, tr("The broker is stopping; ask again.")));
    }
}

bool Broker::listen(const ListenOptions &options, QString *error)
{
    QTcpServer *server = nullptr;
    if (options.plainHttp) {
        if (!options.address.isLoopback()) {
            *error = tr("Plain HTTP is only allowed on the loopback interface, not on %1.")
                         .arg(options.address.toString());
            return false;
        }
        server = new NoDelayTcpServer(this);
        m_tls = false;
    } else {
        const BrokerCertificates certs = BrokerCertificates::ensure(options.certificateDir,
                                                                    options.hostNames);
        if (!certs.ok()) {
            *error = certs.error;
            return false;
        }
        QFile keyFile(certs.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1.").arg(certs.keyFile);
            return false;
        }
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certs.certificateFile);
        if (key.isNull() || chain.isEmpty()) {
            *error = tr("The broker's certificate in %1 is unreadable.").arg(options.certificateDir);
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // nodes prove themselves by token
        auto *ssl = new QSslServer(this);
        connect(ssl, &QSslServer::startedEncryptionHandshake, ssl, [](QSslSocket *socket) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        ssl->setSslConfiguration(config);
        // A slow or silent TLS client must not hold a connection slot for long.
        ssl->setHandshakeTimeout(10000);
        server = ssl;
        m_tls = true;
        m_caFile = certs.caFile;
    }
    server->setListenBacklogSize(1024);
    if (!server->listen(options.address, options.port)) {
        *error = tr("The broker cannot listen on %1 port %2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(server->errorString());
        delete server;
        return false;
    }
    if (!m_http.bind(server)) {
        *error = tr("The broker cannot serve on port %1.").arg(server->serverPort());
        delete server;
        return false;
    }
    m_listener = server;
    qCInfo(lcBroker) << "listening on" << url().toString();
    return true;
}

void Broker::close()
{
    if (m_listener)
        m_listener->close();
}

quint16 Broker::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl Broker::url() const
{
    QUrl u;
    u.setScheme(m_tls ? u"https"_s : u"http"_s);
    if (m_listener) {
        const QHostAddress a = m_listener->serverAddress();
        u.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s
                                                                       : a.toString());
        u.setPort(m_listener->serverPort());
    }
    return u;
}

QString Broker::caFile() const
{
    return m_caFile;
}

void Broker::handleRequest(const BrokerRequest &request, BrokerReply reply)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);

    // The tools and the bootstrap are public: they hold no secret.
    if (!segments.isEmpty() && (segments.first() == u"client" || segments.first() == u"bootstrap")) {
        if (request.method != "GET")
            return reply(text(405, tr("Use GET.")));
        QString name = segments.first() == u"bootstrap" ? u"bootstrap"_s : QString();
        if (segments.first() == u"client" && segments.size() == 1) {
            const QStringList tools = QDir(u":/client"_s).entryList(QDir::Files, QDir::Name);
            return reply(text(200, tools.join(u'\n')));
        }
        if (segments.first() == u"client" && segments.size() == 2)
            name = segments.at(1);
        QFile file(u":/client/"_s + name);
        if (name.isEmpty() || name.contains(u'/') || segments.size() > 2
            || !file.open(QIODevice::ReadOnly))
            return reply(text(404, tr("There is no tool of this name.")));
        BrokerResponse r;
        r.contentType = "text/x-shellscript; charset=utf-8";
        r.body = file.readAll();
        return reply(r);
    }

    if (segments.size() < 5 || segments.at(0) != u"api" || segments.at(1) != u"v1"
        || segments.at(2) != u"runs")
        return reply(text(404, tr("There is no such route; see the broker's API.")));

    const QString run = segments.at(3);
    const QString instance = QString::fromUtf8(request.header("x-slipway-instance"));
    QByteArray authorization = request.header("authorization");
    const QByteArray bearer = "Bearer ";
    const QByteArray token = authorization.startsWith(bearer) ? authorization.sliced(bearer.size())
                                                              : QByteArray();
    if (instance.isEmpty() || token.isEmpty())
        return reply(text(401,
                          tr("Send the node's token (Authorization: Bearer) and its "
                             "instance name (X-Slipway-Instance).")));
    if (!m_store->authenticate(run, instance, token)) {
        qCInfo(lcBroker) << "refused a call for run" << run << "from" << request.peer.toString();
        return reply(text(401, tr("The token is not valid for this run and instance.")));
    }

    const QString &what = segments.at(4);
    if (what == u"params")
        return serveParameters(request, segments, reply);

    if (what == u"abort" && segments.size() == 5) {
        if (request.method != "POST" && request.method != "DELETE")
            return reply(text(405, tr("Use POST to abort, DELETE to cancel the abort.")));
        if (request.body.size() > MaxValueBodyBytes)
            return reply(text(413, tr("The abort reason is too long.")));
        const auto reason = utf8(request.body);
        if (!reason)
            return reply(text(400, tr("The abort reason is not UTF-8 text.")));
        auto done = [reply](bool written) {
            reply(written ? noContent() : text(500, tr("The broker could not store the abort.")));
        };
        const ParameterStatus s = request.method == "DELETE" || isTrue(request.query, u"cancel"_s)
                                      ? m_store->cancelAbort(run, instance, done)
                                      : m_store->abort(run, instance, *reason, done);
        if (!s.ok())
            reply(failure(s));
        return;
    }

    if (what == u"reports" && segments.size() == 6) {
        if (request.method != "PUT" && request.method != "POST")
            return reply(text(405, tr("Use PUT to upload a report file.")));
        if (request.body.size() > MaxReportBytes)
            return reply(
                text(413, tr("A report file may have at most %1 bytes.").arg(MaxReportBytes)));
        const ParameterStatus s
            = m_store->addReport(run, instance, segments.at(5), request.body, [reply](bool written) {
                  reply(written ? text(201, QString())
                                : text(500, tr("The broker could not store the report.")));
              });
        if (!s.ok())
            reply(failure(s));
        return;
    }
    reply(text(404, tr("There is no such route; see the broker's API.")));
}

void Broker::serveParameters(const BrokerRequest &request,
                             const QStringList &segments,
                             const BrokerReply &reply)
{
    const QString run = segments.at(3);
    const QString instance = QString::fromUtf8(request.header("x-slipway-instance"));
    const qsizetype dot = instance.lastIndexOf(u'.');
    const QString callerNode = instance.left(dot);
    const int callerIndex = instance.mid(dot + 1).toInt();
    const bool ignoreAbort = isTrue(request.query, u"ignore-abort"_s);

    if (segments.size() == 8 && segments.at(7) == u"all") {
        if (request.method != "GET")
            return reply(text(405, tr("Use GET.")));
        ParameterStatus s;
        const auto values = m_store->getAll(run, segments.at(5), segments.at(6), &s, ignoreAbort);
        if (!s.ok())
            return reply(failure(s));
        QString body;
        for (const auto &[name, value] : values)
            body += name + u'\t' + value.value_or(QString()) + u'\n';
        BrokerResponse r;
        r.body = body.toUtf8();
        return reply(r);
    }
    if (segments.size() != 6)
        return reply(text(404, tr("There is no such route; see the broker's API.")));

    const auto parsed = ParameterKey::parse(segments.at(5), callerNode, callerIndex);
    if (!parsed.ok())
        return reply(text(400, parsed.error));
    const QString key = parsed.key.toString();

    if (request.method == "GET") {
        int waitMs = 0;
        if (request.query.hasQueryItem(u"timeout"_s)) {
            bool ok = false;
            const double seconds = request.query.queryItemValue(u"timeout"_s).toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds < 0)
                return reply(text(400, tr("timeout must be a number of seconds, 0 or more.")));
            waitMs = int(std::min<double>(seconds * 1000.0, m_maxWaitMs));
        }
        std::optional<QString> changedFrom;
        if (request.query.hasQueryItem(u"changed-from"_s))
            changedFrom = request.query.queryItemValue(u"changed-from"_s, QUrl::FullyDecoded);
        const ParameterStatus s = m_store->get(run, parsed.key, ignoreAbort);
        if (s.ok() && changedFrom && s.value == *changedFrom) {
            if (waitMs > 0)
                return park(run, key, ignoreAbort, waitMs, reply, changedFrom);
            return reply(noContent());
        }
        if (s.ok()) {
            BrokerResponse r;
            r.body = s.value.toUtf8();
            return reply(r);
        }
        if (s.code == ParameterStatus::Code::NotSet && waitMs > 0)
            return park(run, key, ignoreAbort, waitMs, reply, changedFrom);
        if (s.code == ParameterStatus::Code::NotSet)
            return reply(noContent());
        return reply(failure(s));
    }

    if (request.method == "PUT" || request.method == "POST") {
        if (request.body.size() > MaxValueBodyBytes)
            return reply(text(413,
                              tr("A value may have at most %1 characters.")
                                  .arg(RuntimeParameterStore::MaxValueLength)));
        const auto value = utf8(request.body);
        if (!value)
            return reply(text(400, tr("The value is not UTF-8 text.")));
        const ParameterStatus s
            = m_store->set(run, parsed.key, *value, instance, ignoreAbort, [reply](bool written) {
                  reply(written ? noContent()
                                : text(500, tr("The broker could not store the value.")));
              });
        if (!s.ok())
            reply(failure(s));
        return;
    }
    reply(text(405, tr("Use GET to read a parameter and PUT to set it.")));
}

void Broker::park(const QString &run,
                  const QString &key,
                  bool ignoreAbort,
                  int waitMs,
                  BrokerReply reply,
                  const std::optional<QString> &changedFrom)
{
    const int id = startTimer(std::chrono::milliseconds(waitMs), Qt::PreciseTimer);
    if (id == 0)
        return reply(text(503, tr("The broker cannot park more requests; ask again.")));
    m_waiters.insert(id, Waiter{run, key, ignoreAbort, std::move(reply), changedFrom});
    m_waitersByKey[run + u'\n' + key].append(id);
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

void Broker::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    killTimer(id);
    const auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    const Waiter waiter = std::move(*it);
    m_waiters.erase(it);
    const QString index = waiter.run + u'\n' + waiter.key;
    auto byKey = m_waitersByKey.find(index);
    if (byKey != m_waitersByKey.end()) {
        byKey->removeOne(id);
        if (byKey->isEmpty())
            m_waitersByKey.erase(byKey);
    }
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
    waiter.reply(noContent());
}

void Broker::wake(const QString &run, const QString &key, const QString &value)
{
    const QString index = run + u'\n' + key;
    const QList<int> ids = m_waitersByKey.take(index);
    if (ids.isEmpty())
        return;
    BrokerResponse r;
    r.body = value.toUtf8();
    for (int id : ids) {
        const auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            continue;
        if (it->changedFrom && *it->changedFrom == value) {
            m_waitersByKey[index].append(id); // set again to the same value: keep waiting
            continue;
        }
        killTimer(id);
        const Waiter waiter = m_waiters.take(id);
        if (waiter.reply)
            waiter.reply(r);
    }
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

void Broker::abortWaiters(const QString &run, const QString &reason)
{
    QList<int> ids;
    for (auto it = m_waiters.cbegin(); it != m_waiters.cend(); ++it) {
        if (it->run == run && !it->ignoreAbort)
            ids.append(it.key());
    }
    const BrokerResponse r = text(409, reason);
    for (int id : ids) {
        killTimer(id);
        const Waiter waiter = m_waiters.take(id);
        auto byKey = m_waitersByKey.find(run + u'\n' + waiter.key);
        if (byKey != m_waitersByKey.end()) {
            byKey->removeOne(id);
            if (byKey->isEmpty())
                m_waitersByKey.erase(byKey);
        }
        waiter.reply(r);
    }
    if (!ids.isEmpty())
        Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

} // namespace Slipway
