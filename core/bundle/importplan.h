#pragma once

// What importing a bundle would do to a catalog, module by module, and doing it.
//
// Each bundle entry is:
// - new: the catalog has no module at its path: all its versions are imported, keeping their
//   author, time and comment;
// - unchanged: the catalog's latest version has the same content: nothing is done;
// - changed: the catalog's latest content is one of the entry's older versions (the bundle
//   continues the catalog's history): the versions after it are appended;
// - conflicting: the catalog's module has other content (or is deleted). A choice is needed:
//   skip it, overwrite (the bundle's content becomes a new version), or rename (import it
//   under another path; a renamed project takes its bundle descendants along, and the
//   bundle's references to renamed modules follow).
// References (an image's parent, a node's image) must name a module of the bundle or of the
// catalog; any that does not is an error with file, line and column, and nothing is imported.
// apply() is one transaction: it imports everything or, on any failure, nothing.

#include "core/bundle/bundle.h"
#include "core/bundle/sourcelocation.h"
#include "core/model/result.h"
#include "core/model/validation.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

class Catalog;

enum class ImportStatus { New, Changed, Unchanged, Conflict };
enum class ConflictChoice { Undecided, Skip, Overwrite, Rename };

QString importStatusName(ImportStatus status);     // "new", "changed", …
QString conflictChoiceName(ConflictChoice choice); // "undecided", "skip", …
std::optional<ConflictChoice> conflictChoiceFromName(QStringView name);

struct ImportOptions
{
    ConflictChoice onConflict = ConflictChoice::Undecided; // for conflicts with no own choice
    QHash<QString, ConflictChoice> choices;                // bundle path → choice
    QHash<QString, QString> renameTo;                      // bundle path → target path
    QString renameSuffix = QStringLiteral("-imported");    // when renameTo names no target
    QString author;          // for versions that carry none (SlipStream XML always does)
    QString comment;         // likewise; default "Imported from <file>"
    bool latestOnly = false; // import only each entry's latest version
};

struct ImportItem
{
    QString path;       // in the bundle
    QString targetPath; // in the catalog after import (differs when renamed)
    ImportStatus status = ImportStatus::New;
    ConflictChoice choice = ConflictChoice::Undecided; // conflicts only
    bool deletedInCatalog = false;
    int catalogVersion = 0; // the catalog's latest version at targetPath, 0 if none
    QList<ModuleVersion> versionsToImport;
    QStringList changedFields; // catalog latest → bundle latest, for changed and conflicting
    SourceLocation location;

    bool imports() const { return !versionsToImport.isEmpty(); }
};

struct ImportSummary
{
    int modules = 0;
    int versions = 0;
};

class ImportPlan
{
public:
    static ImportPlan make(const Bundle &bundle,
                           const Catalog &catalog,
                           const ImportOptions &options = {});

    QList<ImportItem> items;
    QList<SourceError> errors; // dangling references, bad renames: nothing can be imported
    QList<Problem> problems;   // validation of the imported modules, for the preview

    bool hasErrors() const { return !errors.isEmpty(); }
    int count(ImportStatus status) const;
    int undecidedConflicts() const;
    bool canApply() const { return !hasErrors() && undecidedConflicts() == 0; }

    QString previewText() const;
    QJsonObject toJson() const;

    // One transaction; fails (changing nothing) on errors, undecided conflicts or any
    // catalog error.
    Result<ImportSummary> apply(Catalog &catalog) const;
};

} // namespace Slipway
