#include "importplan.h"

#include "core/bundle/bundlelogging.h"
#include "core/catalog/catalog.h"
#include "core/catalog/modulediff.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// What the catalog keeps of a module: built images are not content, and only an image has an
// image section, only a deployment nodes.
Module content(Module m)
{
    m.image.builtImages.clear();
    if (m.kind != ModuleKind::Image)
        m.image = ImageSpec();
    if (m.kind != ModuleKind::Deployment)
        m.deployment = DeploymentSpec();
    return m;
}

bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + u'/');
}

class PathMapping
{
public:
    void add(const QString &from, const QString &to) { m_renames.append({from, to}); }
    bool isEmpty() const { return m_renames.isEmpty(); }

    QString map(const QString &path) const
    {
        const std::pair<QString, QString> *best = nullptr;
        for (const auto &rename : m_renames) {
            if (isUnder(path, rename.first) && (!best || rename.first.size() > best->first.size()))
                best = &rename;
        }
        return best ? best->second + path.mid(best->first.size()) : path;
    }

    void apply(Module &m) const
    {
        m.path = map(m.path);
        if (!m.image.parent.isEmpty())
            m.image.parent = map(m.image.parent);
        for (Node &node : m.deployment.nodes)
            node.image = map(node.image);
    }

private:
    QList<std::pair<QString, QString>> m_renames;
};

QStringList changedFields(const Module &before, const Module &after)
{
    const ModuleDiff diff = diffModules(before, after);
    QStringList fields;
    for (const FieldChange &change : diff.fields)
        fields.append(change.field);
    for (const TextDiff &text : diff.texts)
        fields.append(text.field);
    fields.removeDuplicates();
    return fields;
}

} // namespace

QString importStatusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New:
        return u"new"_s;
    case ImportStatus::Changed:
        return u"changed"_s;
    case ImportStatus::Unchanged:
        return u"unchanged"_s;
    case ImportStatus::Conflict:
        return u"conflict"_s;
    }
    return {};
}

QString conflictChoiceName(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Undecided:
        return u"undecided"_s;
    case ConflictChoice::Skip:
        return u"skip"_s;
    case ConflictChoice::Overwrite:
        return u"overwrite"_s;
    case ConflictChoice::Rename:
        return u"rename"_s;
    }
    return {};
}

std::optional<ConflictChoice> conflictChoiceFromName(QStringView name)
{
    for (const ConflictChoice c : {ConflictChoice::Undecided,
                                   ConflictChoice::Skip,
                                   ConflictChoice::Overwrite,
                                   ConflictChoice::Rename}) {
        if (conflictChoiceName(c) == name)
            return c;
    }
    return std::nullopt;
}

