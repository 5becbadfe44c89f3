#include "importfiles.h"

#include "core/bundle/slipstreamreader.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Slipway {

BundleReadResult readImportFiles(const QStringList &files)
{
    BundleReadResult result;
    QStringList xmlFiles;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            result.errors.append({{file, 0, 0}, f.errorString()});
            continue;
        }
        const QByteArray data = f.readAll();
        if (SlipStreamReader::looksLikeSlipStream(data)) {
            xmlFiles.append(file);
            continue;
        }
        BundleReadResult read = BundleReader::read(data, file);
        result.errors += read.errors;
        result.bundle.entries += read.bundle.entries;
    }
    if (!xmlFiles.isEmpty()) {
        BundleReadResult read = SlipStreamReader::readFiles(xmlFiles);
        result.errors += read.errors;
        result.warnings += read.warnings;
        result.bundle.entries += read.bundle.entries;
    }
    QHash<QString, SourceLocation> seen;
    for (const BundleEntry &e : std::as_const(result.bundle.entries)) {
        if (const auto first = seen.constFind(e.path()); first != seen.constEnd())
            result.errors.append(
                {e.location,
                 u"module '%1' is also defined at %2"_s.arg(e.path(), first->toString())});
        seen.insert(e.path(), e.location);
    }
    return result;
}

} // namespace Slipway
