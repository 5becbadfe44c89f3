#include "peerservers.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

namespace {

// KEY=VALUE lines.
std::optional<QHash<QString, QString>> readEnvFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

} // namespace

std::optional<MotoServer> motoServer(QString *error)
{
    const QString dir = qEnvironmentVariable("SLIPWAY_PEERS_DIR");
    if (dir.isEmpty()) {
        *error = u"SLIPWAY_PEERS_DIR is not set: run the test through CTest, whose fixture "
                 "starts moto (tests/peers/moto-up.sh)"_s;
        return std::nullopt;
    }
    const auto values = readEnvFile(dir + u"/moto/moto.env"_s, error);
    if (!values)
        return std::nullopt;
    MotoServer moto;
    moto.endpoint = QUrl(values->value(u"MOTO_ENDPOINT"_s));
    moto.caFile = values->value(u"MOTO_CA_FILE"_s);
    moto.accessKeyId = values->value(u"MOTO_ACCESS_KEY_ID"_s);
    moto.secretAccessKey = values->value(u"MOTO_SECRET_ACCESS_KEY"_s).toUtf8();
    moto.recording = values->value(u"MOTO_RECORDING"_s);
    if (!moto.endpoint.isValid() || moto.accessKeyId.isEmpty() || moto.secretAccessKey.isEmpty()) {
        *error = dir + u"/moto/moto.env is incomplete"_s;
        return std::nullopt;
    }
    return moto;
}

} // namespace Slipway::Testing
