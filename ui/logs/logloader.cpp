// SPDX-License-Identifier: GPL-3.0-or-later
#include "logloader.h"

#include "util/executor.h"
#include "io/safewrite.h"

#include <QFileInfo>

namespace statelens::ui {

LogLoader::LogLoader(QObject* parent) : QObject(parent) { }

LogLoader::~LogLoader()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void LogLoader::load(const QList<LogFile>& files)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
    }
    auto work = [files] {
        Outcome out;
        for (const LogFile& f : files) {
            auto content = readFile(f.path);
            if (!content) {
                out.errors << content.error().toString();
                continue;
            }
            const QString name = f.name.isEmpty() ? QFileInfo(f.path).fileName() : f.name;
            out.records << parseLog(*content, f.format, name);
        }
        return out;
    };
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome out = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT loaded(out.records, out.errors);
    });
    m_watcher->setFuture(runInBackground(std::move(work)));
}

} // namespace statelens::ui
