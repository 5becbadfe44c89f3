#include "cloudconfig.h"

using namespace Qt::StringLiterals;

namespace Slipway {

QString CloudConfig::setting(const QString &key, const QString &fallback) const
{
    const QVariant value = settings.value(key);
    const QString text = value.toString();
    return text.isEmpty() ? fallback : text;
}

CloudConfig CloudConfig::local()
{
    return CloudConfig{u"local"_s, u"local"_s, {}};
}

} // namespace Slipway
