#include "mainwindow.h"
#include "ui/builddialog.h"
#include "ui/commands/catalogcommand.h"

#include "ui/importdialog.h"
#include "ui/launchdialog.h"
#include "ui/relaydialog.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runview.h"

#include "connectors/builtinconnectors.h"
#include "core/bundle/bundleexport.h"
#include "core/bundle/bundlewriter.h"
#include "core/catalog/buildstatus.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/catalog/missingright.h"
#include "core/catalog/publish.h"
#include "core/model/modulejson.h"
#include "core/model/validation.h"
#include "core/paths.h"
#include "core/run/cloudlist.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "ui/authorizationeditor.h"
#include "ui/conflictdialog.h"
#include "ui/document.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"
#include "ui/kindicons.h"
#include "ui/models/catalogmodel.h"
#include "ui/models/problemsmodel.h"
#include "ui/moduleeditor.h"
#include "ui/savedialog.h"
#include "ui/settingsdialog.h"
#include "ui/teamcatalogdialog.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString kindTitle(ModuleKind kind)
{
    switch (kind) {
    case ModuleKind::Project:
        return MainWindow::tr("Project");
    case ModuleKind::Image:
        return MainWindow::tr("Image");
    case ModuleKind::Deployment:
        return MainWindow::tr("Deployment");
    }
    return {};
}

enum InspectorRow { KindRow, PathRow, VersionRow, AuthorRow, TimeRow, CommentRow, RowCount };

// --- recipe-aware checks (core/checks) in the Problems panel

// The checks of a deployment's recipes, shown beside its validation problems.
QList<CheckProblem> recipeChecksOf(const Document *document)
{
    if (!document || document->module().kind != ModuleKind::Deployment)
        return {};
    return analyzeParameterFlow(document->module(), document->lookup()).problems;
}

// Opens the image whose script a check names, at the line; false when it cannot be opened.
bool openScriptAt(MainWindow *window, const ScriptLocation &location)
{
    ModuleEditor *editor = window->openModule(location.modulePath);
    if (!editor || !editor->focusField(location.field()))
        return false;
    RecipeEditor *recipe = editor->ownRecipe(location.recipe)->editor();
    recipe->setCursorPosition(std::max(0, location.line - 1), std::max(0, location.column - 1));
    recipe->ensureLineVisible(std::max(0, location.line - 1));
    recipe->setFocus();
    return true;
}

// A menu of a problem's script places (a deadlock names each wait and write) to open any.
void showScriptMenu(MainWindow *window,
                    QAbstractItemView *view,
                    const QList<ScriptLocation> &locations,
                    const QPoint &pos)
{
    if (locations.isEmpty())
        return;
    QMenu menu(view);
    QList<ScriptLocation> listed;
    for (const ScriptLocation &l : locations) {
        if (listed.contains(l))
            continue;
        listed << l;
        menu.addAction(MainWindow::tr("Open %1").arg(l.toString()), window, [window, l] {
            openScriptAt(window, l);
        });
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : MainWindow(settings, nullptr, parent)
{}

MainWindow::MainWindow(Settings &settings, Catalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_undoGroup(new QUndoGroup(this))
    , m_catalogUndo(new QUndoStack(this))
{
    m_catalogUndo->setObjectName(u"CatalogUndoStack"_s);
    m_undoGroup->addStack(m_catalogUndo);
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon::fromTheme(u"io.github.slipway.Slipway"_s));
    resize(1200, 780);

    m_editors = new QTabWidget(this);
    m_editors->setObjectName(u"EditorArea"_s);
    m_editors->setDocumentMode(true);
    m_editors->setTabsClosable(true);
    m_editors->setMovable(true);
    setCentralWidget(m_editors);

    m_welcome = new WelcomePage(m_settings, {}, m_editors);
    connect(m_welcome, &WelcomePage::launchRequested, this, &MainWindow::launchExample);
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString &path) {
        openModule(path);
    });
    connect(m_welcome, &WelcomePage::runRequested, this, &MainWindow::openRun);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::askImport);
    connect(m_welcome, &WelcomePage::newDeploymentRequested, this, [this] {
        askNewModule(ModuleKind::Deployment, QString());
    });
    connect(m_welcome, &WelcomePage::credentialsRequested, this, &MainWindow::askCredentials);
    connect(m_welcome, &WelcomePage::relayRequested, this, &MainWindow::askRelay);
    m_editors->addTab(m_welcome, QIcon::fromTheme(u"go-home"_s), tr("Welcome"));
    m_editors->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_editors, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    connect(m_editors, &QTabWidget::currentChanged, this, &MainWindow::currentEditorChanged);

    createDocks();
    createActions();
    createRunParts();
    m_problemCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemCount);
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
    updateRecentMenu();
    currentEditorChanged();
    m_welcome->refresh(m_catalog);
    // After the window is up: a connection that fails only says so in the status bar.
    if (!m_settings.openTeamCatalogs().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::reopenTeamCatalogs);
}

MainWindow::~MainWindow()
{
    // Editors refer to their documents: take them down first.
    while (m_editors->count() > 0) {
        QWidget *w = m_editors->widget(0);
        m_editors->removeTab(0);
        delete w;
    }
}

