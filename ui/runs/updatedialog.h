#pragma once

// Run → Update…: the plan of moving a Ready run to another version of its module, before
// anything changes. Per node, what happens and why (a list, with the inputs that changed and
// the outputs that depend on them), and the same on the target version's diagram, each node
// outlined in its action's colour (nodes the target no longer has are drawn where they were).
// Apply starts the rolling update (RunEngine::update) with the batch size chosen; the run
// view follows it.

#include "core/run/updateplan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGraphicsView;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTreeWidget;

namespace Slipway {

class Catalog;
class DeploymentScene;
class Document;
class RunHost;

class UpdateDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateDialog(RunHost &host, Catalog &catalog, const QString &run, QWidget *parent = nullptr);
    ~UpdateDialog() override;

    // The version planned for; replans when it changes.
    void setTargetVersion(int version);
    int targetVersion() const;
    // The plan shown; empty when it could not be made (message() says why).
    const std::optional<UpdatePlan> &plan() const { return m_plan; }
    // Starts the update with the plan shown; accepts the dialog when it started.
    Result<void> apply();

    QComboBox *versionBox() const { return m_version; }
    QTreeWidget *planList() const { return m_list; }
    QSpinBox *batchBox() const { return m_batch; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *messageLabel() const { return m_message; }
    // The target version's diagram with the plan's colours; nullptr for a single-image run.
    QGraphicsView *diagramView() const { return m_diagramView; }
    DeploymentScene *scene() const { return m_scene; }

private:
    void replan();
    void showPlan();
    void showDiagram();
    void removeDiagram();

    RunHost &m_host;
    Catalog &m_catalog;
    QString m_run;
    std::optional<UpdatePlan> m_plan;

    QComboBox *m_version = nullptr;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_batch = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QGraphicsView *m_diagramView = nullptr; // none for a single-image run
    std::unique_ptr<Document> m_document;   // the target version, with the removed nodes
    DeploymentScene *m_scene = nullptr;
};

} // namespace Slipway
