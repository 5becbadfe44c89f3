#pragma once

// The dashboard of runs: every run of the catalog with its state, duration,
// clouds, module, tags and start, filtered by state, module text and cloud; live while the
// application hosts runs. Activating a run opens its run view.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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
    // The tags of the runs shown, to show only the runs with one.
    QComboBox *tagFilter() const { return m_tag; }
    QTableView *view() const { return m_view; }
    RunListModel *model() const { return m_model; }
    RunFilterModel *filterModel() const { return m_filter; }
    // The selected run's service URL (ss:url.service) as a link; hidden when it has none.
    QLabel *serviceLink() const { return m_service; }
    // Edits the selected run's tags (enabled while the runs are hosted and one is selected).
    QPushButton *editTagsButton() const { return m_editTags; }

    // Reads the runs again (from the engine once the runs are hosted, else the records).
    void reload();

Q_SIGNALS:
    void runActivated(const QString &run);

private:
    void updateCloudChoices();
    void updateTagChoices();
    void updateServiceLink();
    void valueSet(const QString &run, const QString &key);

    ApplicationRunHost *m_runs;
    RunListModel *m_model;
    RunFilterModel *m_filter;
    QComboBox *m_state;
    QLineEdit *m_module;
    QComboBox *m_cloud;
    QComboBox *m_tag;
    QTableView *m_view;
    QLabel *m_service;
    QPushButton *m_editTags;
};

} // namespace Slipway
