#include "kindicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon drawn(ModuleKind kind, bool folder)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        if (folder || kind == ModuleKind::Project) {
            QPainterPath path;
            path.moveTo(s * 0.08, s * 0.22);
            path.lineTo(s * 0.40, s * 0.22);
            path.lineTo(s * 0.48, s * 0.32);
            path.lineTo(s * 0.92, s * 0.32);
            path.lineTo(s * 0.92, s * 0.84);
            path.lineTo(s * 0.08, s * 0.84);
            path.closeSubpath();
            p.setPen(QPen(QColor(0x9a, 0x73, 0x16), s / 16));
            p.setBrush(folder ? QColor(0xe8, 0xd3, 0x9a) : QColor(0xf2, 0xb8, 0x3a));
            p.drawPath(path);
        } else if (kind == ModuleKind::Image) {
            // A disc: a machine image.
            p.setPen(QPen(QColor(0x1d, 0x4f, 0x91), s / 16));
            p.setBrush(QColor(0x3d, 0x8b, 0xe0));
            p.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
            p.setBrush(Qt::white);
            p.drawEllipse(QRectF(s * 0.4, s * 0.4, s * 0.2, s * 0.2));
        } else {
            // Three wired nodes: a deployment.
            const QPointF a(s * 0.25, s * 0.28), b(s * 0.75, s * 0.28), c(s * 0.5, s * 0.75);
            p.setPen(QPen(QColor(0x2a, 0x7a, 0x3b), s / 12));
            p.drawLine(a, c);
            p.drawLine(b, c);
            p.drawLine(a, b);
            p.setBrush(QColor(0x4c, 0xb8, 0x5c));
            const qreal r = s * 0.17;
            for (const QPointF &centre : {a, b, c})
                p.drawEllipse(centre, r, r);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon kindIcon(ModuleKind kind)
{
    static const QIcon project = QIcon::fromTheme(u"folder-blue"_s,
                                                  drawn(ModuleKind::Project, false));
    static const QIcon image = QIcon::fromTheme(u"media-optical"_s, drawn(ModuleKind::Image, false));
    static const QIcon deployment = QIcon::fromTheme(u"network-workgroup"_s,
                                                     drawn(ModuleKind::Deployment, false));
    switch (kind) {
    case ModuleKind::Project:
        return project;
    case ModuleKind::Image:
        return image;
    case ModuleKind::Deployment:
        return deployment;
    }
    return {};
}

QIcon folderIcon()
{
    static const QIcon icon = QIcon::fromTheme(u"folder"_s, drawn(ModuleKind::Project, true));
    return icon;
}

QIcon actionIcon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    // Drawn here from the bundled SVG: Qt's SVG icon engine is a plugin that may be missing.
    QSvgRenderer svg(u":/icons/"_s + name + u".svg"_s);
    if (!svg.isValid())
        return {};
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Slipway
