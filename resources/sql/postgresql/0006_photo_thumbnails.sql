-- SPDX-License-Identifier: GPL-3.0-or-later
-- Small pictures for the story list (issue 15), so that drawing a row never fetches a
-- photo's original over the network nor decodes it on the screen's thread.
--
-- A thumbnail is made by the desk that shows it, from bytes whose hash the server has
-- checked (photos_bytes_match_hash), and it is read back only by the login that made it.
-- The server cannot check that a thumbnail is a picture of its photo, so a thumbnail
-- made by one login is never shown to another: nobody can put a picture of their choice
-- beside a colleague's story in the colleague's list.
CREATE TABLE public.photo_thumbnails (
    photo_id BIGINT NOT NULL REFERENCES public.photos (id) ON DELETE CASCADE,
    made_by TEXT NOT NULL DEFAULT session_user,
    bytes BYTEA NOT NULL CHECK (pg_catalog.octet_length(bytes) BETWEEN 1 AND 65536),
    PRIMARY KEY (photo_id, made_by)
);

ALTER TABLE public.photo_thumbnails ENABLE ROW LEVEL SECURITY;
CREATE POLICY photo_thumbnails_own_read ON public.photo_thumbnails FOR SELECT USING (made_by = session_user);
CREATE POLICY photo_thumbnails_own_add ON public.photo_thumbnails FOR INSERT WITH CHECK (made_by = session_user);
-- Made once, never changed: a damaged one is made again by deleting it first.
CREATE POLICY photo_thumbnails_own_remove ON public.photo_thumbnails FOR DELETE USING (made_by = session_user);
GRANT SELECT, INSERT, DELETE ON public.photo_thumbnails TO newsroom_reporter, newsroom_editor, newsroom_admin;
