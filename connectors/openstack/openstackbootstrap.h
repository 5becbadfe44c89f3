#pragma once

#include "core/connector/connectoroperation.h"
#include "core/model/result.h"

namespace Slipway {

class OpenStackConnector;
class OpenStackResources;

// Bootstraps a server through cloud-init. A server that provision() created with this very
// bootstrap in its user-data (BootstrapRequest::launched) is only followed: its bootstrap's
// exit status is read from the console log. Any other (an instance whose token was renewed
// after a restart of Slipway) is rebuilt from its own image with the user-data that runs the
// bootstrap (Nova microversion 2.57, 2.93 for a server booted from a volume) first. The label
// in the status line is new for each rebuild, so that a line left by an earlier bootstrap of
// the same server is never taken for this one.
class OpenStackBootstrap final : public BootstrapOperation
{
    Q_OBJECT
public:
    // Nova takes at most this much base64 user-data.
    static constexpr qsizetype kMaxUserData = 65535;

    OpenStackBootstrap(OpenStackConnector *connector, const BootstrapRequest &request);

    QString label() const { return m_label; }

    // The label of the bootstrap a server is launched with: the same for the same instance
    // and environment (which holds its token), so that bootstrap() knows what provision()
    // started.
    static QString launchLabel(const InstanceName &instance,
                               const QMap<QString, QString> &environment);
    // Nova's user_data (base64) that runs `script` with `environment` under `label`: gzipped
    // when too large, an error when even that is.
    static Result<QByteArray> userData(const QByteArray &script,
                                       const QMap<QString, QString> &environment,
                                       const QString &label);

protected:
    void start() override;
    void stop() override;

private:
    void rebuild(const QString &imageId, bool fromVolume);
    // Waits for ACTIVE, then for the bootstrap's exit status on the console.
    void follow();

    OpenStackConnector *m_connector;
    BootstrapRequest m_request;
    QString m_label;
    OpenStackResources *m_resources;
};

} // namespace Slipway
