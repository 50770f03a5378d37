// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffdialog.h"

#include "common/levelcolors.h"
#include "editor/jsonhighlighter.h"
#include "json/jsonstyle.h"
#include "pending/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {

QPlainTextEdit* pane(QWidget* parent, const QString& name)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(edit->document());
    return edit;
}

void mark(QPlainTextEdit* edit, const QSet<int>& lines, const QColor& colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(edit->document()->findBlockByNumber(line));
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << s;
    }
    edit->setExtraSelections(selections);
}

} // namespace

DiffDialog::DiffDialog(const QList<PendingEdit>& edits, bool canSave, QWidget* parent)
    : QDialog(parent), m_edits(edits), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Review Pending Changes"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* panes = new QSplitter(Qt::Horizontal, splitter);
    auto* beforeBox = new QWidget(panes);
    auto* afterBox = new QWidget(panes);
    m_before = pane(beforeBox, QStringLiteral("diffBefore"));
    m_after = pane(afterBox, QStringLiteral("diffAfter"));
    auto* bl = new QVBoxLayout(beforeBox);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(new QLabel(tr("Saved"), beforeBox));
    bl->addWidget(m_before);
    auto* al = new QVBoxLayout(afterBox);
    al->setContentsMargins(0, 0, 0, 0);
    al->addWidget(new QLabel(tr("After saving"), afterBox));
    al->addWidget(m_after);
    splitter->insertWidget(0, m_list);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    for (const PendingEdit& e : edits) {
        QString label = e.isNamespace() ? tr("namespace %1").arg(e.ns) : QStringLiteral("%1 / %2").arg(e.ns, e.key);
        label = (e.remove ? tr("\u2212 %1") : e.before ? tr("~ %1") : tr("+ %1")).arg(label);
        m_list->addItem(label);
    }

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("diffSave"));
    save->setEnabled(canSave);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &DiffDialog::showEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Changes to write: %1").arg(edits.size()), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 35);
    if (!edits.isEmpty())
        m_list->setCurrentRow(0);
}

void DiffDialog::showEdit(int row)
{
    if (row < 0 || row >= m_edits.size())
        return;
    const PendingEdit& e = m_edits[row];
    const json::Style style = json::Style::javaScript();
    const QString before = e.before ? QString::fromUtf8(e.before->toJson(style))
                         : e.isNamespace() ? tr("(the whole namespace)")
                                           : QString();
    const QString after = e.remove ? QString() : QString::fromUtf8(e.value.toJson(style));
    m_before->setPlainText(before);
    m_after->setPlainText(after);
    const LineDiff d = diffLines(before.split(QChar(u'\n')), after.split(QChar(u'\n')));
    const bool dark = isDark(palette());
    mark(m_before, d.removed, dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xeb, 0xe9));
    mark(m_after, d.added, dark ? QColor(0x1e, 0x4a, 0x28) : QColor(0xe6, 0xff, 0xec));
}

} // namespace statelens::ui
