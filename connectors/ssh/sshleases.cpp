#include "sshleases.h"

#include "core/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QList<SshLeases::Lease> readLeases(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1 is not valid JSON: %2"_s.arg(path, parseError.errorString());
        return {};
    }
    QList<SshLeases::Lease> leases;
    for (const QJsonValue &v : doc.object().value(u"leases"_s).toArray()) {
        const QJsonObject o = v.toObject();
        leases << SshLeases::Lease{o.value(u"host"_s).toString(),
                                   o.value(u"run"_s).toString(),
                                   o.value(u"instance"_s).toString(),
                                   o.value(u"owner"_s).toString()};
    }
    return leases;
}

bool writeLeases(const QString &path, const QList<SshLeases::Lease> &leases, QString *error)
{
    QJsonArray array;
    for (const SshLeases::Lease &l : leases)
        array.append(QJsonObject{{u"host"_s, l.host},
                                 {u"run"_s, l.run},
                                 {u"instance"_s, l.instance},
                                 {u"owner"_s, l.owner}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{u"leases"_s, array}}).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

SshLeases::SshLeases(const QString &cloud, const QString &file)
    : m_file(file.isEmpty() ? QDir(Paths::dataDir()).filePath(u"ssh-leases/"_s + cloud + u".json"_s)
                            : file)
{}

template<typename Change>
bool SshLeases::change(Change &&change, QString *error)
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QLockFile lock(m_file + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = u"the host pool's leases (%1) are locked by another process"_s.arg(m_file);
        return false;
    }
    QString readError;
    QList<Lease> leases = readLeases(m_file, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!change(leases))
        return true;
    return writeLeases(m_file, leases, error);
}

std::optional<QString> SshLeases::take(const QStringList &pool,
                                       const QString &run,
                                       const QString &instance,
                                       const QString &owner,
                                       QString *error)
{
    std::optional<QString> taken;
    const bool ok = change(
        [&](QList<Lease> &leases) {
            for (const Lease &l : std::as_const(leases)) {
                if (l.run == run && l.instance == instance && pool.contains(l.host)) {
                    taken = l.host;
                    return false;
                }
            }
            for (const QString &host : pool) {
                bool used = false;
                for (const Lease &l : std::as_const(leases))
                    used |= l.host == host;
                if (!used) {
                    leases << Lease{host, run, instance, owner};
                    taken = host;
                    return true;
                }
            }
            return false;
        },
        error);
    if (ok && !taken && error)
        *error = u"every host of the pool is in use (%1 hosts)"_s.arg(pool.size());
    return ok ? taken : std::nullopt;
}

bool SshLeases::release(const QString &run, const QString &instance, QString *error)
{
    return change(
        [&](QList<Lease> &leases) {
            const qsizetype before = leases.size();
            leases.removeIf([&](const Lease &l) {
                return l.run == run && (instance.isEmpty() || l.instance == instance);
            });
            return leases.size() != before;
        },
        error);
}

QList<SshLeases::Lease> SshLeases::leases(QString *error) const
{
    return readLeases(m_file, error);
}

QList<SshLeases::Lease> SshLeases::leasesOf(const QString &run) const
{
    QList<Lease> result;
    for (const Lease &l : leases())
        if (l.run == run)
            result << l;
    return result;
}

} // namespace Slipway
