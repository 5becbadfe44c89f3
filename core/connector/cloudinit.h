#pragma once

// cloud-init user-data for cloud instances (OpenStack, EC2): the bootstrap runs at the
// instance's first boot, from what cloud-init writes, instead of through an exec or an SSH
// session. The user-data is a #cloud-config document (write_files + runcmd):
//   /etc/slipway/token           0600  the instance's broker token, alone
//   /etc/slipway/bootstrap.env   0600  the rest of the environment (broker URL, run, instance)
//   /etc/slipway/ca.pem          0644  the broker's CA, when given
//   /var/lib/slipway/bootstrap   0700  the bootstrap script
//   /var/lib/slipway/run-bootstrap 0700  runs it with that environment
// The script's output goes to /var/log/slipway/bootstrap.log (root only); the console, which
// a cloud shows to anyone allowed to see the server, gets one status line and nothing else:
//   "slipway-bootstrap: <instance> exit <status>"
// which the connector reads from the console log to learn how the bootstrap ended.

#include "core/connector/connectortypes.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// One write_files entry.
struct CloudInitFile
{
    QString path;
    QString permissions; // octal, "0600"
    QByteArray content;

    friend bool operator==(const CloudInitFile &, const CloudInitFile &) = default;
};

// What cloud-init is told to do: files to write, then commands to run (each an argv, run
// without a shell, in order).
struct CloudInitConfig
{
    QList<CloudInitFile> files;
    QList<QStringList> commands;

    const CloudInitFile *file(const QString &path) const;

    friend bool operator==(const CloudInitConfig &, const CloudInitConfig &) = default;
};

namespace CloudInit {

inline constexpr auto kTokenVariable = u"SLIPWAY_TOKEN";
inline constexpr auto kTokenFile = u"/etc/slipway/token";
inline constexpr auto kEnvironmentFile = u"/etc/slipway/bootstrap.env";
inline constexpr auto kCaFile = u"/etc/slipway/ca.pem";
inline constexpr auto kScriptFile = u"/var/lib/slipway/bootstrap";
inline constexpr auto kRunnerFile = u"/var/lib/slipway/run-bootstrap";
inline constexpr auto kLogFile = u"/var/log/slipway/bootstrap.log";
inline constexpr auto kStatusPrefix = u"slipway-bootstrap: ";

// The configuration that runs `script` with `environment` at first boot. `label` names the
// instance in the status line ("master.1"); `caPem` may be empty. The token, when the
// environment has SLIPWAY_TOKEN, goes to its own 0600 file. Fails on a variable name a shell
// cannot take.
Result<CloudInitConfig> bootstrapConfig(const QByteArray &script,
                                        const QMap<QString, QString> &environment,
                                        const QString &label,
                                        const QByteArray &caPem = {});

// The same for a connector's BootstrapRequest.
Result<CloudInitConfig> bootstrapConfig(const BootstrapRequest &request,
                                        const QByteArray &caPem = {});

enum class Compression { None, Gzip };

// The user-data document: "#cloud-config\n..." (files base64-encoded). With Gzip, the
// document gzip-compressed, which cloud-init recognises by its magic number: clouds limit
// user-data (EC2: 16 KiB before base64; Nova: 64 KiB after).
QByteArray userData(const CloudInitConfig &config, Compression compression = Compression::None);

// Reads (uncompressed) user-data back as cloud-init does (write_files with text or b64
// content, permissions; runcmd lists or strings, a string becoming ["sh", "-c", it]).
// Test instances use it to do cloud-init's work on a container.
Result<CloudInitConfig> parseUserData(const QByteArray &userData);

// The exit status the bootstrap of `label` reported in a console log, if it did.
std::optional<int> exitStatus(QStringView consoleLog, const QString &label);

// gzip (RFC 1952) made with Qt's deflate. Exposed for the tests.
QByteArray gzip(const QByteArray &data);

} // namespace CloudInit

} // namespace Slipway
