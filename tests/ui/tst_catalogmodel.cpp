// The catalog tree: lazy branches, implied folders, filtering, deleted modules, drag data.

#include "core/catalog/catalog.h"
#include "ui/models/catalogmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    void add(const QString &path, ModuleKind kind)
    {
        Module m;
        m.path = path;
        m.kind = kind;
        QVERIFY(m_catalog->save(m, u"alice"_s, u"created"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_catalog = std::make_unique<Catalog>(
            m_dir.filePath(u"c-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_catalog->open());
        add(u"examples"_s, ModuleKind::Project);
        add(u"examples/images/debian"_s, ModuleKind::Image); // "images" is only implied
        add(u"examples/images/debian-web"_s, ModuleKind::Image);
        add(u"examples/lamp"_s, ModuleKind::Deployment);
        add(u"team"_s, ModuleKind::Project);
        add(u"team-b/tools"_s, ModuleKind::Image);
    }

    void cleanup() { m_catalog.reset(); }

    void lazyTree()
    {
        CatalogModel model(m_catalog.get());
        // The top level is read at once; deeper branches when they are opened.
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"examples"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"team"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"team-b"_s);
        QVERIFY(model.hasChildren(model.index(0, 0)));
        QVERIFY(!model.hasChildren(model.index(1, 0)));
        QVERIFY(model.index(0, 0).data(CatalogModel::IsModuleRole).toBool());
        QVERIFY(!model.index(2, 0).data(CatalogModel::IsModuleRole).toBool()); // implied
        // The examples branch is read when it is first opened.
        const QModelIndex examples = model.index(0, 0);
        QCOMPARE(model.rowCount(examples), 0);
        QVERIFY(model.canFetchMore(examples));
        model.fetchMore(examples);
        QCOMPARE(model.rowCount(examples), 2);
        QCOMPARE(model.index(0, 0, examples).data().toString(), u"images"_s);
        QCOMPARE(model.index(1, 0, examples).data().toString(), u"lamp"_s);
        QCOMPARE(model.index(1, 0, examples).data(CatalogModel::KindRole).toInt(),
                 int(ModuleKind::Deployment));

        const QModelIndex web = model.indexOf(u"examples/images/debian-web"_s);
        QVERIFY(web.isValid());
        QCOMPARE(model.pathOf(web), u"examples/images/debian-web"_s);
        QCOMPARE(model.pathOf(web.parent()), u"examples/images"_s);
        QVERIFY(!model.indexOf(u"examples/nothing"_s).isValid());

        // The same tree, walked and checked by the tester.
        // (The tester runs its checks before it clears its "reset in flight" state, and its
        // checks fetch branches; so each tester here watches the model between resets.)
        CatalogModel tested(m_catalog.get());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tested.indexOf(u"examples/images/debian"_s).isValid());
        tester.reset();
        tested.fetchAll();
        tester = std::make_unique<QAbstractItemModelTester>(
            &tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tested.rowCount(tested.indexOf(u"examples/images"_s)), 2);
    }

    void dragCarriesModulePaths()
    {
        CatalogModel model(m_catalog.get());
        const QModelIndex debian = model.indexOf(u"examples/images/debian"_s);
        const QModelIndex lamp = model.indexOf(u"examples/lamp"_s);
        QVERIFY(model.flags(debian) & Qt::ItemIsDragEnabled);
        QVERIFY(model.mimeTypes().contains(u"application/x-slipway-module-path"_s));
        std::unique_ptr<QMimeData> mime(model.mimeData({debian, lamp}));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(u"application/x-slipway-module-path"_s)),
                 u"examples/images/debian\nexamples/lamp"_s);
        // An implied folder is no module: nothing to drag.
        QVERIFY(!(model.flags(model.indexOf(u"examples/images"_s)) & Qt::ItemIsDragEnabled));
    }

    // With a second catalog beside the local one (a file here: the model treats every added
    // catalog alike), a drop within a catalog asks for a move, a drop into the other one
    // names both catalogs; drag data from an unknown catalog is refused.
    void dropsKnowTheirCatalog()
    {
        Catalog other(m_dir.filePath(u"other.db"_s));
        QVERIFY(other.open());
        Module shared;
        shared.path = u"shared"_s;
        QVERIFY(other.save(shared, u"bob"_s, {}));
        CatalogModel model(m_catalog.get());
        model.addCatalog(&other, u"team"_s);
        QSignalSpy moves(&model, &CatalogModel::moveRequested);
        QSignalSpy crossings(&model, &CatalogModel::crossCatalogDropRequested);

        const QModelIndex lamp = model.indexOf(u"examples/lamp"_s, m_catalog.get());
        std::unique_ptr<QMimeData> mime(model.mimeData({lamp}));
        QVERIFY(mime);
        QCOMPARE(model.sourceCatalog(mime.get()), m_catalog.get());
        const QModelIndex team = model.indexOf(u"team"_s, m_catalog.get());
        const QModelIndex otherShared = model.indexOf(u"shared"_s, &other);
        QVERIFY(team.isValid() && otherShared.isValid());
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, team));
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, team));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.at(0).at(0).toStringList(), QStringList{u"examples/lamp"_s});
        QCOMPARE(moves.at(0).at(1).toString(), u"team"_s);
        QCOMPARE(moves.at(0).at(2).value<Catalog *>(), m_catalog.get());

        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, otherShared));
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, otherShared));
        QCOMPARE(crossings.count(), 1);
        QCOMPARE(crossings.at(0).at(0).toStringList(), QStringList{u"examples/lamp"_s});
        QCOMPARE(crossings.at(0).at(1).value<Catalog *>(), m_catalog.get());
        QCOMPARE(crossings.at(0).at(2).value<Catalog *>(), &other);
        QCOMPARE(moves.count(), 1);

        std::unique_ptr<QMimeData> theirs(model.mimeData({otherShared}));
        QVERIFY(theirs);
        QCOMPARE(model.sourceCatalog(theirs.get()), &other);
        // The modules of the first dragged row's catalog only.
        std::unique_ptr<QMimeData> mixed(model.mimeData({otherShared, lamp}));
        QCOMPARE(QString::fromUtf8(mixed->data(CatalogModel::mimeType)), u"shared"_s);
        // A catalog the model does not show: no drop.
        QMimeData stranger;
        stranger.setData(CatalogModel::mimeType, "examples/lamp");
        stranger.setData(CatalogModel::catalogMimeType, "12345");
        QCOMPARE(model.sourceCatalog(&stranger), nullptr);
        QVERIFY(!model.canDropMimeData(&stranger, Qt::MoveAction, -1, -1, team));
    }

    void filterFindsDeepModules()
    {
        CatalogModel model(m_catalog.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchAll();
        proxy.setFilterFixedString(u"WEB"_s);
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex examples = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(examples), 1);
        const QModelIndex images = proxy.index(0, 0, examples);
        QCOMPARE(proxy.rowCount(images), 1);
        QCOMPARE(proxy.index(0, 0, images).data().toString(), u"debian-web"_s);
    }

    void deletedModulesShownOnRequest()
    {
        QVERIFY(m_catalog->remove(u"examples/lamp"_s, u"alice"_s));
        CatalogModel model(m_catalog.get());
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.indexOf(u"examples/lamp"_s).isValid());
        tester.reset();
        model.setShowDeleted(true);
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex lamp = model.indexOf(u"examples/lamp"_s);
        QVERIFY(lamp.isValid());
        QVERIFY(lamp.data(CatalogModel::DeletedRole).toBool());
        QVERIFY(lamp.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!(model.flags(lamp) & Qt::ItemIsDragEnabled));
        QVERIFY(m_catalog->restore(u"examples/lamp"_s, u"alice"_s));
        tester.reset();
        model.setShowDeleted(false);
        QVERIFY(model.indexOf(u"examples/lamp"_s).isValid());
        QVERIFY(!model.indexOf(u"examples/lamp"_s).data(CatalogModel::DeletedRole).toBool());
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
