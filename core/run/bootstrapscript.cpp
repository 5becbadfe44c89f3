#include "bootstrapscript.h"

#include "core/connector/packageinstallscript.h"
#include "core/model/modulejson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Each file travels as a quoted here-document (one `cat`, no decoding): the scripts are text,
// and the end line carries a hash of the content, so no content can contain it.
void unpack(QByteArray &out, const QString &file, QByteArray content)
{
    if (!content.endsWith('\n'))
        content += '\n';
    const QByteArray end
        = "SLIPWAY_EOF_"
          + QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(16);
    out += "cat > \"" + file.toUtf8() + "\" <<'" + end + "'\n" + content + end + '\n';
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Slipway's own scripts without their comment lines and blank lines (they have no
// here-documents or multi-line strings): EC2 takes at most 16 KiB of user-data, compressed.
QByteArray withoutComments(const QByteArray &script)
{
    QByteArray out;
    out.reserve(script.size());
    const QList<QByteArray> lines = script.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || (trimmed.startsWith('#') && !(i == 0 && trimmed.startsWith("#!"))))
            continue;
        out += lines.at(i) + '\n';
    }
    return out;
}

} // namespace

Result<QByteArray> bootstrapScript(const PlannedNode &node, const QByteArray &caPem)
{
    // Every file comes inside the script, the ss-* tools too: one exec and a few forks per
    // instance, no download (the orchestration overhead: docs/ARCHITECTURE.md#benchmarks).
    QByteArray out
        = "#!/bin/sh\n"
          "# Slipway bootstrap of one instance. Its identity and token come in the environment.\n"
          "set -eu\n"
          "umask 077\n"
          "d=/var/lib/slipway\n"
          "mkdir -p /etc/slipway \"$d/scripts\" \"$d/tools\" /var/log/slipway /usr/local/bin\n"
          "rm -f \"$d\"/scripts/* \"$d\"/tools/*\n"
          "printf '%s\\n' \"broker_url=$SLIPWAY_BROKER_URL\" \"run=$SLIPWAY_RUN\" "
          "\"instance=$SLIPWAY_INSTANCE\" \"token=$SLIPWAY_TOKEN\" > /etc/slipway/context\n"
          // From here on the token is in the 0600 context file only: slipway-node, the
          // recipes and the services they start do not inherit it.
          "unset SLIPWAY_TOKEN\n";
    if (!caPem.isEmpty()) {
        unpack(out, u"/etc/slipway/ca.pem"_s, caPem.trimmed());
        out += "echo ca_file=/etc/slipway/ca.pem >> /etc/slipway/context\n";
    }

    int scripts = 0;
    const auto addLayers = [&](RecipeKind kind, const QString &phase) {
        int n = 0;
        for (const RecipeLayer &layer : node.image.layers(kind))
            unpack(out,
                   u"$d/scripts/%1.%2"_s.arg(phase).arg(++n, 2, 10, QLatin1Char('0')),
                   layer.script.toUtf8());
        scripts += n;
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
            unpack(out, u"$d/scripts/packages.01"_s, packages.toUtf8());
            ++scripts;
        }
        addLayers(RecipeKind::Recipe, u"recipe"_s);
    }
    addLayers(RecipeKind::Execute, u"execute"_s);
    addLayers(RecipeKind::Report, u"report"_s);
    addLayers(RecipeKind::OnVmAdd, u"on-vm-add"_s);
    addLayers(RecipeKind::OnVmRemove, u"on-vm-remove"_s);
    addLayers(RecipeKind::Check, u"check"_s);

    const QByteArray agent = resource(u":/node/slipway-node"_s);
    if (agent.isEmpty())
        return Error{u"slipway-node is missing from the application's resources"_s};
    unpack(out, u"$d/slipway-node"_s, withoutComments(agent));

    // The ss-* tools the broker also serves at /client/<name> (the tools only: /bootstrap
    // installs them from the broker on machines that did not get this script).
    const QStringList tools = QDir(u":/client"_s).entryList(QDir::Files, QDir::Name);
    int installed = 0;
    for (const QString &tool : tools) {
        if (!tool.startsWith(u"ss-"_s))
            continue;
        const QByteArray content = resource(u":/client/"_s + tool);
        if (content.isEmpty())
            return Error{u"the tool %1 is missing from the application's resources"_s.arg(tool)};
        unpack(out, u"$d/tools/"_s + tool, withoutComments(content));
        ++installed;
    }
    if (installed == 0)
        return Error{u"the ss-* tools are missing from the application's resources"_s};

    out += "printf '%s\\n' 'build=" + QByteArray(node.runsBuildSteps ? "1" : "0")
           + "' > \"$d/node.conf\"\n"
             "chmod 700 \"$d/slipway-node\""
           + QByteArray(scripts > 0 ? " \"$d\"/scripts/*" : "")
           + "\n"
             "chmod 755 \"$d\"/tools/*\n"
             // Renamed into place: a tool that a script is running is not rewritten under it.
             "mv -f \"$d\"/tools/* /usr/local/bin/\n"
             // Detached, so that it outlives the connector's session (an exec, an SSH channel).
             "if command -v setsid >/dev/null 2>&1; then detach=setsid; else detach=; fi\n"
             "nohup $detach sh \"$d/slipway-node\" </dev/null >>/var/log/slipway/node.log "
             "2>&1 &\n"
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
