-- SPDX-License-Identifier: GPL-3.0-or-later
-- Small pictures for the story list (issue 15): drawing a row never decodes an original.
-- One person works on a local file, so one maker (''); the shared server keeps one per
-- login (postgresql/0006_photo_thumbnails.sql).
CREATE TABLE photo_thumbnails (
    photo_id INTEGER NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    made_by TEXT NOT NULL DEFAULT '',
    bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 65536),
    PRIMARY KEY (photo_id, made_by)
);
