// The launch dialog, offscreen: filled through its widgets it returns the LaunchOptions the
// user chose; errors of the checks block the launch unless "Launch anyway"; validation errors
// block it always; the checks follow the multiplicities; screenshots are saved. And the main
// window's Problems panel: a deployment's check problems, a double-click opens the line.

#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/uitesting.h"
#include "ui/document.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"
#include "ui/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/problemsmodel.h"
#include "ui/moduleeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

QList<Module> examples()
{
    QList<Module> modules;
    for (const BundleEntry &e : ExampleCatalog::read().bundle.entries)
        modules << e.latest().module;
    return modules;
}

Module find(const QList<Module> &modules, const QString &path)
{
    for (const Module &m : modules) {
        if (m.path == path)
            return m;
    }
    return {};
}

QList<CloudConfig> clouds()
{
    CloudConfig ssh;
    ssh.name = u"lab-hosts"_s;
    ssh.kind = u"ssh"_s;
    return {CloudConfig::local(), ssh};
}

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void chooseCloud(QComboBox *box, const QString &cloud)
{
    QVERIFY(box);
    const int index = cloud.isEmpty() ? 0 : box->findData(cloud);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestLaunchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsTheLaunchOptions()
    {
        const QList<Module> modules = examples();
        LaunchDialog dialog(find(modules, u"examples/lamp/lamp-stack"_s),
                            lookupIn(modules),
                            clouds());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Unchanged, the options say nothing beyond the defaults.
        LaunchOptions untouched = dialog.options();
        QCOMPARE(untouched.defaultCloud, u"local"_s);
        QVERIFY(untouched.nodeClouds.isEmpty());
        QVERIFY(untouched.multiplicities.isEmpty());
        QVERIFY(untouched.parameters.isEmpty());
        QCOMPARE(untouched.keepRunning, KeepRunning::OnSuccess);
        QCOMPARE(untouched.timeoutSeconds, 30 * 60);
        QVERIFY(dialog.launchButton()->isEnabled());
        QVERIFY(!dialog.checks().hasErrors());

        // Mapped inputs are not offered; defaults and literal mappings are, prefilled.
        QVERIFY(!dialog.inputEdit(u"web"_s, u"db_password"_s));
        QVERIFY(!dialog.inputEdit(u"web"_s, u"db_host"_s));
        QCOMPARE(dialog.inputEdit(u"lb"_s, u"web_node"_s)->text(), u"web"_s);
        QCOMPARE(dialog.inputEdit(u"database"_s, u"db_name"_s)->text(), u"app"_s);

        QSpinBox *web = dialog.multiplicityBox(u"web"_s);
        QVERIFY(web);
        QCOMPARE(web->value(), 2);
        web->setFocus();
        web->selectAll();
        QTest::keyClicks(web, u"3"_s);
        QCOMPARE(web->value(), 3);
        typeInto(dialog.inputEdit(u"database"_s, u"db_name"_s), u"shop"_s);
        typeInto(dialog.inputEdit(u"web"_s, u"db_name"_s), u"shop"_s);
        dialog.keepRunningBox()->setCurrentIndex(
            dialog.keepRunningBox()->findData(int(KeepRunning::Always)));
        typeInto(dialog.tagsEdit(), u"demo, team-a,,demo"_s);
        dialog.timeoutBox()->setValue(45);

        // A cloud whose native image id is unknown is a validation error: no launch, and no
        // "Launch anyway" either.
        chooseCloud(dialog.cloudBox(u"database"_s), u"lab-hosts"_s);
        QVERIFY(!dialog.launchButton()->isEnabled());
        QVERIFY(!dialog.launchAnywayBox()->isEnabled());
        QVERIFY(dialog.problemsList()->count() > 0);
        UiTesting::saveScreenshot(&dialog, u"launch-dialog-cloud-error"_s);
        chooseCloud(dialog.cloudBox(u"database"_s), {});
        QVERIFY(dialog.launchButton()->isEnabled());

        const LaunchOptions options = dialog.options();
        QCOMPARE(options.defaultCloud, u"local"_s);
        QVERIFY(options.nodeClouds.isEmpty());
        QCOMPARE(options.multiplicities, (QHash<QString, int>{{u"web"_s, 3}}));
        QCOMPARE(options.parameters,
                 (QHash<QString, QString>{{u"database:db_name"_s, u"shop"_s},
                                          {u"web:db_name"_s, u"shop"_s}}));
        QCOMPARE(options.keepRunning, KeepRunning::Always);
        QCOMPARE(options.tags, QStringList({u"demo"_s, u"team-a"_s}));
        QCOMPARE(options.timeoutSeconds, 45 * 60);
        UiTesting::saveScreenshot(&dialog, u"launch-dialog"_s);

        QTest::mouseClick(dialog.launchButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void nodeCloudsOverrideTheModule()
    {
        QList<Module> modules = examples();
        Module lamp = find(modules, u"examples/lamp/lamp-stack"_s);
        lamp.deployment.nodes[2].cloud = u"lab-hosts"_s; // the database
        LaunchDialog dialog(lamp, lookupIn(modules), clouds());
        QCOMPARE(dialog.cloudBox(u"database"_s)->currentData().toString(), u"lab-hosts"_s);
        QVERIFY(dialog.options().nodeClouds.isEmpty());
        // Back to the default: an explicit override, since the module names a cloud.
        chooseCloud(dialog.cloudBox(u"database"_s), {});
        chooseCloud(dialog.cloudBox(u"lb"_s), u"lab-hosts"_s);
        QCOMPARE(dialog.options().nodeClouds,
                 (QHash<QString, QString>{{u"database"_s, u"local"_s}, {u"lb"_s, u"lab-hosts"_s}}));
    }

    void checkErrorsBlockUnlessLaunchAnyway()
    {
        const QList<Module> modules = examples();
        LaunchDialog dialog(find(modules, u"examples/handshake/handshake"_s),
                            lookupIn(modules),
                            clouds());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.checks().hasErrors());
        QVERIFY(!dialog.launchButton()->isEnabled());
        QVERIFY(dialog.launchAnywayBox()->isEnabled());
        QListWidgetItem *deadlock = nullptr;
        for (int i = 0; i < dialog.problemsList()->count() && !deadlock; ++i) {
            if (dialog.problemsList()->item(i)->text().startsWith(u"Deadlock"_s))
                deadlock = dialog.problemsList()->item(i);
        }
        QVERIFY(deadlock);
        UiTesting::saveScreenshot(&dialog, u"launch-dialog-deadlock"_s);

        // Clicking the disabled button does nothing.
        QTest::mouseClick(dialog.launchButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // A double-click on the problem asks to open the script at its line.
        QSignalSpy jumps(&dialog, &LaunchDialog::scriptLocationActivated);
        dialog.problemsList()->scrollToItem(deadlock);
        const QRect rect = dialog.problemsList()->visualItemRect(deadlock);
        QTest::mouseClick(dialog.problemsList()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(dialog.problemsList()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(jumps.size(), 1);
        const auto location = jumps.first().first().value<ScriptLocation>();
        QCOMPARE(location.modulePath, u"examples/handshake/peer"_s);
        QCOMPARE(location.recipe, RecipeKind::Execute);
        QVERIFY(location.line > 1);

        // On the box itself: the widget spans the dialog's width, its text does not.
        QTest::mouseClick(dialog.launchAnywayBox(),
                          Qt::LeftButton,
                          {},
                          QPoint(6, dialog.launchAnywayBox()->height() / 2));
        QVERIFY(dialog.launchAnywayBox()->isChecked());
        QVERIFY(dialog.launchButton()->isEnabled());
        QTest::mouseClick(dialog.launchButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void checksFollowTheMultiplicities()
    {
        Module master;
        master.path = u"t/master"_s;
        master.kind = ModuleKind::Image;
        master.image.native = true;
        master.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
        master.image.recipes.execute = u"#!/bin/sh\nss-get worker.3:hostname\n"_s;
        Module worker = master;
        worker.path = u"t/worker"_s;
        worker.image.recipes.execute = u"#!/bin/sh\ntrue\n"_s;
        Module deployment;
        deployment.path = u"t/cluster"_s;
        deployment.kind = ModuleKind::Deployment;
        Node m;
        m.name = u"master"_s;
        m.image = master.path;
        Node w;
        w.name = u"worker"_s;
        w.image = worker.path;
        w.multiplicity = 2;
        deployment.deployment.nodes = {m, w};
        const QList<Module> modules{master, worker, deployment};

        LaunchDialog dialog(deployment, lookupIn(modules), clouds());
        QVERIFY(dialog.checks().hasErrors());
        QVERIFY(!dialog.launchButton()->isEnabled());
        dialog.multiplicityBox(u"worker"_s)->setValue(3);
        QVERIFY(!dialog.checks().hasErrors());
        QVERIFY(dialog.launchButton()->isEnabled());
        QCOMPARE(dialog.options().multiplicities.value(u"worker"_s), 3);
    }

    void inputsGivenHereSatisfyTheChecks()
    {
        Module app;
        app.path = u"t/app"_s;
        app.kind = ModuleKind::Image;
        app.image.native = true;
        app.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
        app.image.recipes.execute = u"#!/bin/sh\ntitle=$(ss-get title)\n"_s;
        Parameter title;
        title.name = u"title"_s;
        title.category = ParameterCategory::Input;
        app.image.parameters = {title};
        // A single-image run: one machine, its inputs offered.
        LaunchDialog dialog(app, lookupIn({app}), clouds());
        QVERIFY(!dialog.multiplicityBox(u"machine"_s)->isEnabled());
        QVERIFY(dialog.checks().hasErrors());
        typeInto(dialog.inputEdit(u"machine"_s, u"title"_s), u"Hello"_s);
        QVERIFY(!dialog.checks().hasErrors());
        QCOMPARE(dialog.options().parameters.value(u"machine:title"_s), u"Hello"_s);
        QVERIFY(dialog.options().multiplicities.isEmpty());
    }

    void inputsByType()
    {
        Module app;
        app.path = u"t/typed"_s;
        app.kind = ModuleKind::Image;
        app.image.native = true;
        app.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
        app.image.recipes.execute = u"#!/bin/sh\nss-get size; ss-get secret\n"_s;
        Parameter size = input(u"size"_s, u"medium"_s);
        size.type = ParameterType::Enum;
        size.enumValues = {u"small"_s, u"medium"_s, u"large"_s};
        size.description = u"How big the machine is"_s;
        Parameter debug = input(u"debug"_s, u"false"_s);
        debug.type = ParameterType::Boolean;
        Parameter verbose = input(u"verbose"_s, u"maybe"_s); // not a boolean: caught here
        verbose.type = ParameterType::Boolean;
        Parameter secret = mandatoryInput(u"secret"_s);
        secret.type = ParameterType::Password;
        Parameter title = input(u"title"_s, u"Hello"_s);
        app.image.parameters = {size, debug, verbose, secret, title};

        LaunchDialog dialog(app, lookupIn({app}), clouds());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString machine = u"machine"_s;

        // One kind of field per type.
        auto *sizeBox = qobject_cast<QComboBox *>(dialog.inputWidget(machine, u"size"_s));
        QVERIFY(sizeBox);
        QCOMPARE(sizeBox->currentText(), u"medium"_s);
        auto *debugBox = qobject_cast<QCheckBox *>(dialog.inputWidget(machine, u"debug"_s));
        QVERIFY(debugBox);
        QVERIFY(!debugBox->isChecked());
        auto *verboseBox = qobject_cast<QCheckBox *>(dialog.inputWidget(machine, u"verbose"_s));
        QVERIFY(verboseBox);
        QLineEdit *secretEdit = dialog.inputEdit(machine, u"secret"_s);
        QVERIFY(secretEdit);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.inputEdit(machine, u"title"_s)->echoMode(), QLineEdit::Normal);
        QVERIFY(!dialog.inputEdit(machine, u"size"_s)); // not a line edit

        // Bad values are named in the dialog, on the field too, and block the launch.
        QVERIFY(!dialog.launchButton()->isEnabled());
        QStringList messages;
        for (int row = 0; row < dialog.problemsList()->count(); ++row)
            messages << dialog.problemsList()->item(row)->text();
        QVERIFY2(messages.contains(u"verbose of machine is \"maybe\", which is neither true nor "
                                   "false"_s),
                 qPrintable(messages.join(u'\n')));
        QVERIFY2(messages.contains(u"secret of machine is required: give it a value"_s),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(verboseBox->property("invalid").toBool());
        QVERIFY(secretEdit->property("invalid").toBool());
        QVERIFY(!sizeBox->property("invalid").toBool());
        UiTesting::saveScreenshot(&dialog, u"launch-dialog-typed-errors"_s);

        // Typed hidden, shown with the eye.
        secretEdit->setFocus();
        QTest::keyClicks(secretEdit, u"s3cret"_s);
        QVERIFY(!secretEdit->displayText().contains(u"s3cret"_s));
        QCOMPARE(secretEdit->displayText().size(), 6);
        auto *eye = secretEdit->findChild<QToolButton *>();
        QVERIFY(eye);
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(secretEdit->displayText(), u"s3cret"_s);
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!secretEdit->property("invalid").toBool());

        // A click makes the bad boolean true; the keyboard picks the next size.
        QTest::mouseClick(verboseBox, Qt::LeftButton, {}, QPoint(8, verboseBox->height() / 2));
        QVERIFY(verboseBox->isChecked());
        QVERIFY(!verboseBox->property("invalid").toBool());
        sizeBox->setFocus();
        QTest::keyClick(sizeBox, Qt::Key_Down);
        QCOMPARE(sizeBox->currentText(), u"large"_s);
        QVERIFY2(dialog.launchButton()->isEnabled(),
                 qPrintable(dialog.problemsList()->count() > 0
                                ? dialog.problemsList()->item(0)->text()
                                : QString()));

        const LaunchOptions chosen = dialog.options();
        QCOMPARE(chosen.parameters.value(u"machine:size"_s), u"large"_s);
        QCOMPARE(chosen.parameters.value(u"machine:verbose"_s), u"true"_s);
        QCOMPARE(chosen.parameters.value(u"machine:secret"_s), u"s3cret"_s);
        // Untouched fields keep what the module says.
        QVERIFY(!chosen.parameters.contains(u"machine:debug"_s));
        QVERIFY(!chosen.parameters.contains(u"machine:title"_s));
        QTest::mouseClick(debugBox, Qt::LeftButton, {}, QPoint(8, debugBox->height() / 2));
        QCOMPARE(dialog.inputValue(machine, u"debug"_s), u"true"_s);
        QCOMPARE(dialog.options().parameters.value(u"machine:debug"_s), u"true"_s);
        UiTesting::saveScreenshot(&dialog, u"launch-dialog-typed"_s);
    }

    void enumerationWithoutDefaultCanStayUnset()
    {
        Module app;
        app.path = u"t/choice"_s;
        app.kind = ModuleKind::Image;
        app.image.native = true;
        app.image.imageIds = {{u"local"_s, u"localhost/slipway-debian:13"_s, {}}};
        Parameter zone = input(u"zone"_s);
        zone.type = ParameterType::Enum;
        zone.enumValues = {u"north"_s, u"south"_s};
        app.image.parameters = {zone};
        LaunchDialog dialog(app, lookupIn({app}), clouds());
        auto *box = qobject_cast<QComboBox *>(dialog.inputWidget(u"machine"_s, u"zone"_s));
        QVERIFY(box);
        QCOMPARE(box->count(), 3); // "(not set)", north, south
        QCOMPARE(dialog.inputValue(u"machine"_s, u"zone"_s), QString());
        QVERIFY(dialog.launchButton()->isEnabled());
        QVERIFY(dialog.options().parameters.isEmpty());
        box->setCurrentIndex(box->findData(u"south"_s));
        QCOMPARE(dialog.options().parameters.value(u"machine:zone"_s), u"south"_s);
    }

    void problemsModelHoldsTheScriptPlaces()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Problem validation{u"t/deployment"_s, u"deployment.nodes[a]"_s, u"bad"_s, Severity::Error};
        CheckProblem check;
        check.problem = {u"t/image"_s, u"image.recipes.report"_s, u"waits"_s, Severity::Warning};
        check.locations = {{u"t/image"_s, RecipeKind::Report, 7, 3}};
        model.setProblems({validation}, {check});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.problems().size(), 2);
        QVERIFY(model.locations(0).isEmpty());
        QCOMPARE(model.locations(1), check.locations);
        QCOMPARE(model.index(1, ProblemsModel::FieldColumn).data().toString(),
                 u"image.recipes.report, line 7"_s);
        QCOMPARE(model.index(1, 0).data(ProblemsModel::FieldRole).toString(),
                 u"image.recipes.report"_s);
        QCOMPARE(model.index(1, 0).data(ProblemsModel::ScriptModuleRole).toString(), u"t/image"_s);
        QCOMPARE(model.index(1, 0).data(ProblemsModel::ScriptLineRole).toInt(), 7);
        QCOMPARE(model.index(0, 0).data(ProblemsModel::ScriptLineRole).toInt(), 0);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"line 7"_s));
        // Same size, other places: rows keep, data changes; then fewer rows.
        check.locations.first().line = 9;
        model.setProblems({validation}, {check});
        QCOMPARE(model.index(1, 0).data(ProblemsModel::ScriptLineRole).toInt(), 9);
        model.setProblems({validation});
        QCOMPARE(model.rowCount(), 1);
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void problemsPanelOpensTheScriptAtTheLine()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        Catalog catalog(dir.filePath(u"catalog.db"_s));
        QVERIFY(catalog.open());
        QVERIFY(ExampleCatalog::installIfEmpty(catalog));
        MainWindow window(settings, &catalog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A deployment without problems of its recipes shows none.
        QVERIFY(window.openModule(u"examples/lamp/lamp-stack"_s));
        for (int row = 0; row < window.problemsModel()->rowCount(); ++row)
            QVERIFY(window.problemsModel()->locations(row).isEmpty());

        QVERIFY(window.openModule(u"examples/handshake/handshake"_s));
        ProblemsModel *model = window.problemsModel();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (!model->locations(r).isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex message = model->index(row, ProblemsModel::MessageColumn);
        QVERIFY(message.data().toString().startsWith(u"Deadlock"_s));
        const ScriptLocation first = model->locations(row).first();
        QCOMPARE(first.modulePath, u"examples/handshake/peer"_s);
        QCOMPARE(model->index(row, ProblemsModel::FieldColumn).data().toString(),
                 u"image.recipes.execute, line %1"_s.arg(first.line));
        window.problemsDock()->raise();
        UiTesting::saveScreenshot(&window, u"problems-deadlock"_s);

        QTableView *view = window.problemsView();
        view->scrollTo(message);
        const QRect rect = view->visualRect(message);

        // The context menu offers every place of the cycle once: the wait and the write.
        QStringList entries;
        QTimer::singleShot(100, &window, [&entries] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                entries << action->text();
            if (QAction *write = menu->actions().value(1))
                write->trigger();
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(rect.center());
        QCOMPARE(entries.size(), 2);
        QVERIFY2(entries.at(1).contains(u"execute, line %1"_s.arg(first.line + 1)),
                 qPrintable(entries.join(u" / "_s)));
        QTRY_VERIFY(window.currentEditor()
                    && window.currentEditor()->document()->path() == first.modulePath);
        {
            RecipeEditor *recipe = window.currentEditor()->ownRecipe(RecipeKind::Execute)->editor();
            int line = -1, column = -1;
            recipe->getCursorPosition(&line, &column);
            QVERIFY(recipe->text(line).contains(u"ss-set"_s));
        }

        // Back on the deployment, a double-click opens the first place: the wait.
        QVERIFY(window.openModule(u"examples/handshake/handshake"_s));
        QCOMPARE(model->locations(row).first(), first);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(window.currentEditor()
                    && window.currentEditor()->document()->path() == first.modulePath);
        RecipeEditor *recipe = window.currentEditor()->ownRecipe(RecipeKind::Execute)->editor();
        int line = -1, column = -1;
        recipe->getCursorPosition(&line, &column);
        QCOMPARE(line + 1, first.line);
        QCOMPARE(column + 1, first.column);
        QVERIFY(recipe->text(line).contains(u"ss-get"_s));
        UiTesting::saveScreenshot(&window, u"problems-deadlock-jump"_s);
    }
};

QTEST_MAIN(TestLaunchDialog)
#include "tst_launchdialog.moc"
