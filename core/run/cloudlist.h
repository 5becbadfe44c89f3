#pragma once

// The clouds of this installation: named configurations of a connector kind,
// kept as JSON in Paths::dataDir()/clouds.json. "local" always exists. Settings only:
// credentials never come here, they belong in the system keychain.

#include "core/connector/cloudconfig.h"
#include "core/model/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

class CloudList
{
public:
    explicit CloudList(QString fileName = {}); // empty: Paths::dataDir()/clouds.json

    QString fileName() const { return m_file; }

    // Reads the file; a missing file is an empty list (beside "local").
    Result<void> load();
    // Writes the file atomically.
    Result<void> save() const;

    // "local" first, then the configured clouds by name.
    QList<CloudConfig> clouds() const;
    std::optional<CloudConfig> find(const QString &name) const;
    // Adds or replaces a cloud; "local" may be configured too (e.g. to choose docker).
    Result<void> add(const CloudConfig &cloud);
    // Removes a configured cloud; "local" stays (removing its configuration brings back the
    // default one). An error when there is no such cloud.
    Result<void> remove(const QString &name);

private:
    QString m_file;
    QList<CloudConfig> m_clouds;
};

} // namespace Slipway
