#include "sshhostaddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway {

QString SshHostAddress::toString() const
{
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return user + u'@' + host + u':' + QString::number(port);
}

std::optional<SshHostAddress> SshHostAddress::parse(const QString &text,
                                                    const QString &defaultUser,
                                                    quint16 defaultPort)
{
    static const QRegularExpression re(
        uR"(^(?:([A-Za-z0-9._][A-Za-z0-9._-]*)@)?(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9._-]+))(?::([0-9]{1,5}))?$)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    SshHostAddress host;
    host.user = m.captured(1).isEmpty() ? defaultUser : m.captured(1);
    host.address = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    host.port = defaultPort;
    if (!m.captured(4).isEmpty()) {
        const int port = m.captured(4).toInt();
        if (port < 1 || port > 65535)
            return std::nullopt;
        host.port = quint16(port);
    }
    if (host.user.isEmpty())
        return std::nullopt;
    return host;
}

QList<SshHostAddress> SshHostAddress::parseList(const QString &text,
                                                const QString &defaultUser,
                                                quint16 defaultPort,
                                                QString *error)
{
    static const QRegularExpression separators(uR"([,\s]+)"_s);
    QList<SshHostAddress> hosts;
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<SshHostAddress> host = parse(entry, defaultUser, defaultPort);
        if (!host) {
            if (error)
                *error = u"'%1' is not a host: write [user@]address[:port]"_s.arg(entry);
            return {};
        }
        bool known = false;
        for (const SshHostAddress &h : std::as_const(hosts))
            known |= h.toString() == host->toString();
        if (!known)
            hosts << *host;
    }
    return hosts;
}

} // namespace Slipway
