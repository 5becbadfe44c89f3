#pragma once

#include "core/model/module.h"
#include "core/run/runplan.h"
#include "core/storage/postgresbackend.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QToolBar;
class QTableView;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace Slipway {

class ApplicationRunHost;
class Catalog;
class CatalogModel;
class Document;
class ModuleEditor;
class ProblemsModel;
class RunDashboard;
class RunView;
class Settings;
class WelcomePage;

// The main window: the catalog dock on the left, the tabbed module editors in the middle, the
// inspector and the problems of the current module, and the status bar. Its geometry, dock
// layout and recent modules are kept in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    MainWindow(Settings &settings, Catalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    QDockWidget *catalogDock() const { return m_catalogDock; }
    QTreeView *catalogView() const { return m_catalogView; }
    QLineEdit *catalogFilter() const { return m_filter; }
    // The modules the filter text finds inside (descriptions, recipes), below the tree.
    QListWidget *searchResults() const { return m_searchResults; }
    // Opens a module of the search results; an image at the first recipe holding text, with
    // the text selected.
    bool openSearchHit(const QString &path, const QString &text);
    CatalogModel *catalogModel() const { return m_catalogModel; }
    QSortFilterProxyModel *catalogProxy() const { return m_proxy; }
    QTabWidget *editorArea() const { return m_editors; }
    WelcomePage *welcomePage() const { return m_welcome; }
    // Shows the welcome page (View → Welcome Page), filled again; it leaves when a module or a
    // run opens and comes back when the last tab closes.
    void showWelcome();
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QTableView *problemsView() const { return m_problemsView; }
    ProblemsModel *problemsModel() const { return m_problems; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *showDeletedAction() const { return m_showDeleted; }

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);

    // Opens (or shows) the editor of a module; nullptr and a message when it cannot be read.
    ModuleEditor *openModule(const QString &path);
    // The same in a given catalog (the local one when nullptr, or an open team catalog).
    ModuleEditor *openModule(const QString &path, Catalog *catalog);
    ModuleEditor *currentEditor() const;
    ModuleEditor *editorOf(const QString &path) const; // in the local catalog
    ModuleEditor *editorOf(const QString &path, const Catalog *catalog) const;
    // Creates a module of kind at path (version 1) and opens it (in catalog; nullptr: local).
    ModuleEditor *createModule(ModuleKind kind, const QString &path, Catalog *catalog = nullptr);

