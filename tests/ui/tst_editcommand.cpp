// SPDX-License-Identifier: GPL-3.0-or-later
// EditCommand and PendingEdit (ui/session): one undoable step moves the pending edits of its keys from
// `before` to `after`, undone in reverse order so that a step that touches one key twice comes back to the
// start; a pending edit becomes the Change that is written.
#include "session/editcommand.h"
#include "session/pendingchanges.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace statelens;
using namespace statelens::ui;

namespace {

PendingEdit setTo(const QString& ns, const QString& key, qint64 value, std::optional<qint64> before = std::nullopt)
{
    PendingEdit e;
    e.ns = ns;
    e.key = key;
    e.value = json::JsonValue::fromInt(value);
    if (before)
        e.before = json::JsonValue::fromInt(*before);
    return e;
}

PendingEdit removal(const QString& ns, const QString& key, qint64 before)
{
    PendingEdit e;
    e.ns = ns;
    e.key = key;
    e.remove = true;
    e.before = json::JsonValue::fromInt(before);
    return e;
}

/// "ns/key=value" (or "ns/key removed") for each pending edit, in order.
QStringList described(const PendingChanges& p)
{
    QStringList out;
    for (const PendingEdit& e : p.edits())
        out << e.ns + u'/' + e.key + (e.remove ? QStringLiteral(" removed") : u'=' + QString::fromUtf8(e.value.toCompactJson()));
    return out;
}

} // namespace

class TestEditCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redoAndUndo();
    void stepsOnOneKeyUndoInReverse();
    void aStackOfCommands();
    void pendingEditAsChange_data();
    void pendingEditAsChange();
};

void TestEditCommand::redoAndUndo()
{
    PendingChanges pending;
    QSignalSpy changed(&pending, &PendingChanges::changed);
    QUndoStack stack;
    stack.push(new EditCommand(&pending,
                               { { QStringLiteral("user"), QStringLiteral("theme"), std::nullopt, setTo(QStringLiteral("user"), QStringLiteral("theme"), 1, 0) },
                                 { QStringLiteral("user"), QStringLiteral("old"), std::nullopt, removal(QStringLiteral("user"), QStringLiteral("old"), 5) } },
                               QStringLiteral("Edit two keys")));
    QCOMPARE(stack.undoText(), QStringLiteral("Edit two keys"));
    QCOMPARE(described(pending), (QStringList { "user/theme=1", "user/old removed" }));
    QCOMPARE(changed.size(), 2);
    stack.undo();
    QVERIFY(pending.isEmpty());
    QCOMPARE(changed.size(), 4);
    stack.redo();
    QCOMPARE(described(pending), (QStringList { "user/theme=1", "user/old removed" }));
}

void TestEditCommand::stepsOnOneKeyUndoInReverse()
{
    // An edit that was pending before the command, changed twice within it.
    PendingChanges pending;
    const PendingEdit first = setTo(QStringLiteral("n"), QStringLiteral("k"), 1);
    pending.set(QStringLiteral("n"), QStringLiteral("k"), first);
    const PendingEdit second = setTo(QStringLiteral("n"), QStringLiteral("k"), 2);
    const PendingEdit third = setTo(QStringLiteral("n"), QStringLiteral("k"), 3);
    EditCommand command(&pending,
                        { { QStringLiteral("n"), QStringLiteral("k"), first, second },
                          { QStringLiteral("n"), QStringLiteral("k"), second, third } },
                        QStringLiteral("twice"));
    command.redo();
    QCOMPARE(described(pending), QStringList { "n/k=3" });
    command.undo();
    QCOMPARE(described(pending), QStringList { "n/k=1" });
}

void TestEditCommand::aStackOfCommands()
{
    PendingChanges pending;
    QUndoStack stack;
    const QString ns = QStringLiteral("config");
    const PendingEdit a1 = setTo(ns, QStringLiteral("a"), 1, 0);
    const PendingEdit a2 = setTo(ns, QStringLiteral("a"), 2, 0);
    const PendingEdit b1 = setTo(ns, QStringLiteral("b"), 1);
    stack.push(new EditCommand(&pending, { { ns, QStringLiteral("a"), std::nullopt, a1 } }, QStringLiteral("1")));
    stack.push(new EditCommand(&pending, { { ns, QStringLiteral("b"), std::nullopt, b1 } }, QStringLiteral("2")));
    stack.push(new EditCommand(&pending, { { ns, QStringLiteral("a"), a1, a2 } }, QStringLiteral("3")));
    // First made first: a keeps its place when it changes again.
    QCOMPARE(described(pending), (QStringList { "config/a=2", "config/b=1" }));
    stack.undo();
    QCOMPARE(described(pending), (QStringList { "config/a=1", "config/b=1" }));
    stack.undo();
    QCOMPARE(described(pending), QStringList { "config/a=1" });
    stack.undo();
    QVERIFY(pending.isEmpty());
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(described(pending), (QStringList { "config/a=2", "config/b=1" }));
}

void TestEditCommand::pendingEditAsChange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<bool>("existed");
    QTest::addColumn<bool>("isNamespace");
    QTest::addColumn<bool>("isAddition");

    QTest::newRow("a new key") << "k" << false << false << false << true;
    QTest::newRow("a changed key") << "k" << false << true << false << false;
    QTest::newRow("a removed key") << "k" << true << true << false << false;
    QTest::newRow("a new namespace") << "" << false << false << true << true;
    QTest::newRow("a removed namespace") << "" << true << true << true << false;
}

void TestEditCommand::pendingEditAsChange()
{
    QFETCH(QString, key);
    QFETCH(bool, remove);
    QFETCH(bool, existed);
    QFETCH(bool, isNamespace);
    QFETCH(bool, isAddition);
    PendingEdit e;
    e.ns = QStringLiteral("a/b");
    e.key = key;
    e.remove = remove;
    e.value = json::JsonValue::fromString(QStringLiteral("v"));
    if (existed)
        e.before = json::JsonValue::fromInt(0);
    QCOMPARE(e.isNamespace(), isNamespace);
    QCOMPARE(e.isAddition(), isAddition);
    const Change c = e.toChange();
    QCOMPARE(c.op, remove ? Change::Op::Remove : Change::Op::Set);
    QCOMPARE(c.address.ns, e.ns);
    QCOMPARE(c.address.key, key);
    QVERIFY(c.address.pointer.isRoot());
    QCOMPARE(c.value, e.value);
}

QTEST_MAIN(TestEditCommand)
#include "tst_editcommand.moc"
