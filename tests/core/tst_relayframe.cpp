#include "core/relay/relayframe.h"

#include <QTest>

using namespace Slipway;
using namespace Slipway::Relay;
using namespace Qt::StringLiterals;

class TestRelayFrame : public QObject
{
    Q_OBJECT

private:
    static RequestFrame sampleRequest()
    {
        RequestFrame f;
        f.id = 0x0102030405060708ULL;
        f.runId = u"3f2a9c1e-run.7"_s;
        f.request.method = "PUT";
        f.request.path = u"/api/v1/runs/3f2a9c1e-run.7/params/master.1:munge_key"_s;
        f.request.query = QUrlQuery(u"timeout=60&ignore-abort=1"_s);
        f.request.headers = {{"authorization", "Bearer abc"}, {"x-slipway-run", "r"}};
        f.request.body = QByteArray("value with \0 NUL and \xff", 22);
        f.request.peer = QHostAddress(u"192.0.2.7"_s);
        return f;
    }

private Q_SLOTS:
    void requestRoundTrip()
    {
        const RequestFrame in = sampleRequest();
        QString error;
        const auto out = decodeFrame(encodeFrame(in), {}, &error);
        QVERIFY2(out, qPrintable(error));
        const auto *f = std::get_if<RequestFrame>(&*out);
        QVERIFY(f);
        QCOMPARE(f->id, in.id);
        QCOMPARE(f->runId, in.runId);
        QCOMPARE(f->request.method, in.request.method);
        QCOMPARE(f->request.path, in.request.path);
        QCOMPARE(f->request.query.queryItemValue(u"timeout"_s), u"60"_s);
        QCOMPARE(f->request.query.queryItemValue(u"ignore-abort"_s), u"1"_s);
        QCOMPARE(f->request.headers, in.request.headers);
        QCOMPARE(f->request.body, in.request.body);
        QCOMPARE(f->request.peer, in.request.peer);
    }

    void responseRoundTrip()
    {
        ResponseFrame in;
        in.id = 42;
        in.response.status = 409;
        in.response.contentType = "application/json";
        in.response.headers = {{"retry-after", "3"}};
        in.response.body = "{\"error\":\"aborted\"}";
        const auto out = decodeFrame(encodeFrame(in));
        QVERIFY(out);
        const auto *f = std::get_if<ResponseFrame>(&*out);
        QVERIFY(f);
        QCOMPARE(f->id, 42u);
        QCOMPARE(f->response.status, 409);
        QCOMPARE(f->response.contentType, in.response.contentType);
        QCOMPARE(f->response.headers, in.response.headers);
        QCOMPARE(f->response.body, in.response.body);
    }

