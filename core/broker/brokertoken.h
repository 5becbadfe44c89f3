#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Slipway::BrokerToken {

// A new node token: 32 bytes from the system's CSPRNG (256 bits), base64url without padding.
QByteArray generate();

// What the broker stores: SHA-256 of the token, never the token itself.
QByteArray hash(QByteArrayView token);

// Compares a presented token with a stored hash in constant time.
bool matches(QByteArrayView token, QByteArrayView storedHash);

} // namespace Slipway::BrokerToken
