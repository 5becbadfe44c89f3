#include "importdialog.h"

#include "core/bundle/importfiles.h"
#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString statusText(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New:
        return ImportDialog::tr("new");
    case ImportStatus::Changed:
        return ImportDialog::tr("changed");
    case ImportStatus::Unchanged:
        return ImportDialog::tr("unchanged");
    case ImportStatus::Conflict:
        return ImportDialog::tr("conflict");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(Catalog &catalog, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_messages(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ImportDialog"_s);
    setWindowTitle(tr("Import"));
    resize(760, 480);
    m_heading->setWordWrap(true);
    m_table->setObjectName(u"ImportPreview"_s);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Module"), tr("Status"), tr("Versions"), tr("Choice")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messages->setObjectName(u"ImportMessages"_s);
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(500);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(u"ImportButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_buttons);

    const BundleReadResult read = readImportFiles(files);
    m_bundle = read.bundle;
    for (const SourceError &e : read.errors)
        m_readErrors << e.toString();
    for (const SourceError &w : read.warnings)
        m_readErrors << tr("warning: %1").arg(w.toString());
    if (!read.ok()) {
        m_heading->setText(tr("These files cannot be imported: nothing will change."));
        m_messages->setPlainText(m_readErrors.join(u'\n'));
        import->setEnabled(false);
        return;
    }
    m_readable = true;
    makePlan();
}

QPushButton *ImportDialog::importButton() const
{
    return m_buttons->findChild<QPushButton *>(u"ImportButton"_s);
}

void ImportDialog::setChoice(const QString &bundlePath, ConflictChoice choice)
{
    m_options.choices.insert(bundlePath, choice);
    makePlan();
}

void ImportDialog::makePlan()
{
    m_plan = ImportPlan::make(m_bundle, m_catalog, m_options);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_plan.items.size()));
    int row = 0;
    for (const ImportItem &item : std::as_const(m_plan.items)) {
        const QString target = item.targetPath == item.path
                                   ? item.path
                                   : tr("%1 → %2").arg(item.path, item.targetPath);
        m_table->setItem(row, 0, new QTableWidgetItem(target));
        m_table->setItem(row, 1, new QTableWidgetItem(statusText(item.status)));
        m_table->setItem(row,
                         2,
                         new QTableWidgetItem(QString::number(item.versionsToImport.size())));
        if (item.status == ImportStatus::Conflict) {
            auto *choice = new QComboBox(m_table);
            choice->addItem(tr("Choose…"), int(ConflictChoice::Undecided));
            choice->addItem(tr("Skip"), int(ConflictChoice::Skip));
            choice->addItem(tr("Overwrite as a new version"), int(ConflictChoice::Overwrite));
            choice->addItem(tr("Import under another path"), int(ConflictChoice::Rename));
            choice->setCurrentIndex(choice->findData(int(item.choice)));
            const QString path = item.path;
            connect(choice, &QComboBox::activated, this, [this, choice, path] {
                setChoice(path, ConflictChoice(choice->currentData().toInt()));
            });
            m_table->setCellWidget(row, 3, choice);
        }
        ++row;
    }

    QStringList messages = m_readErrors;
    for (const SourceError &e : m_plan.errors)
        messages << e.toString();
    for (const Problem &p : m_plan.problems)
        messages << tr("%1: %2: %3").arg(p.modulePath, p.field, p.message);
    m_messages->setPlainText(messages.join(u'\n'));
    const int conflicts = m_plan.undecidedConflicts();
    if (m_plan.hasErrors())
        m_heading->setText(tr("These files cannot be imported: nothing will change."));
    else if (conflicts > 0)
        m_heading->setText(tr("%n module(s) differ from the catalog: choose what to do with each.",
                              nullptr,
                              conflicts));
    else
        m_heading->setText(tr("%1 new, %2 changed, %3 unchanged.")
                               .arg(m_plan.count(ImportStatus::New))
                               .arg(m_plan.count(ImportStatus::Changed))
                               .arg(m_plan.count(ImportStatus::Unchanged)));
    importButton()->setEnabled(m_plan.canApply());
}

bool ImportDialog::importNow()
{
    if (!m_readable || !m_plan.canApply())
        return false;
    const Result<ImportSummary> done = m_plan.apply(m_catalog);
    if (!done) {
        m_messages->setPlainText(tr("Nothing was imported: %1").arg(done.errorMessage()));
        return false;
    }
    m_summary = *done;
    return true;
}

} // namespace Slipway
