// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace statelens::test {

/// What a run of statelens-cli gave.
struct CliRun
{
    int code = -1;
    bool finished = false; ///< false: it was still running at the deadline and was killed
    QByteArray out, err;
};

/// Runs the built statelens-cli with `args`; a run that outlives `timeoutMs` (a command blocked on a FIFO)
/// is killed and reported unfinished instead of hanging the test.
CliRun runCli(const QStringList& args, int timeoutMs = 60000);

/// A scratch folder for one test, with a few calls to fill it (after Dolphin's TestDir).
class TestDir
{
public:
    TestDir();

    QString path() const { return m_dir.path(); }
    /// Absolute path of `relative` inside the folder.
    QString filePath(const QString& relative) const;
    /// Writes a file (creating folders); returns its absolute path.
    QString createFile(const QString& relative, const QByteArray& content, int mode = 0644);
    QString createDir(const QString& relative);
    /// Copies tests/data/samples/<sample> (a file or folder) into the scratch folder; returns the copy's
    /// path. File modes become writable copies of the originals (0600 where the tool writes 0600).
    QString copySample(const QString& sample, const QString& as = {});
    QByteArray read(const QString& relative) const;

    /// Absolute path of a sample in the read-only test data (never write to it).
    static QString samplePath(const QString& sample);
    /// Absolute path of a built program (tests/helpers, app/).
    static QString programPath(const QString& name);
    /// The pid of a process that has just ended (a lock holder that is gone).
    static qint64 deadPid();

private:
    QTemporaryDir m_dir;
};

} // namespace statelens::test
