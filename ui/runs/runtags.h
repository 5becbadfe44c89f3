#pragma once

// Editing a run's tags after its launch, from the run view and the dashboard: a dialog with
// the tags separated by commas, stored by the engine in the run's record.

#include <QString>
#include <QStringList>

class QWidget;

namespace Slipway {

class RunEngine;

// "a, b ,c" -> {"a", "b", "c"} (the engine trims and drops duplicates and empty ones).
QStringList splitRunTags(const QString &text);

// Asks for the run's tags and stores them. False when cancelled, or with *error when the
// tags were refused.
bool editRunTags(QWidget *parent, RunEngine &engine, const QString &run, QString *error);

} // namespace Slipway
