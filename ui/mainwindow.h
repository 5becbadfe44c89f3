#pragma once

#include "core/model/module.h"

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

class Catalog;
class CatalogModel;
class Document;
class ModuleEditor;
class ProblemsModel;
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
};

} // namespace Slipway
