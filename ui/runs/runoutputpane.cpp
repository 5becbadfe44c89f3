#include "runoutputpane.h"

#include "core/broker/instanceoutput.h"

#include <QAbstractListModel>
#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Output arrives in bursts from many nodes: the view takes it in at most this often (less
// often when taking it in is slow).
constexpr int kRefreshMs = 50;
// A line longer than this without a newline is shown in pieces.
constexpr qsizetype kLongestLine = 16 * 1024;
// Output waiting for the next refresh beyond this is taken in at once.
constexpr qsizetype kMostPendingBytes = 4 * 1024 * 1024;

// Enter finds the next match, Shift+Enter the previous one.
class FindField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool backwards)> onFind;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onFind) {
            onFind(event->modifiers().testFlag(Qt::ShiftModifier));
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

// The lines shown, oldest first, at most `cap`; the lines that have the text searched for are
// highlighted.
class OutputLines : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_lines.size())
            return {};
        const QString &line = m_lines.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return line;
        case Qt::BackgroundRole:
            if (!m_find.isEmpty() && line.contains(m_find, Qt::CaseInsensitive))
                return QColor(255, 230, 120);
            return {};
        case Qt::ForegroundRole:
            if (!m_find.isEmpty() && line.contains(m_find, Qt::CaseInsensitive))
                return QColor(Qt::black);
            return {};
        default:
            return {};
        }
    }

    const QStringList &lines() const { return m_lines; }

    void setLines(QStringList lines, int cap)
    {
        if (lines.size() > cap)
            lines.erase(lines.begin(), lines.end() - cap);
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    }

    // Adds lines at the end; the oldest make room for them.
    void append(QStringList lines, int cap)
    {
        if (lines.isEmpty())
            return;
        if (lines.size() > cap)
            lines.erase(lines.begin(), lines.end() - cap);
        trim(cap - int(lines.size()));
        const int first = int(m_lines.size());
        beginInsertRows({}, first, first + int(lines.size()) - 1);
        m_lines.append(std::move(lines));
        endInsertRows();
    }

    // Keeps the newest `count` lines.
    void trim(int count)
    {
        const qsizetype drop = m_lines.size() - std::max(count, 0);
        if (drop <= 0)
            return;
        beginRemoveRows({}, 0, int(drop) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + drop);
        endRemoveRows();
    }

    void setFind(const QString &text)
    {
        if (text == m_find)
            return;
        m_find = text;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
    }

private:
    QStringList m_lines;
    QString m_find;
};

RunOutputPane::RunOutputPane(InstanceOutput &output, const QString &run, QWidget *parent)
    : QWidget(parent)
    , m_output(output)
    , m_run(run)
{
    setObjectName(u"RunOutputPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);

    m_follow = new QPushButton(QIcon::fromTheme(u"go-bottom"_s), tr("&Follow"), this);
    m_follow->setObjectName(u"OutputFollow"_s);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest output in sight; off, the view is paused and holds "
                            "what arrives until you turn it on again"));
    bar->addWidget(m_follow);

    auto *find = new FindField(this);
    m_find = find;
    m_find->setObjectName(u"OutputFind"_s);
    m_find->setPlaceholderText(tr("Find in the output (Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    bar->addWidget(m_find, 1);

    auto *capLabel = new QLabel(tr("&Keep lines:"), this);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(u"OutputCap"_s);
    m_cap->setRange(100, 200000);
    m_cap->setSingleStep(1000);
    m_cap->setValue(DefaultLineCap);
    m_cap->setToolTip(tr("The most lines the view keeps; older lines make room for new ones. "
                         "The broker keeps the last %1 KiB of each instance.")
                          .arg(m_output.capacity() / 1024));
    capLabel->setBuddy(m_cap);
    bar->addWidget(capLabel);
    bar->addWidget(m_cap);

    m_status = new QLabel(this);
    m_status->setObjectName(u"OutputStatus"_s);
    bar->addWidget(m_status);

    m_lines = new OutputLines(this);
    m_text = new QListView(this);
    m_text->setObjectName(u"RunOutput"_s);
    m_text->setModel(m_lines);
    m_text->setUniformItemSizes(true);
    m_text->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_text->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_text->setTextElideMode(Qt::ElideNone);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QAction(tr("&Copy"), m_text);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RunOutputPane::copySelection);
    m_text->addAction(copy);
    m_text->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_text, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &RunOutputPane::flush);

    connect(&m_output, &InstanceOutput::outputAppended, this, &RunOutputPane::received);
    connect(m_follow, &QPushButton::toggled, this, [this](bool on) {
        if (on) {
            // Resume: what was held goes in, and the view jumps to the end.
            QStringList lines = m_held + takePending();
            m_held.clear();
            m_lines->append(std::move(lines), m_cap->value());
            m_text->scrollToBottom();
        }
        updateStatus();
    });
    // Scrolling back to read pauses the view.
    connect(m_text->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            QScrollBar *bar = m_text->verticalScrollBar();
            if (m_follow->isChecked() && bar->value() < bar->maximum())
                m_follow->setChecked(false);
        });
    });
    find->onFind = [this](bool backwards) {
        (void) this->find(m_find->text(), backwards);
    };
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_notFound = false;
        m_lines->setFind(text);
        updateStatus();
    });
    connect(m_cap, &QSpinBox::valueChanged, this, [this](int lines) {
        m_lines->trim(lines);
        if (m_held.size() > lines)
            m_held.erase(m_held.begin(), m_held.end() - lines);
        updateStatus();
    });
    setInstance(QString());
}

