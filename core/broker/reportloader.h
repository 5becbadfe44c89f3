#pragma once

// Reads one report's bytes off the calling thread: a report may be megabytes, and the GUI
// thread never waits for the database. The reading thread opens its own read-only connection
// (Qt Sql's rule); the answer is delivered in the application's (GUI) thread, where the
// receiver lives, unless the receiver is gone by then.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Slipway {

namespace ReportLoader {

// done(nothing) when the report is not there (pruned, never uploaded).
void load(const QString &databaseFile,
          const QString &run,
          const QString &instance,
          const QString &name,
          QObject *receiver,
          std::function<void(std::optional<QByteArray>)> done);

} // namespace ReportLoader

} // namespace Slipway
