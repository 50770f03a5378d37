// SPDX-License-Identifier: GPL-3.0-or-later
// The window program without a display: --help and --version work (help2man relies on it), anything else
// gets the no-display message and exit status 1.
#include "testdir.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace statelens;

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run statelensWithoutDisplay(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::TestDir::programPath(QStringLiteral("statelens")), args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
} // namespace

class TestNoDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << "--help"
                                << "^Usage: \\S*/statelens \\[options\\] path\\n";
        QTest::newRow("-h") << "-h"
                            << "^Usage: \\S*/statelens \\[options\\] path\\n";
        QTest::newRow("--version") << "--version"
                                   << "^StateLens \\d+\\.\\d+\\.\\d+\\n$";
        QTest::newRow("-v") << "-v"
                            << "^StateLens \\d+\\.\\d+\\.\\d+\\n$";
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        const Run r = statelensWithoutDisplay({ option });
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(expected).match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        QVERIFY2(!r.err.contains("no display"), r.err.constData());
    }

    void aRealRunStillSaysThereIsNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no arguments") << QStringList {};
        QTest::newRow("a path") << QStringList { QStringLiteral("/tmp") };
    }
    void aRealRunStillSaysThereIsNoDisplay()
    {
        QFETCH(QStringList, args);
        const Run r = statelensWithoutDisplay(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("no display found"), r.err.constData());
        QVERIFY(r.err.contains("statelens-cli"));
    }
};

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
