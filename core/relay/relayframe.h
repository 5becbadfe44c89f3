#pragma once

// The binary frames exchanged between slipway-relay and an application link, one frame per
// WebSocket binary message. The layout is documented in core/relay/PROTOCOL.md.

#include "core/http/brokerrequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Slipway::Relay {

inline constexpr quint8 kProtocolVersion = 1;
inline constexpr qsizetype kNonceSize = 32; // CHALLENGE nonce and HELLO HMAC-SHA256
inline constexpr int kMaxRunIdLength = 128;

enum class FrameType : quint8 {
    Challenge = 1,
    Hello = 2,
    Welcome = 3,
    Announce = 4,
    Request = 5,
    Response = 6,
    Cancel = 7,
    Error = 8,
};

// relay -> app, first frame on a new link: the app proves it knows the secret by its HMAC.
struct ChallengeFrame
{
    QByteArray nonce;
};

// app -> relay: mac = HMAC-SHA256(secret, "slipway-relay-v1" + nonce), and the application's
// own challenge to the relay.
struct HelloFrame
{
    QByteArray mac;
    QString linkName;
    QByteArray nonce; // kNonceSize random bytes
};

// relay -> app: the link is authenticated, and the relay proves it knows the secret too:
// mac = welcomeMac(secret, HELLO's nonce, CHALLENGE's nonce).
struct WelcomeFrame
{
    QString relayVersion;
    QByteArray mac;
};

// app -> relay: the complete set of run ids this link serves (replaces the previous set).
struct AnnounceFrame
{
    QStringList runIds;
};

// relay -> app: one node call. runId is empty for a run-less GET of /bootstrap or /client/*.
struct RequestFrame
{
    quint64 id = 0;
    QString runId;
    BrokerRequest request;
};

// app -> relay: the answer to REQUEST id.
struct ResponseFrame
{
    quint64 id = 0;
    BrokerResponse response;
};

// relay -> app: the node that sent REQUEST id went away; its answer is no longer wanted.
struct CancelFrame
{
    quint64 id = 0;
};

// either way, just before closing: why.
struct ErrorFrame
{
    QString message;
};

using Frame = std::variant<ChallengeFrame,
                           HelloFrame,
                           WelcomeFrame,
                           AnnounceFrame,
                           RequestFrame,
                           ResponseFrame,
                           CancelFrame,
                           ErrorFrame>;

struct FrameLimits
{
    qsizetype maxFrameSize = 64 * 1024 * 1024;
    int maxHeaders = 128;
    int maxRunIds = 100000;
    qsizetype maxFieldSize = 64 * 1024; // every field but bodies
};

QByteArray encodeFrame(const Frame &frame);

// Returns the frame, or nothing with *error set to a message naming the field at fault.
std::optional<Frame> decodeFrame(QByteArrayView data,
                                 const FrameLimits &limits = {},
                                 QString *error = nullptr);

// A run id as the relay accepts it: 1..128 of [A-Za-z0-9._-].
bool isValidRunId(QStringView runId);

// HMAC-SHA256(secret, "slipway-relay-v1" + nonce), what HELLO carries.
QByteArray helloMac(QByteArrayView secret, QByteArrayView nonce);

// HMAC-SHA256(secret, "slipway-relay-v1 relay" + appNonce + relayNonce), what WELCOME carries.
QByteArray welcomeMac(QByteArrayView secret, QByteArrayView appNonce, QByteArrayView relayNonce);

// Compares without an early exit, so the time taken does not reveal where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Slipway::Relay
