#pragma once

#include "core/connector/cloudconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcOpenStack)

class QNetworkAccessManager;
class QNetworkReply;

namespace Slipway {

// One answer of an OpenStack API, or why there is none.
struct OpenStackReply
{
    int status = 0;                       // HTTP status; 0 when the request never got an answer
    QJsonObject json;                     // the body when it is a JSON object
    QByteArray body;                      // the raw body
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QString errorMessage; // the cloud's own message for an error status, else the transport's

    bool ok() const { return status >= 200 && status < 300; }
};

// One request to a service of the catalog ("compute", "network", "image") or, with an
// absolute URL in `path`, to that URL (pagination links).
struct OpenStackRequest
{
    QString service;
    QByteArray method = "GET";
    QString path;          // relative to the service's endpoint, with its query
    QJsonObject body;      // sent when not empty (and always for POST/PUT)
    bool sendBody = false; // send `body` even when empty
    QMap<QByteArray, QByteArray> headers;
};

// The Keystone v3 session of one cloud and the requests made with it: authentication with a
// password or an application credential (the secret read from the keychain each time a token
// is needed, never kept), the token renewed shortly before it expires and once more when a
// service answers 401, endpoints found in the token's service catalog by type, interface and
// region. Requests wait while a token is being obtained.
class OpenStackClient : public QObject
{
    Q_OBJECT
public:
    // Settings of the cloud (keys of CloudConfig::settings).
    static constexpr auto kAuthUrl = u"auth_url";
    static constexpr auto kAuthType = u"auth_type"; // "password" or "application_credential"
    static constexpr auto kUserName = u"username";
    static constexpr auto kUserDomain = u"user_domain";
    static constexpr auto kProjectName = u"project_name";
    static constexpr auto kProjectDomain = u"project_domain";
    static constexpr auto kApplicationCredentialId = u"application_credential_id";
    static constexpr auto kRegion = u"region";
    static constexpr auto kInterface = u"interface";
    static constexpr auto kCaFile = u"ca_file";
    // Keychain names of the secrets, under the cloud's name.
    static constexpr auto kPasswordSecret = u"password";
    static constexpr auto kApplicationCredentialSecret = u"application_credential_secret";

    using Callback = std::function<void(const OpenStackReply &)>;

    explicit OpenStackClient(const CloudConfig &cloud, QObject *parent = nullptr);

    // The keychain name of the secret this cloud's authentication uses.
    QString secretName() const;

    // Sends `request` (authenticating first when needed); `done` runs on the event loop unless
    // `context` is gone.
    void send(const OpenStackRequest &request, QObject *context, Callback done);
    // Aborts every request made for `context`.
    void abort(QObject *context);

    // Authenticates now (for `cloud test`): the reply of Keystone.
    void authenticate(QObject *context, Callback done);

    QString token() const { return m_token; }
    QDateTime tokenExpiry() const { return m_expiry; }
    // The endpoint of a service type, from the last catalog ("" when unknown).
    QString endpoint(const QString &service) const;
    QString projectId() const { return m_projectId; }

    // The cloud's message in an error body (Nova {"itemNotFound": {"message"}}, Keystone
    // {"error": {"message"}}, Neutron {"NeutronError": {"message"}}, Glance text), else the
    // status line.
    static QString errorMessage(int status, const QByteArray &body, const QString &reason);

private:
    struct Pending
    {
        OpenStackRequest request;
        QPointer<QObject> context;
        Callback done;
        bool retried = false;
    };

    void startAuthentication();
    void onAuthenticated(const OpenStackReply &reply);
    void dispatch(Pending pending);
    QNetworkReply *post(const QUrl &url,
                        const QByteArray &method,
                        const QMap<QByteArray, QByteArray> &headers,
                        const QByteArray &body);
    void collect(QNetworkReply *reply, QObject *context, Callback done);
    QUrl authUrl() const;
    bool tokenValid() const;

    CloudConfig m_cloud;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    QString m_token;
    QDateTime m_expiry;
    QString m_projectId;
    QJsonArray m_catalog;
    bool m_authenticating = false;
    QList<Pending> m_waiting;
    QList<std::pair<QPointer<QObject>, Callback>> m_authWaiters;
    QMultiHash<QObject *, QPointer<QNetworkReply>> m_replies;
};

} // namespace Slipway
