#include "runoutputpane.h"

#include "core/broker/instanceoutput.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Output arrives in bursts from many nodes: the view takes it in at most this often.
constexpr int kRefreshMs = 50;
// A line longer than this without a newline is shown in pieces.
constexpr qsizetype kLongestLine = 16 * 1024;
// Find highlights at most this many matches.
constexpr int kMostHighlights = 500;

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

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"RunOutput"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(m_cap->value());
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setUndoRedoEnabled(false);
    layout->addWidget(m_text, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &RunOutputPane::flush);

    connect(&m_output, &InstanceOutput::outputAppended, this, &RunOutputPane::received);
    connect(m_follow, &QPushButton::toggled, this, [this](bool on) {
        if (on) {
            // Resume: what was held goes in, and the view jumps to the end.
            m_pending = m_held + m_pending;
            m_held.clear();
            flush();
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
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
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_notFound = false;
        highlightMatches();
        updateStatus();
    });
    connect(m_cap, &QSpinBox::valueChanged, this, [this](int lines) {
        m_text->setMaximumBlockCount(lines);
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
    m_pending.clear();
    m_held.clear();
    m_refresh->stop();
    QStringList lines;
    const QStringList instances = instance.isEmpty() ? m_output.instances(m_run)
                                                     : QStringList{instance};
    for (const QString &i : instances)
        takeLines(i, m_output.output(m_run, i), &lines);
    if (lines.size() > m_cap->value())
        lines.erase(lines.begin(), lines.end() - m_cap->value());
    m_text->setPlainText(lines.join(u'\n'));
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    highlightMatches();
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
    takeLines(instance, chunk, &m_pending);
    // The view keeps at most the cap: older pending lines would be dropped at once anyway.
    if (m_pending.size() > m_cap->value())
        m_pending.erase(m_pending.begin(), m_pending.end() - m_cap->value());
    if (!m_refresh->isActive())
        m_refresh->start();
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
    if (m_pending.isEmpty())
        return;
    if (!m_follow->isChecked()) {
        m_held.append(m_pending);
        m_pending.clear();
        if (m_held.size() > m_cap->value())
            m_held.erase(m_held.begin(), m_held.end() - m_cap->value());
        updateStatus();
        return;
    }
    // One insertion for the whole batch: a layout per refresh, not per line.
    m_text->appendPlainText(m_pending.join(u'\n'));
    m_pending.clear();
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    if (!m_find->text().isEmpty())
        highlightMatches();
}

bool RunOutputPane::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    // Searching means reading: the view stops moving under the match.
    setFollowing(false);
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward
                                                     : QTextDocument::FindFlags();
    bool found = m_text->find(text, flags);
    if (!found) {
        // Wrap around.
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        found = m_text->find(text, flags);
    }
    m_notFound = !found;
    updateStatus();
    return found;
}

void RunOutputPane::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_find->text();
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 230, 120));
        format.setForeground(Qt::black);
        QTextCursor cursor(m_text->document());
        while (selections.size() < kMostHighlights) {
            cursor = m_text->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
        }
    }
    m_text->setExtraSelections(selections);
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
