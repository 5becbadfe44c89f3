#include "applicationrunhost.h"

#include "connectors/builtinconnectors.h"
#include "core/run/runhost.h"
#include "core/run/runrecords.h"

#include <QThread>

Q_LOGGING_CATEGORY(lcUiRuns, "slipway.ui.runs")

namespace Slipway {

ApplicationRunHost::ApplicationRunHost(QString catalogFile, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_catalogFile(std::move(catalogFile))
    , m_runHost(builtinConnectors(), std::move(dataDir))
{
    (void) m_runHost.loadClouds(); // for the dashboard's filter; start() reads them again
}

ApplicationRunHost::~ApplicationRunHost()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    // The runs stay recorded: a later start resumes them. The host goes before the lock.
    m_runHost.unlock();
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

    std::optional<DataFolderRunHost::LockHolder> holder;
    if (Result<void> locked = m_runHost.lock(&holder); !locked) {
        fail(holder ? tr("Another Slipway process (%1, pid %2) hosts the runs of this catalog: "
                         "end it first, or use it.")
                          .arg(holder->application)
                          .arg(holder->pid)
                    : locked.errorMessage());
        return;
    }

    // Making the CA and the server key is the slow part (key generation): a worker thread
    // does it; the host's start then only reads the files.
    auto error = std::make_shared<QString>();
    m_worker = QThread::create(
        [this, error] { *error = m_runHost.makeCertificates().errorMessage(); });
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
    if (Result<void> started = m_runHost.startHost(m_catalogFile); !started) {
        fail(started.errorMessage());
        return;
    }
    qCInfo(lcUiRuns) << "hosting runs, broker on port" << m_runHost.host()->broker().port();
    m_status = Status::Started;
    Q_EMIT started();
}

void ApplicationRunHost::fail(const QString &message)
{
    m_status = Status::Failed;
    m_error = message;
    m_runHost.unlock();
    qCWarning(lcUiRuns) << "cannot host runs:" << message;
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

} // namespace Slipway
