// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "common/uisettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace statelens::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent), m_separator(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_separator->setText(UiSettings::keySeparator());
    m_separator->setMaxLength(8);
    auto* hint = new QLabel(tr("Keys are grouped into a tree at this text (\"user:42:name\" sits under user \u203a 42). "
                               "Leave it empty to list keys flat."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Key &separator:"), m_separator);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::store);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SettingsDialog::store()
{
    UiSettings::setKeySeparator(m_separator->text());
}

} // namespace statelens::ui
