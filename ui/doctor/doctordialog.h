// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doctor/diagnosis.h"
#include "doctor/repair.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace statelens::ui {

/// "Check and Repair": diagnoses a state on a background thread, lists the findings (safe fixes with a
/// checkbox) and applies the checked fixes on a background thread, then looks again. docs/DOCTOR.md.
class DoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)

public:
    explicit DoctorDialog(const QString& path, QWidget* parent = nullptr);

    /// Diagnoses again (also done once when the dialog is shown).
    void check();

Q_SIGNALS:
    /// Fixes were applied: the state on disk changed and should be reloaded.
    void repaired();
    /// A diagnosis is shown (after check() or after a repair).
    void diagnosed();

public Q_SLOTS:
    /// Does nothing while a check or repair runs: the dialog stays until the files are in a known state.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDiagnosis(const Result<doctor::Diagnosis>& result, const QString& before = {});
    void repairSelected();
    void setBusy(bool busy);
    void updateRepairButton();
    void showDetails();

    QString m_path;
    QList<doctor::Finding> m_findings;
    bool m_checkedOnce = false;
    bool m_busy = false;
    QLabel* m_status;
    QTreeWidget* m_list;
    QLabel* m_details;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_repair;
};

} // namespace statelens::ui
