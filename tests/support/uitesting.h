#pragma once

// Small helpers shared by the GUI tests.

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Slipway::UiTesting {

// Runs act on the next modal dialog once it is shown (e.g. to fill and accept the save
// dialog that exec() would otherwise wait on). Gives up after about five seconds.
inline void onNextDialog(std::function<void(QDialog *)> act, int attempts = 100)
{
    QTimer::singleShot(50, qApp, [act = std::move(act), attempts] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            onNextDialog(act, attempts - 1);
    });
}

inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// How many different colours a grab shows (a blank widget shows one or two).
inline int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Saves a picture of widget as NAME.png under $SLIPWAY_SCREENSHOT_DIR when it is set.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace Slipway::UiTesting
