// The recipe-aware checks: the shell scanner finds every form of ss-get / ss-set call with the
// right line and column, and the analysis flags reads nothing produces, instances beyond the
// multiplicity and deadlocks, while the bundled examples pass clean (but the one that
// deadlocks on purpose).

#include "core/bundle/bundlereader.h"
#include "core/bundle/examplecatalog.h"
#include "core/bundle/slipstreamreader.h"
#include "core/checks/parameterflow.h"
#include "core/model/modulejson.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

QString describe(const ScriptCall &c)
{
    QString tool;
    switch (c.tool) {
    case ScriptCall::Tool::Get:
        tool = c.noblock ? u"get!"_s : u"get"_s;
        break;
    case ScriptCall::Tool::Set:
        tool = u"set"_s;
        break;
    case ScriptCall::Tool::Random:
        tool = u"random"_s;
        break;
    case ScriptCall::Tool::GetAll:
        tool = u"getall"_s;
        break;
    }
    const QString key = !c.literal                           ? u"?"_s
                        : c.tool == ScriptCall::Tool::GetAll ? c.getAllNode + u' ' + c.key
                                                             : c.key;
    return u"%1 %2 %3:%4"_s.arg(tool, key).arg(c.line).arg(c.column);
}

QStringList describe(const QList<ScriptCall> &calls)
{
    QStringList list;
    for (const ScriptCall &c : calls)
        list << describe(c);
    return list;
}

ParameterMapping mapped(const QString &input, const QString &output)
{
    return {input, output, false};
}

// The image with a report recipe too.
Module reporting(Module image, const QString &report)
{
    image.image.recipes.report = report;
    return image;
}

// The deployment under analysis.
Module deployment(const QList<Node> &nodes)
{
    return Testing::deployment(u"test/deployment"_s, nodes);
}

QString errorsOf(const ParameterFlow &flow, Severity severity = Severity::Error)
{
    QStringList lines;
    for (const CheckProblem &p : flow.problems) {
        if (p.problem.severity == severity)
            lines << p.problem.modulePath + u' ' + p.problem.field + u": "_s + p.problem.message;
    }
    return lines.join(u'\n');
}

QList<CheckProblem> errors(const ParameterFlow &flow)
{
    QList<CheckProblem> list;
    for (const CheckProblem &p : flow.problems) {
        if (p.problem.severity == Severity::Error)
            list << p;
    }
    return list;
}

QList<Module> examples()
{
    const BundleReadResult read = ExampleCatalog::read();
    QList<Module> modules;
    for (const BundleEntry &e : read.bundle.entries)
        modules << e.latest().module;
    return modules;
}

} // namespace

class TestParameterFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanner_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("calls");

        QTest::newRow("plain") << u"ss-get db_name\n"_s << QStringList{u"get db_name 1:8"_s};
        QTest::newRow("command substitution") << u"#!/bin/sh\nname=$(ss-get database:db_name)\n"_s
                                              << QStringList{u"get database:db_name 2:15"_s};
        QTest::newRow("backquotes")
            << u"x=`ss-get web.2:ready`"_s << QStringList{u"get web.2:ready 1:11"_s};
        QTest::newRow("inside double quotes")
            << u"url=\"http://$(ss-get hostname)/\"\n"_s << QStringList{u"get hostname 1:22"_s};
        QTest::newRow("nested substitutions")
            << u"echo \"$(printf %s \"$(ss-get a:b)\")\""_s << QStringList{u"get a:b 1:29"_s};
        QTest::newRow("options")
            << u"ss-get --timeout 900 --ignore-abort key\nss-get --timeout=5 -- other\n"_s
            << QStringList{u"get key 1:37"_s, u"get other 2:23"_s};
        QTest::newRow("noblock") << u"if ss-get --noblock ready; then :; fi"_s
                                 << QStringList{u"get! ready 1:21"_s};
        QTest::newRow("quoted keys")
            << u"ss-get \"web.2:ready\"\nss-get 'db:x'\nss-get d\\b:y"_s
            << QStringList{u"get web.2:ready 1:8"_s, u"get db:x 2:8"_s, u"get db:y 3:8"_s};
        QTest::newRow("line continuations")
            << u"value=$(ss-get \\\n    --timeout 60 \\\n    master:key)\n"_s
            << QStringList{u"get master:key 3:5"_s};
        QTest::newRow("non-literal keys")
            << u"ss-get \"$web.$i:ready\"\nss-get ${node}:x\nss-set $name v\nss-get \"$(echo k)\""_s
            << QStringList{u"get ? 1:8"_s, u"get ? 2:8"_s, u"set ? 3:8"_s, u"get ? 4:8"_s};
        QTest::newRow("set with a computed value")
            << u"ss-set url.service \"http://$host/\"\nss-set --ignore-abort ss:url.service \"$u\""_s
            << QStringList{u"set url.service 1:8"_s, u"set ss:url.service 2:23"_s};
        QTest::newRow("random")
            << u"p=$(ss-random -s 16)\nq=$(ss-random -s 16 admin_password)\nss-random -s8 k\n"_s
            << QStringList{u"random admin_password 2:21"_s, u"random k 3:15"_s};
        QTest::newRow("get-all") << u"{ ss-get-all web hostname; echo; } | sort\nss-get-all \"$w\" x"_s
                                 << QStringList{u"getall web hostname 1:18"_s, u"getall ? 2:17"_s};
        QTest::newRow("comments") << u"# ss-get a\necho x # ss-get b\necho '#' ; ss-get c"_s
                                  << QStringList{u"get c 3:19"_s};
        QTest::newRow("words, not commands")
            << u"echo \"ss-get foo\" ss-set\nprintf '%s' 'ss-get bar'\n"_s << QStringList{};
        QTest::newRow("quoted here-document")
            << u"cat <<'EOF' > f\nss-get inside\n$(ss-get inside2)\nEOF\nss-get after\n"_s
            << QStringList{u"get after 5:8"_s};
        QTest::newRow("unquoted here-document")
            << u"cat <<EOF\nvalue=$(ss-get inside)\nplain ss-get text\nEOF\nss-get after\n"_s
            << QStringList{u"get inside 2:16"_s, u"get after 5:8"_s};
        QTest::newRow("tab-stripped here-document")
            << u"cat <<-END\n\tss-get no\n\tEND\nss-get yes"_s << QStringList{u"get yes 4:8"_s};
        QTest::newRow("paths and prefixes") << u"/usr/local/bin/ss-get k1\nif ! ss-get k2; then :; "
                                               u"fi\nwhile ss-get k3; do :; done\n"
                                               "X=1 ss-get k4\ncommand ss-get k5\n"_s
                                            << QStringList{u"get k1 1:23"_s,
                                                           u"get k2 2:13"_s,
                                                           u"get k3 3:14"_s,
                                                           u"get k4 4:12"_s,
                                                           u"get k5 5:16"_s};
        QTest::newRow("redirections and pipes")
            << u"ss-get k1 2>/dev/null >out\nss-get >/dev/null k2\nss-get k3 | base64 -d && "
               "ss-set k4 v || ss-get k5; ss-get k6 &\n"_s
            << QStringList{u"get k1 1:8"_s,
                           u"get k2 2:19"_s,
                           u"get k3 3:8"_s,
                           u"set k4 3:33"_s,
                           u"get k5 3:48"_s,
                           u"get k6 3:59"_s};
        QTest::newRow("test brackets") << u"[ \"$a\" = \"$(ss-get web_node)\" ] || exit 0"_s
                                       << QStringList{u"get web_node 1:20"_s};
        QTest::newRow("parameter expansion and arithmetic")
            << u"x=${y:-$(ss-get a)}\nn=$(( $(ss-get b:multiplicity) + 1 ))\n"_s
            << QStringList{u"get a 1:17"_s, u"get b:multiplicity 2:16"_s};
        QTest::newRow("case and functions")
            << u"case $x in\n  a) ss-get k1 ;;\n  *) ss-set k2 v ;;\nesac\nf() { ss-get k3; }\n"_s
            << QStringList{u"get k1 2:13"_s, u"set k2 3:13"_s, u"get k3 5:14"_s};
        QTest::newRow("unterminated substitution")
            << u"x=$(ss-get a"_s << QStringList{u"get a 1:12"_s};
        QTest::newRow("unterminated quote")
            << u"ss-get 'a:b\nss-get c"_s << QStringList{u"get a:b\nss-get c 1:8"_s};
        QTest::newRow("usage errors read nothing")
            << u"ss-get --help\nss-get\nss-set\nss-get --bogus k"_s << QStringList{};
    }

    void scanner()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, calls);
        QCOMPARE(describe(scanScript(script)), calls);
    }

    void deepNestingIsBounded()
    {
        // Fifty levels are scanned; a hundred thousand neither overflow the stack nor hang.
        QCOMPARE(scanScript(QString(u"$("_s.repeated(50) + u"ss-get k"_s)).size(), 1);
        const QString deep = u"$("_s.repeated(100000) + u"ss-get k"_s;
        QVERIFY(scanScript(deep).isEmpty());
        QVERIFY(scanScript(QString(u"`"_s.repeated(100001) + u"${"_s.repeated(100000))).isEmpty());
    }

    void unproducedReads()
    {
        const QList<Module> modules{
            image(u"t/client"_s,
                  {},
                  u"#!/bin/sh\n"
                  "set -eu\n"
                  "a=$(ss-get server:token)\n"              // line 3: server never sets token
                  "b=$(ss-get server:ready)\n"              // line 4: fine
                  "c=$(ss-get own_missing)\n"               // line 5: nobody sets it
                  "d=$(ss-get server:hostname)\n"           // Slipway's own
                  "e=$(ss-get limit)\n"                     // input with a default
                  "f=$(ss-get server:port)\n"               // server's input, mapped to a literal
                  "g=$(ss-get ss:url.service)\n"            // line 9: nobody sets it
                  "h=$(ss-get nowhere:x)\n"                 // line 10: no such node
                  "i=$(ss-get --noblock server:maybe)\n"_s, // line 11: a warning only
                  {input(u"limit"_s, u"10"_s)}),
            image(u"t/server"_s,
                  {},
                  u"#!/bin/sh\nss-set ready true\n"_s,
                  {input(u"port"_s), output(u"ready"_s)}),
        };
        const Module d = deployment(
            {node(u"client"_s, u"t/client"_s),
             node(u"server"_s, u"t/server"_s, 1, {ParameterMapping{u"port"_s, u"80"_s, true}})});
        const ParameterFlow flow = analyzeParameterFlow(d, lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QStringList where;
        for (const CheckProblem &p : found) {
            QCOMPARE(p.locations.size(), 1);
            QCOMPARE(p.locations.first().modulePath, u"t/client"_s);
            QCOMPARE(p.locations.first().recipe, RecipeKind::Execute);
            QCOMPARE(p.problem.field, u"image.recipes.execute"_s);
            QCOMPARE(p.problem.modulePath, u"t/client"_s);
            where << u"%1:%2"_s.arg(p.locations.first().line).arg(p.locations.first().column);
        }
        QCOMPARE(where, QStringList({u"3:12"_s, u"5:12"_s, u"9:12"_s, u"10:12"_s}));
        QVERIFY(found.at(0).problem.message.contains(u"server:token"_s));
        QVERIFY(found.at(3).problem.message.contains(u"nowhere"_s));
        QVERIFY2(errorsOf(flow, Severity::Warning).contains(u"server:maybe"_s),
                 qPrintable(errorsOf(flow, Severity::Warning)));
        // The client's reads of the server are the edges the recipes imply.
        QStringList edges;
        for (const ImpliedEdge &e : flow.edges)
            edges << e.fromNode + u"->"_s + e.toNode + u':' + e.key;
        QCOMPARE(edges,
                 QStringList({u"server->client:token"_s,
                              u"server->client:ready"_s,
                              u"server->client:hostname"_s,
                              u"server->client:port"_s,
                              u"server->client:maybe"_s}));
        QCOMPARE(flow.edges.at(1).get.line(), 4);
    }

    void inputsGivenAtLaunch()
    {
        const QList<Module> modules{image(u"t/app"_s,
                                          {},
                                          u"#!/bin/sh\nname=$(ss-get site_name)\n"_s,
                                          {input(u"site_name"_s)})};
        const Module d = deployment({node(u"app"_s, u"t/app"_s)});
        // While editing: a warning (the launch may give it); at launch: an error unless given.
        const ParameterFlow editing = analyzeParameterFlow(d, lookupIn(modules));
        QVERIFY(errors(editing).isEmpty());
        QVERIFY(errorsOf(editing, Severity::Warning).contains(u"site_name"_s));
        FlowOptions launch;
        launch.atLaunch = true;
        QCOMPARE(errors(analyzeParameterFlow(d, lookupIn(modules), launch)).size(), 1);
        launch.givenInputs.insert(u"app:site_name"_s);
        QVERIFY(analyzeParameterFlow(d, lookupIn(modules), launch).problems.isEmpty());
    }

    void instancesBeyondMultiplicity()
    {
        const QList<Module>
            modules{image(u"t/master"_s,
                          {},
                          u"#!/bin/sh\nfirst=$(ss-get worker.1:hostname)\nthird=$(ss-get "
                          "worker.3:hostname)\n"_s),
                    image(u"t/worker"_s, {}, u"#!/bin/sh\ntrue\n"_s)};
        const Module d = deployment(
            {node(u"master"_s, u"t/master"_s), node(u"worker"_s, u"t/worker"_s, 2)});
        const ParameterFlow flow = analyzeParameterFlow(d, lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().locations.first().line, 3);
        QVERIFY(found.first().problem.message.contains(u"worker.3:hostname"_s));
        QCOMPARE(flow.uses.at(1).targetInstance, 3);
        // Launched with three workers, the third exists.
        FlowOptions three;
        three.multiplicities.insert(u"worker"_s, 3);
        QVERIFY(errors(analyzeParameterFlow(d, lookupIn(modules), three)).isEmpty());
    }

    void setsOfOtherNodesAreRefused()
    {
        const QList<Module> modules{image(u"t/a"_s,
                                          {},
                                          u"#!/bin/sh\nss-set b:x 1\nss-set hostname h\n"
                                          "ss-set a.1:multiplicity 3\nss-set statecustom ok\n"_s),
                                    image(u"t/b"_s, {}, u"#!/bin/sh\n"_s, {input(u"x"_s)})};
        const ParameterFlow flow = analyzeParameterFlow(deployment({node(u"a"_s, u"t/a"_s),
                                                                    node(u"b"_s, u"t/b"_s)}),
                                                        lookupIn(modules));
        // b's key, Slipway's hostname and multiplicity; statecustom is the node's to set.
        QCOMPARE(errors(flow).size(), 3);
        QCOMPARE(errors(flow).at(0).locations.first().line, 2);
        QCOMPARE(errors(flow).at(1).locations.first().line, 3);
        QCOMPARE(errors(flow).at(2).locations.first().line, 4);
    }

    void deadlockOfTwoNodes()
    {
        // Each waits for the other before it publishes its own key.
        const QList<Module> modules{
            image(u"t/alice"_s,
                  {},
                  u"#!/bin/sh\n"
                  "set -eu\n"
                  "ss-set started yes\n"
                  "peer=$(ss-get --timeout 600 bob:key)\n" // line 4
                  "ss-set key alice-key\n"_s,              // line 5
                  {output(u"key"_s), output(u"started"_s)}),
            image(u"t/bob"_s,
                  {},
                  u"#!/bin/sh\n"
                  "peer=`ss-get alice:key`\n" // line 2
                  "echo \"$peer\"\n"
                  "ss-set key bob-key\n"_s, // line 4
                  {output(u"key"_s)}),
        };
        const Module d = deployment({node(u"alice"_s, u"t/alice"_s), node(u"bob"_s, u"t/bob"_s)});
        const ParameterFlow flow = analyzeParameterFlow(d, lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        const CheckProblem &deadlock = found.first();
        QVERIFY2(deadlock.problem.message.startsWith(u"Deadlock"_s),
                 qPrintable(deadlock.problem.message));
        QCOMPARE(deadlock.nodes, QStringList({u"alice"_s, u"bob"_s}));
        QStringList jumps;
        for (const ScriptLocation &l : deadlock.locations)
            jumps << u"%1:%2"_s.arg(l.modulePath).arg(l.line);
        QCOMPARE(jumps, QStringList({u"t/alice:4"_s, u"t/bob:4"_s, u"t/bob:2"_s, u"t/alice:5"_s}));
        QCOMPARE(deadlock.problem.modulePath, u"t/alice"_s);
        QCOMPARE(deadlock.problem.field, u"image.recipes.execute"_s);

        // Publishing first, then waiting, is no deadlock.
        QList<Module> fixed = modules;
        fixed[0].image.recipes.execute = u"#!/bin/sh\nss-set key alice-key\nss-get bob:key\n"_s;
        QVERIFY(analyzeParameterFlow(d, lookupIn(fixed)).problems.isEmpty());
    }

    void deadlockThroughMappingsOfThreeNodes()
    {
        // a waits for its input (mapped from c), c for b, b for a: each sets its output last.
        const QString script = u"#!/bin/sh\nv=$(ss-get in)\nss-set out \"$v+1\"\n"_s;
        const QList<Module> modules{
            image(u"t/relay"_s, {}, script, {input(u"in"_s), output(u"out"_s)})};
        const Module d = deployment({node(u"a"_s, u"t/relay"_s, 1, {mapped(u"in"_s, u"c:out"_s)}),
                                     node(u"b"_s, u"t/relay"_s, 1, {mapped(u"in"_s, u"a:out"_s)}),
                                     node(u"c"_s, u"t/relay"_s, 1, {mapped(u"in"_s, u"b:out"_s)})});
        const ParameterFlow flow = analyzeParameterFlow(d, lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().nodes.size(), 3);
        QVERIFY(found.first().problem.message.contains(u"a:in"_s));
        // Reads of mapped inputs are drawn as mappings, not as implied edges.
        QVERIFY(flow.edges.isEmpty());

        // Break the chain: c's input gets a literal value; everything flows.
        Module open = d;
        open.deployment.nodes[0].mappings = {ParameterMapping{u"in"_s, u"0"_s, true}};
        QVERIFY(analyzeParameterFlow(open, lookupIn(modules)).problems.isEmpty());
    }

    void deadlockBehindABarrier()
    {
        // The collector waits in execute for a value its source sets only in its report
        // script, which no node starts before every node finished execute.
        const QList<Module> modules{
            image(u"t/collector"_s, {}, u"#!/bin/sh\nss-get source:summary\n"_s),
            reporting(image(u"t/source"_s, {}, u"#!/bin/sh\ntrue\n"_s, {output(u"summary"_s)}),
                      u"#!/bin/sh\nss-set summary done\n"_s)};
        const ParameterFlow flow = analyzeParameterFlow(deployment(
                                                            {node(u"collector"_s, u"t/collector"_s),
                                                             node(u"source"_s, u"t/source"_s)}),
                                                        lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().locations.size(), 2);
        QCOMPARE(found.first().locations.at(1).recipe, RecipeKind::Report);
        QCOMPARE(found.first().locations.at(1).line, 2);
    }

    void waitingForItself()
    {
        const QList<Module> modules{image(u"t/self"_s,
                                          {},
                                          u"#!/bin/sh\nx=$(ss-get token)\nss-set token abc\n"_s,
                                          {output(u"token"_s)})};
        const ParameterFlow flow = analyzeParameterFlow(image(u"t/self"_s,
                                                              {},
                                                              modules.first().image.recipes.execute,
                                                              {output(u"token"_s)}),
                                                        lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().nodes, QStringList({u"machine"_s}));
        QCOMPARE(found.first().locations.first().line, 2);
        QCOMPARE(found.first().locations.last().line, 3);
    }

    void inheritedScriptsAreChecked()
    {
        // The parent's execute publishes, the child's reads: the child's location names the
        // child module; the parent's write counts as a producer.
        Module parent = image(u"t/base"_s,
                              {},
                              u"#!/bin/sh\nss-set greeting hi\n"_s,
                              {output(u"greeting"_s)});
        Module child = image(u"t/child"_s, {}, u"#!/bin/sh\nss-get other:greeting\nss-get nope\n"_s);
        child.image.native = false;
        child.image.imageIds.clear();
        child.image.parent = u"t/base"_s;
        const QList<Module> modules{parent, child};
        const ParameterFlow flow = analyzeParameterFlow(deployment({node(u"one"_s, u"t/child"_s),
                                                                    node(u"other"_s, u"t/child"_s)}),
                                                        lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 2); // `nope`, on each node
        QCOMPARE(found.first().locations.first().modulePath, u"t/child"_s);
        QCOMPARE(found.first().locations.first().line, 3);
        QCOMPARE(flow.uses.first().modulePath(), u"t/base"_s);
    }

    void examplesHaveNoFalseErrors()
    {
        const QList<Module> modules = examples();
        QVERIFY(modules.size() > 10);
        int deployments = 0;
        int uses = 0;
        for (const Module &m : modules) {
            if (m.kind == ModuleKind::Project)
                continue;
            const ParameterFlow flow = analyzeParameterFlow(m, lookupIn(modules));
            uses += int(flow.uses.size());
            if (m.path.startsWith(u"examples/handshake/"_s))
                continue;
            deployments += m.kind == ModuleKind::Deployment;
            QVERIFY2(errorsOf(flow).isEmpty(), qPrintable(m.path + u":\n"_s + errorsOf(flow)));
        }
        QVERIFY(deployments >= 2);
        QVERIFY(uses > 40);
    }

    void slipStreamSamplesHaveNoFalseErrors()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        QStringList files;
        for (const QString &folder : {u"examples"_s, u"Torque"_s, u"RStudio"_s, u"WordPress"_s}) {
            const QDir dir(slipstreamSamplesDir() + u'/' + folder);
            for (const QString &name : dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        }
        const BundleReadResult read = SlipStreamReader::readFiles(files);
        QVERIFY(read.ok());
        QList<Module> modules;
        for (const BundleEntry &e : read.bundle.entries)
            modules << e.latest().module;
        int checked = 0, uses = 0, computed = 0;
        for (const Module &m : std::as_const(modules)) {
            if (m.kind == ModuleKind::Project)
                continue;
            const ParameterFlow flow = analyzeParameterFlow(m, lookupIn(modules));
            if (m.kind == ModuleKind::Deployment) {
                uses += int(flow.uses.size());
                computed += flow.nonLiteralKeys;
                QVERIFY2(errorsOf(flow).isEmpty(), qPrintable(m.path + u":\n"_s + errorsOf(flow)));
                ++checked;
            }
        }
        // The Torque deployment: master and workers exchange keys through mapped parameters,
        // and the master reads "$WORKER_NODENAME.$i:hostname" (computed: counted, not checked).
        QCOMPARE(checked, 1);
        QVERIFY(uses >= 8);
        QVERIFY(computed >= 2);
    }

    void examplesImplyTheirEdges()
    {
        const QList<Module> modules = examples();
        const auto lamp = std::find_if(modules.cbegin(), modules.cend(), [](const Module &m) {
            return m.path == u"examples/lamp/lamp-stack"_s;
        });
        QVERIFY(lamp != modules.cend());
        const ParameterFlow flow = analyzeParameterFlow(*lamp, lookupIn(modules));
        // lb reads "$web.$i:ready" and "$web:multiplicity": computed keys, counted not drawn.
        QVERIFY(flow.nonLiteralKeys >= 2);
        int sets = 0;
        for (const ParameterUse &u : flow.uses)
            sets += u.isSet && u.node == u"database"_s && u.parameter == u"db_password"_s;
        QCOMPARE(sets, 1);
    }

    void deadlockingExampleIsFlagged()
    {
        const QList<Module> modules = examples();
        const auto handshake = std::find_if(modules.cbegin(), modules.cend(), [](const Module &m) {
            return m.path == u"examples/handshake/handshake"_s;
        });
        QVERIFY(handshake != modules.cend());
        const auto peer = std::find_if(modules.cbegin(), modules.cend(), [](const Module &m) {
            return m.path == u"examples/handshake/peer"_s;
        });
        QVERIFY(peer != modules.cend());
        const ParameterFlow flow = analyzeParameterFlow(*handshake, lookupIn(modules));
        const QList<CheckProblem> found = errors(flow);
        QCOMPARE(found.size(), 1);
        qInfo().noquote() << found.first().problem.message;
        QVERIFY(found.first().problem.message.startsWith(u"Deadlock"_s));
        QCOMPARE(found.first().nodes.size(), 2);
        // The jumps land on the ss-get and the ss-set lines of the peer's execute script.
        const QStringList lines = peer->image.recipes.execute.split(u'\n');
        for (const ScriptLocation &l : found.first().locations) {
            QCOMPARE(l.modulePath, u"examples/handshake/peer"_s);
            const QString line = lines.value(l.line - 1);
            QVERIFY2(line.contains(u"ss-get"_s) || line.contains(u"ss-set"_s), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestParameterFlow)
#include "tst_parameterflow.moc"
