#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// One host of an SSH cloud's pool: "[user@]address[:port]" ("[::1]:2222" for IPv6).
struct SshHostAddress
{
    QString user;
    QString address;
    quint16 port = 22;

    // "user@address:port": the host's name in the pool and in its leases.
    QString toString() const;

    static std::optional<SshHostAddress> parse(const QString &text,
                                               const QString &defaultUser,
                                               quint16 defaultPort);
    // A pool written as a list separated by commas, spaces or new lines; `error` names the
    // entry that is wrong.
    static QList<SshHostAddress> parseList(const QString &text,
                                           const QString &defaultUser,
                                           quint16 defaultPort,
                                           QString *error);

    friend bool operator==(const SshHostAddress &, const SshHostAddress &) = default;
};

} // namespace Slipway
