#pragma once

// The versioned module catalog, in Slipway's one SQLite file (docs/ARCHITECTURE.md#database).
//
// - Every save creates a new immutable version with author, time and comment. A save whose
//   content equals the latest version creates nothing and answers the latest version number
//   with `created == false` (like `git commit` with nothing to commit).
// - Paths are the identity of modules. Parents of a path need not be saved as projects: the
//   tree shows folders for them.
// - move() renames a whole subtree (deleted modules in it too): each module keeps its history;
//   each live one gets a new version at its new path ("Moved from …") with its own references
//   into the subtree rewritten and its built images kept; every other live module whose image
//   parent or node image points into the subtree gets a new version with the reference
//   updated ("Follow the move of …"). Pinned image versions stay as they are.
// - remove()/restore() soft-delete and restore a whole subtree; history is kept. latest() of a
//   deleted module fails; version() and history() still answer.
// - Built images are recorded on an image version. A save carries them over to the new
//   version unless it changes the build: pre-install or recipe scripts, packages, the parent,
//   the native flag or the native image ids. The module passed to save() may hold any
//   builtImages: they are ignored (importVersions() keeps them).
// - All errors (file cannot be opened, database busy, constraint, unknown module) come back as
//   values with a message fit to show.
//
// Atomic batches: either transaction(work), inside which every save/remove/… joins one
// SQLite transaction that commits when work succeeds and rolls back when it fails; or
// importVersions(), which appends versions keeping their author, time and comment.
//
// One Catalog is one connection (core/storage/database.h), used from one thread. Several
// Catalogs, in one process or several, may share a file: writers wait up to
// Database::BusyTimeoutMs for each other, then fail with a message.
//
// Concurrent edits: a save may name the version its content was based on (SaveBase). When
// someone saved since, the save is refused and the conflict says who changed what
// (SaveConflict): the caller reloads, saves again on the latest version, or saves under
// another path. Same rule on both backends.
//
// The team catalog (PostgresBackend): the server decides who may do what (the rights grid,
// see core/storage/postgresschema.cpp); its refusals come back as errors. The grid of a
// version read from it is the module's grid on the server; a save changes it only when the
// saving role owns the module. Other members' changes arrive as moduleChanged() while the
// event loop runs; a lost connection is made again before the next change.

#include "core/catalog/modulediff.h"
#include "core/model/effectiveimage.h"
#include "core/model/module.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Slipway {

struct CatalogEntry
{
    QString path;
    ModuleKind kind = ModuleKind::Project;
    int latestVersion = 0;
    bool deleted = false;
    QString description;
    QDateTime modifiedAt; // time of the latest version
};

struct VersionSummary
{
    int version = 0;
    QString author;
    QDateTime savedAt;
    QString comment;
};

struct SaveResult
{
    int version = 0;
    bool created = true; // false: content unchanged, no version was created
};

struct SearchHit
{
    QString path;
    ModuleKind kind = ModuleKind::Project;
    int version = 0; // the latest version, which the search covers
    QString field;   // "name", "description" or "recipes"
    QString snippet; // the matching line, trimmed
};

struct ListOptions
{
    bool includeDeleted = false;
    bool recursive = true; // false: direct children only
};

// A live module whose latest version refers to a module: its image parent or a node's image.
struct CatalogReference
{
    QString path;   // the referring module
    QString field;  // "parent", or the node's name for a deployment
    QString target; // the module it refers to
};

// Why a save on a stale base was refused.
struct SaveConflict
{
    QString path;
    int baseVersion = 0;   // what the edit started from (0: it was a new module)
    int latestVersion = 0; // the catalog's latest version now (0: the module is gone)
    QString author;        // who saved latestVersion, when and why
    QDateTime savedAt;
    QString comment;
    ModuleDiff theirChange; // base → latest
    ModuleDiff myChange;    // latest → the refused content
    QString message;        // the refusal, fit to show
};

// The version a save's content was based on.
struct SaveBase
{
    int version = 0;                  // 0: the module is new to this edit
    SaveConflict *conflict = nullptr; // filled when the save is refused as stale
};

class StorageBackend;

class Catalog : public QObject
{
    Q_OBJECT

public:
    // The database file; created with its folder on open() when missing.
    explicit Catalog(QString fileName = {}); // empty: Paths::defaultCatalogFile()
    // A catalog kept by another backend than the default SQLite file.
    explicit Catalog(std::shared_ptr<const StorageBackend> backend);
    ~Catalog() override;
    Q_DISABLE_COPY_MOVE(Catalog)

