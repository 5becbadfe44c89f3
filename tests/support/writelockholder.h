#pragma once

#include <QProcess>
#include <QString>

namespace Slipway::Testing {

// Another process that holds a SQLite database's write lock (BEGIN IMMEDIATE), as a slipway-cli
// importing a large bundle would, until release() or its destruction.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &databaseFile);
    ~WriteLockHolder();
    Q_DISABLE_COPY_MOVE(WriteLockHolder)

    // Whether the other process holds the lock (false: it did not take it within 10 s).
    bool waitLocked();
    void release();

private:
    QProcess m_process;
};

} // namespace Slipway::Testing