    void smallFramesRoundTrip()
    {
        const QByteArray nonce(kNonceSize, 'n');
        auto c = decodeFrame(encodeFrame(ChallengeFrame{nonce}));
        QVERIFY(c && std::get<ChallengeFrame>(*c).nonce == nonce);
        const QByteArray appNonce(kNonceSize, 'a');
        auto h = decodeFrame(
            encodeFrame(HelloFrame{helloMac("secret", nonce), u"desk é"_s, appNonce}));
        QVERIFY(h && std::get<HelloFrame>(*h).linkName == u"desk é"_s);
        QCOMPARE(std::get<HelloFrame>(*h).mac, helloMac("secret", nonce));
        QCOMPARE(std::get<HelloFrame>(*h).nonce, appNonce);
        auto a = decodeFrame(encodeFrame(AnnounceFrame{{u"r1"_s, u"r-2"_s}}));
        QVERIFY(a);
        QCOMPARE(std::get<AnnounceFrame>(*a).runIds, QStringList({u"r1"_s, u"r-2"_s}));
        auto x = decodeFrame(encodeFrame(CancelFrame{7}));
        QVERIFY(x && std::get<CancelFrame>(*x).id == 7);
        auto e = decodeFrame(encodeFrame(ErrorFrame{u"bye"_s}));
        QVERIFY(e && std::get<ErrorFrame>(*e).message == u"bye"_s);
        const QByteArray proof = welcomeMac("secret", appNonce, nonce);
        auto w = decodeFrame(encodeFrame(WelcomeFrame{u"0.1.0"_s, proof}));
        QVERIFY(w && std::get<WelcomeFrame>(*w).relayVersion == u"0.1.0"_s);
        QCOMPARE(std::get<WelcomeFrame>(*w).mac, proof);
        // The relay's proof depends on the secret and on both challenges.
        QVERIFY(proof != welcomeMac("secreT", appNonce, nonce));
        QVERIFY(proof != welcomeMac("secret", nonce, appNonce));
        QVERIFY(proof != helloMac("secret", nonce));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray request = encodeFrame(sampleRequest());
        QTest::newRow("empty") << QByteArray() << u"too short"_s;
        QTest::newRow("version only") << QByteArray("\x01", 1) << u"too short"_s;
        QTest::newRow("version 2")
            << QByteArray("\x02\x05", 2) << u"unsupported relay protocol version 2"_s;
        QTest::newRow("unknown type") << QByteArray("\x01\x63", 2) << u"unknown frame type 99"_s;
        QTest::newRow("truncated id") << request.first(6) << u"request id is missing"_s;
        QTest::newRow("truncated body") << request.chopped(3) << u"body claims"_s;
        QTest::newRow("trailing bytes") << QByteArray(request + "xx") << u"2 bytes after the end"_s;
        QByteArray hugeLength = encodeFrame(CancelFrame{1}).first(2);
        hugeLength += QByteArray("\xff\xff\xff\xff", 4); // ERROR type below
        hugeLength[1] = char(FrameType::Error);
        QTest::newRow("length past end") << hugeLength << u"message claims 4294967295 bytes"_s;
        QTest::newRow("short nonce")
            << encodeFrame(ChallengeFrame{QByteArray(5, 'x')}) << u"nonce must be 32 bytes"_s;
        QTest::newRow("long mac") << encodeFrame(HelloFrame{QByteArray(40, 'x'), {}, {}})
                                  << u"mac is 40 bytes"_s;
        QTest::newRow("hello without nonce")
            << encodeFrame(HelloFrame{QByteArray(kNonceSize, 'x'), {}, {}})
            << u"nonce must be 32 bytes"_s;
        QTest::newRow("welcome without proof")
            << encodeFrame(WelcomeFrame{u"1"_s, {}}) << u"mac must be 32 bytes"_s;
        QTest::newRow("bad run id")
            << encodeFrame(AnnounceFrame{{u"ok"_s, u"../etc"_s}}) << u"run id 2 is not"_s;
        RequestFrame badPath = sampleRequest();
        badPath.request.path = u"relative"_s;
        QTest::newRow("relative path") << encodeFrame(badPath) << u"does not start with /"_s;
        RequestFrame badMethod = sampleRequest();
        badMethod.request.method = "GE T";
        QTest::newRow("bad method") << encodeFrame(badMethod) << u"method is not an HTTP token"_s;
        RequestFrame crlf = sampleRequest();
        crlf.request.headers = {{"x-a", "1\r\nx-injected: 2"}};
        QTest::newRow("header injection") << encodeFrame(crlf) << u"line break"_s;
        RequestFrame badName = sampleRequest();
        badName.request.headers = {{"bad name", "1"}};
        QTest::newRow("header name") << encodeFrame(badName) << u"invalid name"_s;
        ResponseFrame status;
        status.response.status = 42;
        QTest::newRow("status 42") << encodeFrame(status) << u"status 42 is not"_s;
        QByteArray badUtf8 = encodeFrame(ErrorFrame{u"ab"_s});
        badUtf8[badUtf8.size() - 1] = char(0xc3);
        QTest::newRow("invalid utf-8") << badUtf8 << u"not valid UTF-8"_s;
        RequestFrame manyHeaders = sampleRequest();
        for (int i = 0; i < 200; ++i)
            manyHeaders.request.headers.append(std::pair<QByteArray, QByteArray>("x-h", "v"));
        QTest::newRow("too many headers")
            << encodeFrame(manyHeaders) << u"more than the limit of 128"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!decodeFrame(data, {}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void oversizedFrameRefused()
    {
        RequestFrame f = sampleRequest();
        f.request.body = QByteArray(5000, 'b');
        FrameLimits limits;
        limits.maxFrameSize = 4096;
        QString error;
        QVERIFY(!decodeFrame(encodeFrame(f), limits, &error));
        QVERIFY2(error.contains(u"exceeds the limit of 4096"_s), qPrintable(error));
    }

    void everyTruncationFailsCleanly()
    {
        const QByteArray full = encodeFrame(sampleRequest());
        for (qsizetype n = 0; n < full.size(); ++n) {
            QString error;
            QVERIFY2(!decodeFrame(full.first(n), {}, &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void macDependsOnSecretAndNonce()
    {
        const QByteArray n1(kNonceSize, '1');
        const QByteArray n2(kNonceSize, '2');
        QCOMPARE(helloMac("s", n1).size(), kNonceSize);
        QVERIFY(helloMac("s", n1) != helloMac("t", n1));
        QVERIFY(helloMac("s", n1) != helloMac("s", n2));
        QVERIFY(constantTimeEquals(helloMac("s", n1), helloMac("s", n1)));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
    }

    void runIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << u"6f1c2e1a-0b7d-4c0e-9d55-2f7f0e2f9a10"_s << true;
        QTest::newRow("dots") << u"run.7_a"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("long") << QString(129, u'a') << false;
        QTest::newRow("max") << QString(128, u'a') << true;
    }

    void runIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidRunId(id), valid);
    }
};

QTEST_GUILESS_MAIN(TestRelayFrame)
#include "tst_relayframe.moc"
