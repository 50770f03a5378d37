// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "common/uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace statelens::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_themeBefore(currentTheme())
    , m_separator(new QLineEdit(this))
    , m_keepGenerations(new QSpinBox(this))
    , m_maxGenerationAge(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System (follows the desktop)"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_themeBefore)));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { applyTheme(Theme(m_theme->currentData().toInt())); });
    m_separator->setText(UiSettings::keySeparator());
    m_separator->setMaxLength(8);
    auto* hint = new QLabel(tr("Keys are grouped into a tree at this text (\"user:42:name\" sits under user \u203a 42). "
                               "Leave it empty to list keys flat."),
                            this);
    hint->setWordWrap(true);
    const backups::Retention retention = UiSettings::generationRetention();
    m_keepGenerations->setObjectName(QStringLiteral("keepGenerations"));
    m_keepGenerations->setRange(1, 10000);
    m_keepGenerations->setValue(retention.keep);
    m_maxGenerationAge->setObjectName(QStringLiteral("maxGenerationAge"));
    m_maxGenerationAge->setRange(0, 100000);
    m_maxGenerationAge->setSuffix(tr(" days"));
    m_maxGenerationAge->setSpecialValueText(tr("no limit"));
    m_maxGenerationAge->setValue(retention.maxAgeDays);
    auto* backupHint = new QLabel(tr("Before every save StateLens keeps the old content of each file in .statelens/backups. "
                                     "The oldest copy of each file, from before StateLens first changed it, is always kept."),
                                  this);
    backupHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Key &separator:"), m_separator);
    form->addRow(hint);
    form->addRow(tr("&Backup generations kept per file:"), m_keepGenerations);
    form->addRow(tr("Remove generations older than:"), m_maxGenerationAge);
    form->addRow(backupHint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::store);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::done(int result)
{
    if (result != QDialog::Accepted && currentTheme() != m_themeBefore)
        applyTheme(m_themeBefore);
    QDialog::done(result);
}

void SettingsDialog::store()
{
    UiSettings::setTheme(Theme(m_theme->currentData().toInt()));
    UiSettings::setKeySeparator(m_separator->text());
    UiSettings::setGenerationRetention({ m_keepGenerations->value(), m_maxGenerationAge->value() });
}

} // namespace statelens::ui
