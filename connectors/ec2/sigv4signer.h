#pragma once

// AWS Signature Version 4 (the "AWS4-HMAC-SHA256" Authorization header), as AWS's published
// test suite checks it (tests/data/ec2/sigv4): canonical request, string to sign, signing key
// derived from the secret by date, region and service, signature.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Slipway {

struct SigV4Request
{
    QByteArray method;                                // "GET", "POST"
    QString path = QStringLiteral("/");               // decoded
    QList<std::pair<QString, QString>> query;         // decoded, in any order
    QList<std::pair<QByteArray, QByteArray>> headers; // every one is signed; host included
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

struct SigV4Scope
{
    QString region;  // "eu-west-1"
    QString service; // "ec2"
};

class SigV4Signer
{
public:
    static constexpr QByteArrayView kAlgorithm = "AWS4-HMAC-SHA256";

    SigV4Signer(QString accessKeyId, QByteArray secretAccessKey, SigV4Scope scope);

    // Adds X-Amz-Date (when missing) and Authorization to request.headers.
    void sign(SigV4Request &request, const QDateTime &now) const;
    QByteArray authorization(const SigV4Request &request, const QDateTime &now) const;

    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
    static QByteArray canonicalRequest(const SigV4Request &request);
    static QByteArray signedHeaders(const SigV4Request &request); // "host;x-amz-date"
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time) const;
    QByteArray credentialScope(const QDateTime &time) const;
    QByteArray signature(const QByteArray &stringToSign, const QDateTime &time) const;

    // RFC 3986 percent-encoding of everything but the unreserved characters.
    static QByteArray uriEncode(const QString &text, bool keepSlash = false);

private:
    QString m_accessKeyId;
    QByteArray m_secret;
    SigV4Scope m_scope;
};

} // namespace Slipway
