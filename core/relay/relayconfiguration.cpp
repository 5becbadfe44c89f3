#include "relayconfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Slipway::Relay {

std::optional<ListenAddress> parseListenAddress(const QString &text, QString *error)
{
    QString host;
    QString port = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = u"\"%1\": the port must be a number from 0 to 65535"_s.arg(text);
        return std::nullopt;
    }
    ListenAddress result;
    result.port = quint16(p);
    result.address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (result.address.isNull()) {
        *error = u"\"%1\": \"%2\" is not an IP address"_s.arg(text, host);
        return std::nullopt;
    }
    return result;
}

std::optional<qsizetype> parseSize(const QString &text, QString *error)
{
    QString digits = text.trimmed();
    qint64 factor = 1;
    if (digits.endsWith(u'K', Qt::CaseInsensitive))
        factor = 1024;
    else if (digits.endsWith(u'M', Qt::CaseInsensitive))
        factor = 1024 * 1024;
    else if (digits.endsWith(u'G', Qt::CaseInsensitive))
        factor = 1024 * 1024 * 1024;
    if (factor != 1)
        digits.chop(1);
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n <= 0 || n > (qint64(1) << 40) / factor) {
        *error = u"\"%1\" is not a size (a positive number of bytes, or with K, M or G)"_s.arg(text);
        return std::nullopt;
    }
    return qsizetype(n * factor);
}

std::optional<QByteArray> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the secret file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
        *error = u"the secret file %1 is readable by other users; chmod 600 it"_s.arg(path);
        return std::nullopt;
    }
    const QByteArray secret = file.readLine(4096).trimmed();
    if (secret.size() < 16) {
        *error = u"the secret in %1 is shorter than 16 characters"_s.arg(path);
        return std::nullopt;
    }
    return secret;
}

std::optional<QSslConfiguration> loadServerTls(const QString &certificateFile,
                                               const QString &keyFile,
                                               QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in %1"_s.arg(certificateFile);
        return std::nullopt;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the key file %1: %2"_s.arg(keyFile, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = u"no unencrypted PEM EC or RSA private key in %1"_s.arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(
        QSslSocket::VerifyNone); // nodes and the application use no client certificates
    return tls;
}

} // namespace Slipway::Relay
