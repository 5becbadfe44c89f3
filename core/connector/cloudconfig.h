#pragma once

#include <QString>
#include <QVariantMap>

namespace Slipway {

// A cloud: a named, configured account of one connector kind. Settings are
// plain values (executable, endpoint, region, host pool…); credentials are never here, they
// live in the system keychain under the cloud's name.
struct CloudConfig
{
    QString name;         // "local", "my-openstack"
    QString kind;         // a kind of the ConnectorRegistry: "local", "ssh", "openstack", "ec2"
    QVariantMap settings; // kind-specific, see ConnectorKind::settings

    QString setting(const QString &key, const QString &fallback = {}) const;

    // The cloud every installation has: local containers with the default settings.
    static CloudConfig local();

    friend bool operator==(const CloudConfig &, const CloudConfig &) = default;
};

} // namespace Slipway
