// deskhand-bench-hello: the floor for start_vs_hello_window. A bare QMainWindow built like
// deskhand (same Qt, same build type) that ends its run as `deskhand` does: --screenshot writes a
// PNG once painted and quits; --report-painted prints when it had painted (FirstPaint, deskhand's
// own) and quits. --size WxH gives it deskhand's size, so that both paint the same area.

#include "FirstPaint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Write a PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption reportOption(QStringLiteral("report-painted"),
                                          QStringLiteral("Print when the window had painted and quit."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("The window's size."),
                                        QStringLiteral("WxH"));
    parser.addOption(screenshotOption);
    parser.addOption(reportOption);
    parser.addOption(sizeOption);
    parser.process(app);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size.constFirst().toInt(), size.constLast().toInt());
    }
    window.show();
    const QString path = parser.value(screenshotOption);
    if (parser.isSet(reportOption)) {
        FirstPaint::whenPainted(&window, [&window](qint64 paintedNs) {
            QTextStream(stdout) << QStringLiteral("{\"painted_ns\":%1,\"width\":%2,\"height\":%3}")
                                       .arg(paintedNs)
                                       .arg(window.width())
                                       .arg(window.height())
                                << Qt::endl;
            QApplication::exit(0);
        });
    } else if (!path.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, path] {
            window.repaint();
            QApplication::exit(window.grab().save(path, "PNG") ? 0 : 1);
        });
    }
    return QApplication::exec();
}
