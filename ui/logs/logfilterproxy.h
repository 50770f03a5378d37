// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace statelens::ui {

/// Keeps log records of one level (or all) that contain a text.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxy)

public:
    explicit LogFilterProxy(QObject* parent = nullptr);

    void setLevel(const QString& level);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_level;
    QString m_text;
};

} // namespace statelens::ui
