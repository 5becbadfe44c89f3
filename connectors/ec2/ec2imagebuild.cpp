#include "ec2imagebuild.h"

#include "connectors/ec2/ec2connector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway {

Ec2ImageBuild::Ec2ImageBuild(Ec2Connector *connector, const ImageBuildRequest &request)
    : ImageBuildOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
{
    for (const BuildStep &step : request.steps)
        if (!step.isEmpty())
            m_steps << step;
    m_poll.setSingleShot(true);
}

QByteArray Ec2ImageBuild::buildScript(const QList<BuildStep> &steps)
{
    QByteArray out = "#!/bin/sh\n"
                     "# Slipway image build: each step runs on what the steps before it left.\n"
                     "set -eu\n"
                     "d=/var/lib/slipway/build\n"
                     "mkdir -p \"$d\"\n";
    int n = 0;
    for (const BuildStep &step : steps) {
        const QByteArray file = "\"$d/" + QByteArray::number(++n) + "\"";
        // base64 never contains the end marker, whatever the script holds.
        out += "base64 -d > " + file + " <<'SLIPWAY_EOF'\n";
        const QByteArray encoded = step.script.toUtf8().toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += encoded.mid(i, 76) + '\n';
        out += "SLIPWAY_EOF\n";
        out += "chmod 700 " + file + "\n";
        out += "echo \"slipway-build: step " + QByteArray::number(n) + " "
               + step.name.toUtf8().replace('"', '\'') + "\"\n";
        out += "if head -c 2 " + file + " | grep -q '#!'; then " + file + "; else sh " + file
               + "; fi\n";
    }
    out += "echo 'slipway-build: done'\n";
    return out;
}

QString Ec2ImageBuild::imageName(const ImageBuildRequest &request)
{
    static const QRegularExpression invalid(u"[^A-Za-z0-9()\\[\\] ./'@_-]"_s);
    QString base = request.tag.isEmpty() ? u"slipway-image"_s : request.tag;
    base.replace(invalid, u"-"_s);
    return QString(base.left(100) + u'-' + toHostLabel(request.runId, 24)).left(128);
}

void Ec2ImageBuild::start()
{
    if (m_request.baseImageId.isEmpty()) {
        finish(ec2Failure(ConnectorError::Code::InvalidRequest,
                          tr("The image has no parent image id for this cloud.")));
        return;
    }
    if (m_steps.isEmpty()) {
        // Nothing to run: the base image is the result.
        setImage(m_request.baseImageId, BuildStep::baseKey(m_request.baseImageId));
        finish();
        return;
    }
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            finish(ec2Failure(ConnectorError::Code::Failed, error));
            return;
        }
        m_client = client;
        // The builder is launched with the steps as its user-data, like any instance.
        InstanceRequest builder;
        builder.name = InstanceName{QString(kBuilderNode), 1};
        builder.imageId = m_request.baseImageId;
        builder.bootstrapScript = buildScript(m_steps);
        ProvisionOperation *op = m_connector->provision(
            {m_request.runId, m_request.owner, {builder}});
        op->setParent(this);
        m_step = op;
        forward(op);
        connect(op, &ConnectorOperation::finished, this, [this, op, builder] {
            op->deleteLater();
            if (op->error()) {
                finish(op->error());
                return;
            }
            const Instance launched = op->instances().value(0);
            m_builderId = launched.instanceId;
            follow(launched, builder);
        });
        m_stepsStarted = elapsedMilliseconds();
    });
}

void Ec2ImageBuild::stop()
{
    m_poll.stop();
    if (m_step) {
        disconnect(m_step.data(), nullptr, this, nullptr);
        m_step->cancel();
    }
    if (m_client)
        m_client->cancel(this);
    // Leave nothing behind that costs money: whatever of the build's run EC2 has (the builder
    // may be launched and not known here yet) goes; the answer does not matter any more.
    TerminateOperation *end = m_connector->terminate({m_request.runId, {}});
    connect(end, &ConnectorOperation::finished, end, &QObject::deleteLater);
    finish(cancelledError());
}

void Ec2ImageBuild::forward(ConnectorOperation *op)
{
    connect(op, &ConnectorOperation::outputLine, this, [this](const QString &, const QString &line) {
        appendOutput({}, (line + u'\n').toUtf8());
    });
    connect(op, &ConnectorOperation::progress, this, [this](const ConnectorProgress &p) {
        reportProgress(p.message, p.done, p.total + 3);
    });
}

