#pragma once

// Real OpenSSH servers for tests, each one a "host" of its own: a network namespace made with
// `ip netns` and joined to this one by a veth pair (a /30 of 10.213.x.y; names carry a random tag), and sshd started in
// it under `unshare --mount --uts --pid` with overlays on /etc, /var, /root and /usr/local, so
// that what a bootstrap writes there (context, tools, logs, slipway-node) stays on that host
// while the hosts share the build root's file system. stop()
// (also run by the destructor) kills the servers and removes the namespaces and veths.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <signal.h>
#include <unistd.h>

namespace Slipway::Testing {

class SshTestHosts
{
public:
    struct Host
    {
        QString netns;
        QString veth;    // our end
        QString address; // where sshd listens (the namespace's end)
        QString hostKeyFile;
        std::unique_ptr<QProcess> sshd;
        bool running = false;
    };

    SshTestHosts() = default;
    SshTestHosts(const SshTestHosts &) = delete;
    SshTestHosts &operator=(const SshTestHosts &) = delete;
    ~SshTestHosts() { stop(); }

    QString clientKeyFile() const { return m_dir.filePath(QStringLiteral("client_key")); }
    QString knownHostsFile() const { return m_dir.filePath(QStringLiteral("known_hosts")); }
    QString dir() const { return m_dir.path(); }
    int count() const { return int(m_hosts.size()); }
    const Host &host(int i) const { return *m_hosts.at(i); }
    QString address(int i) const { return m_hosts.at(i)->address; }
    // "root@10.213.x.y:22"
    QString poolEntry(int i) const { return QStringLiteral("root@%1:22").arg(address(i)); }

