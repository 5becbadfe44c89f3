#pragma once

// One way to run a program to its end from a test (slipway-cli, validators, cmake, podman):
// its exit code and both outputs, with a time limit that kills it.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Slipway::Testing {

struct ProcessOptions
{
    QByteArray input; // written to its standard input, which is then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 120'000; // a guard against hanging, not a target

    ProcessOptions &withInput(const QByteArray &bytes)
    {
        input = bytes;
        return *this;
    }
    ProcessOptions &withEnvironment(const QProcessEnvironment &values)
    {
        environment = values;
        return *this;
    }
    ProcessOptions &withTimeout(int ms)
    {
        timeoutMs = ms;
        return *this;
    }
};

struct ProcessResult
{
    bool finished = false; // ran to its end within the time limit
    int exitCode = -1;     // -1 when it did not start, did not finish or crashed
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Both outputs, for a failure message.
    QByteArray transcript() const { return out + err; }
};

// Runs program to its end. The event loop keeps running meanwhile, so that servers living in
// the test process (fixture clouds, brokers) answer the program.
ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const ProcessOptions &options = {});

// The system environment with SLIPWAY_DATA_DIR set to dataDir (slipway-cli's data folder).
QProcessEnvironment environmentWithDataDir(const QString &dataDir);

// Whether program is on the PATH.
bool hasProgram(const QString &name);

} // namespace Slipway::Testing
