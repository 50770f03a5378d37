// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariant>

namespace statelens::ui {

/// Remembers when rows (by id: a task's file, a key) were last changed on disk, so that models can
/// highlight them briefly and say "changed 3 s ago". expired() names the rows whose highlight faded a
/// step or ended, so that the model can repaint them.
class ChangeMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeMarks)

public:
    explicit ChangeMarks(QObject* parent = nullptr);

    /// How long a changed row stays highlighted.
    static int highlightMs();

    void mark(const QString& id);
    void clear();
    bool isHighlighted(const QString& id) const;
    /// Milliseconds since `id` changed, -1 if it did not change since the state was opened.
    qint64 ageMs(const QString& id) const;
    /// The highlight colour for `id` (fading), or an invalid QVariant.
    QVariant background(const QString& id) const;
    /// "changed 3 s ago", "changed 2 min ago", or empty (translated).
    QString ageText(const QString& id) const;
    static QString ageText(qint64 ms);

Q_SIGNALS:
    void expired(const QStringList& ids);

private:
    void onTick();

    QElapsedTimer m_clock;
    QHash<QString, qint64> m_changedAt;
    QStringList m_highlighted;
    QTimer m_tick;
};

} // namespace statelens::ui
