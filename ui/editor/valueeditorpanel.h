// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace statelens::ui {

class ConversationView;
class EditController;
class RawJsonEditor;
class StructuredEditor;

/// The right-hand panel: the selected key's value in a structured editor and as raw JSON, and, when it holds
/// messages (langgraph::readConversation), as a read-only conversation. Apply turns the edit into a pending,
/// undoable change. Credentials stay masked until revealed; values over 1 MiB open read-only until "Edit
/// anyway"; TTL-cache values show their time left.
class ValueEditorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueEditorPanel)

public:
    /// The tabs. ConversationMode is offered only while the value is a conversation; once chosen, it is
    /// shown again for every conversation selected until another tab is chosen.
    enum Mode { StructuredMode, RawMode, ConversationMode };

    explicit ValueEditorPanel(EditController* edits, QWidget* parent = nullptr);

    /// Shows ns/key (an empty key clears the panel).
    void showKey(const QString& ns, const QString& key);
    void clear();
    /// Shows the pending or saved value again, dropping unapplied edits.
    void reload();
    /// Turns the editors' content into a pending change; false if invalid or unchanged.
    bool apply();
    bool isDirty() const { return m_dirty; }
    bool canApply() const;
    /// Chooses a tab, as a click on it does; ConversationMode while the value is no conversation is only
    /// remembered for the next one.
    void setMode(Mode mode);
    Mode mode() const;
    /// True while the value is a conversation (the Conversation tab is offered).
    bool isConversation() const;

    QString currentNamespace() const { return m_ns; }
    QString currentKey() const { return m_key; }
    StructuredEditor* structuredEditor() const { return m_structured; }
    RawJsonEditor* rawEditor() const { return m_raw; }
    ConversationView* conversationView() const { return m_conversation; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* editAnywayButton() const { return m_editAnyway; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* ttlLabel() const { return m_ttl; }

Q_SIGNALS:
    /// Whether apply() would do something now (the Apply button's state), for the window's action.
    void canApplyChanged(bool canApply);

private:
    void onPendingChanged(const QString& ns, const QString& key);
    void onTabChanged(int index);
    void showConversationTab();
    void showConversationOfEdit();
    void markEdited(Mode mode);
    void updateState();
    QString id() const { return m_ns + QChar(0) + m_key; }

    EditController* m_edits;
    QString m_ns;
    QString m_key;
    json::JsonValue m_value;
    bool m_hasValue = false;
    bool m_removed = false;
    bool m_large = false;
    bool m_secret = false;
    bool m_dirty = false;
    Mode m_lastEdited = StructuredMode;
    bool m_preferConversation = false;
    QSet<QString> m_revealed;
    QSet<QString> m_editableAnyway;

    QLabel* m_title;
    QLabel* m_info;
    QLabel* m_ttl;
    QLabel* m_notice;
    QPushButton* m_editAnyway;
    QStackedWidget* m_stack;
    QPushButton* m_reveal;
    QTabWidget* m_tabs;
    StructuredEditor* m_structured;
    RawJsonEditor* m_raw;
    ConversationView* m_conversation;
    QPushButton* m_apply;
    QPushButton* m_reset;
};

} // namespace statelens::ui
