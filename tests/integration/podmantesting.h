#pragma once

// What the integration tests that start real containers share: the base image, whether
// Podman can run it here, and the containers and network a run leaves behind.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Slipway::PodmanTesting {

inline const QString kBaseImage = QStringLiteral("localhost/slipway-debian:13");

// Podman is installed and has the base image (packaging/buildroot/base-image.sh makes it).
inline bool available()
{
    QProcess p;
    p.start(QStringLiteral("podman"),
            {QStringLiteral("image"), QStringLiteral("exists"), kBaseImage});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The names of the containers labelled with a run.
inline QStringList containersOfRun(const QString &run)
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

// Removes whatever a run left behind (a failed test's containers and network).
inline void removeRun(const QString &run)
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

} // namespace Slipway::PodmanTesting

// Skips a test that needs containers where Podman or the base image is missing, but fails it
// in the build root (CI), which always has both: there a missing image is a broken setup.
#define SLIPWAY_REQUIRE_PODMAN() \
    do { \
        if (!Slipway::PodmanTesting::available()) { \
            if (qEnvironmentVariableIsSet("SLIPWAY_IN_BUILDROOT")) \
                QFAIL("podman or the base image is missing in the build root " \
                      "(packaging/buildroot/base-image.sh)"); \
            QSKIP("needs podman and the base image (packaging/buildroot/base-image.sh)"); \
        } \
    } while (false)
