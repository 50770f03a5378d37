// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "search/searchcontroller.h"
#include "search/searchhitmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

SearchPanel::SearchPanel(StateSession* session, QWidget* parent)
    : QWidget(parent),
      m_controller(new SearchController(session, this)),
      m_model(new SearchHitModel(this)),
      m_edit(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Rege&x"), this)),
      m_case(new QCheckBox(tr("Match &case"), this)),
      m_backups(new QCheckBox(tr("In &backups"), this)),
      m_status(new QLabel(this)),
      m_view(new QTreeView(this)),
      m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search keys, values, tasks, logs and reports (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("searchRegex"));
    m_backups->setObjectName(QStringLiteral("searchBackups"));
    m_backups->setToolTip(tr("Also search the keys and tasks in every usable backup (reads them all)"));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto* options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_case);
    options->addWidget(m_backups);
    options->addStretch();
    options->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);

    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPanel::start);
    connect(m_regex, &QCheckBox::toggled, this, &SearchPanel::start);
    connect(m_case, &QCheckBox::toggled, this, &SearchPanel::start);
    connect(m_backups, &QCheckBox::toggled, this, &SearchPanel::start);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::start);
    connect(m_controller, &SearchController::finished, this, &SearchPanel::onFinished);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const search::Hit* hit = m_model->hitAt(index);
        if (!hit)
            return;
        const search::Hit copy = *hit; // a jump may search again and reset the model
        if (copy.kind == search::HitKind::Key)
            Q_EMIT keyActivated(copy.ns, copy.key);
        Q_EMIT hitActivated(copy);
    });
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::refresh()
{
    if (!m_edit->text().isEmpty())
        start();
}

void SearchPanel::refreshLater()
{
    if (!m_edit->text().isEmpty())
        m_debounce->start();
}

void SearchPanel::start()
{
    m_debounce->stop();
    if (m_edit->text().isEmpty()) {
        m_controller->cancel();
        m_model->setHits({});
        m_status->clear();
        return;
    }
    search::Query q;
    q.text = m_edit->text();
    q.regex = m_regex->isChecked();
    q.caseSensitive = m_case->isChecked();
    q.inBackups = m_backups->isChecked();
    m_status->setText(tr("Searching\u2026"));
    m_controller->search(q);
}

void SearchPanel::onFinished(const search::Result& result)
{
    m_model->setHits(result.hits);
    if (!result.error.isEmpty())
        m_status->setText(result.error);
    else if (result.truncated)
        m_status->setText(tr("first %1 hits").arg(result.hits.size()));
    else
        m_status->setText(result.hits.size() == 1 ? tr("1 hit") : tr("%1 hits").arg(result.hits.size()));
    // Groups are few; their hits are listed open (a group holds at most the hit limit).
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_view->expand(m_model->index(r, 0));
    m_view->resizeColumnToContents(SearchHitModel::NameColumn);
    m_view->resizeColumnToContents(SearchHitModel::WhereColumn);
    Q_EMIT searchFinished();
}

} // namespace statelens::ui
