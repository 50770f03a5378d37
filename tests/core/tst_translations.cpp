// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue is complete and matches the sources: lupdate runs over the sources the app's catalogue
// is built from (into a copy of the .ts), lconvert keeps what is not finished, and nothing may be left. The
// translations keep the source's placeholders, accelerators and ellipses.
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace statelens;

namespace {

/// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    return out;
}

QString describe(const Message& m)
{
    return QStringLiteral("  [%1] %2")
        .arg(m.context, QString(m.source).replace(QLatin1Char('\n'), QLatin1String("\\n")));
}

/// Runs a Qt tool; returns its error output when it fails.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2%3")
            .arg(program, p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9])"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

/// The number of accelerator marks: '&' not written as "&&".
int accelerators(const QString& s)
{
    return int(s.count(QLatin1Char('&')) - 2 * s.count(QLatin1String("&&")));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(STATELENS_LUPDATE)), STATELENS_LUPDATE);
        QVERIFY2(QFile::exists(QStringLiteral(STATELENS_LCONVERT)), STATELENS_LCONVERT);
        QFile ts(QStringLiteral(STATELENS_TS_FILE));
        QVERIFY2(ts.exists(), STATELENS_TS_FILE);
        m_copy = m_dir.createFile(
            QStringLiteral("statelens_de.ts"), ts.open(QIODevice::ReadOnly) ? ts.readAll() : QByteArray());
        // The same sources the app's catalogue is made from; obsolete entries are kept so that they show up.
        const QString error = run(QStringLiteral(STATELENS_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QLatin1Char('@') + QStringLiteral(STATELENS_TR_SOURCE_LIST), QStringLiteral("-ts"), m_copy });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_messages = readTs(m_copy);
        QVERIFY(m_messages.size() > 900);
    }

    /// Every message of the sources has a finished translation, and none is left over from removed code.
    void noMessageUnfinishedOrObsolete()
    {
        const QString open = m_dir.filePath(QStringLiteral("open.ts"));
        const QString error = run(QStringLiteral(STATELENS_LCONVERT),
            { QStringLiteral("-no-finished"), QStringLiteral("-i"), m_copy, QStringLiteral("-o"), open });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished, gone;
        for (const Message& m : readTs(open)) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                gone << describe(m);
            else
                unfinished << describe(m);
        }
        QStringList report;
        if (!unfinished.isEmpty())
            report << QStringLiteral("%1 message(s) without a German translation:").arg(unfinished.size())
                   << unfinished;
        if (!gone.isEmpty())
            report << QStringLiteral("%1 message(s) no longer in the sources (vanished or obsolete):")
                          .arg(gone.size())
                   << gone;
        if (!report.isEmpty()) {
            report << QStringLiteral(
                "Run resources/translations/update-catalogue.sh, translate the messages it lists "
                "(see docs/TRANSLATING.md) and commit statelens_de.ts.");
            QFAIL(qPrintable(QLatin1Char('\n') + report.join(QLatin1Char('\n'))));
        }
    }

    /// German has two plural forms, and each keeps the source's placeholders (%n included).
    void pluralsHaveBothForms()
    {
        QStringList wrong;
        int numerus = 0;
        for (const Message& m : std::as_const(m_messages)) {
            if (!m.numerus || !m.type.isEmpty())
                continue;
            ++numerus;
            if (m.forms.size() != 2 || m.forms.contains(QString()))
                wrong << describe(m);
        }
        QVERIFY(numerus >= 10);
        QVERIFY2(wrong.isEmpty(), qPrintable(QLatin1Char('\n') + wrong.join(QLatin1Char('\n'))));
    }

    /// Placeholders, accelerators, a trailing ellipsis and edge spaces are the source's.
    void translationsKeepTheSourceMarks()
    {
        QStringList wrong;
        for (const Message& m : std::as_const(m_messages)) {
            if (!m.type.isEmpty())
                continue;
            for (const QString& t : m.forms) {
                QStringList why;
                if (placeholders(t) != placeholders(m.source))
                    why << QStringLiteral("placeholders");
                if (accelerators(t) != accelerators(m.source))
                    why << QStringLiteral("accelerator");
                if (t.endsWith(QChar(0x2026)) != m.source.endsWith(QChar(0x2026)))
                    why << QStringLiteral("ellipsis");
                if (t.startsWith(QLatin1Char(' ')) != m.source.startsWith(QLatin1Char(' '))
                    || t.endsWith(QLatin1Char(' ')) != m.source.endsWith(QLatin1Char(' ')))
                    why << QStringLiteral("edge space");
                if (!why.isEmpty())
                    wrong << describe(m)
                            + QStringLiteral(" => %1 (%2)").arg(t, why.join(QLatin1String(", ")));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QLatin1Char('\n') + wrong.join(QLatin1Char('\n'))));
    }

    /// A file-local tr() helper in core/ translates in the context lupdate files its calls under (the class
    /// or namespace around the call); otherwise its messages are in the catalogue but stay English at run
    /// time.
    void coreHelpersTranslateInTheContextLupdateUses()
    {
        const QString ts = m_dir.filePath(QStringLiteral("located.ts"));
        const QString error = run(QStringLiteral(STATELENS_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("absolute"),
                QLatin1Char('@') + QStringLiteral(STATELENS_TR_SOURCE_LIST), QStringLiteral("-ts"), ts });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QSet<QString>> contextsOfFile;
        for (const auto& [file, context] : locatedContexts(ts))
            contextsOfFile[file].insert(context);

        static const QRegularExpression helper(QStringLiteral(
            "QString tr\\(const char\\*[^{]*\\{\\s*return QCoreApplication::translate\\(\"([^\"]+)\""));
        static const QRegularExpression literal(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        QStringList wrong;
        int helpers = 0;
        for (const QString& path : sourceList()) {
            if (!path.contains(QLatin1String("/core/")))
                continue;
            const QString text = QString::fromUtf8(readAllOf(path));
            const auto m = helper.match(text);
            if (!m.hasMatch())
                continue;
            ++helpers;
            QSet<QString>
                allowed; // the contexts named literally (the helper's and explicit translate() calls)
            for (auto it = literal.globalMatch(text); it.hasNext();)
                allowed.insert(it.next().captured(1));
            for (const QString& context : contextsOfFile.value(QFileInfo(path).canonicalFilePath())) {
                if (!allowed.contains(context))
                    wrong << QStringLiteral("  %1: lupdate files calls under %2, the helper translates in %3")
                                 .arg(path, context, m.captured(1));
            }
        }
        QVERIFY(helpers > 20);
        QVERIFY2(wrong.isEmpty(), qPrintable(QLatin1Char('\n') + wrong.join(QLatin1Char('\n'))));
    }

    /// The checks above can fail: a message added to the sources shows up as unfinished.
    void aNewMessageIsReported()
    {
        test::TestDir scratch;
        const QString source = scratch.createFile(QStringLiteral("added.cpp"),
            "#include <QCoreApplication>\n"
            "QString f() { return QCoreApplication::translate(\"Added\", \"A message nobody translated\"); "
            "}\n");
        const QString ts = scratch.createFile(QStringLiteral("de.ts"), readAllOf(m_copy));
        QVERIFY(run(QStringLiteral(STATELENS_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), source,
                QStringLiteral("-ts"), ts })
                    .isEmpty());
        const QString open = scratch.filePath(QStringLiteral("open.ts"));
        QVERIFY(run(QStringLiteral(STATELENS_LCONVERT),
            { QStringLiteral("-no-finished"), QStringLiteral("-i"), ts, QStringLiteral("-o"), open })
                    .isEmpty());
        bool added = false;
        int vanished = 0;
        for (const Message& m : readTs(open)) {
            added = added || (m.context == QLatin1String("Added") && m.type == QLatin1String("unfinished"));
            vanished += m.type == QLatin1String("vanished") ? 1 : 0;
        }
        QVERIFY(added);
        // Only added.cpp was scanned, so every translated message of the real sources is reported as
        // vanished.
        const auto translated = std::count_if(
            m_messages.cbegin(), m_messages.cend(), [](const Message& m) { return m.type.isEmpty(); });
        QCOMPARE(vanished, int(translated));
    }

private:
    static QStringList sourceList()
    {
        return QString::fromUtf8(readAllOf(QStringLiteral(STATELENS_TR_SOURCE_LIST)))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    /// (absolute source file, context) of every message of a .ts written with -locations absolute.
    static QList<std::pair<QString, QString>> locatedContexts(const QString& ts)
    {
        QList<std::pair<QString, QString>> out;
        QFile file(ts);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QString base = QFileInfo(ts).absolutePath();
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("location")) {
                const QString where = xml.attributes().value(QLatin1String("filename")).toString();
                out.append({ QFileInfo(QDir(base).filePath(where)).canonicalFilePath(), context });
            }
        }
        return out;
    }

    static QByteArray readAllOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    test::TestDir m_dir;
    QString m_copy;
    QList<Message> m_messages;
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
