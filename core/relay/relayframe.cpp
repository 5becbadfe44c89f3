#include "relayframe.h"

#include <QMessageAuthenticationCode>
#include <QStringDecoder>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Slipway::Relay {

namespace {

class FrameWriter
{
public:
    void u8(quint8 v) { m_data.append(char(v)); }
    void u16(quint16 v)
    {
        char b[2];
        qToBigEndian(v, b);
        m_data.append(b, 2);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        m_data.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToBigEndian(v, b);
        m_data.append(b, 8);
    }
    void bytes(QByteArrayView v)
    {
        u32(quint32(v.size()));
        m_data.append(v);
    }
    void string(const QString &v) { bytes(v.toUtf8()); }
    void headers(const HttpHeaders &h)
    {
        u16(quint16(h.size()));
        for (const auto &[name, value] : h) {
            bytes(name);
            bytes(value);
        }
    }
    QByteArray take() { return std::move(m_data); }

private:
    QByteArray m_data;
};

// Reads fields front to back; the first failure sticks and names the field.
class FrameReader
{
public:
    FrameReader(QByteArrayView data, const FrameLimits &limits)
        : m_data(data)
        , m_limits(limits)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype position() const { return m_pos; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message + u" (at byte "_s + QString::number(m_pos) + u')';
    }

    quint64 integer(int size, const char *field)
    {
        if (failed())
            return 0;
        if (m_data.size() - m_pos < size) {
            fail(u"truncated frame: %1 is missing"_s.arg(QLatin1StringView(field)));
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < size; ++i)
            v = (v << 8) | quint8(m_data[m_pos + i]);
        m_pos += size;
        return v;
    }
    quint8 u8(const char *field) { return quint8(integer(1, field)); }
    quint16 u16(const char *field) { return quint16(integer(2, field)); }
    quint32 u32(const char *field) { return quint32(integer(4, field)); }
    quint64 u64(const char *field) { return integer(8, field); }

    QByteArrayView bytes(const char *field, qsizetype max)
    {
        const quint32 size = u32(field);
        if (failed())
            return {};
        if (size > quint64(m_data.size() - m_pos)) {
            fail(u"truncated frame: %1 claims %2 bytes, %3 left"_s.arg(QLatin1StringView(field))
                     .arg(size)
                     .arg(m_data.size() - m_pos));
            return {};
        }
        if (qsizetype(size) > max) {
            fail(u"%1 is %2 bytes, more than the limit of %3"_s.arg(QLatin1StringView(field))
                     .arg(size)
                     .arg(max));
            return {};
        }
        const QByteArrayView v = m_data.sliced(m_pos, size);
        m_pos += size;
        return v;
    }

    QString string(const char *field)
    {
        const QByteArrayView raw = bytes(field, m_limits.maxFieldSize);
        if (failed())
            return {};
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        QString s = decoder(raw);
        if (decoder.hasError()) {
            fail(u"%1 is not valid UTF-8"_s.arg(QLatin1StringView(field)));
            return {};
        }
        return s;
    }

    HttpHeaders headers()
    {
        const quint16 count = u16("header count");
        if (failed())
            return {};
        if (count > m_limits.maxHeaders) {
            fail(u"%1 headers, more than the limit of %2"_s.arg(count).arg(m_limits.maxHeaders));
            return {};
        }
        HttpHeaders h;
        h.reserve(count);
        for (int i = 0; i < count && !failed(); ++i) {
            const QByteArrayView name = bytes("header name", m_limits.maxFieldSize);
            const QByteArrayView value = bytes("header value", m_limits.maxFieldSize);
            if (failed())
                break;
            if (!isToken(name)) {
                fail(u"header %1 has an invalid name"_s.arg(i + 1));
                break;
            }
            if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
                fail(u"header %1 has a line break or NUL in its value"_s.arg(i + 1));
                break;
            }
            h.append({name.toByteArray().toLower(), value.toByteArray()});
        }
        return h;
    }

    static bool isToken(QByteArrayView v)
    {
        if (v.isEmpty())
            return false;
        for (char c : v) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
            if (!ok)
                return false;
        }
        return true;
    }

