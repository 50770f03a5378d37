// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace statelens {
struct LiveDelta;
struct Snapshot;
}

namespace statelens::ui {

class StateSession;

/// What LiveController needs from the window it serves, and nothing more: the session it follows, a widget
/// to parent its banners and dialogs, and the places where it shows what happened. MainWindow implements
/// it; a test can implement it without a window.
class LiveHost
{
public:
    /// The session whose state is followed (never null).
    virtual StateSession* liveSession() const = 0;
    /// The parent of the conflict and overwrite banners and of the merge dialog.
    virtual QWidget* liveWidget() = 0;
    /// Shows the session's snapshot `s`, which changed as `delta` says, in the views (in place).
    virtual void showLiveSnapshot(const Snapshot& s, const LiveDelta& delta) = 0;
    /// A passing message (the status bar's), shown for `timeoutMs`.
    virtual void showLiveMessage(const QString& text, int timeoutMs) = 0;
    /// An error that stays until hidden (the window's message banner); an empty text hides it.
    virtual void showLiveError(const QString& text) = 0;
    /// The live-updates state ("live updates: on", "paused", "polling") and a longer description of it.
    virtual void showLiveMode(const QString& text, const QString& description) = 0;

protected:
    ~LiveHost() = default;
};

} // namespace statelens::ui
