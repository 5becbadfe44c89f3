#pragma once

// Looking for a secret the way an attacker reading logs, requests or files would: in every
// encoding it could travel in, not only as its raw bytes.

#include "tests/support/cloudfixtureserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway::Testing {

// The secret raw, percent-encoded (upper and lower case hex), form-encoded ('+' for a space),
// base64 (standard and URL-safe, with and without padding) and JSON-escaped.
QList<QByteArray> secretEncodings(const QByteArray &secret);

// Where `data` holds the secret in one of those encodings, also inside a longer base64 text
// (decoded at each of its three alignments) or once percent- or form-decoded: a description
// ("base64 of it at 120"), or empty when it does not.
QString findSecret(const QByteArray &data, const QByteArray &secret);

// The same in every part of a request the cloud fixture server received: method, path, query,
// each header, the body, and each form or query value decoded.
QString findSecretInRequest(const CloudFixtureServer::Request &request, const QByteArray &secret);

struct LeakScan
{
    int files = 0;     // the files read: a scan that read none proves nothing
    QStringList leaks; // "path: how"
};

// Every file under the folders (hidden ones too), but those under a path containing one of
// `skip` (e.g. "/keyrings/", the keyring's own encrypted store).
LeakScan scanForSecret(const QStringList &folders,
                       const QByteArray &secret,
                       const QStringList &skip = {});

} // namespace Slipway::Testing
