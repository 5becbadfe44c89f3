#pragma once

// How every table of Slipway's database keeps a point in time: ISO 8601 text in UTC with
// milliseconds ("2026-11-25T17:36:48.123Z"), which sorts as it reads and which sqlite3 and psql
// show as they are.

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Slipway {

QString timestampText(const QDateTime &time);
// NULL for an invalid time (a column that is not set yet).
QVariant timestampValue(const QDateTime &time);
// Reads what timestampText() writes, fast; anything else ISO 8601 the slow way. An empty or
// unreadable text gives an invalid time.
QDateTime timestampFromText(const QString &text);

} // namespace Slipway
