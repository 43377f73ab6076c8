// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPalette;

namespace Newsroom {

class SpellChecker;

// Kate's Markdown highlighting for a story body, in a theme that follows the light or
// dark palette, with misspelled words underlined on top. One per document: two
// highlighters on one document overwrite each other's formats.
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    // Loads what highlighting needs (the syntax repository, Markdown's definition), so
    // that the first story opened does not wait for it.
    static void prepare();

    void followPalette(const QPalette &palette);
    // Underlines what `checker` finds misspelled from the next highlighting on; nullptr
    // for none. Not owned.
    void setSpellChecker(const SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker *m_spelling = nullptr;
};

} // namespace Newsroom
