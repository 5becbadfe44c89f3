#pragma once

// An HTTPS server for connector tests in the manner of Apache Libcloud's fixtures: it listens
// on 127.0.0.1 (ephemeral port) with a certificate of its own test CA, answers each request
// from the first route that matches its method, path, query items and (EC2-style) Action,
// with a fixture file or a handler, and records every request exactly as it arrived, for the
// test to assert on. A route may answer a sequence (an error, then the real answer; page 1,
// then page 2); its last answer repeats. Unrouted requests get 404 and are recorded too.

#include "core/http/brokerrequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QSslServer;

namespace Slipway::Testing {

class CloudFixtureServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudFixtureServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;     // as sent, still percent-encoded
        QByteArray rawQuery; // as sent, without '?'
        QUrlQuery query;
        HttpHeaders headers; // lower-case names, in arrival order
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
        // application/x-www-form-urlencoded body items (the EC2 Query API's POST).
        QUrlQuery form() const;
        // Query item of the URL or, failing that, of a form body.
        QString parameter(const QString &name) const;
        QString action() const { return parameter(QStringLiteral("Action")); }
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/xml";
        QByteArray body;
        HttpHeaders headers;
    };

    using Reply = std::function<void(const Response &)>;
    // Answers now or later (e.g. once the containers of a RunInstances are up).
    using Handler = std::function<void(const Request &, Reply)>;

    struct Route
    {
        QByteArray method;                        // empty: any
        QByteArray path;                          // exact, percent-encoded as sent
        QString action;                           // empty: any (else Action= of query or form)
        QList<std::pair<QString, QString>> query; // each must be present with this value
    };

    explicit CloudFixtureServer(QObject *parent = nullptr);
    ~CloudFixtureServer() override;

    // Makes the CA and the server certificate (for 127.0.0.1 and localhost) and listens.
    bool start(QString *error);

    quint16 port() const;
    QUrl url() const; // https://127.0.0.1:PORT
    QString caFile() const;
    QByteArray caPem() const;
    // A client configuration that trusts the server's CA (and only it).
    QSslConfiguration clientTls() const;

    // Answers in this order, the last one repeating. Later routes win over earlier ones that
    // match as well when they are more specific (more query items, an action).
    void route(const Route &route, const QList<Response> &responses);
    void route(const Route &route, Handler handler);

    // A file under tests/data (path relative to it), e.g. "ec2/describe_instances.xml".
    static QByteArray fixture(const QString &relativePath);
    static Response fixtureResponse(const QString &relativePath,
                                    int status = 200,
                                    const QByteArray &contentType = "application/xml");

    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QString &action) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const Slipway::Testing::CloudFixtureServer::Request &request);

private:
    struct Entry;
    void acceptConnections();

    QTemporaryDir m_dir;
    QString m_caFile;
    QSslServer *m_server = nullptr;
    QList<std::shared_ptr<Entry>> m_routes;
    QList<Request> m_requests;
};

} // namespace Slipway::Testing
