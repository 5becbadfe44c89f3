#pragma once

// The runs of the catalog, newest first, for the dashboard: state, module, clouds, tags, when
// started, for how long, and the health of their checked instances. Live when attached to a run engine.

#include "core/run/runrecords.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Slipway {

class RunEngine;

class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StateColumn,
        ModuleColumn,
        CloudColumn,
        TagsColumn,
        StartedColumn,
        DurationColumn,
        HealthColumn,
        ColumnCount
    };
    // HealthRole: "healthy", "unhealthy", "unknown"; empty when nothing of the run is checked.
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,
        ModuleRole,
        CloudsRole,
        TagsRole,
        HealthRole
    };

    explicit RunListModel(QObject *parent = nullptr);

    // Shows these runs (e.g. read from the records before any run is hosted).
    void setRuns(const QList<RunRecord> &runs);
    // Shows the engine's runs and follows them from now on.
    void setEngine(RunEngine *engine);
    // Inserts or updates one run.
    void updateRun(const RunRecord &run);

    int rowOf(const QString &run) const;
    RunRecord runAt(int row) const { return m_runs.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QStringList cloudsOf(const RunRecord &run);
    static QStringList tagsOf(const RunRecord &run);
    // The health of a live run's checked instances taken together: "unhealthy" when one is,
    // "unknown" when one has no result yet, else "healthy"; empty when none is checked.
    // unhealthy: how many are unhealthy.
    static QString healthOf(const RunRecord &run, int *unhealthy = nullptr);
    // Whether the run may still change: neither over nor left with its instances removed.
    static bool isLive(const RunRecord &run);

private:
    void refresh(const QString &run);
    void tick();

    QList<RunRecord> m_runs;
    QPointer<RunEngine> m_engine;
    QTimer m_ticker; // the durations of live runs grow
};

} // namespace Slipway
