// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace statelens::ui {

/// The line above the centre while a state file is damaged: which file, what is wrong (line:column),
/// what is shown instead, and the two ways out: restore the newest healthy backup, or choose one. It stays
/// until the state is restored (it cannot be dismissed: editing is off meanwhile).
class DamageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamageBanner)

public:
    explicit DamageBanner(QWidget* parent = nullptr);

    /// Shows the banner for `info.damaged` (hidden when nothing is damaged).
    void setInfo(const SourceInfo& info);
    QString text() const;
    /// The backup "Restore from …" restores (empty when there is none).
    QString healthyBackup() const { return m_backupId; }

    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* chooseButton() const { return m_choose; }

    /// Why editing is off, for tooltips and the status bar (empty when nothing is damaged).
    static QString editingOffReason(const SourceInfo& info);

Q_SIGNALS:
    void restoreRequested(const QString& backupId);
    void chooseRequested();

private:
    QLabel* m_label;
    QPushButton* m_restore;
    QPushButton* m_choose;
    QString m_backupId;
};

} // namespace statelens::ui
