// SPDX-License-Identifier: GPL-3.0-or-later
// ThemeStyle (ui/theme/themestyle.h) over Fusion: check boxes and radio buttons get an outline in the
// placeholder-text colour (the mid colour when disabled, the highlight when hovered) that stands out on
// light and dark windows; other primitives are drawn as Fusion draws them; grey standard icons follow the
// palette's text colour.
#include "theme/themestyle.h"
#include "theme/paletteicon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace statelens::ui;

namespace {

/// `element` drawn by `style` on a 20×20 image over a window-coloured background.
QImage draw(const QStyle& style, QStyle::PrimitiveElement element, const QPalette& palette, QStyle::State state)
{
    QImage image(20, 20, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    QStyleOptionButton option;
    option.rect = QRect(2, 2, 16, 16);
    option.palette = palette;
    option.state = state;
    QPainter p(&image);
    style.drawPrimitive(element, &option, &p);
    return image;
}

/// The application's palette as it was when the test began (QPalette() copies whatever it is now).
QPalette lightPalette()
{
    static const QPalette light = QApplication::palette();
    return light;
}

QPalette darkPalette()
{
    QPalette p = lightPalette();
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x70, 0xd0));
    return p;
}

} // namespace

class TestThemeStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { lightPalette(); }
    void checkBoxOutline_data();
    void checkBoxOutline();
    void radioButtonOutline();
    void otherPrimitivesAsTheBase();
    void greyIconsFollowThePalette();
};

void TestThemeStyle::checkBoxOutline_data()
{
    QTest::addColumn<QStyle::State>("state");
    QTest::addColumn<int>("role"); // QPalette::ColorRole of the outline; -1: Mid lighter
    QTest::addColumn<bool>("dark");
    QTest::newRow("enabled") << QStyle::State(QStyle::State_Enabled | QStyle::State_Off) << int(QPalette::PlaceholderText) << false;
    QTest::newRow("enabled, dark") << QStyle::State(QStyle::State_Enabled | QStyle::State_Off) << int(QPalette::PlaceholderText) << true;
    QTest::newRow("checked") << QStyle::State(QStyle::State_Enabled | QStyle::State_On) << int(QPalette::PlaceholderText) << true;
    QTest::newRow("hovered") << QStyle::State(QStyle::State_Enabled | QStyle::State_MouseOver) << int(QPalette::Highlight) << false;
    QTest::newRow("disabled") << QStyle::State(QStyle::State_Off) << -1 << true;
}

void TestThemeStyle::checkBoxOutline()
{
    QFETCH(QStyle::State, state);
    QFETCH(int, role);
    QFETCH(bool, dark);
    QPalette palette = dark ? darkPalette() : lightPalette();
    // Opaque, so that the outline's pixels are its colour (Qt's default placeholder colour is translucent).
    palette.setColor(QPalette::PlaceholderText, dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x70, 0x70, 0x70));
    ThemeStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage image = draw(style, QStyle::PE_IndicatorCheckBox, palette, state);
    QColor expected = role < 0 ? palette.color(QPalette::Mid).lighter(130) : palette.color(QPalette::ColorRole(role));
    if (role == QPalette::Highlight)
        expected = expected.lighter(140);
    // The outline runs along the option's rectangle: its left edge, away from the corners.
    for (int y = 6; y < 14; ++y)
        QCOMPARE(QColor(image.pixel(2, y)).rgb(), expected.rgb());
}

void TestThemeStyle::radioButtonOutline()
{
    const QPalette palette = darkPalette();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ThemeStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage plain = draw(*fusion, QStyle::PE_IndicatorRadioButton, palette, QStyle::State_Enabled | QStyle::State_Off);
    const QImage outlined = draw(style, QStyle::PE_IndicatorRadioButton, palette, QStyle::State_Enabled | QStyle::State_Off);
    // A ring over Fusion's button: the edge changes, the inside and the corners do not.
    QVERIFY(plain.pixel(2, 10) != outlined.pixel(2, 10));
    QCOMPARE(outlined.pixel(10, 10), plain.pixel(10, 10));
    QCOMPARE(outlined.pixel(2, 2), plain.pixel(2, 2));
}

void TestThemeStyle::otherPrimitivesAsTheBase()
{
    const QPalette palette = darkPalette();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ThemeStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    for (auto element : { QStyle::PE_FrameFocusRect, QStyle::PE_IndicatorArrowDown, QStyle::PE_PanelButtonCommand })
        QCOMPARE(draw(style, element, palette, QStyle::State_Enabled), draw(*fusion, element, palette, QStyle::State_Enabled));
}

void TestThemeStyle::greyIconsFollowThePalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ThemeStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    int grey = 0;
    for (auto icon : { QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_ArrowUp, QStyle::SP_ArrowBack,
                       QStyle::SP_BrowserReload, QStyle::SP_MessageBoxWarning, QStyle::SP_DialogCloseButton }) {
        const QImage base = fusion->standardIcon(icon).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        if (base.isNull())
            continue;
        const bool monochrome = isMonochrome(base);
        grey += monochrome;
        for (const QPalette& palette : { lightPalette(), darkPalette() }) {
            QApplication::setPalette(palette);
            const QImage shown = style.standardIcon(icon).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
            if (!monochrome) { // coloured icons are painted as they are
                QCOMPARE(shown, base);
                continue;
            }
            for (int y = 0; y < shown.height(); ++y)
                for (int x = 0; x < shown.width(); ++x)
                    if (shown.pixelColor(x, y).alpha() == 255)
                        QCOMPARE(shown.pixelColor(x, y).rgb(), palette.color(QPalette::WindowText).rgb());
        }
    }
    QApplication::setPalette(lightPalette());
    QVERIFY(grey > 0);
}

QTEST_MAIN(TestThemeStyle)
#include "tst_themestyle.moc"
