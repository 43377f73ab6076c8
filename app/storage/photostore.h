// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QByteArray>

namespace Newsroom {

class Database;

// Photo bytes, kept once per SHA-256 however many stories use them.
class PhotoStore
{
public:
    explicit PhotoStore(Database &database);

    // Stores JPEG, PNG or WebP bytes (told apart by content, not name) and returns the
    // photo as a story would use it, with no caption yet. The same bytes twice are one photo.
    Expected<ArticlePhoto> store(const QByteArray &bytes, const QString &fileName);
    Expected<QByteArray> bytes(qint64 photoId) const;
    Expected<QByteArray> bytes(const QString &sha256) const;

private:
    Database &m_db;
};

} // namespace Newsroom
