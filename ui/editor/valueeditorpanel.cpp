// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueeditorpanel.h"

#include "common/formatting.h"
#include "common/valuehints.h"
#include "conversation/conversationview.h"
#include "editor/rawjsoneditor.h"
#include "editor/structurededitor.h"
#include "json/jsonstyle.h"
#include "recovery/damagebanner.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "sources/langgraph/conversation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace statelens::ui {

ValueEditorPanel::ValueEditorPanel(EditController* edits, QWidget* parent)
    : QWidget(parent),
      m_edits(edits),
      m_title(new QLabel(this)),
      m_info(new QLabel(this)),
      m_ttl(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_editAnyway(new QPushButton(tr("&Edit anyway"), this)),
      m_stack(new QStackedWidget(this)),
      m_reveal(new QPushButton(tr("&Reveal value"), this)),
      m_tabs(new QTabWidget(this)),
      m_structured(new StructuredEditor(this)),
      m_raw(new RawJsonEditor(this)),
      m_conversation(new ConversationView(this)),
      m_apply(new QPushButton(tr("&Apply"), this)),
      m_reset(new QPushButton(tr("Rese&t"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* l : { m_title, m_info, m_ttl, m_notice }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_ttl->setObjectName(QStringLiteral("ttlLabel"));
    m_editAnyway->setObjectName(QStringLiteral("editAnywayButton"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Make this value a pending change (saved with Ctrl+S, undone with Ctrl+Z)"));
    m_reset->setToolTip(tr("Drop the edits made here since the last Apply"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(m_structured, tr("&Structured"));
    m_tabs->addTab(m_raw, tr("Ra&w JSON"));
    m_tabs->addTab(m_conversation, tr("C&onversation"));
    m_tabs->setTabToolTip(ConversationMode,
                          tr("The messages as a conversation: who said what, tool calls and their results"));
    m_tabs->setTabVisible(ConversationMode, false);

    auto* masked = new QWidget(this);
    auto* maskedLabel = new QLabel(tr("This value is hidden because its key looks like a credential."), masked);
    maskedLabel->setWordWrap(true);
    auto* maskedLayout = new QVBoxLayout(masked);
    maskedLayout->addWidget(maskedLabel);
    maskedLayout->addWidget(m_reveal, 0, Qt::AlignLeft);
    maskedLayout->addStretch();
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(masked);

    auto* notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_editAnyway);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addWidget(m_ttl);
    layout->addLayout(notice);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_structured, &StructuredEditor::edited, this, [this] { markEdited(StructuredMode); });
    connect(m_raw, &RawJsonEditor::edited, this, [this] { markEdited(RawMode); });
    connect(m_raw, &RawJsonEditor::validityChanged, this, &ValueEditorPanel::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ValueEditorPanel::onTabChanged);
    connect(m_conversation, &ConversationView::showInTree, this, [this](const json::Pointer& pointer) {
        if (m_large) { // no tree is built for a large value
            setMode(RawMode);
            return;
        }
        setMode(StructuredMode);
        m_structured->showItem(pointer);
    });
    connect(m_apply, &QPushButton::clicked, this, &ValueEditorPanel::apply);
    connect(m_reset, &QPushButton::clicked, this, &ValueEditorPanel::reload);
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_revealed.insert(id());
        reload();
    });
    connect(m_editAnyway, &QPushButton::clicked, this, [this] {
        m_editableAnyway.insert(id());
        reload();
    });
    connect(edits->session()->pending(), &PendingChanges::changed, this, &ValueEditorPanel::onPendingChanged);
    connect(edits->session()->pending(), &PendingChanges::cleared, this, [this] {
        // A task's saved object may have to be read again (after a save it is a new file): whoever showed
        // the task shows it again once that is done (TaskEditBinding), not the UI thread here.
        if (!m_key.isEmpty() && m_ns != EditController::taskNamespace())
            reload();
    });
    clear();
}

void ValueEditorPanel::clear()
{
    showKey(QString(), QString());
}

void ValueEditorPanel::showKey(const QString& ns, const QString& key)
{
    m_ns = ns;
    m_key = key;
    reload();
}

void ValueEditorPanel::reload()
{
    m_dirty = false;
    m_hasValue = false;
    m_removed = false;
    m_large = false;
    m_secret = false;
    m_ttl->clear();
    if (m_key.isEmpty() || !m_edits->session()->hasState()) {
        m_title->setText(tr("No key selected"));
        m_info->setText(tr("Select a key or a task to see and edit its value."));
        m_structured->clear();
        m_raw->setText(QString());
        showConversationTab();
        updateState();
        return;
    }
    const std::optional<Entry> entry = m_edits->session()->snapshot().findEntry(m_ns, m_key);
    std::optional<json::JsonValue> value = m_edits->currentValue(m_ns, m_key);
    if (!value && entry) {
        m_removed = true;
        value = entry->value.toValue();
    }
    m_hasValue = value.has_value();
    m_value = value.value_or(json::JsonValue());

    const qint64 size = entry && m_edits->keyState(m_ns, m_key) == KeyState::Unchanged ? entry->value.size()
                                                                                       : m_value.toCompactJson().size();
    m_large = size > LargeValueBytes && !m_editableAnyway.contains(id());
    m_secret = looksSecret(m_key) && !m_revealed.contains(id());
    const bool task = m_ns == EditController::taskNamespace();
    m_title->setText(task ? tr("Task %1").arg(m_key)
                          : QStringLiteral("%1 / %2").arg(m_ns.isEmpty() ? tr("(default)") : m_ns, m_key));
    QStringList facts { json::JsonValue::typeName(m_value.type()), formatSize(size) };
    if (task) {
        for (const Task& t : m_edits->session()->snapshot().tasks)
            if (t.id == m_key) {
                facts << t.file;
                break;
            }
    } else if (entry) {
        facts << entry->file;
        for (auto it = entry->meta.cbegin(); it != entry->meta.cend(); ++it)
            facts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    }
    switch (m_edits->keyState(m_ns, m_key)) {
    case KeyState::Modified: facts << tr("changed, not saved"); break;
    case KeyState::Added: facts << tr("added, not saved"); break;
    case KeyState::Removed: facts << tr("deleted, not saved (Ctrl+Z brings it back)"); break;
    default: break;
    }
    m_info->setText(facts.join(QStringLiteral(" \u00b7 ")));
    m_ttl->setText(ttlText(m_value));

    if (m_large) {
        // A big value is not turned into a tree until asked: that is where the time and memory would go.
        m_structured->clear();
        m_raw->setText(QString::fromUtf8(entry && !m_removed ? entry->value.raw().toByteArray() : m_value.toJson(json::Style::javaScript())));
    } else {
        m_structured->setValue(m_value, m_key);
        m_raw->setText(QString::fromUtf8(m_value.toJson(json::Style::javaScript())));
    }
    m_structured->setMaskSecrets(!m_revealed.contains(id()));
    showConversationTab();
    updateState();
}

void ValueEditorPanel::showConversationTab()
{
    auto conversation = m_hasValue ? langgraph::readConversation(m_value) : std::nullopt;
    const QSignalBlocker block(m_tabs); // the panel's choice, not the user's: the preference stays
    if (!conversation) {
        if (m_tabs->currentIndex() == ConversationMode)
            m_tabs->setCurrentIndex(StructuredMode);
        m_tabs->setTabVisible(ConversationMode, false);
        m_conversation->clear();
        return;
    }
    m_conversation->setConversation(std::move(*conversation));
    m_tabs->setTabVisible(ConversationMode, true);
    if (m_preferConversation)
        m_tabs->setCurrentIndex(ConversationMode);
}

void ValueEditorPanel::showConversationOfEdit()
{
    json::JsonValue edited;
    if (m_lastEdited == RawMode) {
        m_raw->validateNow();
        auto parsed = m_raw->parsed();
        if (!parsed) {
            m_conversation->showNote(tr("The raw JSON has an error. Fix it to see the conversation."));
            return;
        }
        edited = std::move(parsed.value());
    } else {
        edited = m_structured->value();
    }
    if (auto conversation = langgraph::readConversation(edited))
        m_conversation->setConversation(std::move(*conversation));
    else
        m_conversation->showNote(
            tr("The edited value is not a conversation any more. Reset the edit to see it here."));
}

void ValueEditorPanel::updateState()
{
    const bool hasKey = !m_key.isEmpty() && (m_hasValue || m_removed);
    const bool readOnly = !hasKey || m_removed || m_large || m_edits->session()->isReadOnly();
    m_structured->setReadOnly(readOnly);
    m_raw->setReadOnly(readOnly);
    m_stack->setCurrentIndex(m_secret ? 1 : 0);
    m_stack->setEnabled(hasKey);
    QString notice;
    if (m_large)
        notice = tr("This value is larger than 1 MiB and opened read-only.");
    else if (m_edits->session()->hasState() && m_edits->session()->snapshot().info.isDamaged() && hasKey)
        notice = DamageBanner::editingOffReason(m_edits->session()->snapshot().info) + u'.';
    else if (m_edits->session()->hasState() && m_edits->session()->isReadOnly() && hasKey)
        notice = tr("This state is read-only.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_editAnyway->setVisible(m_large && !m_edits->session()->isReadOnly());
    const bool couldApply = m_apply->isEnabled();
    m_apply->setEnabled(canApply());
    m_reset->setEnabled(m_dirty);
    if (couldApply != m_apply->isEnabled())
        Q_EMIT canApplyChanged(m_apply->isEnabled());
}

bool ValueEditorPanel::canApply() const
{
    if (!m_dirty || m_removed || m_large || m_secret || m_edits->session()->isReadOnly())
        return false;
    return m_lastEdited == StructuredMode || m_raw->isValid();
}

void ValueEditorPanel::markEdited(Mode mode)
{
    m_dirty = true;
    m_lastEdited = mode;
    updateState();
}

void ValueEditorPanel::onTabChanged(int index)
{
    m_preferConversation = index == ConversationMode;
    if (!m_dirty)
        return;
    if (index == ConversationMode) {
        showConversationOfEdit(); // what the edit would make of it (nothing is applied from here)
        return;
    }
    if (index == RawMode && m_lastEdited == StructuredMode) {
        m_raw->setText(QString::fromUtf8(m_structured->value().toJson(json::Style::javaScript())));
    } else if (index == StructuredMode && m_lastEdited == RawMode) {
        m_raw->validateNow();
        auto parsed = m_raw->parsed();
        if (!parsed) {
            // Invalid text cannot become a tree: stay on the text, where the error is shown.
            const QSignalBlocker block(m_tabs);
            m_tabs->setCurrentIndex(RawMode);
            return;
        }
        m_structured->setValue(parsed.value(), m_key);
        m_lastEdited = StructuredMode;
    }
    updateState();
}

void ValueEditorPanel::setMode(Mode mode)
{
    m_preferConversation = mode == ConversationMode;
    if (mode != ConversationMode || isConversation())
        m_tabs->setCurrentIndex(mode);
}

bool ValueEditorPanel::isConversation() const
{
    return m_tabs->isTabVisible(ConversationMode);
}

ValueEditorPanel::Mode ValueEditorPanel::mode() const
{
    return Mode(m_tabs->currentIndex());
}

bool ValueEditorPanel::apply()
{
    if (m_lastEdited == RawMode)
        m_raw->validateNow();
    if (!canApply())
        return false;
    json::JsonValue value;
    if (m_lastEdited == RawMode) {
        auto parsed = m_raw->parsed();
        if (!parsed)
            return false;
        value = std::move(parsed.value());
    } else {
        value = m_structured->value();
    }
    const QString ns = m_ns, key = m_key;
    if (!m_edits->setValue(ns, key, value)) {
        reload(); // nothing changed after all
        return false;
    }
    return true;
}

void ValueEditorPanel::onPendingChanged(const QString& ns, const QString& key)
{
    if (ns == m_ns && (key == m_key || key.isEmpty()) && !m_key.isEmpty())
        reload(); // keeps the tab (Conversation goes when the value is no conversation any more)
}

} // namespace statelens::ui
