// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startup.h"
#include "app/translation.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace statelens::ui;
    if (!hasDisplay()) {
        std::fputs(qPrintable(noDisplayMessage()), stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StateLens"));
    QApplication::setApplicationName(QStringLiteral("StateLens"));
    QApplication::setApplicationVersion(QStringLiteral(STATELENS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.statelens.StateLens"));
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/statelens/icons/statelens-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    QTranslator translator;
    installTranslation(translator);
    const StartupOptions options = parseStartupOptions(app);
    if (options.dark)
        applyDarkPalette(app);
    MainWindow window;
    window.show();
    start(window, options);
    return app.exec();
}
