// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/statesearch.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;
class QTimer;

namespace statelens::ui {

class SearchController;
class SearchHitModel;
class StateSession;

/// The Find box: searches keys and values, tasks, logs, reports and (when asked) backups, by substring or
/// regular expression, off the UI thread, and lists the hits grouped by kind; activating a hit jumps to it.
/// A new query cancels the one running; the search runs again when the state is read again.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(StateSession* session, QWidget* parent = nullptr);

    /// Focuses and selects the search text.
    void focusSearch();
    /// Searches again (for example after the state was reloaded).
    void refresh();
    /// refresh() after a short pause (the state changed on disk; it may change again at once).
    void refreshLater();

    QLineEdit* searchEdit() const { return m_edit; }
    QCheckBox* regexBox() const { return m_regex; }
    QCheckBox* backupsBox() const { return m_backups; }
    QTreeView* results() const { return m_view; }
    SearchHitModel* model() const { return m_model; }
    SearchController* controller() const { return m_controller; }

Q_SIGNALS:
    /// A hit was activated (Keys hits also emit keyActivated()).
    void hitActivated(const statelens::search::Hit& hit);
    void keyActivated(const QString& ns, const QString& key);
    /// A search finished and its hits are shown.
    void searchFinished();

private:
    void start();
    void onFinished(const search::Result& result);

    SearchController* m_controller;
    SearchHitModel* m_model;
    QLineEdit* m_edit;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QCheckBox* m_backups;
    QLabel* m_status;
    QTreeView* m_view;
    QTimer* m_debounce;
};

} // namespace statelens::ui
