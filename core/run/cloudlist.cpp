#include "cloudlist.h"

#include "core/paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Slipway {

CloudList::CloudList(QString fileName)
    : m_file(fileName.isEmpty() ? Paths::dataDir() + u"/clouds.json"_s : std::move(fileName))
{}

Result<void> CloudList::load()
{
    m_clouds.clear();
    QFile file(m_file);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Cannot read %1: %2"_s.arg(m_file, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{
            u"%1: offset %2: %3"_s.arg(m_file).arg(parseError.offset).arg(parseError.errorString())};
    for (const QJsonValue &v : document.object().value(u"clouds"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CloudConfig cloud;
        cloud.name = o.value(u"name"_s).toString();
        cloud.kind = o.value(u"kind"_s).toString();
        cloud.settings = o.value(u"settings"_s).toObject().toVariantMap();
        if (cloud.name.isEmpty() || cloud.kind.isEmpty())
            return Error{u"%1: a cloud without a name or a kind"_s.arg(m_file)};
        m_clouds << cloud;
    }
    return {};
}

Result<void> CloudList::save() const
{
    QJsonArray array;
    for (const CloudConfig &c : m_clouds)
        array.append(QJsonObject{{u"name"_s, c.name},
                                 {u"kind"_s, c.kind},
                                 {u"settings"_s, QJsonObject::fromVariantMap(c.settings)}});
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Cannot write %1: %2"_s.arg(m_file, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{u"clouds"_s, array}}).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{u"Cannot write %1: %2"_s.arg(m_file, file.errorString())};
    return {};
}

QList<CloudConfig> CloudList::clouds() const
{
    QList<CloudConfig> sorted = m_clouds;
    std::sort(sorted.begin(), sorted.end(), [](const CloudConfig &a, const CloudConfig &b) {
        const bool aLocal = a.name == u"local";
        const bool bLocal = b.name == u"local";
        return aLocal != bLocal ? aLocal : a.name < b.name;
    });
    if (sorted.isEmpty() || sorted.constFirst().name != u"local")
        sorted.prepend(CloudConfig::local());
    return sorted;
}

std::optional<CloudConfig> CloudList::find(const QString &name) const
{
    for (const CloudConfig &c : m_clouds)
        if (c.name == name)
            return c;
    if (name == u"local")
        return CloudConfig::local();
    return std::nullopt;
}

Result<void> CloudList::add(const CloudConfig &cloud)
{
    static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"_s);
    if (!validName.match(cloud.name).hasMatch())
        return Error{u"'%1' is not a valid cloud name: letters, digits, '.', '_' and '-', "
                     "starting with a letter or digit"_s.arg(cloud.name)};
    if (cloud.kind.isEmpty())
        return Error{u"The cloud %1 has no connector kind"_s.arg(cloud.name)};
    for (CloudConfig &c : m_clouds) {
        if (c.name == cloud.name) {
            c = cloud;
            return {};
        }
    }
    m_clouds << cloud;
    return {};
}

Result<void> CloudList::remove(const QString &name)
{
    const qsizetype removed = m_clouds.removeIf(
        [&](const CloudConfig &c) { return c.name == name; });
    if (removed == 0 && name != CloudConfig::local().name)
        return Error{u"There is no cloud named %1"_s.arg(name)};
    return {};
}

} // namespace Slipway
