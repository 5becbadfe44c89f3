#include "ec2client.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEc2, "slipway.connector.ec2", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr int kMaxPages = 1000;

} // namespace

bool Ec2Error::isRetryable() const
{
    static const QStringList throttling{u"RequestLimitExceeded"_s,
                                        u"Throttling"_s,
                                        u"ThrottlingException"_s,
                                        u"RequestThrottled"_s,
                                        u"RequestThrottledException"_s,
                                        u"TooManyRequestsException"_s,
                                        u"ServiceUnavailable"_s,
                                        u"Unavailable"_s,
                                        u"InternalError"_s};
    if (throttling.contains(code))
        return true;
    if (httpStatus >= 500)
        return true;
    return httpStatus == 0 && code.isEmpty() && !message.contains(u"SSL"_s, Qt::CaseInsensitive)
           && !message.contains(u"TLS"_s, Qt::CaseInsensitive)
           && !message.contains(u"certificate"_s, Qt::CaseInsensitive);
}

QString Ec2Error::toDisplayString() const
{
    QString text = action + u": "_s;
    if (!code.isEmpty())
        text += code + u": "_s;
    text += message.isEmpty() ? u"HTTP %1"_s.arg(httpStatus) : message;
    if (attempts > 1)
        text += u" (after %1 attempts)"_s.arg(attempts);
    return text;
}

struct Ec2Client::Pending
{
    QString action;
    QByteArray body;
    QPointer<QObject> context;
    bool contextless = false;
    Done done;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> retryTimer;
    bool cancelled = false;
};

Ec2Client::Ec2Client(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_signer(m_options.accessKeyId, m_options.secretAccessKey, {m_options.region, u"ec2"_s})
{
    m_nam.setAutoDeleteReplies(false);
}

Ec2Client::~Ec2Client()
{
    for (const std::shared_ptr<Pending> &p : std::as_const(m_pending)) {
        p->cancelled = true;
        if (p->reply)
            p->reply->abort();
    }
}

QUrl Ec2Client::endpointForRegion(const QString &region)
{
    return QUrl(u"https://ec2.%1.amazonaws.com"_s.arg(region));
}

QByteArray Ec2Client::formEncode(const QString &text)
{
    // RFC 3986 percent-encoding, except that a space is '+', as form encoding has it: AWS
    // signs the bytes it received, but servers that re-encode the parsed form before they
    // check the signature (moto does, as botocore encodes) only agree with '+'.
    return SigV4Signer::uriEncode(text).replace("%20", "+");
}

QByteArray Ec2Client::formBody(const QString &action, const Params &params)
{
    QByteArray body = "Action=" + formEncode(action)
                      + "&Version=" + formEncode(QString(kApiVersion));
    for (const auto &[key, value] : params)
        body += '&' + formEncode(key) + '=' + formEncode(value);
    return body;
}

std::chrono::milliseconds Ec2Client::retryDelay(const Options &options, int attempt)
{
    qint64 delay = options.baseDelay.count();
    for (int i = 1; i < attempt && delay < options.maxDelay.count(); ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, options.maxDelay.count());
    const qint64 half = delay / 2;
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

void Ec2Client::call(const QString &action, const Params &params, QObject *context, Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->action = action;
    pending->body = formBody(action, params);
    pending->context = context;
    pending->contextless = context == nullptr;
    pending->done = std::move(done);
    m_pending.append(pending);
    attempt(pending);
}

void Ec2Client::cancel(QObject *context)
{
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        const std::shared_ptr<Pending> p = m_pending.at(i);
        if (p->context != context)
            continue;
        p->cancelled = true;
        p->retryTimer.reset();
        if (p->reply)
            p->reply->abort();
        m_pending.removeAt(i);
    }
}

void Ec2Client::attempt(const std::shared_ptr<Pending> &pending)
{
    ++pending->attempt;
    QUrl url = m_options.endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);

    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    SigV4Request signing;
    signing.method = "POST";
    signing.path = url.path();
    signing.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                       {"Host", host}};
    signing.body = pending->body;
    m_signer.sign(signing, m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc());

    QNetworkRequest request(url);
    request.setSslConfiguration(m_options.tls);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    for (const auto &[name, value] : std::as_const(signing.headers))
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.post(request, pending->body);
    pending->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] {
        reply->deleteLater();
        if (pending->cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        std::optional<XmlElement> xml;
        Ec2Error error;
        error.action = pending->action;
        error.httpStatus = status;
        error.attempts = pending->attempt;
        if (status == 0) {
            error.message = reply->errorString();
        } else {
            const Result<XmlElement> parsed = XmlElement::parse(body);
            if (!parsed) {
                error.message = status >= 200 && status < 300
                                    ? tr("The answer is not XML (%1).").arg(parsed.errorMessage())
                                    : u"HTTP %1 %2"_s.arg(status).arg(
                                          reply
                                              ->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                              .toString());
            } else if (status >= 200 && status < 300) {
                xml = *parsed;
            } else {
                // EC2 answers <Response><Errors><Error>, the other Query APIs
                // <ErrorResponse><Error>, and moto <ErrorResponse><Errors><Error>: the first
                // Error element, wherever it is.
                const QList<const XmlElement *> errors = parsed->descendants(u"Error");
                const XmlElement &e = errors.isEmpty() ? *parsed : *errors.constFirst();
                error.code = e.value(u"Code");
                error.message = e.value(u"Message");
                error.requestId = parsed->value(u"RequestID");
                if (error.requestId.isEmpty())
                    error.requestId = parsed->value(u"RequestId");
                if (error.code.isEmpty() && error.message.isEmpty())
                    error.message = u"HTTP %1"_s.arg(status);
            }
        }
        qCDebug(lcEc2) << pending->action << "attempt" << pending->attempt << "HTTP" << status
                       << (xml ? QString() : error.code);

        if (!xml && error.isRetryable() && pending->attempt < m_options.maxAttempts) {
            const auto delay = retryDelay(m_options, pending->attempt);
            qCInfo(lcEc2) << pending->action << "failed with"
                          << (error.code.isEmpty() ? error.message : error.code) << "- retrying in"
                          << delay.count() << "ms";
            pending->retryTimer = std::make_unique<QTimer>();
            pending->retryTimer->setSingleShot(true);
            connect(pending->retryTimer.get(), &QTimer::timeout, this, [this, pending] {
                if (!pending->cancelled)
                    attempt(pending);
            });
            pending->retryTimer->start(delay);
            return;
        }
        m_pending.removeOne(pending);
        if (!pending->contextless && !pending->context)
            return;
        if (xml)
            pending->done(&*xml, nullptr);
        else
            pending->done(nullptr, &error);
    });
}

void Ec2Client::callAll(const QString &action, const Params &params, QObject *context, DoneAll done)
{
    page(action, params, context, std::make_shared<QList<XmlElement>>(), std::move(done));
}

void Ec2Client::page(const QString &action,
                     Params params,
                     QObject *context,
                     std::shared_ptr<QList<XmlElement>> pages,
                     DoneAll done)
{
    call(action,
         params,
         context,
         [this, action, params, context, pages, done](const XmlElement *response,
                                                      const Ec2Error *error) {
             if (error) {
                 done(*pages, error);
                 return;
             }
             pages->append(*response);
             const QString next = response->value(u"nextToken");
             if (next.isEmpty() || pages->size() >= kMaxPages) {
                 done(*pages, nullptr);
                 return;
             }
             Params following;
             for (const auto &p : params)
                 if (p.first != u"NextToken")
                     following.append(p);
             following.append({u"NextToken"_s, next});
             page(action, following, context, pages, done);
         });
}

} // namespace Slipway
