#pragma once

// The RunHost of a data folder, set up the same way by the GUI (ApplicationRunHost) and by
// slipway-cli (deploy, build, run): the clouds of clouds.json, a lock so that only one process
// at a time hosts (and so resumes) the runs of the folder, the broker's certificates and port
// kept there so that a restarted process serves the same nodes again, and the relay of
// relay.json with its secret from the keychain. The connector kinds come from the caller
// (builtinConnectors()): core does not know them.

#include "core/connector/connectorregistry.h"
#include "core/model/result.h"
#include "core/run/cloudlist.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Slipway {

class RunHost;

class DataFolderRunHost
{
    Q_DISABLE_COPY_MOVE(DataFolderRunHost)

public:
    // The process that holds the lock of the data folder.
    struct LockHolder
    {
        QString application;
        qint64 pid = 0;
    };

    // dataDir: where clouds.json, relay.json, the lock, the broker's certificates (tls/) and
    // port live; empty: Paths::dataDir().
    explicit DataFolderRunHost(ConnectorRegistry registry, QString dataDir = {});
    // The host stops before the lock is let go; the runs stay recorded for a later start.
    ~DataFolderRunHost();

    QString dataDir() const { return m_dataDir; }
    // The clouds as last read (by loadClouds() or lock()).
    const CloudList &clouds() const { return m_clouds; }
    Result<void> loadClouds();

    // Starting takes three steps, which start() does one after the other; the GUI makes the
    // certificates on a worker thread between the first and the last.
    // 1. Reads clouds.json and takes the lock of the data folder, taking over one left by a
    // process that was killed. When another process holds it: an error, and *holder says who.
    Result<void> lock(std::optional<LockHolder> *holder = nullptr);
    // 2. Makes the broker's CA and certificate unless they are there: the slow part (key
    // generation). It reads only what does not change after construction, so it may run on
    // another thread.
    Result<void> makeCertificates() const;
    // 3. Starts the run host on the runs of catalogFile (the broker, the relay link, the runs
    // left going resume). On failure there is no host, and the lock is still held.
    Result<void> startHost(const QString &catalogFile);

    Result<void> start(const QString &catalogFile, std::optional<LockHolder> *holder = nullptr);

    // Stops the host, if any, and lets the lock go.
    void unlock();

    // The host once startHost() succeeded, else nullptr.
    RunHost *host() const { return m_host.get(); }

private:
    ConnectorRegistry m_registry;
    QString m_dataDir;
    CloudList m_clouds;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<RunHost> m_host;
};

} // namespace Slipway