ImportPlan ImportPlan::make(const Bundle &bundle,
                            const Catalog &catalog,
                            const ImportOptions &options)
{
    ImportPlan plan;
    QHash<QString, CatalogEntry> existing;
    if (auto all = catalog.list({}, ListOptions{true, true}); all) {
        for (const CatalogEntry &e : *all)
            existing.insert(e.path, e);
    } else {
        plan.errors.append({{}, all.error().message});
        return plan;
    }

    auto choiceFor = [&](const QString &path) {
        return options.choices.value(path, options.onConflict);
    };
    auto classify = [&](const BundleEntry &entry, const QString &target, ImportItem &item) {
        item.path = entry.path();
        item.targetPath = target;
        item.location = entry.location;
        const auto found = existing.constFind(target);
        if (found == existing.constEnd()) {
            item.status = ImportStatus::New;
            return;
        }
        item.catalogVersion = found->latestVersion;
        if (found->deleted) {
            item.deletedInCatalog = true;
            item.status = ImportStatus::Conflict;
            return;
        }
        const auto latest = catalog.latest(target);
        if (!latest) {
            plan.errors.append({entry.location, latest.error().message});
            return;
        }
        const Module current = content(latest->module);
        Module incoming = content(entry.latest().module);
        incoming.path = target;
        if (current == incoming) {
            item.status = ImportStatus::Unchanged;
            return;
        }
        item.changedFields = changedFields(current, incoming);
        item.status = ImportStatus::Conflict;
        for (qsizetype i = entry.versions.size() - 2; i >= 0; --i) {
            Module older = content(entry.versions.at(i).module);
            older.path = target;
            if (older == current) {
                item.status = ImportStatus::Changed;
                item.catalogVersion = found->latestVersion;
                return;
            }
        }
    };

    // First pass at the bundle's own paths: which conflicts are renamed, and to what.
    QSet<QString> bundlePaths;
    for (const BundleEntry &entry : bundle.entries)
        bundlePaths.insert(entry.path());
    PathMapping mapping;
    QSet<QString> taken;
    QHash<QString, ImportItem> renamed; // bundle path → its conflict, before the rename
    QSet<QString> refused;              // renames that cannot be done (reported once)
    auto mappedEntry = [&](const BundleEntry &entry) {
        BundleEntry mapped = entry;
        for (ModuleVersion &v : mapped.versions)
            mapping.apply(v.module);
        return mapped;
    };
    // A rename changes the references of other entries, which may make them conflicts in
    // turn: repeat until no new rename (at most once per entry).
    for (bool more = true; more;) {
        more = false;
        for (const BundleEntry &entry : bundle.entries) {
            if (renamed.contains(entry.path()) || refused.contains(entry.path())
                || mapping.map(entry.path()) != entry.path())
                continue;
            ImportItem item;
            classify(mappedEntry(entry), entry.path(), item);
            if (item.status != ImportStatus::Conflict
                || choiceFor(item.path) != ConflictChoice::Rename)
                continue;
            QString target = options.renameTo.value(item.path);
            if (target.isEmpty()) {
                const QString base = item.path + options.renameSuffix;
                target = base;
                for (int n = 2; existing.contains(target) || bundlePaths.contains(target)
                                || taken.contains(target);
                     ++n)
                    target = base + u'-' + QString::number(n);
            } else if (existing.contains(target) || bundlePaths.contains(target)
                       || taken.contains(target)) {
                plan.errors.append(
                    {entry.location,
                     u"cannot rename %1 to %2: that path is taken"_s.arg(item.path, target)});
                refused.insert(item.path);
                continue;
            } else if (!isValidModulePath(target)) {
                plan.errors.append(
                    {entry.location,
                     u"cannot rename %1 to %2: not a valid module path"_s.arg(item.path, target)});
                refused.insert(item.path);
                continue;
            }
            taken.insert(target);
            mapping.add(item.path, target);
            renamed.insert(item.path, item);
            more = true;
        }
    }

    // Second pass with the renames applied to paths and references.
    QSet<QString> importedPaths;
    for (const BundleEntry &entry : bundle.entries) {
        const BundleEntry mapped = mappedEntry(entry);
        ImportItem item;
        classify(mapped, mapped.path(), item);
        item.path = entry.path();
        if (const auto it = renamed.constFind(item.path); it != renamed.constEnd()) {
            // Still the conflict it was, resolved by importing it elsewhere.
            item.status = ImportStatus::Conflict;
            item.choice = ConflictChoice::Rename;
            item.catalogVersion = it->catalogVersion;
            item.deletedInCatalog = it->deletedInCatalog;
            item.changedFields = it->changedFields;
        } else if (item.status == ImportStatus::Conflict) {
            item.choice = choiceFor(item.path);
            if (item.choice == ConflictChoice::Rename)
                item.choice = ConflictChoice::Undecided; // the rename itself failed
        }
        // Versions without metadata (hand-written bundles) get the importer's.
        auto stamp = [&](ModuleVersion v) {
            if (v.author.isEmpty()) {
                v.author = options.author;
                if (v.comment.isEmpty())
                    v.comment = options.comment.isEmpty()
                                    ? u"Imported from %1"_s.arg(entry.location.file)
                                    : options.comment;
            }
            v.module.image.builtImages.clear();
            return v;
        };
        QList<ModuleVersion> versions = mapped.versions;
        if (options.latestOnly)
            versions = {versions.constLast()};
        switch (item.status) {
        case ImportStatus::New:
            for (const ModuleVersion &v : std::as_const(versions))
                item.versionsToImport.append(stamp(v));
            break;
        case ImportStatus::Changed: {
            // The versions after the one the catalog has.
            qsizetype from = mapped.versions.size() - 1;
            while (from > 0) {
                Module older = content(mapped.versions.at(from - 1).module);
                if (older == content(catalog.latest(item.targetPath)->module))
                    break;
                --from;
            }
            for (qsizetype i = options.latestOnly ? mapped.versions.size() - 1 : from;
                 i < mapped.versions.size();
                 ++i)
                item.versionsToImport.append(stamp(mapped.versions.at(i)));
            break;
        }
        case ImportStatus::Unchanged:
            break;
        case ImportStatus::Conflict:
            if (item.choice == ConflictChoice::Overwrite) {
                ModuleVersion v = stamp(mapped.latest());
                v.savedAt = QDateTime(); // a new version on top of the catalog's: now
                item.versionsToImport.append(v);
            } else if (item.choice == ConflictChoice::Rename) {
                for (const ModuleVersion &v : std::as_const(versions))
                    item.versionsToImport.append(stamp(v));
            }
            break;
        }
        if (item.status != ImportStatus::Conflict || item.choice != ConflictChoice::Skip)
            importedPaths.insert(item.targetPath);
        plan.items.append(item);
    }

    // References must land on a module of the bundle or of the catalog.
    for (const BundleEntry &entry : bundle.entries) {
        for (const ModuleReference &ref : entry.references) {
            const QString target = mapping.map(ref.path);
            const bool inCatalog = existing.contains(target) && !existing.value(target).deleted;
            if (!importedPaths.contains(target) && !inCatalog)
                plan.errors.append(
                    {ref.location,
                     u"%1 of %2 refers to %3, which is neither in the bundle nor in the catalog"_s
                         .arg(ref.field, entry.path(), target)});
        }
    }

    // Validation as the catalog would see the result: imported modules over the catalog's.
    QHash<QString, Module> incoming;
    for (const ImportItem &item : std::as_const(plan.items)) {
        if (item.imports())
            incoming.insert(item.targetPath, item.versionsToImport.constLast().module);
    }
    const ModuleLookup catalogLookup = catalog.lookup();
    // Many modules of a bundle name the same parent image or node image: each is read from
    // the catalog once (a round trip to the server for a team catalog).
    QHash<QPair<QString, int>, std::optional<Module>> read;
    const ModuleLookup lookup = [&](const QString &path,
                                    std::optional<int> version) -> std::optional<Module> {
        if (const auto it = incoming.constFind(path);
            it != incoming.constEnd() && (!version || !existing.contains(path)))
            return *it;
        const QPair<QString, int> key{path, version.value_or(-1)};
        if (const auto it = read.constFind(key); it != read.constEnd())
            return *it;
        std::optional<Module> found = catalogLookup(path, version);
        read.insert(key, found);
        return found;
    };
    for (const Module &m : std::as_const(incoming))
        plan.problems += validate(m, lookup);

    qCDebug(lcBundle) << "import plan:" << plan.items.size() << "items," << plan.errors.size()
                      << "errors";
    return plan;
}

