// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace statelens::ui {

/// `text` cut to `width` at the end of a word, with "…"; unchanged if it fits. A single word wider than
/// `width` is cut inside it (there is no better place).
QString elideAtWord(const QString& text, const QFontMetrics& metrics, int width);

/// Draws sentences (task descriptions, problem messages) cut after a whole word rather than in the
/// middle of one; the model's tooltip gives the whole text.
class WordElideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordElideDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace statelens::ui
