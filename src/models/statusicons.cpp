// SPDX-License-Identifier: MIT
#include "models/statusicons.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace kvd {

namespace {
// Paints on a 16x16 logical canvas scaled to `size` pixels.
QImage paint(StatusIcon kind, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    switch (kind) {
    case StatusIcon::Error:
        p.setPen(QPen(QColor(0x8f, 0x16, 0x16), 1));
        p.setBrush(QColor(0xd4, 0x2a, 0x2a));
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    case StatusIcon::Warning: {
        QPainterPath triangle;
        triangle.moveTo(8, 1.2);
        triangle.lineTo(15.2, 14.5);
        triangle.lineTo(0.8, 14.5);
        triangle.closeSubpath();
        p.setPen(QPen(QColor(0x8a, 0x65, 0x00), 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(QColor(0xf0, 0xb4, 0x00));
        p.drawPath(triangle);
        p.setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 5.5), QPointF(8, 10));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x1f, 0x1f));
        p.drawEllipse(QPointF(8, 12.4), 1.1, 1.1);
        break;
    }
    case StatusIcon::Current: {
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? 7.2 : 3.0;
            const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
            const QPointF point(8 + radius * qCos(angle), 8.6 + radius * qSin(angle));
            if (i == 0)
                star.moveTo(point);
            else
                star.lineTo(point);
        }
        star.closeSubpath();
        p.setPen(QPen(QColor(0x12, 0x37, 0x66), 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(QColor(0x2f, 0x7d, 0xd3));
        p.drawPath(star);
        break;
    }
    }
    return image;
}
} // namespace

QIcon statusIcon(StatusIcon kind)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(paint(kind, size)));
    return icon;
}

} // namespace kvd
