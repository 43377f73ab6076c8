// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPalette;

namespace Newsroom {

// Kate's Markdown highlighting for a story body, in a theme that follows the light or
// dark palette. One per document; spelling marks will join it here rather than in a
// second highlighter, since two highlighters on one document overwrite each other.
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

    void followPalette(const QPalette &palette);
};

} // namespace Newsroom
