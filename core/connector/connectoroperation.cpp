#include "connectoroperation.h"

#include "core/connector/connector.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace Slipway {

ConnectorOperation::ConnectorOperation(Kind kind, const QString &runId, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_runId(runId)
{
    m_timer.start();
    QMetaObject::invokeMethod(this, &ConnectorOperation::begin, Qt::QueuedConnection);
}

void ConnectorOperation::begin()
{
    if (m_finished || m_started)
        return;
    m_started = true;
    if (m_cancelRequested) {
        finish(cancelledError());
        return;
    }
    start();
}

void ConnectorOperation::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    qCDebug(lcConnector) << "cancel" << m_kind << m_runId;
    if (m_started)
        stop(); // else begin() finishes it
}

QStringList ConnectorOperation::outputTail(const QString &instance) const
{
    return m_tails.value(instance);
}

void ConnectorOperation::reportProgress(const QString &message,
                                        int done,
                                        int total,
                                        const QString &instance)
{
    if (m_finished)
        return;
    Q_EMIT progress(ConnectorProgress{message, instance, done, total});
}

void ConnectorOperation::appendOutput(const QString &instance, QByteArrayView chunk)
{
    QByteArray &partial = m_partialLines[instance];
    partial.append(chunk);
    qsizetype from = 0;
    for (qsizetype nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n', from)) {
        emitLine(instance, QByteArrayView(partial).sliced(from, nl - from));
        from = nl + 1;
    }
    partial.remove(0, from);
}

void ConnectorOperation::flushOutput(const QString &instance)
{
    const QByteArray rest = m_partialLines.take(instance);
    if (!rest.isEmpty())
        emitLine(instance, rest);
}

void ConnectorOperation::emitLine(const QString &instance, QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    QStringList &tail = m_tails[instance];
    tail << text;
    if (tail.size() > kTailLines)
        tail.removeFirst();
    Q_EMIT outputLine(instance, text);
}

void ConnectorOperation::finish(const std::optional<ConnectorError> &error)
{
    if (m_finished)
        return;
    const QHash<QString, QByteArray> partials = std::exchange(m_partialLines, {});
    for (auto it = partials.cbegin(); it != partials.cend(); ++it) {
        if (!it.value().isEmpty())
            emitLine(it.key(), it.value());
    }
    m_finished = true;
    m_error = error;
    if (error)
        qCDebug(lcConnector) << m_kind << m_runId << "failed:" << error->message;
    Q_EMIT finished();
}

ConnectorError ConnectorOperation::cancelledError() const
{
    return ConnectorError{ConnectorError::Code::Cancelled,
                          QCoreApplication::translate("Slipway::ConnectorOperation",
                                                      "The operation was cancelled."),
                          {},
                          -1,
                          {}};
}

ProvisionOperation::ProvisionOperation(const QString &runId, QObject *parent)
    : ConnectorOperation(Kind::Provision, runId, parent)
{}

void ProvisionOperation::addInstance(const Instance &instance)
{
    m_instances << instance;
    Q_EMIT instanceProvisioned(instance);
}

void ProvisionOperation::addFailure(const ConnectorError &error)
{
    m_failures << error;
    Q_EMIT instanceFailed(error);
}

BootstrapOperation::BootstrapOperation(const QString &runId,
                                       const InstanceName &instance,
                                       QObject *parent)
    : ConnectorOperation(Kind::Bootstrap, runId, parent)
    , m_instance(instance)
{}

TerminateOperation::TerminateOperation(Kind kind, const QString &runId, QObject *parent)
    : ConnectorOperation(kind, runId, parent)
{}

void TerminateOperation::addRemovedRun(const QString &runId)
{
    if (!m_removedRuns.contains(runId))
        m_removedRuns << runId;
}

ImageBuildOperation::ImageBuildOperation(const QString &runId, QObject *parent)
    : ConnectorOperation(Kind::BuildImage, runId, parent)
{}

void ImageBuildOperation::addStep(const BuildStepResult &step)
{
    m_result.steps << step;
    Q_EMIT stepFinished(step);
}

void ImageBuildOperation::setImage(const QString &imageId, const QString &cacheKey)
{
    m_result.imageId = imageId;
    m_result.cacheKey = cacheKey;
}

CheckOperation::CheckOperation(QObject *parent)
    : ConnectorOperation(Kind::Check, QString(), parent)
{}

} // namespace Slipway
