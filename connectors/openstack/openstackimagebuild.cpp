#include "openstackimagebuild.h"

#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackresources.h"
#include "core/connector/cloudinit.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway {

OpenStackImageBuild::OpenStackImageBuild(OpenStackConnector *connector,
                                         const ImageBuildRequest &request)
    : ImageBuildOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_label(u"build#"_s + QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_resources(new OpenStackResources(connector, this))
{
    for (const BuildStep &step : request.steps) {
        if (!step.isEmpty())
            m_steps << step;
    }
    setBase(request.baseImageId);
}

void OpenStackImageBuild::setBase(const QString &imageId)
{
    // Keys start from the image's id, not a name that may come to mean another image.
    m_request.baseImageId = imageId;
    m_keys = {BuildStep::baseKey(imageId)};
    for (const BuildStep &step : std::as_const(m_steps))
        m_keys << step.cacheKey(m_keys.constLast());
}

QByteArray OpenStackImageBuild::buildScript(const QList<BuildStep> &steps)
{
    QByteArray out = "#!/bin/sh\n"
                     "# Slipway image build: the steps in order, each its own script.\n"
                     "set -e\n"
                     "d=/var/lib/slipway/build\n"
                     "mkdir -p \"$d\"\n";
    int n = 0;
    for (const BuildStep &step : steps) {
        const QByteArray file = "$d/" + QByteArray::number(++n) + '-'
                                + toHostLabel(step.name).toUtf8();
        out += "echo 'slipway: build step " + toHostLabel(step.name).toUtf8() + "'\n";
        out += "base64 -d > \"" + file + "\" <<'SLIPWAY_EOF'\n";
        const QByteArray encoded = step.script.toUtf8().toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += encoded.mid(i, 76) + '\n';
        out += "SLIPWAY_EOF\n";
        out += "if [ \"$(head -c 2 \"" + file + "\")\" = \"#!\" ]; then chmod 700 \"" + file
               + "\"; \"" + file + "\"; else sh \"" + file + "\"; fi\n";
    }
    // cloud-init must run again on servers made from the snapshot.
    out += "if command -v cloud-init >/dev/null 2>&1; then cloud-init clean --logs || true; fi\n";
    return out;
}

void OpenStackImageBuild::start()
{
    if (m_request.baseImageId.isEmpty()) {
        fail(tr("The build has no base image in cloud %1.").arg(m_connector->cloud().name),
             ConnectorError::Code::InvalidRequest);
        return;
    }
    m_resources->findImage(m_request.baseImageId, [this](const QString &id, const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        setBase(id);
        if (m_steps.isEmpty()) {
            setImage(m_request.baseImageId, m_keys.constLast());
            finish();
            return;
        }
        findCached();
    });
}

void OpenStackImageBuild::findCached()
{
    const QString key = m_keys.constLast();
    reportProgress(tr("Looking for a snapshot of this build"), 0, int(m_steps.size()) + 1);
    m_resources->list(
        u"image"_s,
        u"/v2/images?"_s + QString(OpenStackConnector::kCacheKey) + u'=' + key + u"&status=active"_s,
        u"images"_s,
        [this, key](const QJsonArray &images, const QString &error) {
            if (!error.isEmpty()) {
                fail(tr("The images could not be listed: %1").arg(error));
                return;
            }
            for (const QJsonValue &v : images) {
                const QJsonObject image = v.toObject();
                if (image.value(QString(OpenStackConnector::kCacheKey)).toString() == key
                    && image.value(u"status"_s).toString() == u"active"_s) {
                    done(image.value(u"id"_s).toString(), true);
                    return;
                }
            }
            const QString flavor = m_connector->cloud().setting(
                QString(OpenStackConnector::kFlavor));
            if (flavor.isEmpty()) {
                fail(tr("Cloud %1 has no flavor setting for its build servers.")
                         .arg(m_connector->cloud().name),
                     ConnectorError::Code::InvalidRequest);
                return;
            }
            m_resources->findFlavor(flavor, [this](const QString &flavorId, const QString &error) {
                if (!error.isEmpty()) {
                    fail(error);
                    return;
                }
                const QString network = m_connector->cloud().setting(
                    QString(OpenStackConnector::kNetwork));
                if (network.isEmpty()) {
                    createServer(flavorId, {});
                    return;
                }
                m_resources->findNetwork(network,
                                         false,
                                         [this, flavorId](const QString &networkId,
                                                          const QString &error) {
                                             if (!error.isEmpty())
                                                 fail(error);
                                             else
                                                 createServer(flavorId, networkId);
                                         });
            });
        });
}

void OpenStackImageBuild::createServer(const QString &flavorId, const QString &networkId)
{
    const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(buildScript(m_steps),
                                                                      {},
                                                                      m_label);
    if (!config) {
        fail(config.errorMessage(), ConnectorError::Code::InvalidRequest);
        return;
    }
    QByteArray userData = CloudInit::userData(*config).toBase64();
    if (userData.size() > 65535)
        userData = CloudInit::userData(*config, CloudInit::Compression::Gzip).toBase64();
    QJsonObject server{
        {u"name"_s, QString(OpenStackConnector::serverPrefix(m_request.runId) + u"build"_s)},
        {u"flavorRef"_s, flavorId},
        {u"imageRef"_s, m_request.baseImageId},
        {u"user_data"_s, QString::fromLatin1(userData)},
        {u"metadata"_s,
         QJsonObject{
             {QString(OpenStackConnector::kRunKey), m_request.runId},
             {QString(OpenStackConnector::kOwnerKey), m_request.owner},
             {QString(OpenStackConnector::kInstanceKey), u"build"_s},
             {QString(OpenStackConnector::kImageKey), m_request.baseImageId},
         }},
    };
    if (!networkId.isEmpty())
        server.insert(u"networks"_s, QJsonArray{QJsonObject{{u"uuid"_s, networkId}}});
    const QString keyName = m_connector->cloud().setting(QString(OpenStackConnector::kKeyName));
    if (!keyName.isEmpty())
        server.insert(u"key_name"_s, keyName);

    reportProgress(tr("Starting the build server"), 0, int(m_steps.size()) + 1);
    m_resources->send(
        {u"compute"_s, "POST", u"/servers"_s, QJsonObject{{u"server"_s, server}}, true, {}},
        [this](const OpenStackReply &r) {
            if (!r.ok()) {
                fail(tr("The build server could not be started: %1").arg(r.errorMessage));
                return;
            }
            m_serverId = r.json.value(u"server"_s).toObject().value(u"id"_s).toString();
            m_resources->waitForServer(m_serverId, [this](const QJsonObject &, const QString &error) {
                if (!error.isEmpty()) {
                    fail(tr("The build server did not start: %1").arg(error));
                    return;
                }
                reportProgress(tr("Running the build steps"), 0, int(m_steps.size()) + 1);
                m_resources->waitForBootstrap(m_serverId,
                                              m_label,
                                              [this](int status, const QString &error) {
                                                  if (!error.isEmpty()) {
                                                      fail(error);
                                                      return;
                                                  }
                                                  if (status == OpenStackResources::kNoConsole) {
                                                      fail(tr("The cloud shows no console log, "
                                                              "which an image build needs to "
                                                              "learn that its steps ended."));
                                                      return;
                                                  }
                                                  if (status != 0) {
                                                      fail(tr("The build steps ended with exit "
                                                              "status %1 (their output is in %2 "
                                                              "on the build server).")
                                                               .arg(status)
                                                               .arg(QString(CloudInit::kLogFile)),
                                                           ConnectorError::Code::ScriptFailed,
                                                           status);
                                                      return;
                                                  }
                                                  snapshot();
                                              });
            });
        });
}

void OpenStackImageBuild::snapshot()
{
    // A snapshot of a stopped server holds everything the steps wrote.
    reportProgress(tr("Stopping the build server"), int(m_steps.size()), int(m_steps.size()) + 1);
    m_resources->send(
        {u"compute"_s,
         "POST",
         u"/servers/"_s + m_serverId + u"/action"_s,
         QJsonObject{{u"os-stop"_s, QJsonValue::Null}},
         true,
         {}},
        [this](const OpenStackReply &r) {
            if (!r.ok()) {
                fail(tr("The build server could not be stopped: %1").arg(r.errorMessage));
                return;
            }
            m_resources->waitForServer(
                m_serverId,
                [this](const QJsonObject &, const QString &error) {
                    if (!error.isEmpty()) {
                        fail(tr("The build server did not stop: %1").arg(error));
                        return;
                    }
                    const QString name = m_request.tag.isEmpty()
                                             ? u"slipway-build-"_s + m_keys.constLast().left(12)
                                             : m_request.tag;
                    OpenStackRequest request{u"compute"_s,
                                             "POST",
                                             u"/servers/"_s + m_serverId + u"/action"_s,
                                             QJsonObject{
                                                 {u"createImage"_s,
                                                  QJsonObject{
                                                      {u"name"_s, name},
                                                      {u"metadata"_s,
                                                       QJsonObject{
                                                           {QString(OpenStackConnector::kCacheKey),
                                                            m_keys.constLast()},
                                                           {QString(OpenStackConnector::kRunKey),
                                                            m_request.runId},
                                                       }},
                                                  }}},
                                             true,
                                             {{"OpenStack-API-Version", "compute 2.45"},
                                              {"X-OpenStack-Nova-API-Version", "2.45"}}};
                    reportProgress(tr("Taking the snapshot %1").arg(name),
                                   int(m_steps.size()),
                                   int(m_steps.size()) + 1);
                    m_resources->send(request, [this](const OpenStackReply &r) {
                        if (!r.ok()) {
                            fail(tr("The snapshot could not be taken: %1").arg(r.errorMessage));
                            return;
                        }
                        // 2.45 and later answer with the id; older ones in Location.
                        QString imageId = r.json.value(u"image_id"_s).toString();
                        if (imageId.isEmpty())
                            imageId = QUrl(QString::fromLatin1(r.headers.value("location")))
                                          .path()
                                          .section(u'/', -1);
                        if (imageId.isEmpty()) {
                            fail(tr("Nova did not say which image the snapshot is."));
                            return;
                        }
                        m_resources->waitForImage(imageId, [this, imageId](const QString &error) {
                            if (!error.isEmpty()) {
                                fail(error);
                                return;
                            }
                            done(imageId, false);
                        });
                    });
                },
                u"SHUTOFF"_s);
        });
}

void OpenStackImageBuild::done(const QString &imageId, bool reused)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        BuildStepResult step;
        step.name = m_steps[i].name;
        step.cacheKey = m_keys[i + 1];
        step.imageId = imageId;
        step.reused = reused;
        step.milliseconds = reused ? 0 : elapsedMilliseconds();
        addStep(step);
    }
    setImage(imageId, m_keys.constLast());
    if (m_serverId.isEmpty()) {
        finish();
        return;
    }
    reportProgress(tr("Deleting the build server"),
                   int(m_steps.size()) + 1,
                   int(m_steps.size()) + 1);
    m_resources->deleteServer(m_serverId, [this](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcOpenStack)
                << "the build server" << m_serverId << "could not be deleted:" << error;
        finish();
    });
}

void OpenStackImageBuild::fail(const QString &message, ConnectorError::Code code, int exitCode)
{
    const ConnectorError error{code, message, {}, exitCode, {}};
    if (m_serverId.isEmpty()) {
        finish(error);
        return;
    }
    // The build server is of no use any more.
    m_resources->deleteServer(m_serverId, [this, error](const QString &) { finish(error); });
    m_serverId.clear();
}

void OpenStackImageBuild::stop()
{
    m_resources->abort();
    if (!m_serverId.isEmpty()) {
        // Sent at once, not waited for: cancel must end now.
        auto *cleanup = new OpenStackResources(m_connector, m_connector);
        cleanup->send({u"compute"_s, "DELETE", u"/servers/"_s + m_serverId, {}, false, {}},
                      [cleanup](const OpenStackReply &) { cleanup->deleteLater(); });
    }
    finish(cancelledError());
}

} // namespace Slipway
