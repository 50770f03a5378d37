// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "io/safewrite.h"
#include "json/jsonstyle.h"
#include "pending/diffdialog.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace statelens::ui {

namespace {
QString jsonFilter()
{
    return QCoreApplication::translate("EditActions", "JSON files (*.json);;All files (*)");
}
} // namespace

EditActions::EditActions(QWidget* window, EditController* edits, QObject* parent)
    : QObject(parent), m_window(window), m_edits(edits), m_session(edits->session())
{
}

QString EditActions::addKey(const QString& ns)
{
    bool ok = false;
    const QString key = QInputDialog::getText(m_window, tr("Add Key"), tr("Name of the new key in %1:").arg(ns),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || key.isEmpty())
        return {};
    if (m_edits->currentValue(ns, key)) {
        Q_EMIT message(tr("%1 already has a key named %2.").arg(ns, key), true);
        return {};
    }
    return m_edits->setValue(ns, key, json::JsonValue()) ? key : QString();
}

std::pair<QString, QString> EditActions::addNamespace()
{
    bool ok = false;
    const QString ns = QInputDialog::getText(m_window, tr("Add Namespace"), tr("Name of the new namespace:"),
                                             QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || ns.isEmpty())
        return {};
    if (m_edits->namespaceExists(ns)) {
        Q_EMIT message(tr("There is already a namespace named %1.").arg(ns), true);
        return {};
    }
    const QString key = QInputDialog::getText(m_window, tr("Add Namespace"),
                                              tr("A namespace needs a first key. Its name:"), QLineEdit::Normal,
                                              QStringLiteral("key"), &ok).trimmed();
    if (!ok || key.isEmpty())
        return {};
    if (!m_edits->setValues(ns, { { key, json::JsonValue() } }, tr("Add namespace %1").arg(ns)))
        return {};
    return { ns, key };
}

bool EditActions::deleteKey(const QString& ns, const QString& key)
{
    if (key.isEmpty())
        return false;
    const auto answer = QMessageBox::question(m_window, tr("Delete Key"),
                                              tr("Delete the key %1 from %2?\n\nThe key is removed when you save; "
                                                 "until then you can undo this with Ctrl+Z.").arg(key, ns));
    return answer == QMessageBox::Yes && m_edits->removeKey(ns, key);
}

bool EditActions::deleteNamespace(const QString& ns)
{
    const auto answer = QMessageBox::question(m_window, tr("Delete Namespace"),
                                              tr("Delete the namespace %1 and all its keys?\n\nIt is removed when "
                                                 "you save; until then you can undo this with Ctrl+Z.").arg(ns));
    return answer == QMessageBox::Yes && m_edits->removeNamespace(ns);
}

bool EditActions::exportValue(const QString& ns, const QString& key)
{
    const auto value = m_edits->currentValue(ns, key);
    if (!value)
        return false;
    QString name = key;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Value"), name + QStringLiteral(".json"), jsonFilter());
    if (path.isEmpty())
        return false;
    const auto written = writeFileAtomically(path, value->toJson(json::Style::javaScript()) + '\n');
    if (!written) {
        Q_EMIT message(tr("Could not export: %1").arg(written.error().toString()), true);
        return false;
    }
    Q_EMIT message(tr("Exported %1 to %2.").arg(key, path), false);
    return true;
}

bool EditActions::importValue(const QString& ns, const QString& key)
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Value"), QString(), jsonFilter());
    if (path.isEmpty())
        return false;
    const auto content = readFile(path);
    if (!content) {
        Q_EMIT message(content.error().toString(), true);
        return false;
    }
    const auto value = json::JsonValue::parse(*content, path);
    if (!value) {
        Q_EMIT message(tr("Not imported: %1").arg(value.error().toString()), true);
        return false;
    }
    return m_edits->setValues(ns, { { key, *value } }, tr("Import %1").arg(key));
}

bool EditActions::exportNamespace(const QString& ns)
{
    const Namespace* n = m_session->snapshot().findNamespace(ns);
    json::JsonValue object = json::JsonValue::object();
    QStringList keys;
    if (n)
        for (const Entry& e : n->entries)
            keys << e.key;
    keys << m_session->pending()->addedKeys(ns);
    for (const QString& key : keys)
        if (const auto v = m_edits->currentValue(ns, key))
            object.members().push_back(json::JsonMember { key, *v });
    QString name = ns.isEmpty() ? QStringLiteral("namespace") : ns;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Namespace"), name + QStringLiteral(".json"), jsonFilter());
    if (path.isEmpty())
        return false;
    const auto written = writeFileAtomically(path, object.toJson(json::Style::javaScript()) + '\n');
    if (!written) {
        Q_EMIT message(tr("Could not export: %1").arg(written.error().toString()), true);
        return false;
    }
    Q_EMIT message(tr("Exported %1 keys to %2.").arg(object.size()).arg(path), false);
    return true;
}

bool EditActions::importNamespace(const QString& ns)
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Namespace"), QString(), jsonFilter());
    if (path.isEmpty())
        return false;
    const auto content = readFile(path);
    if (!content) {
        Q_EMIT message(content.error().toString(), true);
        return false;
    }
    const auto value = json::JsonValue::parse(*content, path);
    if (!value || !value->isObject()) {
        Q_EMIT message(value ? tr("Not imported: %1 does not hold a JSON object of keys.").arg(path)
                             : tr("Not imported: %1").arg(value.error().toString()),
                       true);
        return false;
    }
    QList<std::pair<QString, json::JsonValue>> values;
    for (const json::JsonMember& m : value->members())
        values << std::pair(m.key, m.value);
    return m_edits->setValues(ns, values, tr("Import into %1").arg(ns));
}

void EditActions::review()
{
    DiffDialog dialog(m_session->pending()->edits(), !m_session->isBusy(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_session->save();
}

void EditActions::revert()
{
    if (m_session->pending()->isEmpty())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Revert Changes"),
                                              tr("Drop all pending changes (%1)?").arg(m_session->pending()->count()));
    if (answer == QMessageBox::Yes)
        m_session->revert();
}

bool EditActions::saveAndWait()
{
    QEventLoop loop;
    bool ok = false;
    connect(m_session, &StateSession::saved, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(m_session, &StateSession::saveFailed, &loop, &QEventLoop::quit);
    connect(m_session, &StateSession::saveConflict, &loop, &QEventLoop::quit);
    if (!m_session->save())
        return false;
    loop.exec();
    return ok;
}

bool EditActions::confirmDiscard()
{
    if (m_session->pending()->isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("There are pending changes that are not saved (%1).").arg(m_session->pending()->count()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return saveAndWait();
    case QMessageBox::Discard: m_session->revert(); return true;
    default: return false;
    }
}

} // namespace statelens::ui
