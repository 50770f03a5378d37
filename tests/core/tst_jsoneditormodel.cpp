// SPDX-License-Identifier: GPL-3.0-or-later
// The editor against a model: random sequences of set, insert, remove and rename applied through
// json::Editor and to a plain in-memory value must give the same value, a text that parses, no duplicate
// keys and untouched members byte-identical. STATELENS_MODEL_SEED and STATELENS_MODEL_RUNS repeat a run
// or make it longer.
#include "editormodel.h"
#include "testdir.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace statelens;
using namespace statelens::testing;

class TestJsonEditorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomSequencesMatchTheModel()
    {
        const quint64 base = qEnvironmentVariableIsSet("STATELENS_MODEL_SEED")
            ? qEnvironmentVariable("STATELENS_MODEL_SEED").toULongLong()
            : 20261202;
        const int runs = qEnvironmentVariableIsSet("STATELENS_MODEL_RUNS")
            ? qEnvironmentVariableIntValue("STATELENS_MODEL_RUNS")
            : 5000;
        for (int i = 0; i < runs; ++i) {
            const quint64 seed = base + quint64(i);
            SeededChooser choose(seed);
            const QString failure = checkEditSequence(choose);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1 (repeat with STATELENS_MODEL_SEED=%1 STATELENS_MODEL_RUNS=1): %2")
                                     .arg(seed)
                                     .arg(failure)));
        }
    }

    // Real files, each with a few random sequences.
    void sampleFilesMatchTheModel()
    {
        QDirIterator it(QStringLiteral(STATELENS_TEST_DATA "/samples"), { QStringLiteral("*.json") }, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            ++files;
            for (quint64 seed = 1; seed <= 20; ++seed) {
                SeededChooser choose(seed);
                const QString failure = checkEditSequenceOn(text, choose);
                if (!failure.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("%1, seed %2: %3").arg(f.fileName()).arg(seed).arg(failure)));
            }
        }
        QVERIFY(files >= 10);
    }

    // The checker itself catches a wrong editor: a model that differs from the text is reported.
    void theCheckerCanFail()
    {
        SeededChooser choose(1);
        // Not JSON: skipped, not a failure.
        QVERIFY(checkEditSequenceOn("{", choose).isEmpty());
        // Duplicate keys cannot be modelled: skipped.
        QVERIFY(checkEditSequenceOn("{\"a\": 1, \"a\": 2}", choose).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonEditorModel)
#include "tst_jsoneditormodel.moc"
