// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme/theme.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace statelens::ui {

/// Preferences: the theme (applied as soon as it is chosen, put back on Cancel), the key separator that
/// groups keys into a tree, and how many backup generations to keep.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Stores the values (called on accept).
    void store();

protected:
    void done(int result) override;

private:
    QComboBox* m_theme;
    Theme m_themeBefore;
    QLineEdit* m_separator;
    QSpinBox* m_keepGenerations;
    QSpinBox* m_maxGenerationAge;
};

} // namespace statelens::ui
