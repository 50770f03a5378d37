// SPDX-License-Identifier: GPL-3.0-or-later
// looksSecret() is a hand-written scan (it runs for every key of a state); it must give the same answer as
// the rule it replaced, a split into words by a regular expression, on every name.
#include "sources/sourceutil.h"

#include "json/jsondocument.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace statelens;

namespace {
QStringList generatedNames(int count, int seed)
{
    // Names built from pieces of secret words and owners, separators, case changes, digits and non-ASCII
    // letters, so that every boundary the old regular expression knew is hit many times.
    const QStringList pieces = { QStringLiteral("password"), QStringLiteral("Passwd"), QStringLiteral("PASSPHRASE"),
                                 QStringLiteral("secret"), QStringLiteral("Token"), QStringLiteral("credential"),
                                 QStringLiteral("Credentials"), QStringLiteral("apikey"), QStringLiteral("ApiKey"),
                                 QStringLiteral("key"), QStringLiteral("KEY"), QStringLiteral("Key"), QStringLiteral("api"),
                                 QStringLiteral("private"), QStringLiteral("access"), QStringLiteral("AUTH"),
                                 QStringLiteral("signing"), QStringLiteral("user"), QStringLiteral("x"), QStringLiteral("2"),
                                 QStringLiteral("ü"), QStringLiteral("Ö"), QStringLiteral("hash"), QStringLiteral("tokens") };
    const QStringList separators = { QString(), QStringLiteral("_"), QStringLiteral("-"), QStringLiteral("."),
                                     QStringLiteral(":"), QStringLiteral("/"), QStringLiteral(" "), QStringLiteral("__"),
                                     QStringLiteral("é"), QStringLiteral("9") };
    QRandomGenerator rng { quint32(seed) };
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString key;
        const int parts = int(rng.bounded(1, 5));
        for (int p = 0; p < parts; ++p) {
            if (rng.bounded(3) == 0)
                key += separators[rng.bounded(int(separators.size()))];
            QString piece = pieces[rng.bounded(int(pieces.size()))];
            if (rng.bounded(4) == 0)
                piece[0] = piece[0].toUpper();
            key += piece;
        }
        if (rng.bounded(4) == 0)
            key += separators[rng.bounded(int(separators.size()))];
        out.append(key);
    }
    return out;
}

// A JSON string literal for `key`, every character escaped (backslash, u, four hex digits) when `escape` is set.
QByteArray literal(const QString& key, bool escape)
{
    if (!escape)
        return '"' + key.toUtf8() + '"';
    QByteArray out = "\"";
    for (QChar c : key)
        out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    return out + '"';
}

// The rule as it was written first, kept here as the reference.
bool referenceRule(const QString& key)
{
    static const QRegularExpression split(QStringLiteral("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])"));
    QStringList words = key.split(split, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (QString& w : words)
        w = w.toLower();
    static const QStringList secretWords = { QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("passphrase"),
                                             QStringLiteral("secret"), QStringLiteral("token"), QStringLiteral("credential"),
                                             QStringLiteral("credentials"), QStringLiteral("apikey") };
    static const QStringList keyOwners = { QStringLiteral("api"), QStringLiteral("private"), QStringLiteral("secret"),
                                           QStringLiteral("access"), QStringLiteral("auth"), QStringLiteral("signing") };
    const QString& last = words.last();
    return secretWords.contains(last) || (last == QLatin1String("key") && words.size() > 1 && keyOwners.contains(words[words.size() - 2]));
}
} // namespace

class TestSecretKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        const std::pair<const char*, bool> rows[] = {
            { "db_password", true },  { "API_KEY", true },       { "authToken", true },       { "access_token", true },
            { "theme", false },       { "context_token_estimate", false }, { "keyboard", false }, { "password_hash", false },
            { "gpgPassphrase", true }, { "signing-key", true },  { "APIKey", true },          { "apiKey", true },
            { "key", false },         { "_key", false },         { "monkey_key", false },     { "private.key", true },
            { "token:", true },       { "", false },             { "---", false },            { "user2Token", true },
            { "Zürich_secret", true }, { "secretÜ", true },      { "tokenx", false },         { "x_KEY_", false },
            { "api__key__", true },   { "APITOKEN", false },     { "authKEY", true },         { "auth:key:1", false },
        };
        for (const auto& [key, secret] : rows)
            QTest::newRow(key) << QString::fromUtf8(key) << secret;
    }
    void knownNames()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(referenceRule(key), secret); // the table itself states the old rule
        QCOMPARE(looksSecret(key), secret);
    }

    void agreesWithTheOldRuleOnGeneratedNames()
    {
        int secrets = 0;
        for (const QString& key : generatedNames(200000, 12)) {
            const bool expected = referenceRule(key);
            secrets += expected;
            if (looksSecret(key) != expected)
                QFAIL(qPrintable(QStringLiteral("'%1': expected %2").arg(key).arg(expected)));
        }
        QVERIFY(secrets > 10000); // the generator does reach both answers
        QVERIFY(secrets < 190000);
    }

    void problemsOverAParsedObjectFollowTheRule()
    {
        // addCommonProblems() decides on the stored bytes of most keys without decoding them; the keys it
        // reports must be exactly those looksSecret() takes, spelled raw or with every character escaped.
        QStringList names = generatedNames(50000, 7);
        names.removeDuplicates();
        QByteArray text = "{";
        for (int i = 0; i < names.size(); ++i)
            text += (i ? ",\n" : "\n") + literal(names[i], i % 5 == 0) + ": " + (i % 7 == 0 ? "null" : "1");
        text += "\n}";
        auto doc = json::Document::parse(text, QStringLiteral("names.json"));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        Snapshot s;
        s.namespaces.append(namespaceFromObject(QStringLiteral("ns"), std::make_shared<const json::Document>(std::move(doc.value())),
                                                QStringLiteral("names.json")));
        QCOMPARE(s.namespaces.first().entries.size(), names.size());
        addCommonProblems(s, 1 << 20);
        QSet<QString> reported;
        for (const Problem& p : std::as_const(s.problems))
            reported.insert(p.address);
        QSet<QString> expected;
        for (int i = 0; i < names.size(); ++i)
            if (i % 7 != 0 && looksSecret(names[i]))
                expected.insert(QStringLiteral("ns/") + names[i]);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(reported, expected);
    }
};

QTEST_GUILESS_MAIN(TestSecretKeys)
#include "tst_secretkeys.moc"
