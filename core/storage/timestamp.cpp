#include "timestamp.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Slipway {

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant timestampValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(timestampText(time))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime timestampFromText(const QString &text)
{
    // Without QDateTime::fromString, which took most of the time of listing 10,000 modules.
    const auto digits = [&](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace Slipway
