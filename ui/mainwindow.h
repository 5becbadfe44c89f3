#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTabWidget;
class QTreeView;

namespace Slipway {

class Settings;

// The main window: the catalog dock on the left, the tabbed editor area in the middle and
// the status bar. Its geometry and dock layout are kept in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QDockWidget *catalogDock() const { return m_catalogDock; }
    QTreeView *catalogView() const { return m_catalogView; }
    QTabWidget *editorArea() const { return m_editors; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();

    Settings &m_settings;
    QDockWidget *m_catalogDock = nullptr;
    QTreeView *m_catalogView = nullptr;
    QTabWidget *m_editors = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace Slipway
