#include "cloudcommand.h"

#include "cli/commandline.h"
#include "connectors/builtinconnectors.h"
#include "core/broker/brokercertificates.h"
#include "core/connector/connector.h"
#include "core/paths.h"
#include "core/run/cloudlist.h"
#include "core/run/relaysettings.h"
#include "core/secrets/secretstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

namespace {

// One line of standard input: typed at a prompt without echo on a terminal, else piped.
// Never an argument, which other users could read in the process list.
QByteArray readSecretLine(QTextStream &err, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n' << Qt::flush;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The keychain name of the secret a cloud of this kind needs, or "" when it needs none (an
// optional one is not asked for).
QString secretNameOf(const ConnectorKind &kind, const CloudConfig &cloud)
{
    if (!kind.secret || !kind.secret->required || !kind.secret->name)
        return {};
    return kind.secret->name(cloud);
}

// The kinds whose nodes reach the broker through the relay only, "ec2, openstack".
QString kindsNeedingRelay()
{
    const ConnectorRegistry registry = builtinConnectors();
    QStringList names;
    for (const QString &name : registry.kinds()) {
        if (registry.find(name)->capabilities.brokerRoute == BrokerRoute::Relay)
            names << name;
    }
    names.sort();
    return names.join(u", "_s);
}

} // namespace

int CloudCommand::usage(const QString &message)
{
    m_err << "slipway-cli: " << message << " (see --help)\n";
    return ExitUsage;
}

int CloudCommand::failure(const QString &message)
{
    m_err << "slipway-cli: " << message << '\n';
    return ExitFailure;
}

int CloudCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(u"cloud needs a command: ls, add or test"_s);
    const QString command = arguments.constFirst();
    if (command == u"ls")
        return list(arguments.mid(1));
    if (command == u"add")
        return add(arguments.mid(1));
    if (command == u"test")
        return test(arguments.mid(1));
    return usage(u"unknown cloud command '%1'"_s.arg(command));
}

