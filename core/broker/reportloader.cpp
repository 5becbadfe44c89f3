#include "reportloader.h"

#include "runtimeparameterreader.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace Slipway::ReportLoader {

void load(const QString &databaseFile,
          const QString &run,
          const QString &instance,
          const QString &name,
          QObject *receiver,
          std::function<void(std::optional<QByteArray>)> done)
{
    QPointer<QObject> target(receiver);
    QThreadPool::globalInstance()->start([=, done = std::move(done)] {
        std::optional<QByteArray> data;
        {
            const RuntimeParameterReader reader(databaseFile); // this thread's own connection
            data = reader.reportData(run, instance, name);
        }
        // Handed to the application's thread, which looks whether the receiver still exists
        // (a QPointer is only safe to read in its object's thread).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [target, done, data = std::move(data)] {
                if (target)
                    done(data);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Slipway::ReportLoader
