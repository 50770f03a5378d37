// SPDX-License-Identifier: GPL-3.0-or-later
// The bash completion script (installer/completions/statelens-cli.bash) run by a real bash against the built
// statelens-cli: the script is sourced, COMP_WORDS/COMP_CWORD are set as bash sets them on Tab, and the
// function's COMPREPLY is compared.
#include "testdir.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace statelens;

namespace {
// Runs the completion function for `words` (the last is the word under the cursor); returns COMPREPLY,
// sorted, and whether "nospace" was asked for.
struct Reply
{
    QStringList words;
    bool nospace = false;
};

QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// COMP_WORDS as bash makes them from the typed words: it also splits at ':' and '=' (COMP_WORDBREAKS).
QStringList bashWords(const QStringList& typed)
{
    QStringList out;
    for (const QString& word : typed) {
        if (word.isEmpty()) {
            out.append(QString());
            continue;
        }
        QString token;
        bool breakRun = false;
        for (const QChar c : word) {
            const bool isBreak = c == QLatin1Char(':') || c == QLatin1Char('=');
            if (!token.isEmpty() && isBreak != breakRun) {
                out.append(token);
                token.clear();
            }
            breakRun = isBreak;
            token += c;
        }
        out.append(token);
    }
    return out;
}

Reply complete(const QStringList& words, bool withBashCompletion)
{
    const QString program = test::TestDir::programPath(QStringLiteral("statelens-cli"));
    QStringList quoted { shellQuote(program) };
    for (const QString& w : bashWords(words))
        quoted.append(shellQuote(w));
    const QString line = program + QLatin1Char(' ') + words.join(QLatin1Char(' '));
    // compopt only works inside a real completion; record what the script asks of it instead.
    const QString script
        = QStringLiteral(
            "%1\n"
            "compopt() { for a in \"$@\"; do [[ $a == nospace ]] && echo '@nospace'; done; return 0; }\n"
            "source %2 || exit 3\n"
            "COMP_WORDS=(%3)\n"
            "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            "COMP_LINE=%4\n"
            "COMP_POINT=${#COMP_LINE}\n"
            "COMPREPLY=()\n"
            "_statelens_cli\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
              .arg(withBashCompletion
                      ? QStringLiteral("source /usr/share/bash-completion/bash_completion || exit 4")
                      : QString(),
                  shellQuote(
                      QStringLiteral(STATELENS_SOURCE_DIR "/installer/completions/statelens-cli.bash")),
                  quoted.join(QLatin1Char(' ')), shellQuote(line));
    QProcess bash;
    bash.start(QStringLiteral("bash"),
        { QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script });
    bash.waitForFinished(60000);
    Reply reply;
    if (bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0) {
        reply.words = QStringList { QStringLiteral("bash failed: ")
            + QString::fromUtf8(bash.readAllStandardError()) };
        return reply;
    }
    for (const QString& line :
        QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line == QLatin1String("@nospace"))
            reply.nospace = true;
        else
            reply.words.append(line);
    }
    reply.words.sort();
    return reply;
}
} // namespace

class TestShellCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completes_data()
    {
        QTest::addColumn<bool>("withBashCompletion");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("nospace");
        struct Row
        {
            const char* name;
            QStringList words;
            QStringList expected;
            bool nospace;
        };
        const QList<Row> rows = {
            { "command", { QStringLiteral("i") }, { QStringLiteral("info") }, false },
            { "commands", { QStringLiteral("back") }, { QStringLiteral("backup"), QStringLiteral("backups") },
                false },
            { "options", { QStringLiteral("doctor"), QStringLiteral("STATE"), QStringLiteral("--f") },
                { QStringLiteral("--fix") }, false },
            { "namespaces", { QStringLiteral("get"), QStringLiteral("STATE"), QString() },
                { QStringLiteral("counter/"), QStringLiteral("prefs/"), QStringLiteral("state/") }, true },
            { "keys",
                { QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("STATE"),
                    QStringLiteral("counter/") },
                { QStringLiteral("counter/count"), QStringLiteral("counter/label") }, false },
            { "state path", { QStringLiteral("info"), QStringLiteral("STATEDIR/a") },
                { QStringLiteral("STATEDIR/app") }, false },
        };
        for (const bool withBashCompletion : { false, true })
            for (const Row& row : rows)
                QTest::addRow("%s%s", row.name, withBashCompletion ? " (bash-completion)" : "")
                    << withBashCompletion << row.words << row.expected << row.nospace;
        // Keys with ':' need bash-completion's word reassembly (bash splits words at ':'); the package
        // installs the script where bash-completion loads it, so it is there whenever the script is.
        QTest::addRow("key with a colon (bash-completion)")
            << true
            << QStringList { QStringLiteral("get"), QStringLiteral("STATE"),
                   QStringLiteral("prefs/profile:d") }
            << QStringList { QStringLiteral("display_name") } << false;
        QTest::addRow("keys after a colon (bash-completion)")
            << true
            << QStringList { QStringLiteral("get"), QStringLiteral("STATE"),
                   QStringLiteral("prefs/profile:") }
            << QStringList { QStringLiteral("display_name"), QStringLiteral("email"),
                   QStringLiteral("location") }
            << false;
    }
    void completes()
    {
        QFETCH(bool, withBashCompletion);
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QFETCH(bool, nospace);
        if (withBashCompletion
            && !QFileInfo::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")))
            QFAIL("bash-completion is not installed (installer/statelens-setup deps installs it)");
        test::TestDir dir;
        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        dir.createFile(QStringLiteral("app/prefs.json"),
            "{\"profile:display_name\": \"A\", \"profile:email\": \"a@b\", \"profile:location\": \"C\"}\n");
        words.replaceInStrings(QStringLiteral("STATEDIR"), dir.path());
        words.replaceInStrings(QStringLiteral("STATE"), so);
        expected.replaceInStrings(QStringLiteral("STATEDIR"), dir.path());
        const Reply reply = complete(words, withBashCompletion);
        QCOMPARE(reply.words, expected);
        QCOMPARE(reply.nospace, nospace);
    }
};

QTEST_GUILESS_MAIN(TestShellCompletion)
#include "tst_shellcompletion.moc"
