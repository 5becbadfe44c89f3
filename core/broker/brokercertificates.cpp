#include "brokercertificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslCertificate>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BrokerCertificates", text);
}

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter>;
using Certificate = std::unique_ptr<X509, Deleter>;
using Bio = std::unique_ptr<BIO, Deleter>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Certificate newCertificate(EVP_PKEY *key,
                           const QByteArray &commonName,
                           X509 *issuer,
                           EVP_PKEY *issuerKey,
                           bool ca,
                           const QByteArray &subjectAltNames)
{
    Certificate cert(X509_new());
    if (!cert)
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER *asn1Serial = BN_to_ASN1_INTEGER(bn, nullptr);
    BN_free(bn);
    const bool serialSet = asn1Serial && X509_set_serialNumber(cert.get(), asn1Serial) == 1;
    ASN1_INTEGER_free(asn1Serial);
    if (!serialSet || X509_set_version(cert.get(), 2) != 1)
        return {};
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), ca ? 10L * 365 * 86400 : 2L * 365 * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name,
                               "O",
                               MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Slipway"),
                               -1,
                               -1,
                               0);
    X509_NAME_add_entry_by_txt(name,
                               "CN",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()),
                               -1,
                               -1,
                               0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (ca) {
        ok = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
             && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert.get(),
                             signer,
                             NID_key_usage,
                             "critical,digitalSignature,keyEncipherment")
             && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
             && addExtension(cert.get(), signer, NID_subject_alt_name, subjectAltNames)
             && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray pem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray pem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

Key readKey(const QByteArray &data)
{
    Bio bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Certificate readCertificate(const QByteArray &data)
{
    Bio bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QFile::remove(path);
    QFile f(path);
    const QFileDevice::Permissions mode = secret
                                              ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                              : (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode) || f.write(data) != data.size()
        || !f.flush()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(mode); // the umask may have narrowed it; never widen a key's
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

BrokerCertificates BrokerCertificates::ensure(const QString &dirPath, const QStringList &hostNames)
{
    BrokerCertificates result;
    QDir dir(dirPath);
    if (!dir.mkpath(u"."_s)) {
        result.error = tr("Cannot create the folder %1.").arg(dirPath);
        return result;
    }
    QFile::setPermissions(dirPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    result.caFile = dir.filePath(u"ca.pem"_s);
    result.certificateFile = dir.filePath(u"server.pem"_s);
    result.keyFile = dir.filePath(u"server.key"_s);
    const QString caKeyFile = dir.filePath(u"ca.key"_s);

    QStringList names{u"localhost"_s, u"127.0.0.1"_s, u"::1"_s};
    const QString local = QHostInfo::localHostName();
    if (!local.isEmpty())
        names.append(local);
    for (const QString &n : hostNames) {
        if (!n.isEmpty() && !names.contains(n))
            names.append(n);
    }

    Key caKey = readKey(readFile(caKeyFile));
    Certificate caCert = readCertificate(readFile(result.caFile));
    if (!caKey || !caCert || X509_check_private_key(caCert.get(), caKey.get()) != 1) {
        caKey = newKey();
        if (!caKey) {
            result.error = tr("OpenSSL could not make a key.");
            return result;
        }
        const QByteArray cn = "Slipway broker CA " + local.toUtf8();
        caCert = newCertificate(caKey.get(), cn, nullptr, nullptr, true, {});
        if (!caCert) {
            result.error = tr("OpenSSL could not make the broker's CA certificate.");
            return result;
        }
        if (!writeFile(caKeyFile, pem(caKey.get()), true, &result.error)
            || !writeFile(result.caFile, pem(caCert.get()), false, &result.error))
            return result;
        QFile::remove(result.certificateFile); // signed by the old CA
    }

    // Reuse the server certificate if it is the CA's and names every host.
    const QList<QSslCertificate> existing = QSslCertificate::fromPath(result.certificateFile);
    Key serverKey = readKey(readFile(result.keyFile));
    Certificate serverCert = readCertificate(readFile(result.certificateFile));
    bool reuse = serverKey && serverCert && existing.size() == 1
                 && X509_check_private_key(serverCert.get(), serverKey.get()) == 1
                 && X509_verify(serverCert.get(), caKey.get()) == 1
                 && X509_cmp_current_time(X509_get0_notAfter(serverCert.get())) > 0;
    if (reuse) {
        const auto alt = existing.first().subjectAlternativeNames();
        for (const QString &n : std::as_const(names)) {
            const QHostAddress address(n);
            const QString shown = address.isNull() ? n : address.toString();
            reuse = reuse
                    && (alt.values(QSsl::DnsEntry).contains(n)
                        || alt.values(QSsl::IpAddressEntry).contains(shown));
        }
    }
    if (reuse)
        return result;

    QByteArray san;
    for (const QString &n : std::as_const(names)) {
        if (!san.isEmpty())
            san += ',';
        san += QByteArray(QHostAddress(n).isNull() ? "DNS:" : "IP:") + n.toUtf8();
    }
    serverKey = newKey();
    serverCert
        = newCertificate(serverKey.get(), "Slipway broker", caCert.get(), caKey.get(), false, san);
    if (!serverKey || !serverCert) {
        result.error = tr("OpenSSL could not make the broker's server certificate.");
        return result;
    }
    if (!writeFile(result.keyFile, pem(serverKey.get()), true, &result.error)
        || !writeFile(result.certificateFile, pem(serverCert.get()), false, &result.error))
        return result;
    return result;
}

QString BrokerCertificates::issueRelayCertificate(const QString &dir,
                                                  const QStringList &names,
                                                  const QString &outDir)
{
    if (names.isEmpty())
        return tr("Name the relay's host (a DNS name or an IP address) for its certificate.");
    const BrokerCertificates broker = ensure(dir);
    if (!broker.ok())
        return broker.error;
    const Key caKey = readKey(readFile(QDir(dir).filePath(u"ca.key"_s)));
    const Certificate caCert = readCertificate(readFile(broker.caFile));
    if (!caKey || !caCert)
        return tr("The broker's CA in %1 is unreadable.").arg(dir);
    QByteArray san;
    for (const QString &n : names) {
        const QString name = n.trimmed();
        if (name.isEmpty() || name.contains(u',') || name.contains(u' '))
            return tr("\"%1\" is not a host name or an IP address.").arg(n);
        if (!san.isEmpty())
            san += ',';
        san += QByteArray(QHostAddress(name).isNull() ? "DNS:" : "IP:") + name.toUtf8();
    }
    const Key key = newKey();
    const Certificate cert
        = key ? newCertificate(key.get(), "Slipway relay", caCert.get(), caKey.get(), false, san)
              : Certificate();
    if (!key || !cert)
        return tr("OpenSSL could not make the relay's certificate.");
    if (!QDir().mkpath(outDir))
        return tr("Cannot create the folder %1.").arg(outDir);
    QString error;
    const QDir out(outDir);
    if (!writeFile(out.filePath(u"tls.key"_s), pem(key.get()), true, &error)
        || !writeFile(out.filePath(u"tls.crt"_s), pem(cert.get()) + pem(caCert.get()), false, &error))
        return error;
    return {};
}

} // namespace Slipway
