#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

QString sourceDir()
{
    return qEnvironmentVariable("SLIPWAY_SOURCE_DIR");
}

QString binaryDir()
{
    return qEnvironmentVariable("SLIPWAY_BINARY_DIR");
}

QString sourceFile(const QString &relativePath)
{
    return sourceDir() + u'/' + relativePath;
}

QString testData(const QString &relativePath)
{
    return sourceDir() + u"/tests/data/"_s + relativePath;
}

QString builtProgram(const QString &name)
{
    return binaryDir() + u"/app/"_s + name;
}

QString cliProgram()
{
    return builtProgram(u"slipway-cli"_s);
}

QString relayProgram()
{
    return builtProgram(u"slipway-relay"_s);
}

QString slipstreamSamplesDir()
{
    QStringList roots;
    if (qEnvironmentVariableIsSet("SLIPWAY_SHARED"))
        roots.append(qEnvironmentVariable("SLIPWAY_SHARED"));
    roots.append(sourceDir() + u"/../shared"_s);
    roots.append(u"/shared"_s);
    for (const QString &root : std::as_const(roots)) {
        const QString dir = root + u"/samples/slipstream"_s;
        if (QFileInfo::exists(dir + u"/Torque/torque-deployment.xml"_s))
            return QDir::cleanPath(dir);
    }
    return {};
}

bool inBuildRoot()
{
    return qEnvironmentVariableIsSet("SLIPWAY_IN_BUILDROOT");
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace Slipway::Testing
