// SPDX-License-Identifier: GPL-3.0-or-later
// A save that costs one write (issue 12): a focused parse reads only the places an edit needs (the rest of the
// file is checked, not built into nodes); the edit's splices are checked by parsing what lies around them;
// the new file is the old one's unchanged ranges (copy_file_range) with the splices in between; and a
// SnapshotScope::Focus load writes exactly what a full load writes.
#include "io/filestamp.h"
#include "io/safewrite.h"
#include "io/syscalls.h"
#include "json/jsoneditor.h"
#include "json/jsonpointer.h"
#include "model/valueref.h"
#include "sources/source.h"
#include "testdir.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <functional>
#include <fcntl.h>
#include <unistd.h>

using namespace statelens;
using namespace statelens::json;
using namespace statelens::test;

namespace {

QList<QByteArray> sampleTexts()
{
    QList<QByteArray> out;
    QDirIterator it(QStringLiteral(STATELENS_TEST_DATA "/samples"), { QStringLiteral("*.json") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.size() > 0 && f.size() < (4 << 20))
            out.append(f.readAll());
    }
    return out;
}

// Pointers to object members down to `depth` levels (arrays are not entered: focus paths name members).
void memberPaths(const Document& d, quint32 n, const QStringList& prefix, int depth, QList<QStringList>& out)
{
    if (depth == 0 || !d.isObject(n))
        return;
    d.forEachMember(n, [&](quint32 k, quint32 v) {
        const QStringList p = prefix + QStringList { d.string(k) };
        out.append(p);
        memberPaths(d, v, p, depth - 1, out);
        return true;
    });
}

QByteArray documentedState()
{
    return R"({
  "version": "1.0.0",
  "last_saved": "2026-11-21T12:00:00.000Z",
  "namespaces": {
    "user": {"name": "Ada", "prefs": {"theme": "dark", "sizes": [1, 2, 3]}, "tags": ["a", "b"]},
    "config": {"limits": {"a": 1, "b": {"c": [true, null]}}, "flag": false},
    "big": {"k1": {"x": 1}, "k2": [1, {"y": 2}], "k3": "three", "k\u0034": 4},
    "empty": {}
  },
  "sessions": [{"id": "s1", "started_at": "2026-01-01T00:00:00.000Z", "status": "done"}],
  "metrics": {"total_tasks": 0, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0}
}
)";
}

QByteArray corrupt(QByteArray text, QRandomGenerator& rng)
{
    static const char pieces[] = "{}[],:\"x\\ 1-\x80\xff";
    if (rng.bounded(4) == 0)
        return text.left(rng.bounded(int(text.size())));
    const int at = rng.bounded(int(text.size()));
    text[at] = pieces[rng.bounded(int(sizeof pieces - 1))];
    return text;
}

Change makeChange(const QString& address, const QByteArray& json)
{
    Change c;
    c.address = Address::parse(address).value();
    if (json.isNull()) {
        c.op = Change::Op::Remove;
    } else {
        c.op = Change::Op::Set;
        c.value = JsonValue::parse(json).value();
    }
    return c;
}

QByteArray withoutLastSaved(QByteArray text)
{
    static const QRegularExpression savedAt(QStringLiteral("\"last_saved\": *\"[^\"]*\""));
    return QString::fromUtf8(text).replace(savedAt, QStringLiteral("\"last_saved\": \"-\"")).toUtf8();
}

// Counts the kernel copies of a spliced save; the behaviour of the next call can be replaced.
int g_copies = 0;
std::function<ssize_t(int, off_t*, int, off_t*, size_t, unsigned)> g_copy;
ssize_t countingCopy(int from, off_t* fromOffset, int to, off_t* toOffset, size_t size, unsigned flags)
{
    ++g_copies;
    if (g_copy)
        return g_copy(from, fromOffset, to, toOffset, size, flags);
    return io::realSyscalls().copyFileRange(from, fromOffset, to, toOffset, size, flags);
}
struct CopyHook
{
    CopyHook()
    {
        g_copies = 0;
        g_copy = nullptr;
        io::syscalls().copyFileRange = countingCopy;
    }
    ~CopyHook()
    {
        g_copy = nullptr;
        io::syscalls() = io::realSyscalls();
    }
};