void MainWindow::createDocks()
{
    m_catalogDock = new QDockWidget(tr("Catalog"), this);
    m_catalogDock->setObjectName(u"CatalogDock"_s);
    auto *catalogPane = new QWidget(m_catalogDock);
    auto *catalogLayout = new QVBoxLayout(catalogPane);
    catalogLayout->setContentsMargins(2, 2, 2, 2);
    m_filter = new QLineEdit(catalogPane);
    m_filter->setObjectName(u"CatalogFilter"_s);
    m_filter->setPlaceholderText(tr("Filter modules (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    catalogLayout->addWidget(m_filter);
    m_catalogView = new QTreeView(catalogPane);
    m_catalogView->setObjectName(u"CatalogView"_s);
    m_catalogView->setHeaderHidden(true);
    m_catalogView->setDragEnabled(true);
    // Drag to a deployment's diagram (copy) or within the tree (move into a folder).
    m_catalogView->setDragDropMode(QAbstractItemView::DragDrop);
    m_catalogView->setDefaultDropAction(Qt::MoveAction);
    m_catalogView->setDropIndicatorShown(true);
    m_catalogView->setUniformRowHeights(true);
    m_catalogView->setContextMenuPolicy(Qt::CustomContextMenu);
    catalogLayout->addWidget(m_catalogView);
    // What the filter text finds inside the modules (descriptions, recipes): the catalog's
    // full-text search, shown below the tree while there is text.
    m_searchResults = new QListWidget(catalogPane);
    m_searchResults->setObjectName(u"SearchResults"_s);
    m_searchResults->setToolTip(tr("Modules whose name, description or recipes contain the "
                                   "text; activate one to open it at the first match."));
    m_searchResults->hide();
    catalogLayout->addWidget(m_searchResults);
    connect(m_searchResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openSearchHit(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    m_catalogDock->setWidget(catalogPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_catalogDock);

    m_catalogModel = new CatalogModel(m_catalog, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_catalogModel);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setAutoAcceptChildRows(true);
    m_catalogView->setModel(m_proxy);

    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::filterChanged);
    connect(m_catalogView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CatalogModel::IsModuleRole).toBool()
            && !index.data(CatalogModel::DeletedRole).toBool())
            openModule(index.data(CatalogModel::PathRole).toString(),
                       index.data(CatalogModel::CatalogRole).value<Catalog *>());
    });
    connect(m_catalogView, &QWidget::customContextMenuRequested, this, &MainWindow::showCatalogMenu);
    // A drop asks once the drag has ended (a message box inside the drop would nest it).
    connect(m_catalogModel,
            &CatalogModel::moveRequested,
            this,
            &MainWindow::moveIntoFolder,
            Qt::QueuedConnection);
    connect(m_catalogModel,
            &CatalogModel::crossCatalogDropRequested,
            this,
            &MainWindow::dropIntoCatalog,
            Qt::QueuedConnection);
    // The tree's own keys: F2 renames or moves, Delete deletes (both undoable), on the current
    // module of whichever catalog it is in.
    const auto addTreeKey = [this](const QString &text,
                                   const QString &name,
                                   const QKeySequence &key,
                                   const std::function<void(const QString &, Catalog *)> &act) {
        auto *action = new QAction(text, m_catalogView);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, act] {
            const QModelIndex current = m_catalogView->currentIndex();
            if (current.isValid() && !current.data(CatalogModel::DeletedRole).toBool()
                && !current.data(CatalogModel::IsCatalogRootRole).toBool())
                act(current.data(CatalogModel::PathRole).toString(),
                    current.data(CatalogModel::CatalogRole).value<Catalog *>());
        });
        m_catalogView->addAction(action);
    };
    addTreeKey(tr("Rename or Move…"),
               u"CatalogRenameAction"_s,
               QKeySequence(Qt::Key_F2),
               [this](const QString &path, Catalog *catalog) { askRename(path, catalog); });
    addTreeKey(tr("Delete"),
               u"CatalogDeleteAction"_s,
               QKeySequence(QKeySequence::Delete),
               [this](const QString &path, Catalog *catalog) { deleteWithUndo(path, catalog); });
    // Edit → Undo undoes the tree's changes while the catalog dock has the focus, the current
    // editor's edits otherwise.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_catalogDock->isAncestorOf(now))
            m_undoGroup->setActiveStack(m_catalogUndo);
        else if (now && m_editors->isAncestorOf(now))
            currentEditorChanged();
    });
    connect(m_catalogView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::updateInspector);

    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"InspectorDock"_s);
    auto *inspector = new QWidget(m_inspectorDock);
    m_inspectorForm = new QFormLayout(inspector);
    const QString titles[RowCount]
        = {tr("Kind:"), tr("Path:"), tr("Version:"), tr("Author:"), tr("Time:"), tr("Comment:")};
    for (const QString &title : titles) {
        auto *value = new QLabel(inspector);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_inspectorForm->addRow(title, value);
        m_inspectorValues.append(value);
    }
    m_inspectorDock->setWidget(inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"ProblemsDock"_s);
    m_problems = new ProblemsModel(this);
    m_problemsView = new QTableView(m_problemsDock);
    m_problemsView->setObjectName(u"ProblemsView"_s);
    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::MessageColumn, 460);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::FieldColumn, 260);
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problemsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QList<ScriptLocation> script = m_problems->locations(index.row());
        if (!script.isEmpty())
            openScriptAt(this, script.first());
        else if (ModuleEditor *editor = currentEditor())
            editor->focusField(index.data(Qt::UserRole).toString());
    });
    m_problemsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_problemsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_problemsView->indexAt(pos);
        if (index.isValid())
            showScriptMenu(this, m_problemsView, m_problems->locations(index.row()), pos);
    });

    resizeDocks({m_catalogDock, m_inspectorDock}, {280, 240}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {140}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(actionIcon(u"document-new"_s), tr("&New"));
    m_newMenu = newMenu;
    for (ModuleKind kind : {ModuleKind::Project, ModuleKind::Image, ModuleKind::Deployment}) {
        const QString title = kind == ModuleKind::Project ? tr("&Project…")
                              : kind == ModuleKind::Image ? tr("&Image…")
                                                          : tr("&Deployment…");
        newMenu->addAction(kindIcon(kind), title, this, [this, kind] {
            const QModelIndex current = m_catalogView->currentIndex();
            QString parent = current.data(CatalogModel::PathRole).toString();
            if (current.isValid() && current.data(CatalogModel::IsModuleRole).toBool()
                && current.data(CatalogModel::KindRole).toInt() != int(ModuleKind::Project))
                parent = parent.section(u'/', 0, -2);
            askNewModule(kind, parent);
        });
    }
    m_save = file->addAction(actionIcon(u"document-save"_s), tr("&Save…"), this, &MainWindow::save);
    m_save->setShortcut(QKeySequence::Save);
    m_closeTab = file->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close"), this, [this] {
        closeEditor(m_editors->currentIndex());
    });
    m_closeTab->setShortcut(QKeySequence::Close);
    m_recentMenu = file->addMenu(QIcon::fromTheme(u"document-open-recent"_s), tr("Open &Recent"));
    m_openTeam = file->addAction(QIcon::fromTheme(u"network-server"_s),
                                 tr("Open &Team Catalog…"),
                                 this,
                                 &MainWindow::askOpenTeamCatalog);
    m_openTeam->setObjectName(u"OpenTeamCatalogAction"_s);
    file->addSeparator();
    QAction *import = file->addAction(actionIcon(u"document-import"_s),
                                      tr("&Import…"),
                                      this,
                                      &MainWindow::askImport);
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    file->addSeparator();
    QAction *settings = file->addAction(QIcon::fromTheme(u"configure"_s),
                                        tr("S&ettings…"),
                                        this,
                                        &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s),
                                    tr("&Quit"),
                                    this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction *findInCatalog = edit->addAction(QIcon::fromTheme(u"edit-find"_s),
                                             tr("&Filter Catalog"),
                                             this,
                                             [this] {
                                                 m_catalogDock->show();
                                                 m_filter->setFocus();
                                                 m_filter->selectAll();
                                             });
    findInCatalog->setShortcut(QKeySequence::Find);
    // Inside a recipe, Ctrl+F searches the recipe instead.
    connect(qApp,
            &QApplication::focusChanged,
            findInCatalog,
            [findInCatalog](QWidget *, QWidget *now) {
                bool inRecipe = false;
                for (QWidget *w = now; w && !inRecipe; w = w->parentWidget())
                    inRecipe = qobject_cast<RecipePane *>(w) != nullptr;
                findInCatalog->setEnabled(!inRecipe);
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_catalogDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());
    view->addSeparator();
    m_showDeleted = view->addAction(tr("Show &Deleted Modules"));
    m_showDeleted->setCheckable(true);
    connect(m_showDeleted, &QAction::toggled, this, [this](bool on) {
        m_catalogModel->setShowDeleted(on);
        filterChanged(m_filter->text());
    });
    QAction *welcome = view->addAction(QIcon::fromTheme(u"go-home"_s),
                                       tr("&Welcome Page"),
                                       this,
                                       &MainWindow::showWelcome);
    welcome->setObjectName(u"WelcomeAction"_s);
    view->addSeparator();
    QAction *next = view->addAction(tr("Next Tab"), this, [this] {
        if (m_editors->count() > 0)
            m_editors->setCurrentIndex((m_editors->currentIndex() + 1) % m_editors->count());
    });
    next->setShortcut(QKeySequence::NextChild);
    QAction *previous = view->addAction(tr("Previous Tab"), this, [this] {
        if (m_editors->count() > 0)
            m_editors->setCurrentIndex((m_editors->currentIndex() + m_editors->count() - 1)
                                       % m_editors->count());
    });
    previous->setShortcut(QKeySequence::PreviousChild);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction = help->addAction(actionIcon(u"input-keyboard"_s),
                                        tr("&Keyboard Shortcuts"),
                                        this,
                                        &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(u"ShortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Slipway"), this, [this] {
        QMessageBox::about(this,
                           tr("About Slipway"),
                           tr("<b>Slipway</b> %1<br>Design, version and launch machine images "
                              "and multi-node deployments.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setCatalog(Catalog *catalog)
{
    m_catalog = catalog;
    m_catalogModel->setCatalog(catalog);
    createRunParts();
    m_welcome->refresh(catalog);
}

void MainWindow::filterChanged(const QString &text)
{
    if (!text.isEmpty())
        m_catalogModel->fetchAll();
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_catalogView->expandAll();
    updateSearchResults(text);
}

void MainWindow::updateSearchResults(const QString &text)
{
    m_searchResults->clear();
    const QString wanted = text.trimmed();
    // Fewer than three letters find too much to be of use (the index works on trigrams).
    if (!m_catalog || wanted.size() < 3) {
        m_searchResults->hide();
        return;
    }
    const auto hits = m_catalog->search(wanted, 50);
    if (!hits) {
        statusBar()->showMessage(hits.errorMessage(), 5000);
        m_searchResults->hide();
        return;
    }
    for (const SearchHit &hit : *hits) {
        const QString where = hit.field == u"recipes"       ? tr("in a recipe")
                              : hit.field == u"description" ? tr("in the description")
                                                            : tr("in the name");
        auto *item = new QListWidgetItem(kindIcon(hit.kind),
                                         tr("%1 — %2: %3").arg(hit.path, where, hit.snippet),
                                         m_searchResults);
        item->setToolTip(hit.snippet);
        item->setData(Qt::UserRole, hit.path);
        item->setData(Qt::UserRole + 1, wanted);
    }
    m_searchResults->setVisible(!hits->isEmpty());
}

bool MainWindow::openSearchHit(const QString &path, const QString &text)
{
    ModuleEditor *editor = openModule(path);
    if (!editor)
        return false;
    if (editor->document()->module().kind != ModuleKind::Image)
        return true;
    // The first recipe that holds the text, opened with it selected.
    for (RecipeKind kind : allRecipeKinds) {
        RecipePane *pane = editor->ownRecipe(kind);
        if (!pane || !pane->editor()->text().contains(text, Qt::CaseInsensitive))
            continue;
        editor->showRecipe(kind);
        RecipeEditor *recipe = pane->editor();
        recipe->setCursorPosition(0, 0);
        recipe->findFirst(text, false, false, false, false, true, 0, 0);
        recipe->setFocus();
        return true;
    }
    return true;
}

void MainWindow::catalogChanged()
{
    // Keep what the user had expanded across the reload.
    // Rows are known by their catalog and path (team catalogs may hold the same paths).
    QList<QPair<Catalog *, QString>> expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_catalogView->isExpanded(index)) {
                expanded.append({index.data(CatalogModel::CatalogRole).value<Catalog *>(),
                                 index.data(CatalogModel::PathRole).toString()});
                collect(index);
            }
        }
    };
    collect({});
    const QModelIndex currentIndex = m_catalogView->currentIndex();
    const QString current = currentIndex.data(CatalogModel::PathRole).toString();
    auto *currentCatalog = currentIndex.data(CatalogModel::CatalogRole).value<Catalog *>();
    if (m_filter->text().isEmpty())
        m_catalogModel->reload();
    else
        m_catalogModel->fetchAll();
    for (const auto &[catalog, path] : std::as_const(expanded))
        m_catalogView->expand(m_proxy->mapFromSource(m_catalogModel->indexOf(path, catalog)));
    if (currentCatalog && currentIndex.isValid()) {
        const QModelIndex again = m_proxy->mapFromSource(
            m_catalogModel->indexOf(current, currentCatalog));
        if (again.isValid()) {
            m_catalogView->scrollTo(again);
            m_catalogView->setCurrentIndex(again);
        }
    } else if (!current.isEmpty()) {
        selectInCatalog(current);
    }
    for (int i = 0; i < m_editors->count(); ++i)
        if (auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i)))
            editor->document()->refreshReferences();
}

