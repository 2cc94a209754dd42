// deskhand-bench SUBCOMMAND --url U --api-key K --admin-key A --work DIR --large-home DIR [--quick]
// One repetition of one benchmark; figures as JSON lines on stdout. `./run bench` drives it.

#include "BenchContext.h"
#include "Benchmarks.h"

#include <QApplication>
#include <QCoroTask>
#include <QTextStream>

#include <functional>
#include <map>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Deskhand"));
    QApplication::setOrganizationName(QStringLiteral("Deskhand"));
    const std::map<QString, std::function<QCoro::Task<int>(BenchContext)>> commands{
        {QStringLiteral("prepare-large"), Benchmarks::prepareLarge},
        {QStringLiteral("sync"), Benchmarks::sync},
        {QStringLiteral("outbox"), Benchmarks::outbox},
        {QStringLiteral("search"), Benchmarks::search},
        {QStringLiteral("start"), Benchmarks::start},
        {QStringLiteral("stall"), Benchmarks::stall},
        {QStringLiteral("scroll"), Benchmarks::scroll},
    };
    QStringList arguments = QApplication::arguments().mid(1);
    const auto command = arguments.isEmpty() ? commands.end() : commands.find(arguments.takeFirst());
    BenchContext context;
    QString error;
    if (command == commands.end() || !context.parse(arguments, &error)) {
        QTextStream(stderr) << "usage: deskhand-bench prepare-large|sync|outbox|search|start|stall|scroll "
                               "--url U --api-key K --admin-key A --work DIR --large-home DIR [--quick]\n"
                            << error << '\n';
        return 2;
    }
    QCoro::Task<int> task = command->second(context);
    return QCoro::waitFor(task);
}
