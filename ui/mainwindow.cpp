#include "mainwindow.h"

#include "core/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace Slipway {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.slipway.Slipway")));
    resize(1200, 780);

    m_editors = new QTabWidget(this);
    m_editors->setObjectName(QStringLiteral("EditorArea"));
    m_editors->setDocumentMode(true);
    m_editors->setTabsClosable(true);
    m_editors->setMovable(true);
    setCentralWidget(m_editors);

    m_emptyHint = new QLabel(tr("Open a module from the catalog to edit it."), m_editors);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);
    m_editors->addTab(m_emptyHint, tr("Welcome"));

    m_catalogDock = new QDockWidget(tr("Catalog"), this);
    m_catalogDock->setObjectName(QStringLiteral("CatalogDock"));
    m_catalogView = new QTreeView(m_catalogDock);
    m_catalogView->setObjectName(QStringLiteral("CatalogView"));
    m_catalogView->setHeaderHidden(true);
    m_catalogView->setDragEnabled(true);
    m_catalogDock->setWidget(m_catalogView);
    addDockWidget(Qt::LeftDockWidgetArea, m_catalogDock);
    resizeDocks({m_catalogDock}, {280}, Qt::Horizontal);

    createActions();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"),
                                    this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_catalogDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Slipway"), this, [this] {
        QMessageBox::about(this,
                           tr("About Slipway"),
                           tr("<b>Slipway</b> %1<br>Design, version and launch machine images "
                              "and multi-node deployments.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace Slipway
