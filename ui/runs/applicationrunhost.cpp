#include "applicationrunhost.h"

#include "connectors/builtinconnectors.h"
#include "core/broker/brokercertificates.h"
#include "core/paths.h"
#include "core/run/relaysettings.h"
#include "core/run/runhost.h"
#include "core/run/runrecords.h"

#include <QDir>
#include <QHostInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>

Q_LOGGING_CATEGORY(lcUiRuns, "slipway.ui.runs")

using namespace Qt::StringLiterals;

namespace Slipway {

ApplicationRunHost::ApplicationRunHost(QString catalogFile, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_catalogFile(std::move(catalogFile))
    , m_dataDir(dataDir.isEmpty() ? Paths::dataDir() : std::move(dataDir))
    , m_clouds(m_dataDir + u"/clouds.json"_s)
{
    (void) m_clouds.load(); // for the dashboard's filter; start() reads it again
}

ApplicationRunHost::~ApplicationRunHost()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    // The runs stay recorded: a later start resumes them. The host goes before the lock.
    m_host.reset();
    if (m_lock)
        m_lock->unlock();
}

bool ApplicationRunHost::hasRunsToResume(const QString &catalogFile)
{
    RunRecords records;
    if (!records.open(catalogFile))
        return false;
    for (const RunRecord &run : records.runs()) {
        if (!run.terminated && run.state != RunState::Done && run.state != RunState::Cancelled)
            return true;
    }
    return false;
}

void ApplicationRunHost::start()
{
    switch (m_status) {
    case Status::Starting:
        return;
    case Status::Started:
        QMetaObject::invokeMethod(this, &ApplicationRunHost::started, Qt::QueuedConnection);
        return;
    case Status::Stopped:
    case Status::Failed:
        break;
    }
    m_status = Status::Starting;
    m_error.clear();

    if (Result<void> loaded = m_clouds.load(); !loaded) {
        fail(loaded.errorMessage());
        return;
    }
    QDir().mkpath(m_dataDir);
    m_lock = std::make_unique<QLockFile>(m_dataDir + u"/runhost.lock"_s);
    m_lock->setStaleLockTime(0); // held while the application runs: only a dead holder is stale
    qint64 pid = 0;
    QString hostName, application;
    if (!m_lock->tryLock(0) && m_lock->getLockInfo(&pid, &hostName, &application)
        && hostName == QSysInfo::machineHostName() && pid > 0 && ::kill(pid_t(pid), 0) != 0
        && errno == ESRCH) {
        QFile::remove(m_lock->fileName()); // left by a process that was killed
    }
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        m_lock->getLockInfo(&pid, &hostName, &application);
        m_lock.reset();
        fail(tr("Another Slipway process (%1, pid %2) hosts the runs of this catalog: end it "
                "first, or use it.")
                 .arg(application)
                 .arg(pid));
        return;
    }

    // Making the CA and the server key is the slow part (key generation): a worker thread
    // does it; RunHost::start then only reads the files.
    QStringList hostNames{QHostInfo::localHostName()};
    const ConnectorRegistry registry = builtinConnectors();
    for (const QString &kind : registry.kinds()) {
        const QString host = registry.find(kind)->capabilities.brokerHost;
        if (!host.isEmpty() && !hostNames.contains(host))
            hostNames << host;
    }
    const QString dir = m_dataDir + u"/tls"_s;
    auto error = std::make_shared<QString>();
    m_worker = QThread::create(
        [dir, hostNames, error] { *error = BrokerCertificates::ensure(dir, hostNames).error; });
    connect(m_worker, &QThread::finished, this, [this, error] {
        m_worker->deleteLater();
        m_worker = nullptr;
        certificatesMade(*error);
    });
    m_worker->start();
}

void ApplicationRunHost::certificatesMade(const QString &error)
{
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_host = std::make_unique<RunHost>(builtinConnectors(),
                                       [clouds = m_clouds](const QString &name) {
                                           return clouds.find(name);
                                       });
    RunHost::Options options;
    options.databaseFile = m_catalogFile;
    options.certificateDir = m_dataDir + u"/tls"_s;
    options.portFile = m_dataDir + u"/broker-port"_s;
    if (Result<void> relay = configureRelay(m_dataDir, &options); !relay) {
        m_host.reset();
        fail(relay.errorMessage());
        return;
    }
    if (Result<void> started = m_host->start(options); !started) {
        m_host.reset();
        fail(started.errorMessage());
        return;
    }
    qCInfo(lcUiRuns) << "hosting runs, broker on port" << m_host->broker().port();
    m_status = Status::Started;
    Q_EMIT started();
}

void ApplicationRunHost::fail(const QString &message)
{
    m_status = Status::Failed;
    m_error = message;
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    qCWarning(lcUiRuns) << "cannot host runs:" << message;
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

} // namespace Slipway
