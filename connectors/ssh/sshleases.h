#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// Which hosts of an SSH cloud's pool are in use, by which run and instance. Kept in a small
// JSON file per cloud (in Slipway's data folder), changed under a lock file, so that a host
// is never given to two runs, also across processes and after a restart.
class SshLeases
{
public:
    struct Lease
    {
        QString host; // SshHostAddress::toString()
        QString run;
        QString instance;
        QString owner;
    };

    // The leases of `cloud` in `file`; an empty `file` means <data folder>/ssh-leases/<cloud>.json.
    explicit SshLeases(const QString &cloud, const QString &file = {});

    QString file() const { return m_file; }

    // Takes the first host of `pool` that is free for `run`'s `instance` (the host it already
    // holds, if any). std::nullopt when every host is in use; `error` says why it failed.
    std::optional<QString> take(const QStringList &pool,
                                const QString &run,
                                const QString &instance,
                                const QString &owner,
                                QString *error);
    // Frees the host of one instance of `run`, or all of the run's hosts when `instance` is empty.
    bool release(const QString &run, const QString &instance = {}, QString *error = nullptr);

    QList<Lease> leases(QString *error = nullptr) const;
    QList<Lease> leasesOf(const QString &run) const;

private:
    template<typename Change>
    bool change(Change &&change, QString *error);

    QString m_file;
};

} // namespace Slipway
