// SigV4 against AWS's published test suite (tests/data/ec2/sigv4): each .req is signed with
// the suite's key, time, region and service and must give the suite's .authz (and its .creq
// and .sts where they are kept).

#include "connectors/ec2/sigv4signer.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

QString suiteDir()
{
    return Testing::testData(u"ec2/sigv4"_s);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The suite's request file: request line, "Name:value" headers, blank line, body.
SigV4Request parseRequest(const QByteArray &text)
{
    SigV4Request r;
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    r.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().split(' ');
    r.method = requestLine.at(0);
    const QByteArray target = requestLine.mid(1, requestLine.size() - 2).join(' ');
    const qsizetype q = target.indexOf('?');
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
    if (q >= 0) {
        for (const QByteArray &item : target.mid(q + 1).split('&')) {
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = eq < 0 ? item : item.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
            r.query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
    }
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return r;
}

const QDateTime kSuiteTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::UTC);

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suite_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(suiteDir()).entryList({u"*.req"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void suite()
    {
        QFETCH(QString, name);
        const QString base = suiteDir() + u'/' + name;
        const SigV4Request request = parseRequest(readFile(base + u".req"_s));
        const SigV4Signer signer(u"AKIDEXAMPLE"_s,
                                 "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                 {u"us-east-1"_s, u"service"_s});

        const QByteArray creq = SigV4Signer::canonicalRequest(request);
        if (QFile::exists(base + u".creq"_s))
            QCOMPARE(creq, readFile(base + u".creq"_s));
        if (QFile::exists(base + u".sts"_s))
            QCOMPARE(signer.stringToSign(creq, kSuiteTime), readFile(base + u".sts"_s));
        QCOMPARE(signer.authorization(request, kSuiteTime), readFile(base + u".authz"_s).trimmed());
    }

    void signAddsDateAndAuthorization()
    {
        SigV4Request request = parseRequest(readFile(suiteDir() + u"/get-vanilla.req"_s));
        request.headers.removeIf([](const auto &h) { return h.first == "X-Amz-Date"; });
        const SigV4Signer signer(u"AKIDEXAMPLE"_s,
                                 "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                 {u"us-east-1"_s, u"service"_s});
        signer.sign(request, kSuiteTime);
        QCOMPARE(request.header("x-amz-date"), "20150830T123600Z");
        QCOMPARE(request.header("authorization"),
                 readFile(suiteDir() + u"/get-vanilla.authz"_s).trimmed());
    }

    void aWrongSecretGivesAnotherSignature()
    {
        const SigV4Request request = parseRequest(readFile(suiteDir() + u"/get-vanilla.req"_s));
        const SigV4Signer signer(u"AKIDEXAMPLE"_s, "not-the-secret", {u"us-east-1"_s, u"service"_s});
        QVERIFY(signer.authorization(request, kSuiteTime)
                != readFile(suiteDir() + u"/get-vanilla.authz"_s).trimmed());
    }
};

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
