// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/jsonpatch.h"
#include "migrate/migrationcatalog.h"
#include "migrate/migrationsubject.h"

#include <QList>

namespace statelens::migrate {

/// A migration written by a user: a JSON file with "from", "to", an optional "description", an optional
/// "format" (the kind of state it is for) and "scope", and "operations" (docs/MIGRATIONS.md).
struct UserMigration
{
    QString path;
    QString from;
    QString to;
    QString description;
    QString format; ///< empty: any kind of state
    QList<PatchOperation> operations;
};

/// Reads user migration files and turns them into steps.
class MigrationFile
{
public:
    /// Parses one file. JSON syntax errors carry the file, line and column; a wrong or missing field
    /// carries the line of the member or operation at fault.
    static Result<UserMigration> load(const QString& path);
    static Result<UserMigration> parse(const QByteArray& text, const QString& path);

    /// Every *.json in `folder`, in name order; files that cannot be used are returned in `errors`.
    /// A missing folder is empty, not an error.
    static QList<UserMigration> loadFolder(const QString& folder, QList<Error>* errors);

    /// True when the migration is meant for this kind of state ("format" empty or matching).
    static bool appliesTo(const UserMigration& migration, const Subject& subject);

    /// A step that applies the operations to `subject`'s state, each in its scope.
    static Step toStep(const UserMigration& migration, const Subject& subject);
};

} // namespace statelens::migrate
