#pragma once

#include "core/connector/cloudconfig.h"
#include "core/connector/connectorerror.h"
#include "core/connector/connectortypes.h"

#include <QList>
#include <QString>

#include <functional>

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

// A kind of connector: how to make one for a cloud, what it can do, what it can be told.
struct ConnectorKind
{
    using Factory = std::function<Connector *(const CloudConfig &cloud, QObject *parent)>;

    QString name;        // "local": CloudConfig::kind
    QString displayName; // "Local containers (Podman or Docker)"
    ConnectorCapabilities capabilities;
    QList<ConnectorSetting> settings;
    Factory factory;
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
