// SPDX-License-Identifier: GPL-3.0-or-later
// The Conversation view of the value panel: on the LangGraph sample in the real window, the messages key of
// a thread shown as a conversation (who speaks, texts, the tool call with its result under it), the tab
// offered only where it fits and remembered, the raw JSON one click away; the model's order on its own;
// an edit shown as it would be; and a long conversation laid out without holding up the window.
#include "testdir.h"

#include "conversation/conversationdelegate.h"
#include "conversation/conversationmodel.h"
#include "conversation/conversationview.h"
#include "editor/jsontreemodel.h"
#include "editor/rawjsoneditor.h"
#include "editor/structurededitor.h"
#include "editor/valueeditorpanel.h"
#include "mainwindow/mainwindow.h"
#include "namespaces/keytreemodel.h"
#include "namespaces/namespacepage.h"
#include "navigator/navigatormodel.h"
#include "session/statesession.h"
#include "theme/theme.h"
#include "views/centreview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

const QString Thread = QStringLiteral("thread-approved");

json::JsonValue parsed(const QByteArray& text)
{
    auto v = json::JsonValue::parse(text);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(v.error().toString()));
    return std::move(v.value());
}

/// Clicks key `key` in the namespace page's tree, as a person selects it.
bool clickKey(NamespacePage* page, const QString& key)
{
    QTreeView* view = page->view();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data().toString() != key)
            continue;
        view->scrollTo(i);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(i).center());
        return true;
    }
    return false;
}

void clickTab(QTabWidget* tabs, int index)
{
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
}

/// `rounds` rounds of a question, an answer with a search call, its result and a final answer (the answer
/// 2,000 characters long). (Outside the test class: moc 6.4 misreads some raw string literals inside one.)
QByteArray longConversation(int rounds)
{
    QByteArray json = "[";
    for (int i = 0; i < rounds; ++i) {
        const QByteArray n = QByteArray::number(i);
        json += R"({"type": "human", "content": "question )" + n + R"("},)" + R"({"type": "ai", "content": ")"
            + QByteArray(400, 'w').replace('w', "word ")
            + R"(", "tool_calls": [{"name": "search", "args": {"q": ")" + n + R"("}, "id": "c)" + n
            + R"("}]},)" + R"({"type": "tool", "content": "result )" + n + R"(", "tool_call_id": "c)" + n
            + R"("},)" + R"({"type": "ai", "content": "answer )" + n + R"("})" + (i + 1 < rounds ? "," : "");
    }
    return json + "]";
}

} // namespace

class TestConversationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_conversationview"));
    }

    void resultsGoUnderTheirCalls()
    {
        // The assistant asks for two tools; the user speaks before the results come, in the other order.
        auto conversation = langgraph::readConversation(parsed(R"([
            {"type": "ai", "content": "", "tool_calls": [{"name": "a", "args": {"x": 1}, "id": "ca"}, {"name": "b", "args": {}, "id": "cb"}]},
            {"type": "human", "content": "still there?"},
            {"type": "tool", "content": "B", "tool_call_id": "cb", "name": "b"},
            {"type": "tool", "content": "A", "tool_call_id": "ca", "name": "a", "status": "error"},
            {"type": "tool", "content": "nobody asked", "tool_call_id": "zz"},
            {"role": "critic", "content": "hm"}])"));
        QVERIFY(conversation);
        ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(*conversation);
        QCOMPARE(model.rowCount(), 6);
        const QList<int> turns { 0, 3, 2, 1, 4, 5 };
        const QStringList labels { QStringLiteral("Assistant"), QStringLiteral("Result of a"),
            QStringLiteral("Result of b"), QStringLiteral("User"), QStringLiteral("Tool"),
            QStringLiteral("critic") };
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            QCOMPARE(i.data(ConversationModel::TurnRole).toInt(), turns[r]);
            QCOMPARE(model.rowOfTurn(turns[r]), r);
            QCOMPARE(i.data(ConversationModel::LabelRole).toString(), labels[r]);
            QCOMPARE(i.data(ConversationModel::IsResultRole).toBool(), r == 1 || r == 2);
            QCOMPARE(i.data(ConversationModel::FailedRole).toBool(), r == 1);
            QCOMPARE(i.data(ConversationModel::PointerRole).toString(), QStringLiteral("/%1").arg(turns[r]));
        }
        const QList<ConversationModel::ToolCallItem> calls = ConversationModel::toolCalls(model.index(0, 0));
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].call, QStringLiteral("a({\"x\":1})"));
        QCOMPARE(calls[0].id, QStringLiteral("ca"));
        QVERIFY(calls[0].answered && calls[1].answered);
        QVERIFY(model.index(1, 0)
                    .data(ConversationModel::DetailsRole)
                    .toString()
                    .contains(QStringLiteral("call ca")));
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("nobody asked"));

        // Each role has its own colour in both themes, and a failed result the error colour.
        for (const QPalette& palette : { QApplication::palette(), darkPalette() }) {
            QSet<QRgb> colours;
            for (auto role :
                { langgraph::Turn::Role::Human, langgraph::Turn::Role::Ai, langgraph::Turn::Role::Tool,
                    langgraph::Turn::Role::System, langgraph::Turn::Role::Other })
                colours.insert(ConversationDelegate::roleColor(role, false, palette).rgb());
            colours.insert(ConversationDelegate::roleColor(langgraph::Turn::Role::Tool, true, palette).rgb());
            QCOMPARE(colours.size(), 6);
        }

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void theSampleThreadAsAConversation()
    {
        TestDir dir;
        const QString db = dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
        MainWindow w;
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ValueEditorPanel* editor = w.editor();
        QTabWidget* tabs = editor->tabs();
        ConversationView* conversation = editor->conversationView();
        QAbstractItemModelTester tester(
            conversation->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(db));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(w.showSection(NavigatorModel::Section::Namespaces, Thread));
        NamespacePage* page = w.centre()->namespacePage();
        QTRY_VERIFY(page->view()->model()->rowCount() > 0);

        // A channel that holds no messages: no Conversation tab.
        QVERIFY(clickKey(page, QStringLiteral("topic")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("topic"));
        QVERIFY(!editor->isConversation());
        QVERIFY(!tabs->isTabVisible(ValueEditorPanel::ConversationMode));

        // The messages: offered, and shown when clicked.
        QVERIFY(clickKey(page, QStringLiteral("messages")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("messages"));
        QVERIFY(tabs->isTabVisible(ValueEditorPanel::ConversationMode));
        QCOMPARE(editor->mode(), ValueEditorPanel::StructuredMode); // offered, not forced
        clickTab(tabs, ValueEditorPanel::ConversationMode);
        QCOMPARE(editor->mode(), ValueEditorPanel::ConversationMode);
        QVERIFY(conversation->isVisible());

        // What is shown, against the channel's JSON read on its own.
        const std::optional<Entry> entry = w.session()->snapshot().findEntry(Thread, QStringLiteral("messages"));
        QVERIFY(entry);
        const QJsonArray messages = QJsonDocument::fromJson(entry->value.raw().toByteArray()).array();
        QCOMPARE(messages.size(), 5);
        ConversationModel* model = conversation->model();
        QCOMPARE(model->rowCount(), messages.size());
        const QHash<QString, QString> labels { { QStringLiteral("HumanMessage"), QStringLiteral("User") },
            { QStringLiteral("AIMessage"), QStringLiteral("Assistant") },
            { QStringLiteral("ToolMessage"), QStringLiteral("Result of web_search") } };
        int callRow = -1, resultRow = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            const QJsonObject m = messages[i.data(ConversationModel::TurnRole).toInt()].toObject();
            const QJsonObject kwargs = m.value(QStringLiteral("kwargs")).toObject();
            QCOMPARE(i.data(ConversationModel::LabelRole).toString(),
                labels.value(m.value(QStringLiteral("id")).toArray().last().toString()));
            QCOMPARE(i.data().toString(), kwargs.value(QStringLiteral("content")).toString());
            QVERIFY(i.data(ConversationModel::DetailsRole)
                        .toString()
                        .contains(kwargs.value(QStringLiteral("id")).toString()));
            const QJsonArray calls = kwargs.value(QStringLiteral("tool_calls")).toArray();
            const auto shown = ConversationModel::toolCalls(i);
            QCOMPARE(shown.size(), calls.size());
            for (int c = 0; c < calls.size(); ++c) {
                const QJsonObject call = calls[c].toObject();
                QCOMPARE(shown[c].call,
                    QStringLiteral("%1(%2)").arg(call.value(QStringLiteral("name")).toString(),
                        QString::fromUtf8(QJsonDocument(call.value(QStringLiteral("args")).toObject())
                                              .toJson(QJsonDocument::Compact))));
                QCOMPARE(shown[c].id, call.value(QStringLiteral("id")).toString());
                QVERIFY(shown[c].answered);
                callRow = r;
            }
            if (i.data(ConversationModel::IsResultRole).toBool()) {
                resultRow = r;
                QVERIFY(i.data(ConversationModel::DetailsRole)
                            .toString()
                            .contains(kwargs.value(QStringLiteral("tool_call_id")).toString()));
            }
        }
        QVERIFY(callRow >= 0);
        QCOMPARE(resultRow, callRow + 1); // the result right under its call

        // Laid out and painted: every row a card of its own, the call's taller than a one-line message.
        QListView* list = conversation->view();
        QTRY_VERIFY(list->visualRect(model->index(model->rowCount() - 1, 0)).isValid());
        QVERIFY(list->visualRect(model->index(callRow, 0)).height()
            > list->visualRect(model->index(0, 0)).height());
        QVERIFY(list->visualRect(model->index(resultRow, 0)).top()
            >= list->visualRect(model->index(callRow, 0)).bottom());
        QVERIFY(!list->grab().isNull());

        // Remembered: another channel falls back to Structured, the messages come back as a conversation.
        QVERIFY(clickKey(page, QStringLiteral("draft")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("draft"));
        QCOMPARE(editor->mode(), ValueEditorPanel::StructuredMode);
        QVERIFY(!tabs->isTabVisible(ValueEditorPanel::ConversationMode));
        QVERIFY(clickKey(page, QStringLiteral("messages")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("messages"));
        QCOMPARE(editor->mode(), ValueEditorPanel::ConversationMode);

        // Copy takes the text of the selected message.
        list->setFocus();
        list->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(conversation->copyAction()->isEnabled());
        conversation->copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("User (id human-1)\n%1")
                .arg(messages[0]
                         .toObject()
                         .value(QStringLiteral("kwargs"))
                         .toObject()
                         .value(QStringLiteral("content"))
                         .toString()));

        // The raw JSON one click away; choosing it is remembered too.
        clickTab(tabs, ValueEditorPanel::RawMode);
        QVERIFY(editor->rawEditor()->isVisible());
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("\"tool_call_id\"")));
        QVERIFY(clickKey(page, QStringLiteral("draft")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("draft"));
        QVERIFY(clickKey(page, QStringLiteral("messages")));
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("messages"));
        QCOMPARE(editor->mode(), ValueEditorPanel::RawMode);

        // Double-clicking a message shows it in the Structured tree.
        clickTab(tabs, ValueEditorPanel::ConversationMode);
        QTRY_VERIFY(list->visualRect(model->index(resultRow, 0)).isValid());
        const QPoint at = list->visualRect(model->index(resultRow, 0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(editor->mode(), ValueEditorPanel::StructuredMode);
        const QModelIndex item = editor->structuredEditor()->view()->currentIndex();
        QCOMPARE(item.row(), model->index(resultRow, 0).data(ConversationModel::TurnRole).toInt());
        QCOMPARE(item.parent(), editor->structuredEditor()->model()->index(0, 0));
        QVERIFY(editor->structuredEditor()->view()->isExpanded(item));
    }

    void anEditIsShownAsItWouldBe()
    {
        TestDir dir;
        const QString db = dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
        MainWindow w;
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(db));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(w.jumpToKey(QStringLiteral("thread-waiting"), QStringLiteral("messages")));
        ValueEditorPanel* editor = w.editor();
        QTRY_COMPARE(editor->currentKey(), QStringLiteral("messages"));
        QVERIFY(editor->isConversation());

        // Typed into the raw JSON, not applied: the conversation shows the edit; nothing is written from it.
        clickTab(editor->tabs(), ValueEditorPanel::RawMode);
        QPlainTextEdit* raw = editor->rawEditor()->editor();
        raw->selectAll();
        QTest::keyClicks(raw, QStringLiteral(R"([{"role": "user", "content": "edited"}])"));
        QVERIFY(editor->isDirty());
        clickTab(editor->tabs(), ValueEditorPanel::ConversationMode);
        ConversationView* conversation = editor->conversationView();
        QCOMPARE(conversation->model()->rowCount(), 1);
        QCOMPARE(conversation->model()->index(0, 0).data().toString(), QStringLiteral("edited"));
        QVERIFY(editor->isDirty());

        // An edit that is no conversation says so.
        clickTab(editor->tabs(), ValueEditorPanel::RawMode);
        raw->selectAll();
        QTest::keyClicks(raw, QStringLiteral("[1, 2]"));
        clickTab(editor->tabs(), ValueEditorPanel::ConversationMode);
        QVERIFY(conversation->noteLabel()->isVisible());
        QCOMPARE(conversation->model()->rowCount(), 0);

        // Reset (what its button does): the saved messages again.
        editor->reload();
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->mode(), ValueEditorPanel::ConversationMode);
        QVERIFY(!conversation->noteLabel()->isVisible());
        QCOMPARE(conversation->model()->rowCount(), 4);
    }

    void aLongConversationStaysResponsive()
    {
        // 2,000 messages with calls and results, some of them long: setting them does not lay them all out
        // at once (QListView batches), and the view is usable right after.
        const QByteArray json = longConversation(500);
        auto conversation = langgraph::readConversation(parsed(json));
        QVERIFY(conversation);
        QCOMPARE(conversation->turns.size(), 2000);
        ConversationView view;
        view.resize(500, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.setConversation(std::move(*conversation));
        QTRY_VERIFY(view.view()->visualRect(view.model()->index(0, 0)).isValid());
        const qint64 firstRows = timer.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(view.view()->visualRect(view.model()->index(1999, 0)).isValid(), 30000);
        qInfo("2,000 messages: first rows after %lld ms, all laid out after %lld ms", firstRows,
            timer.elapsed());
        QVERIFY2(firstRows < 2000, qPrintable(QString::number(firstRows)));
        view.view()->scrollToBottom();
        QVERIFY(!view.view()->grab().isNull());
    }
};

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
