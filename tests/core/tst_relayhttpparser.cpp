#include "core/http/httprequestparser.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestRelayHttpParser : public QObject
{
    Q_OBJECT

private:
    static HttpRequestParser::Limits smallLimits()
    {
        HttpRequestParser::Limits l;
        l.maxBodySize = 1000;
        l.maxHeaders = 5;
        l.maxLineSize = 200;
        l.maxHeaderBytes = 600;
        return l;
    }

private Q_SLOTS:
    void getWithQuery()
    {
        HttpRequestParser p;
        QByteArray in = "GET /api/v1/runs/r1/params/master:ip?timeout=60 HTTP/1.1\r\n"
                        "Host: relay\r\nAuthorization: Bearer t0k\r\n\r\n";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        QVERIFY(in.isEmpty());
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.method, "GET");
        QCOMPARE(r.path, "/api/v1/runs/r1/params/master:ip");
        QCOMPARE(r.query, "timeout=60");
        QCOMPARE(r.header("authorization"), "Bearer t0k");
        QVERIFY(r.keepAlive);
        QVERIFY(r.body.isEmpty());
    }

    void byteByByteWithPipelining()
    {
        const QByteArray stream = "PUT /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                                  "POST /b HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n";
        HttpRequestParser p;
        QByteArray buffer;
        QList<HttpRequest> got;
        for (char c : stream) {
            buffer.append(c);
            for (;;) {
                const auto result = p.parse(buffer);
                QVERIFY(result != HttpRequestParser::Result::Error);
                if (result != HttpRequestParser::Result::Complete)
                    break;
                got.append(p.takeRequest());
            }
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].body, "hello");
        QVERIFY(got[0].keepAlive);
        QCOMPARE(got[1].method, "POST");
        QCOMPARE(got[1].body, "abcde");
        QVERIFY(!got[1].keepAlive); // HTTP/1.0 without keep-alive
    }

    void expectContinue()
    {
        HttpRequestParser p;
        QByteArray in = "PUT /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::NeedMore);
        QVERIFY(p.takeContinueWanted());
        QVERIFY(!p.takeContinueWanted());
        in = "abc";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        QCOMPARE(p.takeRequest().body, "abc");
    }

    void connectionClose()
    {
        HttpRequestParser p;
        QByteArray in = "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        QVERIFY(!p.takeRequest().keepAlive);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400
                                 << u"malformed request line"_s;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505
                                << u"not supported"_s;
        QTest::newRow("absolute target")
            << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400 << u"starting with /"_s;
        QTest::newRow("control in target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << u"invalid character"_s;
        QTest::newRow("body too large")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") << 413
            << u"1001 bytes exceeds this relay's limit of 1000"_s;
        QTest::newRow("chunked too large")
            << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3e9\r\n") << 413
            << u"limit of 1000"_s;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\na: 1\r\nb: 1\r\nc: 1\r\nd: 1\r\ne: 1\r\nf: 1\r\n\r\n")
            << 431 << u"more than 5 header fields"_s;
        QTest::newRow("long target")
            << QByteArray("GET /" + QByteArray(300, 'a')) << 414 << u"longer than 200"_s;
        QTest::newRow("header block too large") << QByteArray(
            "GET / HTTP/1.1\r\na: " + QByteArray(180, 'x') + "\r\nb: " + QByteArray(180, 'x')
            + "\r\nc: " + QByteArray(180, 'x') + "\r\nd: " + QByteArray(180, 'x') + "\r\n")
                                                << 431 << u"longer than"_s;
        QTest::newRow("CL and TE") << QByteArray(
            "PUT / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 400 << u"both Content-Length and Transfer-Encoding"_s;
        QTest::newRow("two lengths")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400
            << u"conflicting"_s;
        QTest::newRow("negative length")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
            << u"malformed Content-Length"_s;
        QTest::newRow("gzip coding")
            << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
            << u"only the chunked"_s;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\na: 1\r\n b\r\n\r\n") << 400 << u"folded"_s;
        QTest::newRow("bad chunk size")
            << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
            << u"malformed chunk size"_s;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n")
                                            << 400 << u"malformed header line"_s;
        QTest::newRow("no version")
            << QByteArray("GET /a\r\nHost: x\r\n\r\n") << 400 << u"malformed request line"_s;
        QTest::newRow("no version, no headers")
            << QByteArray("GET /a\r\n\r\n") << 400 << u"malformed request line"_s;
        QTest::newRow("http/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505
                                  << u"not supported"_s;
        QTest::newRow("fragment in target")
            << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 400 << u"invalid character"_s;
        QTest::newRow("unknown method")
            << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 400 << u"malformed request line"_s;
        QTest::newRow("same length twice")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << 400
            << u"conflicting"_s;
        QTest::newRow("NUL in a value")
            << QByteArray("GET / HTTP/1.1\r\na: x\0y\r\n\r\n", 26) << 400 << u"header value"_s;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\r\nHost: x\n\n") << 400
                                 << u"CR LF"_s;
        QTest::newRow("long chunk extension")
            << QByteArray("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;x="
                          + QByteArray(1100, 'y') + "\r\n")
            << 400 << u"longer than 1024"_s;
        QTest::newRow("trailers too large") << QByteArray(
            "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nt: " + QByteArray(190, 'x')
            + "\r\nu: " + QByteArray(190, 'x') + "\r\nv: " + QByteArray(190, 'x') + "\r\n\r\n")
                                            << 431 << u"longer than"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, message);
        HttpRequestParser p(smallLimits());
        QCOMPARE(p.parse(input), HttpRequestParser::Result::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY2(p.errorString().contains(message), qPrintable(p.errorString()));
        // An error sticks: the connection is answered and closed.
        QByteArray more = "GET / HTTP/1.1\r\n\r\n";
        QCOMPARE(p.parse(more), HttpRequestParser::Result::Error);
    }

    // The limits hold wherever the socket splits the stream.
    void refusedByteByByte_data() { refused_data(); }
    void refusedByteByByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, message);
        HttpRequestParser p(smallLimits());
        QByteArray buffer;
        auto result = HttpRequestParser::Result::NeedMore;
        for (qsizetype i = 0; i < input.size() && result == HttpRequestParser::Result::NeedMore;
             ++i) {
            buffer.append(input.at(i));
            result = p.parse(buffer);
        }
        QCOMPARE(result, HttpRequestParser::Result::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY2(p.errorString().contains(message), qPrintable(p.errorString()));
    }

    void emptyValueAndHttp10KeepAlive()
    {
        HttpRequestParser p;
        QByteArray in = "GET /x HTTP/1.0\r\nX-Empty:\r\nConnection: keep-alive\r\n\r\n"
                        "\r\nGET /y HTTP/1.1\r\n\r\n";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        const HttpRequest first = p.takeRequest();
        QCOMPARE(first.headers.size(), 2);
        QCOMPARE(first.headers.at(0).first, "x-empty");
        QVERIFY(first.headers.at(0).second.isEmpty());
        QVERIFY(first.keepAlive);
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        QCOMPARE(p.takeRequest().path, "/y");
        QVERIFY(in.isEmpty());
    }

    // Trailer fields are read (within the header limits) and dropped.
    void chunkedWithTrailers()
    {
        HttpRequestParser p(smallLimits());
        QByteArray in = "PUT /t HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "4 \r\nwiki\r\n5;a=b\r\npedia\r\n0\r\nX-Sum: 1\r\n\r\n";
        QCOMPARE(p.parse(in), HttpRequestParser::Result::Complete);
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.body, "wikipedia");
        QCOMPARE(r.headers.size(), 1);
        QVERIFY(in.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelayHttpParser)
#include "tst_relayhttpparser.moc"
