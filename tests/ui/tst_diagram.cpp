// The deployment diagram, driven like a user drives it: images dropped from the catalog tree,
// outputs mapped to inputs by dragging between ports, nodes renamed, multiplied, moved and
// deleted in place; every edit one undo step. Then automatic layout, PNG and SVG export, the
// read-only run overlay, and screenshots (light and dark) under $SLIPWAY_SCREENSHOT_DIR.

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/uitesting.h"
#include "ui/diagram/deploymentdiagram.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramoverview.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/edgeitem.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/portitem.h"
#include "ui/document.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"

#include <QDragEnterEvent>
#include <QGraphicsProxyWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestDiagram : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<CatalogModel> m_model;

    static Parameter param(const QString &name, ParameterCategory category, bool mandatory = false)
    {
        Parameter p;
        p.name = name;
        p.category = category;
        p.mandatory = mandatory;
        return p;
    }

    void saveImage(const QString &path, const QList<Parameter> &parameters)
    {
        Module image;
        image.path = path;
        image.kind = ModuleKind::Image;
        image.image.native = true;
        image.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
        image.image.parameters = parameters;
        QVERIFY(m_catalog->save(image, u"alice"_s, u"Created"_s));
    }

    void saveDeployment(const QString &path, const QList<Node> &nodes)
    {
        Module deployment;
        deployment.path = path;
        deployment.kind = ModuleKind::Deployment;
        deployment.deployment.nodes = nodes;
        QVERIFY(m_catalog->save(deployment, u"alice"_s, u"Created"_s));
    }

    std::unique_ptr<Document> open(const QString &path)
    {
        auto latest = m_catalog->latest(path);
        if (!latest)
            return {};
        return std::make_unique<Document>(*m_catalog, *latest);
    }

    // Drops the catalog tree's drag data for path on the view, as a drag from the tree would.
    bool drop(DiagramView *view, const QString &path, QPoint at)
    {
        const QModelIndex index = m_model->indexOf(path);
        std::unique_ptr<QMimeData> mime(m_model->mimeData({index}));
        if (!mime)
            return false;
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &dropped);
        return dropped.isAccepted();
    }

    static QPoint onView(DiagramView *view, QPointF scenePos)
    {
        return view->mapFromScene(scenePos);
    }

    // Press on one port, move in steps, release on the other: the user's drag.
    static void dragBetween(DiagramView *view, QPointF from, QPointF to)
    {
        QWidget *viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, onView(view, from));
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, onView(view, from + (to - from) * i / 4.0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(view, to));
    }

    static ImpliedEdge implied(const QString &from, const QString &to, const QString &key)
    {
        ImpliedEdge edge;
        edge.fromNode = from;
        edge.toNode = to;
        edge.key = key;
        return edge;
    }

    // What a double click sends: press, release, double-click, release (QTest::mouseDClick
    // sends the double-click alone).
    static void doubleClick(DiagramView *view, QPoint at)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    }

    static const Node *nodeNamed(const Document *document, const QString &name)
    {
        for (const Node &n : document->module().deployment.nodes)
            if (n.name == name)
                return &n;
        return nullptr;
    }

    static QString mappingOf(const Document *document, const QString &node, const QString &input)
    {
        const Node *n = nodeNamed(document, node);
        if (!n)
            return u"<no node>"_s;
        for (const ParameterMapping &m : n->mappings)
            if (m.input == input)
                return m.value;
        return {};
    }

    static QStringList nodeNames(const Document *document)
    {
        QStringList names;
        for (const Node &n : document->module().deployment.nodes)
            names.append(n.name);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(u"Fusion"_s);
    }

    void init()
    {
        m_catalog = std::make_unique<Catalog>(
            m_dir.filePath(u"c-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_catalog->open());
        Parameter password = param(u"password"_s, ParameterCategory::Input);
        password.type = ParameterType::Password;
        saveImage(u"apps/db"_s, {password, param(u"port"_s, ParameterCategory::Output)});
        saveImage(u"apps/web"_s,
                  {param(u"db_host"_s, ParameterCategory::Input, true),
                   param(u"db_port"_s, ParameterCategory::Input),
                   param(u"url"_s, ParameterCategory::Output)});
        saveDeployment(u"apps/shop"_s, {});
        m_model = std::make_unique<CatalogModel>(m_catalog.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_catalog.reset();
    }

    void buildByMouse()
    {
        auto document = open(u"apps/shop"_s);
        QVERIFY(document);
        Settings settings(m_dir.filePath(u"s.conf"_s));
        ModuleEditor editor(document.get(), settings);
        editor.resize(1100, 750);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // A deployment opens on its diagram.
        QVERIFY(editor.diagram());
        QCOMPARE(editor.tabs()->currentWidget(), editor.diagram());
        DiagramView *view = editor.diagram()->view();
        DeploymentScene *scene = editor.diagram()->scene();
        QUndoStack *stack = document->undoStack();

        // Drop db, then web twice: unique names from the image's name.
        QVERIFY(drop(view, u"apps/db"_s, QPoint(200, 150)));
        // The node lands where it was dropped.
        NodeItem *db = scene->nodeItem(u"db"_s);
        QVERIFY(db);
        QVERIFY(db->sceneBoundingRect().contains(view->mapToScene(QPoint(200, 150))));
        QVERIFY(drop(view, u"apps/web"_s, QPoint(650, 150)));
        QVERIFY(drop(view, u"apps/web"_s, QPoint(650, 450)));
        QCOMPARE(nodeNames(document.get()), (QStringList{u"db"_s, u"web"_s, u"web-2"_s}));
        QCOMPARE(nodeNamed(document.get(), u"web"_s)->image, u"apps/web"_s);
        QCOMPARE(stack->count(), 3);
        // A project is not an image: not droppable.
        Module folder;
        folder.path = u"apps/folder"_s;
        QVERIFY(m_catalog->save(folder, u"alice"_s, u"Created"_s));
        m_model->reload();
        QVERIFY(!drop(view, u"apps/folder"_s, QPoint(400, 400)));
        QCOMPARE(stack->count(), 3);

        stack->undo();
        QCOMPARE(nodeNames(document.get()), (QStringList{u"db"_s, u"web"_s}));
        QVERIFY(!scene->nodeItem(u"web-2"_s));
        stack->redo();
        QVERIFY(scene->nodeItem(u"web-2"_s));

        // Ports: the image's parameters by category, the implicit outputs included.
        QVERIFY(scene->port(u"db"_s, u"hostname"_s, true));
        QVERIFY(scene->port(u"db"_s, u"port"_s, true));
        QVERIFY(scene->port(u"db"_s, u"password"_s, false));
        QVERIFY(!scene->port(u"db"_s, u"port"_s, false));
        QVERIFY(scene->port(u"web"_s, u"db_host"_s, false));

        // While a connection is dragged, the ports it may end on are marked.
        {
            const QPoint start = onView(view, scene->port(u"db"_s, u"hostname"_s, true)->anchor());
            QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
            QTest::mouseMove(view->viewport(), start + QPoint(40, 40));
            QVERIFY(scene->port(u"web"_s, u"db_host"_s, false)->isCandidate());
            QVERIFY(!scene->port(u"web"_s, u"url"_s, true)->isCandidate());
            QVERIFY(!scene->port(u"db"_s, u"password"_s, false)->isCandidate()); // its own
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(40, 40));
            QVERIFY(!scene->port(u"web"_s, u"db_host"_s, false)->isCandidate());
            QCOMPARE(stack->count(), 3);
        }
        // Drag from db's hostname output to web's db_host input: a mapping and an edge.
        dragBetween(view,
                    scene->port(u"db"_s, u"hostname"_s, true)->anchor(),
                    scene->port(u"web"_s, u"db_host"_s, false)->anchor());
        QCOMPARE(mappingOf(document.get(), u"web"_s, u"db_host"_s), u"db:hostname"_s);
        QCOMPARE(scene->mappingEdges().size(), 1);
        QCOMPARE(stack->count(), 4);
        // And the other way round, from an input to an output.
        dragBetween(view,
                    scene->port(u"web-2"_s, u"db_port"_s, false)->anchor(),
                    scene->port(u"db"_s, u"port"_s, true)->anchor());
        QCOMPARE(mappingOf(document.get(), u"web-2"_s, u"db_port"_s), u"db:port"_s);
        QCOMPARE(scene->mappingEdges().size(), 2);
        // A drag that ends on nothing maps nothing.
        dragBetween(view,
                    scene->port(u"db"_s, u"port"_s, true)->anchor(),
                    scene->port(u"db"_s, u"port"_s, true)->anchor() + QPointF(60, -200));
        QCOMPARE(stack->count(), 5);
        stack->undo();
        QCOMPARE(mappingOf(document.get(), u"web-2"_s, u"db_port"_s), QString());
        QCOMPARE(scene->mappingEdges().size(), 1);
        stack->redo();
        QCOMPARE(scene->mappingEdges().size(), 2);
        // The edge runs from the output port to the input port.
        EdgeItem *edge = scene->mappingEdges().first();
        QCOMPARE(edge->path().pointAtPercent(0),
                 scene->port(edge->fromNode()->name(), edge->output(), true)->anchor());
        QCOMPARE(edge->path().pointAtPercent(1),
                 scene->port(edge->toNode()->name(), edge->input(), false)->anchor());

        // Rename in place: double-click the name, type, Enter. Mappings follow the new name.
        db = scene->nodeItem(u"db"_s);
        doubleClick(view, onView(view, db->mapToScene(db->nameRect().center())));
        auto *nameEdit = qobject_cast<QLineEdit *>(scene->inPlaceEditor());
        QVERIFY(nameEdit);
        QCOMPARE(nameEdit->text(), u"db"_s);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, u"database"_s);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_VERIFY(!scene->inPlaceEditor());
        QCOMPARE(nodeNames(document.get()), (QStringList{u"database"_s, u"web"_s, u"web-2"_s}));
        QCOMPARE(mappingOf(document.get(), u"web"_s, u"db_host"_s), u"database:hostname"_s);
        QCOMPARE(scene->mappingEdges().size(), 2);
        QCOMPARE(stack->count(), 6);
        // An invalid or taken name is refused.
        QVERIFY(!scene->renameNode(u"database"_s, u"web"_s));
        QVERIFY(!scene->renameNode(u"database"_s, u"has space"_s));
        // Escape leaves the name as it was.
        NodeItem *web = scene->nodeItem(u"web"_s);
        doubleClick(view, onView(view, web->mapToScene(web->nameRect().center())));
        nameEdit = qobject_cast<QLineEdit *>(scene->inPlaceEditor());
        QVERIFY(nameEdit);
        QTest::keyClicks(nameEdit, u"zzz"_s);
        QTest::keyClick(nameEdit, Qt::Key_Escape);
        QTRY_VERIFY(!scene->inPlaceEditor());
        QCOMPARE(stack->count(), 6);
        stack->undo();
        QCOMPARE(mappingOf(document.get(), u"web"_s, u"db_host"_s), u"db:hostname"_s);
        QVERIFY(scene->nodeItem(u"db"_s) && !scene->nodeItem(u"database"_s));
        stack->redo();

        // Multiplicity in place: double-click the badge, a spin box; the node is stacked.
        web = scene->nodeItem(u"web"_s);
        const QRectF single = web->boundingRect();
        doubleClick(view, onView(view, web->mapToScene(web->multiplicityRect().center())));
        auto *spin = qobject_cast<QSpinBox *>(scene->inPlaceEditor());
        QVERIFY(spin);
        QCOMPARE(spin->value(), 1);
        spin->selectAll();
        QTest::keyClicks(spin, u"3"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!scene->inPlaceEditor());
        QCOMPARE(nodeNamed(document.get(), u"web"_s)->multiplicity, 3);
        QVERIFY(scene->nodeItem(u"web"_s)->boundingRect().height() > single.height());
        QCOMPARE(stack->count(), 7);
        stack->undo();
        QCOMPARE(nodeNamed(document.get(), u"web"_s)->multiplicity, 1);
        QCOMPARE(scene->nodeItem(u"web"_s)->boundingRect(), single);
        stack->redo();

        // Moving a node by its header: one undo step, edges follow.
        web = scene->nodeItem(u"web"_s);
        const QPointF before = web->pos();
        const QPointF grip = web->mapToScene(QPointF(NodeItem::width / 2, 50));
        dragBetween(view, grip, grip + QPointF(80, 120));
        QCOMPARE(nodeNamed(document.get(), u"web"_s)->position, before + QPointF(80, 120));
        QCOMPARE(stack->count(), 8);
        edge = nullptr;
        for (EdgeItem *e : scene->mappingEdges())
            if (e->toNode()->name() == u"web")
                edge = e;
        QVERIFY(edge);
        QCOMPARE(edge->path().pointAtPercent(1),
                 scene->port(u"web"_s, u"db_host"_s, false)->anchor());
        stack->undo();
        QCOMPARE(scene->nodeItem(u"web"_s)->pos(), before);
        stack->redo();

        // Delete a mapping edge: click it, Delete.
        edge = nullptr;
        for (EdgeItem *e : scene->mappingEdges())
            if (e->toNode()->name() == u"web-2")
                edge = e;
        QVERIFY(edge);
        scene->clearSelection();
        QTest::mouseClick(view->viewport(),
                          Qt::LeftButton,
                          {},
                          onView(view, edge->path().pointAtPercent(0.5)));
        QVERIFY(edge->isSelected());
        QTest::keyClick(view->viewport(), Qt::Key_Delete);
        QCOMPARE(mappingOf(document.get(), u"web-2"_s, u"db_port"_s), QString());
        QCOMPARE(scene->mappingEdges().size(), 1);
        QCOMPARE(stack->count(), 9);

        // Delete a node: click it, Delete; the mappings from it go with it.
        selectByClick(view, scene, u"database"_s);
        QTest::keyClick(view->viewport(), Qt::Key_Delete);
        QCOMPARE(nodeNames(document.get()), (QStringList{u"web"_s, u"web-2"_s}));
        QCOMPARE(mappingOf(document.get(), u"web"_s, u"db_host"_s), QString());
        QCOMPARE(scene->mappingEdges().size(), 0);
        stack->undo();
        QCOMPARE(nodeNames(document.get()), (QStringList{u"database"_s, u"web"_s, u"web-2"_s}));
        QCOMPARE(scene->mappingEdges().size(), 1);

        // A problem of a node (from the Problems panel) shows the node in the diagram.
        editor.tabs()->setCurrentIndex(0);
        scene->clearSelection();
        QVERIFY(editor.focusField(u"deployment.nodes[web-2].multiplicity"_s));
        QCOMPARE(editor.tabs()->currentWidget(), editor.diagram());
        QCOMPARE(scene->selectedNodeNames(), QStringList{u"web-2"_s});
        // A mapping still opens the mappings table.
        QVERIFY(editor.focusField(u"deployment.nodes[web].mappings[db_host]"_s));
        QVERIFY(editor.tabs()->currentWidget() != editor.diagram());
        editor.tabs()->setCurrentWidget(editor.diagram());

        // Every step undoes back to the empty deployment, and redoes to the same result.
        const Module built = document->module();
        const int builtIndex = stack->index();
        while (stack->canUndo())
            stack->undo();
        QVERIFY(document->module().deployment.nodes.isEmpty());
        QVERIFY(scene->nodeItems().isEmpty());
        while (stack->index() < builtIndex)
            stack->redo();
        QCOMPARE(document->module(), built);
        QCOMPARE(scene->nodeItems().size(), 3);
        QCOMPARE(scene->mappingEdges().size(), 1);
        QVERIFY(!document->module().deployment.nodes.isEmpty());
    }

    void automaticLayout()
    {
        // Six nodes in a chain and a fan, all at the origin as an import leaves them.
        QList<Node> nodes;
        const QStringList names{u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s, u"n5"_s, u"n6"_s};
        for (const QString &name : names) {
            Node n;
            n.name = name;
            n.image = name == u"n1" ? u"apps/db"_s : u"apps/web"_s;
            nodes.append(n);
        }
        nodes[1].mappings = {{u"db_host"_s, u"n1:hostname"_s, false}};
        nodes[2].mappings = {{u"db_host"_s, u"n2:url"_s, false}};
        nodes[3].mappings = {{u"db_host"_s, u"n2:url"_s, false}};
        nodes[4].mappings = {{u"db_host"_s, u"n3:url"_s, false}};
        nodes[5].mappings = {{u"db_host"_s, u"n1:hostname"_s, false},
                             {u"db_port"_s, u"8080"_s, true}};
        nodes[5].multiplicity = 4;
        saveDeployment(u"apps/chain"_s, nodes);
        auto document = open(u"apps/chain"_s);
        DeploymentDiagram diagram(document.get());
        DeploymentScene *scene = diagram.scene();
        // Shown laid out already (nothing is stored until an edit).
        auto overlapping = [scene]() -> QString {
            const QList<NodeItem *> items = scene->nodeItems();
            for (int i = 0; i < items.size(); ++i)
                for (int j = i + 1; j < items.size(); ++j)
                    if (items[i]->sceneBoundingRect().intersects(items[j]->sceneBoundingRect()))
                        return items[i]->name() + u" overlaps "_s + items[j]->name();
            return QString();
        };
        QCOMPARE(overlapping(), QString());
        QVERIFY(!document->isModified());

        auto laidOut = scene->layoutAutomatically();
        QVERIFY2(laidOut, qPrintable(laidOut.errorMessage()));
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(overlapping(), QString());
        // Left to right: every producer left of its readers.
        auto x = [&](const QString &name) {
            return nodeNamed(document.get(), name)->position.x();
        };
        QVERIFY(x(u"n1"_s) < x(u"n2"_s));
        QVERIFY(x(u"n2"_s) < x(u"n3"_s));
        QVERIFY(x(u"n2"_s) < x(u"n4"_s));
        QVERIFY(x(u"n3"_s) < x(u"n5"_s));
        QVERIFY(x(u"n1"_s) < x(u"n6"_s));
        // The items show the stored positions.
        for (const Node &n : document->module().deployment.nodes)
            QCOMPARE(scene->nodeItem(n.name)->pos(), n.position);
        // The literal mapping shows on its port.
        QCOMPARE(scene->port(u"n6"_s, u"db_port"_s, false)->annotation(), u"8080"_s);
        document->undoStack()->undo();
        QCOMPARE(nodeNamed(document.get(), u"n3"_s)->position, QPointF());
    }

    void exportPngAndSvg()
    {
        QList<Node> nodes(2);
        nodes[0].name = u"db"_s;
        nodes[0].image = u"apps/db"_s;
        nodes[1].name = u"web"_s;
        nodes[1].image = u"apps/web"_s;
        nodes[1].position = QPointF(400, 40);
        nodes[1].multiplicity = 2;
        nodes[1].mappings = {{u"db_host"_s, u"db:hostname"_s, false}};
        saveDeployment(u"apps/pair"_s, nodes);
        auto document = open(u"apps/pair"_s);
        DeploymentDiagram diagram(document.get());
        const QRectF contents = diagram.scene()->contentsRect();

        const QString png = m_dir.filePath(u"pair.png"_s);
        auto written = diagram.exportPng(png, 2);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (contents.size() * 2).toSize());
        QVERIFY2(UiTesting::colourCount(image) > 6, "the picture is blank");

        const QString svg = m_dir.filePath(u"pair.svg"_s);
        written = diagram.exportSvg(svg);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF().size(), contents.size());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        bool root = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (!root)
                    QCOMPARE(xml.name(), u"svg"_s);
                root = true;
                if (xml.name() == u"text")
                    texts.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(texts.contains(u"web"_s) && texts.contains(u"db_host"_s),
                 qPrintable(texts.join(u'|')));

        // Errors a user reads.
        written = diagram.exportSvg(m_dir.filePath(u"missing/dir/x.svg"_s));
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(u"x.svg"_s));
    }

    void runOverlayReadOnly()
    {
        QList<Node> nodes(2);
        nodes[0].name = u"db"_s;
        nodes[0].image = u"apps/db"_s;
        nodes[1].name = u"web"_s;
        nodes[1].image = u"apps/web"_s;
        nodes[1].position = QPointF(400, 0);
        nodes[1].multiplicity = 3;
        nodes[1].mappings = {{u"db_host"_s, u"db:hostname"_s, false}};
        saveDeployment(u"apps/live"_s, nodes);
        auto document = open(u"apps/live"_s);
        DeploymentDiagram diagram(document.get());
        diagram.resize(900, 600);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        DeploymentScene *scene = diagram.scene();
        DiagramView *view = diagram.view();
        scene->setReadOnly(true);

        // Nothing edits: drops, port drags, Delete, double-click on the name.
        QVERIFY(!drop(view, u"apps/db"_s, QPoint(300, 400)));
        dragBetween(view,
                    scene->port(u"db"_s, u"port"_s, true)->anchor(),
                    scene->port(u"web"_s, u"db_port"_s, false)->anchor());
        NodeItem *web = scene->nodeItem(u"web"_s);
        QSignalSpy activated(scene, &DeploymentScene::nodeActivated);
        doubleClick(view, onView(view, web->mapToScene(web->nameRect().center())));
        QVERIFY(!scene->inPlaceEditor());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"web"_s);
        scene->selectNodes({u"web"_s});
        QTest::keyClick(view->viewport(), Qt::Key_Delete);
        QCOMPARE(document->undoStack()->count(), 0);

        // The live run: a cell per instance in its state's colour, statecustom, values.
        const qreal plain = web->boundingRect().height();
        scene->setInstanceStates(u"web"_s, {u"ready"_s, u"executing"_s, u"failed"_s});
        scene->setStateCustom(u"web"_s, 2, u"installing nginx"_s);
        scene->setPortValue(u"db"_s, u"hostname"_s, u"10.88.0.4"_s);
        scene->setPortValue(u"web"_s, u"url"_s, u"http://10.88.0.5/"_s);
        QVERIFY(web->boundingRect().height() > plain);
        QCOMPARE(scene->port(u"db"_s, u"hostname"_s, true)->annotation(), u"10.88.0.4"_s);
        // The edge follows its port down.
        QCOMPARE(scene->mappingEdges().first()->path().pointAtPercent(1),
                 scene->port(u"web"_s, u"db_host"_s, false)->anchor());
        view->setZoom(1);
        view->centerOn(web);
        QApplication::processEvents();
        const QImage shot = view->grab().toImage();
        auto shows = [&shot](QColor colour) {
            for (int y = 0; y < shot.height(); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    if (shot.pixelColor(x, y) == colour)
                        return true;
            return false;
        };
        QVERIFY(shows(QColor(0x3a, 0xa6, 0x55))); // ready
        QVERIFY(shows(QColor(0xd6, 0x45, 0x45))); // failed
        QVERIFY(UiTesting::saveScreenshot(&diagram, u"diagram-run"_s));

        // Edits come back when the run view lets go.
        scene->clearRunOverlay();
        QCOMPARE(web->boundingRect().height(), plain);
        scene->setReadOnly(false);
        QVERIFY(drop(view, u"apps/db"_s, QPoint(300, 450)));
        QCOMPARE(document->undoStack()->count(), 1);
    }

    void impliedEdges()
    {
        QList<Node> nodes(2);
        nodes[0].name = u"db"_s;
        nodes[0].image = u"apps/db"_s;
        nodes[1].name = u"web"_s;
        nodes[1].image = u"apps/web"_s;
        nodes[1].position = QPointF(400, 0);
        saveDeployment(u"apps/implied"_s, nodes);
        auto document = open(u"apps/implied"_s);
        // The scene alone: the editor's checks would replace these edges with the recipes'.
        DeploymentScene sceneOnly(document.get());
        DeploymentScene *scene = &sceneOnly;
        scene->setImpliedEdges(
            {implied(u"db"_s, u"web"_s, u"port"_s), implied(u"gone"_s, u"web"_s, u"x"_s)});
        QCOMPARE(scene->impliedEdgeItems().size(), 1); // the one whose nodes exist
        EdgeItem *edge = scene->impliedEdgeItems().first();
        QCOMPARE(edge->kind(), EdgeItem::Kind::Implied);
        QCOMPARE(edge->path().pointAtPercent(0), scene->port(u"db"_s, u"port"_s, true)->anchor());
        QVERIFY(!(edge->flags() & QGraphicsItem::ItemIsSelectable)); // not the user's to delete
        // Nodes the checks flag say why in their tool tip.
        scene->setNodeProblems({{u"web"_s, u"web reads db:port, which nothing sets"_s}});
        QCOMPARE(scene->nodeItem(u"web"_s)->toolTip(), u"web reads db:port, which nothing sets"_s);
        QVERIFY(!scene->nodeItem(u"db"_s)->toolTip().contains(u"nothing sets"_s));
        // The image gains an output and is saved elsewhere: the node shows the new port.
        QVERIFY(!scene->port(u"db"_s, u"replica"_s, true));
        auto db = m_catalog->latest(u"apps/db"_s);
        QVERIFY(db);
        Module dbImage = db->module;
        dbImage.image.parameters.append(param(u"replica"_s, ParameterCategory::Output));
        QVERIFY(m_catalog->save(dbImage, u"alice"_s, u"A replica"_s));
        document->refreshReferences();
        QVERIFY(scene->port(u"db"_s, u"replica"_s, true));
        // A password given as a literal is not shown.
        QVERIFY(scene->mapInput(u"db"_s, u"port"_s, u"web"_s, u"db_port"_s));
        Module withPassword = document->module();
        withPassword.deployment.nodes[0].mappings = {{u"password"_s, u"s3cret"_s, true}};
        document->setModule(withPassword, Document::Part::Nodes);
        QCOMPARE(scene->port(u"db"_s, u"password"_s, false)->annotation(), u"••••••"_s);
        // They stay through edits of the diagram.
        QVERIFY(scene->setMultiplicity(u"web"_s, 2));
        QCOMPARE(scene->impliedEdgeItems().size(), 1);
        // And take part in the layout: the reader to the right of the producer.
        QVERIFY(scene->layoutAutomatically());
        QVERIFY(nodeNamed(document.get(), u"db"_s)->position.x()
                < nodeNamed(document.get(), u"web"_s)->position.x());
    }

    void recipeChecks()
    {
        // The recipes' own reads: a dashed edge where a node reads another's output that no
        // mapping declares, and a flag on the nodes whose reads nothing produces.
        Module pg;
        pg.path = u"apps/pg"_s;
        pg.kind = ModuleKind::Image;
        pg.image.native = true;
        pg.image.imageIds = {{u"local"_s, u"postgres:16"_s, {}}};
        pg.image.parameters = {param(u"port"_s, ParameterCategory::Output)};
        pg.image.recipes.execute = u"#!/bin/sh\nss-set port 5432\n"_s;
        QVERIFY(m_catalog->save(pg, u"alice"_s, u"Created"_s));
        Module app;
        app.path = u"apps/app"_s;
        app.kind = ModuleKind::Image;
        app.image.native = true;
        app.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
        app.image.recipes.execute = u"#!/bin/sh\nDB_PORT=$(ss-get pg:port)\n"
                                    "TOKEN=$(ss-get pg:secret)\n"_s;
        QVERIFY(m_catalog->save(app, u"alice"_s, u"Created"_s));
        QList<Node> nodes(2);
        nodes[0].name = u"pg"_s;
        nodes[0].image = u"apps/pg"_s;
        nodes[1].name = u"app"_s;
        nodes[1].image = u"apps/app"_s;
        nodes[1].position = QPointF(400, 0);
        saveDeployment(u"apps/checked"_s, nodes);
        auto document = open(u"apps/checked"_s);
        DeploymentDiagram diagram(document.get());
        DeploymentScene *scene = diagram.scene();

        QStringList implied;
        for (EdgeItem *edge : scene->impliedEdgeItems())
            implied.append(edge->fromNode()->name() + u':' + edge->output() + u'>'
                           + edge->toNode()->name());
        QVERIFY2(implied.contains(u"pg:port>app"_s), qPrintable(implied.join(u' ')));
        QVERIFY2(scene->nodeProblem(u"app"_s).contains(u"pg:secret"_s),
                 qPrintable(scene->nodeProblem(u"app"_s)));
        QCOMPARE(scene->nodeItem(u"app"_s)->toolTip(), scene->nodeProblem(u"app"_s));
        const qsizetype edges = scene->impliedEdgeItems().size();

        // After an edit the recipes are checked again: without pg nothing implies an edge.
        scene->selectNodes({u"pg"_s});
        scene->removeSelection();
        QTRY_COMPARE(scene->impliedEdgeItems().size(), 0);
        QVERIFY(!scene->nodeProblem(u"app"_s).isEmpty());
        document->undoStack()->undo();
        QTRY_COMPARE(scene->impliedEdgeItems().size(), edges);
    }

    void zoomPanOverview()
    {
        QList<Node> nodes;
        for (int i = 0; i < 40; ++i) {
            Node n;
            n.name = u"node%1"_s.arg(i);
            n.image = u"apps/web"_s;
            n.position = QPointF((i % 8) * 320, (i / 8) * 200);
            nodes.append(n);
        }
        saveDeployment(u"apps/large"_s, nodes);
        auto document = open(u"apps/large"_s);
        DeploymentDiagram diagram(document.get());
        diagram.resize(900, 600);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        DiagramView *view = diagram.view();
        // Opened fitted: everything in sight, so no overview.
        const QRectF contents = diagram.scene()->contentsRect();
        // (in pixels: a fitted view may cut a fraction of a pixel)
        auto allShown = [view, contents] {
            return view->viewport()
                ->rect()
                .adjusted(-2, -2, 2, 2)
                .contains(view->mapFromScene(contents).boundingRect());
        };
        QVERIFY(allShown());
        QVERIFY(!view->overview()->isVisible());
        const qreal fitted = view->zoom();
        QVERIFY(fitted < 1);

        // Ctrl+wheel zooms in around the pointer; the overview shows up.
        const QPoint centre = view->viewport()->rect().center();
        QWheelEvent wheel(centre,
                          view->viewport()->mapToGlobal(centre),
                          QPoint(),
                          QPoint(0, 240),
                          Qt::NoButton,
                          Qt::ControlModifier,
                          Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > fitted * 1.3);
        QTRY_VERIFY(view->overview()->isVisible());
        // Keys: - zooms out, 0 fits again.
        const qreal zoomed = view->zoom();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < zoomed);
        QTest::keyClick(view, Qt::Key_0);
        QVERIFY(view->zoom() < zoomed);
        QVERIFY(allShown());
        // Middle-button drag pans.
        view->setZoom(1);
        view->centerOn(contents.center());
        const int x = view->horizontalScrollBar()->value();
        QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, centre);
        QTest::mouseMove(view->viewport(), centre - QPoint(150, 0));
        QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, centre - QPoint(150, 0));
        QCOMPARE(view->horizontalScrollBar()->value(), x + 150);
        // A click in the overview brings that part into the main view.
        QTRY_VERIFY(view->overview()->isVisible());
        DiagramOverview *overview = view->overview();
        const QPointF target = contents.bottomRight() - QPointF(100, 100);
        QTest::mouseClick(overview->viewport(), Qt::LeftButton, {}, overview->mapFromScene(target));
        QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().contains(target));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(UiTesting::darkPalette());
        QList<Node> nodes(4);
        nodes[0] = {u"master"_s, u"apps/db"_s, {}, 1, {}, 0, {}, QPointF(0, 40), {}};
        nodes[1] = {u"workers"_s,
                    u"apps/web"_s,
                    {},
                    4,
                    u"local"_s,
                    0,
                    {{u"db_host"_s, u"master:hostname"_s, false}, {u"db_port"_s, u"5432"_s, true}},
                    QPointF(380, 0),
                    {}};
        nodes[2] = {u"frontend"_s,
                    u"apps/web"_s,
                    {},
                    1,
                    {},
                    0,
                    {{u"db_host"_s, u"workers:url"_s, false}},
                    QPointF(760, 60),
                    {}};
        nodes[3] = {u"monitor"_s,
                    u"apps/db"_s,
                    {},
                    1,
                    {},
                    0,
                    {{u"password"_s, u"s3cret"_s, true}},
                    QPointF(0, 260),
                    {}};
        saveDeployment(u"apps/cluster"_s, nodes);
        auto document = open(u"apps/cluster"_s);
        DeploymentDiagram diagram(document.get());
        diagram.resize(1120, 460);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        diagram.scene()->setImpliedEdges({implied(u"monitor"_s, u"frontend"_s, u"port"_s)});
        diagram.scene()->setNodeProblems(
            {{u"frontend"_s, u"frontend reads monitor:port, which nothing sets"_s}});
        diagram.scene()->selectNodes({u"workers"_s});
        diagram.view()->fitAll();
        QApplication::processEvents();
        const QImage shot = diagram.grab().toImage();
        QVERIFY2(UiTesting::colourCount(shot) > 20, "the diagram looks blank");
        QVERIFY(UiTesting::saveScreenshot(&diagram, dark ? u"diagram-dark"_s : u"diagram-light"_s));
        if (dark)
            QApplication::setPalette(light);
    }

private:
    static void selectByClick(DiagramView *view, DeploymentScene *scene, const QString &node)
    {
        NodeItem *item = scene->nodeItem(node);
        QVERIFY(item);
        scene->clearSelection();
        QTest::mouseClick(view->viewport(),
                          Qt::LeftButton,
                          {},
                          onView(view, item->mapToScene(QPointF(NodeItem::width / 2, 50))));
        QVERIFY(item->isSelected());
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
