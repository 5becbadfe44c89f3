// The tables of the module editors: every model checked by QAbstractItemModelTester, every
// edit one undoable command through the document, inherited rows read-only, and the
// deployment's mappings offering the outputs of the other nodes.

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/document.h"
#include "ui/models/editortables.h"
#include "ui/moduleeditor.h"
#include "ui/tableeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestEditorTables : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    static Parameter param(const QString &name, ParameterCategory category, bool mandatory)
    {
        Parameter p;
        p.name = name;
        p.category = category;
        p.mandatory = mandatory;
        return p;
    }

    std::unique_ptr<Document> open(const QString &path)
    {
        auto latest = m_catalog->latest(path);
        if (!latest)
            return {};
        return std::make_unique<Document>(*m_catalog, *latest);
    }

private Q_SLOTS:
    void init()
    {
        m_catalog = std::make_unique<Catalog>(
            m_dir.filePath(u"c-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_catalog->open());
        Module db;
        db.path = u"apps/db"_s;
        db.kind = ModuleKind::Image;
        db.image.native = true;
        db.image.imageIds = {{u"local"_s, u"postgres:16"_s, {}}};
        db.image.packages = {{u"postgresql"_s, {}, {}}};
        db.image.parameters = {param(u"db_password"_s, ParameterCategory::Output, false)};
        QVERIFY(m_catalog->save(db, u"alice"_s, {}));
        Module web;
        web.path = u"apps/web"_s;
        web.kind = ModuleKind::Image;
        web.image.parent = u"apps/db"_s;
        web.image.parameters = {param(u"db_host"_s, ParameterCategory::Input, true)};
        QVERIFY(m_catalog->save(web, u"alice"_s, {}));
        Module lamp;
        lamp.path = u"apps/lamp"_s;
        lamp.kind = ModuleKind::Deployment;
        Node dbNode;
        dbNode.name = u"db"_s;
        dbNode.image = u"apps/db"_s;
        Node webNode;
        webNode.name = u"web"_s;
        webNode.image = u"apps/web"_s;
        webNode.multiplicity = 2;
        lamp.deployment.nodes = {dbNode, webNode};
        QVERIFY(m_catalog->save(lamp, u"alice"_s, {}));
    }

    void cleanup() { m_catalog.reset(); }

    void imageTables()
    {
        auto document = open(u"apps/web"_s);
        QVERIFY(document);
        QList<DocumentTableModel *> models{EditorTables::imageIds(document.get(), this),
                                           EditorTables::packages(document.get(), this),
                                           EditorTables::parameters(document.get(), this),
                                           EditorTables::resources(document.get(), this)};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (DocumentTableModel *m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        DocumentTableModel *packages = models.at(1);
        DocumentTableModel *parameters = models.at(2);

        // Inherited: the parent's package; the implicit outputs and the parent's output.
        QCOMPARE(packages->rowCount(), 1);
        QVERIFY(!packages->isOwnRow(0));
        QVERIFY(!packages->setData(packages->index(0, 0), u"x"_s, Qt::EditRole));
        QStringList names;
        for (int row = 0; row < parameters->rowCount(); ++row)
            names.append(parameters->index(row, 0).data().toString());
        QCOMPARE(names,
                 (QStringList{u"hostname"_s, u"instanceid"_s, u"db_password"_s, u"db_host"_s}));
        QVERIFY(parameters->isOwnRow(3));
        QCOMPARE(parameters->index(3, 5).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);

        // Edits are commands: a new package, its name, then undo both.
        QUndoStack *stack = document->undoStack();
        QVERIFY(packages->insertOwnRow());
        QCOMPARE(packages->rowCount(), 2);
        QVERIFY(packages->setData(packages->index(1, 0), u"nginx"_s, Qt::EditRole));
        QCOMPARE(document->module().image.packages.size(), 1);
        QCOMPARE(document->module().image.packages.first().name, u"nginx"_s);
        QCOMPARE(stack->count(), 2);
        // The type column offers the types; an unknown one is refused.
        QVERIFY(parameters->index(3, 3).data(ChoicesRole).toStringList().contains(u"enum"_s));
        QVERIFY(parameters->setData(parameters->index(3, 3), u"enum"_s, Qt::EditRole));
        QCOMPARE(document->module().image.parameters.first().type, ParameterType::Enum);
        QVERIFY(parameters->setData(parameters->index(3, 6), u"a, b ,c"_s, Qt::EditRole));
        QCOMPARE(document->module().image.parameters.first().enumValues,
                 (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(parameters->setData(parameters->index(3, 5), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!document->module().image.parameters.first().mandatory);
        stack->undo();
        QVERIFY(document->module().image.parameters.first().mandatory);
        stack->undo();
        stack->undo();
        QCOMPARE(document->module().image.parameters.first().type, ParameterType::String);
        stack->undo();
        stack->undo();
        QCOMPARE(packages->rowCount(), 1);
        QVERIFY(document->module().image.packages.isEmpty());
        stack->redo();
        QCOMPARE(packages->rowCount(), 2);
        QVERIFY(packages->removeOwnRows({1}));
        QCOMPARE(packages->rowCount(), 1);
        QVERIFY(!packages->removeOwnRows({0})); // inherited rows stay

        // A new parent changes what is inherited.
        Module noParent = document->module();
        noParent.image.parent.clear();
        document->setModule(noParent, Document::Part::Summary);
        QCOMPARE(packages->rowCount(), 0);
    }

    void deploymentTables()
    {
        auto document = open(u"apps/lamp"_s);
        QVERIFY(document);
        Settings settings(m_dir.filePath(u"s.conf"_s));
        ModuleEditor editor(document.get(), settings);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        TableEditor *nodes = editor.table(u"Nodes"_s);
        TableEditor *mappings = editor.table(u"Mappings"_s);
        QVERIFY(nodes && mappings);
        QAbstractItemModelTester nodesTester(nodes->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester
            mappingsTester(mappings->model(),
                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(nodes->model()->rowCount(), 2);
        QCOMPARE(nodes->model()->index(1, 2).data().toString(), u"latest"_s);
        QCOMPARE(nodes->model()->index(1, 3).data().toInt(), 2);
        // The image column offers the catalog's images; the version column its versions.
        QCOMPARE(nodes->model()->index(1, 1).data(ChoicesRole).toStringList(),
                 (QStringList{u"apps/db"_s, u"apps/web"_s}));
        QCOMPARE(nodes->model()->index(1, 2).data(ChoicesRole).toStringList(),
                 (QStringList{u"latest"_s, u"1"_s}));
        QVERIFY(nodes->model()->setData(nodes->model()->index(1, 2), u"1"_s, Qt::EditRole));
        QCOMPARE(document->module().deployment.nodes.at(1).imageVersion, std::optional<int>(1));

        // The mandatory db_host of web is a problem until it is mapped.
        auto unmapped = [&] {
            for (const Problem &p : document->problems())
                if (p.field == u"deployment.nodes[web].mappings[db_host]"_s)
                    return true;
            return false;
        };
        QVERIFY(unmapped());
        QVERIFY(!mappings->isEnabled());
        QVERIFY(editor.focusField(u"deployment.nodes[web].mappings[db_host]"_s));
        QCOMPARE(nodes->view()->currentIndex().row(), 1);
        QVERIFY(mappings->isEnabled());
        QTest::mouseClick(mappings->addButton(), Qt::LeftButton);
        QCOMPARE(mappings->model()->rowCount(), 1);
        const QModelIndex input = mappings->model()->index(0, 0);
        QCOMPARE(input.data(ChoicesRole).toStringList(), (QStringList{u"db_host"_s}));
        QVERIFY(mappings->model()->setData(input, u"db_host"_s, Qt::EditRole));
        // The value completes to the other nodes' outputs.
        const QModelIndex value = mappings->model()->index(0, 1);
        const QStringList choices = value.data(ChoicesRole).toStringList();
        QVERIFY2(choices.contains(u"db:hostname"_s), qPrintable(choices.join(u' ')));
        QVERIFY(choices.contains(u"db:db_password"_s));
        QVERIFY(!choices.contains(u"web:hostname"_s));
        // Typed into the editor the delegate makes, as a user would.
        mappings->view()->setCurrentIndex(value);
        mappings->view()->edit(value);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), u"db:hostname"_s);
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(document->module().deployment.nodes.at(1).mappings.value(0).value,
                     u"db:hostname"_s);
        QVERIFY(!unmapped());
        document->undoStack()->undo();
        QVERIFY(document->module().deployment.nodes.at(1).mappings.value(0).value.isEmpty());
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(mappings->model()->rowCount(), 0);

        // The node's health checks: their defaults, then edited, the policy typed into the
        // editor the delegate makes.
        QCOMPARE(nodes->model()->headerData(6, Qt::Horizontal).toString(), u"Check every (s)"_s);
        QCOMPARE(nodes->model()->index(1, 6).data().toInt(), 30);
        QCOMPARE(nodes->model()->index(1, 7).data().toInt(), 3);
        QCOMPARE(nodes->model()->index(1, 8).data().toString(), u"report"_s);
        QCOMPARE(nodes->model()->index(1, 8).data(ChoicesRole).toStringList(),
                 (QStringList{u"report"_s, u"restart"_s, u"replace"_s}));
        QVERIFY(nodes->model()->setData(nodes->model()->index(1, 6), 10, Qt::EditRole));
        QCOMPARE(document->module().deployment.nodes.at(1).health.intervalSeconds, 10);
        const QModelIndex policy = nodes->model()->index(1, 8);
        nodes->view()->setCurrentIndex(policy);
        nodes->view()->edit(policy);
        auto *policyBox = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(policyBox);
        QVERIFY(policyBox->isEditable());
        policyBox->lineEdit()->selectAll();
        QTest::keyClicks(policyBox->lineEdit(), u"replace"_s);
        QTest::keyClick(policyBox->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(document->module().deployment.nodes.at(1).health.policy, HealthPolicy::Replace);
        QCOMPARE(document->module().deployment.nodes.at(1).health,
                 (NodeHealth{10, 3, HealthPolicy::Replace}));
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->module().deployment.nodes.at(1).health, NodeHealth{});
    }
};

QTEST_MAIN(TestEditorTables)
#include "tst_editortables.moc"
