#include "problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Slipway {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setProblems(const QList<Problem> &problems, const QList<CheckProblem> &checks)
{
    QList<Problem> all = problems;
    QList<QList<ScriptLocation>> locations(problems.size());
    for (const CheckProblem &c : checks) {
        all << c.problem;
        locations << c.locations;
    }
    if (all == m_problems && locations == m_locations)
        return;
    if (all.size() == m_problems.size()) {
        m_problems = all;
        m_locations = locations;
        if (!m_problems.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_problems = all;
    m_locations = locations;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid())
        return {};
    const Problem &p = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MessageColumn:
            return p.message;
        case FieldColumn:
            if (!m_locations.at(index.row()).isEmpty())
                return tr("%1, line %2").arg(p.field).arg(m_locations.at(index.row()).first().line);
            return p.field;
        case ModuleColumn:
            return p.modulePath;
        }
    } else if (role == Qt::DecorationRole && index.column() == MessageColumn) {
        const bool error = p.severity == Severity::Error;
        return QIcon::fromTheme(error ? u"dialog-error"_s : u"dialog-warning"_s,
                                QApplication::style()->standardIcon(
                                    error ? QStyle::SP_MessageBoxCritical
                                          : QStyle::SP_MessageBoxWarning));
    } else if (role == Qt::ToolTipRole) {
        if (!m_locations.at(index.row()).isEmpty())
            return p.severity == Severity::Error
                       ? tr("Error: %1\nDouble-click to open %2.")
                             .arg(p.message, m_locations.at(index.row()).first().toString())
                       : tr("Warning: %1\nDouble-click to open %2.")
                             .arg(p.message, m_locations.at(index.row()).first().toString());
        return p.severity == Severity::Error ? tr("Error: %1").arg(p.message)
                                             : tr("Warning: %1").arg(p.message);
    } else if (role == FieldRole) {
        return p.field;
    } else if (role == ScriptModuleRole) {
        const QList<ScriptLocation> &l = m_locations.at(index.row());
        return l.isEmpty() ? QString() : l.first().modulePath;
    } else if (role == ScriptLineRole) {
        const QList<ScriptLocation> &l = m_locations.at(index.row());
        return l.isEmpty() ? 0 : l.first().line;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case FieldColumn:
        return tr("Field");
    case ModuleColumn:
        return tr("Module");
    }
    return {};
}

} // namespace Slipway
