#pragma once

// The live view of one run: the deployment's diagram, read-only, with the
// instances' states as colours, their statecustom and the values published on the ports; the
// instances with their logs (tailed as they grow) and reports; the run's parameters; abort
// with a reason, terminate, and scaling a node of a Ready run by +N / -N.

#include "core/catalog/catalog.h"
#include "core/model/result.h"
#include "core/run/persistedplan.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QGraphicsView;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Slipway {

class Catalog;
class DeploymentScene;
class Document;
class InstanceListModel;
class RunHost;
class RunOutputPane;
class RunParameterModel;
struct RunEvent;

class RunView : public QWidget
{
    Q_OBJECT

public:
    RunView(RunHost &host, Catalog &catalog, const QString &run, QWidget *parent = nullptr);
    // catalog: the one the run's module came from (RunRecord::catalog), nullptr when it is a
    // team catalog that is not open: the view says so, and shows the module once setCatalog
    // gives it.
    RunView(RunHost &host, Catalog *catalog, const QString &run, QWidget *parent = nullptr);
    ~RunView() override;

    QString run() const { return m_run; }
    QString title() const;
    // The catalog the run's module is read from (diagram, Update…); nullptr: not open here.
    Catalog *catalog() const { return m_catalog; }
    // The run's recorded catalog (empty: the local one).
    QString catalogLabel() const { return m_catalogLabel; }
    // Reads the module from catalog from now on (nullptr: the catalog closes).
    void setCatalog(Catalog *catalog);
    // "from <team catalog>" beside the title; nullptr for a run of the local catalog.
    QLabel *catalogSource() const { return m_source; }
    // What the view says while the run's team catalog is not open, with a link that opens it
    // (openCatalogRequested); hidden otherwise.
    QLabel *catalogProblem() const { return m_catalogProblem; }

    // What the buttons do, without asking.
    Result<void> abortRun(const QString &reason);
    Result<void> terminateRun();
    Result<void> scaleNode(const QString &node, int delta);
    // Shows the log and reports of one instance ("" = the whole run).
    void showInstance(const QString &instance);
    QString shownInstance() const { return m_instance; }

    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *abortButton() const { return m_abort; }
    // Build runs only: the steps done of the build; nullptr for other runs.
    QProgressBar *buildProgress() const { return m_buildProgress; }
    QPushButton *terminateButton() const { return m_terminate; }
    // The run's tags, and the button that edits them.
    QLabel *tagsLabel() const { return m_tags; }
    QPushButton *editTagsButton() const { return m_editTags; }
    // Run → Update…: opens the update dialog (a Ready run); its progress shows in
    // updateProgress() while the run is Updating.
    QPushButton *updateButton() const { return m_update; }
    QProgressBar *updateProgress() const { return m_updateProgress; }
    // The run's service URL (ss:url.service) as a link; hidden until a node publishes it.
    QLabel *serviceLink() const { return m_service; }
    // Opens the user's terminal logged in to the selected instance (its url.ssh).
    QPushButton *terminalButton() const { return m_terminalButton; }
    // The url.ssh of an instance ("web.1"), empty when it has none yet.
    QString sshUrlOf(const QString &instance) const { return m_sshUrls.value(instance); }
    QComboBox *scaleNodeBox() const { return m_scaleNode; }
    QSpinBox *scaleDeltaBox() const { return m_scaleDelta; }
    QPushButton *scaleButton() const { return m_scale; }
    QTableView *instancesView() const { return m_instancesView; }
    InstanceListModel *instanceModel() const { return m_instances; }
    QTableView *parametersView() const { return m_parametersView; }
    RunParameterModel *parameterModel() const { return m_parameters; }
    QPlainTextEdit *logView() const { return m_log; }
    // The instances' script output as they stream it while their phases run.
    RunOutputPane *outputPane() const { return m_outputPane; }
    QListWidget *reportList() const { return m_reports; }
    QPlainTextEdit *reportView() const { return m_report; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    // Writes the report "instance/name" to file byte for byte, read off the GUI thread;
    // reportSaved() or a message when done.
    void saveReport(const QString &report, const QString &file);
    QTabWidget *detailTabs() const { return m_tabs; }
    // The deployment's diagram; nullptr for single-image runs and builds.
    QGraphicsView *diagramView() const { return m_diagramView; }
    DeploymentScene *scene() const { return m_scene; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    // The user asked to open the run's team catalog (the link of catalogProblem()).
    void openCatalogRequested(const QString &label);
    void reportSaved(const QString &file);

private:
    void createDiagram();
    // The run's module version from m_catalog, and its diagram for a deployment; the
    // parameters each node declares.
    QHash<QString, QStringList> loadModule();
    void dropModule();
    void updateCatalogProblem();
    void askAbort();
    void askTerminate();
    void askUpdate();
    void updateProgressShown();
    // The run moved to another version of its module: its title and diagram follow.
    void followModuleVersion();
    void updateRunState();
    void updateTags();
    void updateNodeStates(const QString &node);
    void updateScaleNodes();
    void valueSet(const QString &key, const QString &value);
    void eventAdded(const RunEvent &event);
    void reloadLog();
    void reloadReports();
    void showReport();
    void showMessage(const QString &text, bool error);

    RunHost &m_host;
    QPointer<Catalog> m_catalog;
    QString m_catalogLabel;
    QString m_run;
    QString m_modulePath;
    int m_moduleVersion = 0;
    PersistedPlan m_plan; // which keys hold passwords
    QString m_instance;   // shown in the log and reports
    qint64 m_lastEvent = 0;

    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_catalogProblem = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QString m_scalingNode;   // the node being scaled, until the run is Ready again
    bool m_updating = false; // an update started here, until the run is Ready again
    QPushButton *m_abort = nullptr;
    QProgressBar *m_buildProgress = nullptr;
    QPushButton *m_terminate = nullptr;
    QLabel *m_tags = nullptr;
    QPushButton *m_editTags = nullptr;
    QPushButton *m_update = nullptr;
    QProgressBar *m_updateProgress = nullptr;
    QLabel *m_service = nullptr;
    QPushButton *m_terminalButton = nullptr;
    QHash<QString, QString> m_sshUrls; // instance -> url.ssh
    QComboBox *m_scaleNode = nullptr;
    QSpinBox *m_scaleDelta = nullptr;
    QPushButton *m_scale = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_instancesView = nullptr;
    InstanceListModel *m_instances = nullptr;
    QTableView *m_parametersView = nullptr;
    RunParameterModel *m_parameters = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_logTitle = nullptr;
    QPlainTextEdit *m_log = nullptr;
    RunOutputPane *m_outputPane = nullptr;
    QListWidget *m_reports = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_saveReport = nullptr;
    std::unique_ptr<Document> m_document; // the run's module version, for the diagram
    QGraphicsView *m_diagramView = nullptr;
    DeploymentScene *m_scene = nullptr;
};

} // namespace Slipway
