#include "openstackclient.h"

#include "connectors/openstack/openstackconnector.h"
#include "core/secrets/secretstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcOpenStack, "slipway.connector.openstack", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// A token is renewed this long before Keystone says it expires.
constexpr qint64 kExpiryMarginSeconds = 60;

QString messageIn(const QJsonObject &object)
{
    // Nova: {"itemNotFound": {"code": 404, "message": "..."}}; Keystone: {"error": {...}};
    // Neutron: {"NeutronError": {"type", "message", "detail"}}; some: {"message": "..."}.
    if (const QString direct = object.value(u"message"_s).toString(); !direct.isEmpty())
        return direct;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it->isObject())
            continue;
        const QString message = it->toObject().value(u"message"_s).toString();
        if (!message.isEmpty())
            return message;
    }
    return {};
}

} // namespace

OpenStackClient::OpenStackClient(const CloudConfig &cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    // A private cloud's own CA (and the tests' fixture server) is added to the system ones.
    const QString caFile = cloud.setting(QString(kCaFile));
    if (!caFile.isEmpty()) {
        QList<QSslCertificate> cas = m_ssl.caCertificates();
        cas += QSslCertificate::fromPath(caFile, QSsl::Pem);
        m_ssl.setCaCertificates(cas);
    }
}

QString OpenStackClient::secretName() const
{
    return OpenStackConnector::secretName(m_cloud);
}

QUrl OpenStackClient::authUrl() const
{
    QString base = m_cloud.setting(QString(kAuthUrl));
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u"/v3"_s))
        base += u"/v3"_s;
    return QUrl(base + u"/auth/tokens"_s);
}

bool OpenStackClient::tokenValid() const
{
    return !m_token.isEmpty()
           && QDateTime::currentDateTimeUtc().addSecs(kExpiryMarginSeconds) < m_expiry;
}

QString OpenStackClient::endpoint(const QString &service) const
{
    const QString interface = m_cloud.setting(QString(kInterface), u"public"_s);
    const QString region = m_cloud.setting(QString(kRegion));
    for (const QJsonValue &entry : m_catalog) {
        const QJsonObject s = entry.toObject();
        if (s.value(u"type"_s).toString() != service)
            continue;
        for (const QJsonValue &e : s.value(u"endpoints"_s).toArray()) {
            const QJsonObject ep = e.toObject();
            if (ep.value(u"interface"_s).toString() != interface)
                continue;
            const QString epRegion = ep.value(u"region_id"_s)
                                         .toString(ep.value(u"region"_s).toString());
            if (!region.isEmpty() && epRegion != region)
                continue;
            QString url = ep.value(u"url"_s).toString();
            while (url.endsWith(u'/'))
                url.chop(1);
            return url;
        }
    }
    return {};
}

QString OpenStackClient::errorMessage(int status, const QByteArray &body, const QString &reason)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        if (const QString m = messageIn(doc.object()); !m.isEmpty())
            return m;
    }
    // Glance and some proxies answer with text or a small HTML page: keep its text.
    QString text = QString::fromUtf8(body.left(2000));
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text = text.simplified();
    if (!text.isEmpty())
        return text;
    return reason.isEmpty() ? u"HTTP status %1"_s.arg(status) : reason;
}

void OpenStackClient::authenticate(QObject *context, Callback done)
{
    m_authWaiters.append({context, std::move(done)});
    startAuthentication();
}

void OpenStackClient::startAuthentication()
{
    if (m_authenticating)
        return;
    m_authenticating = true;
    const QString secret = secretName();
    readSecret(m_cloud.name, secret, this, [this, secret](Result<QByteArray> value) {
        if (!value) {
            OpenStackReply failed;
            failed.errorMessage = tr("The %1 of cloud %2 is not in the keychain: %3")
                                      .arg(secret, m_cloud.name, value.errorMessage());
            onAuthenticated(failed);
            return;
        }
        QJsonObject identity;
        QJsonObject auth;
        if (secret == QString(kApplicationCredentialSecret)) {
            identity = {
                {u"methods"_s, QJsonArray{u"application_credential"_s}},
                {u"application_credential"_s,
                 QJsonObject{
                     {u"id"_s, m_cloud.setting(QString(kApplicationCredentialId))},
                     {u"secret"_s, QString::fromUtf8(*value)},
                 }},
            };
            auth = {{u"identity"_s, identity}}; // the credential carries its project
        } else {
            identity = {
                {u"methods"_s, QJsonArray{u"password"_s}},
                {u"password"_s,
                 QJsonObject{
                     {u"user"_s,
                      QJsonObject{
                          {u"name"_s, m_cloud.setting(QString(kUserName))},
                          {u"domain"_s,
                           QJsonObject{
                               {u"name"_s, m_cloud.setting(QString(kUserDomain), u"Default"_s)}}},
                          {u"password"_s, QString::fromUtf8(*value)},
                      }}}},
            };
            auth = {
                {u"identity"_s, identity},
                {u"scope"_s,
                 QJsonObject{
                     {u"project"_s,
                      QJsonObject{
                          {u"name"_s, m_cloud.setting(QString(kProjectName))},
                          {u"domain"_s,
                           QJsonObject{{u"name"_s,
                                        m_cloud.setting(QString(kProjectDomain), u"Default"_s)}}},
                      }}}},
            };
        }
        const QByteArray body = QJsonDocument(QJsonObject{{u"auth"_s, auth}})
                                    .toJson(QJsonDocument::Compact);
        qCDebug(lcOpenStack) << "authenticating at" << authUrl().toString() << "as"
                             << m_cloud.setting(QString(kUserName),
                                                m_cloud.setting(QString(kApplicationCredentialId)));
        QNetworkReply *reply = post(authUrl(), "POST", {{"Content-Type", "application/json"}}, body);
        collect(reply, this, [this](const OpenStackReply &r) { onAuthenticated(r); });
    });
}

