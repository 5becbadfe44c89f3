#include "cloudinit.h"

#include <QRegularExpression>
#include <QtEndian>

#include <yaml-cpp/yaml.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Slipway {

const CloudInitFile *CloudInitConfig::file(const QString &path) const
{
    for (const CloudInitFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

namespace CloudInit {

namespace {

QByteArray shellQuote(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\'', "'\\''");
    return '\'' + out + '\'';
}

// YAML single-quoted scalar: only the quote itself needs escaping.
QByteArray yamlQuote(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\'', "''");
    return '\'' + out + '\'';
}

// The runner reads the environment and the token from their files, so that neither is ever
// on a command line, and keeps the script's output off the console.
QByteArray runnerScript(const QString &label)
{
    const auto path = [](auto p) {
        return QString(p).toUtf8();
    };
    return "#!/bin/sh\n"
           "# Written by Slipway: runs the bootstrap with its environment.\n"
           "umask 077\n"
           "mkdir -p /var/log/slipway\n"
           "label="
           + shellQuote(label)
           + "\n"
             "set -a\n"
             ". "
           + path(kEnvironmentFile) + "\nif [ -f " + path(kTokenFile)
           + " ]; then SLIPWAY_TOKEN=$(cat " + path(kTokenFile)
           + "); fi\n"
             "set +a\n"
             "s="
           + path(kScriptFile)
           + "\n"
             "if [ \"$(head -c 2 \"$s\")\" = \"#!\" ]; then \"$s\"; else /bin/sh \"$s\"; fi >>"
           + path(kLogFile)
           + " 2>&1 </dev/null\n"
             "rc=$?\n"
             "echo \""
           + path(kStatusPrefix)
           + "$label exit $rc\"\n"
             "exit $rc\n";
}

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

} // namespace

Result<CloudInitConfig> bootstrapConfig(const QByteArray &script,
                                        const QMap<QString, QString> &environment,
                                        const QString &label,
                                        const QByteArray &caPem)
{
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    CloudInitConfig config;
    QByteArray env = "# Written by Slipway: the bootstrap's environment.\n";
    QByteArray token;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (!name.match(it.key()).hasMatch())
            return Error{u"The bootstrap environment has a variable a shell cannot take: %1"_s.arg(
                it.key())};
        if (it.key() == kTokenVariable) {
            token = it.value().toUtf8();
            continue;
        }
        env += it.key().toUtf8() + '=' + shellQuote(it.value()) + '\n';
    }
    if (!token.isEmpty())
        config.files << CloudInitFile{QString(kTokenFile), u"0600"_s, token};
    config.files << CloudInitFile{QString(kEnvironmentFile), u"0600"_s, env};
    if (!caPem.isEmpty())
        config.files << CloudInitFile{QString(kCaFile), u"0644"_s, caPem.trimmed() + '\n'};
    config.files << CloudInitFile{QString(kScriptFile), u"0700"_s, script};
    config.files << CloudInitFile{QString(kRunnerFile), u"0700"_s, runnerScript(label)};
    config.commands << QStringList{u"/bin/sh"_s, QString(kRunnerFile)};
    return config;
}

Result<CloudInitConfig> bootstrapConfig(const BootstrapRequest &request, const QByteArray &caPem)
{
    return bootstrapConfig(request.script,
                           request.environment,
                           request.instance.name.toString(),
                           caPem);
}

QByteArray userData(const CloudInitConfig &config, Compression compression)
{
    QByteArray out = "#cloud-config\n";
    if (!config.files.isEmpty()) {
        out += "write_files:\n";
        for (const CloudInitFile &f : config.files) {
            out += "  - path: " + yamlQuote(f.path) + '\n';
            out += "    owner: 'root:root'\n";
            out += "    permissions: " + yamlQuote(f.permissions) + '\n';
            out += "    encoding: b64\n";
            out += "    content: " + f.content.toBase64() + '\n';
        }
    }
    if (!config.commands.isEmpty()) {
        out += "runcmd:\n";
        for (const QStringList &command : config.commands) {
            QByteArrayList quoted;
            for (const QString &arg : command)
                quoted << yamlQuote(arg);
            out += "  - [" + quoted.join(", ") + "]\n";
        }
    }
    return compression == Compression::Gzip ? gzip(out) : out;
}

Result<CloudInitConfig> parseUserData(const QByteArray &data)
{
    const QByteArray &text = data;
    if (data.startsWith("\x1f\x8b"))
        return Error{u"The user-data is gzip-compressed: decompress it first."_s};
    if (!text.startsWith("#cloud-config"))
        return Error{u"The user-data is not a #cloud-config document."_s};

    CloudInitConfig config;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap())
            return Error{u"The #cloud-config document is not a mapping."_s};
        if (const YAML::Node files = root["write_files"]) {
            if (!files.IsSequence())
                return Error{u"write_files is not a list."_s};
            for (const YAML::Node &entry : files) {
                CloudInitFile file;
                file.path = scalar(entry["path"]);
                if (file.path.isEmpty())
                    return Error{u"A write_files entry has no path."_s};
                file.permissions = scalar(entry["permissions"]);
                if (file.permissions.isEmpty())
                    file.permissions = u"0644"_s; // cloud-init's default
                const QByteArray content = scalar(entry["content"]).toUtf8();
                const QString encoding = scalar(entry["encoding"]);
                if (encoding.isEmpty() || encoding == u"text/plain"_s) {
                    file.content = content;
                } else if (encoding == u"b64"_s || encoding == u"base64"_s) {
                    auto decoded
                        = QByteArray::fromBase64Encoding(content,
                                                         QByteArray::AbortOnBase64DecodingErrors);
                    if (!decoded)
                        return Error{u"%1: its content is not base64."_s.arg(file.path)};
                    file.content = *decoded;
                } else {
                    return Error{u"%1: unknown encoding %2."_s.arg(file.path, encoding)};
                }
                config.files << file;
            }
        }
        if (const YAML::Node commands = root["runcmd"]) {
            if (!commands.IsSequence())
                return Error{u"runcmd is not a list."_s};
            for (const YAML::Node &entry : commands) {
                if (entry.IsScalar()) {
                    config.commands << QStringList{u"sh"_s, u"-c"_s, scalar(entry)};
                } else if (entry.IsSequence()) {
                    QStringList argv;
                    for (const YAML::Node &arg : entry)
                        argv << scalar(arg);
                    config.commands << argv;
                } else {
                    return Error{u"A runcmd entry is neither a string nor a list."_s};
                }
            }
        }
    } catch (const YAML::Exception &e) {
        return Error{u"The #cloud-config document is not valid YAML: %1"_s.arg(
            QString::fromStdString(e.what()))};
    }
    return config;
}

std::optional<int> exitStatus(QStringView consoleLog, const QString &label)
{
    // Console lines may come with \r and with other output before them on the same line.
    const QString needle = QString(kStatusPrefix) + label + u" exit "_s;
    std::optional<int> status;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = consoleLog.indexOf(needle, from);
        if (at < 0)
            break;
        qsizetype end = at + needle.size();
        qsizetype digits = end;
        while (digits < consoleLog.size() && consoleLog.at(digits).isDigit())
            ++digits;
        bool ok = false;
        const int value = consoleLog.mid(end, digits - end).toInt(&ok);
        if (ok)
            status = value; // the last one wins: a rebuilt server logs again
        from = digits;
    }
    return status;
}

QByteArray gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte size, a 2-byte zlib header, raw deflate and an Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

} // namespace CloudInit

} // namespace Slipway
