#pragma once

#include "core/model/module.h"
#include "core/run/runplan.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoGroup;

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
    CatalogModel *catalogModel() const { return m_catalogModel; }
    QSortFilterProxyModel *catalogProxy() const { return m_proxy; }
    QTabWidget *editorArea() const { return m_editors; }
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
    ModuleEditor *currentEditor() const;
    ModuleEditor *editorOf(const QString &path) const;
    // Creates a module of kind at path (version 1) and opens it.
    ModuleEditor *createModule(ModuleKind kind, const QString &path);
    // Saves the current module with a comment; false and a message on failure.
    bool saveCurrent(const QString &comment);
    // Asks for a comment, then saves (Ctrl+S).
    void save();
    bool closeEditor(int index); // asks about unsaved changes
    bool renameModule(const QString &from, const QString &to);
    bool removeModule(const QString &path);
    bool restoreModule(const QString &path);
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
    // Opens the launch dialog for a module (the current one when path is empty) and launches
    // what it returns (Ctrl+R).
    void askLaunch(const QString &path = {});
    // Plans a run of the latest version of path and launches it once the runs are hosted;
    // its run view opens then. False and a message when it cannot be planned.
    bool launchModule(const QString &path, const LaunchOptions &options);
    // Opens (or shows) the run view of a run; nullptr when the runs are not hosted yet (it
    // opens once they are).
    RunView *openRun(const QString &run);
    RunView *runViewOf(const QString &run) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    void askNewModule(ModuleKind kind, const QString &parentPath);
    void askRename(const QString &path);
    void askExport(const QString &root, bool withHistory);
    void askImport();
    void openSettings();
    void filterChanged(const QString &text);
    void showError(const QString &title, const QString &message);
    void createRunParts();
    void launchPlanned(const RunPlan &plan);
    bool closeRunView(int index);

    Settings &m_settings;
    Catalog *m_catalog = nullptr;
    CatalogModel *m_catalogModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QTreeView *m_catalogView = nullptr;
    QLineEdit *m_filter = nullptr;
    QTabWidget *m_editors = nullptr;
    QLabel *m_emptyHint = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QFormLayout *m_inspectorForm = nullptr;
    QList<QLabel *> m_inspectorValues;
    QDockWidget *m_problemsDock = nullptr;
    QTableView *m_problemsView = nullptr;
    ProblemsModel *m_problems = nullptr;
    QLabel *m_problemCount = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_showDeleted = nullptr;
    QMenu *m_recentMenu = nullptr;
    QPointer<Document> m_problemSource;
    ApplicationRunHost *m_runHost = nullptr;
    RunDashboard *m_runDashboard = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QAction *m_launch = nullptr;
    QMenu *m_runMenu = nullptr;
};

} // namespace Slipway