void RunOutputPane::setInstance(const QString &instance)
{
    m_instance = instance;
    m_partial.clear();
    m_chunks.clear();
    m_chunkBytes = 0;
    m_held.clear();
    m_refresh->stop();
    QStringList lines;
    const QStringList instances = instance.isEmpty() ? m_output.instances(m_run)
                                                     : QStringList{instance};
    for (const QString &i : instances)
        takeLines(i, m_output.output(m_run, i), &lines);
    m_lines->setLines(std::move(lines), m_cap->value());
    m_text->scrollToBottom();
    updateStatus();
}

void RunOutputPane::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool RunOutputPane::isFollowing() const
{
    return m_follow->isChecked();
}

void RunOutputPane::received(const QString &run, const QString &instance, const QByteArray &chunk)
{
    if (run != m_run || (!m_instance.isEmpty() && instance != m_instance))
        return;
    // Kept as it came: the next refresh makes lines of what it will show, at most the cap.
    m_chunks.append({instance, chunk});
    m_chunkBytes += chunk.size();
    if (m_chunkBytes > kMostPendingBytes)
        flush();
    else if (!m_refresh->isActive())
        m_refresh->start();
}

QStringList RunOutputPane::takePending()
{
    const int cap = m_cap->value();
    // The newest chunks that hold the cap's lines are read; older ones, which the view would
    // drop at once, only carry their instance's unfinished line on.
    qsizetype first = m_chunks.size();
    qsizetype newlines = 0;
    while (first > 0 && newlines <= cap)
        newlines += m_chunks.at(--first).second.count('\n');
    for (qsizetype i = 0; i < first; ++i) {
        const QByteArray &bytes = m_chunks.at(i).second;
        QByteArray &partial = m_partial[m_chunks.at(i).first];
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end >= 0)
            partial = bytes.mid(end + 1);
        else
            partial = QByteArray(partial + bytes).right(kLongestLine);
    }
    QStringList lines;
    for (qsizetype i = first; i < m_chunks.size(); ++i)
        takeLines(m_chunks.at(i).first, m_chunks.at(i).second, &lines);
    m_chunks.clear();
    m_chunkBytes = 0;
    if (lines.size() > cap)
        lines.erase(lines.begin(), lines.end() - cap);
    return lines;
}

void RunOutputPane::takeLines(const QString &instance, const QByteArray &bytes, QStringList *into)
{
    QByteArray &partial = m_partial[instance];
    partial.append(bytes);
    const QString prefix = m_instance.isEmpty() ? u"[%1] "_s.arg(instance) : QString();
    qsizetype from = 0;
    while (true) {
        qsizetype end = partial.indexOf('\n', from);
        if (end < 0) {
            if (partial.size() - from <= kLongestLine)
                break;
            end = from + kLongestLine;
        }
        QByteArrayView line = QByteArrayView(partial).sliced(from, end - from);
        if (line.endsWith('\r'))
            line.chop(1);
        into->append(prefix + QString::fromUtf8(line));
        from = end < partial.size() && partial.at(end) == '\n' ? end + 1 : end;
    }
    partial.remove(0, from);
}

void RunOutputPane::flush()
{
    m_refresh->stop();
    QElapsedTimer spent;
    spent.start();
    // However fast the output comes, taking it in keeps to a fifth of the GUI thread's time:
    // the next refresh waits four times as long as this one took (50 ms at least, 1 s at most).
    const auto pace = qScopeGuard([this, &spent] {
        m_refresh->setInterval(int(std::clamp<qint64>(4 * spent.elapsed(), kRefreshMs, 1000)));
    });
    QStringList lines = takePending();
    if (lines.isEmpty())
        return;
    if (!m_follow->isChecked()) {
        m_held.append(lines);
        if (m_held.size() > m_cap->value())
            m_held.erase(m_held.begin(), m_held.end() - m_cap->value());
        updateStatus();
        return;
    }
    // One insertion for the whole batch.
    m_lines->append(std::move(lines), m_cap->value());
    m_text->scrollToBottom();
}

bool RunOutputPane::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    // Searching means reading: the view stops moving under the match.
    setFollowing(false);
    const QStringList &lines = m_lines->lines();
    const int count = int(lines.size());
    const int current = m_text->currentIndex().isValid() ? m_text->currentIndex().row()
                                                         : (backwards ? count : -1);
    int found = -1;
    // From the line after (or before) the current one, round the end.
    for (int step = 1; step <= count && found < 0; ++step) {
        const int row = ((backwards ? current - step : current + step) % count + count) % count;
        if (lines.at(row).contains(text, Qt::CaseInsensitive))
            found = row;
    }
    m_notFound = found < 0;
    if (found >= 0) {
        const QModelIndex index = m_lines->index(found);
        m_text->setCurrentIndex(index);
        m_text->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    updateStatus();
    return found >= 0;
}

QString RunOutputPane::text() const
{
    return m_lines->lines().join(u'\n');
}

int RunOutputPane::lineCount() const
{
    return int(m_lines->lines().size());
}

QString RunOutputPane::currentLine() const
{
    return m_text->currentIndex().data().toString();
}

void RunOutputPane::copySelection()
{
    QModelIndexList rows = m_text->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows))
        lines << row.data().toString();
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void RunOutputPane::updateStatus()
{
    QString status;
    QString style;
    if (m_notFound) {
        status = tr("Not found");
        style = u"color: #d03a2f"_s;
    } else if (!m_follow->isChecked()) {
        status = tr("Paused: %n new line(s) held", nullptr, int(m_held.size()));
    }
    m_status->setText(status);
    m_status->setStyleSheet(style);
}

} // namespace Slipway
