#include "instancename.h"

using namespace Qt::StringLiterals;

namespace Slipway {

std::optional<InstanceName> InstanceName::parse(QStringView text)
{
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const int index = text.mid(dot + 1).toInt(&ok);
    if (!ok || index < 1 || text.mid(dot + 1).startsWith(u'+'))
        return std::nullopt;
    return InstanceName{text.first(dot).toString(), index};
}

QString InstanceName::toString() const
{
    return node + u'.' + QString::number(index);
}

QString InstanceName::hostLabel() const
{
    const QString suffix = u'-' + QString::number(index);
    return toHostLabel(node, 63 - int(suffix.size())) + suffix;
}

QString toHostLabel(QStringView text, int maxLength)
{
    QString label;
    label.reserve(text.size());
    bool pendingDash = false;
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!plain) {
            pendingDash = !label.isEmpty();
            continue;
        }
        if (pendingDash)
            label += u'-';
        pendingDash = false;
        label += QChar(u);
    }
    label.truncate(maxLength);
    while (label.endsWith(u'-'))
        label.chop(1);
    return label.isEmpty() ? u"x"_s : label;
}

} // namespace Slipway