int ImportPlan::count(ImportStatus status) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [status](const ImportItem &i) {
        return i.status == status;
    }));
}

int ImportPlan::undecidedConflicts() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ImportItem &i) {
        return i.status == ImportStatus::Conflict && i.choice == ConflictChoice::Undecided;
    }));
}

QString ImportPlan::previewText() const
{
    QString text;
    qsizetype width = 0;
    for (const ImportItem &item : items)
        width = qMax(width, item.path.size());
    for (const ImportItem &item : items) {
        QString line = importStatusName(item.status).leftJustified(10) + u' '
                       + item.path.leftJustified(width);
        switch (item.status) {
        case ImportStatus::New:
            line += u"  +%1 version(s)"_s.arg(item.versionsToImport.size());
            break;
        case ImportStatus::Changed:
            line += u"  v%1 +%2 version(s)"_s.arg(item.catalogVersion)
                        .arg(item.versionsToImport.size());
            break;
        case ImportStatus::Unchanged:
            line += u"  v%1"_s.arg(item.catalogVersion);
            break;
        case ImportStatus::Conflict:
            line += item.deletedInCatalog ? u"  deleted in the catalog"_s
                                          : u"  catalog v%1 differs"_s.arg(item.catalogVersion);
            switch (item.choice) {
            case ConflictChoice::Undecided:
                line += u"; choose skip, overwrite or rename"_s;
                break;
            case ConflictChoice::Skip:
                line += u" -> skip"_s;
                break;
            case ConflictChoice::Overwrite:
                line += u" -> overwrite as a new version"_s;
                break;
            case ConflictChoice::Rename:
                line += u" -> import as "_s + item.targetPath;
                break;
            }
            break;
        }
        text += line.trimmed() + u'\n';
        if (!item.changedFields.isEmpty())
            text += QString(11, u' ') + u"fields: "_s + item.changedFields.join(u", "_s) + u'\n';
    }
    text += u"%1 new, %2 changed, %3 unchanged, %4 conflicting (%5 undecided)\n"_s
                .arg(count(ImportStatus::New))
                .arg(count(ImportStatus::Changed))
                .arg(count(ImportStatus::Unchanged))
                .arg(count(ImportStatus::Conflict))
                .arg(undecidedConflicts());
    for (const Problem &p : problems)
        text += u"%1: %2: %3: %4\n"_s.arg(severityName(p.severity),
                                          p.modulePath,
                                          p.field,
                                          p.message);
    for (const SourceError &e : errors)
        text += u"error: "_s + e.toString() + u'\n';
    return text;
}