QStringList tempFiles(const QString& dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.tmp") }, QDir::Files | QDir::Hidden);
}

} // namespace

class TestFocusedSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The places asked for are read exactly as a full parse reads them; everything else is one node each.
    void focusedParseReadsTheFocusLikeAFullParse()
    {
        QList<QByteArray> texts = sampleTexts();
        texts.prepend(documentedState());
        QVERIFY(texts.size() >= 10);
        QRandomGenerator rng { quint32(12) };
        int compared = 0;
        for (const QByteArray& text : std::as_const(texts)) {
            auto full = Document::parse(text);
            QVERIFY(full);
            QList<QStringList> paths;
            memberPaths(*full, 0, {}, 3, paths);
            for (int round = 0; round < 5 && !paths.isEmpty(); ++round) {
                ParseOptions opt;
                for (int i = 0; i < 1 + rng.bounded(3); ++i)
                    opt.focus.append(paths[rng.bounded(int(paths.size()))]);
                auto focused = Document::parse(text, {}, opt);
                QVERIFY2(focused, qPrintable(focused ? QString() : focused.error().toString()));
                QVERIFY(focused->nodeCount() <= full->nodeCount());
                for (const QStringList& p : std::as_const(opt.focus)) {
                    const Pointer ptr(p);
                    const quint32 a = full->resolve(ptr), b = focused->resolve(ptr);
                    QVERIFY(a != Document::npos);
                    QVERIFY2(b != Document::npos, qPrintable(ptr.toString()));
                    QCOMPARE(focused->raw(b), full->raw(a));
                    QVERIFY(!focused->isCollapsed(b));
                    QCOMPARE(focused->toValue(b), full->toValue(a));
                    ++compared;
                }
                // Every member of the root is there, with its bytes; a collapsed one still gives its value.
                full->forEachMember(0, [&](quint32 k, quint32 v) {
                    const quint32 fv = focused->member(0, full->string(k));
                    if (fv == Document::npos || focused->raw(fv) != full->raw(v) || focused->toValue(fv) != full->toValue(v))
                        compared = -1000000;
                    return true;
                });
            }
        }
        QVERIFY(compared > 20);
    }

    void focusedParseCollapsesWhatItDoesNotNeed()
    {
        ParseOptions opt;
        opt.focus = { { QStringLiteral("namespaces"), QStringLiteral("user"), QStringLiteral("prefs") } };
        auto d = Document::parse(documentedState(), {}, opt);
        QVERIFY(d);
        const quint32 nss = d->member(0, u"namespaces");
        QVERIFY(!d->isCollapsed(nss));
        QVERIFY(d->isCollapsed(d->member(nss, u"config")));
        QVERIFY(d->isCollapsed(d->member(0, u"sessions")));
        const quint32 user = d->member(nss, u"user");
        QVERIFY(!d->isCollapsed(user));
        QVERIFY(d->isCollapsed(d->member(user, u"tags")));
        QCOMPARE(d->string(d->member(user, u"name")), QStringLiteral("Ada")); // a scalar beside the focus is read
        QVERIFY(!d->isCollapsed(d->resolve(Pointer::parse("/namespaces/user/prefs/sizes").value())));
        QCOMPARE(d->toValue(d->member(nss, u"config")).toCompactJson(),
                 QByteArray(R"({"limits":{"a":1,"b":{"c":[true,null]}},"flag":false})"));
        // An escaped key matches its focus; no focus at all reads everything.
        opt.focus = { { QStringLiteral("namespaces"), QStringLiteral("big"), QStringLiteral("k4") } };
        d = Document::parse(documentedState(), {}, opt);
        QVERIFY(d);
        QVERIFY(!d->isCollapsed(d->resolve(Pointer::parse("/namespaces/big").value())));
        QVERIFY(d->isCollapsed(d->resolve(Pointer::parse("/namespaces/big/k1").value())));
        auto all = Document::parse(documentedState());
        QVERIFY(all->nodeCount() > d->nodeCount());
    }

    // The whole text is still checked: a focused parse fails exactly where and how a full one does.
    void focusedParseReportsTheSameErrors()
    {
        QList<QByteArray> texts = sampleTexts();
        texts.prepend(documentedState());
        QRandomGenerator rng { quint32(99) };
        int errors = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray& base = texts[rng.bounded(int(texts.size()))];
            const QByteArray text = corrupt(base, rng);
            ParseOptions opt;
            opt.focus = { { QStringLiteral("namespaces"), QStringLiteral("user") }, { QStringLiteral("tasks") } };
            auto full = Document::parse(text, QStringLiteral("f.json"));
            auto focused = Document::parse(text, QStringLiteral("f.json"), opt);
            QCOMPARE(bool(focused), bool(full));
            if (!full) {
                ++errors;
                QCOMPARE(focused.error().message, full.error().message);
                QCOMPARE(focused.error().line, full.error().line);
                QCOMPARE(focused.error().column, full.error().column);
            }
        }
        QVERIFY(errors > 500);
    }

    // An edit never reaches into a part that was not read: it would not see what is there.
    void editsThroughCollapsedPartsAreRefused()
    {
        ParseOptions opt;
        opt.focus = { { QStringLiteral("namespaces"), QStringLiteral("user") } };
        Editor e(Document::parse(documentedState(), {}, opt).value(), Style::javaScript());
        auto r = e.set(Pointer::parse("/namespaces/config/limits/a").value(), JsonValue::fromInt(2));
        QVERIFY(!r);
        QVERIFY(e.remove(Pointer::parse("/namespaces/config/flag").value()).error().message.contains(QLatin1String("not read")));
        QVERIFY(!e.set(Pointer::parse("/namespaces/config").value(), JsonValue::object()));
        QVERIFY(!e.changed());
        // The focus itself is edited as in a full document.
        QVERIFY(e.set(Pointer::parse("/namespaces/user/prefs/theme").value(), JsonValue::fromString(QStringLiteral("light"))));
        QVERIFY(e.set(Pointer::parse("/namespaces/user/new").value(), JsonValue::fromInt(1)));
        Editor reference(Document::parse(documentedState()).value(), Style::javaScript());
        QVERIFY(reference.set(Pointer::parse("/namespaces/user/prefs/theme").value(), JsonValue::fromString(QStringLiteral("light"))));
        QVERIFY(reference.set(Pointer::parse("/namespaces/user/new").value(), JsonValue::fromInt(1)));
        QCOMPARE(e.text().value(), reference.text().value());
    }

    // The local check of splices says yes exactly when the whole new text parses.
    void checkSplicesAgreesWithAFullParse()
    {
        QList<QByteArray> texts { documentedState(), "[1, [2, 3], {\"a\": [4]}, []]", "{\"a\": {\"b\": {}}}",
                                  "{ \"only\" : 1 }", "[[],[[]]]" };
        static const char* snippets[] = { "",   ",",  " ",      "}",     "]",       "{",    "[",       "1",
                                           "\"k\": 2", "\"k\"", ":", "2, 3", ", \"z\": []", "null", "\"s\"", "{}" };
        QRandomGenerator rng { quint32(7) };
        int accepted = 0, rejected = 0, falseRejects = 0;
        for (int run = 0; run < 20000; ++run) {
            const QByteArray& text = texts[rng.bounded(int(texts.size()))];
            const Document doc = Document::parse(text).value();
            std::vector<Splice> splices;
            qsizetype at = 0;
            const int count = 1 + rng.bounded(3);
            for (int i = 0; i < count && at < text.size(); ++i) {
                const qsizetype b = at + rng.bounded(int(std::min<qsizetype>(text.size() - at, 40)));
                const qsizetype e = b + rng.bounded(int(std::min<qsizetype>(text.size() - b, 12)) + 1);
                splices.push_back({ b, e, snippets[rng.bounded(int(std::size(snippets)))] });
                at = e;
            }
            const SplicedText spliced { text, splices, true };
            const bool full = bool(Document::parse(spliced.build()));
            const bool local = bool(checkSplices(doc, splices));
            // Never a yes for a text that does not parse. (A no for one that does is possible when splices in
            // different windows only fit together, as "[" in one and "]" in another: the editor's splices are
            // each whole on their own, and tst_jsoneditormodel checks that they always pass.)
            if (local && !full) {
                QString what;
                for (const Splice& s : splices)
                    what += QStringLiteral("[%1,%2)->'%3' ").arg(s.begin).arg(s.end).arg(QString::fromUtf8(s.text));
                QFAIL(qPrintable(QStringLiteral("%1 on %2: local %3, full %4").arg(what, QString::fromUtf8(text)).arg(local).arg(full)));
            }
            (local ? accepted : rejected)++;
            falseRejects += !local && full;
        }
        QVERIFY(accepted > 1000);
        QVERIFY(rejected > 1000);
        QVERIFY2(falseRejects * 20 < accepted, qPrintable(QString::number(falseRejects)));
    }

    void checkSplicesCatchesBrokenEdits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("begin");
        QTest::addColumn<int>("end");
        QTest::addColumn<QByteArray>("insert");
        QTest::newRow("a trailing comma") << QByteArray("{\"a\": 1, \"b\": 2}") << 15 << 15 << QByteArray(",");
        QTest::newRow("a member removed without its comma") << QByteArray("{\"a\": 1, \"b\": 2}") << 9 << 15 << QByteArray();
        QTest::newRow("a double comma") << QByteArray("[1, 2, 3]") << 2 << 2 << QByteArray(",");
        QTest::newRow("an unclosed value") << QByteArray("{\"a\": {\"b\": 1}}") << 12 << 13 << QByteArray("[");
        QTest::newRow("not JSON") << QByteArray("{\"a\": 1}") << 6 << 7 << QByteArray("nul");
        QTest::newRow("the root replaced badly") << QByteArray("{\"a\": 1}") << 0 << 8 << QByteArray("{");
    }

    void checkSplicesCatchesBrokenEdits()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, begin);
        QFETCH(int, end);
        QFETCH(QByteArray, insert);
        const Document doc = Document::parse(text).value();
        const std::vector<Splice> splices { { begin, end, insert } };
        QVERIFY(!Document::parse(SplicedText { text, splices, true }.build()));
        QVERIFY(!checkSplices(doc, splices));
    }

    void hashDoesNotDependOnPieces()
    {
        QRandomGenerator rng { quint32(3) };
        for (qsizetype size : { qsizetype(0), qsizetype(1), qsizetype(1) << 20, (qsizetype(1) << 20) + 1, qsizetype(3'500'000) }) {
            QByteArray content(size, Qt::Uninitialized);
            for (qsizetype i = 0; i < size; ++i)
                content[i] = char(rng.bounded(256));
            const QByteArray whole = FileStamp::hashOf(content);
            for (int round = 0; round < 5; ++round) {
                ContentHasher h;
                qsizetype at = 0;
                while (at < size) {
                    const qsizetype n = std::min<qsizetype>(size - at, 1 + rng.bounded(1 << 21));
                    h.add(QByteArrayView(content).sliced(at, n));
                    if (rng.bounded(3) == 0)
                        h.add(QByteArrayView()); // empty pieces change nothing
                    at += n;
                }
                QCOMPARE(h.finish(), whole);
            }
            if (size > 0) {
                QByteArray other = content;
                other[size / 2] = char(other[size / 2] ^ 1);
                QVERIFY(FileStamp::hashOf(other) != whole);
            }
        }
        QVERIFY(FileStamp::hashOf("a") != FileStamp::hashOf("b"));
        QVERIFY(FileStamp::hashOf("") != FileStamp::hashOf(QByteArray(1, '\0')));
    }

    void splicedWriteCopiesTheUnchangedRanges()
    {
        TestDir dir;
        QByteArray base;
        for (int i = 0; i < 20000; ++i)
            base += "line " + QByteArray::number(i) + '\n';
        const QString file = dir.createFile(QStringLiteral("f.txt"), base);
        auto read = readFileStamped(file);
        QVERIFY(read);
        SplicedContent c;
        c.base = read->content;
        c.pieces = { { 0, 5, "LINE " }, { 1000, 1000, "inserted" }, { 50000, 60000, {} } };
        c.baseFile = file;
        c.baseStamp = read->stamp;
        QByteArray expected = base;
        expected.remove(50000, 10000);
        expected.insert(1000, "inserted");
        expected.replace(0, 5, "LINE ");
        QCOMPARE(c.size(), expected.size());
        CopyHook hook;
        auto written = writeFileAtomically(file, c, {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(dir.read(QStringLiteral("f.txt")), expected);
        QVERIFY(g_copies >= 3); // the unchanged ranges went through copy_file_range
        QCOMPARE(written->hash, FileStamp::hashOf(expected));
        QCOMPARE(written->size, expected.size());
    }

    void splicedWriteFallsBackWhereTheKernelRefuses_data()
    {
        QTest::addColumn<int>("err");
        QTest::newRow("EXDEV") << EXDEV;
        QTest::newRow("EINVAL") << EINVAL;
        QTest::newRow("ENOSYS") << ENOSYS;
        QTest::newRow("EOPNOTSUPP") << EOPNOTSUPP;
    }

    void splicedWriteFallsBackWhereTheKernelRefuses()
    {
        QFETCH(int, err);
        TestDir dir;
        const QByteArray base = QByteArray(100000, 'x') + "end";
        const QString file = dir.createFile(QStringLiteral("f.txt"), base);
        auto read = readFileStamped(file);
        SplicedContent c { read->content, { { 10, 20, "spliced" } }, file, read->stamp };
        CopyHook hook;
        g_copy = [err](int, off_t*, int, off_t*, size_t, unsigned) -> ssize_t { return errno = err, -1; };
        QVERIFY(writeFileAtomically(file, c, {}));
        QCOMPARE(dir.read(QStringLiteral("f.txt")), QByteArray(base).replace(10, 10, "spliced"));
        QVERIFY(tempFiles(dir.path()).isEmpty());
    }

    // A full disk or an I/O error while copying fails the save: the old file stays, no temp file is left.
    void splicedWriteFailsCleanlyOnADiskError_data()
    {
        QTest::addColumn<int>("err");
        QTest::newRow("ENOSPC") << ENOSPC;
        QTest::newRow("EIO") << EIO;
    }

    void splicedWriteFailsCleanlyOnADiskError()
    {
        QFETCH(int, err);
        TestDir dir;
        const QByteArray base = QByteArray(100000, 'x');
        const QString file = dir.createFile(QStringLiteral("f.txt"), base);
        auto read = readFileStamped(file);
        SplicedContent c { read->content, { { 50000, 50000, "new" } }, file, read->stamp };
        CopyHook hook;
        g_copy = [err](int, off_t*, int, off_t*, size_t, unsigned) -> ssize_t { return errno = err, -1; };
        auto written = writeFileAtomically(file, c, {});
        QVERIFY(!written);
        QVERIFY(written.error().toString().contains(QString::fromLocal8Bit(std::strerror(err))));
        QCOMPARE(dir.read(QStringLiteral("f.txt")), base);
        QVERIFY(tempFiles(dir.path()).isEmpty());
    }

    // A tool that rewrites the file in place while we copy from it: what we copied may be its new bytes, so
    // the save writes everything again from the text it parsed.
    void aSourceRewrittenDuringTheCopyIsNotMixedIn()
    {
        TestDir dir;
        const QByteArray base = QByteArray(200000, 'a');
        const QString file = dir.createFile(QStringLiteral("f.txt"), base);
        auto read = readFileStamped(file);
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        SplicedContent c { read->content, { { 100000, 100001, "B" } }, file, read->stamp };
        CopyHook hook;
        g_copy = [file](int from, off_t* fromOffset, int to, off_t* toOffset, size_t size, unsigned flags) -> ssize_t {
            if (g_copies == 1) { // the other writer lands during our first copy
                QThread::msleep(20);
                const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY);
                const QByteArray zs(200000, 'z');
                (void)!::pwrite(fd, zs.constData(), size_t(zs.size()), 0);
                ::close(fd);
            }
            return io::realSyscalls().copyFileRange(from, fromOffset, to, toOffset, size, flags);
        };
        QVERIFY(writeFileAtomically(out, c, {}));
        QByteArray expected = base;
        expected[100000] = 'B';
        QCOMPARE(dir.read(QStringLiteral("out.txt")), expected);
    }

    // The CLI's set, rm and get load with SnapshotScope::Focus: what they write must be what a full load
    // writes, on the documented format and on the real coding-agent sample.
    void focusScopeWritesWhatAFullLoadWrites_data()
    {
        QTest::addColumn<QString>("sample"); // empty: the documented state above
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("value"); // null: remove
        QTest::newRow("existing key, deep change") << QString() << QStringLiteral("user/prefs") << QByteArray(R"({"theme": "light", "sizes": [1, 2, 3, 4]})");
        QTest::newRow("new key") << QString() << QStringLiteral("config/new") << QByteArray(R"({"n": [1]})");
        QTest::newRow("new namespace") << QString() << QStringLiteral("fresh/key") << QByteArray("\"v\"");
        QTest::newRow("into an empty namespace") << QString() << QStringLiteral("empty/k") << QByteArray("1");
        QTest::newRow("escaped key") << QString() << QStringLiteral("big/k4") << QByteArray("44");
        QTest::newRow("remove a key") << QString() << QStringLiteral("big/k2") << QByteArray();
        QTest::newRow("remove a namespace") << QString() << QStringLiteral("config") << QByteArray();
        QTest::newRow("coding-agent value") << QStringLiteral("coding-agent/coding-agent-state") << QStringLiteral("state/last_saved")
                                            << QByteArray("\"2031-01-01T00:00:00.000Z\"");
        QTest::newRow("coding-agent new key") << QStringLiteral("coding-agent/coding-agent-state") << QStringLiteral("state/note")
                                              << QByteArray(R"({"a": [1, 2]})");
    }

    void focusScopeWritesWhatAFullLoadWrites()
    {
        QFETCH(QString, sample);
        QFETCH(QString, address);
        QFETCH(QByteArray, value);
        QByteArray results[2];
        const SnapshotScope scopes[2] = { SnapshotScope::Everything, SnapshotScope::Focus };
        for (int i = 0; i < 2; ++i) {
            TestDir dir;
            QString root;
            if (sample.isEmpty()) {
                dir.createFile(QStringLiteral("s/state.json"), documentedState());
                root = dir.filePath(QStringLiteral("s"));
            } else {
                root = dir.copySample(sample, QStringLiteral("s"));
            }
            const Change change = makeChange(address, value);
            LoadContext context;
            context.scope = scopes[i];
            context.focus = { change.address };
            auto loaded = openAndLoad(root, context);
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
            QCOMPARE(loaded->snapshot.scope, scopes[i]);
            auto applied = loaded->source->apply(loaded->snapshot, { change });
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
            QVERIFY(!applied->filesWritten.isEmpty());
            // The documented format stamps last_saved on every save: the time, not part of the comparison.
            results[i] = dir.read(QStringLiteral("s/state.json"));
            if (sample.isEmpty())
                results[i] = withoutLastSaved(results[i]);
        }
        QCOMPARE(results[1], results[0]);
        // And it is the change asked for.
        const Address a = Address::parse(address).value();
        const QStringList tokens = sample.isEmpty() ? QStringList { QStringLiteral("namespaces"), a.ns, a.key } : QStringList { a.key };
        Pointer at(tokens);
        if (a.key.isEmpty())
            at = at.parent();
        const Document saved = Document::parse(results[1]).value();
        const quint32 n = saved.resolve(at);
        if (value.isNull())
            QCOMPARE(n, Document::npos);
        else
            QCOMPARE(saved.toValue(n), JsonValue::parse(value).value());
    }

    // A focused snapshot names what it read; a change elsewhere reads that place again before it writes.
    void aFocusedSnapshotWritesOtherPlacesToo()
    {
        TestDir dir;
        dir.createFile(QStringLiteral("s/state.json"), documentedState());
        const QString root = dir.filePath(QStringLiteral("s"));
        LoadContext context;
        context.scope = SnapshotScope::Focus;
        context.focus = { Address::parse(QStringLiteral("user/name")).value() };
        auto loaded = openAndLoad(root, context);
        QVERIFY(loaded);
        QCOMPARE(loaded->snapshot.namespaces.size(), 1);
        QCOMPARE(loaded->snapshot.namespaces.first().name, QStringLiteral("user"));
        QVERIFY(loaded->snapshot.sessions.isEmpty());
        QCOMPARE(loaded->snapshot.info.version, QStringLiteral("1.0.0"));
        auto applied = loaded->source->apply(loaded->snapshot, { makeChange(QStringLiteral("config/flag"), "true") });
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        const QByteArray after = withoutLastSaved(dir.read(QStringLiteral("s/state.json")));
        QCOMPARE(after, withoutLastSaved(documentedState()).replace("\"flag\": false", "\"flag\": true"));
    }

    // Collapse patterns: the places they name are one node each, everything else is read; the document's
    // value is the same as a full parse's, and the errors are the same.
    void collapsePatternsLeaveValuesForLater()
    {
        ParseOptions opt;
        opt.collapse = { { QStringLiteral("namespaces"), QStringLiteral("*"), QStringLiteral("*") },
                         { QStringLiteral("sessions"), QStringLiteral("*"), QStringLiteral("*") } };
        auto d = Document::parse(documentedState(), {}, opt);
        auto full = Document::parse(documentedState());
        QVERIFY(d && full);
        QVERIFY(d->isPartial());
        QVERIFY(!full->isPartial());
        QVERIFY(d->nodeCount() < full->nodeCount());
        QCOMPARE(d->toValue(0), full->toValue(0));
        const quint32 user = d->resolve(Pointer::parse("/namespaces/user").value());
        QVERIFY(!d->isCollapsed(user));
        QVERIFY(d->isCollapsed(d->member(user, u"prefs")));
        QVERIFY(!d->isCollapsed(d->member(user, u"name")));
        QVERIFY(!d->isCollapsed(d->resolve(Pointer::parse("/sessions/0").value())));
        QVERIFY(!d->isCollapsed(d->member(0, u"metrics")));
        QRandomGenerator rng { quint32(5) };
        for (const QByteArray& text : sampleTexts()) {
            auto a = Document::parse(text, {}, opt);
            auto b = Document::parse(text);
            QVERIFY(a && b);
            QCOMPARE(a->toValue(0), b->toValue(0));
            const QByteArray bad = corrupt(text, rng);
            auto c = Document::parse(bad, {}, opt), e = Document::parse(bad);
            QCOMPARE(bool(c), bool(e));
            if (!e)
                QCOMPARE(c.error().toString(), e.error().toString());
        }
    }

    // A value at a collapsed node is read on first use; its bytes, size and type need no read.
    void aCollapsedValueIsReadWhenAskedFor()
    {
        ParseOptions opt;
        opt.collapse = { { QStringLiteral("namespaces"), QStringLiteral("*"), QStringLiteral("*") } };
        auto d = std::make_shared<const Document>(Document::parse(documentedState(), {}, opt).value());
        auto full = std::make_shared<const Document>(Document::parse(documentedState()).value());
        const Pointer p = Pointer::parse("/namespaces/config/limits").value();
        const ValueRef lazy(d, d->resolve(p)), eager(full, full->resolve(p));
        QVERIFY(d->isCollapsed(d->resolve(p)));
        QVERIFY(lazy.isValid());
        QCOMPARE(lazy.type(), JsonValue::Type::Object);
        QCOMPARE(lazy.raw(), eager.raw());
        QCOMPARE(lazy.size(), eager.size());
        QVERIFY(lazy.sameBytes(eager));
        QCOMPARE(lazy.toValue(), eager.toValue());
        QCOMPARE(lazy.childCount(), 2);
        QCOMPARE(lazy.preview(), eager.preview());
        const ValueRef inner = ValueRef::sharing(lazy, lazy.document()->member(lazy.node(), u"b"));
        QCOMPARE(inner.toValue().toCompactJson(), QByteArray(R"({"c":[true,null]})"));
        // A full load of a documented state reads its values this way, and they are the file's values.
        TestDir dir;
        dir.createFile(QStringLiteral("s/state.json"), documentedState());
        auto loaded = openAndLoad(dir.filePath(QStringLiteral("s")));
        QVERIFY(loaded);
        int values = 0;
        for (const Namespace& ns : loaded->snapshot.namespaces)
            for (const Entry& e : ns.entries) {
                const quint32 n = full->resolve(Pointer({ QStringLiteral("namespaces"), ns.name, e.key }));
                QCOMPARE(e.value.toValue(), full->toValue(n));
                ++values;
            }
        QCOMPARE(values, 9);
    }
};

QTEST_GUILESS_MAIN(TestFocusedSave)
#include "tst_focusedsave.moc"
