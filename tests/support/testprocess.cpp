#include "testprocess.h"

#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const ProcessOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(options.timeoutMs))
        return result;
    process.write(options.input);
    process.closeWriteChannel();
    if (!options.eventLoop) {
        process.waitForFinished(options.timeoutMs);
    } else if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        limit.start(options.timeoutMs);
        loop.exec();
    }
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QProcessEnvironment environmentWithDataDir(const QString &dataDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLIPWAY_DATA_DIR"_s, dataDir);
    return environment;
}

bool hasProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

} // namespace Slipway::Testing
