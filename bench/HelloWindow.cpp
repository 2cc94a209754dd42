// deskhand-bench-hello: the floor for start_vs_hello_window. A bare QMainWindow built like
// deskhand (same Qt, same build type) that writes a screenshot once painted and quits, as
// `deskhand --screenshot` does.

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Write a PNG and quit."), QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.process(app);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.show();
    const QString path = parser.value(screenshotOption);
    if (!path.isEmpty())
        QTimer::singleShot(0, &window, [&window, path] {
            window.repaint();
            QApplication::exit(window.grab().save(path, "PNG") ? 0 : 1);
        });
    return QApplication::exec();
}
