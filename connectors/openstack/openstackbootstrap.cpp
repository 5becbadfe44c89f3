#include "openstackbootstrap.h"

#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackresources.h"
#include "core/connector/cloudinit.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway {

OpenStackBootstrap::OpenStackBootstrap(OpenStackConnector *connector,
                                       const BootstrapRequest &request)
    : BootstrapOperation(request.runId, request.instance.name, connector)
    , m_connector(connector)
    , m_request(request)
    , m_label(request.launched ? launchLabel(request.instance.name, request.environment)
                               : request.instance.name.toString() + u'#'
                                     + QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_resources(new OpenStackResources(connector, this))
{}

QString OpenStackBootstrap::launchLabel(const InstanceName &instance,
                                        const QMap<QString, QString> &environment)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        hash.addData(QString(it.key() + u'=' + it.value() + u'\n').toUtf8());
    return instance.toString() + u'#' + QString::fromLatin1(hash.result().toHex().left(8));
}

Result<QByteArray> OpenStackBootstrap::userData(const QByteArray &script,
                                                const QMap<QString, QString> &environment,
                                                const QString &label)
{
    const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(script, environment, label);
    if (!config)
        return config.error();
    QByteArray data = CloudInit::userData(*config).toBase64();
    if (data.size() > kMaxUserData)
        data = CloudInit::userData(*config, CloudInit::Compression::Gzip).toBase64();
    if (data.size() > kMaxUserData)
        return Error{tr("the bootstrap is too large for Nova's user-data (%1 bytes in base64, at "
                        "most %2).")
                         .arg(data.size())
                         .arg(kMaxUserData)};
    return data;
}

void OpenStackBootstrap::start()
{
    const QString name = instance().toString();
    if (m_request.instance.instanceId.isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("%1 has no server id to bootstrap.").arg(name),
                              name,
                              -1,
                              {}});
        return;
    }
    // The servers reach the broker only through slipway-relay: without its address the
    // node could never report, and the run would only time out.
    if (m_request.environment.value(u"SLIPWAY_BROKER_URL"_s).isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("%1 cannot be bootstrapped: OpenStack servers reach the broker "
                                 "through slipway-relay, and no relay is configured.")
                                  .arg(name),
                              name,
                              -1,
                              {}});
        return;
    }
    if (m_request.launched) {
        // Created with this bootstrap: it boots once, with it.
        reportProgress(tr("%1 is booting with its bootstrap").arg(name), 1, 3, name);
        follow();
        return;
    }
    reportProgress(tr("Bootstrapping %1 through cloud-init").arg(name), 0, 3, name);
    m_resources->send(
        {u"compute"_s, "GET", u"/servers/"_s + m_request.instance.instanceId, {}, false, {}},
        [this, name](const OpenStackReply &r) {
            if (!r.ok()) {
                finish(ConnectorError{ConnectorError::Code::Failed,
                                      tr("%1: %2").arg(name, r.errorMessage),
                                      name,
                                      -1,
                                      {}});
                return;
            }
            const QJsonObject server = r.json.value(u"server"_s).toObject();
            // "image" is "" for a server booted from a volume.
            const QString image = server.value(u"image"_s).toObject().value(u"id"_s).toString();
            const QString recorded = server.value(u"metadata"_s)
                                         .toObject()
                                         .value(QString(OpenStackConnector::kImageKey))
                                         .toString();
            rebuild(image.isEmpty() ? recorded : image, image.isEmpty());
        });
}

void OpenStackBootstrap::rebuild(const QString &imageId, bool fromVolume)
{
    const QString name = instance().toString();
    const Result<QByteArray> data = userData(m_request.script, m_request.environment, m_label);
    if (!data) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("%1: %2").arg(name, data.errorMessage()),
                              name,
                              -1,
                              {}});
        return;
    }
    const QByteArray userData = *data;
    const QByteArray version = fromVolume ? "2.93" : "2.57";
    OpenStackRequest request{u"compute"_s,
                             "POST",
                             u"/servers/"_s + m_request.instance.instanceId + u"/action"_s,
                             QJsonObject{{u"rebuild"_s,
                                          QJsonObject{
                                              {u"imageRef"_s, imageId},
                                              {u"user_data"_s, QString::fromLatin1(userData)},
                                          }}},
                             true,
                             {{"OpenStack-API-Version", "compute " + version},
                              {"X-OpenStack-Nova-API-Version", version}}};
    m_resources->send(request, [this, name](const OpenStackReply &r) {
        if (!r.ok()) {
            finish(ConnectorError{ConnectorError::Code::Failed,
                                  tr("%1 could not be rebuilt with its bootstrap: %2")
                                      .arg(name, r.errorMessage),
                                  name,
                                  -1,
                                  {}});
            return;
        }
        reportProgress(tr("%1 is booting with its bootstrap").arg(name), 1, 3, name);
        follow();
    });
}

void OpenStackBootstrap::follow()
{
    const QString name = instance().toString();
    m_resources->waitForServer(
        m_request.instance.instanceId, [this, name](const QJsonObject &, const QString &error) {
            if (!error.isEmpty()) {
                finish(ConnectorError{ConnectorError::Code::Failed,
                                      tr("%1: %2").arg(name, error),
                                      name,
                                      -1,
                                      {}});
                return;
            }
            reportProgress(tr("Waiting for the bootstrap of %1").arg(name), 2, 3, name);
            m_resources->waitForBootstrap(
                m_request.instance.instanceId,
                m_label,
                [this, name](int status, const QString &error) {
                    if (!error.isEmpty()) {
                        finish(ConnectorError{ConnectorError::Code::Failed,
                                              tr("%1: %2").arg(name, error),
                                              name,
                                              -1,
                                              {}});
                        return;
                    }
                    if (status == OpenStackResources::kNoConsole) {
                        appendOutput(name,
                                     tr("The cloud shows no console log: the bootstrap's "
                                        "outcome comes from the node itself.\n")
                                         .toUtf8());
                        reportProgress(tr("%1 is bootstrapping").arg(name), 3, 3, name);
                        finish();
                        return;
                    }
                    appendOutput(name,
                                 (QString(CloudInit::kStatusPrefix) + m_label + u" exit "_s
                                  + QString::number(status) + u'\n')
                                     .toUtf8());
                    setExitCode(status);
                    if (status == 0) {
                        reportProgress(tr("The bootstrap of %1 is done").arg(name), 3, 3, name);
                        finish();
                        return;
                    }
                    finish(ConnectorError{ConnectorError::Code::ScriptFailed,
                                          tr("The bootstrap of %1 ended with exit status %2 "
                                             "(its output is in %3 on the server).")
                                              .arg(name)
                                              .arg(status)
                                              .arg(QString(CloudInit::kLogFile)),
                                          name,
                                          status,
                                          outputTail(name)});
                });
        });
}

void OpenStackBootstrap::stop()
{
    m_resources->abort();
    finish(cancelledError());
}

} // namespace Slipway
