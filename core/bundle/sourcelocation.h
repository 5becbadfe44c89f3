#pragma once

// Where something came from in an input file, and an error a user can act on.

#include <QList>
#include <QString>

namespace Slipway {

struct SourceLocation
{
    QString file;
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown

    QString toString() const; // "file:line:column"
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

struct SourceError
{
    SourceLocation location;
    QString message;

    QString toString() const; // "file:line:column: message"
};

QString formatErrors(const QList<SourceError> &errors);

} // namespace Slipway
