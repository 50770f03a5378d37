// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolButton>

namespace statelens::ui {

/// The status bar's schema version field: "v1.0.0", and "migrations available" when a newer version can
/// be reached. Clicking it opens the migration dialog. It shows what it is given and reads no files.
class VersionBadge final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionBadge)

public:
    explicit VersionBadge(QWidget* parent = nullptr);

    /// Shows `version` in SchemaWording's words, with `origin` (field or inferred, and why) in the
    /// tooltip; `newer` are the versions migrations lead to, oldest first; `problems` counts user
    /// migration files that cannot be read.
    void setVersion(
        const QString& version, const QString& origin, const QStringList& newer, int problems = 0);
    /// Shows the version of a state StateLens does not migrate (`why` in the tooltip); not clickable.
    void setFixedVersion(const QString& version, const QString& origin, const QString& why);
    /// Hides the badge (no state, or one StateLens cannot migrate).
    void clear();

    bool migrationsAvailable() const { return !m_newer.isEmpty(); }

private:
    QStringList m_newer;
};

} // namespace statelens::ui
