// SPDX-License-Identifier: GPL-3.0-or-later
// DiffDialog (ui/pending/diffdialog.h), the review before saving: one line per pending edit saying what
// it does, the saved JSON beside the JSON after saving with the changed lines marked, and Save only where
// saving is possible.
#include "pending/diffdialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;

namespace {

json::JsonValue jsonOf(const QByteArray& text)
{
    return json::JsonValue::parse(text).value();
}

QList<PendingEdit> edits()
{
    PendingEdit changed;
    changed.ns = QStringLiteral("user");
    changed.key = QStringLiteral("prefs");
    changed.before = jsonOf(R"({"theme": "dark", "lang": "en", "size": 12})");
    changed.value = jsonOf(R"({"theme": "light", "lang": "en", "size": 12})");
    PendingEdit added;
    added.ns = QStringLiteral("user");
    added.key = QStringLiteral("fresh");
    added.value = jsonOf("[1, 2]");
    PendingEdit removed;
    removed.ns = QStringLiteral("config");
    removed.key = QStringLiteral("limit");
    removed.remove = true;
    removed.before = jsonOf("10");
    PendingEdit dropped;
    dropped.ns = QStringLiteral("old");
    dropped.remove = true;
    return { changed, added, removed, dropped };
}

/// The 0-based lines of `edit` marked as changed.
QList<int> markedLines(const QPlainTextEdit* edit)
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection& s : edit->extraSelections())
        lines << s.cursor.blockNumber();
    std::sort(lines.begin(), lines.end());
    return lines;
}

int lineOf(const QPlainTextEdit* edit, const QString& text)
{
    const QStringList lines = edit->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return i;
    return -1;
}

} // namespace

class TestDiffDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachEdit();
    void showsBeforeAndAfter();
    void saveOnlyWhenPossible();
};

void TestDiffDialog::listsEachEdit()
{
    DiffDialog d(edits(), true);
    QCOMPARE(d.list()->count(), 4);
    QCOMPARE(d.list()->item(0)->text(), QStringLiteral("~ user / prefs"));
    QCOMPARE(d.list()->item(1)->text(), QStringLiteral("+ user / fresh"));
    QCOMPARE(d.list()->item(2)->text(), QStringLiteral("\u2212 config / limit"));
    QCOMPARE(d.list()->item(3)->text(), QStringLiteral("\u2212 namespace old"));
    QCOMPARE(d.list()->currentRow(), 0); // the first is shown at once
}

void TestDiffDialog::showsBeforeAndAfter()
{
    DiffDialog d(edits(), true);
    QVERIFY(d.beforeView()->isReadOnly() && d.afterView()->isReadOnly());
    // A changed value: only the line that differs is marked, on both sides.
    QVERIFY(d.beforeView()->toPlainText().contains(QLatin1String("\"dark\"")));
    QVERIFY(d.afterView()->toPlainText().contains(QLatin1String("\"light\"")));
    QCOMPARE(markedLines(d.beforeView()), QList<int> { lineOf(d.beforeView(), QStringLiteral("theme")) });
    QCOMPARE(markedLines(d.afterView()), QList<int> { lineOf(d.afterView(), QStringLiteral("theme")) });

    // Added: nothing before, everything after is new.
    d.list()->setCurrentRow(1);
    QCOMPARE(d.beforeView()->toPlainText(), QString());
    QCOMPARE(json::JsonValue::parse(d.afterView()->toPlainText().toUtf8()).value(), jsonOf("[1, 2]"));
    QCOMPARE(markedLines(d.afterView()).size(), d.afterView()->blockCount());

    // Removed: the saved value, and nothing after.
    d.list()->setCurrentRow(2);
    QCOMPARE(d.beforeView()->toPlainText(), QStringLiteral("10"));
    QCOMPARE(d.afterView()->toPlainText(), QString());
    QCOMPARE(markedLines(d.beforeView()), QList<int> { 0 });

    // A whole namespace removed: said in words.
    d.list()->setCurrentRow(3);
    QVERIFY(!d.beforeView()->toPlainText().isEmpty());
    QVERIFY(!d.beforeView()->toPlainText().startsWith(u'{'));
    QCOMPARE(d.afterView()->toPlainText(), QString());
}

void TestDiffDialog::saveOnlyWhenPossible()
{
    for (bool canSave : { true, false }) {
        DiffDialog d(edits(), canSave);
        auto* save = d.findChild<QPushButton*>(QStringLiteral("diffSave"));
        QVERIFY(save);
        QCOMPARE(save->isEnabled(), canSave);
        if (!canSave)
            continue;
        d.show();
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted)); // accepting it means "save"
    }
    DiffDialog empty({}, true);
    QCOMPARE(empty.list()->count(), 0);
    QCOMPARE(empty.beforeView()->toPlainText(), QString());
}

QTEST_MAIN(TestDiffDialog)
#include "tst_diffdialog.moc"
