#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

// Builds the .deb from this build with CPack and checks what apt and lintian would see.
class TestDebPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_outDir;
    QString m_deb;
    QByteArray m_contents;

    QByteArray field(const char *name) const
    {
        const ProcessResult f = runProcess(u"dpkg-deb"_s,
                                           {u"--field"_s, m_deb, QString::fromLatin1(name)});
        return f.succeeded() ? f.out.trimmed() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!hasProgram(u"dpkg-deb"_s) || !hasProgram(u"dpkg-shlibdeps"_s))
            SLIPWAY_SKIP_OR_FAIL("dpkg-deb and dpkg-shlibdeps are needed (Debian: dpkg-dev)");
        QVERIFY(m_outDir.isValid());
        const ProcessResult cpack = runProcess(QStringLiteral(SLIPWAY_CPACK_COMMAND),
                                               {u"--config"_s,
                                                binaryDir() + u"/CPackConfig.cmake"_s,
                                                u"-B"_s,
                                                m_outDir.path()},
                                               ProcessOptions().withTimeout(600'000));
        QVERIFY2(cpack.succeeded(), cpack.transcript().constData());
        const QStringList debs = QDir(m_outDir.path()).entryList({u"*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_outDir.filePath(debs.constFirst());
        const ProcessResult contents = runProcess(u"dpkg-deb"_s, {u"--contents"_s, m_deb});
        QVERIFY2(contents.succeeded(), contents.transcript().constData());
        m_contents = contents.out;
    }

    void controlFields()
    {
        QCOMPARE(field("Package"), "slipway");
        QCOMPARE(field("Version"), SLIPWAY_PROJECT_VERSION "-1");
        const QByteArray depends = field("Depends");
        // Found by dpkg-shlibdeps in the programs, and the plugins it cannot see.
        QVERIFY2(depends.contains("libqt6widgets6"), depends.constData());
        QVERIFY2(depends.contains("libqt6core6"), depends.constData());
        QVERIFY2(depends.contains("libc6 (>="), depends.constData());
        QVERIFY2(depends.contains("libqt6sql6-sqlite"), depends.constData());
        QVERIFY2(depends.contains("qt6-qpa-plugins"), depends.constData());
        QVERIFY(field("Recommends").contains("podman | docker.io"));
    }

    void contents_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        const QString id = QStringLiteral(SLIPWAY_APP_ID);
        const QString rwx = u"-rwxr-xr-x"_s, rw = u"-rw-r--r--"_s;
        QTest::newRow("gui") << u"./usr/bin/slipway"_s << rwx;
        QTest::newRow("cli") << u"./usr/bin/slipway-cli"_s << rwx;
        QTest::newRow("relay") << u"./usr/bin/slipway-relay"_s << rwx;
        QTest::newRow("desktop") << u"./usr/share/applications/"_s + id + u".desktop"_s << rw;
        QTest::newRow("metainfo") << u"./usr/share/metainfo/"_s + id + u".metainfo.xml"_s << rw;
        QTest::newRow("mime") << u"./usr/share/mime/packages/"_s + id + u".xml"_s << rw;
        QTest::newRow("svg") << u"./usr/share/icons/hicolor/scalable/apps/"_s + id + u".svg"_s
                             << rw;
        QTest::newRow("png") << u"./usr/share/icons/hicolor/48x48/apps/"_s + id + u".png"_s << rw;
        QTest::newRow("man") << u"./usr/share/man/man1/slipway-relay.1.gz"_s << rw;
        QTest::newRow("unit") << u"./usr/lib/systemd/system/slipway-relay.service"_s << rw;
        QTest::newRow("copyright") << u"./usr/share/doc/slipway/copyright"_s << rw;
        QTest::newRow("changelog") << u"./usr/share/doc/slipway/changelog.Debian.gz"_s << rw;
        const QDir client(sourceFile(u"resources/client"_s));
        if (client.exists(u"ss-get"_s))
            QTest::newRow("ss-get") << u"./usr/share/slipway/client/ss-get"_s << rwx;
        if (client.exists(u"ss-lib"_s))
            QTest::newRow("ss-lib") << u"./usr/share/slipway/client/ss-lib"_s << rw;
    }

    void contents()
    {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        // "-rwxr-xr-x root/root  12345 2026-11-25 12:00 ./usr/bin/slipway"
        for (const QByteArray &line : m_contents.split('\n')) {
            if (!line.endsWith(QByteArray(' ' + path.toUtf8())))
                continue;
            QVERIFY2(line.startsWith(QByteArray(mode.toUtf8() + " root/root ")), line.constData());
            return;
        }
        QFAIL(qPrintable(u"not in the package: "_s + path));
    }

    void lintianIsClean()
    {
        if (!hasProgram(u"lintian"_s))
            SLIPWAY_SKIP_OR_FAIL("lintian is not installed");
        const ProcessResult lintian = runProcess(u"lintian"_s,
                                                 {u"--fail-on"_s,
                                                  u"error,warning"_s,
                                                  u"--tag-display-limit"_s,
                                                  u"0"_s,
                                                  m_deb},
                                                 ProcessOptions().withTimeout(300'000));
        QVERIFY2(lintian.succeeded(), lintian.transcript().constData());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
