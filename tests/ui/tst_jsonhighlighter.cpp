// SPDX-License-Identifier: GPL-3.0-or-later
// JsonHighlighter (ui/editor/jsonhighlighter.h): which characters of a JSON line are coloured as keys,
// strings, numbers and keywords (compared with the formats of a reference line), the error line's wave
// underline and its removal, and colours that follow a dark palette.
#include "editor/jsonhighlighter.h"
#include "common/levelcolors.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace statelens::ui;

namespace {

const QString Reference = QStringLiteral(R"({"k": "s", "n": 1, "b": true})");

/// The format of character `pos` of block `block`.
QTextCharFormat formatAt(const QTextDocument& doc, int block, int pos)
{
    const QTextBlock b = doc.findBlockByNumber(block);
    for (const QTextLayout::FormatRange& r : b.layout()->formats())
        if (pos >= r.start && pos < r.start + r.length)
            return r.format;
    return {};
}

/// "key", "string", "number", "keyword" or "plain": which reference format character `pos` of line
/// `block` has.
QString kindAt(const QTextDocument& doc, int block, int pos)
{
    const QColor c = formatAt(doc, block, pos).foreground().color();
    const QTextCharFormat plain = formatAt(doc, block, pos);
    if (!plain.hasProperty(QTextFormat::ForegroundBrush))
        return QStringLiteral("plain");
    const struct
    {
        const char* kind;
        int at;
    } refs[] = { { "key", 2 }, { "string", 7 }, { "number", 16 }, { "keyword", 24 } };
    for (const auto& r : refs)
        if (formatAt(doc, 0, r.at).foreground().color() == c)
            return QString::fromLatin1(r.kind);
    return QStringLiteral("other");
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceFormatsDiffer();
    void tokens_data();
    void tokens();
    void errorLine();
    void darkPalette();
};

void TestJsonHighlighter::referenceFormatsDiffer()
{
    QTextDocument doc(Reference);
    JsonHighlighter h(&doc);
    h.rehighlight(); // the first pass otherwise waits for the event loop
    QSet<QRgb> colours;
    for (int at : { 2, 7, 16, 24 })
        colours << formatAt(doc, 0, at).foreground().color().rgb();
    QCOMPARE(colours.size(), 4);
    QCOMPARE(formatAt(doc, 0, 24).fontWeight(), int(QFont::Bold)); // keywords stand out by weight too
}

void TestJsonHighlighter::tokens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("token"); // its first occurrence is checked, every character of it
    QTest::addColumn<QString>("kind");

    QTest::newRow("key") << R"(  "name": "Ada",)" << R"("name")" << "key";
    QTest::newRow("key with space before the colon") << R"({"name" : 1})" << R"("name")" << "key";
    QTest::newRow("string value") << R"(  "name": "Ada",)" << R"("Ada")" << "string";
    QTest::newRow("string in an array") << R"(["a", "b"])" << R"("b")" << "string";
    QTest::newRow("escaped quote stays in the string") << R"({"q": "say \"hi\" now"})" << R"("say \"hi\" now")"
                                                       << "string";
    QTest::newRow("colon inside a string value") << R"({"t": "12:30"})" << R"("12:30")" << "string";
    QTest::newRow("unterminated string") << R"({"t": "open)" << R"("open)" << "string";
    QTest::newRow("negative number") << R"({"n": -12})" << "-12" << "number";
    QTest::newRow("exponent") << R"([1.5e+10])" << "1.5e+10" << "number";
    QTest::newRow("true") << R"([true])" << "true" << "keyword";
    QTest::newRow("false") << R"([false])" << "false" << "keyword";
    QTest::newRow("null") << R"({"x": null})" << "null" << "keyword";
    QTest::newRow("other words are plain") << R"([nothing])" << "nothing" << "plain";
    QTest::newRow("punctuation is plain") << R"({"a": [1]})" << "[" << "plain";
}

void TestJsonHighlighter::tokens()
{
    QFETCH(QString, line);
    QFETCH(QString, token);
    QFETCH(QString, kind);
    QTextDocument doc(Reference + u'\n' + line);
    JsonHighlighter h(&doc);
    h.rehighlight();
    const int at = int(line.indexOf(token));
    QVERIFY(at >= 0);
    for (int i = at; i < at + token.size(); ++i)
        QCOMPARE(kindAt(doc, 1, i), kind);
}

void TestJsonHighlighter::errorLine()
{
    QTextDocument doc(QStringLiteral("{\n  \"a\": 1,\n  \"b\": tru\n}"));
    JsonHighlighter h(&doc);
    h.rehighlight();
    auto waved = [&](int block) {
        const QString text = doc.findBlockByNumber(block).text();
        for (int i = 0; i < text.size(); ++i)
            if (formatAt(doc, block, i).underlineStyle() != QTextCharFormat::WaveUnderline)
                return false;
        return !text.isEmpty();
    };
    QVERIFY(!waved(2));
    h.setErrorLine(3); // 1-based
    QVERIFY(waved(2));
    QVERIFY(!waved(1));
    // The underline keeps the colours of what it underlines.
    QCOMPARE(formatAt(doc, 2, 3).foreground().color(), formatAt(doc, 1, 3).foreground().color()); // "b" and "a": keys
    QCOMPARE(formatAt(doc, 2, 2).underlineColor(), levelColor(QStringLiteral("error"), QGuiApplication::palette()));
    h.setErrorLine(2);
    QVERIFY(waved(1));
    QVERIFY(!waved(2));
    h.setErrorLine(0);
    QVERIFY(!waved(1));
    QVERIFY(!waved(2));
}

void TestJsonHighlighter::darkPalette()
{
    const QPalette light = QGuiApplication::palette();
    QTextDocument lightDoc(Reference);
    JsonHighlighter lightH(&lightDoc);
    lightH.rehighlight();
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    QVERIFY(isDark(dark) != isDark(light));
    QApplication::setPalette(dark);
    QTextDocument darkDoc(Reference);
    JsonHighlighter darkH(&darkDoc);
    darkH.rehighlight();
    QApplication::setPalette(light);
    for (int at : { 2, 7, 16, 24 })
        QVERIFY(formatAt(lightDoc, 0, at).foreground().color() != formatAt(darkDoc, 0, at).foreground().color());
}

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
