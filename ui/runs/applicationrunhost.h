#pragma once

// The GUI's run host (docs/ARCHITECTURE.md#threads): a RunHost made when the first
// run is launched or, at start, when the catalog still has runs going (they resume). It is set
// up like slipway-cli's (DataFolderRunHost: the same lock in the data folder, so only one
// process hosts a catalog's runs), and it makes the broker's certificates on a worker thread
// so the window never freezes.

#include "core/model/result.h"
#include "core/run/cloudlist.h"
#include "core/run/datafolderrunhost.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcUiRuns)

class QThread;

namespace Slipway {

class RunHost;

class ApplicationRunHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationRunHost)

public:
    enum class Status { Stopped, Starting, Started, Failed };

    // catalogFile: the catalog database the runs are kept in; dataDir: where the lock, the
    // broker's certificates and port and clouds.json live (empty: Paths::dataDir()).
    explicit ApplicationRunHost(QString catalogFile,
                                QString dataDir = {},
                                QObject *parent = nullptr);
    ~ApplicationRunHost() override;

    QString catalogFile() const { return m_catalogFile; }
    Status status() const { return m_status; }
    QString errorMessage() const { return m_error; }
    // The host once started(), else nullptr.
    RunHost *host() const { return m_status == Status::Started ? m_runHost.host() : nullptr; }
    const CloudList &clouds() const { return m_runHost.clouds(); }

    // Starts the host unless it is started or starting; started() or failed() follows, from
    // the event loop, also when it was already started.
    void start();

    // Whether the catalog in catalogFile has runs whose instances are still there and that are
    // not over: the ones a started host resumes.
    static bool hasRunsToResume(const QString &catalogFile);

Q_SIGNALS:
    void started();
    void failed(const QString &message);

private:
    void certificatesMade(const QString &error);
    void fail(const QString &message);

    QString m_catalogFile;
    Status m_status = Status::Stopped;
    QString m_error;
    DataFolderRunHost m_runHost;
    QThread *m_worker = nullptr; // making the certificates
};

} // namespace Slipway