    // Opens the file and brings its schema to the current version. Fails with a message on an
    // unreadable file, a file that is not a catalog, or one made by a newer Slipway.
    Result<void> open();
    void close();
    bool isOpen() const;
    QString fileName() const;

    static int currentSchemaVersion();
    int schemaVersion() const; // of the open database (the whole file, not only the catalog)

    Result<SaveResult> save(const Module &module, const QString &author, const QString &comment);
    // Refused, with base.conflict filled, when the latest version is no longer base.version.
    Result<SaveResult> save(const Module &module,
                            const QString &author,
                            const QString &comment,
                            const SaveBase &base);

    // What this user may do with the module at path: everything on the local catalog (which
    // enforces nothing); on the team catalog the server's answer. For a path with no module
    // (or one this user may not see): CreateChildren when the user may create it, else none.
    Result<Rights> rights(const QString &path) const;
    // True on the team catalog, where the server enforces the rights.
    bool enforcesRights() const;
    // What a run launched from one of its modules records as its catalog, never a secret:
    // empty for the local catalog; the team catalog's URL without password, unless set (a
    // named connection: "name (URL)").
    QString sourceLabel() const;
    void setSourceLabel(const QString &label);

    Result<ModuleVersion> latest(const QString &path) const;
    Result<ModuleVersion> version(const QString &path, int version) const;
    Result<QList<VersionSummary>> history(const QString &path) const; // oldest first
    bool contains(const QString &path) const;                         // a live (not deleted) module

    // Modules under prefix (the prefix itself included), sorted by path; empty prefix: all.
    Result<QList<CatalogEntry>> list(const QString &prefix = {},
                                     const ListOptions &options = {}) const;
    // The direct children of a path: list(path, {.recursive = false}) without path itself.
    Result<QList<CatalogEntry>> children(const QString &path) const;

    Result<ModuleDiff> diff(const QString &path, int fromVersion, int toVersion) const;

    // Saves the content of an old version as the newest one ("Revert to version N" when
    // comment is empty).
    Result<SaveResult> revert(const QString &path,
                              int version,
                              const QString &author,
                              const QString &comment = {});

    // Moves or renames a subtree; answers the number of modules moved. Fails if any target
    // path is taken (also by a deleted module) or if `to` lies inside `from`.
    Result<int> move(const QString &from, const QString &to, const QString &author);

    // Live modules outside the subtree at path whose latest version refers into it (what a
    // delete would break and a move rewrites), sorted by referring path.
    Result<QList<CatalogReference>> referrers(const QString &path) const;

    // Soft delete and restore of a subtree; answer the number of modules affected.
    Result<int> remove(const QString &path, const QString &author);
    Result<int> restore(const QString &path, const QString &author);

    // Live modules whose name, description or recipe text (latest version) contains text,
    // case-insensitively (ASCII); one hit per module, name hits first, then description, then
    // recipes. Name and description go through a trigram FTS5 index, recipe text is scanned
    // (about 15 ms for 2,000 modules, see bench_catalog).
    Result<QList<SearchHit>> search(const QString &text, int limit = 100) const;

    Result<void> recordBuiltImage(const QString &path,
                                  int version,
                                  const QString &cloud,
                                  const QString &imageId,
                                  const QDateTime &builtAt = QDateTime::currentDateTimeUtc());
    Result<QList<BuiltImage>> builtImages(const QString &path, int version) const;

    // Runs work in one transaction: all its changes are committed together when it returns
    // success, none when it returns an error (which is then returned). May not nest.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // Appends each version, in order, as the next version of its module's path, keeping its
    // author, savedAt and comment (a null savedAt becomes now) and its built images (their
    // fromVersion renumbered with it). All or nothing; answers the new version numbers.
    // Unlike save(), an unchanged content still makes a version (history is imported as is).
    Result<QList<int>> importVersions(const QList<ModuleVersion> &versions);

    // A lookup for effectiveImage() and validate() reading this catalog (live modules only).
    ModuleLookup lookup() const;

Q_SIGNALS:
    // Another member saved, moved, deleted or restored the module at path (team catalog).
    void moduleChanged(const QString &path, int latestVersion, bool deleted);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Slipway
