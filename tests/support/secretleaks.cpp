#include "secretleaks.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

namespace {

QByteArray formEncoded(const QByteArray &secret)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(secret), " ").replace(' ', '+');
}

QByteArray jsonEscaped(const QByteArray &secret)
{
    QByteArray out;
    for (const char c : secret) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '/')
            out += "\\/";
        else if (uchar(c) < 0x20)
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

QString findEncoded(const QByteArray &data, const QByteArray &secret)
{
    const QList<QByteArray> encodings = secretEncodings(secret);
    static const char *const names[] = {"raw",
                                        "percent-encoded",
                                        "percent-encoded (lower case)",
                                        "form-encoded",
                                        "base64",
                                        "base64 without padding",
                                        "URL-safe base64",
                                        "URL-safe base64 without padding",
                                        "JSON-escaped",
                                        "JSON-escaped with \\/"};
    for (qsizetype i = 0; i < encodings.size(); ++i) {
        const qsizetype at = data.indexOf(encodings.at(i));
        if (!encodings.at(i).isEmpty() && at >= 0)
            return u"%1 at %2"_s.arg(QLatin1StringView(names[i])).arg(at);
    }
    return {};
}

} // namespace

QList<QByteArray> secretEncodings(const QByteArray &secret)
{
    const auto base64 = [&](QByteArray::Base64Options options) {
        return secret.toBase64(options);
    };
    QByteArray lower = secret.toPercentEncoding();
    for (qsizetype i = 0; i + 2 < lower.size(); ++i) {
        if (lower.at(i) == '%') {
            lower[i + 1] = char(QChar::toLower(uint(uchar(lower.at(i + 1)))));
            lower[i + 2] = char(QChar::toLower(uint(uchar(lower.at(i + 2)))));
        }
    }
    QByteArray escapedSlash = jsonEscaped(secret);
    QByteArray plainJson = escapedSlash;
    plainJson.replace("\\/", "/");
    return {secret,
            secret.toPercentEncoding(),
            lower,
            formEncoded(secret),
            base64(QByteArray::Base64Encoding),
            base64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals),
            base64(QByteArray::Base64UrlEncoding),
            base64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            plainJson,
            escapedSlash};
}

QString findSecret(const QByteArray &data, const QByteArray &secret)
{
    if (QString found = findEncoded(data, secret); !found.isEmpty())
        return found;
    const QByteArray percentDecoded = QByteArray::fromPercentEncoding(data);
    if (percentDecoded != data && percentDecoded.contains(secret))
        return u"percent-decoded"_s;
    QByteArray formDecoded = data;
    formDecoded.replace('+', ' ');
    formDecoded = QByteArray::fromPercentEncoding(formDecoded);
    if (formDecoded.contains(secret))
        return u"form-decoded"_s;
    // The secret inside a longer base64 text (user data, a JSON field): decoded from each of
    // the first three characters, one of which starts on the secret's alignment.
    static const QRegularExpression base64Run(u"[A-Za-z0-9+/_-]{8,}={0,2}"_s);
    const QString text = QString::fromLatin1(data);
    for (auto it = base64Run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray run = m.captured().toLatin1();
        for (int shift = 0; shift < 4; ++shift) {
            for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                const auto decoded = QByteArray::fromBase64Encoding(run.mid(shift), options);
                if (decoded.decoded.contains(secret))
                    return u"base64 of it at %1"_s.arg(m.capturedStart() + shift);
            }
        }
    }
    return {};
}

QString findSecretInRequest(const CloudFixtureServer::Request &request, const QByteArray &secret)
{
    QList<std::pair<QString, QByteArray>> parts{{u"method"_s, request.method},
                                                {u"path"_s, request.path},
                                                {u"query"_s, request.rawQuery},
                                                {u"body"_s, request.body}};
    for (const auto &[name, value] : request.headers)
        parts.append({u"header "_s + QString::fromLatin1(name), value});
    for (const QUrlQuery &items : {request.query, request.form()})
        for (const auto &[name, value] : items.queryItems(QUrl::FullyDecoded))
            parts.append({u"value of "_s + name, value.toUtf8()});
    for (const auto &[name, value] : std::as_const(parts)) {
        if (const QString how = findSecret(value, secret); !how.isEmpty())
            return u"%1 %2: %3, %4"_s.arg(QString::fromLatin1(request.method),
                                          QString::fromLatin1(request.path),
                                          name,
                                          how);
    }
    return {};
}

LeakScan scanForSecret(const QStringList &folders, const QByteArray &secret, const QStringList &skip)
{
    LeakScan scan;
    QSet<QString> seen; // folders may hold one another
    for (const QString &folder : folders) {
        QDirIterator it(folder,
                        QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (std::any_of(skip.cbegin(), skip.cend(), [&](const QString &s) {
                    return path.contains(s);
                }))
                continue;
            if (seen.contains(it.fileInfo().canonicalFilePath()))
                continue;
            seen.insert(it.fileInfo().canonicalFilePath());
            QFile f(path);
            if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            ++scan.files;
            if (const QString how = findSecret(f.readAll(), secret); !how.isEmpty())
                scan.leaks << path + u": "_s + how;
        }
    }
    return scan;
}

} // namespace Slipway::Testing
