// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QObject>

class QLabel;

namespace statelens::ui {
class ElidedLabel;
}
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace statelens::ui {

/// The status bar's permanent fields: source kind, path, last saved, live updates, pending edits, and
/// the load progress with its Cancel button. (The schema version is the migration controller's badge.)
class StatusInfo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusInfo)

public:
    explicit StatusInfo(QStatusBar* bar);

    void setSnapshot(const Snapshot* snapshot);
    void setBusy(bool busy, const QString& what = {});
    void setProgress(int percent, const QString& what);
    void setPendingCount(int count);
    void setLiveState(const QString& text);

    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* kindLabel() const { return m_kind; }
    QLabel* liveLabel() const { return m_live; }

private:
    QStatusBar* m_bar;
    QLabel* m_kind;
    ElidedLabel* m_path; // elided in the middle: a long path must not widen the window
    QLabel* m_saved;
    QLabel* m_live;
    QLabel* m_pending;
    QLabel* m_busy;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace statelens::ui
