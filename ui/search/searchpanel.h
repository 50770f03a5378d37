// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace statelens::ui {

class SearchController;
class SearchHitModel;
class StateSession;
struct SearchResult;

/// The filter box: searches key names and values (substring or regular expression) across the whole
/// state off the UI thread and lists the hits; activating a hit jumps to its key.
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
    QTableView* results() const { return m_view; }
    SearchHitModel* model() const { return m_model; }
    SearchController* controller() const { return m_controller; }

Q_SIGNALS:
    void keyActivated(const QString& ns, const QString& key);

private:
    void start();
    void onFinished(const SearchResult& result);

    SearchController* m_controller;
    SearchHitModel* m_model;
    QLineEdit* m_edit;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QLabel* m_status;
    QTableView* m_view;
    QTimer* m_debounce;
};

} // namespace statelens::ui
