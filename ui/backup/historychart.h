// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/keyhistory.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QDateTimeAxis;
class QValueAxis;

namespace statelens::ui {

/// A key's history drawn over time: a line chart when every value present is a number, otherwise a
/// timeline (present above, absent below; the points where the value changed stand out). It knows only
/// HistoryPoints (time, source id, value), so backups and checkpoints draw the same way. A click on a
/// point selects it and reports its index.
class HistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(QWidget* parent = nullptr);

    void setPoints(const QList<backup::HistoryPoint>& points);
    /// True when the values are drawn as a line chart (all present values are numbers).
    bool isNumeric() const { return m_numeric; }
    /// Marks point `index` (-1: none).
    void select(int index);
    int selected() const { return m_selected; }
    /// Where point `index` is drawn (chart coordinates: x in ms since the epoch).
    QPointF position(int index) const { return m_positions.value(index); }
    /// The series a click on a point arrives through (tests click through its clicked() signal).
    QScatterSeries* pointSeries() const { return m_points; }
    QLineSeries* lineSeries() const { return m_line; }

Q_SIGNALS:
    void pointClicked(int index);

private:
    int nearest(const QPointF& at) const;

    QList<backup::HistoryPoint> m_history;
    QList<QPointF> m_positions;
    bool m_numeric = false;
    int m_selected = -1;
    QLineSeries* m_line;
    QScatterSeries* m_points;
    QScatterSeries* m_changed;
    QScatterSeries* m_marker;
    QDateTimeAxis* m_time;
    QValueAxis* m_values;
};

} // namespace statelens::ui
