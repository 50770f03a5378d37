// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
// Qt SQL is linked into the core library privately; its headers are reached through the Qt include root.
#include <QtSql/QSqlDatabase>

namespace statelens::test {

/// A connection of the test's own to a SQLite file, to read and change a database behind a source's back,
/// the way another program would. Each has a connection name no other uses; it is closed on destruction.
class RawDb
{
    Q_DISABLE_COPY_MOVE(RawDb)

public:
    /// Opens (or creates) `path`; a file that cannot be opened ends the test program.
    explicit RawDb(const QString& path);
    ~RawDb();

    QSqlDatabase db() const;
    /// Runs `sql` with the positional `binds`; false, with SQLite's message as a warning, if it failed.
    [[nodiscard]] bool exec(const QString& sql, const QVariantList& binds = {}) const;
    /// The rows `sql` selects, each as its column values. A query that fails ends the test program: it is
    /// the test that is wrong, not the code under test.
    QList<QVariantList> select(const QString& sql, const QVariantList& binds = {}) const;

private:
    QString m_name;
};

} // namespace statelens::test
