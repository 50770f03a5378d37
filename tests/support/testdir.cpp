// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QFileInfo>

namespace statelens::test {

TestDir::TestDir()
{
    m_dir.setAutoRemove(true);
}

QString TestDir::filePath(const QString& relative) const
{
    return QFileInfo(relative).isAbsolute() ? relative : m_dir.filePath(relative);
}

QString TestDir::createFile(const QString& relative, const QByteArray& content, int mode)
{
    const QString p = filePath(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot create %s", qPrintable(p));
    f.write(content);
    f.close();
    QFile::setPermissions(p, QFileDevice::Permissions(
                                 ((mode & 0400) ? QFileDevice::ReadOwner | QFileDevice::ReadUser : 0)
                                 | ((mode & 0200) ? QFileDevice::WriteOwner | QFileDevice::WriteUser : 0)
                                 | ((mode & 0040) ? QFileDevice::ReadGroup : 0) | ((mode & 0020) ? QFileDevice::WriteGroup : 0)
                                 | ((mode & 0004) ? QFileDevice::ReadOther : 0) | ((mode & 0002) ? QFileDevice::WriteOther : 0)));
    return p;
}

QString TestDir::createDir(const QString& relative)
{
    const QString p = filePath(relative);
    QDir().mkpath(p);
    return p;
}

static void copyRecursively(const QString& from, const QString& to)
{
    const QFileInfo fi(from);
    if (fi.isDir()) {
        QDir().mkpath(to);
        const auto entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QFileInfo& e : entries)
            copyRecursively(e.absoluteFilePath(), to + u'/' + e.fileName());
    } else {
        QFile::remove(to);
        QFile::copy(from, to);
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                      | QFileDevice::WriteUser);
    }
}

QString TestDir::copySample(const QString& sample, const QString& as)
{
    const QString src = samplePath(sample);
    const QString dst = filePath(as.isEmpty() ? QFileInfo(src).fileName() : as);
    copyRecursively(src, dst);
    return dst;
}

QByteArray TestDir::read(const QString& relative) const
{
    QFile f(QFileInfo(relative).isAbsolute() ? relative : filePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString TestDir::samplePath(const QString& sample)
{
    return QStringLiteral(STATELENS_TEST_DATA "/samples/") + sample;
}

QString TestDir::programPath(const QString& name)
{
    for (const char* sub : { "/tests/", "/app/cli/", "/app/statelens/", "/app/demowriter/", "/app/", "/" }) {
        const QString p = QStringLiteral(STATELENS_BINARY_DIR) + QLatin1String(sub) + name;
        if (QFileInfo(p).isFile() && QFileInfo(p).isExecutable())
            return p;
    }
    return QStringLiteral(STATELENS_BINARY_DIR "/tests/") + name;
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(TestDir::programPath(QStringLiteral("statelens-cli")), args);
    CliRun r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 TestDir::deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace statelens::test
