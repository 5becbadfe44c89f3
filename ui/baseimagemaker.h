#pragma once

// Makes the local containers' Debian 13 base image the way packaging/buildroot/base-image.sh
// does, from the GUI: mmdebstrap into a tarball from the system's own Debian mirror, then
// `podman import` under the base image's name, with the label the tests and the welcome page
// look for. Progress is read from mmdebstrap's own "I: …" lines.

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace Slipway {

class BaseImageMaker : public QObject
{
    Q_OBJECT

public:
    // The version base-image.sh labels its image with (slipway.base-image): keep in step.
    static constexpr const char *kVersion = "2";

    // executable: podman or docker; image: the name to import as.
    BaseImageMaker(QString executable, QString image, QObject *parent = nullptr);
    ~BaseImageMaker() override;

    void start();
    void cancel();
    bool isRunning() const;

    static constexpr int kSteps = 7;
    // The first Debian mirror named in /etc/apt (one-line or deb822 sources); empty when none.
    static QString debianMirror(const QString &aptDir = QStringLiteral("/etc/apt"));

Q_SIGNALS:
    // done of kSteps, and the latest line of output (fit to show).
    void progress(int done, int total, const QString &line);
    // The image is there (ok), or why not.
    void finished(bool ok, const QString &message);

private:
    void bootstrapped(int exitCode);
    void fail(const QString &message);
    void readOutput();

    QString m_executable;
    QString m_image;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPointer<QProcess> m_process;
    QString m_tail; // the last lines, for an error
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace Slipway
