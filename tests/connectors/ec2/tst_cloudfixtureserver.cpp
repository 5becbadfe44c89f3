// The shared fixture server itself: TLS with its own CA, routing by action and query, answer
// sequences, exact recording.

#include "tests/support/cloudfixtureserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Slipway::Testing::CloudFixtureServer;

class TestCloudFixtureServer : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *send(QNetworkAccessManager &nam,
                        const QUrl &url,
                        const QByteArray &method,
                        const QByteArray &body = {},
                        const QSslConfiguration *tls = nullptr)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls ? *tls : m_server.clientTls());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.setRawHeader("X-Test", "yes");
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        return reply;
    }

    CloudFixtureServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.port() != 0);
        QVERIFY(m_server.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void routesByActionAndQueryAndRecords()
    {
        m_server.clearRequests();
        m_server.route({"POST", "/", u"DescribeThings"_s, {}},
                       QList<CloudFixtureServer::Response>{{503, "text/plain", "busy", {}},
                                                           {200, "application/xml", "<ok/>", {}}});
        m_server.route({"GET", "/servers", {}, {{u"marker"_s, u"abc"_s}}},
                       QList<CloudFixtureServer::Response>{{200, "application/json", "page2", {}}});
        m_server.route({"GET", "/servers", {}, {}},
                       QList<CloudFixtureServer::Response>{{200, "application/json", "page1", {}}});

        QNetworkAccessManager nam;
        QUrl url = m_server.url();
        url.setPath(u"/"_s);
        const QByteArray form = "Action=DescribeThings&Version=2016-11-15";
        std::unique_ptr<QNetworkReply> r1(send(nam, url, "POST", form));
        QCOMPARE(r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        std::unique_ptr<QNetworkReply> r2(send(nam, url, "POST", form));
        QCOMPARE(r2->error(), QNetworkReply::NoError);
        QCOMPARE(r2->readAll(), "<ok/>");
        std::unique_ptr<QNetworkReply> r3(send(nam, url, "POST", form));
        QCOMPARE(r3->readAll(), "<ok/>"); // the last answer repeats

        url.setPath(u"/servers"_s);
        std::unique_ptr<QNetworkReply> p1(send(nam, url, "GET"));
        QCOMPARE(p1->readAll(), "page1");
        url.setQuery(u"limit=1&marker=abc"_s);
        std::unique_ptr<QNetworkReply> p2(send(nam, url, "GET"));
        QCOMPARE(p2->readAll(), "page2");
        url.setPath(u"/nothing"_s);
        std::unique_ptr<QNetworkReply> missing(send(nam, url, "DELETE"));
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

        const QList<CloudFixtureServer::Request> requests = m_server.requests();
        QCOMPARE(requests.size(), 6);
        QCOMPARE(m_server.requests(u"DescribeThings"_s).size(), 3);
        QCOMPARE(requests.at(0).method, "POST");
        QCOMPARE(requests.at(0).path, "/");
        QCOMPARE(requests.at(0).body, form);
        QCOMPARE(requests.at(0).header("x-test"), "yes");
        QCOMPARE(requests.at(0).parameter(u"Version"_s), u"2016-11-15"_s);
        QCOMPARE(requests.at(4).rawQuery, "limit=1&marker=abc");
        QCOMPARE(requests.at(5).method, "DELETE");
    }

    void refusesClientsThatDoNotTrustItsCa()
    {
        QNetworkAccessManager nam;
        QSslConfiguration untrusting = QSslConfiguration::defaultConfiguration();
        untrusting.setCaCertificates({});
        std::unique_ptr<QNetworkReply> r(send(nam, m_server.url(), "GET", {}, &untrusting));
        QCOMPARE(r->error(), QNetworkReply::SslHandshakeFailedError);
    }

    void handlersMayAnswerLater()
    {
        m_server.route({"GET", "/later", {}, {}},
                       [](const CloudFixtureServer::Request &, CloudFixtureServer::Reply reply) {
                           QTimer::singleShot(50, [reply] {
                               reply({201, "text/plain", "made", {{"x-id", "7"}}});
                           });
                       });
        QNetworkAccessManager nam;
        QUrl url = m_server.url();
        url.setPath(u"/later"_s);
        std::unique_ptr<QNetworkReply> r(send(nam, url, "GET"));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(r->rawHeader("x-id"), "7");
        QCOMPARE(r->readAll(), "made");
    }
};

QTEST_GUILESS_MAIN(TestCloudFixtureServer)
#include "tst_cloudfixtureserver.moc"
