// SPDX-License-Identifier: MIT
#include "widgets/actionicons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace kvd {

namespace {
const QString kActionIconDir = QStringLiteral(":/icons/actions");

class SvgActionIconEngine : public QIconEngine
{
public:
    explicit SvgActionIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine *clone() const override { return new SvgActionIconEngine(*this); }
    QString key() const override { return QStringLiteral("kvdoctor-action-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}};
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QSize size = actualSize(rect.size(), mode, state);
        const QPixmap pixmap = scaledPixmap(size, mode, state, scale);
        const QRect target(rect.x() + (rect.width() - size.width()) / 2, rect.y() + (rect.height() - size.height()) / 2,
                           size.width(), size.height());
        painter->drawPixmap(target, pixmap);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize logical = actualSize(size, mode, state);
        if (m_svg.isEmpty() || logical.isEmpty())
            return {};
        // The colour is read now, not when the icon was made: a palette switch recolours it.
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal,
                                      mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        const QSize device = (QSizeF(logical) * scale).toSize();
        const QString cacheKey = QStringLiteral("kvd-action:%1:%2x%3:%4:%5")
                                     .arg(m_path).arg(device.width()).arg(device.height())
                                     .arg(colour.rgba()).arg(int(mode));
        QPixmap result;
        if (!QPixmapCache::find(cacheKey, &result)) {
            QByteArray svg = m_svg;
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(svg);
            QImage image(device, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            if (renderer.isValid()) {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                renderer.render(&painter);
                painter.end();
                if (mode == QIcon::Disabled) {
                    // The accent colour fades too, as theme icons do.
                    QImage faded(image.size(), image.format());
                    faded.fill(Qt::transparent);
                    QPainter p(&faded);
                    p.setOpacity(0.45);
                    p.drawImage(0, 0, image);
                    p.end();
                    image = faded;
                }
            }
            result = QPixmap::fromImage(image);
            QPixmapCache::insert(cacheKey, result);
        }
        result.setDevicePixelRatio(scale);
        return result;
    }

private:
    QString m_path;
    QByteArray m_svg;
};
} // namespace

QIcon bundledActionIcon(const QString &file)
{
    return QIcon(new SvgActionIconEngine(kActionIconDir + QLatin1Char('/') + file + QStringLiteral(".svg")));
}

QIcon actionIcon(const QString &themeName, const QString &file)
{
    return QIcon::fromTheme(themeName, bundledActionIcon(file));
}

QStringList bundledActionIconNames()
{
    QStringList names;
    const QStringList files = QDir(kActionIconDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(4);
    return names;
}

} // namespace kvd
