#pragma once

// A Podman container that stands in for a cloud instance at its first boot: Debian's own
// cloud-init (in the base image, packaging/buildroot/base-image.sh) reads the instance's
// user-data from a NoCloud seed and runs its stages (init, config, final: write_files, runcmd,
// ...) as on a Debian cloud image; what it prints is the container's output, which the tests
// serve as the instance's console. The container then stays up, as an instance does.
//
//     const QStringList args = cloudInitRunArguments(seedDir, instanceId, userData, &error);
//     podman run -d --name NAME --network NET <args>
//
// user-data may be gzip-compressed: cloud-init reads that as clouds deliver it.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Slipway::Testing {

// Writes the NoCloud seed (user-data, meta-data naming the instance and its hostname) and the
// datasource configuration into seedDir, and returns the rest of a `podman run` command line:
// the mounts, the entry point that runs cloud-init's stages, and the base image. Empty, with
// the reason in `error`, when the files cannot be written.
QStringList cloudInitRunArguments(const QString &seedDir,
                                  const QString &instanceId,
                                  const QByteArray &userData,
                                  QString *error);

// What `command` prints in the running container (podman exec), or nothing with Podman's
// words in `error`. Tried up to three times, each bounded: a `podman exec` can fail for a
// moment while other tests start and remove containers on the same machine.
QByteArray execInContainer(const QString &container, const QStringList &command, QString *error);

// A file of the container: read in it (`cat` through execInContainer), else copied out of its
// storage (`podman cp`), which works whatever state Podman records for it. Podman in another
// PID namespace (another build-root session on the machine) cannot see a container's monitor
// and may record a running container as exited, which `podman exec` then refuses.
QByteArray fileInContainer(const QString &container, const QString &path, QString *error);

// The line cloud-init's final stage prints when it is done (its final_message).
inline constexpr char kCloudInitFinished[] = "slipway-test: cloud-init finished";

} // namespace Slipway::Testing
