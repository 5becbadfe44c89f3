#include "cloudfixtureserver.h"
#include "ec2apimodel.h"
#include "testpaths.h"

#include "core/broker/brokercertificates.h"
#include "core/http/httpserverconnection.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Slipway::Testing {

struct CloudFixtureServer::Entry
{
    Route route;
    QList<Response> responses;
    qsizetype next = 0;
    Handler handler;

    int specificity() const
    {
        return int(route.query.size()) + (route.action.isEmpty() ? 0 : 1)
               + (route.method.isEmpty() ? 0 : 1);
    }
    bool matches(const Request &request) const
    {
        if (!route.method.isEmpty() && route.method != request.method)
            return false;
        if (route.path != request.path)
            return false;
        if (!route.action.isEmpty() && route.action != request.action())
            return false;
        for (const auto &[key, value] : route.query) {
            if (!request.query.hasQueryItem(key)
                || request.query.queryItemValue(key, QUrl::FullyDecoded) != value)
                return false;
        }
        return true;
    }
};

QByteArray CloudFixtureServer::Request::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QUrlQuery CloudFixtureServer::Request::form() const
{
    if (!header("content-type").startsWith("application/x-www-form-urlencoded"))
        return {};
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QString CloudFixtureServer::Request::parameter(const QString &name) const
{
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded);
    return form().queryItemValue(name, QUrl::FullyDecoded);
}

CloudFixtureServer::CloudFixtureServer(QObject *parent)
    : QObject(parent)
{}

CloudFixtureServer::~CloudFixtureServer() = default;

bool CloudFixtureServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder: "_s + m_dir.errorString();
        return false;
    }
    const BrokerCertificates certs = BrokerCertificates::ensure(m_dir.filePath(u"tls"_s));
    if (!certs.ok()) {
        *error = certs.error;
        return false;
    }
    QFile keyFile(certs.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + certs.keyFile;
        return false;
    }
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certs.certificateFile);
    if (key.isNull() || chain.isEmpty()) {
        *error = u"unreadable test certificate"_s;
        return false;
    }
    m_caFile = certs.caFile;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(config);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    connect(m_server,
            &QTcpServer::pendingConnectionAvailable,
            this,
            &CloudFixtureServer::acceptConnections);
    return true;
}

quint16 CloudFixtureServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl CloudFixtureServer::url() const
{
    QUrl u;
    u.setScheme(u"https"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port());
    return u;
}

QString CloudFixtureServer::caFile() const
{
    return m_caFile;
}

QByteArray CloudFixtureServer::caPem() const
{
    QFile f(m_caFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslConfiguration CloudFixtureServer::clientTls() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

void CloudFixtureServer::route(const Route &route, const QList<Response> &responses)
{
    auto entry = std::make_shared<Entry>();
    entry->route = route;
    entry->responses = responses;
    m_routes.append(entry);
}

void CloudFixtureServer::route(const Route &route, Handler handler)
{
    auto entry = std::make_shared<Entry>();
    entry->route = route;
    entry->handler = std::move(handler);
    m_routes.append(entry);
}

QByteArray CloudFixtureServer::fixture(const QString &relativePath)
{
    QFile f(Testing::testData(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

CloudFixtureServer::Response CloudFixtureServer::fixtureResponse(const QString &relativePath,
                                                                 int status,
                                                                 const QByteArray &contentType)
{
    return Response{status, contentType, fixture(relativePath), {}};
}

QList<CloudFixtureServer::Request> CloudFixtureServer::requests(const QString &action) const
{
    QList<Request> found;
    for (const Request &r : m_requests)
        if (r.action() == action)
            found << r;
    return found;
}

void CloudFixtureServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpServerConnection(socket, {}, 60s, this);
        connect(connection, &HttpServerConnection::closed, connection, [connection] {
            connection->deleteLater();
        });
        connect(connection,
                &HttpServerConnection::requestReceived,
                this,
                [this, connection](const HttpRequest &http) {
                    Request request;
                    request.method = http.method;
                    request.path = http.path;
                    request.rawQuery = http.query;
                    request.query = QUrlQuery(QString::fromLatin1(http.query));
                    request.headers = http.headers;
                    request.body = http.body;
                    m_requests.append(request);
                    if (request.method == "POST"
                        && request.form().hasQueryItem(QStringLiteral("Version"))
                        && !request.action().isEmpty())
                        recordEc2Request(request.body);
                    Q_EMIT requestReceived(request);

                    std::shared_ptr<Entry> best;
                    for (const std::shared_ptr<Entry> &e : std::as_const(m_routes)) {
                        if (e->matches(request)
                            && (!best || e->specificity() >= best->specificity()))
                            best = e;
                    }
                    const QPointer<HttpServerConnection> target(connection);
                    const Reply reply = [target](const Response &r) {
                        if (target)
                            target->respond(r.status, r.contentType, r.headers, r.body);
                    };
                    if (!best) {
                        reply(Response{404,
                                       "text/plain",
                                       "no fixture for " + request.method + ' ' + request.path
                                           + " action=" + request.action().toUtf8(),
                                       {}});
                    } else if (best->handler) {
                        best->handler(request, reply);
                    } else if (best->responses.isEmpty()) {
                        reply(Response{500, "text/plain", "route without answers", {}});
                    } else {
                        const qsizetype i = std::min(best->next, best->responses.size() - 1);
                        ++best->next;
                        reply(best->responses.at(i));
                    }
                });
    }
}

} // namespace Slipway::Testing
