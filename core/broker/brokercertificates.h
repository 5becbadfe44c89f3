#pragma once

#include <QString>
#include <QStringList>

namespace Slipway {

// The broker's own CA and server certificate, made with OpenSSL on first start and kept in a
// folder (keys mode 0600). The bootstrap hands ca.pem to the nodes so they verify the broker.
struct BrokerCertificates
{
    QString caFile;          // ca.pem: the CA certificate nodes trust
    QString certificateFile; // server.pem: the broker's certificate, signed by the CA
    QString keyFile;         // server.key
    QString error;           // empty on success; fit to show
    bool ok() const { return error.isEmpty(); }

    // Loads the files from dir, or creates them. The server certificate names 127.0.0.1, ::1,
    // localhost, this host's name and hostNames (DNS names or IP addresses); it is remade when
    // a name is missing from it.
    static BrokerCertificates ensure(const QString &dir, const QStringList &hostNames = {});

    // A certificate for slipway-relay signed by the broker's CA in dir (made if missing), for
    // names (DNS names or IP addresses), with a key of its own: outDir/tls.crt (the
    // certificate, then the CA) and outDir/tls.key (mode 0600). The nodes, which trust the
    // broker's CA, then trust the relay; the broker's keys never leave dir. Returns the
    // error, empty on success.
    static QString issueRelayCertificate(const QString &dir,
                                         const QStringList &names,
                                         const QString &outDir);
};

} // namespace Slipway
