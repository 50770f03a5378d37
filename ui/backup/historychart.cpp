// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include "common/formatting.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace statelens::ui {

namespace {
QString pointText(const backup::HistoryPoint& p)
{
    const QString when = p.time.isValid() ? formatDateTime(p.time) : HistoryChart::tr("unknown time");
    const QString where = p.isCurrent ? HistoryChart::tr("now") : p.backupId;
    QString value = p.present ? QString::fromUtf8(p.value.toCompactJson()) : HistoryChart::tr("(absent)");
    if (value.size() > 80)
        value = value.left(79) + QChar(0x2026);
    return HistoryChart::tr("%1 \u00b7 %2\n%3").arg(when, where, value);
}

} // namespace

HistoryChart::HistoryChart(QWidget* parent)
    : QChartView(new QChart, parent),
      m_line(new QLineSeries(this)),
      m_points(new QScatterSeries(this)),
      m_changed(new QScatterSeries(this)),
      m_marker(new QScatterSeries(this)),
      m_time(new QDateTimeAxis(this)),
      m_values(new QValueAxis(this))
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 12);
    QChart* c = chart();
    c->legend()->hide();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_time->setFormat(QStringLiteral("MM-dd HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);
    const std::initializer_list<QXYSeries*> all { m_line, m_points, m_changed, m_marker };
    for (QXYSeries* s : all) {
        c->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_values);
    }
    // Styled after addSeries(): adding a series gives it the theme's colours.
    m_line->setName(tr("Value"));
    m_points->setName(tr("Backups"));
    m_changed->setName(tr("Changed"));
    m_marker->setName(tr("Selected"));
    m_points->setMarkerSize(9);
    m_changed->setMarkerSize(13);
    m_changed->setColor(QColor(0xef, 0x6c, 0x00));
    m_changed->setBorderColor(QColor(0xef, 0x6c, 0x00));
    m_marker->setMarkerSize(22);
    m_marker->setColor(Qt::transparent);
    QPen ring(palette().color(QPalette::Highlight));
    ring.setWidth(3);
    m_marker->setPen(ring);
    // Changed points are drawn over the others and the selection ring over both: a click on any of them
    // is a click on the history point nearest to it.
    for (QXYSeries* s : { static_cast<QXYSeries*>(m_points), static_cast<QXYSeries*>(m_changed),
                          static_cast<QXYSeries*>(m_marker) }) {
        connect(s, &QXYSeries::clicked, this, [this](const QPointF& at) {
            const int i = nearest(at);
            if (i < 0)
                return;
            select(i);
            Q_EMIT pointClicked(i);
        });
        connect(s, &QXYSeries::hovered, this, [this](const QPointF& at, bool on) {
            const int i = on ? nearest(at) : -1;
            if (i >= 0)
                QToolTip::showText(QCursor::pos(), pointText(m_history[i]), this);
            else
                QToolTip::hideText();
        });
    }
}

void HistoryChart::setPoints(const QList<backup::HistoryPoint>& points)
{
    m_history = points;
    m_positions.clear();
    m_selected = -1;
    m_numeric = std::any_of(points.cbegin(), points.cend(), [](const backup::HistoryPoint& p) { return p.present; })
        && std::all_of(points.cbegin(), points.cend(),
            [](const backup::HistoryPoint& p) { return !p.present || p.value.isNumber(); });
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (const backup::HistoryPoint& p : points)
        if (m_numeric && p.present) {
            low = std::min(low, p.value.toDouble());
            high = std::max(high, p.value.toDouble());
        }
    if (!m_numeric) {
        low = 0;
        high = 1;
    }
    // An absent value sits below the lowest one (a timeline puts it on the lower line).
    const double absentY = m_numeric ? low - std::max(1.0, (high - low) * 0.1) : 0;
    QList<QPointF> line, plain, changed;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const backup::HistoryPoint& p : points) {
        // Times come from the backups; the current state may have none: it is "now". Equal times are
        // spread by a millisecond so that every point stays clickable on its own.
        qint64 x = p.time.isValid() ? p.time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        if (x <= previous)
            x = previous + 1;
        previous = x;
        const double y = !p.present ? absentY : m_numeric ? p.value.toDouble() : 1.0;
        const QPointF at(double(x), y);
        m_positions.append(at);
        if (p.present || !m_numeric)
            line.append(at);
        (p.changed ? changed : plain).append(at);
    }
    m_line->replace(line);
    m_points->replace(plain);
    m_changed->replace(changed);
    m_marker->clear();
    if (!m_positions.isEmpty()) {
        const double first = m_positions.first().x(), last = m_positions.last().x();
        const double pad = std::max(1000.0, (last - first) * 0.04);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first - pad)), QDateTime::fromMSecsSinceEpoch(qint64(last + pad)));
        const double bottom = std::min(low, absentY), top = high;
        const double margin = std::max(0.5, (top - bottom) * 0.1);
        m_values->setRange(bottom - margin, top + margin);
    }
    // A timeline's vertical axis means only "there" or "not there": say so instead of numbers.
    m_values->setVisible(m_numeric);
    m_values->setTitleText(m_numeric ? tr("Value") : QString());
    m_line->setVisible(true);
    chart()->setTitle(m_numeric ? tr("Value over time") : tr("Timeline (upper line: present, lower: absent; larger points: changed)"));
}

void HistoryChart::select(int index)
{
    m_selected = index >= 0 && index < m_positions.size() ? index : -1;
    m_marker->clear();
    if (m_selected >= 0)
        m_marker->append(m_positions[m_selected]);
}

int HistoryChart::nearest(const QPointF& at) const
{
    // Compare on screen, where a click lands, not in data units (ms against values).
    const QPointF click = chart()->mapToPosition(at, m_points);
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_positions.size(); ++i) {
        const QPointF d = chart()->mapToPosition(m_positions[i], m_points) - click;
        const double distance = std::hypot(d.x(), d.y());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace statelens::ui
