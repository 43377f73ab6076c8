// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

namespace Newsroom {

// A full snapshot of a story as it was saved: fields, bylines, photo links and tags.
struct Revision
{
    qint64 id = 0;
    qint64 articleId = 0;
    int revision = 0;
    Article snapshot;
    qint64 authorId = 0; // 0: nobody signed in (a local newsroom, an import)
    QDateTime createdAt;
    QString note;
};

struct WorkflowEvent
{
    qint64 id = 0;
    qint64 articleId = 0;
    ArticleStatus from = ArticleStatus::Draft;
    ArticleStatus to = ArticleStatus::Draft;
    qint64 personId = 0;
    QDateTime at;
    QString note;
};

struct EditorialComment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0; // 0: starts a thread
    qint64 authorId = 0;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Newsroom
