#include "core/broker/parameterkey.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestParameterKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        const int inst = int(ParameterKey::Scope::Instance);
        const int node = int(ParameterKey::Scope::Node);
        const int global = int(ParameterKey::Scope::Global);
        // The caller is worker.2 in every row.
        QTest::newRow("instance") << u"master.1:munge_key64"_s << inst << u"master"_s << 1
                                  << u"munge_key64"_s << u"master.1:munge_key64"_s;
        QTest::newRow("node means instance 1") << u"master:hostname"_s << inst << u"master"_s << 1
                                               << u"hostname"_s << u"master.1:hostname"_s;
        QTest::newRow("bare is own") << u"statecustom"_s << inst << u"worker"_s << 2
                                     << u"statecustom"_s << u"worker.2:statecustom"_s;
        QTest::newRow("bare with dots") << u"url.service"_s << inst << u"worker"_s << 2
                                        << u"url.service"_s << u"worker.2:url.service"_s;
        QTest::newRow("dotted name")
            << u"webserver.3:webserver.hostname"_s << inst << u"webserver"_s << 3
            << u"webserver.hostname"_s << u"webserver.3:webserver.hostname"_s;
        QTest::newRow("global") << u"ss:state"_s << global << QString() << 0 << u"state"_s
                                << u"ss:state"_s;
        QTest::newRow("global dotted") << u"ss:url.service"_s << global << QString() << 0
                                       << u"url.service"_s << u"ss:url.service"_s;
        QTest::newRow("multiplicity") << u"worker:multiplicity"_s << node << u"worker"_s << 0
                                      << u"multiplicity"_s << u"worker:multiplicity"_s;
        QTest::newRow("ids") << u"torque-worker:ids"_s << node << u"torque-worker"_s << 0
                             << u"ids"_s << u"torque-worker:ids"_s;
        QTest::newRow("instance multiplicity is the node's")
            << u"worker.1:multiplicity"_s << node << u"worker"_s << 0 << u"multiplicity"_s
            << u"worker:multiplicity"_s;
        QTest::newRow("bare multiplicity is the caller's node's")
            << u"multiplicity"_s << node << u"worker"_s << 0 << u"multiplicity"_s
            << u"worker:multiplicity"_s;
        QTest::newRow("large index")
            << u"w.1000:x"_s << inst << u"w"_s << 1000 << u"x"_s << u"w.1000:x"_s;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(int, scope);
        QFETCH(QString, node);
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        const auto p = ParameterKey::parse(text, u"worker", 2);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(int(p.key.scope()), scope);
        QCOMPARE(p.key.node(), node);
        QCOMPARE(p.key.index(), index);
        QCOMPARE(p.key.name(), name);
        QCOMPARE(p.key.toString(), canonical);
        // The canonical form parses to the same key.
        const auto again = ParameterKey::parse(canonical, u"worker", 2);
        QVERIFY(again.ok());
        QVERIFY(again.key == p.key);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // a piece of the message
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("two colons") << u"a:b:c"_s << u"more than one ':'"_s;
        QTest::newRow("no name") << u"master.1:"_s << u"no parameter name"_s;
        QTest::newRow("no node") << u":hostname"_s << u"no node name"_s;
        QTest::newRow("index zero") << u"master.0:x"_s << u"not an instance index"_s;
        QTest::newRow("leading zero") << u"master.01:x"_s << u"not an instance index"_s;
        QTest::newRow("index word") << u"master.one:x"_s << u"not an instance index"_s;
        QTest::newRow("index huge") << u"master.99999999:x"_s << u"not an instance index"_s;
        QTest::newRow("empty index") << u"master.:x"_s << u"not an instance index"_s;
        QTest::newRow("negative") << u"master.-1:x"_s << u"not an instance index"_s;
        QTest::newRow("node starts digit") << u"1node:x"_s << u"not a node name"_s;
        QTest::newRow("space") << u"master:host name"_s << u"not a parameter name"_s;
        QTest::newRow("slash") << u"a/b"_s << u"not a parameter name"_s;
        QTest::newRow("double dot") << u"a..b"_s << u"not a parameter name"_s;
        QTest::newRow("trailing dot") << u"a."_s << u"not a parameter name"_s;
        QTest::newRow("ss instance") << u"ss.1:state"_s << u"global"_s;
        QTest::newRow("unicode") << u"h\u00e9te"_s << u"not a parameter name"_s;
        QTest::newRow("too long") << QString(600, u'a') << u"longer than"_s;
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto p = ParameterKey::parse(text, u"worker", 2);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(expected), qPrintable(p.error));
        QVERIFY(p.error.size() < 300); // never echoes a huge input
    }

    void bareKeyNeedsACaller()
    {
        const auto p = ParameterKey::parse(u"hostname");
        QVERIFY(!p.ok());
        QVERIFY(p.error.contains(u"only a node instance"_s));
        QVERIFY(ParameterKey::parse(u"master.1:hostname").ok());
    }
};

QTEST_GUILESS_MAIN(TestParameterKey)
#include "tst_parameterkey.moc"
