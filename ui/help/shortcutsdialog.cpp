// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {
/// "&Open Folder…" → "Open Folder".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    QSet<QString> seen;
    for (const QAction* a : actions) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString name = plainText(a->text());
        const QString shortcut = keys.join(QStringLiteral(", "));
        if (seen.contains(name + shortcut))
            continue;
        seen.insert(name + shortcut);
        auto* item = new QTreeWidgetItem(m_list, { name, shortcut });
        item->setToolTip(0, a->toolTip());
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    QSize size(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 30);
    if (parent && parent->screen())
        size = size.boundedTo(parent->screen()->availableGeometry().size() * 0.9);
    resize(size);
}

} // namespace statelens::ui
