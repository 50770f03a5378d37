// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace statelens {

/// One step from a schema version to the next, applied to the whole state value.
struct MigrationStep
{
    QString from;
    QString to;
    QString description;
    std::function<Result<void>(json::JsonValue& state)> apply;
};

/// The known migration steps; plan() finds the shortest chain between two versions.
class MigrationRegistry
{
public:
    void add(MigrationStep step);
    const QList<MigrationStep>& steps() const { return m_steps; }
    /// Every version a step starts or ends at, sorted by semantic version.
    QStringList versions() const;
    /// The shortest chain of steps from `from` to `to` (empty if equal); an error if there is none.
    Result<QList<MigrationStep>> plan(const QString& from, const QString& to) const;

    /// Compares "1.10.0" and "1.9.0" as versions (numeric parts), integers as well.
    static int compareVersions(const QString& a, const QString& b);

private:
    QList<MigrationStep> m_steps;
};

} // namespace statelens
