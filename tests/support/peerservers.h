#pragma once

// The servers of the peers group (tests/peers): cloud APIs that Slipway did not write, started
// on loopback by CTest fixtures before the group's tests and stopped after them. A test reads
// where they are from the state the start scripts wrote under $SLIPWAY_PEERS_DIR.

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Slipway::Testing {

// moto (tests/peers/moto-up.sh): EC2 over https with a test CA, signatures checked against the
// IAM user the script made; every request it receives goes to its recording (JSON lines).
struct MotoServer
{
    QUrl endpoint; // https://127.0.0.1:PORT
    QString caFile;
    QString accessKeyId;
    QByteArray secretAccessKey;
    QString recording;
};

// The running moto, or nothing with the reason in `error` (the fixture did not run: the test
// was started alone, not through CTest, or moto-up.sh failed).
std::optional<MotoServer> motoServer(QString *error);

} // namespace Slipway::Testing
