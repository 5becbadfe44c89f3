#include "historyview.h"

#include "ui/document.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setVersions(QList<VersionSummary> oldestFirst)
{
    beginResetModel();
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    m_versions = std::move(oldestFirst);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid())
        return {};
    const VersionSummary &v = m_versions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VersionColumn:
            return v.version;
        case AuthorColumn:
            return v.author;
        case TimeColumn:
            return QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat);
        case CommentColumn:
            return v.comment;
        }
    } else if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return v.savedAt.toString(Qt::ISODateWithMs);
    } else if (role == Qt::UserRole) {
        return v.version;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

QString diffToHtml(const ModuleDiff &diff, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString removed = dark ? u"#5a1f24"_s : u"#ffe0e0"_s;
    const QString added = dark ? u"#1f4a26"_s : u"#ddf7dd"_s;
    const QString muted = palette.color(QPalette::Disabled, QPalette::Text).name();
    QString html = u"<html><body style=\"font-size: small\">"_s;
    html += u"<h3>"_s
            + HistoryView::tr("Version %1 → version %2").arg(diff.fromVersion).arg(diff.toVersion)
            + u"</h3>"_s;
    if (diff.isEmpty()) {
        html += u"<p>"_s + HistoryView::tr("The two versions have the same content.")
                + u"</p></body></html>"_s;
        return html;
    }
    if (!diff.fields.isEmpty()) {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"
                "<tr><th align=\"left\">"_s
                + HistoryView::tr("Field") + u"</th><th align=\"left\">"_s
                + HistoryView::tr("Before") + u"</th><th align=\"left\">"_s
                + HistoryView::tr("After") + u"</th></tr>"_s;
        for (const FieldChange &c : diff.fields) {
            const QString before = c.kind == FieldChange::Kind::Added ? QString()
                                                                      : c.before.toHtmlEscaped();
            const QString after = c.kind == FieldChange::Kind::Removed ? QString()
                                                                       : c.after.toHtmlEscaped();
            html += u"<tr><td><code>"_s + c.field.toHtmlEscaped() + u"</code></td>"_s;
            html += u"<td bgcolor=\""_s + (before.isEmpty() ? QString() : removed) + u"\">"_s
                    + before + u"</td>"_s;
            html += u"<td bgcolor=\""_s + (after.isEmpty() ? QString() : added) + u"\">"_s + after
                    + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    for (const TextDiff &text : diff.texts) {
        html += u"<h4><code>"_s + text.field.toHtmlEscaped() + u"</code></h4>"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"0\""
                " style=\"font-family: monospace\">"_s;
        for (const DiffHunk &hunk : text.hunks) {
            html += u"<tr><td colspan=\"4\" style=\"color: %1\">@@ -%2,%3 +%4,%5 @@</td></tr>"_s
                        .arg(muted)
                        .arg(hunk.oldStart)
                        .arg(hunk.oldCount)
                        .arg(hunk.newStart)
                        .arg(hunk.newCount);
            TextDiff piece;
            piece.lines = hunk.lines;
            for (const SideBySideRow &row : piece.sideBySide()) {
                auto cell = [&](const std::optional<DiffLine> &line, bool left) {
                    if (!line)
                        return u"<td width=\"4%\"></td><td width=\"46%\"></td>"_s;
                    const int number = left ? line->oldLine : line->newLine;
                    const QString colour = line->kind == DiffLine::Kind::Removed ? removed
                                           : line->kind == DiffLine::Kind::Added ? added
                                                                                 : QString();
                    // Non-breaking spaces keep the indentation without a <pre> block's margins.
                    QString text = line->text.toHtmlEscaped();
                    text.replace(u' ', u"&nbsp;"_s);
                    return u"<td width=\"4%\" align=\"right\" style=\"color: %1\">%2&nbsp;</td>"
                           "<td width=\"46%\" bgcolor=\"%3\">%4</td>"_s.arg(muted,
                                                                            QString::number(number),
                                                                            colour,
                                                                            text);
                };
                html += u"<tr>"_s + cell(row.left, true) + cell(row.right, false) + u"</tr>"_s;
            }
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

HistoryView::HistoryView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_diff(new QTextBrowser(this))
    , m_revert(new QPushButton(tr("&Revert to this version"), this))
{
    m_view->setObjectName(u"HistoryView"_s);
    m_diff->setObjectName(u"DiffView"_s);
    m_revert->setObjectName(u"RevertButton"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setOpenLinks(false);

    auto *hint = new QLabel(tr("Select one version to see what it changed, or two to compare "
                               "them."),
                            this);
    hint->setWordWrap(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(hint);
    topLayout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    topLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &HistoryView::selectionChanged);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return;
        const int version = m_model->versionAt(rows.first().row()).version;
        if (m_document->isModified()
            && QMessageBox::question(this,
                                     tr("Revert"),
                                     tr("Reverting drops the unsaved changes of this module. "
                                        "Revert to version %1?")
                                         .arg(version))
                   != QMessageBox::Yes)
            return;
        auto reverted = revertTo(version);
        if (!reverted)
            QMessageBox::warning(this, tr("Revert"), reverted.errorMessage());
    });
    connect(document, &Document::changed, this, [this](Document::Parts parts) {
        if (parts & Document::Part::History)
            refresh();
    });
    refresh();
    selectionChanged();
}

void HistoryView::refresh()
{
    auto history = m_document->catalog().history(m_document->path());
    m_model->setVersions(history ? *history : QList<VersionSummary>());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
}

bool HistoryView::showDiff(int fromVersion, int toVersion)
{
    auto diff = m_document->catalog().diff(m_document->path(), fromVersion, toVersion);
    if (!diff) {
        m_diff->setPlainText(diff.errorMessage());
        return false;
    }
    m_diff->setHtml(diffToHtml(*diff, palette()));
    return true;
}

Result<SaveResult> HistoryView::revertTo(int version)
{
    auto reverted = m_document->catalog().revert(m_document->path(),
                                                 version,
                                                 Document::currentAuthor());
    if (!reverted)
        return reverted;
    auto reloaded = m_document->reload();
    if (!reloaded)
        return reloaded.error();
    return reverted;
}

void HistoryView::selectionChanged()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_revert->setEnabled(rows.size() == 1 && rows.first().row() > 0);
    if (rows.size() == 2) {
        int a = m_model->versionAt(rows.at(0).row()).version;
        int b = m_model->versionAt(rows.at(1).row()).version;
        showDiff(std::min(a, b), std::max(a, b));
    } else if (rows.size() == 1) {
        const int v = m_model->versionAt(rows.first().row()).version;
        if (v > 1)
            showDiff(v - 1, v);
        else
            m_diff->setPlainText(tr("Version 1 is the first version."));
    } else {
        m_diff->clear();
    }
}

} // namespace Slipway
