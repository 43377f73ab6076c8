-- SPDX-License-Identifier: GPL-3.0-or-later
-- An embargo, separate from the schedule: export leaves a story out until it has passed.
ALTER TABLE articles ADD COLUMN embargo_until BIGINT;

-- The database itself enforces who may do what, for every login, whatever program it
-- uses: a reporter connected with psql cannot publish, nor touch a colleague's story.
-- Each person signs in with their own login (people.login), a member of one of three
-- group roles; the app never connects as the tables' owner, and FORCE makes the
-- policies bind the owner too (only superusers, who set a newsroom up, pass by).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsroom_reporter') THEN
        CREATE ROLE newsroom_reporter NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsroom_editor') THEN
        CREATE ROLE newsroom_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsroom_admin') THEN
        CREATE ROLE newsroom_admin NOLOGIN;
    END IF;
END
$$;

-- Who the session is, read past the policies (SECURITY DEFINER), by login.
CREATE FUNCTION newsroom_person() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM people WHERE login = session_user
$$;
CREATE FUNCTION newsroom_is_editor() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT coalesce((SELECT role IN ('editor', 'admin') FROM people WHERE login = session_user), false)
$$;
-- A reporter may write a story of theirs (started by them, or with their text byline)
-- while it is a draft, submitted, or back with them for changes; editors any story.
CREATE FUNCTION newsroom_may_write(story BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$
    SELECT newsroom_is_editor() OR EXISTS (
        SELECT FROM articles a
        WHERE a.id = story
          AND a.status IN ('draft', 'submitted', 'changes_requested')
          AND (a.created_by = newsroom_person()
               OR EXISTS (SELECT FROM bylines b WHERE b.article_id = a.id AND b.kind = 'text'
                          AND b.person_id = newsroom_person())))
$$;

ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
ALTER TABLE articles FORCE ROW LEVEL SECURITY;
CREATE POLICY articles_read ON articles FOR SELECT USING (true);
CREATE POLICY articles_editors ON articles FOR ALL USING (newsroom_is_editor()) WITH CHECK (newsroom_is_editor());
CREATE POLICY articles_reporter_create ON articles FOR INSERT
    WITH CHECK (status IN ('draft', 'submitted') AND created_by = newsroom_person());
CREATE POLICY articles_reporter_edit ON articles FOR UPDATE
    USING (newsroom_may_write(id)) WITH CHECK (status IN ('draft', 'submitted'));

ALTER TABLE bylines ENABLE ROW LEVEL SECURITY;
ALTER TABLE bylines FORCE ROW LEVEL SECURITY;
CREATE POLICY bylines_read ON bylines FOR SELECT USING (true);
CREATE POLICY bylines_write ON bylines FOR ALL USING (newsroom_may_write(article_id))
    WITH CHECK (newsroom_may_write(article_id));

ALTER TABLE article_photos ENABLE ROW LEVEL SECURITY;
ALTER TABLE article_photos FORCE ROW LEVEL SECURITY;
CREATE POLICY article_photos_read ON article_photos FOR SELECT USING (true);
CREATE POLICY article_photos_write ON article_photos FOR ALL USING (newsroom_may_write(article_id))
    WITH CHECK (newsroom_may_write(article_id));

ALTER TABLE article_tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE article_tags FORCE ROW LEVEL SECURITY;
CREATE POLICY article_tags_read ON article_tags FOR SELECT USING (true);
CREATE POLICY article_tags_write ON article_tags FOR ALL USING (newsroom_may_write(article_id))
    WITH CHECK (newsroom_may_write(article_id));

ALTER TABLE article_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE article_search FORCE ROW LEVEL SECURITY;
CREATE POLICY article_search_read ON article_search FOR SELECT USING (true);
CREATE POLICY article_search_write ON article_search FOR ALL USING (newsroom_may_write(article_id))
    WITH CHECK (newsroom_may_write(article_id));

-- History is added to, never rewritten, except by editors.
ALTER TABLE revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY revisions_read ON revisions FOR SELECT USING (true);
CREATE POLICY revisions_editors ON revisions FOR ALL USING (newsroom_is_editor()) WITH CHECK (newsroom_is_editor());
CREATE POLICY revisions_reporter ON revisions FOR INSERT WITH CHECK (newsroom_may_write(article_id));

ALTER TABLE workflow_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_events FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_events_read ON workflow_events FOR SELECT USING (true);
CREATE POLICY workflow_events_editors ON workflow_events FOR ALL USING (newsroom_is_editor())
    WITH CHECK (newsroom_is_editor());
CREATE POLICY workflow_events_reporter ON workflow_events FOR INSERT
    WITH CHECK (newsroom_may_write(article_id) AND to_status IN ('draft', 'submitted'));

-- Comments: everyone writes their own; editors any.
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE comments FORCE ROW LEVEL SECURITY;
CREATE POLICY comments_read ON comments FOR SELECT USING (true);
CREATE POLICY comments_editors ON comments FOR ALL USING (newsroom_is_editor()) WITH CHECK (newsroom_is_editor());
CREATE POLICY comments_own ON comments FOR ALL USING (author_id = newsroom_person())
    WITH CHECK (author_id = newsroom_person());

-- What each group may touch at all; the policies above narrow it to rows.
GRANT USAGE ON SCHEMA public TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT INSERT, UPDATE, DELETE ON articles, bylines, article_photos, article_tags, article_search, revisions,
    workflow_events, comments TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT INSERT ON tags, photos, dictionary_words TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT UPDATE, DELETE ON tags, dictionary_words TO newsroom_editor, newsroom_admin;
GRANT INSERT, UPDATE, DELETE ON people, categories, site_settings TO newsroom_admin;