void MainWindow::selectInCatalog(const QString &path)
{
    const QModelIndex index = m_proxy->mapFromSource(m_catalogModel->indexOf(path));
    if (!index.isValid())
        return;
    m_catalogView->scrollTo(index);
    m_catalogView->setCurrentIndex(index);
}

ModuleEditor *MainWindow::editorOf(const QString &path) const
{
    return editorOf(path, m_catalog);
}

ModuleEditor *MainWindow::editorOf(const QString &path, const Catalog *catalog) const
{
    for (int i = 0; i < m_editors->count(); ++i)
        if (auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i)))
            if (editor->document()->path() == path && &editor->document()->catalog() == catalog)
                return editor;
    return nullptr;
}

ModuleEditor *MainWindow::currentEditor() const
{
    return qobject_cast<ModuleEditor *>(m_editors->currentWidget());
}

ModuleEditor *MainWindow::openModule(const QString &path)
{
    return openModule(path, m_catalog);
}

ModuleEditor *MainWindow::openModule(const QString &path, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (ModuleEditor *open = editorOf(path, catalog)) {
        m_editors->setCurrentWidget(open);
        return open;
    }
    if (!catalog) {
        showError(tr("Open"), tr("No catalog is open."));
        return nullptr;
    }
    const bool local = catalog == m_catalog;
    auto latest = catalog->latest(path);
    if (!latest) {
        showError(tr("Open %1").arg(path), latest.errorMessage());
        if (local) {
            m_settings.removeRecentModule(path);
            updateRecentMenu();
        }
        return nullptr;
    }
    auto *document = new Document(*catalog, *latest, this);
    auto *editor = new ModuleEditor(document, m_settings, m_editors);
    document->setParent(editor);
    m_undoGroup->addStack(document->undoStack());
    hideWelcome();
    const int index = m_editors->addTab(editor,
                                        kindIcon(latest->module.kind),
                                        latest->module.name());
    m_editors->setTabToolTip(index,
                             local
                                 ? path
                                 : tr("%1 (team catalog %2)").arg(path, teamCatalogName(catalog)));
    if (!local)
        m_editors->setTabIcon(index, QIcon::fromTheme(u"network-server"_s));
    connect(editor->authorization(), &AuthorizationEditor::publishRequested, this, [this, document] {
        askPublish(document->path());
    });
    connect(document, &Document::modifiedChanged, editor, [this, editor] {
        updateTabTitle(editor);
    });
    connect(editor, &ModuleEditor::buildRequested, this, [this, document](const QString &image) {
        askBuild(image, &document->catalog());
    });
    connect(document, &Document::changed, this, [this, document](Document::Parts parts) {
        if (document == m_problemSource)
            updateProblems();
        if (parts & Document::Part::History) {
            updateInspector();
            catalogChanged();
        }
    });
    m_editors->setCurrentIndex(index);
    if (local) {
        m_settings.addRecentModule(path);
        updateRecentMenu();
    }
    statusBar()->showMessage(tr("Opened %1, version %2").arg(path).arg(latest->version), 4000);
    return editor;
}

ModuleEditor *MainWindow::createModule(ModuleKind kind, const QString &path, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return nullptr;
    if (!isValidModulePath(path)) {
        showError(tr("New module"),
                  tr("\"%1\" is not a valid module path: use letters, digits, '-', '_' and "
                     "'.', with '/' between folders.")
                      .arg(path));
        return nullptr;
    }
    if (catalog->contains(path)) {
        showError(tr("New module"), tr("There is already a module %1.").arg(path));
        return nullptr;
    }
    Module module;
    module.path = path;
    module.kind = kind;
    module.authz.owner = Document::currentAuthor();
    auto saved = catalog->save(module, Document::currentAuthor(), tr("Created"));
    if (!saved) {
        showError(tr("New module"), saved.errorMessage());
        return nullptr;
    }
    catalogChanged();
    if (catalog == m_catalog)
        selectInCatalog(path);
    return openModule(path, catalog);
}

void MainWindow::askNewModule(ModuleKind kind, const QString &parentPath)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("New %1").arg(kindTitle(kind)),
                                               parentPath.isEmpty()
                                                   ? tr("Name:")
                                                   : tr("Name (in %1):").arg(parentPath),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    createModule(kind, parentPath.isEmpty() ? name.trimmed() : parentPath + u'/' + name.trimmed());
}

