// SPDX-License-Identifier: GPL-3.0-or-later
#include "changemarks.h"

#include <QColor>

namespace statelens::ui {

ChangeMarks::ChangeMarks(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_tick.setInterval(highlightMs() / 6); // the fade moves in a few steps
    connect(&m_tick, &QTimer::timeout, this, &ChangeMarks::onTick);
}

int ChangeMarks::highlightMs()
{
    return 3000;
}

void ChangeMarks::mark(const QString& id)
{
    m_changedAt.insert(id, m_clock.elapsed());
    if (!m_highlighted.contains(id))
        m_highlighted << id;
    if (!m_tick.isActive())
        m_tick.start();
}

void ChangeMarks::clear()
{
    m_changedAt.clear();
    m_highlighted.clear();
    m_tick.stop();
}

bool ChangeMarks::isHighlighted(const QString& id) const
{
    const qint64 age = ageMs(id);
    return age >= 0 && age < highlightMs();
}

qint64 ChangeMarks::ageMs(const QString& id) const
{
    const auto it = m_changedAt.constFind(id);
    return it == m_changedAt.cend() ? -1 : m_clock.elapsed() - *it;
}

QVariant ChangeMarks::background(const QString& id) const
{
    const qint64 age = ageMs(id);
    if (age < 0 || age >= highlightMs())
        return {};
    // Amber, so that it is not taken for the selection; it fades out over highlightMs().
    QColor c(0xff, 0xc1, 0x07);
    c.setAlphaF(0.55 * (1.0 - double(age) / highlightMs()) + 0.1);
    return c;
}

QString ChangeMarks::ageText(const QString& id) const
{
    const qint64 age = ageMs(id);
    return age < 0 ? QString() : ageText(age);
}

QString ChangeMarks::ageText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("changed %1 s ago").arg(s);
    if (s < 3600)
        return tr("changed %1 min ago").arg(s / 60);
    return tr("changed %1 h ago").arg(s / 3600);
}

void ChangeMarks::onTick()
{
    // Every row still fading is repainted; the ones whose highlight ended are let go.
    QStringList repaint;
    QStringList still;
    for (const QString& id : std::as_const(m_highlighted)) {
        repaint << id;
        if (isHighlighted(id))
            still << id;
    }
    m_highlighted = still;
    if (m_highlighted.isEmpty())
        m_tick.stop();
    if (!repaint.isEmpty())
        Q_EMIT expired(repaint);
}

} // namespace statelens::ui
