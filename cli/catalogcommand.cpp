#include "catalogcommand.h"

#include "cli/commandline.h"
#include "core/bundle/bundleexport.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/bundlewriter.h"
#include "core/bundle/examplecatalog.h"
#include "core/bundle/importfiles.h"
#include "core/bundle/importplan.h"
#include "core/bundle/slipstreamreader.h"
#include "core/catalog/catalogsource.h"
#include "core/model/modulejson.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

namespace {

QJsonObject entryJson(const CatalogEntry &e)
{
    QJsonObject o{{u"path"_s, e.path},
                  {u"kind"_s, ModuleJson::kindName(e.kind)},
                  {u"version"_s, e.latestVersion},
                  {u"description"_s, e.description},
                  {u"modifiedAt"_s, e.modifiedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (e.deleted)
        o.insert(u"deleted"_s, true);
    return o;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0);
}

} // namespace

int CatalogCommand::usage(const QString &message)
{
    m_err << "slipway-cli: " << message << " (see --help)\n";
    return ExitUsage;
}

int CatalogCommand::failure(const QString &message)
{
    m_err << "slipway-cli: " << message << '\n';
    return ExitFailure;
}

void CatalogCommand::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString CatalogCommand::author() const
{
    if (!m_options.author.isEmpty())
        return m_options.author;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"slipway-cli"_s : user;
}

int CatalogCommand::openCatalog()
{
    Settings settings;
    auto source = catalogSource(m_options.catalogFile, settings);
    if (!source)
        return failure(source.errorMessage());
    // The examples go into a new local file only; a team catalog is its team's.
    const bool isNew = !source->isTeam && !QFileInfo::exists(source->backend->location());
    m_catalog = std::make_unique<Catalog>(source->backend);
    if (source->isTeam)
        m_catalog->setSourceLabel(source->label);
    if (auto opened = m_catalog->open(); !opened)
        return failure(opened.errorMessage());
    if (isNew && !m_options.noExamples) {
        if (auto installed = ExampleCatalog::installIfEmpty(*m_catalog); !installed)
            m_err << "slipway-cli: the examples were not installed: " << installed.errorMessage()
                  << '\n';
    }
    return ExitOk;
}

int CatalogCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(u"catalog needs a command: ls, show, history, diff, export, import, "
                     "image-id, save or init-team"_s);
    const QString command = arguments.constFirst();
    const QStringList args = arguments.mid(1);
    if (command == u"init-team"_s)
        return initTeam(args);
    using Handler = int (CatalogCommand::*)(const QStringList &);
    static const QHash<QString, Handler> handlers = {
        {u"ls"_s, &CatalogCommand::list},
        {u"show"_s, &CatalogCommand::show},
        {u"history"_s, &CatalogCommand::history},
        {u"diff"_s, &CatalogCommand::diff},
        {u"export"_s, &CatalogCommand::exportBundle},
        {u"import"_s, &CatalogCommand::import},
        {u"image-id"_s, &CatalogCommand::imageId},
        {u"save"_s, &CatalogCommand::saveFile},
    };
    const auto handler = handlers.value(command);
    if (!handler)
        return usage(u"unknown catalog command '%1'"_s.arg(command));
    if (const int opened = openCatalog(); opened != ExitOk)
        return opened;
    return (this->*handler)(args);
}

int CatalogCommand::list(const QStringList &args)
{
    if (args.size() > 1)
        return usage(u"catalog ls takes at most one path"_s);
    ListOptions options;
    options.includeDeleted = m_options.includeDeleted;
    const auto entries = m_catalog->list(args.value(0), options);
    if (!entries)
        return failure(entries.errorMessage());
    if (m_options.json) {
        QJsonArray array;
        for (const CatalogEntry &e : *entries)
            array.append(entryJson(e));
        printJson(array);
        return ExitOk;
    }
    for (const CatalogEntry &e : *entries) {
        m_out << ModuleJson::kindName(e.kind).leftJustified(11)
              << u"v%1"_s.arg(e.latestVersion).leftJustified(6) << e.path;
        if (e.deleted)
            m_out << " (deleted)";
        if (!e.description.isEmpty())
            m_out << "  " << firstLine(e.description);
        m_out << '\n';
    }
    return ExitOk;
}

