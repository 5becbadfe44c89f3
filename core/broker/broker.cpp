#include "broker.h"

#include "brokercertificates.h"
#include "parameterkey.h"
#include "runtimeparameterstore.h"

#include "core/http/httplistener.h"
#include "core/http/httpserverconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimerEvent>

#include <cmath>

Q_LOGGING_CATEGORY(lcBroker, "slipway.broker")

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// The run state the nodes wait on (behindOnState).
constexpr QStringView kStateKey = u"ss:state";

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
    case ParameterStatus::Code::QuotaExceeded:
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

// A write the database could not commit yet (another process holds it, or it is full): the
// store keeps trying; the node asks again and gets its answer once the write is in.
BrokerResponse busy(const QString &message)
{
    BrokerResponse r = text(503, message);
    r.headers.append(std::pair<QByteArray, QByteArray>("retry-after", "1"));
    return r;
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

// HttpServerConnection (core/http) reads the requests: it enforces its limits while reading (a
// body announced larger than allowed is refused before it is read), answers without the
// overhead of QHttpServer, and says when a client with a parked get goes away. A
// changed-from value may be a whole value, percent-encoded: the request line must hold it.
HttpRequestParser::Limits requestLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxLineSize = 64 * 1024;
    limits.maxHeaderBytes = 96 * 1024;
    limits.maxBodySize = Broker::MaxReportBytes;
    return limits;
}

} // namespace

Broker::Broker(RuntimeParameterStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &RuntimeParameterStore::valueSet, this, &Broker::wake);
    connect(store, &RuntimeParameterStore::runAborted, this, &Broker::abortWaiters);
    connect(store, &RuntimeParameterStore::runEnded, this, &Broker::endWaiters);
    // An ended run's logs are in its reports: its streamed output is let go.
    connect(store, &RuntimeParameterStore::runEnded, &m_output, &InstanceOutput::removeRun);
    // Nobody waits for an ended run's state any more: what its agents heard is let go too.
    connect(store, &RuntimeParameterStore::runEnded, this, [this](const QString &run) {
        m_stateHeard.remove(run);
    });
}

Broker::~Broker()
{
    // Writes waiting for their commit are answered while their connections still exist.
    m_store->flush();
    // Parked clients get an answer rather than a reset: they will ask again.
    const QList<int> ids = m_waiters.keys();
    for (int id : ids)
        unpark(id).reply(text(503, tr("The broker is stopping; ask again.")));
}

