-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who is editing a story now: one lease per story, held by one window (its session),
-- renewed while the editor is open and worthless once expired. Times are the server's
-- clock, never a desk's, so a wrong clock on one computer cannot make a lock lie.
CREATE TABLE edit_locks (
    article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    person_id   BIGINT REFERENCES people(id),
    holder      TEXT NOT NULL,
    session     TEXT NOT NULL,
    acquired_at BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    taken_from  TEXT -- the holder an editor took it over from, for the window that lost it
);

-- Anyone sees who edits what. A person takes a free or expired lock on a story they may
-- write and renews or drops their own; editors may take anyone's over.
ALTER TABLE edit_locks ENABLE ROW LEVEL SECURITY;
ALTER TABLE edit_locks FORCE ROW LEVEL SECURITY;
CREATE POLICY edit_locks_read ON edit_locks FOR SELECT USING (true);
CREATE POLICY edit_locks_take ON edit_locks FOR INSERT
    WITH CHECK (person_id = newsroom_person() AND newsroom_may_write(article_id));
CREATE POLICY edit_locks_hold ON edit_locks FOR UPDATE
    USING (person_id = newsroom_person() OR newsroom_is_editor()
           OR expires_at < (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT)
    WITH CHECK (person_id = newsroom_person() AND newsroom_may_write(article_id));
CREATE POLICY edit_locks_drop ON edit_locks FOR DELETE
    USING (person_id = newsroom_person() OR newsroom_is_editor());
GRANT SELECT, INSERT, UPDATE, DELETE ON edit_locks TO newsroom_reporter, newsroom_editor, newsroom_admin;

-- Live updates: every desk LISTENs, and learns within moments which story changed or
-- whose lock moved. The payload is the story's id only; each desk reads what its login
-- may see. A renewed lease (same holder) tells nobody anything, so it stays quiet.
CREATE FUNCTION newsroom_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    story BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'articles' THEN
        story := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
        story := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END;
    END IF;
    PERFORM pg_notify(TG_ARGV[0], story::TEXT);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION newsroom_notify('newsroom_articles');
CREATE TRIGGER comments_notify AFTER INSERT OR UPDATE OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION newsroom_notify('newsroom_comments');
CREATE TRIGGER edit_locks_notify AFTER INSERT OR DELETE ON edit_locks
    FOR EACH ROW EXECUTE FUNCTION newsroom_notify('newsroom_locks');
CREATE TRIGGER edit_locks_notify_holder AFTER UPDATE ON edit_locks
    FOR EACH ROW WHEN (OLD.session IS DISTINCT FROM NEW.session)
    EXECUTE FUNCTION newsroom_notify('newsroom_locks');
