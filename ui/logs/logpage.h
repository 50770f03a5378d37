// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTimer;
class QLabel;
class QLineEdit;
class QTableView;

namespace statelens {
struct LogRecord;
} // namespace statelens

namespace statelens::ui {

class ElidedLabel;
class LogFilterProxy;
class LogLoader;
class LogRecordModel;

/// Log files (text or JSON Lines) as coloured records, with a level filter, a search box, and a follow
/// mode that reads the files again every second and keeps the newest record in view.
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    explicit LogPage(QWidget* parent = nullptr);

    void showLogs(const QList<LogFile>& files, const QString& title);
    /// Selects the record at 1-based `line` of the log shown (once it is read, if it is being read).
    void showLine(int line);
    QTableView* table() const { return m_table; }
    LogRecordModel* model() const { return m_model; }
    LogFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* followBox() const { return m_follow; }

Q_SIGNALS:
    void logsShown();

private:
    void onLoaded(const QList<LogRecord>& records, const QStringList& errors);
    void updateCount();

    LogLoader* m_loader;
    LogRecordModel* m_model;
    LogFilterProxy* m_proxy;
    ElidedLabel* m_title; // a session or log file name, elided in the middle
    QComboBox* m_level;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_errors;
    QTableView* m_table;
    QCheckBox* m_follow;
    QTimer* m_followTimer;
    QList<LogFile> m_files;
    int m_showLine = 0; ///< the line showLine() asked for, until it is shown
    bool m_refreshing = false; // a follow-mode re-read: keep the level filter and the position
};

} // namespace statelens::ui
