// Two windows on one catalog: the second saves first, the first one's save is refused and the
// conflict dialog shows the other author's change with the three ways on (screenshot
// conflict-dialog.png under $SLIPWAY_SCREENSHOT_DIR).

#include "core/catalog/catalog.h"
#include "tests/support/uitesting.h"
#include "ui/conflictdialog.h"
#include "ui/document.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

Module image(const QString &description)
{
    Module m;
    m.path = u"team/web"_s;
    m.kind = ModuleKind::Image;
    m.description = description;
    m.image.native = true;
    m.image.imageIds.append({u"local"_s, u"debian:13"_s, {}});
    return m;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens the module in a document on `mine`, then lets `theirs` save a change first.
    std::unique_ptr<Document> conflictingEdit(Catalog &mine, Catalog &theirs, SaveConflict &out)
    {
        auto document = std::make_unique<Document>(mine, *mine.latest(u"team/web"_s));
        Module bobs = theirs.latest(u"team/web"_s)->module;
        bobs.description = u"Apache, tuned by bob"_s;
        if (!theirs.save(bobs, u"bob"_s, u"tuning"_s))
            return nullptr;
        Module alices = document->module();
        alices.description = u"Apache with alice's TLS"_s;
        document->setModule(alices, Document::Part::All);
        if (document->save(u"TLS"_s, u"alice"_s, &out))
            return nullptr; // it should have been refused
        return document;
    }

private Q_SLOTS:
    void staleSaveShowsTheConflictAndSavesAsNext()
    {
        const QString file = m_dir.filePath(u"catalog.sqlite"_s);
        Catalog mine(file);
        Catalog theirs(file);
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        QVERIFY(mine.save(image(u"Apache"_s), u"alice"_s, u"first"_s, {0}));

        SaveConflict conflict;
        auto document = conflictingEdit(mine, theirs, conflict);
        QVERIFY(document);
        QCOMPARE(conflict.latestVersion, 2);
        QCOMPARE(document->version(), 1);

        ConflictDialog dialog(conflict);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto *summary = dialog.findChild<QLabel *>(u"ConflictSummary"_s);
        QVERIFY(summary->text().contains(u"bob"_s));
        QVERIFY(summary->text().contains(u"tuning"_s));
        QVERIFY(dialog.theirChangeView()->toPlainText().contains(u"Apache, tuned by bob"_s));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"ConflictMyChange"_s)
                    ->toPlainText()
                    .contains(u"alice's TLS"_s));
        const QImage shot = dialog.grab().toImage();
        QVERIFY(UiTesting::colourCount(shot) > 4);
        QVERIFY(UiTesting::saveScreenshot(&dialog, u"conflict-dialog"_s));

        auto *next = dialog.findChild<QPushButton *>(u"ConflictSaveAsNext"_s);
        QVERIFY(next->isEnabled());
        QVERIFY(next->text().contains(u'3'));
        next->click();
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::SaveAsNext);
        const auto saved = document->saveOnLatest(u"TLS"_s, u"alice"_s, conflict.latestVersion);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->version, 3);
        QCOMPARE(theirs.latest(u"team/web"_s)->module.description, u"Apache with alice's TLS"_s);
    }

    void saveUnderAnotherPath()
    {
        const QString file = m_dir.filePath(u"other.sqlite"_s);
        Catalog mine(file);
        Catalog theirs(file);
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        QVERIFY(mine.save(image(u"Apache"_s), u"alice"_s, u"first"_s, {0}));
        SaveConflict conflict;
        auto document = conflictingEdit(mine, theirs, conflict);
        QVERIFY(document);

        ConflictDialog dialog(conflict);
        auto *path = dialog.findChild<QLineEdit *>(u"ConflictOtherPath"_s);
        auto *elsewhere = dialog.findChild<QPushButton *>(u"ConflictSaveElsewhere"_s);
        path->setText(u"not a path!"_s);
        QVERIFY(!elsewhere->isEnabled());
        path->setText(u"team/web-alice"_s);
        QVERIFY(elsewhere->isEnabled());
        elsewhere->click();
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::SaveElsewhere);
        const auto saved = document->saveAs(dialog.otherPath(), u"TLS"_s, u"alice"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(document->path(), u"team/web-alice"_s);
        QCOMPARE(theirs.latest(u"team/web"_s)->module.description, u"Apache, tuned by bob"_s);
        QCOMPARE(theirs.latest(u"team/web-alice"_s)->module.description,
                 u"Apache with alice's TLS"_s);

        // Reload: the document drops the edit and shows the latest version.
        ConflictDialog again(conflict);
        again.findChild<QPushButton *>(u"ConflictReload"_s)->click();
        QCOMPARE(again.choice(), ConflictDialog::Choice::Reload);
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
