#pragma once

// The dashboard of runs: every run of the catalog with its state, duration,
// clouds, module, tags and start, filtered by state, module text and cloud; live while the
// application hosts runs. Activating a run opens its run view.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Slipway {

class ApplicationRunHost;
class RunFilterModel;
class RunListModel;

class RunDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit RunDashboard(ApplicationRunHost *runs, QWidget *parent = nullptr);

    QComboBox *stateFilter() const { return m_state; }
    QLineEdit *moduleFilter() const { return m_module; }
    QComboBox *cloudFilter() const { return m_cloud; }
    QTableView *view() const { return m_view; }
    RunListModel *model() const { return m_model; }
    RunFilterModel *filterModel() const { return m_filter; }

    // Reads the runs again (from the engine once the runs are hosted, else the records).
    void reload();

Q_SIGNALS:
    void runActivated(const QString &run);

private:
    void updateCloudChoices();

    ApplicationRunHost *m_runs;
    RunListModel *m_model;
    RunFilterModel *m_filter;
    QComboBox *m_state;
    QLineEdit *m_module;
    QComboBox *m_cloud;
    QTableView *m_view;
};

} // namespace Slipway
