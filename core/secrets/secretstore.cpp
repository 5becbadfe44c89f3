#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "slipway.secrets")

namespace Slipway {

namespace {

QString describe(const QString &cloud, const QString &name)
{
    return QObject::tr("the %1 of the cloud %2").arg(name, cloud);
}

// The keychain's own error, for a message a user can act on.
QString failure(const QKeychain::Job &job, const QString &what, const QString &action)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return QObject::tr("No %1 in the system keychain: add it with `slipway-cli cloud add` "
                           "or in the cloud settings")
            .arg(what);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QObject::tr("The system keychain refused to %1 %2: %3")
            .arg(action, what, job.errorString());
    case QKeychain::NoBackendAvailable:
        return QObject::tr("Cannot %1 %2: no system keychain is available (%3). Start a "
                           "Secret Service such as GNOME Keyring or KWallet.")
            .arg(action, what, job.errorString());
    default:
        return QObject::tr("Cannot %1 %2 in the system keychain: %3. Is a Secret Service "
                           "such as GNOME Keyring or KWallet running?")
            .arg(action, what, job.errorString());
    }
}

template<typename JobType, typename Done, typename Finish>
void runJob(JobType *job, QObject *context, Done done, Finish finish)
{
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job,
                     &QKeychain::Job::finished,
                     context,
                     [guard, done, finish](QKeychain::Job *j) {
                         if (guard)
                             done(finish(*static_cast<JobType *>(j)));
                     });
    job->start();
}

template<typename T, typename Call>
Result<T> runNow(Call call)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    call(&loop, [&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

QString secretKey(const QString &cloud, const QString &name)
{
    return cloud + u'/' + name;
}

void readSecret(const QString &cloud,
                const QString &name,
                QObject *context,
                std::function<void(Result<QByteArray>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kSecretService.toString());
    job->setKey(secretKey(cloud, name));
    runJob(job, context, std::move(done), [cloud, name](const QKeychain::ReadPasswordJob &j) {
        if (j.error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "reading" << secretKey(cloud, name) << "failed:" << j.error();
            return Result<QByteArray>(Error{failure(j, describe(cloud, name), QObject::tr("read"))});
        }
        return Result<QByteArray>(j.binaryData());
    });
}

void writeSecret(const QString &cloud,
                 const QString &name,
                 const QByteArray &secret,
                 QObject *context,
                 std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kSecretService.toString());
    job->setKey(secretKey(cloud, name));
    job->setBinaryData(secret);
    runJob(job, context, std::move(done), [cloud, name](const QKeychain::WritePasswordJob &j) {
        if (j.error() != QKeychain::NoError)
            return Result<void>(Error{failure(j, describe(cloud, name), QObject::tr("store"))});
        qCDebug(lcSecrets) << "stored" << secretKey(cloud, name);
        return Result<void>();
    });
}

void removeSecret(const QString &cloud,
                  const QString &name,
                  QObject *context,
                  std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kSecretService.toString());
    job->setKey(secretKey(cloud, name));
    runJob(job, context, std::move(done), [cloud, name](const QKeychain::DeletePasswordJob &j) {
        if (j.error() != QKeychain::NoError && j.error() != QKeychain::EntryNotFound)
            return Result<void>(Error{failure(j, describe(cloud, name), QObject::tr("remove"))});
        return Result<void>();
    });
}

Result<QByteArray> readSecretNow(const QString &cloud, const QString &name)
{
    return runNow<QByteArray>(
        [&](QObject *context, auto done) { readSecret(cloud, name, context, done); });
}

Result<void> writeSecretNow(const QString &cloud, const QString &name, const QByteArray &secret)
{
    return runNow<void>(
        [&](QObject *context, auto done) { writeSecret(cloud, name, secret, context, done); });
}

Result<void> removeSecretNow(const QString &cloud, const QString &name)
{
    return runNow<void>(
        [&](QObject *context, auto done) { removeSecret(cloud, name, context, done); });
}

} // namespace Slipway
