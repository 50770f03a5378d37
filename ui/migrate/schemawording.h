// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace statelens::ui {

/// The one way the window names a state's schema: "No schema", "Schema v2.0.0", or
/// "Schema v1.0.0 · migration to v2.0.0 available". The badge, the status bar and the migration dialog
/// all say it with these words.
class SchemaWording final
{
    Q_DECLARE_TR_FUNCTIONS(statelens::ui::SchemaWording)

public:
    /// `version` as the Migrator or the snapshot reads it ("none" or empty: no schema); `newest` the
    /// newest version migrations lead to (empty: none).
    static QString text(const QString& version, const QString& newest = {});
    /// True when `version` names no schema ("none", or empty).
    static bool isNone(const QString& version);
};

} // namespace statelens::ui
