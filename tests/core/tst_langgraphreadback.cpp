// SPDX-License-Identifier: GPL-3.0-or-later
// The real LangGraph.js reads back what StateLens wrote: statelens-cli edits (and restores) a copy of the
// LangGraph sample, then tests/langgraph/read-state.mjs opens it with SqliteSaver and prints getState.
// Needs Node.js >= 20 and the packages of tests/langgraph/package.json (installer/statelens-setup langgraph);
// skipped, saying so, without them. STATELENS_LANGGRAPH_NODE_MODULES names another node_modules folder.
#include "testdir.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using statelens::test::TestDir;

class TestLangGraphReadBack : public QObject
{
    Q_OBJECT

    QString m_node;
    QString m_modules;

    QJsonObject readState(const QString& db, const QString& thread, const QString& resume = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STATELENS_LANGGRAPH_NODE_MODULES"), m_modules);
        p.setProcessEnvironment(env);
        QStringList args { QStringLiteral(STATELENS_SOURCE_DIR "/tests/langgraph/read-state.mjs"), db, thread };
        if (!resume.isEmpty())
            args << resume;
        p.start(m_node, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("node failed: %s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            QSKIP("SKIPPED: node (Node.js >= 20) is not on PATH; install it, then run installer/statelens-setup langgraph "
                  "(docs/SETUP.md, \"LangGraph read-back test\")");
        m_modules = qEnvironmentVariable("STATELENS_LANGGRAPH_NODE_MODULES",
                                         QStringLiteral(STATELENS_SOURCE_DIR "/tests/langgraph/node_modules"));
        if (!QFileInfo::exists(m_modules + QStringLiteral("/@langchain/langgraph-checkpoint-sqlite/package.json"))
            || !QFileInfo::exists(m_modules + QStringLiteral("/better-sqlite3/build/Release/better_sqlite3.node")))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: LangGraph.js is not installed in %1; run installer/statelens-setup "
                                            "langgraph (or set STATELENS_LANGGRAPH_NODE_MODULES; docs/SETUP.md)")
                                 .arg(m_modules)));
    }

    void getStateReturnsTheEditedValueAndTheThreadResumes()
    {
        TestDir dir;
        const QString db = dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
        const auto set = statelens::test::runCli({ QStringLiteral("set"), db, QStringLiteral("thread-waiting/draft"),
                                                   QStringLiteral("\"Edited by StateLens\"") });
        QVERIFY2(set.code == 0, set.err.constData());

        const QJsonObject state = readState(db, QStringLiteral("thread-waiting"));
        QCOMPARE(state.value(QStringLiteral("values")).toObject().value(QStringLiteral("draft")).toString(),
                 QStringLiteral("Edited by StateLens"));
        QCOMPARE(state.value(QStringLiteral("source")).toString(), QStringLiteral("update"));
        // Still waiting at "review": the edit answered nothing.
        QCOMPARE(state.value(QStringLiteral("next")).toArray(), QJsonArray({ QStringLiteral("review") }));

        // The human answers; the graph goes on from StateLens's checkpoint and publishes the edited draft.
        const QJsonObject resumed = readState(db, QStringLiteral("thread-waiting"), QStringLiteral("approve"));
        const QJsonArray messages = resumed.value(QStringLiteral("values")).toObject().value(QStringLiteral("messages")).toArray();
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Published: Edited by StateLens"));
        QCOMPARE(resumed.value(QStringLiteral("next")).toArray(), QJsonArray());
    }

    void restoreIsTimeTravelThatLangGraphReads()
    {
        TestDir dir;
        const QString db = dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
        const auto list = statelens::test::runCli({ QStringLiteral("backups"), db, QStringLiteral("--json") });
        QVERIFY2(list.code == 0, list.err.constData());
        // The approved thread's checkpoint of step 0 (after "plan"): no draft, no reviewer yet.
        QString id;
        const QJsonDocument doc = QJsonDocument::fromJson(list.out);
        const QJsonArray backups = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("backups")).toArray();
        for (const QJsonValue& b : backups) {
            const QString bid = b.toObject().value(QStringLiteral("id")).toString();
            if (bid.startsWith(QLatin1String("thread-approved@")) && b.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("step")).toInt(-9) == 0)
                id = bid;
        }
        QVERIFY2(!id.isEmpty(), list.out.constData());
        const auto restore = statelens::test::runCli({ QStringLiteral("restore"), db, id, QStringLiteral("--yes") });
        QVERIFY2(restore.code == 0, restore.err.constData());
        const QJsonObject state = readState(db, QStringLiteral("thread-approved"));
        const QJsonObject values = state.value(QStringLiteral("values")).toObject();
        QVERIFY2(!values.contains(QStringLiteral("reviewer")), QJsonDocument(values).toJson().constData());
        QVERIFY(!values.contains(QStringLiteral("draft")));
        QCOMPARE(values.value(QStringLiteral("topic")).toString(), QStringLiteral("SQLite WAL"));
        QCOMPARE(state.value(QStringLiteral("source")).toString(), QStringLiteral("update"));
    }
};

QTEST_GUILESS_MAIN(TestLangGraphReadBack)
#include "tst_langgraphreadback.moc"