int CatalogCommand::show(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"catalog show takes one module path"_s);
    std::optional<int> number;
    if (!m_options.version.isEmpty()) {
        bool ok = false;
        number = m_options.version.toInt(&ok);
        if (!ok)
            return usage(u"--version needs a number"_s);
    }
    const auto v = number ? m_catalog->version(args.constFirst(), *number)
                          : m_catalog->latest(args.constFirst());
    if (!v)
        return failure(v.errorMessage());
    Bundle one;
    one.entries.append({{*v}, {}, {}});
    if (!m_options.withSecrets) {
        withholdSecrets(one, m_catalog->lookup());
        for (const QString &w : std::as_const(one.withheld))
            m_err << "slipway-cli: withheld (see --with-secrets): " << w << '\n';
    }
    if (m_options.json) {
        printJson(ModuleJson::toJson(one.entries.constFirst().versions.constFirst()));
        return ExitOk;
    }
    // The bundle's module entry, without the bundle's head.
    const QString yaml = QString::fromUtf8(BundleWriter::toYaml(one));
    const qsizetype start = yaml.indexOf(u"\n- path:"_s);
    m_out << (start >= 0 ? yaml.mid(start + 1) : yaml);
    return ExitOk;
}

int CatalogCommand::history(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"catalog history takes one module path"_s);
    const auto versions = m_catalog->history(args.constFirst());
    if (!versions)
        return failure(versions.errorMessage());
    if (m_options.json) {
        QJsonArray array;
        for (const VersionSummary &s : *versions)
            array.append(QJsonObject{{u"version"_s, s.version},
                                     {u"author"_s, s.author},
                                     {u"savedAt"_s, s.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                                     {u"comment"_s, s.comment}});
        printJson(array);
        return ExitOk;
    }
    for (const VersionSummary &s : *versions)
        m_out << u"v%1"_s.arg(s.version).leftJustified(6)
              << s.savedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  "
              << s.author.leftJustified(12) << ' ' << firstLine(s.comment) << '\n';
    return ExitOk;
}

int CatalogCommand::diff(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 3)
        return usage(u"catalog diff takes a module path and up to two versions"_s);
    const auto latest = m_catalog->latest(args.constFirst());
    if (!latest)
        return failure(latest.errorMessage());
    int from = latest->version - 1;
    int to = latest->version;
    bool ok = true;
    if (args.size() >= 2)
        from = args.at(1).toInt(&ok);
    if (ok && args.size() == 3)
        to = args.at(2).toInt(&ok);
    if (!ok)
        return usage(u"versions are numbers"_s);
    if (from < 1)
        return failure(u"%1 has only one version"_s.arg(args.constFirst()));
    const auto d = m_catalog->diff(args.constFirst(), from, to);
    if (!d)
        return failure(d.errorMessage());
    if (m_options.json) {
        QJsonArray fields;
        for (const FieldChange &f : d->fields)
            fields.append(QJsonObject{{u"field"_s, f.field},
                                      {u"change"_s,
                                       f.kind == FieldChange::Kind::Added     ? u"added"_s
                                       : f.kind == FieldChange::Kind::Removed ? u"removed"_s
                                                                              : u"changed"_s},
                                      {u"before"_s, f.before},
                                      {u"after"_s, f.after}});
        QJsonArray texts;
        for (const TextDiff &t : d->texts)
            texts.append(QJsonObject{{u"field"_s, t.field}, {u"unified"_s, t.unified()}});
        printJson(QJsonObject{{u"path"_s, d->path},
                              {u"from"_s, d->fromVersion},
                              {u"to"_s, d->toVersion},
                              {u"fields"_s, fields},
                              {u"texts"_s, texts}});
        return ExitOk;
    }
    m_out << d->toText();
    if (!d->toText().endsWith(u'\n') && !d->isEmpty())
        m_out << '\n';
    return ExitOk;
}

