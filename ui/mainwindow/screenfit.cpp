// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QWindow>

namespace statelens::ui {

namespace {

/// The window frame the window manager adds: known once shown, estimated before (a title bar).
QMargins frameMargins(const QMainWindow* window)
{
    if (window->isVisible() && window->windowHandle())
        return window->windowHandle()->frameMargins();
    const int title = window->fontMetrics().height() * 2;
    return QMargins(2, title, 2, 2);
}

bool fits(const QSize& need, const QSize& room)
{
    return need.width() <= room.width() && need.height() <= room.height();
}

} // namespace

bool fitToScreen(QMainWindow* window, const QList<std::pair<QDockWidget*, QDockWidget*>>& stackable)
{
    const QScreen* screen = window->screen();
    if (!screen)
        return true;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameMargins(window);
    const QSize room = available.size().shrunkBy(frame);

    if (!fits(window->minimumSizeHint(), room)) {
        for (const auto& [front, behind] : stackable) {
            if (!front || !behind || front->isFloating() || behind->isFloating()
                || window->tabifiedDockWidgets(front).contains(behind))
                continue;
            window->tabifyDockWidget(front, behind);
            front->raise();
        }
        if (window->layout())
            window->layout()->activate();
    }
    const QSize minimum = window->minimumSizeHint();
    QSize size = window->size().boundedTo(room).expandedTo(minimum.boundedTo(room));
    window->resize(size);

    // Inside the available geometry, frame included.
    QRect outer(window->pos(), size.grownBy(frame));
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    window->move(outer.topLeft());
    return fits(minimum, room);
}

} // namespace statelens::ui
