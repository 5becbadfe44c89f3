#pragma once

// Pictures of a run as it comes up, for the README's demo and for screenshots: it waits for
// the main window's run view to open, saves a picture of the window at each new state of the
// run and once it is Ready (the diagram with the values the nodes exchanged), then terminates
// the run and says it is finished once its instances are gone.

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Slipway {

class MainWindow;
class RunView;

class RunRecorder : public QObject
{
    Q_OBJECT

public:
    // folder: where the pictures go (made when missing); timeoutMs: how long the run may take
    // to be Ready before it is given up (and terminated all the same).
    RunRecorder(MainWindow *window, const QString &folder, int timeoutMs = 20 * 60 * 1000);

    QStringList pictures() const { return m_pictures; }
    QString run() const { return m_run; }

Q_SIGNALS:
    void pictureSaved(const QString &file);
    // ok: the run was Ready and its instances are gone; message says what happened and where
    // the pictures are.
    void finished(bool ok, const QString &message);

private:
    void poll();
    void save(const QString &name);
    void finish(bool ok, const QString &message);

    QPointer<MainWindow> m_window;
    QDir m_folder;
    QTimer m_poll;
    QTimer m_timeout;
    QPointer<RunView> m_view;
    QString m_run;
    QString m_lastState;
    int m_count = 0;
    bool m_terminating = false;
    bool m_ready = false;
    bool m_done = false;
    QString m_failure;
    QStringList m_pictures;
};

} // namespace Slipway
