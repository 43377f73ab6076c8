// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

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

void MarkdownHighlighter::followPalette(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
    rehighlight();
}

} // namespace Newsroom
