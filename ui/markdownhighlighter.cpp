// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include "text/spellchecker.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Newsroom {

namespace {

// Loading the definitions reads hundreds of files: once per process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository shared;
    return shared;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
}

void MarkdownHighlighter::prepare()
{
    QTextDocument scratch(QStringLiteral("# Заголовок\n\n*Текст* и **текст**."));
    MarkdownHighlighter highlighter(&scratch);
    highlighter.followPalette(QPalette());
}

void MarkdownHighlighter::followPalette(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
    rehighlight();
}

void MarkdownHighlighter::setSpellChecker(const SpellChecker *checker)
{
    m_spelling = checker; // shown at the next highlighting
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (!m_spelling)
        return;
    for (const SpellChecker::Range &range : m_spelling->misspellings(text)) {
        // Over the Markdown colours, run by run of one format.
        const int end = int(range.start + range.length);
        for (int i = int(range.start); i < end;) {
            const QTextCharFormat base = format(i);
            int next = i + 1;
            while (next < end && format(next) == base)
                ++next;
            QTextCharFormat marked = base;
            marked.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            marked.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
            setFormat(i, next - i, marked);
            i = next;
        }
    }
}

} // namespace Newsroom
