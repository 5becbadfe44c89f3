#pragma once

// A node's HTTP call to the broker and its answer, independent of how it arrived: directly
// on the broker's own HTTP/1.1 listener, or forwarded by slipway-relay over the application's
// WebSocket link. Both paths hand the same values to BrokerRequestHandler. The broker and the
// relay share these types through this header (core/http), never by including each other.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace Slipway {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>; // lower-case names

struct BrokerRequest
{
    QByteArray method; // "GET", "PUT", "POST", "DELETE"
    QString path;      // decoded path, e.g. "/api/v1/runs/<run>/params/master.1:munge_key"
    QUrlQuery query;   // e.g. timeout=60, ignore-abort=1
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer; // the node's address as seen by the broker or the relay

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

struct BrokerResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    HttpHeaders headers;
};

// Answers a request, now or later (a parked long-poll). Called exactly once.
using BrokerReply = std::function<void(const BrokerResponse &)>;

// Whoever serves the broker API: the broker itself, or a test double in relay tests.
class BrokerRequestHandler
{
public:
    virtual ~BrokerRequestHandler() = default;
    virtual void handleRequest(const BrokerRequest &request, BrokerReply reply) = 0;
};

} // namespace Slipway
