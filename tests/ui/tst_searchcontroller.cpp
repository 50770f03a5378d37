// SPDX-License-Identifier: GPL-3.0-or-later
// SearchController (ui/search/searchcontroller.h) over the coding-agent sample opened in a session: a search
// runs off the UI thread and answers once, sees the state as the pending edits leave it, and a newer search
// or cancel() means the older one is never answered.
#include "search/searchcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "testdir.h"

#include <QSignalSpy>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::search::Result)

namespace {

search::Query query(const QString& text)
{
    search::Query q;
    q.text = text;
    return q;
}

search::Result resultOf(const QSignalSpy& spy)
{
    return spy.first().first().value<search::Result>();
}

int count(const search::Result& r, search::HitKind kind)
{
    return int(std::count_if(r.hits.cbegin(), r.hits.cend(), [kind](const search::Hit& h) { return h.kind == kind; }));
}

} // namespace

class TestSearchController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchesTheOpenState();
    void pendingEditsAreSearchedAsEdited();
    void aNewerSearchReplacesTheOlder();
    void cancelledSearchesAreNotAnswered();

private:
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<StateSession> m_session;
};

void TestSearchController::init()
{
    m_dir = std::make_unique<TestDir>();
    m_session = std::make_unique<StateSession>();
    QSignalSpy loaded(m_session.get(), &StateSession::loaded);
    m_session->open(m_dir->copySample(QStringLiteral("coding-agent/coding-agent-state")));
    QVERIFY(loaded.wait(5000));
}

void TestSearchController::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestSearchController::searchesTheOpenState()
{
    SearchController controller(m_session.get());
    QSignalSpy started(&controller, &SearchController::started);
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(query(QStringLiteral("flaky")));
    QCOMPARE(started.size(), 1);
    QVERIFY(controller.isSearching());
    QVERIFY(finished.wait(5000));
    QVERIFY(!controller.isSearching());
    const search::Result r = resultOf(finished);
    QVERIFY(!r.cancelled);
    QVERIFY(r.error.isEmpty());
    // The three "Fix flaky test" tasks, by their description.
    int described = 0;
    for (const search::Hit& h : r.hits)
        described += h.kind == search::HitKind::Task && h.field == u"description";
    QCOMPARE(described, 3);
    QVERIFY(!finished.wait(200)); // answered once
}

void TestSearchController::pendingEditsAreSearchedAsEdited()
{
    SearchController controller(m_session.get());
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(query(QStringLiteral("zebra-1234")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(count(resultOf(finished), search::HitKind::Key), 0);

    PendingEdit e;
    e.ns = QStringLiteral("state");
    e.key = QStringLiteral("metrics");
    e.value = json::JsonValue::parse(R"({"note": "zebra-1234"})").value();
    m_session->pending()->set(e.ns, e.key, e);
    finished.clear();
    controller.search(query(QStringLiteral("zebra-1234")));
    QVERIFY(finished.wait(5000));
    const search::Result r = resultOf(finished);
    QCOMPARE(count(r, search::HitKind::Key), 1);
    QCOMPARE(r.hits.first().ns, QStringLiteral("state"));
    QCOMPARE(r.hits.first().key, QStringLiteral("metrics"));
}

void TestSearchController::aNewerSearchReplacesTheOlder()
{
    SearchController controller(m_session.get());
    QSignalSpy started(&controller, &SearchController::started);
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(query(QStringLiteral("flaky")));
    controller.search(query(QStringLiteral("authentication")));
    QCOMPARE(started.size(), 2);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.wait(300));
    QCOMPARE(finished.size(), 1);
    const search::Result r = resultOf(finished);
    QVERIFY(!r.hits.isEmpty());
    for (const search::Hit& h : r.hits)
        QVERIFY2(h.snippet.contains(QLatin1String("authentication"), Qt::CaseInsensitive)
                     || h.key.contains(QLatin1String("authentication"), Qt::CaseInsensitive),
                 qPrintable(h.snippet));
}

void TestSearchController::cancelledSearchesAreNotAnswered()
{
    auto controller = std::make_unique<SearchController>(m_session.get());
    QSignalSpy finished(controller.get(), &SearchController::finished);
    controller->search(query(QStringLiteral("session")));
    controller->cancel();
    QVERIFY(!controller->isSearching());
    QVERIFY(!finished.wait(500));
    controller->cancel(); // nothing running: nothing happens
    // Destroyed while searching: the search is cancelled and nothing is left behind to answer.
    controller->search(query(QStringLiteral("session")));
    controller.reset();
    QTest::qWait(200);
}

QTEST_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
