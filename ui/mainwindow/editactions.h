// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace statelens::ui {

class EditController;
class StateSession;

/// The edit commands that talk to the user first: add and delete keys and namespaces (delete asks and
/// says it can be undone), import and export JSON files, review before saving, revert, and the
/// Save / Discard / Cancel question before pending edits would be lost.
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    EditActions(QWidget* window, EditController* edits, QObject* parent = nullptr);

    /// Asks for a key name in `ns`; returns the new key or an empty string.
    QString addKey(const QString& ns);
    /// Asks for a namespace and its first key; returns {ns, key} or empty strings.
    std::pair<QString, QString> addNamespace();
    bool deleteKey(const QString& ns, const QString& key);
    bool deleteNamespace(const QString& ns);
    bool exportValue(const QString& ns, const QString& key);
    bool importValue(const QString& ns, const QString& key);
    bool exportNamespace(const QString& ns);
    bool importNamespace(const QString& ns);
    /// Shows the diff; saves if the user chooses to.
    void review();
    void revert();
    /// True when it is fine to drop the current state: nothing pending, or saved, or discarded.
    bool confirmDiscard();

Q_SIGNALS:
    void message(const QString& text, bool error);

private:
    bool saveAndWait();

    QWidget* m_window;
    EditController* m_edits;
    StateSession* m_session;
};

} // namespace statelens::ui
