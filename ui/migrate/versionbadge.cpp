// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionbadge.h"

#include "migrate/schemawording.h"

namespace statelens::ui {

VersionBadge::VersionBadge(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("versionBadge"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    hide();
}

void VersionBadge::setVersion(
    const QString& version, const QString& origin, const QStringList& newer, int problems)
{
    m_newer = newer;
    QString text = SchemaWording::text(version, newer.isEmpty() ? QString() : newer.last());
    if (problems > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n migration file(s) with errors", nullptr, problems);
    setText(text);
    QString tip = SchemaWording::isNone(version) ? tr("No schema version (%1).").arg(origin)
                                                 : tr("Schema version %1 (%2).").arg(version, origin);
    tip += QLatin1Char('\n')
        + (newer.isEmpty() ? tr("No newer version to migrate to.")
                           : tr("Migrations lead to: %1.").arg(newer.join(QLatin1String(", "))));
    tip += QLatin1Char('\n') + tr("Click to see the versions and migrations, or to roll one back.");
    setToolTip(tip);
    QFont f = font();
    f.setBold(!newer.isEmpty() || problems > 0);
    setFont(f);
    setEnabled(true);
    show();
}

void VersionBadge::setFixedVersion(const QString& version, const QString& origin, const QString& why)
{
    m_newer.clear();
    setText(SchemaWording::text(version));
    QStringList tip;
    if (!origin.isEmpty())
        tip << origin;
    if (!why.isEmpty())
        tip << why;
    setToolTip(tip.join(QLatin1Char('\n')));
    QFont f = font();
    f.setBold(false);
    setFont(f);
    setEnabled(false);
    show();
}

void VersionBadge::clear()
{
    m_newer.clear();
    setText({});
    setToolTip({});
    hide();
}

} // namespace statelens::ui
