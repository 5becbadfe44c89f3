#include "cloudinitcontainer.h"

#include "tests/support/podmantesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

namespace {

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

// Only the NoCloud seed (no probing of other clouds' metadata services), no network
// configuration (Podman set the container's up), and a final message the tests can wait for.
constexpr char kConfig[] = "datasource_list: [ NoCloud, None ]\n"
                           "network:\n"
                           "  config: disabled\n"
                           "final_message: \"slipway-test: cloud-init finished\"\n";

// cloud-init's boot stages in the order systemd starts them on an instance; a stage's failure
// is in its output (the console), as on an instance, and the next stage still runs.
constexpr char kBoot[] = "cloud-init init --local; cloud-init init; "
                         "cloud-init modules --mode config; cloud-init modules --mode final; "
                         "exec sleep infinity";

} // namespace

QStringList cloudInitRunArguments(const QString &seedDir,
                                  const QString &instanceId,
                                  const QByteArray &userData,
                                  QString *error)
{
    const QDir dir(seedDir);
    if (!dir.mkpath(u"nocloud"_s)) {
        *error = u"cannot make %1/nocloud"_s.arg(seedDir);
        return {};
    }
    const QByteArray metaData = "instance-id: " + instanceId.toUtf8()
                                + "\nlocal-hostname: " + instanceId.toUtf8() + '\n';
    if (!writeFile(dir.filePath(u"nocloud/user-data"_s), userData, error)
        || !writeFile(dir.filePath(u"nocloud/meta-data"_s), metaData, error)
        || !writeFile(dir.filePath(u"90-slipway-test.cfg"_s), kConfig, error))
        return {};
    return {u"-v"_s,
            dir.filePath(u"nocloud"_s) + u":/var/lib/cloud/seed/nocloud:ro"_s,
            u"-v"_s,
            dir.filePath(u"90-slipway-test.cfg"_s)
                + u":/etc/cloud/cloud.cfg.d/90-slipway-test.cfg:ro"_s,
            u"--entrypoint"_s,
            u"/bin/sh"_s,
            kBaseImage,
            u"-c"_s,
            QString::fromLatin1(kBoot)};
}

QByteArray execInContainer(const QString &container, const QStringList &command, QString *error)
{
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QProcess exec;
        exec.start(u"podman"_s, QStringList{u"exec"_s, container} + command);
        if (exec.waitForFinished(120000) && exec.exitStatus() == QProcess::NormalExit
            && exec.exitCode() == 0)
            return exec.readAllStandardOutput();
        *error = u"podman exec %1 %2 (attempt %3): %4"_s
                     .arg(container,
                          command.join(u' '),
                          QString::number(attempt),
                          QString::fromUtf8(exec.readAllStandardError().trimmed()));
        QThread::sleep(std::chrono::seconds(2));
    }
    // What Podman knows of the container, for the failure's message.
    QProcess inspect;
    inspect.start(u"podman"_s,
                  {u"inspect"_s,
                   u"-f"_s,
                   u"{{.State.Status}} since {{.State.FinishedAt}}, exit {{.State.ExitCode}} "
                   "{{.State.Error}}"_s,
                   container});
    if (inspect.waitForFinished(60000))
        *error += u"; the container: "_s
                  + QString::fromUtf8(inspect.readAllStandardOutput().trimmed()
                                      + inspect.readAllStandardError().trimmed());
    return {};
}

QByteArray fileInContainer(const QString &container, const QString &path, QString *error)
{
    QString execError;
    const QByteArray content = execInContainer(container, {u"cat"_s, path}, &execError);
    if (!content.isEmpty())
        return content;
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy"_s);
    QProcess cp;
    cp.start(u"podman"_s, {u"cp"_s, container + u':' + path, copy});
    if (!cp.waitForFinished(120000) || cp.exitCode() != 0) {
        *error = execError + u"; podman cp: "_s
                 + QString::fromUtf8(cp.readAllStandardError().trimmed());
        return {};
    }
    QFile f(copy);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = execError + u"; "_s + copy + u": "_s + f.errorString();
        return {};
    }
    return f.readAll();
}

} // namespace Slipway::Testing
