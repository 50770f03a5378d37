// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemmodel.h"

#include "common/levelcolors.h"

#include <QApplication>
#include <QStyle>

namespace statelens::ui {

ProblemModel::ProblemModel(QObject* parent)
    : SimpleTableModel({ tr("Severity"), tr("Message"), tr("File"), tr("Line:column"), tr("Concerns") }, parent)
{
}

void ProblemModel::setProblems(const QList<Problem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

QVariant ProblemModel::cell(int row, int column, int role) const
{
    const Problem& p = m_problems[row];
    const QString severity = p.severity == Problem::Severity::Error     ? tr("error")
                           : p.severity == Problem::Severity::Warning ? tr("warning")
                                                                        : tr("info");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return severity;
        case MessageColumn: return p.message;
        case FileColumn: return p.file;
        case PositionColumn: return p.line > 0 ? QStringLiteral("%1:%2").arg(p.line).arg(p.column) : QString();
        case AddressColumn: return p.address;
        }
        return {};
    case Qt::DecorationRole:
        if (column != SeverityColumn)
            return {};
        return QApplication::style()->standardIcon(p.severity == Problem::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                   : p.severity == Problem::Severity::Warning
                                                   ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxInformation);
    case Qt::ToolTipRole: return p.toString();
    case Qt::ForegroundRole:
        if (column == SeverityColumn) {
            const QColor c = levelColor(p.severity == Problem::Severity::Error ? QStringLiteral("error")
                                        : p.severity == Problem::Severity::Warning ? QStringLiteral("warning")
                                                                                     : QString(),
                                        QApplication::palette());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case AddressRole: return p.address;
    }
    return {};
}

} // namespace statelens::ui
