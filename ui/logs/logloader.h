// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logrecord.h"
#include "model/snapshot.h"

#include <QFutureWatcher>
#include <QObject>

namespace statelens::ui {

/// Reads log files on a worker thread (through core's readFile) and hands back their records. A newer
/// request replaces an older one.
class LogLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLoader)

public:
    explicit LogLoader(QObject* parent = nullptr);
    ~LogLoader() override;

    void load(const QList<LogFile>& files);
    bool isLoading() const { return m_watcher != nullptr; }

Q_SIGNALS:
    void loaded(const QList<statelens::LogRecord>& records, const QStringList& errors);

private:
    struct Outcome
    {
        QList<LogRecord> records;
        QStringList errors;
    };
    QFutureWatcher<Outcome>* m_watcher = nullptr;
};

} // namespace statelens::ui
