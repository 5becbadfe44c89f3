#include "runrecorder.h"

#include "core/run/runengine.h"
#include "core/run/runhost.h"
#include "ui/mainwindow.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/runview.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Slipway {

RunRecorder::RunRecorder(MainWindow *window, const QString &folder, int timeoutMs)
    : QObject(window)
    , m_window(window)
    , m_folder(folder)
{
    m_folder.mkpath(u"."_s);
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &RunRecorder::poll);
    m_poll.start();
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_terminating) {
            finish(false, tr("The run %1 did not end within the time allowed.").arg(m_run));
            return;
        }
        m_failure = tr("The run was not Ready within %n minute(s).",
                       nullptr,
                       int(m_timeout.interval() / 60000));
        if (m_view && m_view->terminateRun())
            m_terminating = true;
        else
            finish(false, m_failure);
    });
    m_timeout.start();
    // A launch that cannot start (no base image to build from, a plan that fails) ends it.
    connect(window, &MainWindow::launchFailed, this, [this](const QString &message) {
        if (!m_view)
            finish(false, tr("The launch failed: %1").arg(message));
    });
}

void RunRecorder::poll()
{
    if (m_done || !m_window)
        return;
    if (!m_view) {
        m_view = qobject_cast<RunView *>(m_window->editorArea()->currentWidget());
        if (!m_view)
            return;
        m_run = m_view->run();
    }
    RunHost *host = m_window->runHost() ? m_window->runHost()->host() : nullptr;
    if (!host)
        return;
    const std::optional<RunRecord> record = host->engine().run(m_run);
    if (!record)
        return;
    if (m_terminating) {
        if (record->terminated || !host->engine().isActive(m_run)) {
            save(u"terminated"_s);
            if (m_failure.isEmpty())
                finish(true,
                       tr("The run %1 was Ready and is terminated; its pictures are in %2")
                           .arg(m_run, QDir::toNativeSeparators(m_folder.absolutePath())));
            else
                finish(false, m_failure);
        }
        return;
    }
    if (record->state != m_lastState) {
        m_lastState = record->state;
        if (record->state != RunState::Ready) // Ready is pictured once its values are drawn
            save(record->state.toLower());
    }
    if (record->state == RunState::Ready && !m_ready) {
        m_ready = true;
        // The values the nodes set arrive with the state; one more turn of the event loop
        // draws them on the diagram's ports before the picture of the Ready run.
        QTimer::singleShot(1000, this, [this] {
            save(u"ready"_s);
            if (m_view && m_view->terminateRun())
                m_terminating = true;
            else
                finish(false, tr("The run %1 could not be terminated.").arg(m_run));
        });
        return;
    }
    if (RunState::isFinal(record->state) && !m_ready) {
        m_failure = tr("The run %1 ended %2 without being Ready: %3")
                        .arg(m_run, record->state, record->abortReason);
        if (!record->terminated && m_view && m_view->terminateRun())
            m_terminating = true;
        else
            finish(false, m_failure);
    }
}

void RunRecorder::save(const QString &name)
{
    if (!m_window)
        return;
    const QString file = m_folder.filePath(
        u"%1-%2.png"_s.arg(++m_count, 2, 10, QChar(u'0')).arg(name));
    if (m_window->grab().save(file)) {
        m_pictures << file;
        Q_EMIT pictureSaved(file);
    } else {
        finish(false, tr("Could not write the picture %1.").arg(file));
    }
}

void RunRecorder::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_timeout.stop();
    Q_EMIT finished(ok, message);
}

} // namespace Slipway