int CatalogCommand::exportBundle(const QStringList &args)
{
    if (args.size() > 1)
        return usage(u"catalog export takes at most one path"_s);
    if (m_options.json && m_options.output.isEmpty())
        return usage(u"--json with export needs -o FILE (the bundle itself is YAML)"_s);
    const auto bundle = Slipway::exportBundle(*m_catalog,
                                              args.value(0),
                                              m_options.withHistory,
                                              m_options.withSecrets);
    if (!bundle)
        return failure(bundle.errorMessage());
    int versions = 0;
    for (const BundleEntry &e : bundle->entries)
        versions += int(e.versions.size());
    if (m_options.output.isEmpty()) {
        m_out << QString::fromUtf8(BundleWriter::toYaml(*bundle));
        return ExitOk;
    }
    QString error;
    if (!BundleWriter::writeFile(*bundle, m_options.output, &error))
        return failure(error);
    if (m_options.json)
        printJson(QJsonObject{{u"file"_s, m_options.output},
                              {u"modules"_s, int(bundle->entries.size())},
                              {u"versions"_s, versions}});
    else
        m_out << "Exported " << bundle->entries.size() << " module(s), " << versions
              << " version(s) to " << m_options.output << '\n';
    return ExitOk;
}

int CatalogCommand::import(const QStringList &files)
{
    if (files.isEmpty())
        return usage(u"catalog import needs one or more files"_s);
    ImportOptions options;
    options.author = author();
    options.comment = m_options.comment;
    if (!m_options.onConflict.isEmpty()) {
        const auto choice = conflictChoiceFromName(m_options.onConflict);
        if (!choice || *choice == ConflictChoice::Undecided)
            return usage(u"--on-conflict takes skip, overwrite or rename"_s);
        options.onConflict = *choice;
    }
    if (!m_options.renameSuffix.isEmpty())
        options.renameSuffix = m_options.renameSuffix;

    // YAML bundles and SlipStream XML may be mixed; every file is read before anything is
    // imported, and one bad file stops everything.
    BundleReadResult read = readImportFiles(files);
    const Bundle &bundle = read.bundle;
    const QList<SourceError> &errors = read.errors;
    const QList<SourceError> &warnings = read.warnings;
    for (const SourceError &w : std::as_const(warnings))
        m_err << "warning: " << w.toString() << '\n';
    if (!errors.isEmpty()) {
        for (const SourceError &e : std::as_const(errors))
            m_err << e.toString() << '\n';
        m_err << "slipway-cli: nothing was imported\n";
        return ExitBadInput;
    }

    const ImportPlan plan = ImportPlan::make(bundle, *m_catalog, options);
    QJsonObject json = plan.toJson();
    json.insert(u"dryRun"_s, m_options.dryRun);
    auto finish = [&](int code, bool applied, const ImportSummary &summary = {}) {
        if (m_options.json) {
            json.insert(u"applied"_s, applied);
            json.insert(u"imported"_s,
                        QJsonObject{{u"modules"_s, summary.modules},
                                    {u"versions"_s, summary.versions}});
            printJson(json);
        }
        return code;
    };
    if (!m_options.json)
        m_out << plan.previewText();
    if (plan.hasErrors()) {
        for (const SourceError &e : plan.errors)
            m_err << e.toString() << '\n';
        m_err << "slipway-cli: nothing was imported\n";
        return finish(ExitBadInput, false);
    }
    if (m_options.dryRun)
        return finish(ExitOk, false);
    if (plan.undecidedConflicts() > 0) {
        m_err << "slipway-cli: " << plan.undecidedConflicts()
              << " conflicting module(s): choose with --on-conflict skip|overwrite|rename; "
                 "nothing was imported\n";
        return finish(ExitConflicts, false);
    }
    const auto done = plan.apply(*m_catalog);
    if (!done) {
        m_err << "slipway-cli: " << done.errorMessage() << '\n';
        return finish(ExitFailure, false);
    }
    if (!m_options.json)
        m_out << "Imported " << done->modules << " module(s), " << done->versions
              << " version(s)\n";
    return finish(ExitOk, true, *done);
}

