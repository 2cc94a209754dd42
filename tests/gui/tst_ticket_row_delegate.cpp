// TicketRowDelegate: the ticket table's cells look exactly as QStyledItemDelegate paints them,
// in every state a cell of the table takes, with the text laid out once.

#include "TicketRowDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

struct Cell
{
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QStyle::State state = QStyle::State_Enabled | QStyle::State_Active;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    int width = 200;
};

} // namespace

Q_DECLARE_METATYPE(Cell)

class TicketRowDelegateTest : public QObject
{
    Q_OBJECT

private:
    // The cell painted by `delegate` as the ticket table would paint it.
    static QImage painted(QAbstractItemDelegate &delegate, QTableView &view, const Cell &cell)
    {
        auto *model = static_cast<QStandardItemModel *>(view.model());
        model->setItem(0, 0, new QStandardItem(cell.text));
        model->setData(model->index(0, 0), int(cell.alignment), Qt::TextAlignmentRole);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.state = cell.state;
        option.direction = cell.direction;
        option.textElideMode = Qt::ElideRight;
        option.rect = QRect(0, 0, cell.width, view.fontMetrics().height() + 8);
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model->index(0, 0));
        painter.end();
        return image;
    }

    // How many pixels differ.
    static int differences(const QImage &a, const QImage &b)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                count += a.pixel(x, y) != b.pixel(x, y);
        return count;
    }

private slots:
    void cellsLookAsTheStylePaintsThem_data()
    {
        QTest::addColumn<Cell>("cell");
        const auto on = QStyle::State_Enabled | QStyle::State_Active;
        QTest::newRow("plain") << Cell{QStringLiteral("ZJGD-2723-PTNO")};
        QTest::newRow("accents") << Cell{QStringLiteral("Réclamation : service très décevant")};
        QTest::newRow("selected") << Cell{
            QStringLiteral("Invoice 258162 charged twice"), {}, on | QStyle::State_Selected};
        QTest::newRow("selected, window inactive") << Cell{QStringLiteral("Invoice 258162 charged twice"),
                                                           {},
                                                           QStyle::State_Enabled | QStyle::State_Selected};
        QTest::newRow("disabled") << Cell{QStringLiteral("Payment by bank transfer"), {}, QStyle::State_None};
        QTest::newRow("elided") << Cell{
            QStringLiteral("Bloqué après activation de la double authentification, encore une fois"),
            Qt::AlignLeft | Qt::AlignVCenter, on, Qt::LeftToRight, 150};
        QTest::newRow("right aligned") << Cell{QStringLiteral("120"), Qt::AlignRight | Qt::AlignVCenter, on};
        QTest::newRow("right to left") << Cell{QStringLiteral("Kündigung zum Vertragsende"),
                                               Qt::AlignLeft | Qt::AlignVCenter, on, Qt::RightToLeft};
        QTest::newRow("empty") << Cell{QString()};
        QTest::newRow("two lines") << Cell{QStringLiteral("Order 232622\nstill not delivered")};
    }

    void cellsLookAsTheStylePaintsThem()
    {
        QFETCH(Cell, cell);
        QTableView view;
        QStandardItemModel model(1, 1);
        view.setModel(&model);
        QStyledItemDelegate styled;
        TicketRowDelegate lean;
        const QImage expected = painted(styled, view, cell);
        const QImage actual = painted(lean, view, cell);
        QCOMPARE(differences(actual, expected), 0);
        // Not a blank cell that matches a blank cell: text was drawn.
        if (!cell.text.isEmpty()) {
            QImage blank(expected.size(), expected.format());
            blank.fill(Qt::white);
            QVERIFY(differences(actual, blank) > 20);
        }
    }

    void theFocusFrameIconsAndLineBreaksAreLeftToTheStyle()
    {
        QStyleOptionViewItem option;
        option.state = QStyle::State_Enabled | QStyle::State_HasFocus;
        QVERIFY(!TicketRowDelegate::paintsItself(option));
        option.state = QStyle::State_Enabled;
        QVERIFY(TicketRowDelegate::paintsItself(option));
        option.text =
            QStringLiteral("Order 232622") + QChar::LineSeparator + QStringLiteral("still not delivered");
        QVERIFY(!TicketRowDelegate::paintsItself(option));
        option.text.clear();
        option.features = QStyleOptionViewItem::HasDecoration;
        QVERIFY(!TicketRowDelegate::paintsItself(option));
    }
};

QTEST_MAIN(TicketRowDelegateTest)
#include "tst_ticket_row_delegate.moc"
