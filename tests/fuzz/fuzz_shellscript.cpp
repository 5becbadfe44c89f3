// libFuzzer target for the recipe checks' shell scanner and analysis: recipes come from
// bundles and SlipStream XML, i.e. from anywhere.

#include "core/checks/parameterflow.h"
#include "core/checks/shellscanner.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Slipway;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lines = script.count(u'\n') + 1;
    for (const ScriptCall &call : scanScript(script)) {
        // Every call points into the script, and a literal key is never empty.
        if (call.line < 1 || call.line > lines || call.column < 1)
            __builtin_trap();
        if (call.literal && call.key.isEmpty())
            __builtin_trap();
    }

    // The same script as the execute recipe of two nodes that read each other.
    Module image;
    image.path = u"fuzz/image"_s;
    image.kind = ModuleKind::Image;
    image.image.native = true;
    image.image.recipes.execute = script;
    image.image.recipes.report = script;
    Module deployment;
    deployment.path = u"fuzz/deployment"_s;
    deployment.kind = ModuleKind::Deployment;
    for (const QString &name : {u"a"_s, u"b"_s}) {
        Node node;
        node.name = name;
        node.image = image.path;
        node.multiplicity = 2;
        deployment.deployment.nodes << node;
    }
    const ParameterFlow flow = analyzeParameterFlow(deployment, lookupIn({image, deployment}));
    for (const CheckProblem &p : flow.problems) {
        if (p.problem.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