bool Broker::listen(const ListenOptions &options, QString *error)
{
    std::optional<QSslConfiguration> tls;
    m_tls = false;
    if (options.plainHttp) {
        if (!options.address.isLoopback()) {
            *error = tr("Plain HTTP is only allowed on the loopback interface, not on %1.")
                         .arg(options.address.toString());
            return false;
        }
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
        tls = config;
        m_tls = true;
        m_caFile = certs.caFile;
    }
    HttpListener::Options listenerOptions;
    listenerOptions.accept.tls = tls;
    // A slow or silent TLS client must not hold a connection slot for long.
    listenerOptions.accept.handshakeTimeout = options.handshakeTimeout;
    listenerOptions.accept.maxConnections = options.maxConnections;
    listenerOptions.accept.maxPerAddress = options.maxConnectionsPerAddress;
    listenerOptions.limits = requestLimits();
    listenerOptions.timeouts = options.timeouts;
    listenerOptions.headersCheck = [this](const HttpRequest &head) {
        return checkHeaders(head);
    };
    auto *listener = new HttpListener(listenerOptions, this);
    if (!listener->listen(options.address, options.port)) {
        *error = tr("The broker cannot listen on %1 port %2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_listener = listener;
    m_listenerOptions = listenerOptions;
    connect(listener, &HttpListener::connectionOpened, this, &Broker::acceptConnection);
    qCInfo(lcBroker) << "listening on" << url().toString();
    return true;
}

namespace {

// This machine's own addresses, read again at most once a second: checked for every
// connection to a listener that takes only local peers.
bool isOwnAddress(const QHostAddress &peer)
{
    static QList<QHostAddress> own;
    static QElapsedTimer read;
    if (!read.isValid() || read.elapsed() > 1000) {
        own = QNetworkInterface::allAddresses();
        read.start();
    }
    if (peer.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // an IPv4-mapped IPv6 peer as IPv4
    const QHostAddress plain = isV4 ? QHostAddress(v4) : peer;
    for (const QHostAddress &a : std::as_const(own)) {
        if (a.isEqual(plain, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

} // namespace

bool Broker::addAddress(const QHostAddress &address, bool localPeersOnly, QString *error)
{
    if (!m_listener) {
        *error = tr("The broker is not listening.");
        return false;
    }
    if (addresses().contains(address))
        return true;
    HttpListener::Options options = m_listenerOptions;
    if (localPeersOnly)
        options.accept.acceptPeer = isOwnAddress;
    auto *listener = new HttpListener(options, this);
    if (!listener->listen(address, port())) {
        *error = tr("The broker cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port())
                     .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_moreListeners.append(listener);
    connect(listener, &HttpListener::connectionOpened, this, &Broker::acceptConnection);
    qCInfo(lcBroker) << "listening on" << address.toString() << "port" << port()
                     << (localPeersOnly ? "(connections from this machine only)" : "");
    return true;
}

QStringList Broker::behindOnState(const QString &run, const QString &state) const
{
    QStringList behind;
    const QHash<QString, QString> heard = m_stateHeard.value(run);
    for (auto it = heard.cbegin(); it != heard.cend(); ++it)
        if (it.value() != state)
            behind << it.key();
    behind.sort();
    return behind;
}

bool Broker::hasPendingOutput() const
{
    if (m_listener && m_listener->hasPendingOutput())
        return true;
    for (const QPointer<HttpListener> &l : m_moreListeners)
        if (l && l->hasPendingOutput())
            return true;
    return false;
}

QList<QHostAddress> Broker::addresses() const
{
    QList<QHostAddress> list;
    if (m_listener && m_listener->isListening())
        list.append(m_listener->serverAddress());
    for (const QPointer<HttpListener> &l : m_moreListeners) {
        if (l && l->isListening())
            list.append(l->serverAddress());
    }
    return list;
}

void Broker::close()
{
    if (m_listener)
        m_listener->close();
    for (const QPointer<HttpListener> &l : std::as_const(m_moreListeners)) {
        if (l)
            l->close();
    }
}

const HttpListener *Broker::listener() const
{
    return m_listener;
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

void Broker::acceptConnection(HttpServerConnection *connection)
{
    connect(connection,
            &HttpServerConnection::requestReceived,
            this,
            [this, connection](const HttpRequest &request) { serve(connection, request); });
    connect(connection, &HttpServerConnection::closed, this, [this, connection] {
        dropConnection(connection);
    });
}

HttpRequestParser::HeadersDecision Broker::checkHeaders(const HttpRequest &head) const
{
    HttpRequestParser::HeadersDecision decision;
    decision.maxBodySize = MaxValueBodyBytes; // values and abort reasons
    const QStringList segments = QUrl::fromPercentEncoding(head.path).split(u'/',
                                                                            Qt::SkipEmptyParts);
    const bool upload = segments.size() == 6 && segments.at(0) == u"api" && segments.at(1) == u"v1"
                        && segments.at(2) == u"runs" && segments.at(4) == u"reports"
                        && (head.method == "PUT" || head.method == "POST");
    const bool output = head.method == "POST" && InstanceOutput::isOutputRoute(segments);
    if (!upload && !output)
        return decision;
    // A report may be large: who sends it is known before a byte of it is read.
    const QString instance = QString::fromUtf8(head.header("x-slipway-instance"));
    const QByteArray authorization = head.header("authorization");
    const QByteArray bearer = "Bearer ";
    const QByteArray token = authorization.startsWith(bearer) ? authorization.sliced(bearer.size())
                                                              : QByteArray();
    if (instance.isEmpty() || token.isEmpty()
        || !m_store->authenticate(segments.at(3), instance, token)) {
        qCDebug(lcBroker) << "refused an upload for run" << segments.at(3)
                          << "before reading it: no valid token";
        decision.refuseStatus = 401;
        decision.refuseMessage = tr("The token is not valid for this run and instance.");
        return decision;
    }
    decision.maxBodySize = output ? InstanceOutput::MaxChunkBytes : MaxReportBytes;
    return decision;
}

void Broker::serve(HttpServerConnection *connection, const HttpRequest &request)
{
    BrokerRequest r;
    r.method = request.method;
    r.path = QUrl::fromPercentEncoding(request.path);
    r.query = QUrlQuery(QString::fromUtf8(request.query));
    r.headers = request.headers;
    r.body = request.body;
    r.peer = connection->peerAddress();
    // The connection may be gone by the time a parked get is answered.
    const QPointer<HttpServerConnection> target(connection);
    m_serving = connection;
    handleRequest(r, [target](const BrokerResponse &response) {
        if (!target)
            return;
        const bool bare = response.body.isEmpty() && response.status == 204;
        target->respond(response.status,
                        bare ? QByteArrayView() : QByteArrayView(response.contentType),
                        response.headers,
                        response.body);
    });
    m_serving = nullptr;
}

void Broker::dropConnection(HttpServerConnection *connection)
{
    const auto it = m_waiterOfConnection.constFind(connection);
    if (it == m_waiterOfConnection.cend())
        return;
    unpark(*it); // nobody is left to answer
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

Broker::Waiter Broker::unpark(int id)
{
    killTimer(id);
    Waiter waiter = m_waiters.take(id);
    const QString index = waiter.run + u'\n' + waiter.key;
    auto byKey = m_waitersByKey.find(index);
    if (byKey != m_waitersByKey.end()) {
        byKey->removeOne(id);
        if (byKey->isEmpty())
            m_waitersByKey.erase(byKey);
    }
    if (waiter.connection)
        m_waiterOfConnection.remove(waiter.connection);
    return waiter;
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
            reply(written ? noContent()
                          : busy(tr("The broker's database is busy: the abort is not stored "
                                    "yet. Ask again.")));
        };
        const ParameterStatus s = request.method == "DELETE" || isTrue(request.query, u"cancel"_s)
                                      ? m_store->cancelAbort(run, instance, done)
                                      : m_store->abort(run,
                                                       instance,
                                                       m_abortReasonFilter
                                                           ? m_abortReasonFilter(run, *reason)
                                                           : *reason,
                                                       done);
        if (!s.ok())
            reply(failure(s));
        return;
    }

    // The node replaces the token its user-data carried by one of its own (body: the new
    // token); answered once the new one is committed, when the old one stops working.
    if (what == u"token" && segments.size() == 5) {
        if (request.method != "PUT")
            return reply(text(405, tr("Use PUT to replace the token.")));
        const ParameterStatus s
            = m_store->rotateToken(run, instance, request.body.trimmed(), [reply](bool written) {
                  reply(written ? noContent()
                                : busy(tr("The broker's database is busy: the new token is not "
                                          "stored yet. Ask again with the same one.")));
              });
        if (!s.ok())
            reply(failure(s));
        return;
    }

    // A chunk of the output of the caller's running phase, kept in memory for the run view.
    if (InstanceOutput::isOutputRoute(segments)) {
        if (request.method != "POST")
            return reply(text(405, tr("Use POST to send output.")));
        if (segments.at(5) != instance)
            return reply(text(403, tr("A node sends only its own instance's output.")));
        if (request.body.size() > InstanceOutput::MaxChunkBytes)
            return reply(text(413,
                              tr("An output chunk may have at most %1 bytes.")
                                  .arg(InstanceOutput::MaxChunkBytes)));
        m_output.append(run, instance, request.body);
        return reply(noContent());
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
                                : busy(tr("The broker's database is busy: the report is not "
                                          "stored yet. Ask again.")));
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
        const auto values
            = m_store->getAll(run, segments.at(5), segments.at(6), &s, ignoreAbort, true);
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
        // A node reads only what is committed, as it is woken only by a committed value.
        const ParameterStatus s = m_store->get(run, parsed.key, ignoreAbort, true);
        if (s.ok() && changedFrom && s.value == *changedFrom) {
            if (waitMs > 0)
                return park(run, key, ignoreAbort, waitMs, reply, changedFrom, instance);
            return reply(noContent());
        }
        if (s.ok()) {
            if (key == kStateKey)
                m_stateHeard[run].insert(instance, s.value);
            BrokerResponse r;
            r.body = s.value.toUtf8();
            return reply(r);
        }
        if (s.code == ParameterStatus::Code::NotSet && waitMs > 0)
            return park(run, key, ignoreAbort, waitMs, reply, changedFrom, instance);
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
                                : busy(tr("The broker's database is busy: the value is not "
                                          "stored yet. Ask again.")));
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
                  const std::optional<QString> &changedFrom,
                  const QString &caller)
{
    const int id = startTimer(std::chrono::milliseconds(waitMs), Qt::PreciseTimer);
    if (id == 0)
        return reply(text(503, tr("The broker cannot park more requests; ask again.")));
    m_waiters.insert(id,
                     Waiter{run, key, ignoreAbort, std::move(reply), changedFrom, m_serving, caller});
    if (m_serving)
        m_waiterOfConnection.insert(m_serving, id);
    m_waitersByKey[run + u'\n' + key].append(id);
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

void Broker::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (!m_waiters.contains(id)) {
        killTimer(id);
        return;
    }
    const Waiter waiter = unpark(id);
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
        if (waiter.connection)
            m_waiterOfConnection.remove(waiter.connection);
        if (key == kStateKey && !waiter.caller.isEmpty())
            m_stateHeard[run].insert(waiter.caller, value);
        if (waiter.reply)
            waiter.reply(r);
    }
    Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

void Broker::endWaiters(const QString &run)
{
    QList<int> ids;
    for (auto it = m_waiters.cbegin(); it != m_waiters.cend(); ++it) {
        if (it->run == run)
            ids.append(it.key());
    }
    const BrokerResponse r = text(401, tr("The run has ended: its tokens are no longer valid."));
    for (int id : ids)
        unpark(id).reply(r);
    if (!ids.isEmpty())
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
    for (int id : ids)
        unpark(id).reply(r);
    if (!ids.isEmpty())
        Q_EMIT parkedCountChanged(int(m_waiters.size()));
}

} // namespace Slipway
