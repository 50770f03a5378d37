// SPDX-License-Identifier: GPL-3.0-or-later
// JsonViewPage (ui/views/jsonviewpage.h), how reports are shown: a title and the JSON, read-only and
// highlighted; showing another replaces both.
#include "views/jsonviewpage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace statelens::ui;

class TestJsonViewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleAndJson();
};

void TestJsonViewPage::showsTitleAndJson()
{
    JsonViewPage page;
    page.showJson(QStringLiteral("Report 42"), QStringLiteral("{\n  \"ok\": true\n}"));
    QCOMPARE(page.text()->toPlainText(), QStringLiteral("{\n  \"ok\": true\n}"));
    QVERIFY(page.text()->isReadOnly());
    const QList<QLabel*> labels = page.findChildren<QLabel*>();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first()->text(), QStringLiteral("Report 42"));
    QVERIFY(labels.first()->font().bold());
    // Highlighted: the key on the second line has a colour of its own.
    QVERIFY(page.text()->document()->findChild<QSyntaxHighlighter*>());
    const QList<QTextLayout::FormatRange> formats = page.text()->document()->findBlockByNumber(1).layout()->formats();
    QVERIFY(!formats.isEmpty());
    QVERIFY(formats.first().format.hasProperty(QTextFormat::ForegroundBrush));

    page.showJson(QStringLiteral("Report 43"), QStringLiteral("[]"));
    QCOMPARE(labels.first()->text(), QStringLiteral("Report 43"));
    QCOMPARE(page.text()->toPlainText(), QStringLiteral("[]"));
}

QTEST_MAIN(TestJsonViewPage)
#include "tst_jsonviewpage.moc"
