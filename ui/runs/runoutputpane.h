#pragma once

// The script output of a run's instances while their phases run, as the nodes stream it to the
// broker (InstanceOutput): one instance's, or every instance's with its name before each line.
// Follow keeps the newest line in sight; turning it off (or scrolling back) pauses the view,
// which holds what arrives meanwhile (up to the cap) and shows it on resume. Find searches the
// text shown and highlights the lines that have it; the cap bounds the lines kept. The lines
// are rows of a list with uniform heights: taking in output costs the same whatever the view
// holds, and painting costs the visible lines only, so many nodes printing at full speed do not
// slow the window down.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Slipway {

class InstanceOutput;
class OutputLines;

class RunOutputPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultLineCap = 5000;

    RunOutputPane(InstanceOutput &output, const QString &run, QWidget *parent = nullptr);

    // The instance shown ("" = every instance of the run), with what the broker kept of it.
    void setInstance(const QString &instance);
    QString instance() const { return m_instance; }

    // Follows the output (true) or pauses the view (false).
    void setFollowing(bool follow);
    bool isFollowing() const;
    // Selects the next (or previous) occurrence of text; false when there is none.
    bool find(const QString &text, bool backwards = false);
    // Shows what arrived up to now without waiting for the next refresh.
    void flush();
    // Lines held while paused.
    int heldLines() const { return int(m_held.size()); }

    // The lines shown, joined by newlines; their count; the line find went to.
    QString text() const;
    int lineCount() const;
    QString currentLine() const;

    QListView *textView() const { return m_text; }
    QPushButton *followButton() const { return m_follow; }
    QLineEdit *findField() const { return m_find; }
    QSpinBox *capBox() const { return m_cap; }
    QLabel *statusLabel() const { return m_status; }

private:
    void received(const QString &run, const QString &instance, const QByteArray &chunk);
    // Splits bytes into whole lines (the instance's unfinished line is kept for later).
    void takeLines(const QString &instance, const QByteArray &bytes, QStringList *into);
    // The lines of the output not shown yet, the newest `cap` of them.
    QStringList takePending();
    void updateStatus();
    void copySelection();

    InstanceOutput &m_output;
    QString m_run;
    QString m_instance;
    QHash<QString, QByteArray> m_partial; // instance -> bytes after its last newline
    // Output not shown yet, as it came (instance, bytes): the next refresh shows it.
    QList<std::pair<QString, QByteArray>> m_chunks;
    qsizetype m_chunkBytes = 0;
    QStringList m_held; // lines that arrived while paused
    bool m_notFound = false;

    OutputLines *m_lines = nullptr;
    QListView *m_text = nullptr;
    QPushButton *m_follow = nullptr;
    QLineEdit *m_find = nullptr;
    QSpinBox *m_cap = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace Slipway