    // --- team catalogs, shown beside the local one in the catalog tree
    QAction *openTeamCatalogAction() const { return m_openTeam; }
    // File → Open Team Catalog…: the connection dialog, then the catalog.
    void askOpenTeamCatalog();
    // Connects to a team catalog as name and shows it in the tree; on success the connection
    // is remembered in the settings (without its password) and, with rememberPassword, a
    // password goes to the keychain (teamPasswordStored tells when it is there). nullptr on
    // failure: the message goes to *error when given, else to the user.
    Catalog *openTeamCatalog(const QString &name,
                             const PostgresConnection &connection,
                             bool rememberPassword,
                             QString *error = nullptr);
    // Opens a remembered connection with the password the keychain holds for it (if any);
    // teamCatalogOpened or teamCatalogFailed tell how it went.
    void openRememberedTeamCatalog(const QString &name, const PostgresConnection &connection);
    void openRememberedTeamCatalog(const QString &name);
    Catalog *teamCatalog(const QString &name) const;
    QString teamCatalogName(const Catalog *catalog) const;
    // Closes the team catalog and its editors; false when one has unsaved changes.
    bool closeTeamCatalog(const QString &name);
    // "Publish to team catalog": copies a local module with its history and references
    // (core/catalog/publish.h); false and a message when refused.
    bool publishToTeam(const QString &path, Catalog *team);
    // The other way: copies a team module with its history and references to the local
    // catalog (where runs start from); false and a message when refused.
    bool copyToLocal(const QString &path, Catalog *team);
    // Asks which open team catalog (opening one first when none is) and publishes path there.
    void askPublish(const QString &path);
    // Saves the current module with a comment; false and a message on failure.
    bool saveCurrent(const QString &comment);
    // Asks for a comment, then saves (Ctrl+S).
    void save();
    bool closeEditor(int index); // asks about unsaved changes
    // The catalog changes as they are, without asking and without an undo step.
    // In catalog (nullptr: the local one); on a team catalog its server decides, and a
    // refusal says which right is missing on which module (core/catalog/missingright.h).
    bool renameModule(const QString &from, const QString &to, Catalog *catalog = nullptr);
    bool removeModule(const QString &path, Catalog *catalog = nullptr);
    bool restoreModule(const QString &path, Catalog *catalog = nullptr);
    // The same from the catalog dock (drag, F2, Delete, the context menu): named references
    // first (a confirmation listing the modules that refer into the subtree), then the change
    // as a step of the catalog's undo stack. False when refused or cancelled.
    bool moveWithUndo(const QString &from,
                      const QString &to,
                      bool confirm = true,
                      Catalog *catalog = nullptr);
    bool deleteWithUndo(const QString &path, Catalog *catalog = nullptr);
    // Moves dropped modules into folder (each keeps its name), one undo step each.
    void moveIntoFolder(const QStringList &paths, const QString &folder, Catalog *catalog = nullptr);
    // Modules dragged from one catalog into another: from the local catalog into a team
    // catalog they are published there (after a confirmation; they keep their paths, and the
    // local modules stay); every other way is refused with a message saying how (a team
    // module's context menu copies it to the local catalog). False when nothing was copied.
    bool dropIntoCatalog(const QStringList &paths, Catalog *from, Catalog *to);
    // Undo of the catalog's tree changes: active while the catalog dock has the focus.
    QUndoStack *catalogUndoStack() const { return m_catalogUndo; }
    void selectInCatalog(const QString &path);
    // Writes the subtree at root ("" = everything) to a bundle file.
    bool exportBundle(const QString &root, const QString &fileName, bool withHistory);
    // Shows the import preview of bundles and SlipStream XML files (Ctrl+I, or files given on
    // the command line) and imports on the user's word; true when something was imported.
    bool importFiles(const QStringList &files);