private:
    QByteArrayView m_data;
    const FrameLimits &m_limits;
    qsizetype m_pos = 0;
    QString m_error;
};

struct Encoder
{
    FrameWriter &w;

    void operator()(const ChallengeFrame &f)
    {
        w.u8(quint8(FrameType::Challenge));
        w.bytes(f.nonce);
    }
    void operator()(const HelloFrame &f)
    {
        w.u8(quint8(FrameType::Hello));
        w.bytes(f.mac);
        w.string(f.linkName);
        w.bytes(f.nonce);
    }
    void operator()(const WelcomeFrame &f)
    {
        w.u8(quint8(FrameType::Welcome));
        w.string(f.relayVersion);
        w.bytes(f.mac);
    }
    void operator()(const AnnounceFrame &f)
    {
        w.u8(quint8(FrameType::Announce));
        w.u32(quint32(f.runIds.size()));
        for (const QString &run : f.runIds)
            w.string(run);
    }
    void operator()(const RequestFrame &f)
    {
        w.u8(quint8(FrameType::Request));
        w.u64(f.id);
        w.string(f.runId);
        w.bytes(f.request.method);
        w.string(f.request.path);
        w.bytes(f.request.query.toString(QUrl::FullyEncoded).toUtf8());
        w.headers(f.request.headers);
        w.string(f.request.peer.isNull() ? QString() : f.request.peer.toString());
        w.bytes(f.request.body);
    }
    void operator()(const ResponseFrame &f)
    {
        w.u8(quint8(FrameType::Response));
        w.u64(f.id);
        w.u16(quint16(f.response.status));
        w.bytes(f.response.contentType);
        w.headers(f.response.headers);
        w.bytes(f.response.body);
    }
    void operator()(const CancelFrame &f)
    {
        w.u8(quint8(FrameType::Cancel));
        w.u64(f.id);
    }
    void operator()(const ErrorFrame &f)
    {
        w.u8(quint8(FrameType::Error));
        w.string(f.message);
    }
};

} // namespace

bool isValidRunId(QStringView runId)
{
    if (runId.isEmpty() || runId.size() > kMaxRunIdLength)
        return false;
    for (QChar c : runId) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                        || u == '.' || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return runId != u"." && runId != u"..";
}

QByteArray encodeFrame(const Frame &frame)
{
    FrameWriter w;
    w.u8(kProtocolVersion);
    std::visit(Encoder{w}, frame);
    return w.take();
}

