#pragma once

#include "core/connector/connectorerror.h"
#include "core/connector/connectortypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Slipway {

// One asynchronous connector operation, in the manner of QNetworkReply: the connector
// returns it already scheduled (work starts from the event loop, so connecting right after
// the call misses nothing), it reports progress and output, and emits finished() exactly
// once. It is a child of the connector; the caller may deleteLater() it after finished().
class ConnectorOperation : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Provision, Bootstrap, Terminate, CleanUp, BuildImage, Check };
    Q_ENUM(Kind)

    // Lines of output kept for an error's tail.
    static constexpr int kTailLines = 20;

    Kind kind() const { return m_kind; }
    QString runId() const { return m_runId; }
    bool isFinished() const { return m_finished; }
    bool isCancelRequested() const { return m_cancelRequested; }
    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<ConnectorError> &error() const { return m_error; }
    qint64 elapsedMilliseconds() const { return m_timer.elapsed(); }
    // The last kTailLines lines of output of `instance` (empty: of the operation).
    QStringList outputTail(const QString &instance = {}) const;

public Q_SLOTS:
    // Stops the work as soon as possible; finished() follows with a Cancelled error unless
    // the operation had already ended. Safe to call at any time, more than once.
    void cancel();

Q_SIGNALS:
    void progress(const Slipway::ConnectorProgress &progress);
    // One line of a script's output (stdout and stderr in order), without its newline.
    void outputLine(const QString &instance, const QString &line);
    void finished();

protected:
    ConnectorOperation(Kind kind, const QString &runId, QObject *parent);

    // Called once from the event loop; must lead to finish(), never block.
    virtual void start() = 0;
    // Called once on cancel() while running; must lead to finish(cancelledError()).
    virtual void stop() = 0;

    void reportProgress(const QString &message, int done, int total, const QString &instance = {});
    // Output arrives in chunks: complete lines are emitted, a partial one waits for the rest.
    void appendOutput(const QString &instance, QByteArrayView chunk);
    void flushOutput(const QString &instance);
    void finish(const std::optional<ConnectorError> &error = std::nullopt);
    ConnectorError cancelledError() const;

private:
    void begin();
    void emitLine(const QString &instance, QByteArrayView line);

    Kind m_kind;
    QString m_runId;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    std::optional<ConnectorError> m_error;
    QElapsedTimer m_timer;
    QHash<QString, QByteArray> m_partialLines;
    QHash<QString, QStringList> m_tails;
};

// Starts instances. It succeeds when every instance came up; otherwise error() is the first
// failure and failures() all of them, while instances() still lists those that did come up
// (the run engine decides with the node's max provisioning failures).
class ProvisionOperation : public ConnectorOperation
{
    Q_OBJECT
public:
    QList<Instance> instances() const { return m_instances; }
    QList<ConnectorError> failures() const { return m_failures; }

Q_SIGNALS:
    void instanceProvisioned(const Slipway::Instance &instance);
    void instanceFailed(const Slipway::ConnectorError &error);

protected:
    ProvisionOperation(const QString &runId, QObject *parent);
    void addInstance(const Instance &instance);
    void addFailure(const ConnectorError &error);

private:
    QList<Instance> m_instances;
    QList<ConnectorError> m_failures;
};

// Runs a script on one instance; outputLine() streams its output. A non-zero exit status is
// a ScriptFailed error carrying the status and the output tail.
class BootstrapOperation : public ConnectorOperation
{
    Q_OBJECT
public:
    InstanceName instance() const { return m_instance; }
    std::optional<int> exitCode() const { return m_exitCode; }

protected:
    BootstrapOperation(const QString &runId, const InstanceName &instance, QObject *parent);
    void setExitCode(int code) { m_exitCode = code; }

private:
    InstanceName m_instance;
    std::optional<int> m_exitCode;
};

// Terminate and orphan clean-up: what was removed.
class TerminateOperation : public ConnectorOperation
{
    Q_OBJECT
public:
    QStringList removedInstances() const { return m_removedInstances; } // connector handles
    QStringList removedRuns() const { return m_removedRuns; }

protected:
    TerminateOperation(Kind kind, const QString &runId, QObject *parent);
    void addRemovedInstance(const QString &handle) { m_removedInstances << handle; }
    void addRemovedRun(const QString &runId);

private:
    QStringList m_removedInstances;
    QStringList m_removedRuns;
};

class ImageBuildOperation : public ConnectorOperation
{
    Q_OBJECT
public:
    const ImageBuildResult &result() const { return m_result; }

Q_SIGNALS:
    void stepFinished(const Slipway::BuildStepResult &step);

protected:
    ImageBuildOperation(const QString &runId, QObject *parent);
    void addStep(const BuildStepResult &step);
    void setImage(const QString &imageId, const QString &cacheKey);

private:
    ImageBuildResult m_result;
};

// `slipway-cli cloud test`: can this cloud be used (tool present, credentials accepted…)?
// details() says what was found ("podman 5.4.2").
class CheckOperation : public ConnectorOperation
{
    Q_OBJECT
public:
    QString details() const { return m_details; }

protected:
    CheckOperation(QObject *parent);
    void setDetails(const QString &details) { m_details = details; }

private:
    QString m_details;
};

} // namespace Slipway
