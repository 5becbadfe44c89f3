#pragma once

// What slipway-relay is told on its command line, checked and loaded: listen addresses, the
// TLS certificate and key, and the shared secret read from a file (never an argument, which
// every user of the machine could read in /proc).

#include "relayserver.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Slipway::Relay {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "ADDR:PORT", "[v6]:PORT", ":PORT" or "PORT" (all addresses).
std::optional<ListenAddress> parseListenAddress(const QString &text, QString *error);

// "1048576", "512K", "16M", "1G".
std::optional<qsizetype> parseSize(const QString &text, QString *error);

// The first line of the file, trimmed; refused when empty, shorter than 16 bytes, or readable
// by group or others.
std::optional<QByteArray> readSecretFile(const QString &path, QString *error);

// A server TLS configuration from PEM files (the key unencrypted).
std::optional<QSslConfiguration> loadServerTls(const QString &certificateFile,
                                               const QString &keyFile,
                                               QString *error);

} // namespace Slipway::Relay
