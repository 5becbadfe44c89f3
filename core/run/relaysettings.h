#pragma once

// Where the nodes of clouds without a route to this machine reach the broker: slipway-relay
// (docs/ARCHITECTURE.md#relay). Kept in relay.json in the data folder, which holds no
// secret; the link's shared secret lives in the system keychain as relay/secret.

#include "core/model/result.h"
#include "core/run/runhost.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Slipway {

inline constexpr QStringView kRelaySecretCloud = u"relay";
inline constexpr QStringView kRelaySecretName = u"secret";

struct RelaySettings
{
    QString nodeUrl; // what the nodes call: "https://relay.example.org:8443"
    QUrl linkUrl; // what this application links to: "wss://relay.example.org:8444/slipway-relay/v1"
    QString caFile; // optional: a PEM file of CAs to trust for the relay's certificate

    friend bool operator==(const RelaySettings &, const RelaySettings &) = default;
};

QString relaySettingsFile(const QString &dataDir);

// No file: no relay (std::nullopt). A malformed file is an error naming the file, the line
// and what was expected.
Result<std::optional<RelaySettings>> readRelaySettings(const QString &file);
// Checks the settings and writes them atomically.
Result<void> writeRelaySettings(const QString &file, const RelaySettings &settings);
// Fills the relay part of a run host's options (reading the CA file).
Result<void> applyRelaySettings(const RelaySettings &settings,
                                const QByteArray &secret,
                                RunHost::Options *options);

// What a run host of `dataDir` needs: reads relay.json and, when it names a relay, the
// secret from the keychain (waiting for it in a local event loop). No file: nothing changes.
Result<void> configureRelay(const QString &dataDir, RunHost::Options *options);

} // namespace Slipway