std::optional<Frame> decodeFrame(QByteArrayView data, const FrameLimits &limits, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<Frame> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.size() > limits.maxFrameSize)
        return failWith(u"frame of %1 bytes exceeds the limit of %2"_s.arg(data.size())
                            .arg(limits.maxFrameSize));
    if (data.size() < 2)
        return failWith(u"frame of %1 bytes is too short for a header"_s.arg(data.size()));
    if (quint8(data[0]) != kProtocolVersion)
        return failWith(
            u"unsupported relay protocol version %1 (this side speaks %2)"_s.arg(quint8(data[0]))
                .arg(kProtocolVersion));

    FrameReader r(data.sliced(2), limits);
    std::optional<Frame> frame;
    switch (FrameType(quint8(data[1]))) {
    case FrameType::Challenge: {
        ChallengeFrame f;
        f.nonce = r.bytes("nonce", kNonceSize).toByteArray();
        if (!r.failed() && f.nonce.size() != kNonceSize)
            r.fail(u"nonce must be %1 bytes"_s.arg(kNonceSize));
        frame = std::move(f);
        break;
    }
    case FrameType::Hello: {
        HelloFrame f;
        f.mac = r.bytes("mac", kNonceSize).toByteArray();
        if (!r.failed() && f.mac.size() != kNonceSize)
            r.fail(u"mac must be %1 bytes"_s.arg(kNonceSize));
        f.linkName = r.string("link name");
        f.nonce = r.bytes("nonce", kNonceSize).toByteArray();
        if (!r.failed() && f.nonce.size() != kNonceSize)
            r.fail(u"nonce must be %1 bytes"_s.arg(kNonceSize));
        frame = std::move(f);
        break;
    }
    case FrameType::Welcome: {
        WelcomeFrame f;
        f.relayVersion = r.string("relay version");
        f.mac = r.bytes("mac", kNonceSize).toByteArray();
        if (!r.failed() && f.mac.size() != kNonceSize)
            r.fail(u"mac must be %1 bytes"_s.arg(kNonceSize));
        frame = std::move(f);
        break;
    }
    case FrameType::Announce: {
        AnnounceFrame f;
        const quint32 count = r.u32("run count");
        if (!r.failed() && count > quint32(limits.maxRunIds))
            r.fail(u"%1 run ids, more than the limit of %2"_s.arg(count).arg(limits.maxRunIds));
        for (quint32 i = 0; i < count && !r.failed(); ++i) {
            QString run = r.string("run id");
            if (!r.failed() && !isValidRunId(run))
                r.fail(u"run id %1 is not 1 to %2 of [A-Za-z0-9._-]"_s.arg(i + 1).arg(
                    kMaxRunIdLength));
            f.runIds.append(std::move(run));
        }
        frame = std::move(f);
        break;
    }
    case FrameType::Request: {
        RequestFrame f;
        f.id = r.u64("request id");
        f.runId = r.string("run id");
        if (!r.failed() && !f.runId.isEmpty() && !isValidRunId(f.runId))
            r.fail(u"run id is not empty nor 1 to %1 of [A-Za-z0-9._-]"_s.arg(kMaxRunIdLength));
        const QByteArrayView method = r.bytes("method", 16);
        if (!r.failed() && !FrameReader::isToken(method))
            r.fail(u"method is not an HTTP token"_s);
        f.request.method = method.toByteArray();
        f.request.path = r.string("path");
        if (!r.failed() && !f.request.path.startsWith(u'/'))
            r.fail(u"path does not start with /"_s);
        const QString query = r.string("query");
        f.request.query = QUrlQuery(query);
        f.request.headers = r.headers();
        const QString peer = r.string("peer address");
        if (!r.failed() && !peer.isEmpty() && !f.request.peer.setAddress(peer))
            r.fail(u"peer address is not an IP address"_s);
        f.request.body = r.bytes("body", limits.maxFrameSize).toByteArray();
        frame = std::move(f);
        break;
    }
    case FrameType::Response: {
        ResponseFrame f;
        f.id = r.u64("request id");
        f.response.status = r.u16("status");
        if (!r.failed() && (f.response.status < 100 || f.response.status > 599))
            r.fail(u"status %1 is not between 100 and 599"_s.arg(f.response.status));
        f.response.contentType = r.bytes("content type", 1024).toByteArray();
        if (!r.failed()
            && (f.response.contentType.contains('\r') || f.response.contentType.contains('\n')))
            r.fail(u"content type has a line break"_s);
        f.response.headers = r.headers();
        f.response.body = r.bytes("body", limits.maxFrameSize).toByteArray();
        frame = std::move(f);
        break;
    }
    case FrameType::Cancel:
        frame = CancelFrame{r.u64("request id")};
        break;
    case FrameType::Error:
        frame = ErrorFrame{r.string("message")};
        break;
    default:
        return failWith(u"unknown frame type %1"_s.arg(quint8(data[1])));
    }
    if (!r.failed() && !r.atEnd())
        r.fail(u"%1 bytes after the end of the frame"_s.arg(data.size() - 2 - r.position()));
    if (r.failed())
        return failWith(r.error());
    return frame;
}

QByteArray helloMac(QByteArrayView secret, QByteArrayView nonce)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    mac.addData("slipway-relay-v1");
    mac.addData(nonce);
    return mac.result();
}

QByteArray welcomeMac(QByteArrayView secret, QByteArrayView appNonce, QByteArrayView relayNonce)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    mac.addData("slipway-relay-v1 relay");
    mac.addData(appNonce);
    mac.addData(relayNonce);
    return mac.result();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace Slipway::Relay