int CloudCommand::relay(const QStringList &args)
{
    const QString file = relaySettingsFile(Paths::dataDir());
    if (args.value(0) == u"show" && args.size() == 1) {
        const auto settings = readRelaySettings(file);
        if (!settings)
            return failure(settings.errorMessage());
        if (!settings->has_value()) {
            m_out << "no relay: clouds that need one (" << kindsNeedingRelay()
                  << ") cannot be used\n";
            return ExitOk;
        }
        const RelaySettings &s = **settings;
        if (m_options.json) {
            m_out << QJsonDocument(QJsonObject{{u"url"_s, s.nodeUrl},
                                               {u"link"_s, s.linkUrl.toString()},
                                               {u"ca-file"_s, s.caFile}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return ExitOk;
        }
        m_out << "url " << s.nodeUrl << "\nlink " << s.linkUrl.toString() << '\n';
        if (!s.caFile.isEmpty())
            m_out << "ca-file " << s.caFile << '\n';
        return ExitOk;
    }
    if (args.value(0) == u"cert" && args.size() == 1) {
        if (m_options.relayOutput.isEmpty())
            return usage(u"relay cert takes --name HOST... --output DIR"_s);
        const QString error = BrokerCertificates::issueRelayCertificate(Paths::dataDir() + u"/tls"_s,
                                                                        m_options.relayNames,
                                                                        m_options.relayOutput);
        if (!error.isEmpty())
            return failure(error);
        const QDir out(m_options.relayOutput);
        m_out << "relay certificate: " << out.filePath(u"tls.crt"_s)
              << "\nrelay key: " << out.filePath(u"tls.key"_s) << '\n';
        return ExitOk;
    }
    if (args.value(0) != u"set" || args.size() != 1)
        return usage(
            u"relay takes: set --url URL --link URL [--ca-file F], show, or cert --name HOST... "
            "--output DIR"_s);
    RelaySettings settings;
    settings.nodeUrl = m_options.relayUrl;
    settings.linkUrl = QUrl(m_options.relayLink);
    settings.caFile = m_options.relayCaFile.isEmpty()
                          ? QString()
                          : QFileInfo(m_options.relayCaFile).absoluteFilePath();
    const QByteArray secret = readSecretLine(m_err, u"The relay's shared secret: "_s);
    if (secret.isEmpty())
        return failure(u"the relay's shared secret is needed, on standard input"_s);
    QDir().mkpath(Paths::dataDir());
    if (Result<void> written = writeRelaySettings(file, settings); !written)
        return failure(written.errorMessage());
    if (Result<void> stored = writeSecretNow(kRelaySecretCloud.toString(),
                                             kRelaySecretName.toString(),
                                             secret);
        !stored)
        return failure(stored.errorMessage());
    m_out << "relay set: " << settings.nodeUrl << '\n';
    return ExitOk;
}

int CloudCommand::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(u"cloud ls takes no argument"_s);
    CloudList clouds;
    if (Result<void> loaded = clouds.load(); !loaded)
        return failure(loaded.errorMessage());
    if (m_options.json) {
        QJsonArray array;
        for (const CloudConfig &c : clouds.clouds())
            array.append(QJsonObject{{u"name"_s, c.name},
                                     {u"kind"_s, c.kind},
                                     {u"settings"_s, QJsonObject::fromVariantMap(c.settings)}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const CloudConfig &c : clouds.clouds()) {
        m_out << c.name.leftJustified(16) << ' ' << c.kind.leftJustified(10);
        QStringList settings;
        for (auto it = c.settings.cbegin(); it != c.settings.cend(); ++it)
            settings << it.key() + u'=' + it.value().toString();
        m_out << ' ' << settings.join(u' ') << '\n';
    }
    return ExitOk;
}

int CloudCommand::add(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"cloud add takes one cloud name"_s);
    if (m_options.kind.isEmpty())
        return usage(u"cloud add needs --kind"_s);
    const ConnectorRegistry registry = builtinConnectors();
    const ConnectorKind *kind = registry.find(m_options.kind);
    if (!kind)
        return usage(
            u"unknown connector kind '%1' (known: %2)"_s.arg(m_options.kind,
                                                             registry.kinds().join(u", "_s)));
    CloudConfig cloud;
    cloud.name = args.constFirst();
    cloud.kind = kind->name;
    // Only the kind's declared settings: credentials are not among them, they go to the
    // keychain.
    QStringList known;
    for (const ConnectorSetting &s : kind->settings)
        known << s.key;
    for (const QString &s : m_options.settings) {
        const qsizetype eq = s.indexOf(u'=');
        if (eq <= 0)
            return usage(u"--set takes key=value, not '%1'"_s.arg(s));
        const QString key = s.left(eq);
        if (!known.contains(key))
            return usage(u"the %1 connector has no setting '%2' (settings: %3)"_s
                             .arg(kind->name, key, known.join(u", "_s)));
        cloud.settings.insert(key, s.mid(eq + 1));
    }
    CloudList clouds;
    if (Result<void> loaded = clouds.load(); !loaded)
        return failure(loaded.errorMessage());
    if (Result<void> added = clouds.add(cloud); !added)
        return failure(added.errorMessage());
    if (Result<void> saved = clouds.save(); !saved)
        return failure(saved.errorMessage());
    // The credential goes to the keychain only; an empty line keeps the one stored before.
    if (const QString secret = secretNameOf(*kind, cloud); !secret.isEmpty()) {
        const QByteArray value = readSecretLine(m_err,
                                                u"%1 of cloud %2 (stored in the keychain): "_s
                                                    .arg(secret, cloud.name));
        if (!value.isEmpty()) {
            if (Result<void> stored = writeSecretNow(cloud.name, secret, value); !stored)
                return failure(stored.errorMessage());
            m_out << "the " << secret << " of cloud " << cloud.name
                  << " is stored in the keychain\n";
        }
    }
    m_out << "cloud " << cloud.name << " (" << cloud.kind << ") saved in " << clouds.fileName()
          << '\n';
    return ExitOk;
}

int CloudCommand::test(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"cloud test takes one cloud name"_s);
    CloudList clouds;
    if (Result<void> loaded = clouds.load(); !loaded)
        return failure(loaded.errorMessage());
    const std::optional<CloudConfig> cloud = clouds.find(args.constFirst());
    if (!cloud)
        return failure(u"there is no cloud named %1"_s.arg(args.constFirst()));
    const ConnectorRegistry registry = builtinConnectors();
    ConnectorError error;
    std::unique_ptr<Connector> connector(registry.create(*cloud, nullptr, &error));
    if (!connector)
        return failure(error.toDisplayString());
    // Only connectors that check host keys have them (SSH); a changed key is refused whatever
    // this says.
    const ConnectorKind *kind = registry.find(cloud->kind);
    if (m_options.acceptHostKey && kind && kind->hostKeys)
        kind->hostKeys->acceptUnknown(*connector);
    CheckOperation *op = connector->check();
    QEventLoop loop;
    QObject::connect(op, &ConnectorOperation::finished, &loop, &QEventLoop::quit);
    if (!op->isFinished())
        loop.exec();
    if (op->error())
        return failure(
            u"cloud %1 cannot be used: %2"_s.arg(cloud->name, op->error()->toDisplayString()));
    m_out << "cloud " << cloud->name << " (" << cloud->kind << ") works: " << op->details() << '\n';
    return ExitOk;
}

} // namespace Slipway::Cli
