// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawjsoneditor.h"

#include "common/levelcolors.h"
#include "editor/jsonhighlighter.h"
#include "json/jsondocument.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace statelens::ui {

RawJsonEditor::RawJsonEditor(QWidget* parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("rawJsonEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_highlighter = new JsonHighlighter(m_edit->document());
    m_status->setObjectName(QStringLiteral("rawJsonStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        // The highlighter's format changes also signal textChanged; only real edits mark the document.
        if (m_settingText || !m_edit->document()->isModified())
            return;
        m_timer->start();
        Q_EMIT edited();
    });
    connect(m_timer, &QTimer::timeout, this, &RawJsonEditor::validateNow);
}

void RawJsonEditor::setText(const QString& text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    validateNow();
    m_edit->document()->setModified(false);
    m_settingText = false;
}

QString RawJsonEditor::text() const
{
    return m_edit->toPlainText();
}

void RawJsonEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void RawJsonEditor::validateNow()
{
    m_timer->stop();
    const auto doc = json::Document::parse(m_edit->toPlainText().toUtf8());
    const bool valid = doc.ok();
    QPalette p = m_status->palette();
    if (valid) {
        m_status->setText(tr("Valid JSON"));
        p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        m_highlighter->setErrorLine(0);
    } else {
        const Error& e = doc.error();
        m_status->setText(tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message));
        p.setColor(QPalette::WindowText, levelColor(QStringLiteral("error"), palette()));
        m_highlighter->setErrorLine(e.line);
    }
    m_status->setPalette(p);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

Result<json::JsonValue> RawJsonEditor::parsed() const
{
    return json::JsonValue::parse(m_edit->toPlainText().toUtf8());
}

QString RawJsonEditor::errorText() const
{
    return m_valid ? QString() : m_status->text();
}

} // namespace statelens::ui
