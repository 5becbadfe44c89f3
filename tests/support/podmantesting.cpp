#include "tests/support/podmantesting.h"

#include <QProcess>

namespace Slipway::Testing {

bool podmanAvailable()
{
    QProcess p;
    p.start(QStringLiteral("podman"),
            {QStringLiteral("image"),
             QStringLiteral("inspect"),
             QStringLiteral("-f"),
             QStringLiteral("{{index .Labels \"slipway.base-image\"}}"),
             kBaseImage});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
           && p.readAllStandardOutput().trimmed() == kBaseImageVersion.toUtf8();
}

QStringList containersOfRun(const QString &run)
{
    QProcess p;
    p.start(QStringLiteral("podman"),
            {QStringLiteral("ps"),
             QStringLiteral("-a"),
             QStringLiteral("--filter"),
             QStringLiteral("label=slipway.run=") + run,
             QStringLiteral("--format"),
             QStringLiteral("{{.Names}}")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

void removeRun(const QString &run)
{
    for (const QString &name : containersOfRun(run))
        QProcess::execute(QStringLiteral("podman"),
                          {QStringLiteral("rm"),
                           QStringLiteral("-f"),
                           QStringLiteral("-t"),
                           QStringLiteral("0"),
                           name});
    QProcess::execute(QStringLiteral("podman"),
                      {QStringLiteral("network"),
                       QStringLiteral("rm"),
                       QStringLiteral("-f"),
                       QStringLiteral("slipway-") + run});
}

} // namespace Slipway::Testing
