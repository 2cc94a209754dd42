#include "ComposerEditor.h"

#include "content/HtmlSanitizer.h"

#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>
#include <QTextList>
#include <QUrl>

ComposerEditor::ComposerEditor(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    document()->setBaseUrl(QUrl());
}

QVariant ComposerEditor::loadResource(int, const QUrl &)
{
    return {}; // never a file, never the network
}

void ComposerEditor::toggleBold()
{
    setFontWeight(fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
}

void ComposerEditor::toggleItalic()
{
    setFontItalic(!fontItalic());
}

void ComposerEditor::toggleUnderline()
{
    setFontUnderline(!fontUnderline());
}

void ComposerEditor::toggleList()
{
    QTextCursor cursor = textCursor();
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    else
        cursor.createList(QTextListFormat::ListDisc);
}

void ComposerEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Bold)) {
        toggleBold();
        return;
    }
    if (event->matches(QKeySequence::Italic)) {
        toggleItalic();
        return;
    }
    if (event->matches(QKeySequence::Underline)) {
        toggleUnderline();
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        emit sendRequested();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool ComposerEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void ComposerEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull())
            emit imagePasted(image);
        return;
    }
    if (source->hasUrls()) {
        QStringList files;
        for (const QUrl &url : source->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
        if (!files.isEmpty()) {
            emit filesDropped(files);
            return;
        }
    }
    if (source->hasHtml()) {
        insertHtml(HtmlSanitizer::sanitize(source->html()).html);
        return;
    }
    insertPlainText(source->text());
}
