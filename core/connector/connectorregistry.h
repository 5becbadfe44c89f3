#pragma once

#include "core/connector/cloudconfig.h"
#include "core/connector/connectorerror.h"
#include "core/connector/connectortypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Slipway {

class Connector;

// One setting of a connector kind, for `slipway-cli cloud add` and the cloud dialog.
struct ConnectorSetting
{
    QString key;
    QString description;
    QString defaultValue;
};

// The credential a cloud of a kind authenticates with. It is kept in the system keychain as
// <cloud>/<name>, never in clouds.json.
struct ConnectorSecret
{
    QString label;       // "Secret access key:", beside its field in the cloud dialog
    QString description; // "The secret access key of the access key id"
    // Whether every cloud of the kind needs one: slipway-cli cloud add asks for a required
    // one only (an SSH key may have no passphrase, or the SSH agent may hold it).
    bool required = true;
    // The keychain name for a cloud, which may depend on its settings (OpenStack's auth_type).
    std::function<QString(const CloudConfig &cloud)> name;
};

// What the front ends need of a connector that checks the keys of the hosts it logs in to
// (SSH), to ask the user about keys it meets for the first time.
struct ConnectorHostKeys
{
    // The hosts whose key the last check() of `connector` refused because it was not known
    // yet, as "host: fingerprint"; none once unknown keys are accepted.
    std::function<QStringList(const Connector &connector)> unknown;
    // From now on `connector` trusts unknown keys and adds them to known_hosts; a changed key
    // is still refused.
    std::function<void(Connector &connector)> acceptUnknown;
};

// A kind of connector: how to make one for a cloud, what it can do, what it can be told.
// Everything the CLI and the GUI know of a kind comes from here, so that neither includes a
// connector's own headers.
struct ConnectorKind
{
    using Factory = std::function<Connector *(const CloudConfig &cloud, QObject *parent)>;

    QString name;        // "local": CloudConfig::kind
    QString displayName; // "Local containers (Podman or Docker)"
    ConnectorCapabilities capabilities;
    QList<ConnectorSetting> settings;
    Factory factory;
    std::optional<ConnectorSecret> secret;     // none: the kind needs no credential
    std::optional<ConnectorHostKeys> hostKeys; // none: no host keys to ask about
};

// The connector kinds the application knows, name -> factory. Filled in one place,
// builtinConnectors() (connectors/builtinconnectors.h), and used by the run engine, the CLI
// and the GUI to make the connector of a cloud.
class ConnectorRegistry
{
public:
    // Replaces a kind of the same name.
    void add(const ConnectorKind &kind);

    QStringList kinds() const;
    const ConnectorKind *find(const QString &name) const;

    // The connector for `cloud`, or nullptr and an InvalidRequest error naming the kind.
    Connector *create(const CloudConfig &cloud,
                      QObject *parent,
                      ConnectorError *error = nullptr) const;

private:
    QList<ConnectorKind> m_kinds;
};

} // namespace Slipway