void OpenStackClient::onAuthenticated(const OpenStackReply &reply)
{
    m_authenticating = false;
    OpenStackReply result = reply;
    if (reply.ok()) {
        const QJsonObject token = reply.json.value(u"token"_s).toObject();
        m_token = QString::fromLatin1(reply.headers.value("x-subject-token"));
        m_expiry = QDateTime::fromString(token.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
        m_catalog = token.value(u"catalog"_s).toArray();
        m_projectId = token.value(u"project"_s).toObject().value(u"id"_s).toString();
        if (m_token.isEmpty()) {
            result.status = 0;
            result.errorMessage = tr("Keystone answered without an X-Subject-Token header.");
        }
        qCInfo(lcOpenStack) << "authenticated to" << m_cloud.name << "until"
                            << m_expiry.toString(Qt::ISODate);
    } else {
        m_token.clear();
        if (reply.status != 0)
            result.errorMessage = tr("Keystone refused the credentials of cloud %1: %2")
                                      .arg(m_cloud.name, reply.errorMessage);
    }
    const auto waiters = std::exchange(m_authWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(result);
    }
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &p : waiting) {
        if (!p.context)
            continue;
        if (!result.ok()) {
            p.done(result);
            continue;
        }
        dispatch(p);
    }
}

void OpenStackClient::send(const OpenStackRequest &request, QObject *context, Callback done)
{
    Pending p{request, context, std::move(done)};
    if (!tokenValid()) {
        m_waiting.append(std::move(p));
        startAuthentication();
        return;
    }
    dispatch(std::move(p));
}

void OpenStackClient::dispatch(Pending p)
{
    QString url = p.request.path;
    if (!url.startsWith(u"https://"_s) && !url.startsWith(u"http://"_s)) {
        const QString base = endpoint(p.request.service);
        if (base.isEmpty()) {
            OpenStackReply failed;
            failed.errorMessage = tr("The service catalog of cloud %1 has no %2 endpoint "
                                     "(interface %3%4).")
                                      .arg(m_cloud.name,
                                           p.request.service,
                                           m_cloud.setting(QString(kInterface), u"public"_s),
                                           m_cloud.setting(QString(kRegion)).isEmpty()
                                               ? QString()
                                               : u", region "_s + m_cloud.setting(QString(kRegion)));
            if (p.context)
                p.done(failed);
            return;
        }
        url = base + (url.startsWith(u'/') ? url : u'/' + url);
    }
    QMap<QByteArray, QByteArray> headers = p.request.headers;
    headers.insert("X-Auth-Token", m_token.toLatin1());
    headers.insert("Accept", "application/json");
    QByteArray body;
    if (p.request.sendBody || !p.request.body.isEmpty() || p.request.method == "POST"
        || p.request.method == "PUT") {
        body = QJsonDocument(p.request.body).toJson(QJsonDocument::Compact);
        headers.insert("Content-Type", "application/json");
    }
    qCDebug(lcOpenStack) << p.request.method << url;
    QNetworkReply *reply = post(QUrl(url), p.request.method, headers, body);
    QObject *context = p.context;
    collect(reply, context, [this, p](const OpenStackReply &r) mutable {
        // A token revoked or expired early: once more with a new one.
        if (r.status == 401 && !p.retried) {
            p.retried = true;
            m_token.clear();
            m_waiting.append(p);
            startAuthentication();
            return;
        }
        p.done(r);
    });
}

QNetworkReply *OpenStackClient::post(const QUrl &url,
                                     const QByteArray &method,
                                     const QMap<QByteArray, QByteArray> &headers,
                                     const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(120000);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    return m_network->sendCustomRequest(request, method, body);
}

void OpenStackClient::collect(QNetworkReply *reply, QObject *context, Callback done)
{
    m_replies.insert(context, reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, context, done] {
        reply->deleteLater();
        m_replies.remove(context, reply);
        if (!guard || reply->error() == QNetworkReply::OperationCanceledError)
            return;
        OpenStackReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            r.json = doc.object();
        if (r.status == 0)
            r.errorMessage = reply->errorString();
        else if (!r.ok())
            r.errorMessage = errorMessage(r.status,
                                          r.body,
                                          reply
                                              ->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                              .toString());
        done(r);
    });
}

void OpenStackClient::abort(QObject *context)
{
    const QList<QPointer<QNetworkReply>> replies = m_replies.values(context);
    m_replies.remove(context);
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    m_waiting.removeIf([context](const Pending &p) { return p.context == context; });
}

} // namespace Slipway
