#include "sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(QByteArrayView key, QByteArrayView data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Trimmed, inner runs of spaces folded into one (the suite's get-header-value-trim).
QByteArray canonicalValue(QByteArrayView value)
{
    return value.toByteArray().simplified();
}

// Lower-case name -> its values joined by ',' in the order they came, names sorted.
std::map<QByteArray, QByteArray> canonicalHeaders(const SigV4Request &request)
{
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers) {
        QByteArray &v = headers[name.trimmed().toLower()];
        if (!v.isEmpty())
            v += ',';
        v += canonicalValue(value);
    }
    return headers;
}

} // namespace

QByteArray SigV4Request::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

SigV4Signer::SigV4Signer(QString accessKeyId, QByteArray secretAccessKey, SigV4Scope scope)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secretAccessKey))
    , m_scope(std::move(scope))
{}

QByteArray SigV4Signer::uriEncode(const QString &text, bool keepSlash)
{
    return QUrl::toPercentEncoding(text, keepSlash ? "/" : "");
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray SigV4Signer::signedHeaders(const SigV4Request &request)
{
    QByteArrayList names;
    for (const auto &[name, value] : canonicalHeaders(request))
        names << name;
    return names.join(';');
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request)
{
    QList<std::pair<QByteArray, QByteArray>> query;
    for (const auto &[key, value] : request.query)
        query.append({uriEncode(key), uriEncode(value)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryItems;
    for (const auto &[key, value] : std::as_const(query))
        queryItems << key + '=' + value;

    QByteArray out = request.method.toUpper() + '\n';
    out += uriEncode(request.path.isEmpty() ? u"/"_s : request.path, true) + '\n';
    out += queryItems.join('&') + '\n';
    for (const auto &[name, value] : canonicalHeaders(request))
        out += name + ':' + value + '\n';
    out += '\n';
    out += signedHeaders(request) + '\n';
    out += sha256Hex(request.body);
    return out;
}

QByteArray SigV4Signer::credentialScope(const QDateTime &time) const
{
    return time.toUTC().toString(u"yyyyMMdd"_s).toLatin1() + '/' + m_scope.region.toLatin1() + '/'
           + m_scope.service.toLatin1() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonicalRequest, const QDateTime &time) const
{
    return kAlgorithm.toByteArray() + '\n' + amzDate(time) + '\n' + credentialScope(time) + '\n'
           + sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signature(const QByteArray &stringToSign, const QDateTime &time) const
{
    const QByteArray date = time.toUTC().toString(u"yyyyMMdd"_s).toLatin1();
    QByteArray secretKey = "AWS4";
    secretKey += m_secret;
    const QByteArray dateKey = hmac(secretKey, date);
    const QByteArray regionKey = hmac(dateKey, m_scope.region.toLatin1());
    const QByteArray serviceKey = hmac(regionKey, m_scope.service.toLatin1());
    const QByteArray signingKey = hmac(serviceKey, "aws4_request");
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray SigV4Signer::authorization(const SigV4Request &request, const QDateTime &now) const
{
    const QByteArray sts = stringToSign(canonicalRequest(request), now);
    return kAlgorithm.toByteArray() + " Credential=" + m_accessKeyId.toLatin1() + '/'
           + credentialScope(now) + ", SignedHeaders=" + signedHeaders(request)
           + ", Signature=" + signature(sts, now);
}

void SigV4Signer::sign(SigV4Request &request, const QDateTime &now) const
{
    if (request.header("x-amz-date").isEmpty())
        request.headers.append({"X-Amz-Date", amzDate(now)});
    request.headers.append({"Authorization", authorization(request, now)});
}

} // namespace Slipway
