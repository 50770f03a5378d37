// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawdb.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <atomic>

namespace statelens::test {

namespace {

std::atomic<int> connections { 0 };

} // namespace

RawDb::RawDb(const QString& path) : m_name(QStringLiteral("tst-raw-%1").arg(++connections))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
}

RawDb::~RawDb()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawDb::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawDb::exec(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QList<QVariantList> RawDb::select(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

} // namespace statelens::test
