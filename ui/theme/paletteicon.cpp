// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletteicon.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace statelens::ui {

namespace {

class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QIcon source) : m_source(std::move(source)) { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : qGuiApp->devicePixelRatio();
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap source = m_source.pixmap(size, scale, mode == QIcon::Disabled ? QIcon::Normal : mode, state);
        if (source.isNull())
            return source;
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        const QString key = QStringLiteral("%1-%2-%3").arg(source.cacheKey()).arg(colour.rgba()).arg(int(mode));
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QImage image = source.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (isMonochrome(image)) {
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), colour);
        } else if (mode == QIcon::Disabled) {
            image = QIcon(source).pixmap(size, scale, QIcon::Disabled, state).toImage();
        }
        QPixmap out = QPixmap::fromImage(image);
        out.setDevicePixelRatio(source.devicePixelRatio());
        if (m_cache.size() > 64)
            m_cache.clear();
        m_cache.insert(key, out);
        return out;
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_source.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_source.availableSizes(mode, state);
    }
    QIconEngine* clone() const override { return new PaletteIconEngine(m_source); }
    QString key() const override { return QStringLiteral("statelens-palette-icon"); }

private:
    QIcon m_source;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

bool isMonochrome(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int visible = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 40)
                continue;
            ++visible;
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (std::max({ r, g, b }) - std::min({ r, g, b }) > 40)
                return false;
        }
    }
    return visible > 0;
}

QIcon paletteIcon(const QIcon& source)
{
    if (source.isNull())
        return source;
    return QIcon(new PaletteIconEngine(source));
}

} // namespace statelens::ui