    // --- runs (ui/runs) ---
    ApplicationRunHost *runHost() const { return m_runHost; }
    RunDashboard *runDashboard() const { return m_runDashboard; }
    QDockWidget *runsDock() const { return m_runsDock; }
    QAction *launchAction() const { return m_launch; }
    QAction *buildAction() const { return m_build; }
    QAction *abortRunAction() const { return m_abortRun; }
    QAction *terminateRunAction() const { return m_terminateRun; }
    QAction *updateRunAction() const { return m_updateRun; }
    QAction *newAction() const { return m_newAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // Every menu command with its keys, "File → Save…" → "Ctrl+S" (Help → Keyboard
    // Shortcuts shows them).
    QList<QPair<QString, QString>> shortcuts() const;
    void showShortcuts();
    // Asks for the clouds (BuildDialog) and builds the image (the current one when path is
    // empty) on each, every build shown as a run (Ctrl+B, the editor's Build button, the
    // catalog's context menu).
    // The module is taken from catalog (nullptr: the catalog of the current editor or of the
    // tree's selection when path is empty, else the local one), a team catalog's included:
    // the run records the catalog, and the image and its parents come from it.
    void askBuild(const QString &path = {}, Catalog *catalog = nullptr);
    // Plans the build of path's latest version on cloud and starts it once the runs are
    // hosted; its run view opens then. False and a message when it cannot be planned.
    bool buildImage(const QString &path, const QString &cloud, Catalog *catalog = nullptr);
    // Opens the launch dialog for a module (the current one when path is empty) and launches
    // what it returns (Ctrl+R). The catalog as askBuild's.
    void askLaunch(const QString &path = {}, Catalog *catalog = nullptr);
    // Plans a run of the latest version of path in catalog (nullptr: the local one) and
    // launches it once the runs are hosted; its run view opens then. False and a message when
    // it cannot be planned.
    bool launchModule(const QString &path, const LaunchOptions &options, Catalog *catalog = nullptr);
    // Opens (or shows) the run view of a run; nullptr when the runs are not hosted yet (it
    // opens once they are). The view reads the run's module from the catalog the run
    // recorded; a team catalog that is not open is said so in the view, which shows the
    // module once that catalog opens.
    RunView *openRun(const QString &run);
    // The open catalog a run's recorded catalog (RunRecord::catalog) names: the local one for
    // an empty label, an open team catalog of that connection, else nullptr.
    Catalog *openCatalogOfRun(const QString &label) const;
    RunView *runViewOf(const QString &run) const;
    // The welcome page's one-click launch: with the module's defaults, or through the launch
    // dialog when the recipe checks find errors.
    void launchExample(const QString &path);

Q_SIGNALS:
    // A launch or build could not start (the message is also shown to the user).
    void launchFailed(const QString &message);
    void teamCatalogOpened(const QString &name);
    void teamCatalogFailed(const QString &message);
    // A typed password of a team catalog reached the keychain (or could not: ok false).
    void teamPasswordStored(const QString &name, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The module a Build or Launch acts on: path when given, else the current editor's module,
    // else the module selected in the catalog; empty when there is none.
    QString chosenModule(const QString &path) const;
    // The catalog of that module: given when not nullptr; with no path, the current editor's
    // or the tree selection's catalog; else the local one.
    Catalog *chosenCatalog(const QString &path, Catalog *given) const;
    // The team catalogs open when the window last closed (Settings::openTeamCatalogs), opened
    // again with their passwords from the keychain; a failure is a status bar message.
    void reopenTeamCatalogs();
    // Records that a team catalog was opened or closed, for the next start.
    void rememberOpenTeamCatalog(const QString &name, bool open);
    void createActions();
    void createDocks();
    void restoreLayout();
    void currentEditorChanged();
    void updateTabTitle(ModuleEditor *editor);
    void updateProblems();
    void updateInspector();
    void updateRecentMenu();
    void catalogChanged();
    void showCatalogMenu(const QPoint &pos);
    // The context menu of a team catalog's row or module: true when it was shown.
    bool showTeamCatalogMenu(const QModelIndex &index, const QPoint &pos);
    void askNewModule(ModuleKind kind, const QString &parentPath);
    void askRename(const QString &path, Catalog *catalog = nullptr);
    void askExport(const QString &root, bool withHistory);
    void askImport();
    void openSettings();
    void hideWelcome();
    // Asks for a cloud's secret and stores it in the keychain (the welcome page's fix).
    void askCredentials(const QString &cloud);
    // Sets up the relay (relay.json and its secret in the keychain).
    void askRelay();
    void filterChanged(const QString &text);
    void updateSearchResults(const QString &text);
    void showError(const QString &title, const QString &message);
    void createRunParts();
    void launchPlanned(const RunPlan &plan);
    // Run views of runs from the team catalog `team` read it (or nothing, when closing).
    void attachRunViews(Catalog *team, bool closing);
    void launchWhenHosted(const RunPlan &plan);
    void createToolBar();
    RunView *currentRunView() const;
    void updateRunActions();
    bool closeRunView(int index);

    Settings &m_settings;
    Catalog *m_catalog = nullptr;
    CatalogModel *m_catalogModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QTreeView *m_catalogView = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_searchResults = nullptr;
    QTabWidget *m_editors = nullptr;
    WelcomePage *m_welcome = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QFormLayout *m_inspectorForm = nullptr;
    QList<QLabel *> m_inspectorValues;
    QDockWidget *m_problemsDock = nullptr;
    QTableView *m_problemsView = nullptr;
    ProblemsModel *m_problems = nullptr;
    QLabel *m_problemCount = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_catalogUndo = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_showDeleted = nullptr;
    QAction *m_openTeam = nullptr;
    QHash<QString, Catalog *> m_teamCatalogs; // by name; children of the window
    QMenu *m_recentMenu = nullptr;
    QPointer<Document> m_problemSource;
    ApplicationRunHost *m_runHost = nullptr;
    RunDashboard *m_runDashboard = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QAction *m_launch = nullptr;
    QAction *m_build = nullptr;
    QAction *m_abortRun = nullptr;
    QAction *m_terminateRun = nullptr;
    QAction *m_updateRun = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QMenu *m_newMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_runMenu = nullptr;
};

} // namespace Slipway
