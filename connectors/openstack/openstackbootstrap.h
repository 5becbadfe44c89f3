#pragma once

#include "core/connector/connectoroperation.h"

namespace Slipway {

class OpenStackConnector;
class OpenStackResources;

// Bootstraps a server through cloud-init: rebuilds it from its own image with the user-data
// that runs the bootstrap (Nova microversion 2.57, 2.93 for a server booted from a volume),
// waits for ACTIVE, then reads the bootstrap's exit status from the console log. The label
// in the status line carries a nonce, so that a line left by an earlier bootstrap of the
// same server is never taken for this one.
class OpenStackBootstrap final : public BootstrapOperation
{
    Q_OBJECT
public:
    // Nova takes at most this much base64 user-data.
    static constexpr qsizetype kMaxUserData = 65535;

    OpenStackBootstrap(OpenStackConnector *connector, const BootstrapRequest &request);

    QString label() const { return m_label; }

protected:
    void start() override;
    void stop() override;

private:
    void rebuild(const QString &imageId, bool fromVolume);

    OpenStackConnector *m_connector;
    BootstrapRequest m_request;
    QString m_label;
    OpenStackResources *m_resources;
};

} // namespace Slipway
