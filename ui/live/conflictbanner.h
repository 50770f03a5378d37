// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace statelens::ui {

/// The line above the centre that says a file changed on disk while it has pending edits, and offers the
/// three ways out: take the disk's version, keep mine (after a backup of theirs), or merge field by field.
class ConflictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictBanner)

public:
    explicit ConflictBanner(QWidget* parent = nullptr);

    /// Shows the banner for `files` (hidden when empty), naming the clashing `keys` (addresses) where they
    /// are known; `detail` adds a sentence (a refused save).
    void showConflict(const QStringList& files, const QStringList& keys = {}, const QString& detail = {});
    QString text() const;

    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* mergeButton() const { return m_merge; }

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();
    void mergeRequested();

private:
    QLabel* m_label;
    QPushButton* m_reload;
    QPushButton* m_keepMine;
    QPushButton* m_merge;
};

} // namespace statelens::ui
