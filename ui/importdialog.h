#pragma once

#include "core/bundle/importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Slipway {

class Catalog;

// Importing bundles and SlipStream module XML into the catalog: a preview of what each module
// would become (new, changed, unchanged, conflicting), a choice per conflict (skip, overwrite
// as a new version, import under another path), and an import that is all or nothing. A file
// that cannot be read shows its errors with file, line and column, and nothing can be imported.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Catalog &catalog, const QStringList &files, QWidget *parent = nullptr);

    QTableWidget *preview() const { return m_table; }
    QPlainTextEdit *messages() const { return m_messages; }
    QPushButton *importButton() const;
    const ImportPlan &plan() const { return m_plan; }

    // The choice for a conflicting module of the bundle; the preview is worked out again.
    void setChoice(const QString &bundlePath, ConflictChoice choice);
    // Imports; false with the reason in messages().
    bool importNow();
    ImportSummary summary() const { return m_summary; }

private:
    void makePlan();

    Catalog &m_catalog;
    Bundle m_bundle;
    QStringList m_readErrors;
    bool m_readable = false; // every file was read
    ImportOptions m_options;
    ImportPlan m_plan;
    ImportSummary m_summary;
    QLabel *m_heading;
    QTableWidget *m_table;
    QPlainTextEdit *m_messages;
    QDialogButtonBox *m_buttons;
};

} // namespace Slipway
