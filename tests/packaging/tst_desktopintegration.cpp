#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

// Installs the build into a temporary DESTDIR with prefix /usr, as the package does, and checks
// the desktop integration there with the tools that distributions and software centres use.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_destDir;
    QString m_usr;
    const QString m_appId = QStringLiteral(SLIPWAY_APP_ID);

    QString installed(const QString &path) const { return m_usr + u'/' + path; }

    static QStringList existingTools()
    {
        QStringList tools;
        const QDir client(sourceDir() + u"/resources/client"_s);
        for (const QString &tool : {u"ss-get"_s,
                                    u"ss-set"_s,
                                    u"ss-display"_s,
                                    u"ss-abort"_s,
                                    u"ss-cancel-abort"_s,
                                    u"ss-random"_s,
                                    u"ss-get-all"_s}) {
            if (client.exists(tool))
                tools << tool;
        }
        return tools;
    }

    // The relay unit with its program resolved inside the DESTDIR: systemd looks bare names up
    // in /usr/bin, where nothing is installed in the build root.
    QString relayUnitForVerify(const QString &dir) const
    {
        QFile unit(installed(u"lib/systemd/system/slipway-relay.service"_s));
        if (!unit.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = unit.readAll();
        const QByteArray resolved = "\nExecStart=" + installed(u"bin/slipway-relay "_s).toUtf8();
        text.replace("\nExecStart=slipway-relay ", resolved);
        const QString copy = dir + u"/slipway-relay.service"_s;
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return {};
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_destDir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESTDIR"_s, m_destDir.path());
        const ProcessResult install
            = runProcess(QStringLiteral(SLIPWAY_CMAKE_COMMAND),
                         {u"--install"_s, binaryDir(), u"--prefix"_s, u"/usr"_s},
                         ProcessOptions().withEnvironment(env));
        QVERIFY2(install.succeeded(), install.transcript().constData());
        m_usr = m_destDir.path() + u"/usr"_s;
    }

    void desktopEntryValidates()
    {
        if (!hasProgram(u"desktop-file-validate"_s))
            SLIPWAY_SKIP_OR_FAIL(
                "desktop-file-validate is not installed (Debian: desktop-file-utils)");
        const QString file = installed(u"share/applications/"_s + m_appId + u".desktop"_s);
        const ProcessResult check = runProcess(u"desktop-file-validate"_s, {file});
        QVERIFY2(check.succeeded(), check.transcript().constData());
        // Hints and warnings too: a clean entry prints nothing.
        QVERIFY2(check.transcript().trimmed().isEmpty(), check.transcript().constData());
    }

    void desktopEntryOpensBundles()
    {
        QSettings entry(installed(u"share/applications/"_s + m_appId + u".desktop"_s),
                        QSettings::IniFormat);
        entry.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(entry.value(u"Icon"_s).toString(), m_appId);
        QVERIFY(entry.value(u"Exec"_s).toString().startsWith(u"slipway %"_s));
        QVERIFY(entry.value(u"MimeType"_s).toString().contains(u"application/x-slipway-bundle"_s));
    }

    void metainfoValidates()
    {
        if (!hasProgram(u"appstreamcli"_s))
            SLIPWAY_SKIP_OR_FAIL("appstreamcli is not installed (Debian: appstream)");
        const QString file = installed(u"share/metainfo/"_s + m_appId + u".metainfo.xml"_s);
        const ProcessResult check = runProcess(u"appstreamcli"_s,
                                               {u"validate"_s, u"--no-net"_s, file});
        QVERIFY2(check.succeeded(), check.transcript().constData());
    }

    void metainfoMatchesTheProject()
    {
        QFile file(installed(u"share/metainfo/"_s + m_appId + u".metainfo.xml"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable, newestRelease;
        QStringList screenshots, binaries;
        QHash<QString, QSize> sizes;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == "id"_L1)
                id = xml.readElementText();
            else if (name == "launchable"_L1)
                launchable = xml.readElementText();
            else if (name == "binary"_L1)
                binaries << xml.readElementText();
            else if (name == "image"_L1) {
                const QSize size(xml.attributes().value("width"_L1).toInt(),
                                 xml.attributes().value("height"_L1).toInt());
                const QString url = xml.readElementText();
                screenshots << url;
                sizes.insert(url, size);
            } else if (name == "release"_L1 && newestRelease.isEmpty())
                newestRelease = xml.attributes().value("version"_L1).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, m_appId);
        QCOMPARE(launchable, m_appId + u".desktop"_s);
        QCOMPARE(newestRelease, QStringLiteral(SLIPWAY_PROJECT_VERSION));
        QCOMPARE(binaries, (QStringList{u"slipway"_s, u"slipway-cli"_s, u"slipway-relay"_s}));
        QVERIFY(!screenshots.isEmpty());
        for (const QString &url : std::as_const(screenshots)) {
            // Each screenshot is published from packaging/screenshots/ under the same name.
            const QString name = url.section(u'/', -1);
            QVERIFY2(QFile::exists(sourceDir() + u"/packaging/screenshots/"_s + name),
                     qPrintable(url));
            // The size it states is the picture's.
            QCOMPARE(QImageReader(sourceDir() + u"/packaging/screenshots/"_s + name).size(),
                     sizes.value(url));
            QVERIFY2(url.startsWith(u"https://"_s), qPrintable(url));
        }
    }

    void iconRenders_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void iconRenders()
    {
        QFETCH(int, size);
        const QString file = installed(u"share/icons/hicolor/%1x%1/apps/"_s.arg(size) + m_appId
                                       + u".png"_s);
        QImage icon(file);
        QVERIFY2(!icon.isNull(), qPrintable(file));
        QCOMPARE(icon.size(), QSize(size, size));
        // The tile is opaque in the middle and transparent in the rounded corners.
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
        QVERIFY(QFile::exists(
            installed(u"share/icons/hicolor/scalable/apps/"_s + m_appId + u".svg"_s)));
    }

    void bundleFilesHaveTheBundleType()
    {
        QVERIFY2(hasProgram(u"update-mime-database"_s),
                 "update-mime-database is missing (Debian: shared-mime-info)");
        const QString mimeDir = installed(u"share/mime"_s);
        QVERIFY(QFile::exists(mimeDir + u"/packages/"_s + m_appId + u".xml"_s));
        const ProcessResult update = runProcess(u"update-mime-database"_s, {mimeDir});
        QVERIFY2(update.succeeded(), update.transcript().constData());
        QFile globs(mimeDir + u"/globs2"_s);
        QVERIFY(globs.open(QIODevice::ReadOnly));
        const QByteArray table = globs.readAll();
        QVERIFY2(table.contains(":application/x-slipway-bundle:*.slipway.yaml"), table.constData());
    }

    void manPage_data()
    {
        QTest::addColumn<QString>("program");
        for (const QString &program :
             QStringList{u"slipway"_s, u"slipway-cli"_s, u"slipway-relay"_s} + existingTools())
            QTest::newRow(qPrintable(program)) << program;
    }

    void manPage()
    {
        QFETCH(QString, program);
        const QString file = installed(u"share/man/man1/"_s + program + u".1.gz"_s);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const ProcessResult page = runProcess(u"gzip"_s, {u"-dc"_s, file});
        QVERIFY(page.succeeded());
        // Written by help2man from the program's own --help and --version.
        const QByteArray title = ".TH " + program.toUpper().toUtf8() + " \"1\"";
        QVERIFY(page.out.contains(title));
        QVERIFY(page.out.contains(SLIPWAY_PROJECT_VERSION));
        if (program.startsWith(u"ss-"_s)) {
            // The tools print one usage line, which help2man turns into roff.
            const QByteArray usage = "usage: " + program.toUtf8().replace("-", "\\-");
            QVERIFY2(page.out.contains(usage), page.out.constData());
        } else {
            QVERIFY(page.out.contains("\\fB\\-\\-help\\fR"));
        }
        QVERIFY(page.out.contains(".SH \"SEE ALSO\""));
    }

    void dataFilesInstalled()
    {
        const QStringList tools = existingTools();
        for (const QString &tool : tools) {
            const QFileInfo info(installed(u"share/slipway/client/"_s + tool));
            QVERIFY2(info.exists(), qPrintable(info.filePath()));
            QVERIFY2(info.isExecutable(), qPrintable(info.filePath()));
        }
        // The example catalog, file for file.
        const QDir examples(sourceDir() + u"/resources/examples"_s);
        QDirIterator it(examples.path(), QDir::Files, QDirIterator::Subdirectories);
        int exampleFiles = 0;
        while (it.hasNext()) {
            const QString relative = examples.relativeFilePath(it.next());
            if (relative == "CMakeLists.txt"_L1)
                continue;
            ++exampleFiles;
            QVERIFY2(QFile::exists(installed(u"share/slipway/examples/"_s + relative)),
                     qPrintable(relative));
        }
        // Nothing checked would be no proof.
        QVERIFY2(!tools.isEmpty() && exampleFiles > 0, "no ss-* tool or example was installed");
    }

    void relayUnitVerifies()
    {
        QVERIFY2(hasProgram(u"systemd-analyze"_s), "systemd-analyze is missing (Debian: systemd)");
        QTemporaryDir dir;
        const QString unit = relayUnitForVerify(dir.path());
        QVERIFY(!unit.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Documentation=man:slipway-relay(1) must name an installed page.
        env.insert(u"MANPATH"_s, installed(u"share/man"_s));
        const ProcessResult verify = runProcess(u"systemd-analyze"_s,
                                                {u"verify"_s, u"--man=yes"_s, unit},
                                                ProcessOptions().withEnvironment(env));
        QVERIFY2(verify.succeeded(), verify.transcript().constData());
        QVERIFY2(verify.transcript().trimmed().isEmpty(), verify.transcript().constData());
    }

    // The unit's ExecStart, with credentials as systemd hands them over (%d, mode 0400), must
    // be a command line the relay accepts: it starts and listens (on loopback here).
    void relayStartsWithTheUnitsCommandLine()
    {
        if (!hasProgram(u"openssl"_s))
            SLIPWAY_SKIP_OR_FAIL("openssl is not installed");
        QFile unit(installed(u"lib/systemd/system/slipway-relay.service"_s));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QString execStart;
        for (const QByteArray &line : unit.readAll().split('\n')) {
            if (line.startsWith("ExecStart="))
                execStart = QString::fromUtf8(line.mid(10));
        }
        QStringList arguments = execStart.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(!arguments.isEmpty());
        QCOMPARE(arguments.takeFirst(), u"slipway-relay"_s);

        QTemporaryDir credentials;
        const QString dir = credentials.path();
        const ProcessResult certificate = runProcess(u"openssl"_s,
                                                     {u"req"_s,
                                                      u"-x509"_s,
                                                      u"-newkey"_s,
                                                      u"ec"_s,
                                                      u"-pkeyopt"_s,
                                                      u"ec_paramgen_curve:P-256"_s,
                                                      u"-nodes"_s,
                                                      u"-days"_s,
                                                      u"2"_s,
                                                      u"-subj"_s,
                                                      u"/CN=relay.test"_s,
                                                      u"-keyout"_s,
                                                      dir + u"/tls.key"_s,
                                                      u"-out"_s,
                                                      dir + u"/tls.crt"_s});
        QVERIFY2(certificate.succeeded(), certificate.transcript().constData());
        QFile secret(dir + u"/secret"_s);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(QByteArray(32, 'k').toBase64() + '\n');
        secret.close();
        for (const QString &name : {u"secret"_s, u"tls.key"_s, u"tls.crt"_s})
            QVERIFY(QFile::setPermissions(dir + u'/' + name, QFile::ReadOwner));

        for (QString &argument : arguments)
            argument.replace(u"%d"_s, dir);
        arguments << u"--listen"_s << u"127.0.0.1:0"_s << u"--link-listen"_s << u"127.0.0.1:0"_s;
        QProcess relay;
        relay.setProcessChannelMode(QProcess::MergedChannels);
        relay.start(installed(u"bin/slipway-relay"_s), arguments);
        QVERIFY(relay.waitForStarted());
        QByteArray output;
        // Bounded: the relay says where it listens once both listeners are up, or exits.
        for (int i = 0; i < 60 && !output.contains("application links on port"); ++i) {
            if (!relay.waitForReadyRead(1000) && relay.state() == QProcess::NotRunning)
                break;
            output += relay.readAll();
        }
        const bool running = relay.state() == QProcess::Running;
        relay.kill();
        relay.waitForFinished();
        QVERIFY2(running && output.contains("application links on port"), output.constData());
    }

    void relayUnitIsHardened()
    {
        QVERIFY2(hasProgram(u"systemd-analyze"_s), "systemd-analyze is missing (Debian: systemd)");
        const QString unit = installed(u"lib/systemd/system/slipway-relay.service"_s);
        const ProcessResult security
            = runProcess(u"systemd-analyze"_s,
                         {u"security"_s, u"--offline=yes"_s, u"--no-pager"_s, unit});
        QVERIFY2(security.succeeded(), security.transcript().constData());
        static const QRegularExpression overall(u"Overall exposure level for [^:]+: ([0-9.]+)"_s);
        const auto match = overall.match(QString::fromUtf8(security.out));
        QVERIFY2(match.hasMatch(), security.out.constData());
        const double exposure = match.captured(1).toDouble();
        qInfo("systemd-analyze security: exposure %.1f of 10 (2.0 or less is the target)", exposure);
        QVERIFY2(exposure <= 2.0, security.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
