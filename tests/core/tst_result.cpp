// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T> and Error (util/result.h): a value or an error, moved out without copies, and the one line an
// error is shown as, with the parts that are known.
#include "util/result.h"

#include <QTest>

#include <memory>

using namespace statelens;

namespace {

Result<int> half(int n)
{
    if (n % 2)
        return Error::validation(QStringLiteral("%1 is odd").arg(n), QStringLiteral("numbers.txt"));
    return n / 2;
}

Result<void> check(bool ok)
{
    if (!ok)
        return Error::notFound(QStringLiteral("nothing"));
    return {};
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
    void valueOrError();
    void voidResult();
    void moveOnlyValues();
    void factories();
};

void TestResult::toString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("everything") << "/s/state.json" << 3 << 14 << "/s/state.json:3:14: bad";
    QTest::newRow("no place in the file") << "/s/state.json" << 0 << 0 << "/s/state.json: bad";
    QTest::newRow("a line without a column") << "/s/app.log" << 12 << 0 << "/s/app.log:12: bad";
    QTest::newRow("no file") << "" << 0 << 0 << "bad";
    QTest::newRow("a line but no file") << "" << 3 << 4 << "bad";
    QTest::newRow("a column without a line") << "/s/state.json" << 0 << 7 << "/s/state.json: bad";
}

void TestResult::toString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    Error e { Error::Kind::Parse, QStringLiteral("bad"), file, line, column };
    QCOMPARE(e.toString(), text);
}

void TestResult::valueOrError()
{
    const Result<int> two = half(4);
    QVERIFY(two.ok());
    QVERIFY(bool(two));
    QCOMPARE(two.value(), 2);
    QCOMPARE(*two, 2);

    const Result<int> odd = half(3);
    QVERIFY(!odd.ok());
    QVERIFY(!odd);
    QCOMPARE(odd.error().kind, Error::Kind::Validation);
    QCOMPARE(odd.error().file, QStringLiteral("numbers.txt"));
    QCOMPARE(odd.error().toString(), QStringLiteral("numbers.txt: 3 is odd"));

    Result<QString> text = QStringLiteral("abc");
    QCOMPARE(text->size(), 3); // members through ->
    text.value() += u'd';
    QCOMPARE(*text, QStringLiteral("abcd"));
}

void TestResult::voidResult()
{
    QVERIFY(check(true));
    const Result<void> failed = check(false);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::NotFound);
    QCOMPARE(failed.error().message, QStringLiteral("nothing"));
}

void TestResult::moveOnlyValues()
{
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    QVERIFY(r);
    std::unique_ptr<int> taken = std::move(r).value();
    QVERIFY(taken);
    QCOMPARE(*taken, 7);
}

void TestResult::factories()
{
    const Error io = Error::io(QStringLiteral("/a"), QStringLiteral("disk full"));
    QCOMPARE(io.kind, Error::Kind::Io);
    QCOMPARE(io.file, QStringLiteral("/a"));
    QCOMPARE(io.message, QStringLiteral("disk full"));
    QVERIFY(io.conflicts.isEmpty());
    QCOMPARE(Error::validation(QStringLiteral("m")).file, QString());
    QCOMPARE(Error::notFound(QStringLiteral("m"), QStringLiteral("/b")).kind, Error::Kind::NotFound);
    QCOMPARE(Error::notFound(QStringLiteral("m"), QStringLiteral("/b")).file, QStringLiteral("/b"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
