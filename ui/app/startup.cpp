// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "common/uisettings.h"
#include "editor/valueeditorpanel.h"
#include "mainwindow/mainwindow.h"
#include "model/address.h"
#include "session/statesession.h"
#include "tasks/taskspage.h"
#include "views/centreview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace statelens::ui {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString noDisplayMessage()
{
    return QCoreApplication::translate(
        "Startup",
        "statelens: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
        "Run it inside a desktop session, or without one through a virtual X server:\n"
        "  xvfb-run -a statelens PATH\n"
        "or use the command-line tool statelens-cli, which needs no display.\n");
}

StartupOptions parseStartupOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup", "Inspect and edit the state that tools persist to disk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"), QCoreApplication::translate("Startup", "State folder or file to open."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    QCommandLineOption select(QStringLiteral("select"), QString(), QStringLiteral("what"));
    QCommandLineOption raw(QStringLiteral("raw-editor"));
    QCommandLineOption conversation(QStringLiteral("conversation"));
    QCommandLineOption dark(QStringLiteral("dark"));
    for (QCommandLineOption* o : { &screenshot, &select, &raw, &conversation, &dark }) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    parser.process(app);
    StartupOptions out;
    out.path = parser.positionalArguments().value(0);
    out.screenshot = parser.value(screenshot);
    out.select = parser.value(select);
    out.rawEditor = parser.isSet(raw);
    out.conversation = parser.isSet(conversation);
    out.dark = parser.isSet(dark);
    return out;
}

Theme startupTheme(const StartupOptions& options)
{
    return options.dark ? Theme::Dark : UiSettings::theme();
}

namespace {

void applySelection(MainWindow& window, const StartupOptions& o)
{
    using Section = NavigatorModel::Section;
    const QString s = o.select;
    if (s == QLatin1String("tasks")) {
        window.showSection(Section::Tasks);
        window.centre()->tasksPage()->table()->selectRow(0);
    }
    else if (s == QLatin1String("backups"))
        window.showSection(Section::Backups);
    else if (s == QLatin1String("problems"))
        window.showSection(Section::Problems);
    else if (s == QLatin1String("batch"))
        window.showSection(Section::Batch);
    else if (s == QLatin1String("logs"))
        window.showSection(Section::Logs);
    else if (s.startsWith(QLatin1String("tasks:")))
        window.showSection(Section::Tasks, s.mid(6));
    else if (const auto address = Address::parse(s); !s.isEmpty() && address)
        window.jumpToKey(address->ns, address->key);
    if (o.rawEditor)
        window.editor()->setMode(ValueEditorPanel::RawMode);
    if (o.conversation)
        window.editor()->setMode(ValueEditorPanel::ConversationMode);
}

} // namespace

void start(MainWindow& window, const StartupOptions& o)
{
    if (!o.select.isEmpty() || !o.screenshot.isEmpty() || o.rawEditor || o.conversation) {
        QObject::connect(window.session(), &StateSession::loaded, &window, [&window, o] {
            applySelection(window, o);
            if (o.screenshot.isEmpty())
                return;
            // Give the views one moment to lay out before grabbing.
            QTimer::singleShot(800, &window, [&window, file = o.screenshot] {
                const bool ok = window.grab().save(file);
                std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        }, Qt::SingleShotConnection);
    }
    if (!o.path.isEmpty())
        window.openPath(o.path);
}

} // namespace statelens::ui