QJsonObject ImportPlan::toJson() const
{
    QJsonArray itemArray;
    for (const ImportItem &item : items) {
        QJsonObject o{{u"path"_s, item.path},
                      {u"target"_s, item.targetPath},
                      {u"status"_s, importStatusName(item.status)},
                      {u"catalogVersion"_s, item.catalogVersion},
                      {u"versions"_s, int(item.versionsToImport.size())}};
        if (item.status == ImportStatus::Conflict) {
            o.insert(u"choice"_s, conflictChoiceName(item.choice));
            o.insert(u"deletedInCatalog"_s, item.deletedInCatalog);
        }
        if (!item.changedFields.isEmpty())
            o.insert(u"fields"_s, QJsonArray::fromStringList(item.changedFields));
        itemArray.append(o);
    }
    QJsonArray errorArray;
    for (const SourceError &e : errors)
        errorArray.append(QJsonObject{{u"file"_s, e.location.file},
                                      {u"line"_s, e.location.line},
                                      {u"column"_s, e.location.column},
                                      {u"message"_s, e.message}});
    QJsonArray problemArray;
    for (const Problem &p : problems)
        problemArray.append(QJsonObject{{u"module"_s, p.modulePath},
                                        {u"field"_s, p.field},
                                        {u"message"_s, p.message},
                                        {u"severity"_s, severityName(p.severity)}});
    return {{u"items"_s, itemArray},
            {u"counts"_s,
             QJsonObject{{u"new"_s, count(ImportStatus::New)},
                         {u"changed"_s, count(ImportStatus::Changed)},
                         {u"unchanged"_s, count(ImportStatus::Unchanged)},
                         {u"conflict"_s, count(ImportStatus::Conflict)},
                         {u"undecided"_s, undecidedConflicts()}}},
            {u"errors"_s, errorArray},
            {u"problems"_s, problemArray}};
}

Result<ImportSummary> ImportPlan::apply(Catalog &catalog) const
{
    if (hasErrors())
        return Error{u"The import has errors; nothing was imported:\n"_s + formatErrors(errors)};
    if (const int undecided = undecidedConflicts())
        return Error{u"%1 conflicting module(s) need a choice (skip, overwrite or rename); "
                     "nothing was imported"_s.arg(undecided)};
    ImportSummary summary;
    QList<ModuleVersion> versions;
    QStringList toRestore;
    for (const ImportItem &item : items) {
        if (!item.imports())
            continue;
        if (item.deletedInCatalog && item.choice == ConflictChoice::Overwrite)
            toRestore.append(item.targetPath);
        versions += item.versionsToImport;
        ++summary.modules;
        summary.versions += int(item.versionsToImport.size());
    }
    if (versions.isEmpty())
        return summary;
    Result<void> done = catalog.transaction([&]() -> Result<void> {
        for (const QString &path : std::as_const(toRestore)) {
            if (auto r = catalog.restore(path, versions.constFirst().author); !r)
                return r.error();
        }
        if (auto r = catalog.importVersions(versions); !r)
            return r.error();
        return {};
    });
    if (!done)
        return Error{done.error().message + u"\nNothing was imported."_s};
    qCInfo(lcBundle) << "imported" << summary.modules << "modules," << summary.versions
                     << "versions";
    return summary;
}

} // namespace Slipway
