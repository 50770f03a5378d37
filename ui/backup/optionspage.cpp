// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionspage.h"

#include "backup/restorewizard.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace statelens::ui {

OptionsPage::OptionsPage(RestoreWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_inPlace(new QRadioButton(tr("Restore &in place"), this)),
      m_export(new QRadioButton(tr("E&xport the result to another folder (the state is not changed)"), this)),
      m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(tr("Options"));
    auto* safety = new QCheckBox(tr("Take a safety backup of the current state first (always)"), this);
    safety->setObjectName(QStringLiteral("safetyBackup"));
    safety->setChecked(true);
    safety->setEnabled(false);
    auto* where = new QLabel(tr("Safety backups go to .statelens/backups/ in the state folder, out of the way of the "
                                "tool's own backup rotation. Undo restores from it."),
                             this);
    where->setWordWrap(true);
    m_inPlace->setObjectName(QStringLiteral("inPlace"));
    m_export->setObjectName(QStringLiteral("exportTo"));
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setPlaceholderText(tr("An empty folder"));
    m_folder->setEnabled(false);
    m_inPlace->setChecked(true);
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setEnabled(false);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(safety);
    layout->addWidget(where);
    layout->addSpacing(12);
    layout->addWidget(m_inPlace);
    layout->addWidget(m_export);
    layout->addLayout(folderRow);
    layout->addStretch(1);
    connect(m_export, &QRadioButton::toggled, this, [this, browse](bool on) {
        m_folder->setEnabled(on);
        browse->setEnabled(on);
        Q_EMIT completeChanged();
    });
    connect(m_folder, &QLineEdit::textChanged, this, &OptionsPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
}

bool OptionsPage::isComplete() const
{
    return m_inPlace->isChecked() || !m_folder->text().trimmed().isEmpty();
}

bool OptionsPage::validatePage()
{
    m_wizard->exportFolder = m_export->isChecked() ? m_folder->text().trimmed() : QString();
    return true;
}

} // namespace statelens::ui
