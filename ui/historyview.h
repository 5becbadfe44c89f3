#pragma once

#include "core/catalog/catalog.h"

#include <QAbstractTableModel>
#include <QWidget>

class QPushButton;
class QTableView;
class QTextBrowser;

namespace Slipway {

class Document;

// The saved versions of one module, newest first: version, author, time, comment.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, AuthorColumn, TimeColumn, CommentColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    void setVersions(QList<VersionSummary> oldestFirst);
    const VersionSummary &versionAt(int row) const { return m_versions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<VersionSummary> m_versions; // newest first
};

// Renders a ModuleDiff as side-by-side HTML: field changes, then each recipe's hunks.
QString diffToHtml(const ModuleDiff &diff, const QPalette &palette);

// The history tab: the versions, the diff of the two selected ones (or of the selected one
// and its predecessor), and revert.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Document *document, QWidget *parent = nullptr);

    QTableView *versionsView() const { return m_view; }
    QTextBrowser *diffView() const { return m_diff; }
    HistoryModel *model() const { return m_model; }

    void refresh();
    // Shows the diff between two versions; false and a message in the view when it fails.
    bool showDiff(int fromVersion, int toVersion);
    // Saves the content of version as the newest version and reloads the document.
    Result<SaveResult> revertTo(int version);

private:
    void selectionChanged();

    Document *m_document;
    HistoryModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_diff;
    QPushButton *m_revert;
};

} // namespace Slipway
