// bench_parameterflow: the recipe-aware checks on a deployment of 500 nodes whose recipes imply
// 1,000 edges (target: a deployment of 500 nodes in well under 100 ms).
//
//   bench_parameterflow [--smoke] [--nodes N] [--runs R]
//
// Every node has its own image (so no scan is shared between nodes) with a 40-line execute
// script: two reads of earlier nodes' outputs, two writes, and shell noise around them.
// Prints the p50 and max of analyzeParameterFlow() over R runs beside an anchor measured in
// the same run: validate() of the same deployment, the check every launch already makes.
// --smoke makes it small (a smoke test for CTest); its figures mean nothing.

#include "core/checks/parameterflow.h"
#include "core/model/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

QString script(int i)
{
    QString s = u"#!/bin/sh\nset -eu\nss-display 'Starting node %1'\n"_s.arg(i);
    for (int k = 0; k < 8; ++k)
        s += u"echo \"step %1\" >> /var/log/node.log  # some noise\n"_s.arg(k);
    if (i >= 2) {
        // Two earlier nodes: a DAG, so no deadlock, and two implied edges per node.
        s += u"first=$(ss-get --timeout 900 n%1:value)\n"_s.arg(i / 2);
        s += u"second=`ss-get n%1:value`\n"_s.arg(i - 1);
    }
    s += u"for f in /etc/*.conf; do\n  case $f in\n    *x*) : ;;\n  esac\ndone\n"_s;
    s += u"ss-set value \"n%1-$(hostname)\"\n"_s.arg(i);
    s += u"cat > /etc/node.conf <<'EOF'\nname=%1\nEOF\n"_s.arg(i);
    for (int k = 0; k < 16; ++k)
        s += u"[ -d /tmp/%1 ] || mkdir -p \"/tmp/%1\"\n"_s.arg(k);
    s += u"ss-set ready true\nss-display 'Node ready'\n"_s;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"smoke"_s, u"Small and quick: for CTest."_s});
    parser.addOption({u"nodes"_s, u"Nodes (500)."_s, u"n"_s, u"500"_s});
    parser.addOption({u"runs"_s, u"Runs (30)."_s, u"r"_s, u"30"_s});
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);
    const int nodes = smoke ? 20 : parser.value(u"nodes"_s).toInt();
    const int runs = smoke ? 3 : parser.value(u"runs"_s).toInt();

    QList<Module> modules;
    Module base;
    base.path = u"bench/base"_s;
    base.kind = ModuleKind::Image;
    base.image.native = true;
    base.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
    modules << base;
    Module deployment;
    deployment.path = u"bench/deployment"_s;
    deployment.kind = ModuleKind::Deployment;
    for (int i = 0; i < nodes; ++i) {
        Module image;
        image.path = u"bench/images/n%1"_s.arg(i);
        image.kind = ModuleKind::Image;
        image.image.parent = base.path;
        image.image.recipes.execute = script(i);
        Parameter value;
        value.name = u"value"_s;
        value.category = ParameterCategory::Output;
        Parameter ready = value;
        ready.name = u"ready"_s;
        image.image.parameters = {value, ready};
        modules << image;
        Node node;
        node.name = u"n%1"_s.arg(i);
        node.image = image.path;
        node.position = QPointF(i * 10, 0);
        deployment.deployment.nodes << node;
    }
    modules << deployment;
    const ModuleLookup lookup = lookupIn(modules);

    std::vector<double> flowMs, validateMs, scanMs;
    ParameterFlow flow;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        flow = analyzeParameterFlow(deployment, lookup);
        flowMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QList<Problem> problems = validate(deployment, lookup);
        validateMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        qsizetype calls = 0;
        for (const Module &m : std::as_const(modules))
            calls += scanScript(m.image.recipes.execute).size();
        scanMs.push_back(double(t.nsecsElapsed()) / 1e6);
        Q_UNUSED(calls);
        if (!problems.isEmpty() && r == 0)
            std::printf("validate: %lld problems\n", qlonglong(problems.size()));
    }
    if (!flow.problems.isEmpty()) {
        std::printf("unexpected problem: %s\n", qPrintable(flow.problems.first().problem.message));
        return 1;
    }
    std::printf("deployment: %d nodes, %lld ss-* calls, %lld implied edges\n",
                nodes,
                qlonglong(flow.uses.size()),
                qlonglong(flow.edges.size()));
    std::printf("analyzeParameterFlow: p50 %.2f ms, max %.2f ms over %d runs (target: well under "
                "100 ms)\n",
                percentile(flowMs, 0.5),
                percentile(flowMs, 1.0),
                runs);
    std::printf("anchor validate():    p50 %.2f ms, max %.2f ms\n",
                percentile(validateMs, 0.5),
                percentile(validateMs, 1.0));
    std::printf("of which scanning:    p50 %.2f ms (scanScript() of every script alone)\n",
                percentile(scanMs, 0.5));
    return 0;
}
