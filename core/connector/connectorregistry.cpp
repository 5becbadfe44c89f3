#include "connectorregistry.h"

#include "core/connector/connector.h"

#include <QCoreApplication>

namespace Slipway {

void ConnectorRegistry::add(const ConnectorKind &kind)
{
    for (ConnectorKind &k : m_kinds) {
        if (k.name == kind.name) {
            k = kind;
            return;
        }
    }
    m_kinds << kind;
}

QStringList ConnectorRegistry::kinds() const
{
    QStringList names;
    for (const ConnectorKind &k : m_kinds)
        names << k.name;
    return names;
}

const ConnectorKind *ConnectorRegistry::find(const QString &name) const
{
    for (const ConnectorKind &k : m_kinds) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

Connector *ConnectorRegistry::create(const CloudConfig &cloud,
                                     QObject *parent,
                                     ConnectorError *error) const
{
    const ConnectorKind *kind = find(cloud.kind);
    if (!kind || !kind->factory) {
        if (error) {
            *error = ConnectorError{
                ConnectorError::Code::InvalidRequest,
                QCoreApplication::translate("Slipway::ConnectorRegistry",
                                            "The cloud “%1” is of the kind “%2”, which this "
                                            "Slipway does not know (it knows: %3).")
                    .arg(cloud.name, cloud.kind, kinds().join(u", ")),
                {},
                -1,
                {}};
        }
        return nullptr;
    }
    return kind->factory(cloud, parent);
}

} // namespace Slipway
