#pragma once

#include "core/checks/parameterflow.h"
#include "core/model/validation.h"

#include <QAbstractTableModel>

namespace Slipway {

// The problems of the current module: validation's (severity, message, field), then those of
// the recipe checks, which name places in scripts to jump to.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, FieldColumn, ModuleColumn, ColumnCount };

    enum Role {
        FieldRole = Qt::UserRole, // the field a module editor focuses
        ScriptModuleRole,         // the image whose script the problem is in; else empty
        ScriptLineRole,           // its first line, from 1; else 0
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<Problem> &problems, const QList<CheckProblem> &checks = {});
    // Every problem, validation's first.
    const QList<Problem> &problems() const { return m_problems; }
    // The script places of a row, where to jump first; empty for validation's problems.
    QList<ScriptLocation> locations(int row) const { return m_locations.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Problem> m_problems;
    QList<QList<ScriptLocation>> m_locations; // by row
};

} // namespace Slipway
