#include "runtags.h"

#include "core/run/runengine.h"
#include "ui/runs/runlistmodel.h"

#include <QCoreApplication>
#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace Slipway {

QStringList splitRunTags(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

bool editRunTags(QWidget *parent, RunEngine &engine, const QString &run, QString *error)
{
    const std::optional<RunRecord> record = engine.run(run);
    if (!record) {
        *error = QCoreApplication::translate("RunTags", "There is no run %1.").arg(run);
        return false;
    }
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent,
                                QCoreApplication::translate("RunTags", "Tags of Run %1").arg(run),
                                QCoreApplication::translate("RunTags", "Tags, separated by commas:"),
                                QLineEdit::Normal,
                                RunListModel::tagsOf(*record).join(u", "_s),
                                &ok);
    if (!ok)
        return false;
    if (Result<void> set = engine.setTags(run, splitRunTags(text)); !set) {
        *error = set.errorMessage();
        return false;
    }
    return true;
}

} // namespace Slipway
