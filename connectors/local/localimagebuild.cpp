#include "localimagebuild.h"

#include "connectors/local/localbootstrap.h"
#include "connectors/local/localconnector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Slipway {

LocalImageBuild::LocalImageBuild(LocalConnector *connector, const ImageBuildRequest &request)
    : ImageBuildOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_commands(this)
{
    for (const BuildStep &step : request.steps) {
        if (!step.isEmpty())
            m_steps << step;
    }
}

void LocalImageBuild::start()
{
    if (m_request.baseImageId.isEmpty() || m_request.runId.isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("An image build needs a base image and a run."),
                              {},
                              -1,
                              {}});
        return;
    }
    reportProgress(tr("Looking up the base image %1").arg(m_request.baseImageId),
                   0,
                   int(m_steps.size()));
    m_commands
        .run(m_connector->executable(),
             // "--": an image id never becomes an option.
             {u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, u"--"_s, m_request.baseImageId},
             [this](ContainerCommand *c) {
                 if (isFinished())
                     return;
                 if (!c->succeeded() || c->standardOutputText().isEmpty()) {
                     finish(m_connector->commandError(c,
                                                      tr("The base image %1 is not there")
                                                          .arg(m_request.baseImageId)));
                     return;
                 }
                 m_baseImageId = c->standardOutputText();
                 m_keys = {BuildStep::baseKey(m_baseImageId)};
                 for (const BuildStep &step : std::as_const(m_steps))
                     m_keys << step.cacheKey(m_keys.constLast());
                 lookUp(int(m_steps.size()) - 1);
             });
}

// Is the image after step `index` in the cache? From the last step back to the first.
void LocalImageBuild::lookUp(int index)
{
    if (index < 0) {
        runStep(0, m_baseImageId);
        return;
    }
    const QString key = m_keys.at(index + 1);
    m_commands.run(m_connector->executable(),
                   {u"image"_s,
                    u"inspect"_s,
                    u"--format"_s,
                    u"{{.Id}}"_s,
                    u"--"_s,
                    LocalConnector::stepImageName(key)},
                   [this, index, key](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (c->failedToStart()) {
                           finish(m_connector->commandError(c,
                                                            tr("The image cache could not be "
                                                               "read")));
                           return;
                       }
                       if (!c->succeeded() || c->standardOutputText().isEmpty()) {
                           lookUp(index - 1);
                           return;
                       }
                       const QString imageId = c->standardOutputText();
                       for (int i = 0; i <= index; ++i) {
                           addStep(BuildStepResult{m_steps.at(i).name,
                                                   m_keys.at(i + 1),
                                                   i == index ? imageId : QString(),
                                                   true,
                                                   0});
                       }
                       reportProgress(tr("Reused %n step(s) from the cache", nullptr, index + 1),
                                      index + 1,
                                      int(m_steps.size()));
                       runStep(index + 1, imageId);
                   });
}

