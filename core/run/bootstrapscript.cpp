#include "bootstrapscript.h"

#include "core/connector/packageinstallscript.h"
#include "core/model/modulejson.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Here-documents end at this line; base64 text never contains it.
constexpr auto kEnd = "SLIPWAY_EOF";

void unpack(QByteArray &out, const QString &file, const QByteArray &content)
{
    out += "unpack " + file.toUtf8() + " <<'" + kEnd + "'\n";
    const QByteArray encoded = content.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + '\n';
    out += QByteArray(kEnd) + '\n';
}

QByteArray nodeAgent()
{
    QFile file(u":/node/slipway-node"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

Result<QByteArray> bootstrapScript(const PlannedNode &node, const QByteArray &caPem)
{
    QByteArray out
        = "#!/bin/sh\n"
          "# Slipway bootstrap of one instance. Its identity and token come in the environment.\n"
          "set -eu\n"
          "umask 077\n"
          "d=/var/lib/slipway\n"
          "mkdir -p /etc/slipway \"$d/scripts\" /var/log/slipway\n"
          "rm -f \"$d\"/scripts/*\n"
          "printf '%s\\n' \"broker_url=$SLIPWAY_BROKER_URL\" \"run=$SLIPWAY_RUN\" "
          "\"instance=$SLIPWAY_INSTANCE\" \"token=$SLIPWAY_TOKEN\" > /etc/slipway/context\n"
          "unpack() { base64 -d > \"$d/$1\"; chmod 700 \"$d/$1\"; }\n";
    if (!caPem.isEmpty()) {
        out += "cat > /etc/slipway/ca.pem <<'" + QByteArray(kEnd) + "'\n" + caPem.trimmed() + '\n'
               + kEnd + '\n';
        out += "echo ca_file=/etc/slipway/ca.pem >> /etc/slipway/context\n";
    }

    const auto addLayers = [&](RecipeKind kind, const QString &phase) {
        int n = 0;
        for (const RecipeLayer &layer : node.image.layers(kind))
            unpack(out,
                   u"scripts/%1.%2"_s.arg(phase).arg(++n, 2, 10, QLatin1Char('0')),
                   layer.script.toUtf8());
    };
    if (node.runsBuildSteps) {
        addLayers(RecipeKind::PreInstall, u"pre-install"_s);
        if (!node.image.packages.isEmpty()) {
            ConnectorError error;
            const QString packages = PackageInstallScript::generate(node.image.platform,
                                                                    node.image.packages,
                                                                    &error);
            if (packages.isEmpty())
                return Error{u"node %1: %2"_s.arg(node.name, error.message)};
            unpack(out, u"scripts/packages.01"_s, packages.toUtf8());
        }
        addLayers(RecipeKind::Recipe, u"recipe"_s);
    }
    addLayers(RecipeKind::Execute, u"execute"_s);
    addLayers(RecipeKind::Report, u"report"_s);
    addLayers(RecipeKind::OnVmAdd, u"on-vm-add"_s);
    addLayers(RecipeKind::OnVmRemove, u"on-vm-remove"_s);

    const QByteArray agent = nodeAgent();
    if (agent.isEmpty())
        return Error{u"slipway-node is missing from the application's resources"_s};
    unpack(out, u"slipway-node"_s, agent);
    out += "printf '%s\\n' 'build=" + QByteArray(node.runsBuildSteps ? "1" : "0")
           + "' > \"$d/node.conf\"\n";

    // The ss-* tools, from the broker that serves this run.
    out += "ca=\n"
           "[ -f /etc/slipway/ca.pem ] && ca=/etc/slipway/ca.pem\n"
           "if command -v curl >/dev/null 2>&1; then\n"
           "    curl -fsS --retry 10 --retry-connrefused ${ca:+--cacert \"$ca\"} "
           "-o \"$d/install-tools\" \"$SLIPWAY_BROKER_URL/bootstrap\"\n"
           "else\n"
           "    wget -q --tries=10 ${ca:+--ca-certificate=\"$ca\"} -O \"$d/install-tools\" "
           "\"$SLIPWAY_BROKER_URL/bootstrap\"\n"
           "fi\n"
           "SLIPWAY_CONTEXT=/etc/slipway/context sh \"$d/install-tools\" /usr/local/bin\n"
           // Detached, so that it outlives the connector's session (an exec, an SSH channel).
           "if command -v setsid >/dev/null 2>&1; then detach=setsid; else detach=; fi\n"
           "nohup $detach sh \"$d/slipway-node\" </dev/null >>/var/log/slipway/node.log 2>&1 &\n"
           "echo \"slipway: $SLIPWAY_INSTANCE bootstrapped\"\n";
    return out;
}

QMap<QString, QString> bootstrapEnvironment(const QString &brokerUrl,
                                            const QString &run,
                                            const QString &instance,
                                            const QByteArray &token)
{
    return {
        {u"SLIPWAY_BROKER_URL"_s, brokerUrl},
        {u"SLIPWAY_RUN"_s, run},
        {u"SLIPWAY_INSTANCE"_s, instance},
        {u"SLIPWAY_TOKEN"_s, QString::fromLatin1(token)},
    };
}

} // namespace Slipway
