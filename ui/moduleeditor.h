#pragma once

#include "core/model/module.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Slipway {

class AuthorizationEditor;
class DeploymentDiagram;
class Document;
class HistoryView;
class RecipePane;
class Settings;
class TableEditor;

// The editor of one open module, in tabs: the summary, then by kind the image's clouds,
// packages, parameters and recipes or the deployment's nodes, then authorization and history.
// Every change goes through the document's undo stack.
class ModuleEditor : public QWidget
{
    Q_OBJECT

public:
    ModuleEditor(Document *document, const Settings &settings, QWidget *parent = nullptr);
    ~ModuleEditor() override;

    Document *document() const { return m_document; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *parentEdit() const { return m_parent; }
    QCheckBox *nativeBox() const { return m_native; }
    QLineEdit *loginUserEdit() const { return m_loginUser; }
    QComboBox *platformEdit() const { return m_platform; }
    TableEditor *table(const QString &objectName) const;
    RecipePane *ownRecipe(RecipeKind kind) const;
    RecipePane *inheritedRecipe(RecipeKind kind) const;
    QTabWidget *recipeTabs() const { return m_recipeTabs; }
    HistoryView *history() const { return m_history; }
    AuthorizationEditor *authorization() const { return m_authz; }
    DeploymentDiagram *diagram() const { return m_diagram; } // deployments only
    // The bar above the tabs that says another member saved a newer version (or deleted the
    // module) since this editor read it, with Reload.
    QWidget *newerVersionBar() const { return m_newerBar; }
    QLabel *newerVersionLabel() const { return m_newerText; }
    QPushButton *reloadButton() const { return m_reload; }
    // Images only: the Clouds tab's table of built images (cloud, id, version built from,
    // time, current or stale) and its Build button.
    QTableWidget *builtImagesTable() const { return m_builtImages; }
    QPushButton *buildButton() const { return m_buildButton; }
    // Reads the built images of the saved image again (after a build).
    void refreshBuilds();

    // Shows the tab and, where it can, the row or editor of a validation field
    // ("image.parameters[db].default", "deployment.nodes[web].mappings[db_host]").
    bool focusField(const QString &field);
    void showRecipe(RecipeKind kind);

    void applySettings(const Settings &settings);

Q_SIGNALS:
    // The Build button: build the saved image on clouds the window asks for.
    void buildRequested(const QString &path);

private:
    QWidget *buildSummary();
    QWidget *buildClouds();
    QWidget *buildRecipes();
    QWidget *buildNodes();
    void refresh(int parts);
    void refreshRecipes();
    void showMappingsOf(int nodeRow);
    QWidget *buildNewerVersionBar();
    void moduleChangedElsewhere(const QString &path, int latestVersion, bool deleted);

    Document *m_document;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_native = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_loginUser = nullptr;
    QComboBox *m_platform = nullptr;
    QLabel *m_chain = nullptr;
    QTabWidget *m_recipeTabs = nullptr;
    QList<RecipePane *> m_ownRecipes;
    QList<RecipePane *> m_inheritedRecipes;
    QList<TableEditor *> m_tables;
    TableEditor *m_nodes = nullptr;
    TableEditor *m_mappings = nullptr;
    QLabel *m_mappingsTitle = nullptr;
    std::shared_ptr<QString> m_mappedNode;
    HistoryView *m_history = nullptr;
    AuthorizationEditor *m_authz = nullptr;
    DeploymentDiagram *m_diagram = nullptr;
    QWidget *m_newerBar = nullptr;
    QLabel *m_newerText = nullptr;
    QPushButton *m_reload = nullptr;
    int m_newerVersion = 0; // the newest version announced, 0: none newer than the document's
    QTableWidget *m_builtImages = nullptr;
    QPushButton *m_buildButton = nullptr;
    bool m_updating = false;
};

} // namespace Slipway
