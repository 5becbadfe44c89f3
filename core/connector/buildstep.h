#pragma once

#include <QByteArray>
#include <QString>

namespace Slipway {

// One step of an incremental image build: a script run on the image of the
// step before, then saved. Its cache key chains the parent's key, so a step is reused only
// when it and every step before it are unchanged. The execute, report and on-vm-* recipes
// are never build steps: changing them rebuilds nothing.
struct BuildStep
{
    enum class Kind { Script, Packages };

    QString name; // "pre-install", "packages", "recipe": for progress and messages
    Kind kind = Kind::Script;
    QString script; // for Packages, the platform's install script (PackageInstallScript)

    bool isEmpty() const { return script.trimmed().isEmpty(); }

    // hex SHA-256 of (parent key, kind, script).
    QString cacheKey(const QString &parentKey) const;

    // The key of the image a build starts from: hex SHA-256 of the image's own id (a digest,
    // not a tag, so a re-made base image gives new keys).
    static QString baseKey(const QString &baseImageId);

    friend bool operator==(const BuildStep &, const BuildStep &) = default;
};

QString buildStepKindName(BuildStep::Kind kind);

} // namespace Slipway
