#include "brokertoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/crypto.h>

#include <array>

namespace Slipway::BrokerToken {

QByteArray generate()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()),
                         qsizetype(words.size() * sizeof(quint32)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool matches(QByteArrayView token, QByteArrayView storedHash)
{
    const QByteArray presented = hash(token);
    if (storedHash.size() != presented.size())
        return false;
    return CRYPTO_memcmp(presented.constData(), storedHash.data(), size_t(presented.size())) == 0;
}

} // namespace Slipway::BrokerToken
