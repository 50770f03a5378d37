// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace statelens::migrate {

/// A task file of a state folder, as a migration sees it.
struct TaskFile
{
    QString path;
    json::JsonValue value;
};

/// Everything a migration step may change, in memory: the state file's value and, for state folders,
/// the task files (loaded only when a step needs them).
struct MigrationState
{
    json::JsonValue state;
    QList<TaskFile> tasks;
    bool tasksLoaded = false;
};

/// One step from a version to the next.
struct Step
{
    QString from;
    QString to;
    QString description;
    QString origin; ///< "built-in", or the user migration file it came from
    bool needsTasks = false; ///< works on task files (they are read before it runs)
    /// Changes `state` in memory; may append notes for the log. An error stops the whole migration.
    std::function<Result<void>(MigrationState& state, QStringList& notes)> apply;
};

/// The steps known for one state; plan() finds the shortest chain between two versions (breadth-first,
/// so with equal lengths the step added first wins: built-ins, then files beside the state, then the
/// user's config folder).
class MigrationCatalog
{
public:
    void add(Step step);
    const QList<Step>& steps() const { return m_steps; }

    /// The shortest chain from `from` to `to`: empty when they are equal, an error naming both versions
    /// (and what can be reached from `from`) when there is none.
    Result<QList<Step>> plan(const QString& from, const QString& to) const;
    /// Every version some chain leads to from `from` (itself excluded), sorted as versions.
    QStringList reachable(const QString& from) const;

private:
    QList<Step> m_steps;
};

} // namespace statelens::migrate
