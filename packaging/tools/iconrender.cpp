// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the SVG icon as PNG files of the sizes a desktop theme wants (48, 128, 256),
// at build time, with Qt's own SVG image plugin: `iconrender ICON.svg OUTDIR SIZE...`.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: iconrender ICON.svg OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool number = false;
        const int size = arguments.at(i).toInt(&number);
        if (!number || size <= 0) {
            err << "iconrender: '" << arguments.at(i) << "' is not a size" << Qt::endl;
            return 2;
        }
        QImageReader reader(arguments.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            err << "iconrender: cannot read " << arguments.at(1) << ": " << reader.errorString() << Qt::endl;
            return 1;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + QStringLiteral("/io.github.newsroomdesk.Newsroom.png"))) {
            err << "iconrender: cannot write into " << folder << Qt::endl;
            return 1;
        }
    }
    return 0;
}