int CatalogCommand::imageId(const QStringList &args)
{
    if (args.size() != 3)
        return usage(u"catalog image-id takes MODULE CLOUD ID"_s);
    const QString &path = args.at(0);
    const QString &cloud = args.at(1);
    const QString &id = args.at(2);
    if (cloud.isEmpty() || id.isEmpty())
        return usage(u"the cloud and the id may not be empty"_s);
    const auto latest = m_catalog->latest(path);
    if (!latest)
        return failure(latest.errorMessage());
    Module module = latest->module;
    if (module.kind != ModuleKind::Image || !module.image.native)
        return failure(
            u"%1 is not a native image: only native images have ids per cloud"_s.arg(path));
    bool replaced = false;
    for (CloudImageId &existing : module.image.imageIds) {
        if (existing.cloud == cloud) {
            existing.imageId = id;
            if (!m_options.region.isEmpty())
                existing.region = m_options.region;
            replaced = true;
        }
    }
    if (!replaced)
        module.image.imageIds.append({cloud, id, m_options.region});
    const QString comment = m_options.comment.isEmpty() ? u"Image id for %1: %2"_s.arg(cloud, id)
                                                        : m_options.comment;
    const auto saved = m_catalog->save(module, author(), comment);
    if (!saved)
        return failure(saved.errorMessage());
    if (m_options.json)
        printJson(QJsonObject{{u"path"_s, path},
                              {u"cloud"_s, cloud},
                              {u"imageId"_s, id},
                              {u"version"_s, saved->version},
                              {u"created"_s, saved->created}});
    else
        m_out << path << " v" << saved->version << ": " << cloud << " = " << id
              << (saved->created ? "" : " (unchanged)") << '\n';
    return ExitOk;
}

int CatalogCommand::initTeam(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"catalog init-team takes the team catalog's URL or name"_s);
    Settings settings;
    auto source = catalogSource(args.constFirst(), settings, PostgresBackend::Mode::Administer);
    if (!source)
        return failure(source.errorMessage());
    if (!source->isTeam)
        return usage(u"catalog init-team needs a postgresql:// URL or a remembered team "
                     "catalog"_s);
    auto database = Database::open(source->backend);
    if (!database)
        return failure(u"%1: %2"_s.arg(source->backend->location(), database.errorMessage()));
    const int version = (*database)->schemaVersion();
    if (m_options.json)
        printJson(
            QJsonObject{{u"catalog"_s, source->backend->location()},
                        {u"schema"_s, version},
                        {u"membersRole"_s, QString::fromLatin1(PostgresBackend::MembersRole)}});
    else
        m_out << source->backend->location() << ": team catalog schema " << version
              << "; members are the roles granted " << PostgresBackend::MembersRole << '\n';
    return ExitOk;
}

int CatalogCommand::saveFile(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"catalog save takes one file: a module as JSON (catalog show --json)"_s);
    bool ok = false;
    const int base = m_options.base.toInt(&ok);
    if (!ok || base < 0)
        return usage(u"catalog save needs --base N: the version the file was based on (0 for "
                     "a new module)"_s);
    QFile file(args.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: %2"_s.arg(args.constFirst(), file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    auto module = ModuleJson::fromJson(document.object());
    if (!document.isObject() || !module) {
        m_err << args.constFirst() << ": not a module as JSON";
        if (!module)
            m_err << ": " << module.errorMessage();
        m_err << '\n';
        return ExitBadInput;
    }
    SaveConflict conflict;
    const auto saved = m_catalog->save(*module, author(), m_options.comment, {base, &conflict});
    if (!saved && !conflict.path.isEmpty()) {
        m_err << "slipway-cli: " << saved.errorMessage() << '\n';
        if (!conflict.theirChange.isEmpty())
            m_err << "Their change (v" << conflict.baseVersion << " -> v" << conflict.latestVersion
                  << "):\n"
                  << conflict.theirChange.toText() << '\n';
        return ExitConflicts;
    }
    if (!saved)
        return failure(saved.errorMessage());
    if (m_options.json)
        printJson(QJsonObject{{u"path"_s, module->path},
                              {u"version"_s, saved->version},
                              {u"created"_s, saved->created}});
    else
        m_out << module->path << " v" << saved->version << (saved->created ? "" : " (unchanged)")
              << '\n';
    return ExitOk;
}

} // namespace Slipway::Cli
