#include "commandline.h"

#include "core/cli/catalogcommand.h"
#include "core/version.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

QString CommandLine::helpText()
{
    return uR"(Usage: slipway-cli [--catalog FILE] [--json] catalog COMMAND [ARGS] [OPTIONS]

Slipway's command line: the catalog, for scripts and CI.

Catalog commands:
  catalog ls [PATH]                  Modules under PATH (all when omitted); --deleted too.
  catalog show MODULE                The module as YAML (or JSON); --version N for an old one.
  catalog history MODULE             Versions, oldest first: number, time, author, comment.
  catalog diff MODULE [FROM [TO]]    Differences between two versions (default: the last two).
  catalog export [PATH]              A bundle of PATH's subtree; -o FILE (default: stdout);
                                     --history for every version, not just the latest.
  catalog import FILE...             Import YAML bundles and/or SlipStream module XML, all
                                     or nothing. --dry-run prints the preview only;
                                     --on-conflict skip|overwrite|rename decides conflicts
                                     (rename appends --rename-suffix, default "-imported").
  catalog image-id MODULE CLOUD ID   Set a native image's id for a cloud (--region R).

Options:
  --catalog FILE     The catalog database (default: $XDG_DATA_HOME/slipway/catalog.db).
                     A catalog created by this command gets the example modules, unless
                     --no-examples is given.
  --json             Machine-readable output on stdout.
  --author NAME      Author of the versions this command saves (default: $USER).
  --comment TEXT     Comment of the versions this command saves.
  -h, --help         This text.   -v, --version   The version.

Exit codes:
  0  success (an import --dry-run with conflicts included)
  1  the catalog failed or refused (unknown module, not an image, database error)
  2  bad command line
  3  bad input: a bundle or XML file is malformed, has unknown fields, duplicate paths or
     references to modules in neither the bundle nor the catalog (file:line:column on stderr)
  4  the import has conflicts and no --on-conflict choice; nothing was imported
)"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Help"_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Version"_s);
    const QCommandLineOption catalog(u"catalog"_s, u"Catalog file"_s, u"FILE"_s);
    const QCommandLineOption json(u"json"_s, u"JSON output"_s);
    const QCommandLineOption history(u"history"_s, u"Every version"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Preview only"_s);
    const QCommandLineOption deleted(u"deleted"_s, u"Deleted modules too"_s);
    const QCommandLineOption noExamples(u"no-examples"_s, u"No examples in a new catalog"_s);
    const QCommandLineOption onConflict(u"on-conflict"_s, u"Conflict choice"_s, u"CHOICE"_s);
    const QCommandLineOption renameSuffix(u"rename-suffix"_s, u"Suffix"_s, u"SUFFIX"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Output file"_s, u"FILE"_s);
    const QCommandLineOption author(u"author"_s, u"Author"_s, u"NAME"_s);
    const QCommandLineOption comment(u"comment"_s, u"Comment"_s, u"TEXT"_s);
    const QCommandLineOption region(u"region"_s, u"Region"_s, u"REGION"_s);
    const QCommandLineOption versionNumber(u"version-number"_s, u"Version"_s, u"N"_s);
    parser.addOptions({help,
                       version,
                       catalog,
                       json,
                       history,
                       dryRun,
                       deleted,
                       noExamples,
                       onConflict,
                       renameSuffix,
                       output,
                       author,
                       comment,
                       region,
                       versionNumber});
    // "show MODULE --version N" reads better than --version-number; "-v" alone is the
    // program's version.
    QStringList args = arguments;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--version"_s && !args.at(i + 1).startsWith(u'-')) {
            bool isNumber = false;
            args.at(i + 1).toInt(&isNumber);
            if (isNumber)
                args[i] = u"--version-number"_s;
        }
    }
    if (!parser.parse(args)) {
        m_err << "slipway-cli: " << parser.errorText() << " (see --help)\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        m_out << helpText();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        m_out << "slipway-cli " << kVersion << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << helpText();
        return ExitUsage;
    }
    if (positional.constFirst() != u"catalog"_s) {
        m_err << "slipway-cli: unknown command '" << positional.constFirst() << "' (see --help)\n";
        return ExitUsage;
    }
    CatalogCommand::Options options;
    options.catalogFile = parser.value(catalog);
    options.json = parser.isSet(json);
    options.withHistory = parser.isSet(history);
    options.dryRun = parser.isSet(dryRun);
    options.includeDeleted = parser.isSet(deleted);
    options.noExamples = parser.isSet(noExamples);
    options.onConflict = parser.value(onConflict);
    options.renameSuffix = parser.value(renameSuffix);
    options.output = parser.value(output);
    options.author = parser.value(author);
    options.comment = parser.value(comment);
    options.region = parser.value(region);
    options.version = parser.value(versionNumber);
    return CatalogCommand(options, m_out, m_err).run(positional.mid(1));
}

} // namespace Slipway::Cli