void MainWindow::save()
{
    ModuleEditor *editor = currentEditor();
    if (!editor)
        return;
    Document *document = editor->document();
    const int next = document->version() + 1;
    SaveDialog dialog(document->path(), next, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveCurrent(dialog.comment());
}

bool MainWindow::saveCurrent(const QString &comment)
{
    ModuleEditor *editor = currentEditor();
    if (!editor)
        return false;
    Document *document = editor->document();
    SaveConflict conflict;
    auto saved = document->save(comment, Document::currentAuthor(), &conflict);
    if (!saved && !conflict.path.isEmpty()) {
        // Someone saved meanwhile: reload, save as the next version, or save elsewhere.
        ConflictDialog dialog(conflict, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        switch (dialog.choice()) {
        case ConflictDialog::Choice::Cancel:
            return false;
        case ConflictDialog::Choice::Reload:
            if (auto reloaded = document->reload(); !reloaded)
                showError(tr("Reload %1").arg(document->path()), reloaded.errorMessage());
            return false;
        case ConflictDialog::Choice::SaveAsNext:
            saved = document->saveOnLatest(comment,
                                           Document::currentAuthor(),
                                           conflict.latestVersion);
            break;
        case ConflictDialog::Choice::SaveElsewhere:
            saved = document->saveAs(dialog.otherPath(), comment, Document::currentAuthor());
            break;
        }
    }
    if (!saved) {
        showError(tr("Save %1").arg(document->path()), saved.errorMessage());
        return false;
    }
    statusBar()->showMessage(saved->created ? tr("Saved %1 as version %2")
                                                  .arg(editor->document()->path())
                                                  .arg(saved->version)
                                            : tr("%1 has not changed since version %2")
                                                  .arg(editor->document()->path())
                                                  .arg(saved->version),
                             5000);
    return true;
}

bool MainWindow::closeEditor(int index)
{
    if (qobject_cast<RunView *>(m_editors->widget(index)))
        return closeRunView(index);
    auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(index));
    if (!editor)
        return false;
    if (editor->document()->isModified()) {
        m_editors->setCurrentIndex(index);
        const auto answer
            = QMessageBox::question(this,
                                    tr("Close %1").arg(editor->document()->path()),
                                    tr("%1 has unsaved changes. Save them as a new version?")
                                        .arg(editor->document()->path()),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            SaveDialog dialog(editor->document()->path(), editor->document()->version() + 1, this);
            if (dialog.exec() != QDialog::Accepted || !saveCurrent(dialog.comment()))
                return false;
        }
    }
    m_undoGroup->removeStack(editor->document()->undoStack());
    m_editors->removeTab(index);
    editor->deleteLater();
    if (m_editors->count() == 0)
        showWelcome();
    return true;
}

void MainWindow::updateTabTitle(ModuleEditor *editor)
{
    const int index = m_editors->indexOf(editor);
    if (index < 0)
        return;
    const QString name = editor->document()->module().name();
    m_editors->setTabText(index, editor->document()->isModified() ? name + u'*' : name);
    if (editor == currentEditor())
        setWindowModified(editor->document()->isModified());
}

void MainWindow::currentEditorChanged()
{
    ModuleEditor *editor = currentEditor();
    m_undoGroup->setActiveStack(editor ? editor->document()->undoStack() : nullptr);
    m_save->setEnabled(editor != nullptr);
    m_closeTab->setEnabled(editor != nullptr);
    m_problemSource = editor ? editor->document() : nullptr;
    setWindowTitle(editor ? tr("%1[*] — Slipway").arg(editor->document()->path()) : tr("Slipway"));
    setWindowModified(editor && editor->document()->isModified());
    updateProblems();
    updateInspector();
}

void MainWindow::updateProblems()
{
    const QList<Problem> validation = m_problemSource ? m_problemSource->problems()
                                                      : QList<Problem>();
    m_problems->setProblems(validation, recipeChecksOf(m_problemSource));
    const QList<Problem> &problems = m_problems->problems();
    int errors = 0;
    for (const Problem &p : problems)
        errors += p.severity == Severity::Error;
    const int warnings = int(problems.size()) - errors;
    m_problemCount->setText(problems.isEmpty() ? QString()
                                               : tr("%n error(s)", nullptr, errors) + u", "_s
                                                     + tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::updateInspector()
{
    // The selected catalog entry; else the module of the current editor.
    QString path;
    Catalog *catalog = m_catalog; // the local one, or the team catalog of the row or editor
    const QModelIndex current = m_catalogView->currentIndex();
    if (m_catalogView->hasFocus() || !currentEditor()) {
        path = current.data(CatalogModel::PathRole).toString();
        if (auto *of = current.data(CatalogModel::CatalogRole).value<Catalog *>())
            catalog = of;
    }
    if (path.isEmpty() && currentEditor()) {
        path = currentEditor()->document()->path();
        catalog = &currentEditor()->document()->catalog();
    }
    QString values[RowCount];
    if (!path.isEmpty() && catalog) {
        values[PathRow] = path;
        auto history = catalog->history(path);
        if (history && !history->isEmpty()) {
            const VersionSummary &v = history->constLast();
            auto latest = catalog->version(path, v.version);
            if (latest) {
                values[KindRow] = kindTitle(latest->module.kind);
                if (latest->module.path != path || !catalog->contains(path))
                    values[KindRow] = tr("%1 (deleted)").arg(values[KindRow]);
            }
            values[VersionRow] = tr("%1 of %2").arg(v.version).arg(history->size());
            values[AuthorRow] = v.author;
            values[TimeRow] = QLocale().toString(v.savedAt.toLocalTime(), QLocale::LongFormat);
            values[CommentRow] = v.comment;
        } else {
            values[KindRow] = tr("Folder");
        }
    }
    for (int row = 0; row < RowCount; ++row)
        m_inspectorValues.at(row)->setText(values[row]);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentModules();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openModule(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showCatalogMenu(const QPoint &pos)
{
    QModelIndex index = m_catalogView->indexAt(pos);
    if (showTeamCatalogMenu(index, pos))
        return;
    if (index.data(CatalogModel::IsCatalogRootRole).toBool())
        index = {}; // the local catalog's own row: as the empty space below the tree
    const QString path = index.data(CatalogModel::PathRole).toString();
    const bool isModule = index.data(CatalogModel::IsModuleRole).toBool();
    const bool deleted = index.data(CatalogModel::DeletedRole).toBool();
    const bool isProject = !isModule
                           || index.data(CatalogModel::KindRole).toInt()
                                  == int(ModuleKind::Project);
    const QString parent = index.isValid() && !isProject ? path.section(u'/', 0, -2) : path;
    QMenu menu(this);
    if (isModule && !deleted)
        menu.addAction(tr("&Open"), this, [this, path] { openModule(path); });
    QMenu *create = menu.addMenu(tr("&New"));
    create->addAction(kindIcon(ModuleKind::Project), tr("&Project…"), this, [this, parent] {
        askNewModule(ModuleKind::Project, parent);
    });
    create->addAction(kindIcon(ModuleKind::Image), tr("&Image…"), this, [this, parent] {
        askNewModule(ModuleKind::Image, parent);
    });
    create->addAction(kindIcon(ModuleKind::Deployment), tr("&Deployment…"), this, [this, parent] {
        askNewModule(ModuleKind::Deployment, parent);
    });
    if (isModule && !deleted
        && index.data(CatalogModel::KindRole).toInt() == int(ModuleKind::Image)) {
        menu.addSeparator();
        QAction *build = menu.addAction(actionIcon(u"run-build"_s),
                                        tr("&Build…"),
                                        this,
                                        [this, path] { askBuild(path); });
        build->setObjectName(u"CatalogBuildAction"_s);
    }
    if (index.isValid() && !deleted) {
        menu.addSeparator();
        menu.addAction(tr("&Rename or Move…"), this, [this, path] { askRename(path); });
        menu.addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this, [this, path] {
            deleteWithUndo(path);
        });
    }
    if (deleted)
        menu.addAction(tr("Re&store"), this, [this, path] { restoreModule(path); });
    if (isModule && !deleted) {
        menu.addSeparator();
        QAction *publish = menu.addAction(QIcon::fromTheme(u"document-send"_s),
                                          tr("&Publish to Team Catalog…"),
                                          this,
                                          [this, path] { askPublish(path); });
        publish->setObjectName(u"PublishAction"_s);
    }
    if (!deleted) {
        menu.addSeparator();
        const QString root = index.isValid() ? path : QString();
        menu.addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this, [this, root] {
            askExport(root, false);
        });
        menu.addAction(tr("Export with &History…"), this, [this, root] { askExport(root, true); });
    }
    menu.addSeparator();
    menu.addAction(m_showDeleted);
    menu.exec(m_catalogView->viewport()->mapToGlobal(pos));
}

void MainWindow::askExport(const QString &root, bool withHistory)
{
    const QString suggested = (root.isEmpty() ? u"catalog"_s : root.section(u'/', -1))
                              + u".slipway.yaml"_s;
    const QString file = QFileDialog::getSaveFileName(this,
                                                      tr("Export a Bundle"),
                                                      suggested,
                                                      tr("Slipway bundles (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportBundle(root, file, withHistory);
}

bool MainWindow::exportBundle(const QString &root, const QString &fileName, bool withHistory)
{
    if (!m_catalog)
        return false;
    auto bundle = Slipway::exportBundle(*m_catalog, root, withHistory);
    if (!bundle) {
        showError(tr("Export"), bundle.errorMessage());
        return false;
    }
    QString error;
    if (!BundleWriter::writeFile(*bundle, fileName, &error)) {
        showError(tr("Export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %n module(s) to %1", nullptr, int(bundle->entries.size()))
                                 .arg(fileName),
                             5000);
    return true;
}

void MainWindow::askImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Import Bundles or SlipStream Modules"),
        QString(),
        tr("Bundles and SlipStream modules (*.slipway.yaml *.yaml *.yml *.xml);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

bool MainWindow::importFiles(const QStringList &files)
{
    if (!m_catalog || files.isEmpty())
        return false;
    ImportDialog dialog(*m_catalog, files, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_catalogModel->reload();
    statusBar()->showMessage(tr("Imported %n module(s)", nullptr, dialog.summary().modules), 5000);
    return true;
}

void MainWindow::askRename(const QString &path, Catalog *catalog)
{
    bool ok = false;
    const QString to = QInputDialog::getText(this,
                                             tr("Rename or Move"),
                                             tr("New path of %1:").arg(path),
                                             QLineEdit::Normal,
                                             path,
                                             &ok);
    if (ok && !to.trimmed().isEmpty() && to.trimmed() != path)
        moveWithUndo(path, to.trimmed(), false, catalog);
}

namespace {

// "other/db (parent)", "apps/site (node front → lab/web)", one a line.
QString referenceList(const QList<CatalogReference> &refs)
{
    QStringList lines;
    for (const CatalogReference &r : refs)
        lines << (r.field == u"parent"
                      ? MainWindow::tr("• %1 (its parent image is %2)").arg(r.path, r.target)
                      : MainWindow::tr("• %1 (node %2 runs %3)").arg(r.path, r.field, r.target));
    return lines.join(u'\n');
}

// A change the team catalog's server refused: which right is missing on which module (read
// from the server after the refusal), then the server's own words.
QString refusal(const QString &change,
                const std::optional<MissingRight> &missing,
                const QString &error)
{
    if (!missing)
        return MainWindow::tr("%1 was refused; nothing was changed.\n\n%2").arg(change, error);
    return MainWindow::tr("%1 was refused: you do not have the “%2” right on %3. Nothing was "
                          "changed.\n\n%4")
        .arg(change,
             rightTitle(missing->right),
             missing->path.isEmpty() ? MainWindow::tr("the top level of the catalog")
                                     : missing->path,
             error);
}

// An editor shows path or a module under it, in catalog.
bool showsSubtree(const ModuleEditor *editor, const QString &path, const Catalog *catalog)
{
    const Document *document = editor->document();
    return &document->catalog() == catalog
           && (document->path() == path || document->path().startsWith(path + u'/'));
}

} // namespace

bool MainWindow::moveWithUndo(const QString &from, const QString &to, bool confirm, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return false;
    const Result<QList<CatalogReference>> refs = catalog->referrers(from);
    if (!refs) {
        showError(tr("Move"), refs.errorMessage());
        return false;
    }
    if (confirm || !refs->isEmpty()) {
        QMessageBox box(QMessageBox::Question,
                        tr("Move"),
                        tr("Move %1 and everything under it to %2?").arg(from, to),
                        QMessageBox::Yes | QMessageBox::Cancel,
                        this);
        box.setObjectName(u"MoveConfirmation"_s);
        box.setInformativeText(
            refs->isEmpty()
                ? tr("No other module refers to it. Edit → Undo moves it back.")
                : tr("These modules refer to it; each gets a new version that follows the "
                     "move:\n%1\n\nEdit → Undo moves it back.")
                      .arg(referenceList(*refs)));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    if (!renameModule(from, to, catalog))
        return false;
    // The undo step keeps the catalog weakly: a team catalog may be closed meanwhile.
    const QPointer<Catalog> where = catalog;
    m_catalogUndo->push(
        CatalogCommand::moved(from, to, [this, where](const QString &f, const QString &t) {
            if (!where) {
                showError(tr("Rename"), tr("That team catalog is no longer open."));
                return false;
            }
            return renameModule(f, t, where);
        }));
    return true;
}

void MainWindow::moveIntoFolder(const QStringList &paths, const QString &folder, Catalog *catalog)
{
    for (const QString &path : paths) {
        const QString name = path.section(u'/', -1);
        if (!moveWithUndo(path, folder.isEmpty() ? name : folder + u'/' + name, true, catalog))
            return;
    }
}

bool MainWindow::dropIntoCatalog(const QStringList &paths, Catalog *from, Catalog *to)
{
    if (paths.isEmpty() || !from || !to || from == to)
        return false;
    const QString list = paths.join(u", "_s);
    if (from != m_catalog || to == m_catalog) {
        // Out of a team catalog a move would take the modules from every member, and a copy
        // has its own command; between team catalogs the local one is the way.
        showError(tr("Move"),
                  from != m_catalog && to == m_catalog
                      ? tr("%1 stays in the team catalog %2: modules are not moved out of a "
                           "team catalog by dragging. To take a copy with its history, choose "
                           "Copy to the Local Catalog in its context menu.")
                            .arg(list, teamCatalogName(from))
                      : tr("%1 cannot be dragged from the team catalog %2 to the team catalog "
                           "%3: copy it to the local catalog (its context menu), then publish "
                           "it from there.")
                            .arg(list, teamCatalogName(from), teamCatalogName(to)));
        return false;
    }
    // Into a team catalog: a publish, which copies and keeps paths (whatever folder the drop
    // was on), so it is said before anything happens.
    QMessageBox box(QMessageBox::Question,
                    tr("Publish to Team Catalog"),
                    tr("Publish %1 to the team catalog %2?").arg(list, teamCatalogName(to)),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(u"PublishConfirmation"_s);
    box.setInformativeText(tr("Each module is copied with its history and the modules it refers "
                              "to, under the same path, and stays in the local catalog. The "
                              "team catalog's server decides whether you may."));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return false;
    bool published = false;
    for (const QString &path : paths) {
        if (!publishToTeam(path, to))
            break;
        published = true;
    }
    return published;
}

bool MainWindow::deleteWithUndo(const QString &path, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return false;
    const Result<QList<CatalogReference>> refs = catalog->referrers(path);
    if (!refs) {
        showError(tr("Delete"), refs.errorMessage());
        return false;
    }
    QMessageBox box(QMessageBox::Question,
                    tr("Delete"),
                    tr("Delete %1 and everything under it?").arg(path),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(u"DeleteConfirmation"_s);
    if (refs->isEmpty()) {
        box.setInformativeText(tr("No other module refers to it. Edit → Undo restores it."));
        box.setDefaultButton(QMessageBox::Yes);
    } else {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(
            tr("These modules refer to it and would no longer validate or launch:\n%1\n\n"
               "Edit → Undo restores it.")
                .arg(referenceList(*refs)));
        box.setDefaultButton(QMessageBox::Cancel);
    }
    if (box.exec() != QMessageBox::Yes)
        return false;
    if (!removeModule(path, catalog))
        return false;
    const QPointer<Catalog> where = catalog;
    const auto closed = [this] {
        showError(tr("Delete"), tr("That team catalog is no longer open."));
        return false;
    };
    m_catalogUndo->push(CatalogCommand::deleted(
        path,
        [this, where, closed](const QString &p) {
            return where ? removeModule(p, where) : closed();
        },
        [this, where, closed](const QString &p) {
            return where ? restoreModule(p, where) : closed();
        }));
    return true;
}

bool MainWindow::renameModule(const QString &from, const QString &to, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return false;
    for (int i = 0; i < m_editors->count(); ++i) {
        auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i));
        if (editor && showsSubtree(editor, from, catalog) && editor->document()->isModified()) {
            showError(tr("Rename"),
                      tr("Save or close %1 first: it has unsaved changes.")
                          .arg(editor->document()->path()));
            return false;
        }
    }
    auto moved = catalog->move(from, to, Document::currentAuthor());
    if (!moved) {
        showError(tr("Rename"),
                  catalog->enforcesRights() ? refusal(tr("Moving %1 to %2 in the team catalog %3")
                                                          .arg(from, to, teamCatalogName(catalog)),
                                                      missingRightToMove(*catalog, from, to),
                                                      moved.errorMessage())
                                            : moved.errorMessage());
        return false;
    }
    // Open editors of moved modules follow them.
    for (int i = m_editors->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i));
        if (editor && showsSubtree(editor, from, catalog)) {
            const QString moved = to + editor->document()->path().mid(from.size());
            closeEditor(i);
            openModule(moved, catalog);
        }
    }
    catalogChanged();
    const QModelIndex there = m_proxy->mapFromSource(m_catalogModel->indexOf(to, catalog));
    if (there.isValid()) {
        m_catalogView->scrollTo(there);
        m_catalogView->setCurrentIndex(there);
    }
    statusBar()->showMessage(tr("Moved %n module(s) to %1", nullptr, *moved).arg(to), 5000);
    return true;
}

bool MainWindow::removeModule(const QString &path, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return false;
    auto removed = catalog->remove(path, Document::currentAuthor());
    if (!removed) {
        showError(tr("Delete"),
                  catalog->enforcesRights() ? refusal(tr("Deleting %1 in the team catalog %2")
                                                          .arg(path, teamCatalogName(catalog)),
                                                      missingRightToRemove(*catalog, path),
                                                      removed.errorMessage())
                                            : removed.errorMessage());
        return false;
    }
    for (int i = m_editors->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i));
        if (editor && showsSubtree(editor, path, catalog)) {
            m_undoGroup->removeStack(editor->document()->undoStack());
            m_editors->removeTab(i);
            editor->deleteLater();
        }
    }
    if (m_editors->count() == 0)
        showWelcome();
    catalogChanged();
    statusBar()->showMessage(tr("Deleted %n module(s)", nullptr, *removed), 5000);
    return true;
}

bool MainWindow::restoreModule(const QString &path, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog)
        return false;
    auto restored = catalog->restore(path, Document::currentAuthor());
    if (!restored) {
        showError(tr("Restore"),
                  catalog->enforcesRights() ? refusal(tr("Restoring %1 in the team catalog %2")
                                                          .arg(path, teamCatalogName(catalog)),
                                                      missingRightToRestore(*catalog, path),
                                                      restored.errorMessage())
                                            : restored.errorMessage());
        return false;
    }
    catalogChanged();
    statusBar()->showMessage(tr("Restored %n module(s)", nullptr, *restored), 5000);
    return true;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int i = 0; i < m_editors->count(); ++i)
        if (auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i)))
            editor->applySettings(m_settings);
}

void MainWindow::launchExample(const QString &path)
{
    // One click launches with the defaults, unless the checks find errors (the handshake
    // example deadlocks on purpose): then the launch dialog shows them first.
    if (!m_catalog)
        return;
    const auto latest = m_catalog->latest(path);
    if (latest && latest->module.kind == ModuleKind::Deployment
        && analyzeParameterFlow(latest->module, m_catalog->lookup()).hasErrors()) {
        askLaunch(path);
        return;
    }
    launchModule(path, LaunchOptions());
}

void MainWindow::showWelcome()
{
    m_welcome->refresh(m_catalog);
    int index = m_editors->indexOf(m_welcome);
    if (index < 0) {
        index = m_editors->insertTab(0, m_welcome, QIcon::fromTheme(u"go-home"_s), tr("Welcome"));
        m_editors->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
        m_editors->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
    }
    m_editors->setCurrentIndex(index);
}

void MainWindow::hideWelcome()
{
    const int welcome = m_editors->indexOf(m_welcome);
    if (welcome >= 0)
        m_editors->removeTab(welcome);
}

void MainWindow::askCredentials(const QString &cloud)
{
    const ConnectorRegistry registry = builtinConnectors();
    const std::optional<CloudConfig> config = m_runHost ? m_runHost->clouds().find(cloud)
                                                        : std::nullopt;
    CloudList list;
    (void) list.load();
    const std::optional<CloudConfig> found = config ? config : list.find(cloud);
    const ConnectorKind *kind = found ? registry.find(found->kind) : nullptr;
    if (!found || !kind || !kind->secret || !kind->secret->name) {
        showError(tr("Credentials of %1").arg(cloud), tr("%1 needs no credentials.").arg(cloud));
        return;
    }
    bool ok = false;
    const QString secret = QInputDialog::getText(this,
                                                 tr("Credentials of %1").arg(cloud),
                                                 kind->secret->label,
                                                 QLineEdit::Password,
                                                 QString(),
                                                 &ok);
    if (!ok || secret.isEmpty())
        return;
    writeSecret(cloud,
                kind->secret->name(*found),
                secret.toUtf8(),
                this,
                [this, cloud](Result<void> stored) {
                    if (!stored)
                        showError(tr("Credentials of %1").arg(cloud), stored.errorMessage());
                    else
                        statusBar()->showMessage(tr("The credentials of %1 are in the keychain.")
                                                     .arg(cloud),
                                                 5000);
                    m_welcome->refresh(m_catalog);
                });
}

void MainWindow::askRelay()
{
    RelayDialog dialog(Paths::dataDir(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The relay is set up: %1").arg(dialog.settings().nodeUrl), 5000);
    m_welcome->refresh(m_catalog);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
    // Tests and scripted runs set this to see errors without a modal box.
    if (qEnvironmentVariableIsSet("SLIPWAY_NO_DIALOGS"))
        return;
    QMessageBox::warning(this, title, message);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = m_editors->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i));
        if (editor && editor->document()->isModified() && !closeEditor(i)) {
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

// --- the main tool bar and the keyboard shortcuts

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Tool Bar"));
    m_toolBar->setObjectName(u"MainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    // New: a deployment at once, the other kinds from the button's menu.
    m_newAction = new QAction(actionIcon(u"document-new"_s), tr("New"), this);
    m_newAction->setObjectName(u"NewAction"_s);
    m_newAction->setToolTip(tr("New deployment (the arrow: a project or an image)"));
    m_newAction->setMenu(m_newMenu);
    connect(m_newAction, &QAction::triggered, this, [this] {
        const QList<QAction *> kinds = m_newMenu->actions();
        if (!kinds.isEmpty())
            kinds.constLast()->trigger(); // the deployment
    });
    m_toolBar->addAction(m_newAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_newAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    m_toolBar->addAction(m_save);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_launch);
    m_toolBar->addAction(m_build);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_abortRun);
    m_toolBar->addAction(m_terminateRun);
    connect(m_editors, &QTabWidget::currentChanged, this, &MainWindow::updateRunActions);
}

RunView *MainWindow::currentRunView() const
{
    return qobject_cast<RunView *>(m_editors->currentWidget());
}

void MainWindow::updateRunActions()
{
    if (!m_abortRun)
        return;
    RunView *view = currentRunView();
    m_abortRun->setEnabled(view && view->abortButton()->isEnabled());
    m_terminateRun->setEnabled(view && view->terminateButton()->isEnabled());
    m_updateRun->setEnabled(view && view->updateButton()->isEnabled());
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const
{
    // Every action of the menus with a key, in the menus' order.
    QList<QPair<QString, QString>> list;
    std::function<void(const QList<QAction *> &, const QString &)> walk =
        [&](const QList<QAction *> &actions, const QString &menu) {
            for (QAction *action : actions) {
                QString text = action->text();
                text.remove(u'&');
                if (action->menu()) {
                    walk(action->menu()->actions(), menu.isEmpty() ? text : menu + u" → "_s + text);
                    continue;
                }
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts())
                    keys << key.toString(QKeySequence::NativeText);
                if (!keys.isEmpty() && !text.isEmpty())
                    list.append({menu + u" → "_s + text, keys.join(u", "_s)});
            }
        };
    walk(menuBar()->actions(), QString());
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(u"ShortcutsDialog"_s);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(u"ShortcutsTable"_s);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<QPair<QString, QString>> keys = shortcuts();
    table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(keys.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(keys.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Also in the recipe editor: Ctrl+F finds, Ctrl+H replaces."), &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

// --- builds: an image built on a cloud, watched as a run

QString MainWindow::chosenModule(const QString &path) const
{
    if (!path.isEmpty())
        return path;
    if (currentEditor() && !currentEditor()->document()->path().isEmpty())
        return currentEditor()->document()->path();
    const QModelIndex current = m_catalogView->currentIndex();
    return current.data(CatalogModel::IsModuleRole).toBool()
               ? current.data(CatalogModel::PathRole).toString()
               : QString();
}

Catalog *MainWindow::chosenCatalog(const QString &path, Catalog *given) const
{
    if (given)
        return given;
    if (!path.isEmpty())
        return m_catalog;
    if (currentEditor() && !currentEditor()->document()->path().isEmpty())
        return &currentEditor()->document()->catalog();
    auto *selected = m_catalogView->currentIndex().data(CatalogModel::CatalogRole).value<Catalog *>();
    return selected ? selected : m_catalog;
}

void MainWindow::askBuild(const QString &path, Catalog *given)
{
    const QString module = chosenModule(path);
    Catalog *catalog = chosenCatalog(path, given);
    if (module.isEmpty() || !catalog || !m_runHost) {
        showError(tr("Build"), tr("Select an image to build."));
        return;
    }
    const auto latest = catalog->latest(module);
    if (!latest || latest->module.kind != ModuleKind::Image) {
        showError(tr("Build %1").arg(module), tr("Only an image can be built."));
        return;
    }
    if (ModuleEditor *editor = editorOf(module, catalog);
        editor && editor->document()->isModified()) {
        showError(tr("Build %1").arg(module),
                  tr("%1 has unsaved changes: save them first, a build starts from a saved "
                     "version.")
                      .arg(module));
        return;
    }
    const Result<QList<ImageBuildState>> states = imageBuildStates(*catalog, module);
    BuildDialog dialog(module,
                       m_runHost->clouds().clouds(),
                       states ? *states : QList<ImageBuildState>(),
                       builtinConnectors(),
                       this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const QString &cloud : dialog.selectedClouds())
        if (!buildImage(module, cloud, catalog))
            return;
}

bool MainWindow::buildImage(const QString &path, const QString &cloud, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog || !m_runHost)
        return false;
    const Result<RunPlan> plan = planImageBuild(*catalog, path, cloud);
    if (!plan) {
        showError(tr("Build %1").arg(path), plan.errorMessage());
        return false;
    }
    launchWhenHosted(*plan);
    return true;
}

// --- runs: the Launch action, the dashboard dock and the run views (ui/runs)

void MainWindow::createRunParts()
{
    if (!m_runMenu) {
        m_runMenu = new QMenu(tr("&Run"), this);
        const QList<QAction *> menus = menuBar()->actions();
        menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_runMenu);
        m_launch = m_runMenu->addAction(actionIcon(u"media-playback-start"_s),
                                        tr("&Launch…"),
                                        this,
                                        [this] { askLaunch(); });
        m_launch->setObjectName(u"LaunchAction"_s);
        m_launch->setShortcut(Qt::CTRL | Qt::Key_R);
        m_launch->setToolTip(tr("Launch the current deployment or image (Ctrl+R)"));
        m_build = m_runMenu->addAction(actionIcon(u"run-build"_s),
                                       tr("&Build Image…"),
                                       this,
                                       [this] { askBuild(); });
        m_build->setObjectName(u"BuildAction"_s);
        m_build->setShortcut(Qt::CTRL | Qt::Key_B);
        m_build->setToolTip(tr("Build the current image on a cloud (Ctrl+B)"));
        m_runMenu->addSeparator();
        m_abortRun = m_runMenu->addAction(actionIcon(u"process-stop"_s),
                                          tr("&Abort Run…"),
                                          this,
                                          [this] {
                                              if (RunView *view = currentRunView())
                                                  view->abortButton()->click();
                                          });
        m_abortRun->setObjectName(u"AbortRunAction"_s);
        m_abortRun->setShortcut(Qt::CTRL | Qt::Key_Period);
        m_terminateRun = m_runMenu->addAction(actionIcon(u"edit-delete"_s),
                                              tr("&Terminate Run…"),
                                              this,
                                              [this] {
                                                  if (RunView *view = currentRunView())
                                                      view->terminateButton()->click();
                                              });
        m_terminateRun->setObjectName(u"TerminateRunAction"_s);
        m_terminateRun->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
        m_updateRun = m_runMenu->addAction(actionIcon(u"system-software-update"_s),
                                           tr("&Update Run…"),
                                           this,
                                           [this] {
                                               if (RunView *view = currentRunView())
                                                   view->updateButton()->click();
                                           });
        m_updateRun->setObjectName(u"UpdateRunAction"_s);
        m_updateRun->setToolTip(
            tr("Move the current run to another version of its module, node by node"));
        createToolBar();
        updateRunActions();
    }
    if (!m_catalog || m_runHost)
        return;
    m_runHost = new ApplicationRunHost(m_catalog->fileName(), {}, this);
    connect(m_runHost, &ApplicationRunHost::failed, this, [this](const QString &message) {
        showError(tr("Runs"), tr("The runs cannot be hosted: %1").arg(message));
    });
    // A build of a team image records it through the window's open team catalog (no second
    // connection, no keychain wait on this thread); the engine opens one itself otherwise.
    connect(m_runHost, &ApplicationRunHost::started, this, [this] {
        if (RunHost *host = m_runHost->host())
            host->engine().setCatalogOpener(
                [window = QPointer<MainWindow>(this)](const QString &label) -> Catalog * {
                    return window ? window->openCatalogOfRun(label) : nullptr;
                });
    });
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(u"RunsDock"_s);
    m_runDashboard = new RunDashboard(m_runHost, m_runsDock);
    m_runsDock->setWidget(m_runDashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
    tabifyDockWidget(m_problemsDock, m_runsDock);
    m_problemsDock->raise();
    connect(m_runDashboard, &RunDashboard::runActivated, this, [this](const QString &run) {
        openRun(run);
    });
    QAction *showRuns = m_runsDock->toggleViewAction();
    showRuns->setText(tr("Runs &Dashboard"));
    m_runMenu->addSeparator();
    m_runMenu->addAction(showRuns);
    // Runs left going when the application last stopped are served again at once.
    if (ApplicationRunHost::hasRunsToResume(m_catalog->fileName()))
        m_runHost->start();
}

void MainWindow::askLaunch(const QString &path, Catalog *given)
{
    const QString module = chosenModule(path);
    Catalog *catalog = chosenCatalog(path, given);
    if (module.isEmpty() || !catalog || !m_runHost) {
        showError(tr("Launch"), tr("Select a deployment or an image to launch."));
        return;
    }
    if (ModuleEditor *editor = editorOf(module, catalog);
        editor && editor->document()->isModified()) {
        showError(tr("Launch %1").arg(module),
                  tr("%1 has unsaved changes: save them first, a run starts from a saved "
                     "version.")
                      .arg(module));
        return;
    }
    const auto latest = catalog->latest(module);
    if (!latest) {
        showError(tr("Launch %1").arg(module), latest.errorMessage());
        return;
    }
    if (latest->module.kind == ModuleKind::Project) {
        showError(tr("Launch %1").arg(module), tr("A project cannot be launched."));
        return;
    }
    // The images and parents the dialog checks come from the module's own catalog.
    LaunchDialog dialog(latest->module, catalog->lookup(), m_runHost->clouds().clouds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    launchModule(module, dialog.options(), catalog);
}

bool MainWindow::launchModule(const QString &path, const LaunchOptions &options, Catalog *catalog)
{
    if (!catalog)
        catalog = m_catalog;
    if (!catalog || !m_runHost)
        return false;
    const Result<RunPlan> plan = planRun(*catalog, path, options);
    if (!plan) {
        showError(tr("Launch %1").arg(path), plan.errorMessage());
        Q_EMIT launchFailed(plan.errorMessage());
        return false;
    }
    launchWhenHosted(*plan);
    return true;
}

void MainWindow::launchWhenHosted(const RunPlan &plan)
{
    if (m_runHost->host()) {
        launchPlanned(plan);
        return;
    }
    statusBar()->showMessage(tr("Starting the broker to launch %1…").arg(plan.modulePath));
    // Either signal ends the wait; the context object takes both connections with it.
    auto *waiting = new QObject(this);
    connect(m_runHost, &ApplicationRunHost::started, waiting, [this, waiting, plan] {
        waiting->deleteLater();
        launchPlanned(plan);
    });
    connect(m_runHost, &ApplicationRunHost::failed, waiting, [this, waiting](const QString &e) {
        waiting->deleteLater();
        Q_EMIT launchFailed(e);
    });
    m_runHost->start();
}

void MainWindow::launchPlanned(const RunPlan &plan)
{
    RunHost *host = m_runHost->host();
    const Result<QString> run = host->engine().launch(plan);
    if (!run) {
        showError(tr("Launch %1").arg(plan.modulePath), run.errorMessage());
        Q_EMIT launchFailed(run.errorMessage());
        return;
    }
    for (const Problem &warning : plan.warnings)
        qCInfo(lcUiRuns) << "launch warning:" << warning.field << warning.message;
    if (plan.kind == RunKind::Build) {
        // The image's Clouds tab shows the new build once the run has recorded it.
        const QString id = *run;
        const QString image = plan.modulePath;
        const QString label = plan.catalog;
        auto *watch = new QObject(this);
        connect(&host->engine(),
                &RunEngine::runSettled,
                watch,
                [this, watch, id, image, label](const QString &settled) {
                    if (settled != id)
                        return;
                    watch->deleteLater();
                    Catalog *catalog = openCatalogOfRun(label);
                    if (ModuleEditor *editor = catalog ? editorOf(image, catalog) : nullptr)
                        editor->refreshBuilds();
                });
    }
    statusBar()->showMessage(tr("Launched %1 version %2: run %3")
                                 .arg(plan.modulePath)
                                 .arg(plan.moduleVersion)
                                 .arg(*run),
                             5000);
    openRun(*run);
}

RunView *MainWindow::runViewOf(const QString &run) const
{
    for (int i = 0; i < m_editors->count(); ++i)
        if (auto *view = qobject_cast<RunView *>(m_editors->widget(i)))
            if (view->run() == run)
                return view;
    return nullptr;
}

RunView *MainWindow::openRun(const QString &run)
{
    if (RunView *open = runViewOf(run)) {
        m_editors->setCurrentWidget(open);
        return open;
    }
    if (!m_catalog || !m_runHost)
        return nullptr;
    RunHost *host = m_runHost->host();
    if (!host) {
        // A run of the dashboard before anything was hosted: host the runs, then show it.
        auto *waiting = new QObject(this);
        connect(m_runHost, &ApplicationRunHost::started, waiting, [this, waiting, run] {
            waiting->deleteLater();
            openRun(run);
        });
        connect(m_runHost, &ApplicationRunHost::failed, waiting, &QObject::deleteLater);
        m_runHost->start();
        return nullptr;
    }
    const std::optional<RunRecord> record = host->engine().run(run);
    if (!record) {
        showError(tr("Run %1").arg(run), tr("There is no run %1.").arg(run));
        return nullptr;
    }
    // The run's module is read from the catalog it came from; a team catalog not open here
    // leaves the view without it until it opens (the view says so).
    auto *view = new RunView(*host, openCatalogOfRun(record->catalog), run, m_editors);
    // Its link opens the run's team catalog: the remembered connection, else the dialog.
    connect(view, &RunView::openCatalogRequested, this, [this](const QString &label) {
        const Result<QString> name = rememberedConnectionOfRun(m_settings, label);
        if (name && !name->isEmpty())
            openRememberedTeamCatalog(*name);
        else
            askOpenTeamCatalog();
    });
    hideWelcome();
    const int index = m_editors->addTab(view, QIcon::fromTheme(u"system-run"_s), view->title());
    m_editors->setTabToolTip(index, tr("Run %1").arg(run));
    m_editors->setCurrentIndex(index);
    connect(view, &RunView::titleChanged, this, [this, view](const QString &title) {
        const int at = m_editors->indexOf(view);
        if (at >= 0)
            m_editors->setTabText(at, title);
        updateRunActions();
    });
    updateRunActions();
    return view;
}

bool MainWindow::closeRunView(int index)
{
    // The run goes on: closing its view only stops watching it.
    QWidget *view = m_editors->widget(index);
    m_editors->removeTab(index);
    view->deleteLater();
    if (m_editors->count() == 0)
        showWelcome();
    return true;
}

// --- team catalogs

void MainWindow::askOpenTeamCatalog()
{
    TeamCatalogDialog dialog(m_settings, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString name = dialog.name();
        const PostgresConnection connection = dialog.connection();
        if (!dialog.passwordTyped() && connection.sslCert.isEmpty()
            && m_settings.teamCatalogNames().contains(name)) {
            // A remembered connection: its password is in the keychain.
            openRememberedTeamCatalog(name, connection);
            return;
        }
        QString error;
        if (openTeamCatalog(name, connection, dialog.passwordTyped(), &error))
            return;
        dialog.setError(error);
    }
}

Catalog *MainWindow::openTeamCatalog(const QString &name,
                                     const PostgresConnection &connection,
                                     bool rememberPassword,
                                     QString *error)
{
    if (Catalog *open = teamCatalog(name)) {
        if (open->fileName() == connection.url())
            return open;
        if (!closeTeamCatalog(name))
            return nullptr;
    }
    auto catalog = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(connection));
    // Runs launched from it record "name (URL)", by which a restarted Slipway or the CLI
    // finds the remembered connection again.
    catalog->setSourceLabel(teamCatalogLabel(name, connection));
    statusBar()->showMessage(tr("Connecting to %1…").arg(connection.url()));
    if (auto opened = catalog->open(); !opened) {
        const QString message = opened.errorMessage();
        if (error)
            *error = message;
        else
            showError(tr("Open Team Catalog"), message);
        statusBar()->showMessage(message, 8000);
        Q_EMIT teamCatalogFailed(message);
        return nullptr;
    }
    Catalog *team = catalog.release();
    team->setParent(this);
    m_teamCatalogs.insert(name, team);
    // The connection is remembered without its password (PostgresConnection::url never holds
    // one); a typed password goes to the keychain.
    PostgresConnection withoutPassword = connection;
    withoutPassword.password.clear();
    if (auto remembered = rememberTeamCatalog(m_settings, name, withoutPassword); !remembered)
        statusBar()->showMessage(remembered.errorMessage(), 8000);
    if (rememberPassword && !connection.password.isEmpty()) {
        writeSecret(kTeamCatalogSecrets.toString(),
                    name,
                    connection.password.toUtf8(),
                    this,
                    [this, name](Result<void> stored) {
                        if (!stored)
                            showError(tr("Open Team Catalog"),
                                      tr("%1 is open, but its password could not be kept in "
                                         "the keychain: %2")
                                          .arg(name, stored.errorMessage()));
                        Q_EMIT teamPasswordStored(name, bool(stored));
                    });
    }
    m_catalogModel->addCatalog(team, name);
    for (Catalog *shown : {m_catalog, team}) {
        const QModelIndex root = m_proxy->mapFromSource(m_catalogModel->indexOf({}, shown));
        if (root.isValid())
            m_catalogView->expand(root);
    }
    statusBar()->showMessage(tr("Opened the team catalog %1 as %2").arg(name, connection.user),
                             5000);
    rememberOpenTeamCatalog(name, true);
    attachRunViews(team, false);
    Q_EMIT teamCatalogOpened(name);
    return team;
}

void MainWindow::openRememberedTeamCatalog(const QString &name)
{
    const auto connection = teamCatalogConnection(m_settings, name, false);
    if (!connection) {
        showError(tr("Open Team Catalog"), connection.errorMessage());
        Q_EMIT teamCatalogFailed(connection.errorMessage());
        return;
    }
    openRememberedTeamCatalog(name, *connection);
}

void MainWindow::openRememberedTeamCatalog(const QString &name, const PostgresConnection &connection)
{
    readSecret(kTeamCatalogSecrets.toString(),
               name,
               this,
               [this, name, connection](Result<QByteArray> secret) {
                   PostgresConnection withPassword = connection;
                   // None in the keychain: libpq's own means (~/.pgpass, a certificate).
                   if (secret)
                       withPassword.password = QString::fromUtf8(*secret);
                   openTeamCatalog(name, withPassword, false);
               });
}

Catalog *MainWindow::teamCatalog(const QString &name) const
{
    return m_teamCatalogs.value(name);
}

QString MainWindow::teamCatalogName(const Catalog *catalog) const
{
    for (auto it = m_teamCatalogs.cbegin(); it != m_teamCatalogs.cend(); ++it)
        if (it.value() == catalog)
            return it.key();
    return {};
}

bool MainWindow::closeTeamCatalog(const QString &name)
{
    Catalog *team = teamCatalog(name);
    if (!team)
        return false;
    for (int i = m_editors->count() - 1; i >= 0; --i) {
        auto *editor = qobject_cast<ModuleEditor *>(m_editors->widget(i));
        if (editor && &editor->document()->catalog() == team && !closeEditor(i))
            return false;
    }
    attachRunViews(team, true);
    m_teamCatalogs.remove(name);
    m_catalogModel->removeCatalog(team);
    delete team;
    rememberOpenTeamCatalog(name, false);
    statusBar()->showMessage(tr("Closed the team catalog %1").arg(name), 5000);
    return true;
}

bool MainWindow::publishToTeam(const QString &path, Catalog *team)
{
    if (!m_catalog || !team)
        return false;
    const QString title = tr("Publish %1").arg(path);
    if (ModuleEditor *editor = editorOf(path); editor && editor->document()->isModified()) {
        showError(title,
                  tr("%1 has unsaved changes: save them first, what is published is the saved "
                     "history.")
                      .arg(path));
        return false;
    }
    const auto published = publishModule(*m_catalog, *team, path);
    if (!published) {
        showError(title, published.errorMessage());
        return false;
    }
    catalogChanged();
    const QModelIndex there = m_proxy->mapFromSource(m_catalogModel->indexOf(path, team));
    if (there.isValid()) {
        m_catalogView->scrollTo(there);
        m_catalogView->setCurrentIndex(there);
    }
    const QString name = teamCatalogName(team);
    const int copied = published->copiedVersions();
    const QString withheld = published->withheld.join(u", "_s);
    const QString message
        = copied == 0 ? tr("%1 is already in the team catalog %2 as it is here.").arg(path, name)
          : withheld.isEmpty()
              ? tr("Published %1 to the team catalog %2: %n version(s) copied.", nullptr, copied)
                    .arg(path, name)
              : tr("Published %1 to the team catalog %2: %n version(s) copied; the values of "
                   "these passwords were left out: %3.",
                   nullptr,
                   copied)
                    .arg(path, name, withheld);
    // Pins of image versions that the team catalog numbers otherwise are said too.
    statusBar()->showMessage(published->repinned.isEmpty()
                                 ? message
                                 : tr("%1 Pinned image versions renumbered: %2")
                                       .arg(message, published->repinned.join(u"; "_s)),
                             8000);
    return true;
}

bool MainWindow::copyToLocal(const QString &path, Catalog *team)
{
    if (!m_catalog || !team)
        return false;
    const auto copied = publishModule(*team, *m_catalog, path);
    if (!copied) {
        showError(tr("Copy %1 to the local catalog").arg(path), copied.errorMessage());
        return false;
    }
    catalogChanged();
    statusBar()->showMessage(tr("Copied %1 from the team catalog %2: %n version(s).",
                                nullptr,
                                copied->copiedVersions())
                                 .arg(path, teamCatalogName(team)),
                             8000);
    return true;
}

void MainWindow::askPublish(const QString &path)
{
    QStringList names = m_teamCatalogs.keys();
    names.sort();
    if (names.isEmpty()) {
        askOpenTeamCatalog();
        names = m_teamCatalogs.keys();
        if (names.isEmpty())
            return;
    }
    QString name = names.constFirst();
    if (names.size() > 1) {
        bool ok = false;
        name = QInputDialog::getItem(this,
                                     tr("Publish %1").arg(path),
                                     tr("Publish to the team catalog:"),
                                     names,
                                     0,
                                     false,
                                     &ok);
        if (!ok)
            return;
    }
    publishToTeam(path, teamCatalog(name));
}

bool MainWindow::showTeamCatalogMenu(const QModelIndex &index, const QPoint &pos)
{
    auto *team = index.data(CatalogModel::CatalogRole).value<Catalog *>();
    if (!team || team == m_catalog)
        return false;
    const QString name = teamCatalogName(team);
    const QString path = index.data(CatalogModel::PathRole).toString();
    const bool isModule = index.data(CatalogModel::IsModuleRole).toBool();
    const bool deleted = index.data(CatalogModel::DeletedRole).toBool();
    const bool isProject = !isModule
                           || index.data(CatalogModel::KindRole).toInt()
                                  == int(ModuleKind::Project);
    const QString parent = isProject ? path : path.section(u'/', 0, -2);
    QMenu menu(this);
    if (isModule && !deleted)
        menu.addAction(tr("&Open"), this, [this, path, team] { openModule(path, team); });
    QMenu *create = menu.addMenu(tr("&New"));
    for (ModuleKind kind : {ModuleKind::Project, ModuleKind::Image, ModuleKind::Deployment}) {
        const QString title = kind == ModuleKind::Project ? tr("&Project…")
                              : kind == ModuleKind::Image ? tr("&Image…")
                                                          : tr("&Deployment…");
        create->addAction(kindIcon(kind), title, this, [this, kind, parent, team] {
            bool ok = false;
            const QString name = QInputDialog::getText(this,
                                                       tr("New %1").arg(kindTitle(kind)),
                                                       parent.isEmpty()
                                                           ? tr("Name:")
                                                           : tr("Name (in %1):").arg(parent),
                                                       QLineEdit::Normal,
                                                       QString(),
                                                       &ok);
            if (ok && !name.trimmed().isEmpty())
                createModule(kind,
                             parent.isEmpty() ? name.trimmed() : parent + u'/' + name.trimmed(),
                             team);
        });
    }
    if (isModule && !deleted
        && index.data(CatalogModel::KindRole).toInt() == int(ModuleKind::Image)) {
        menu.addSeparator();
        QAction *build = menu.addAction(actionIcon(u"run-build"_s),
                                        tr("&Build…"),
                                        this,
                                        [this, path, team] { askBuild(path, team); });
        build->setObjectName(u"CatalogBuildAction"_s);
    }
    if (isModule && !deleted) {
        menu.addSeparator();
        QAction *copy = menu.addAction(tr("Copy to the &Local Catalog"), this, [this, path, team] {
            copyToLocal(path, team);
        });
        copy->setObjectName(u"CopyToLocalAction"_s);
    }
    // Rename, move and delete as in the local catalog; the server decides.
    if (index.isValid() && !deleted && !path.isEmpty()) {
        menu.addSeparator();
        QAction *rename = menu.addAction(tr("&Rename or Move…"), this, [this, path, team] {
            askRename(path, team);
        });
        rename->setObjectName(u"TeamRenameAction"_s);
        QAction *remove = menu.addAction(QIcon::fromTheme(u"edit-delete"_s),
                                         tr("&Delete…"),
                                         this,
                                         [this, path, team] { deleteWithUndo(path, team); });
        remove->setObjectName(u"TeamDeleteAction"_s);
    }
    if (deleted) {
        QAction *restore = menu.addAction(tr("Re&store"), this, [this, path, team] {
            restoreModule(path, team);
        });
        restore->setObjectName(u"TeamRestoreAction"_s);
    }
    menu.addSeparator();
    menu.addAction(m_showDeleted);
    QAction *close = menu.addAction(QIcon::fromTheme(u"network-disconnect"_s),
                                    tr("&Close Team Catalog %1").arg(name),
                                    this,
                                    [this, name] { closeTeamCatalog(name); });
    close->setObjectName(u"CloseTeamCatalogAction"_s);
    menu.exec(m_catalogView->viewport()->mapToGlobal(pos));
    return true;
}

Catalog *MainWindow::openCatalogOfRun(const QString &label) const
{
    const RecordedCatalog recorded = recordedCatalog(label);
    if (recorded.isLocal())
        return m_catalog;
    for (Catalog *team : m_teamCatalogs)
        if (team->sourceLabel() == label)
            return team;
    // The same server under the recorded name, else under any name.
    if (Catalog *named = teamCatalog(recorded.name); named && named->fileName() == recorded.url)
        return named;
    for (Catalog *team : m_teamCatalogs)
        if (team->fileName() == recorded.url)
            return team;
    return nullptr;
}

void MainWindow::attachRunViews(Catalog *team, bool closing)
{
    for (int i = 0; i < m_editors->count(); ++i) {
        auto *view = qobject_cast<RunView *>(m_editors->widget(i));
        if (!view)
            continue;
        if (closing && view->catalog() == team)
            view->setCatalog(nullptr);
        else if (!closing && !view->catalog() && openCatalogOfRun(view->catalogLabel()) == team)
            view->setCatalog(team);
    }
}

void MainWindow::rememberOpenTeamCatalog(const QString &name, bool open)
{
    // One that could not be opened again at start stays in the list until the user closes it.
    QStringList names = m_settings.openTeamCatalogs();
    names.removeAll(name);
    if (open)
        names << name;
    names.sort();
    m_settings.setOpenTeamCatalogs(names);
    m_settings.sync();
}

void MainWindow::reopenTeamCatalogs()
{
    for (const QString &name : m_settings.openTeamCatalogs()) {
        if (teamCatalog(name))
            continue;
        const auto connection = teamCatalogConnection(m_settings, name, false);
        if (!connection) {
            // Forgotten since: nothing to open again, now or later.
            if (!m_settings.hasTeamCatalog(name)) {
                rememberOpenTeamCatalog(name, false);
                continue;
            }
            const QString message = tr("The team catalog %1 was not opened again: %2")
                                        .arg(name, connection.errorMessage());
            statusBar()->showMessage(message);
            Q_EMIT teamCatalogFailed(message);
            continue;
        }
        readSecret(kTeamCatalogSecrets.toString(),
                   name,
                   this,
                   [this, name, saved = *connection](Result<QByteArray> secret) {
                       PostgresConnection withPassword = saved;
                       if (secret)
                           withPassword.password = QString::fromUtf8(*secret);
                       QString error;
                       if (openTeamCatalog(name, withPassword, false, &error))
                           return;
                       // Kept in the list: the next start tries again. No dialog at start.
                       statusBar()->showMessage(
                           tr("The team catalog %1 was not opened again (File → Open Team "
                              "Catalog… tries again): %2")
                               .arg(name, error));
                   });
    }
}

} // namespace Slipway
