#include "baseimagemaker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// mmdebstrap's progress lines, in the order it prints them; each seen is one step done (the
// import is the last step).
const char *const kMarkers[] = {"running apt-get update",
                                "downloading packages",
                                "extracting archives",
                                "installing essential packages",
                                "installing remaining packages",
                                "creating tarball"};

} // namespace

BaseImageMaker::BaseImageMaker(QString executable, QString image, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(executable))
    , m_image(std::move(image))
{}

BaseImageMaker::~BaseImageMaker()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString BaseImageMaker::debianMirror(const QString &aptDir)
{
    QStringList files{aptDir + u"/sources.list"_s};
    const QDir parts(aptDir + u"/sources.list.d"_s);
    for (const QString &name :
         parts.entryList({u"*.list"_s, u"*.sources"_s}, QDir::Files, QDir::Name))
        files << parts.filePath(name);
    static const QRegularExpression oneLine(u"^\\s*deb\\s+(?:\\[[^\\]]*\\]\\s+)?(\\S+)"_s);
    static const QRegularExpression deb822(u"^\\s*URIs:\\s*(\\S+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const auto match = (name.endsWith(u".sources") ? deb822 : oneLine).match(line);
            // The main archive, not the security one (it has no trixie suite of its own).
            if (match.hasMatch() && !match.captured(1).contains(u"security"))
                return match.captured(1);
        }
    }
    return {};
}

bool BaseImageMaker::isRunning() const
{
    return m_process != nullptr;
}

void BaseImageMaker::start()
{
    if (m_process)
        return;
    m_done = 0;
    m_cancelled = false;
    m_tail.clear();
    const QString mirror = debianMirror();
    if (mirror.isEmpty()) {
        fail(tr("No Debian mirror is named in /etc/apt: the base image is made from one."));
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        fail(tr("No temporary folder for the base image: %1").arg(m_dir->errorString()));
        return;
    }
    // What the bootstrap and the ss-* tools need, what SlipStream recipes commonly call, and
    // cloud-init (the same list as base-image.sh).
    const QStringList arguments{
        u"--variant=minbase"_s,
        u"--include=bash,curl,wget,ca-certificates,iproute2,procps,openssl,hostname,python3,"
        "cloud-init"_s,
        u"trixie"_s,
        m_dir->filePath(u"base.tar"_s),
        u"deb %1 trixie main"_s.arg(mirror)};
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &BaseImageMaker::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("mmdebstrap cannot be started: install it (Debian package mmdebstrap) to make "
                    "the base image."));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        bootstrapped(status == QProcess::NormalExit ? exitCode : -1);
    });
    Q_EMIT progress(0, kSteps, tr("Bootstrapping Debian 13 from %1").arg(mirror));
    m_process->start(u"mmdebstrap"_s, arguments);
}

void BaseImageMaker::readOutput()
{
    if (!m_process)
        return;
    while (m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (line.isEmpty())
            continue;
        QStringList tail = m_tail.split(u'\n', Qt::SkipEmptyParts);
        if (tail.size() > 9)
            tail = tail.mid(tail.size() - 9);
        tail << line;
        m_tail = tail.join(u'\n');
        for (int i = m_done; i < int(std::size(kMarkers)); ++i) {
            if (line.contains(QLatin1StringView(kMarkers[i]))) {
                m_done = i + 1;
                break;
            }
        }
        Q_EMIT progress(m_done, kSteps, line);
    }
}

void BaseImageMaker::bootstrapped(int exitCode)
{
    QProcess *bootstrap = m_process;
    if (!bootstrap)
        return;
    readOutput();
    bootstrap->deleteLater();
    m_process = nullptr;
    if (m_cancelled) {
        fail(tr("Cancelled."));
        return;
    }
    if (exitCode != 0) {
        fail(tr("mmdebstrap failed (exit status %1):\n%2").arg(exitCode).arg(m_tail));
        return;
    }
    m_done = kSteps - 1;
    Q_EMIT progress(m_done, kSteps, tr("Importing %1 into %2").arg(m_image, m_executable));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("%1 cannot be started: install Podman (or Docker) for local containers.")
                     .arg(m_executable));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        QProcess *import = m_process;
        if (!import)
            return;
        const QString output = QString::fromUtf8(import->readAll()).trimmed();
        import->deleteLater();
        m_process = nullptr;
        m_dir.reset();
        if (m_cancelled) {
            fail(tr("Cancelled."));
            return;
        }
        if (status != QProcess::NormalExit || exitCode != 0) {
            fail(tr("%1 import failed: %2").arg(m_executable, output));
            return;
        }
        m_done = kSteps;
        Q_EMIT progress(m_done, kSteps, tr("Made %1").arg(m_image));
        Q_EMIT finished(true, tr("The base image %1 is ready.").arg(m_image));
    });
    m_process->start(m_executable,
                     {u"import"_s,
                      u"--quiet"_s,
                      u"--change"_s,
                      u"CMD [\"/bin/sh\"]"_s,
                      u"--change"_s,
                      u"LABEL slipway.base-image=%1"_s.arg(QLatin1StringView(kVersion)),
                      m_dir->filePath(u"base.tar"_s),
                      m_image});
}

void BaseImageMaker::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->terminate();
}

void BaseImageMaker::fail(const QString &message)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_dir.reset();
    Q_EMIT finished(false, message);
}

} // namespace Slipway
