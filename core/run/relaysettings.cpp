#include "core/run/relaysettings.h"

#include "core/secrets/secretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// "line L, column C" of a byte offset, for JSON parse errors.
QString position(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"%1:%2"_s.arg(line).arg(column);
}

Result<void> check(const RelaySettings &s, const QString &where)
{
    const QUrl node(s.nodeUrl);
    if (!node.isValid() || node.scheme() != u"https" || node.host().isEmpty())
        return Error{u"%1: \"url\" must be the relay's https URL for the nodes "
                     "(https://relay.example.org:8443), not \"%2\""_s.arg(where, s.nodeUrl)};
    if (!s.linkUrl.isValid() || (s.linkUrl.scheme() != u"wss" && s.linkUrl.scheme() != u"ws")
        || s.linkUrl.host().isEmpty())
        return Error{u"%1: \"link\" must be the relay's wss URL for this application "
                     "(wss://relay.example.org:8444/slipway-relay/v1), not \"%2\""_s
                         .arg(where, s.linkUrl.toString())};
    return {};
}

} // namespace

QString relaySettingsFile(const QString &dataDir)
{
    return dataDir + u"/relay.json"_s;
}

Result<std::optional<RelaySettings>> readRelaySettings(const QString &file)
{
    QFile f(file);
    if (!f.exists())
        return std::optional<RelaySettings>();
    if (!f.open(QIODevice::ReadOnly))
        return Error{u"%1: cannot read: %2"_s.arg(file, f.errorString())};
    const QByteArray data = f.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            u"%1:%2: %3"_s.arg(file, position(data, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return Error{u"%1:1:1: expected an object with \"url\" and \"link\""_s.arg(file)};
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"url" && it.key() != u"link" && it.key() != u"ca-file")
            return Error{
                u"%1: unknown field \"%2\" (expected url, link, ca-file)"_s.arg(file, it.key())};
        if (!it.value().isString())
            return Error{u"%1: \"%2\" must be a string"_s.arg(file, it.key())};
    }
    RelaySettings s;
    s.nodeUrl = o.value(u"url").toString();
    s.linkUrl = QUrl(o.value(u"link").toString());
    s.caFile = o.value(u"ca-file").toString();
    if (Result<void> ok = check(s, file); !ok)
        return ok.error();
    return std::optional<RelaySettings>(s);
}

Result<void> writeRelaySettings(const QString &file, const RelaySettings &settings)
{
    if (Result<void> ok = check(settings, u"relay"_s); !ok)
        return ok;
    if (!settings.caFile.isEmpty() && !QFile::exists(settings.caFile))
        return Error{u"the CA file %1 does not exist"_s.arg(settings.caFile)};
    QJsonObject o{{u"url"_s, settings.nodeUrl}, {u"link"_s, settings.linkUrl.toString()}};
    if (!settings.caFile.isEmpty())
        o.insert(u"ca-file"_s, settings.caFile);
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error{u"%1: cannot write: %2"_s.arg(file, f.errorString())};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Error{u"%1: cannot write: %2"_s.arg(file, f.errorString())};
    return {};
}

Result<void> applyRelaySettings(const RelaySettings &settings,
                                const QByteArray &secret,
                                RunHost::Options *options)
{
    if (secret.isEmpty())
        return Error{u"the relay's secret is empty: set it with `slipway-cli relay set`"_s};
    options->relayUrl = settings.nodeUrl;
    options->relayLinkUrl = settings.linkUrl;
    options->relaySecret = secret;
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caFile);
        if (cas.isEmpty())
            return Error{u"%1: no PEM certificate in the relay's CA file"_s.arg(settings.caFile)};
        options->relayCaCertificates = cas;
    }
    return {};
}

Result<void> configureRelay(const QString &dataDir, RunHost::Options *options)
{
    const auto settings = readRelaySettings(relaySettingsFile(dataDir));
    if (!settings)
        return settings.error();
    if (!settings->has_value())
        return {};
    const Result<QByteArray> secret = readSecretNow(kRelaySecretCloud.toString(),
                                                    kRelaySecretName.toString());
    if (!secret)
        return Error{
            u"%1 names a relay, but its secret cannot be read: %2"_s.arg(relaySettingsFile(dataDir),
                                                                         secret.errorMessage())};
    return applyRelaySettings(**settings, *secret, options);
}

} // namespace Slipway
