#include "commandline.h"

#include "cli/buildcommand.h"
#include "cli/catalogcommand.h"
#include "cli/cloudcommand.h"
#include "cli/deploycommand.h"
#include "cli/runcommand.h"
#include "core/version.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

QString CommandLine::helpText()
{
    return uR"(Usage: slipway-cli [--catalog FILE] [--json] COMMAND [ARGS] [OPTIONS]
       COMMAND: catalog, deploy, build, run, cloud or relay

Slipway's command line: the catalog, for scripts and CI.

Catalog commands:
  catalog ls [PATH]                  Modules under PATH (all when omitted); --deleted too.
  catalog show MODULE                The module as YAML (or JSON); --version N for an old one.
  catalog history MODULE             Versions, oldest first: number, time, author, comment.
  catalog diff MODULE [FROM [TO]]    Differences between two versions (default: the last two).
  catalog export [PATH]              A bundle of PATH's subtree; -o FILE (default: stdout);
                                     --history for every version, not just the latest.
                                     Passwords' values are left out (the bundle names them)
                                     unless --with-secrets is given; also for catalog show.
  catalog import FILE...             Import YAML bundles and/or SlipStream module XML, all
                                     or nothing. --dry-run prints the preview only;
                                     --on-conflict skip|overwrite|rename decides conflicts
                                     (rename appends --rename-suffix, default "-imported").
  catalog image-id MODULE CLOUD ID   Set a native image's id for a cloud (--region R).
  catalog save FILE --base N         Save a module given as JSON (catalog show --json) as the
                                     next version of N; refused (exit 4) with the other
                                     author's change when someone saved since N.
  catalog init-team URL              Create or upgrade the team catalog's schema, rights and
                                     the group role slipway_members (as its administrator).

Deploying (the runs are kept in the catalog database; the broker's CA, certificate and port
in $SLIPWAY_DATA_DIR or $XDG_DATA_HOME/slipway):
  deploy MODULE                      Launch a deployment or an image and host its broker until
                                     the run settles: Ready (kept), Done, or Aborted. Progress
                                     goes to stderr, the instances' parameters to stdout.
      --cloud C                      The nodes' default cloud (default: local).
      --param node:param=value       An input parameter (repeatable); never a password.
      --param-file FILE              Input parameters, one node:param=value a line ('#'
                                     starts a comment): passwords go here or on stdin.
      --param-stdin node:param       Read the parameter's value from one line of standard
                                     input, typed without echo at a terminal (repeatable,
                                     read in order).
      --multiplicity node=N          Instances of a node (repeatable).
      --keep-running P               never, always, on-success (default) or on-error.
      --tag T                        A tag of the run (repeatable).
      --timeout S                    Abort the run if it is not Ready after S seconds.
      --wait                         Once Ready, keep hosting the run until interrupted;
                                     Ctrl-C then terminates it. Without --wait the command
                                     ends at Ready and a kept run's instances stay up.
                                     Ctrl-C before Ready aborts the run.
  build IMAGE [--cloud C]            Build a derived image step by step (unchanged steps are
                                     reused) and record it on the image's latest version.
  run ls                             Runs, newest first, and whether the parameters and
                                     reports of each finished run are kept, and until when
                                     (settings runs/keepFinished, runs/keepDays).
  run retention [--keep-finished N] [--keep-days D]
                                     Which finished runs keep their parameters and reports:
                                     the newest N, for D days after they finished (0: no
                                     limit; default 50 and 30). Without options: the rule.
  run show RUN                       A run, its state, abort reason and instances.
  run params RUN                     Every runtime parameter of the run's instances.
  run logs RUN [--instance I]        Events and reports (logs) of the run or one instance.
      --output DIR                   Write each report to DIR/INSTANCE/NAME, byte for byte.
  run abort RUN [REASON]             Abort a run left going (reports are still collected).
  run terminate RUN                  End a kept run and remove its instances.
  run scale RUN NODE=+N|NODE=-N      Add or remove instances of a node of a Ready run:
                                     on-vm-add / on-vm-remove run on the others.
  run resume RUN                     Host the runs left going (after a crash) until RUN
                                     settles, then print its parameters like deploy.
  run plan RUN [--to VERSION]        What updating a Ready run to another version of its
                                     module (default: the latest) would do, node by node.
  run health RUN NODE=S,N,POLICY     Check the node's instances every S seconds while a
                                     process hosts the run (its image's check recipe);
                                     unhealthy after N failures in a row, then POLICY:
                                     report, restart (execute again) or replace.
  run apply RUN [--to VERSION] [--batch N]
                                     Update the run in place, node by node, N instances at a
                                     time (default 1); the first failure rolls it back.
  run tag RUN [--add TAG]... [--remove TAG]...
                                     Change the tags of a run, going or finished.
  Only one process at a time hosts the runs of a data folder: abort, terminate, resume and
  tag refuse (exit 8) while a deploy is hosting them.
  cloud ls                           The clouds ("local" always exists).
  cloud add NAME --kind K [--set key=value]...
                                     Add or replace a cloud; only the kind's settings are
                                     taken (credentials never: they go to the keychain).
  cloud test NAME [--accept-host-key]
                                     Check that the cloud can be used. An SSH host whose key
                                     is not in the cloud's known_hosts is refused unless
                                     --accept-host-key is given (then its key is recorded); a
                                     changed key is always refused.
  relay set --url URL --link URL [--ca-file F]
                                     The slipway-relay that nodes on clouds without a route
                                     to this machine (ec2, openstack) call at URL, and this
                                     application links to at --link (wss://…); its shared
                                     secret is read from standard input into the keychain.
  relay show                         The relay set, if any.
  relay cert --name HOST... --output DIR
                                     A TLS certificate for slipway-relay on HOST (a DNS
                                     name or IP address; --name again for more), signed by
                                     this application's broker CA, which the nodes trust:
                                     DIR/tls.crt and DIR/tls.key (a new key) for the relay's
                                     --cert and --key. The broker's own keys stay here.

Options:
  --catalog FILE     The catalog database (default: $XDG_DATA_HOME/slipway/catalog.sqlite).
                     A catalog created by this command gets the example modules, unless
                     --no-examples is given.
                     Or a team catalog: postgresql://USER@HOST[:PORT]/DB?sslrootcert=CA
                     (TLS with a verified certificate; ?host=/socket/folder for a local
                     socket; the password from ~/.pgpass), or the name of a remembered team
                     catalog (its password in the keychain). The runs are always
                     kept in the local catalog's file.
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
  4  the import has conflicts and no --on-conflict choice; nothing was imported; or a
     catalog save on a stale base (the other author's change on stderr)
  5  deploy/build: the module cannot be launched or built (validation, options, cloud)
  6  the run ended Aborted or Cancelled (its reason on stderr)
  7  deploy: --timeout passed before the run settled (the run was aborted)
  8  another process hosts the runs of this data folder
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
    const QCommandLineOption withSecrets(u"with-secrets"_s, u"Passwords' values too"_s);
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
    const QCommandLineOption base(u"base"_s, u"Base version"_s, u"N"_s);
    // deploy, build, run and cloud
    const QCommandLineOption cloud(u"cloud"_s, u"Cloud"_s, u"CLOUD"_s);
    const QCommandLineOption param(u"param"_s, u"node:param=value"_s, u"SETTING"_s);
    const QCommandLineOption paramFile(u"param-file"_s, u"Parameter file"_s, u"FILE"_s);
    const QCommandLineOption paramStdin(u"param-stdin"_s, u"node:param"_s, u"KEY"_s);
    const QCommandLineOption multiplicity(u"multiplicity"_s, u"node=N"_s, u"SETTING"_s);
    const QCommandLineOption keepRunning(u"keep-running"_s, u"Policy"_s, u"POLICY"_s);
    const QCommandLineOption tag(u"tag"_s, u"Tag"_s, u"TAG"_s);
    const QCommandLineOption wait(u"wait"_s, u"Host a Ready run until interrupted"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds"_s, u"S"_s);
    const QCommandLineOption instance(u"instance"_s, u"Instance"_s, u"INSTANCE"_s);
    const QCommandLineOption toVersion(u"to"_s, u"Target version"_s, u"VERSION"_s);
    const QCommandLineOption batch(u"batch"_s, u"Instances at a time"_s, u"N"_s);
    const QCommandLineOption keepFinished(u"keep-finished"_s, u"Finished runs kept"_s, u"N"_s);
    const QCommandLineOption keepDays(u"keep-days"_s, u"Days finished runs are kept"_s, u"D"_s);
    const QCommandLineOption kind(u"kind"_s, u"Connector kind"_s, u"KIND"_s);
    const QCommandLineOption set(u"set"_s, u"key=value"_s, u"SETTING"_s);
    const QCommandLineOption acceptHostKey(u"accept-host-key"_s, u"Trust new SSH host keys"_s);
    const QCommandLineOption relayUrl(u"url"_s, u"Relay URL for the nodes"_s, u"URL"_s);
    const QCommandLineOption relayLink(u"link"_s, u"Relay URL for the link"_s, u"URL"_s);
    const QCommandLineOption relayCa(u"ca-file"_s, u"Relay CA file"_s, u"FILE"_s);
    const QCommandLineOption relayName(u"name"_s, u"Relay host name"_s, u"NAME"_s);
    const QCommandLineOption addTag(u"add"_s, u"Tag to add"_s, u"TAG"_s);
    const QCommandLineOption removeTag(u"remove"_s, u"Tag to remove"_s, u"TAG"_s);
    parser.addOptions({cloud,
                       param,
                       paramFile,
                       paramStdin,
                       multiplicity,
                       keepRunning,
                       tag,
                       wait,
                       timeout,
                       instance,
                       toVersion,
                       batch,
                       kind,
                       set,
                       acceptHostKey,
                       relayUrl,
                       relayLink,
                       relayCa,
                       relayName});
    parser.addOptions({addTag, removeTag}); // run tag
    parser.addOptions({keepFinished, keepDays});
    parser.addOptions({help,
                       version,
                       catalog,
                       json,
                       history,
                       withSecrets,
                       dryRun,
                       deleted,
                       noExamples,
                       onConflict,
                       renameSuffix,
                       output,
                       author,
                       comment,
                       region,
                       versionNumber,
                       base});
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
    const QString command = positional.constFirst();
    if (command == u"deploy"_s) {
        DeployCommand::Options o;
        o.catalogFile = parser.value(catalog);
        o.json = parser.isSet(json);
        o.cloud = parser.value(cloud);
        o.parameters = parser.values(param);
        o.parameterFiles = parser.values(paramFile);
        o.stdinParameters = parser.values(paramStdin);
        o.multiplicities = parser.values(multiplicity);
        o.keepRunning = parser.value(keepRunning);
        o.tags = parser.values(tag);
        o.wait = parser.isSet(wait);
        o.timeout = parser.value(timeout);
        return DeployCommand(o, m_out, m_err).run(positional.mid(1));
    }
    if (command == u"build"_s)
        return BuildCommand({parser.value(catalog), parser.isSet(json), parser.value(cloud)},
                            m_out,
                            m_err)
            .run(positional.mid(1));
    if (command == u"run"_s)
        return RunCommand({parser.value(catalog),
                           parser.isSet(json),
                           parser.value(instance),
                           parser.value(output),
                           parser.value(toVersion),
                           parser.value(batch),
                           parser.values(addTag),
                           parser.values(removeTag),
                           parser.value(keepFinished),
                           parser.value(keepDays)},
                          m_out,
                          m_err)
            .run(positional.mid(1));
    if (command == u"relay"_s) {
        CloudCommand::Options o;
        o.json = parser.isSet(json);
        o.relayUrl = parser.value(relayUrl);
        o.relayLink = parser.value(relayLink);
        o.relayCaFile = parser.value(relayCa);
        o.relayNames = parser.values(relayName);
        o.relayOutput = parser.value(output);
        return CloudCommand(o, m_out, m_err).relay(positional.mid(1));
    }
    if (command == u"cloud"_s) {
        CloudCommand::Options o;
        o.json = parser.isSet(json);
        o.kind = parser.value(kind);
        o.settings = parser.values(set);
        o.acceptHostKey = parser.isSet(acceptHostKey);
        return CloudCommand(o, m_out, m_err).run(positional.mid(1));
    }
    if (positional.constFirst() != u"catalog"_s) {
        m_err << "slipway-cli: unknown command '" << positional.constFirst() << "' (see --help)\n";
        return ExitUsage;
    }
    CatalogCommand::Options options;
    options.catalogFile = parser.value(catalog);
    options.json = parser.isSet(json);
    options.withHistory = parser.isSet(history);
    options.withSecrets = parser.isSet(withSecrets);
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
    options.base = parser.value(base);
    return CatalogCommand(options, m_out, m_err).run(positional.mid(1));
}

} // namespace Slipway::Cli
