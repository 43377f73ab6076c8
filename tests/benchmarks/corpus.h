// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Newsroom::Bench {

// A deterministic archive of realistic Russian news stories for benchmarks: the same
// seed always gives the same files. Headlines, leads and bodies are built from a
// vocabulary of inflected phrases, so word forms vary as in real copy.
class Corpus
{
public:
    explicit Corpus(quint32 seed = 20261125);

    // Story number `index` as a Markdown file with front matter.
    QByteArray story(int index) const;

    // Twenty queries of one and two words, from common to rare.
    static QStringList queries();

private:
    quint32 m_seed;
};

} // namespace Newsroom::Bench