void Ec2ImageBuild::follow(const Instance &builder, const InstanceRequest &request)
{
    BootstrapRequest bootstrap;
    bootstrap.runId = m_request.runId;
    bootstrap.instance = builder;
    bootstrap.script = request.bootstrapScript;
    bootstrap.environment = request.bootstrapEnvironment;
    bootstrap.launched = true;
    BootstrapOperation *op = m_connector->bootstrap(bootstrap);
    op->setParent(this);
    m_step = op;
    forward(op);
    connect(op, &ConnectorOperation::finished, this, [this, op] {
        op->deleteLater();
        if (op->error()) {
            ConnectorError e = *op->error();
            if (e.code == ConnectorError::Code::ScriptFailed)
                e.message = tr("The build failed on %1 with exit status %2.")
                                .arg(m_builderId)
                                .arg(e.exitCode);
            terminateBuilder(e);
            return;
        }
        createImage();
    });
}

void Ec2ImageBuild::createImage()
{
    reportProgress(tr("Making the image"), 0, 0);
    const QString name = imageName(m_request);
    m_client->call(u"CreateImage"_s,
                   {{u"InstanceId"_s, m_builderId},
                    {u"Name"_s, name},
                    {u"Description"_s, tr("Built by Slipway, run %1").arg(m_request.runId)},
                    {u"TagSpecification.1.ResourceType"_s, u"image"_s},
                    {u"TagSpecification.1.Tag.1.Key"_s, u"slipway.owner"_s},
                    {u"TagSpecification.1.Tag.1.Value"_s, m_request.owner},
                    {u"TagSpecification.1.Tag.2.Key"_s, u"slipway.run"_s},
                    {u"TagSpecification.1.Tag.2.Value"_s, m_request.runId}},
                   this,
                   [this](const XmlElement *response, const Ec2Error *error) {
                       if (error) {
                           terminateBuilder(Ec2Connector::cloudError(tr("The image could not "
                                                                        "be made"),
                                                                     *error));
                           return;
                       }
                       m_imageId = response->value(u"imageId");
                       appendOutput({}, u"ec2: image %1 pending\n"_s.arg(m_imageId).toUtf8());
                       connect(&m_poll, &QTimer::timeout, this, &Ec2ImageBuild::pollImage);
                       m_poll.start(m_connector->pollInterval());
                   });
}

void Ec2ImageBuild::pollImage()
{
    m_client->call(u"DescribeImages"_s,
                   {{u"ImageId.1"_s, m_imageId}},
                   this,
                   [this](const XmlElement *response, const Ec2Error *error) {
                       if (error && error->code != u"InvalidAMIID.NotFound") {
                           terminateBuilder(Ec2Connector::cloudError(tr("The image %1 is "
                                                                        "unknown")
                                                                         .arg(m_imageId),
                                                                     *error));
                           return;
                       }
                       const XmlElement &item = error
                                                    ? XmlElement()
                                                    : response->child(u"imagesSet").child(u"item");
                       const QString state = item.value(u"imageState");
                       if (state == u"available") {
                           QString key = BuildStep::baseKey(m_request.baseImageId);
                           const qint64 ms = elapsedMilliseconds() - m_stepsStarted;
                           for (const BuildStep &step : std::as_const(m_steps)) {
                               key = step.cacheKey(key);
                               BuildStepResult r;
                               r.name = step.name;
                               r.cacheKey = key;
                               r.imageId = m_imageId;
                               r.milliseconds = ms / m_steps.size();
                               addStep(r);
                           }
                           setImage(m_imageId, key);
                           terminateBuilder(std::nullopt);
                           return;
                       }
                       if (state == u"failed" || state == u"invalid" || state == u"error"
                           || state == u"deregistered") {
                           terminateBuilder(
                               ec2Failure(ConnectorError::Code::Failed,
                                          tr("The image %1 is %2: %3")
                                              .arg(m_imageId,
                                                   state,
                                                   item.value(u"stateReason/message").isEmpty()
                                                       ? tr("no reason given")
                                                       : item.value(u"stateReason/message"))));
                           return;
                       }
                       m_poll.start(m_connector->pollInterval());
                   });
}

void Ec2ImageBuild::terminateBuilder(const std::optional<ConnectorError> &error)
{
    m_poll.stop();
    reportProgress(tr("Terminating the builder %1").arg(m_builderId), 0, 0);
    m_client->call(u"TerminateInstances"_s,
                   {{u"InstanceId.1"_s, m_builderId}},
                   this,
                   [this, error](const XmlElement *, const Ec2Error *terminateError) {
                       if (error) {
                           finish(error);
                           return;
                       }
                       if (terminateError) {
                           finish(Ec2Connector::cloudError(tr("The image %1 is made but its "
                                                              "builder %2 could not be "
                                                              "terminated")
                                                               .arg(m_imageId, m_builderId),
                                                           *terminateError));
                           return;
                       }
                       finish();
                   });
}

} // namespace Slipway
