-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who is editing a story now: one lease per story, held by one window (its session),
-- renewed while the editor is open and worthless once expired. Times are the
-- database's clock, never a desk's, so a wrong clock on one computer cannot make a
-- lock lie.
CREATE TABLE edit_locks (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES people(id),
    holder      TEXT NOT NULL,
    session     TEXT NOT NULL,
    acquired_at INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    taken_from  TEXT -- the holder an editor took it over from, for the window that lost it
);