void LocalImageBuild::runStep(int index, const QString &parentImage)
{
    if (index >= m_steps.size()) {
        done(parentImage);
        return;
    }
    const BuildStep &step = m_steps.at(index);
    const QString key = m_keys.at(index + 1);
    m_runningContainer = LocalConnector::networkName(m_request.runId) + u"-build-"_s
                         + QString::number(index + 1);
    m_stepStartedAt = elapsedMilliseconds();
    reportProgress(tr("Running the build step %1").arg(step.name),
                   index,
                   int(m_steps.size()),
                   step.name);
    const QStringList args{u"run"_s,
                           u"-i"_s,
                           u"--name"_s,
                           m_runningContainer,
                           u"--label"_s,
                           u"slipway.run="_s + m_request.runId,
                           u"--label"_s,
                           u"slipway.owner="_s + m_request.owner,
                           u"--entrypoint"_s,
                           u"/bin/sh"_s,
                           u"--"_s,
                           parentImage,
                           u"-c"_s,
                           LocalBootstrap::runnerScript()};
    const QString container = m_runningContainer;
    m_commands.run(
        m_connector->executable(),
        args,
        [this, index, container](ContainerCommand *c) {
            if (isFinished())
                return;
            const BuildStep &step = m_steps.at(index);
            flushOutput(step.name);
            if (isCancelRequested())
                return; // stop() removes the container and finishes
            if (c->failedToStart()) {
                finish(
                    m_connector->commandError(c,
                                              tr("The build step %1 could not run").arg(step.name)));
                return;
            }
            if (c->exitCode() != 0) {
                ConnectorError error{ConnectorError::Code::ScriptFailed,
                                     tr("The build step %1 ended with exit status %2.")
                                         .arg(step.name)
                                         .arg(c->exitCode()),
                                     step.name,
                                     c->exitCode(),
                                     outputTail(step.name)};
                removeContainer(container, [this, error] { finish(error); });
                return;
            }
            commitStep(index, container);
        },
        [this, step](ContainerCommand *c) {
            c->setInput(step.script.toUtf8());
            c->setMergedOutput(true);
            QObject::connect(c,
                             &ContainerCommand::output,
                             this,
                             [this, name = step.name](const QByteArray &chunk) {
                                 appendOutput(name, chunk);
                             });
        });
}

void LocalImageBuild::commitStep(int index, const QString &container)
{
    const QString key = m_keys.at(index + 1);
    QStringList args{u"commit"_s};
    if (!m_connector->isDocker())
        args << u"-q"_s;
    // The entrypoint was only for running the step: the image gets the base's plain shell.
    args << u"--change"_s << u"LABEL slipway.build.key="_s + key << u"--change"_s
         << u"ENTRYPOINT []"_s << u"--change"_s << u"CMD [\"/bin/sh\"]"_s << u"--"_s << container
         << LocalConnector::stepImageName(key);
    m_commands.run(m_connector->executable(),
                   args,
                   [this, index, key, container](ContainerCommand *c) {
                       if (isFinished() || isCancelRequested())
                           return;
                       const BuildStep &step = m_steps.at(index);
                       if (!c->succeeded()) {
                           const ConnectorError error = m_connector->commandError(
                               c, tr("The build step %1 could not be saved").arg(step.name));
                           removeContainer(container, [this, error] { finish(error); });
                           return;
                       }
                       const QString imageId = c->standardOutputText().section(u'\n', -1).remove(
                           u"sha256:"_s);
                       addStep(BuildStepResult{step.name,
                                               key,
                                               imageId,
                                               false,
                                               elapsedMilliseconds() - m_stepStartedAt});
                       removeContainer(container, [this, index, imageId] {
                           m_runningContainer.clear();
                           runStep(index + 1, imageId);
                       });
                   });
}

void LocalImageBuild::removeContainer(const QString &container, std::function<void()> then)
{
    m_commands.run(m_connector->executable(),
                   m_connector->removeArguments({container}),
                   [then](ContainerCommand *) { then(); });
}

void LocalImageBuild::done(const QString &imageId)
{
    const QString key = m_keys.constLast();
    if (m_request.tag.isEmpty()) {
        setImage(imageId, key);
        finish();
        return;
    }
    m_commands.run(m_connector->executable(),
                   {u"tag"_s, u"--"_s, imageId, m_request.tag},
                   [this, imageId, key](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (!c->succeeded()) {
                           finish(
                               m_connector->commandError(c,
                                                         tr("The built image could not be named %1")
                                                             .arg(m_request.tag)));
                           return;
                       }
                       setImage(imageId, key);
                       finish();
                   });
}

void LocalImageBuild::stop()
{
    m_commands.killAll();
    if (m_runningContainer.isEmpty()) {
        finish(cancelledError());
        return;
    }
    removeContainer(m_runningContainer, [this] { finish(cancelledError()); });
}

} // namespace Slipway
