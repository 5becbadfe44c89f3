#include "datafolderrunhost.h"

#include "core/broker/brokercertificates.h"
#include "core/paths.h"
#include "core/run/relaysettings.h"
#include "core/run/runhost.h"
#include "core/settings.h"

#include <QDir>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace Slipway {

DataFolderRunHost::DataFolderRunHost(ConnectorRegistry registry, QString dataDir)
    : m_registry(std::move(registry))
    , m_dataDir(dataDir.isEmpty() ? Paths::dataDir() : std::move(dataDir))
    , m_clouds(m_dataDir + u"/clouds.json"_s)
{}

DataFolderRunHost::~DataFolderRunHost()
{
    unlock();
}

Result<void> DataFolderRunHost::loadClouds()
{
    return m_clouds.load();
}

Result<void> DataFolderRunHost::lock(std::optional<LockHolder> *holder)
{
    if (holder)
        holder->reset();
    if (Result<void> loaded = m_clouds.load(); !loaded)
        return loaded;
    QDir().mkpath(m_dataDir);
    m_lock = std::make_unique<QLockFile>(m_dataDir + u"/runhost.lock"_s);
    m_lock->setStaleLockTime(0); // held while the process hosts runs: only a dead holder is stale
    // A lock left by a killed process is taken over by QLockFile itself (its holder's pid is
    // gone), under QLockFile's own guard: two processes starting at once never both remove it
    // and both believe they hold it.
    qint64 pid = 0;
    QString hostName, application;
    if (!m_lock->tryLock(0)) {
        m_lock->getLockInfo(&pid, &hostName, &application);
        m_lock.reset();
        if (holder)
            *holder = LockHolder{application, pid};
        return Error{u"another Slipway process (%1, pid %2) hosts the runs of %3"_s.arg(application)
                         .arg(pid)
                         .arg(QDir::toNativeSeparators(m_dataDir))};
    }
    return {};
}

Result<void> DataFolderRunHost::makeCertificates() const
{
    const QString error = BrokerCertificates::ensure(m_dataDir + u"/tls"_s,
                                                     RunHost::certificateHostNames(m_registry))
                              .error;
    if (!error.isEmpty())
        return Error{error};
    return {};
}

Result<void> DataFolderRunHost::startHost(const QString &catalogFile)
{
    m_host = std::make_unique<RunHost>(m_registry, [clouds = m_clouds](const QString &name) {
        return clouds.find(name);
    });
    RunHost::Options options;
    options.databaseFile = catalogFile;
    options.certificateDir = m_dataDir + u"/tls"_s;
    options.portFile = m_dataDir + u"/broker-port"_s;
    const Settings settings;
    options.retention = RunRetention::fromSettings(settings);
    options.listen = settings.brokerListen();
    Result<void> started = configureRelay(m_dataDir, &options);
    if (started)
        started = m_host->start(options);
    if (!started)
        m_host.reset();
    return started;
}

Result<void> DataFolderRunHost::start(const QString &catalogFile, std::optional<LockHolder> *holder)
{
    if (Result<void> locked = lock(holder); !locked)
        return locked;
    if (Result<void> made = makeCertificates(); !made)
        return made;
    return startHost(catalogFile);
}

void DataFolderRunHost::unlock()
{
    m_host.reset();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace Slipway
