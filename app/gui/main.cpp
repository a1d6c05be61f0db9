#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SOIP Composer"));
    QApplication::setApplicationName(QStringLiteral("soip-composer"));
    QApplication::setApplicationDisplayName(QStringLiteral("SOIP Composer"));
    QApplication::setApplicationVersion(QStringLiteral(SOIP_VERSION));

    soip::MainWindow window;
    window.show();
    return app.exec();
}
