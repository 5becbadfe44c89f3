#pragma once

#include "core/model/validation.h"

#include <QAbstractTableModel>

namespace Slipway {

// The validation problems of the current module: severity, message, field.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, FieldColumn, ModuleColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Problem> m_problems;
};

} // namespace Slipway
