#pragma once

// Secrets of a cloud (passwords, secret access keys, key passphrases) live only in the
// system keychain: never in the catalog, a bundle, clouds.json or a log. They
// are kept with QtKeychain (the Secret Service on Linux) under the service "slipway" and
// the key "<cloud>/<name>". Every call is asynchronous, because the keychain may ask the
// user to unlock it: `done` is called later on `context`'s thread, never if `context` is
// destroyed first.

#include "core/model/result.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

class QObject;

namespace Slipway {

inline constexpr QStringView kSecretService = u"slipway";

// "<cloud>/<name>": the key of a secret in the keychain.
QString secretKey(const QString &cloud, const QString &name);

// Reads a secret; an error names the cloud and the secret and says whether it was simply
// not there ("no secret-access-key for the cloud aws-eu in the keychain").
void readSecret(const QString &cloud,
                const QString &name,
                QObject *context,
                std::function<void(Result<QByteArray>)> done);

// Stores (or replaces) a secret.
void writeSecret(const QString &cloud,
                 const QString &name,
                 const QByteArray &secret,
                 QObject *context,
                 std::function<void(Result<void>)> done);

// Removes a secret; removing one that is not there succeeds.
void removeSecret(const QString &cloud,
                  const QString &name,
                  QObject *context,
                  std::function<void(Result<void>)> done);

// For command-line programs, which have no event loop running: runs one of the calls above
// in a local event loop and returns its result.
Result<QByteArray> readSecretNow(const QString &cloud, const QString &name);
Result<void> writeSecretNow(const QString &cloud, const QString &name, const QByteArray &secret);
Result<void> removeSecretNow(const QString &cloud, const QString &name);

} // namespace Slipway
