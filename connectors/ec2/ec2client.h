#pragma once

// The EC2 Query API over HTTPS: POST of Action=...&Version=2016-11-15 form bodies signed with
// SigV4, XML answers, the cloud's own error (Code and Message) on failure, retries with
// exponential backoff and jitter on throttling, 5xx and dropped connections, and NextToken
// pagination. Never logs a body, a header or the secret.

#include "connectors/ec2/sigv4signer.h"
#include "connectors/ec2/xmlelement.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcEc2)

namespace Slipway {

struct Ec2Error
{
    QString action;
    int httpStatus = 0; // 0: no HTTP answer (network or TLS failure)
    QString code;       // "InvalidAMIID.NotFound", empty for network failures
    QString message;    // the cloud's own words, or the network error
    QString requestId;
    int attempts = 1;

    bool isRetryable() const;
    // "RunInstances: InvalidAMIID.NotFound: The image id '[ami-1]' does not exist"
    QString toDisplayString() const;
};

class Ec2Client : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ec2Client)

public:
    static constexpr auto kApiVersion = u"2016-11-15";

    struct Options
    {
        QUrl endpoint; // https://ec2.eu-west-1.amazonaws.com
        QString region;
        QString accessKeyId;
        QByteArray secretAccessKey;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        int maxAttempts = 6;
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{20000};
        std::chrono::milliseconds transferTimeout{60000};
        std::function<QDateTime()> clock; // the signing time; now when empty
    };

    using Params = QList<std::pair<QString, QString>>;
    // Exactly one of response and error is set.
    using Done = std::function<void(const XmlElement *response, const Ec2Error *error)>;
    using DoneAll = std::function<void(const QList<XmlElement> &pages, const Ec2Error *error)>;

    explicit Ec2Client(Options options, QObject *parent = nullptr);
    ~Ec2Client() override;

    // `done` runs later, unless `context` is gone by then or cancel(context) was called.
    void call(const QString &action, const Params &params, QObject *context, Done done);
    // Follows NextToken until the last page (at most 1,000 pages).
    void callAll(const QString &action, const Params &params, QObject *context, DoneAll done);
    // Aborts every call made for `context`; their callbacks are not run.
    void cancel(QObject *context);

    // The form body of a call, parameters in the given order after Action and Version.
    static QByteArray formBody(const QString &action, const Params &params);
    // One key or value of a form body (application/x-www-form-urlencoded).
    static QByteArray formEncode(const QString &text);
    // The delay before retry number `attempt` (1-based): base * 2^(attempt-1) capped at max,
    // then a random point in its upper half.
    static std::chrono::milliseconds retryDelay(const Options &options, int attempt);
    static QUrl endpointForRegion(const QString &region);

    const Options &options() const { return m_options; }

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending> &pending);
    void page(const QString &action,
              Params params,
              QObject *context,
              std::shared_ptr<QList<XmlElement>> pages,
              DoneAll done);

    Options m_options;
    SigV4Signer m_signer;
    QNetworkAccessManager m_nam;
    QList<std::shared_ptr<Pending>> m_pending;
};

} // namespace Slipway
