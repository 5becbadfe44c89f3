#include "sourcelocation.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Slipway {

QString SourceLocation::toString() const
{
    QString text = file.isEmpty() ? u"<input>"_s : file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
    }
    return text;
}

QString SourceError::toString() const
{
    return location.toString() + u": "_s + message;
}

QString formatErrors(const QList<SourceError> &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const SourceError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace Slipway
