-- SPDX-License-Identifier: GPL-3.0-or-later
-- The newsroom's first schema, SQLite. Times are milliseconds since the epoch, UTC.
-- postgresql/0001_initial.sql is the same schema for a shared server: change both together.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
    login TEXT UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE RESTRICT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    slug TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*'),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX categories_parent_slug ON categories (coalesce(parent_id, 0), slug);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*')
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    headline TEXT NOT NULL DEFAULT '',
    kicker TEXT NOT NULL DEFAULT '',
    lead TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    dateline TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories (id) ON DELETE RESTRICT,
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*'),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved',
                                           'scheduled', 'published', 'unpublished')),
    language TEXT NOT NULL DEFAULT 'ru',
    seo_title TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    scheduled_at BIGINT,
    published_at BIGINT,
    revision INTEGER NOT NULL CHECK (revision > 0),
    created_by INTEGER REFERENCES people (id),
    updated_by INTEGER REFERENCES people (id)
);
CREATE INDEX articles_updated ON articles (updated_at DESC, id DESC);
CREATE INDEX articles_status_updated ON articles (status, updated_at DESC, id DESC);
CREATE INDEX articles_published ON articles (published_at DESC, id DESC);
CREATE INDEX articles_category_updated ON articles (category_id, updated_at DESC, id DESC);

CREATE TABLE bylines (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'photo')),
    position INTEGER NOT NULL,
    person_id INTEGER REFERENCES people (id),
    guest_name TEXT,
    CHECK ((person_id IS NULL) <> (guest_name IS NULL)),
    PRIMARY KEY (article_id, kind, position)
);
CREATE INDEX bylines_person ON bylines (person_id, article_id);

-- Photo bytes are kept once, addressed by their SHA-256.
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    bytes BLOB NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    created_at BIGINT NOT NULL
);

CREATE TABLE article_photos (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    photo_id INTEGER NOT NULL REFERENCES photos (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('lead', 'inline', 'gallery')),
    caption TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    alt_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_photos_photo ON article_photos (photo_id);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

-- Every save: a full snapshot (fields, bylines, photo links, tags) as JSON.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    author_id INTEGER REFERENCES people (id),
    created_at BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, revision)
);

CREATE TABLE workflow_events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    person_id INTEGER REFERENCES people (id),
    created_at BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX workflow_events_article ON workflow_events (article_id, created_at);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES people (id),
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX comments_article ON comments (article_id, created_at);

CREATE TABLE site_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text index of stemmed words (see storage/textsearch.h): headline, lead, body, and
-- bylines with photo captions and credits. Contentless: the text itself stays in articles.
CREATE VIRTUAL TABLE article_search USING fts5 (
    headline, lead, body, extra,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
