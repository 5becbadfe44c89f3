#include "core/bundle/bundleexport.h"
#include "core/bundle/bundlewriter.h"
#include "core/catalog/catalog.h"
#include "ui/importdialog.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

Module project(const QString &path, const QString &description)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Project;
    m.description = description;
    return m;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewsChoosesAndImports()
    {
        QTemporaryDir dir;
        // A bundle of two projects, exported from one catalog.
        Catalog source(dir.filePath(u"source.sqlite"_s));
        QVERIFY(source.open());
        QVERIFY(source.save(project(u"team"_s, u"the team"_s), u"ann"_s, u"one"_s));
        QVERIFY(source.save(project(u"team/web"_s, u"web things"_s), u"ann"_s, u"one"_s));
        const Result<Bundle> bundle = exportBundle(source, u"team"_s, false);
        QVERIFY(bundle);
        const QString file = dir.filePath(u"team.slipway.yaml"_s);
        QString error;
        QVERIFY2(BundleWriter::writeFile(*bundle, file, &error), qPrintable(error));

        // The target already has team/web with other content: a conflict to decide.
        Catalog target(dir.filePath(u"target.sqlite"_s));
        QVERIFY(target.open());
        QVERIFY(target.save(project(u"team/web"_s, u"something else"_s), u"bob"_s, u"mine"_s));

        ImportDialog dialog(target, {file});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.preview()->rowCount(), 2);
        QVERIFY(!dialog.importButton()->isEnabled()); // the conflict is undecided
        int conflictRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (dialog.preview()->item(row, 1)->text() == u"conflict")
                conflictRow = row;
        }
        QVERIFY(conflictRow >= 0);
        auto *choice = qobject_cast<QComboBox *>(dialog.preview()->cellWidget(conflictRow, 3));
        QVERIFY(choice);
        choice->setCurrentIndex(choice->findData(int(ConflictChoice::Overwrite)));
        Q_EMIT choice->activated(choice->currentIndex());
        QVERIFY(dialog.importButton()->isEnabled());

        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(target.latest(u"team"_s)->module.description, u"the team"_s);
        const ModuleVersion web = *target.latest(u"team/web"_s);
        QCOMPARE(web.module.description, u"web things"_s);
        QCOMPARE(web.version, 2); // overwritten as a new version, the old one kept
    }

    void badFilesImportNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.slipway.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("slipway-bundle: 1\nmodules:\n  - path: team\n    kind: [oops\n");
        f.close();
        Catalog target(dir.filePath(u"target.sqlite"_s));
        QVERIFY(target.open());
        ImportDialog dialog(target, {file});
        QVERIFY(!dialog.importButton()->isEnabled());
        const QString messages = dialog.messages()->toPlainText();
        QVERIFY2(messages.contains(file + u":"_s), qPrintable(messages)); // file:line:column
        QVERIFY(!dialog.importNow());
        QVERIFY(target.list()->isEmpty());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
