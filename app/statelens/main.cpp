// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startup.h"
#include "app/translation.h"
#include "mainwindow/mainwindow.h"
#include "theme/theme.h"

#include <QApplication>
#include <QIcon>
#include <QTranslator>

#include <cstdio>

namespace {
// Names, version and translation: the same with and without a display, so that --help and --version match.
void describeApplication(QTranslator& translator)
{
    QCoreApplication::setOrganizationName(QStringLiteral("StateLens"));
    QCoreApplication::setApplicationName(QStringLiteral("StateLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATELENS_VERSION));
    statelens::ui::installTranslation(translator);
}
} // namespace

int main(int argc, char** argv)
{
    using namespace statelens::ui;
    QTranslator translator;
    if (!hasDisplay()) {
        // --help and --version need no display: the parser prints them and exits before the message.
        QCoreApplication app(argc, argv);
        describeApplication(translator);
        parseStartupOptions(app);
        std::fputs(qPrintable(noDisplayMessage()), stderr);
        return 1;
    }
    QApplication app(argc, argv);
    describeApplication(translator);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.statelens.StateLens"));
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/statelens/icons/statelens-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    const StartupOptions options = parseStartupOptions(app);
    applyTheme(startupTheme(options));
    MainWindow window;
    window.show();
    start(window, options);
    return app.exec();
}