    // Makes `count` hosts, of which the first `withSshd` run sshd (the others are reachable
    // addresses where nothing listens).
    bool start(int count, int withSshd, QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        if (::geteuid() != 0)
            return fail(error,
                        QStringLiteral("these tests make network namespaces and need root (CI "
                                       "runs ctest as root in the build root)"));
        for (const char *tool : {"ip", "unshare", "ssh-keygen"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return fail(error,
                            QStringLiteral("%1 is not installed").arg(QLatin1StringView(tool)));
        }
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            return fail(error, QStringLiteral("/usr/sbin/sshd is not installed (openssh-server)"));
        if (!run({QStringLiteral("ssh-keygen"),
                  QStringLiteral("-q"),
                  QStringLiteral("-t"),
                  QStringLiteral("ed25519"),
                  QStringLiteral("-N"),
                  QString(),
                  QStringLiteral("-f"),
                  clientKeyFile()},
                 error))
            return false;
        QFile::copy(clientKeyFile() + QStringLiteral(".pub"),
                    m_dir.filePath(QStringLiteral("authorized_keys")));

        // Build-root sessions have pid namespaces of their own: the pid alone is not unique
        // among the host's links, a random tag is.
        const int pid = int(::getpid());
        const QString tag = QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36
                                                                                * 36),
                                            36);
        const int subnet = pickSubnet(pid);
        for (int i = 0; i < count; ++i) {
            auto h = std::make_unique<Host>();
            h->netns = QStringLiteral("slw-ssh-%1-%2-%3").arg(pid).arg(tag).arg(i);
            h->veth = QStringLiteral("sw%1v%2").arg(tag).arg(i);
            const QString peer = QStringLiteral("sw%1p%2").arg(tag).arg(i);
            const QString ours = QStringLiteral("10.213.%1.%2").arg(subnet).arg(4 * i + 1);
            h->address = QStringLiteral("10.213.%1.%2").arg(subnet).arg(4 * i + 2);
            m_hosts.push_back(std::move(h));
            Host &host = *m_hosts.back();
            const QStringList steps[] = {
                {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), host.netns},
                {QStringLiteral("ip"),
                 QStringLiteral("link"),
                 QStringLiteral("add"),
                 host.veth,
                 QStringLiteral("type"),
                 QStringLiteral("veth"),
                 QStringLiteral("peer"),
                 QStringLiteral("name"),
                 peer},
                {QStringLiteral("ip"),
                 QStringLiteral("link"),
                 QStringLiteral("set"),
                 peer,
                 QStringLiteral("netns"),
                 host.netns},
                {QStringLiteral("ip"),
                 QStringLiteral("addr"),
                 QStringLiteral("add"),
                 ours + QStringLiteral("/30"),
                 QStringLiteral("dev"),
                 host.veth},
                {QStringLiteral("ip"),
                 QStringLiteral("link"),
                 QStringLiteral("set"),
                 host.veth,
                 QStringLiteral("up")},
                {QStringLiteral("ip"),
                 QStringLiteral("-n"),
                 host.netns,
                 QStringLiteral("addr"),
                 QStringLiteral("add"),
                 host.address + QStringLiteral("/30"),
                 QStringLiteral("dev"),
                 peer},
                {QStringLiteral("ip"),
                 QStringLiteral("-n"),
                 host.netns,
                 QStringLiteral("link"),
                 QStringLiteral("set"),
                 peer,
                 QStringLiteral("up")},
                {QStringLiteral("ip"),
                 QStringLiteral("-n"),
                 host.netns,
                 QStringLiteral("link"),
                 QStringLiteral("set"),
                 QStringLiteral("lo"),
                 QStringLiteral("up")},
            };
            for (const QStringList &step : steps)
                if (!run(step, error))
                    return false;
            if (i < withSshd && !startSshd(i, error))
                return false;
        }
        return true;
    }

    bool startSshd(int i, QString *error)
    {
        Host &host = *m_hosts.at(i);
        const QString d = m_dir.filePath(QStringLiteral("host%1").arg(i));
        QDir().mkpath(d);
        host.hostKeyFile = d + QStringLiteral("/host_key");
        if (!QFile::exists(host.hostKeyFile)
            && !run({QStringLiteral("ssh-keygen"),
                     QStringLiteral("-q"),
                     QStringLiteral("-t"),
                     QStringLiteral("ed25519"),
                     QStringLiteral("-N"),
                     QString(),
                     QStringLiteral("-f"),
                     host.hostKeyFile},
                    error))
            return false;
        QFile config(d + QStringLiteral("/sshd_config"));
        if (!config.open(QIODevice::WriteOnly))
            return fail(error, config.errorString());
        config.write(QStringLiteral("ListenAddress %1\nPort 22\nHostKey %2\nPidFile none\n"
                                    "AuthorizedKeysFile %3\nPermitRootLogin prohibit-password\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "UsePAM no\nStrictModes no\nAllowTcpForwarding yes\n"
                                    "LogLevel VERBOSE\n")
                         .arg(host.address,
                              host.hostKeyFile,
                              m_dir.filePath(QStringLiteral("authorized_keys")))
                         .toUtf8());
        config.close();
        // The host's own /etc, /var, /root and /usr/local: overlays whose upper layers are
        // in its folder.
        const QString setup = QStringLiteral(
                                  "set -e; mount --make-rprivate /; "
                                  "for p in /etc /var /root /usr/local; do "
                                  "mkdir -p \"%1/upper$p\" \"%1/work$p\"; "
                                  "mount -t overlay overlay -o "
                                  "\"lowerdir=$p,upperdir=%1/upper$p,workdir=%1/work$p\" \"$p\"; "
                                  "done; hostname host%2; mkdir -p /run/sshd; "
                                  "exec /usr/sbin/sshd -D -e -f %1/sshd_config")
                                  .arg(d)
                                  .arg(i);
        host.sshd = std::make_unique<QProcess>();
        host.sshd->setProcessChannelMode(QProcess::MergedChannels);
        host.sshd->setStandardOutputFile(d + QStringLiteral("/sshd.log"));
        host.sshd->start(QStringLiteral("ip"),
                         {QStringLiteral("netns"),
                          QStringLiteral("exec"),
                          host.netns,
                          QStringLiteral("unshare"),
                          QStringLiteral("--mount"),
                          QStringLiteral("--uts"),
                          QStringLiteral("--pid"),
                          QStringLiteral("--fork"),
                          QStringLiteral("--kill-child"),
                          QStringLiteral("--mount-proc"),
                          QStringLiteral("sh"),
                          QStringLiteral("-c"),
                          setup});
        if (!host.sshd->waitForStarted(5000))
            return fail(error, QStringLiteral("sshd did not start: ") + host.sshd->errorString());
        // Listening: a TCP connection from here gets its banner.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress(host.address), 22);
            if (probe.waitForConnected(1000) && probe.waitForReadyRead(2000)
                && probe.readAll().startsWith("SSH-")) {
                host.running = true;
                return true;
            }
            if (host.sshd->state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        QFile log(d + QStringLiteral("/sshd.log"));
        log.open(QIODevice::ReadOnly);
        return fail(error,
                    QStringLiteral("sshd on %1 does not answer: %2")
                        .arg(host.address, QString::fromUtf8(log.readAll().right(1500))));
    }

    // Cuts every SSH connection of host i (kills sshd's session processes), leaving sshd
    // itself listening: clients see their connection drop and may connect again.
    int cutConnections(int i)
    {
        Host &host = *m_hosts.at(i);
        if (!host.sshd)
            return 0;
        // unshare -> sshd (pid 1 of the host) -> per connection a monitor and its child,
        // both sshd-session; the nodes are children of sshd too (it is the host's init).
        const QList<int> sshd = children(int(host.sshd->processId()));
        int killed = 0;
        QList<int> pending;
        for (int s : sshd)
            pending << children(s);
        while (!pending.isEmpty()) {
            const int p = pending.takeFirst();
            QFile comm(QStringLiteral("/proc/%1/comm").arg(p));
            if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("sshd"))
                continue;
            pending << children(p);
            killed += ::kill(p, SIGKILL) == 0 ? 1 : 0;
        }
        return killed;
    }

    // A new host key for host i, and sshd restarted with it.
    bool changeHostKey(int i, QString *error)
    {
        Host &host = *m_hosts.at(i);
        stopSshd(host);
        QFile::remove(host.hostKeyFile);
        QFile::remove(host.hostKeyFile + QStringLiteral(".pub"));
        return startSshd(i, error);
    }

    // known_hosts lines for every running host.
    QByteArray knownHostsLines() const
    {
        QByteArray out;
        for (const auto &h : m_hosts) {
            if (h->hostKeyFile.isEmpty())
                continue;
            QFile pub(h->hostKeyFile + QStringLiteral(".pub"));
            if (!pub.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
            out += h->address.toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
        }
        return out;
    }

    QString sshdLog(int i) const
    {
        QFile log(m_dir.filePath(QStringLiteral("host%1/sshd.log").arg(i)));
        log.open(QIODevice::ReadOnly);
        return QString::fromUtf8(log.readAll());
    }

    void stop()
    {
        for (const auto &h : m_hosts)
            stopSshd(*h);
        for (const auto &h : m_hosts) {
            QProcess::execute(QStringLiteral("ip"),
                              {QStringLiteral("netns"), QStringLiteral("delete"), h->netns});
            QProcess ip; // the veth usually went with its namespace
            ip.start(QStringLiteral("ip"),
                     {QStringLiteral("link"), QStringLiteral("delete"), h->veth});
            ip.waitForFinished(5000);
        }
        m_hosts.clear();
    }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    static QList<int> children(int pid)
    {
        QList<int> result;
        const QStringList entries = QDir(QStringLiteral("/proc"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &e : entries) {
            bool ok = false;
            const int p = e.toInt(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray s = stat.readAll();
            const qsizetype close = s.lastIndexOf(')');
            const QList<QByteArray> fields = s.mid(close + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toInt() == pid)
                result << p;
        }
        return result;
    }

    static void stopSshd(Host &host)
    {
        if (!host.sshd)
            return;
        // unshare --kill-child takes the host's pid namespace (sshd, nodes) down with it.
        host.sshd->kill();
        host.sshd->waitForFinished(5000);
        host.sshd.reset();
        host.running = false;
    }

    // 10.213.<n>.0/24 with n from the pid, moved on while an address of it is in use here.
    static int pickSubnet(int pid)
    {
        QProcess ip;
        ip.start(QStringLiteral("ip"),
                 {QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr")});
        ip.waitForFinished(5000);
        const QString used = QString::fromUtf8(ip.readAllStandardOutput());
        int n = pid % 250;
        for (int tries = 0; tries < 250; ++tries, n = (n + 1) % 250) {
            if (!used.contains(QStringLiteral("10.213.%1.").arg(n)))
                return n;
        }
        return n;
    }

    bool run(const QStringList &command, QString *error)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(command.first(), command.mid(1));
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(error,
                        QStringLiteral("%1 failed: %2")
                            .arg(command.join(u' '), QString::fromUtf8(p.readAll()).trimmed()));
        return true;
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Host>> m_hosts;
};

} // namespace Slipway::Testing
