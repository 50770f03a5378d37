// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonviewpage.h"

#include "editor/jsonhighlighter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace statelens::ui {

JsonViewPage::JsonViewPage(QWidget* parent) : QWidget(parent), m_title(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("jsonView"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_text->document());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
}

void JsonViewPage::showJson(const QString& title, const QString& json)
{
    m_title->setText(title);
    m_text->setPlainText(json);
}

} // namespace statelens::ui
