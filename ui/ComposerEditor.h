#pragma once

#include <QTextEdit>

// The composer's text area: rich text the agent types, with what must not come in through the
// clipboard kept out. Pasted or dropped images and files become attachments (imagePasted,
// filesDropped) rather than inline objects; pasted HTML goes through HtmlSanitizer first; the
// editor loads no resource at all. Ctrl+Enter asks to send.
class ComposerEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit ComposerEditor(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    // Formatting, from the composer's buttons and from the usual keys (Ctrl+B, Ctrl+I, Ctrl+U).
    void toggleBold();
    void toggleItalic();
    void toggleUnderline();
    void toggleList();

signals:
    void sendRequested();
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
