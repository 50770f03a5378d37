// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskstore.h"
#include "util/result.h"

#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

#include <functional>

namespace statelens {

namespace json {
class Editor;
}

/// Behaves like a coding agent that keeps working on a state folder: about once per interval it creates a
/// task, moves one on (or, past 40 tasks, removes a finished one), or changes a value in state.json, then
/// recomputes the metrics, updates last_saved and appends to the current session log. Every tenth step it
/// first copies state.json to state.backup.<epoch-ms>.json and keeps the newest ten backups.
///
/// state.json is written with writeFileAtomically() and edited with json::Editor, so its formatting stays
/// as it was; task files are rewritten in place, as the real agent does.
class DemoWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoWriter)

public:
    struct Options
    {
        int intervalMs = 1000;
        int iterations = 0; ///< 0: until stopped
        quint32 seed = 0; ///< 0: a random seed
    };

    DemoWriter(QString stateDir, const Options& options, QObject* parent = nullptr);

    /// Checks the folder (state.json must parse as a JSON object) and starts the timer.
    Result<void> start();
    void stop();

Q_SIGNALS:
    /// Emitted after the last of Options::iterations steps.
    void finished();

private:
    /// One action's effect: a line for people, the session-log level, and the edits it makes to state.json
    /// (which may return a better line, once it knows the values it changed).
    struct Outcome
    {
        QString line;
        QString level = QStringLiteral("INFO");
        std::function<Result<QString>(json::Editor&)> editState;
    };

    void scheduleNext();
    void step();
    Result<Outcome> createTask();
    Result<Outcome> advanceTask();
    Result<Outcome> removeTask(const TaskInfo& task);
    Result<Outcome> editValue();
    Result<void> saveState(Outcome& outcome, bool backupFirst);
    Result<Outcome> chooseAction();
    Result<void> makeBackup();
    Result<void> appendSessionLog(const QString& level, const QString& message);
    QString sessionLogPath();
    QString activeSessionId() const;
    void print(const QString& line, bool error = false) const;

    QString m_dir;
    Options m_options;
    TaskStore m_tasks;
    QRandomGenerator m_random;
    QTimer m_timer;
    QString m_sessionLog;
    int m_step = 0;
};

} // namespace statelens
