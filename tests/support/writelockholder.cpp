#include "tests/support/writelockholder.h"

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

WriteLockHolder::WriteLockHolder(const QString &databaseFile)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"python3"_s,
                    {u"-c"_s,
                     u"import sqlite3, sys\n"
                     "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
                     "c.execute('BEGIN IMMEDIATE')\n"
                     "c.execute('CREATE TABLE IF NOT EXISTS lock_holder (x)')\n"
                     "print('locked', flush=True)\n"
                     "sys.stdin.read()\n"
                     "c.execute('COMMIT')\n"_s,
                     databaseFile});
}

WriteLockHolder::~WriteLockHolder()
{
    release();
}

bool WriteLockHolder::waitLocked()
{
    while (!m_process.readAllStandardOutput().contains("locked")) {
        if (!m_process.waitForReadyRead(10000))
            return false;
    }
    return true;
}

void WriteLockHolder::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    m_process.waitForFinished(10000);
}

} // namespace Slipway::Testing
