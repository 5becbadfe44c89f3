#include "buildstep.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Fields are length-prefixed so that no two different inputs hash the same bytes.
void addField(QCryptographicHash &hash, QByteArrayView field)
{
    hash.addData(QByteArray::number(field.size()));
    hash.addData(":");
    hash.addData(field);
}

} // namespace

QString buildStepKindName(BuildStep::Kind kind)
{
    return kind == BuildStep::Kind::Packages ? u"packages"_s : u"script"_s;
}

QString BuildStep::cacheKey(const QString &parentKey) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, "slipway-build-step-1");
    addField(hash, parentKey.toUtf8());
    addField(hash, buildStepKindName(kind).toUtf8());
    addField(hash, script.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString BuildStep::baseKey(const QString &baseImageId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, "slipway-build-base-1");
    addField(hash, baseImageId.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Slipway
