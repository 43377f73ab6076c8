-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shared server holds against its own users (issue 13).
--
-- This runs as newsroom_owner, the NOLOGIN role that owns the schema, every table and
-- every function (Migrations::apply sets the role and hands it whatever an earlier setup
-- left to another owner). Nobody signs in as it: the login that runs `newsroom init` is a
-- member. The owner passes the policies (no FORCE: an owner can switch them off anyway,
-- so FORCE only ever got in the way of the program's own checked functions and of
-- `init --demo` and `restore`); every staff login is subject to them.

-- Checked functions run as the owner, so they read only what they name: the catalogue
-- first, then the newsroom's schema, the session's temporary schema last and every name
-- qualified, so that a colleague's `CREATE TEMP TABLE people (...)` is never read.
CREATE OR REPLACE FUNCTION public.newsroom_person() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT p.id FROM public.people p WHERE p.login = session_user
$$;

CREATE OR REPLACE FUNCTION public.newsroom_is_editor() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT p.role IN ('editor', 'admin') FROM public.people p
                     WHERE p.login = session_user), false)
$$;

CREATE OR REPLACE FUNCTION public.newsroom_may_write(story BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT public.newsroom_is_editor() OR EXISTS (
        SELECT FROM public.articles a
        WHERE a.id = story
          AND a.status IN ('draft', 'submitted', 'changes_requested')
          AND (a.created_by = public.newsroom_person()
               OR EXISTS (SELECT FROM public.bylines b WHERE b.article_id = a.id AND b.kind = 'text'
                          AND b.person_id = public.newsroom_person())))
$$;

-- Whether this session is the newsroom's owner (the setup login, or a superuser): it
-- imports, restores and migrates, and stands outside the staff rules. By the login, so
-- that it says the same inside a checked function, which runs as the owner.
CREATE FUNCTION public.newsroom_is_owner() RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'newsroom_owner', 'USAGE')
$$;

CREATE OR REPLACE FUNCTION public.newsroom_notify() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    story BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'articles' THEN
        story := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
        story := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END;
    END IF;
    PERFORM pg_catalog.pg_notify(TG_ARGV[0], story::TEXT);
    RETURN NULL;
END
$$;

ALTER TABLE public.articles NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.bylines NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.article_photos NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.article_tags NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.article_search NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.revisions NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.workflow_events NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.comments NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.edit_locks NO FORCE ROW LEVEL SECURITY;

-- A reporter edits what the window lets a reporter edit: the text, section, tags, photos
-- and bylines of a story of theirs. The schedule, the publication time, the embargo, who
-- started it, and the revision count (which moves by one a save) are the desk's. Whoever
-- saves is named as the one who saved, editors included.
CREATE FUNCTION public.newsroom_guard_story() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me BIGINT := public.newsroom_person();
BEGIN
    IF public.newsroom_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.created_by IS DISTINCT FROM me OR NEW.updated_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'a new story is started in the name of the one who starts it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.revision <> 1 THEN
            RAISE EXCEPTION 'a new story starts at revision 1' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT public.newsroom_is_editor()
           AND (NEW.published_at IS NOT NULL OR NEW.scheduled_at IS NOT NULL OR NEW.embargo_until IS NOT NULL) THEN
            RAISE EXCEPTION 'only editors set a publication time, a schedule or an embargo'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.updated_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'a save is recorded in the name of the one who saves' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The policies judge a statement by the story as it was when the statement began; a
    -- statement that waits (on a lock, or on purpose) could so change a story an editor
    -- has published meanwhile. OLD is the story as it is now, and the bylines are read
    -- afresh: it must still be the reporter's to write.
    IF NOT public.newsroom_is_editor()
       AND NOT (OLD.status IN ('draft', 'submitted', 'changes_requested')
                AND (OLD.created_by = me
                     OR EXISTS (SELECT FROM public.bylines b WHERE b.article_id = OLD.id AND b.kind = 'text'
                                AND b.person_id = me))) THEN
        RAISE EXCEPTION 'story % is no longer this reporter''s to change (it is %)', OLD.id, OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.revision <> OLD.revision + 1 THEN
        RAISE EXCEPTION 'each save adds one revision (story %, revision %)', OLD.id, OLD.revision
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.updated_at > (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT + 86400000 THEN
        RAISE EXCEPTION 'a story cannot be saved in the future' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'who started a story, and when, stays as it was' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT public.newsroom_is_editor()
       AND (NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.scheduled_at IS DISTINCT FROM OLD.scheduled_at
            OR NEW.embargo_until IS DISTINCT FROM OLD.embargo_until) THEN
        RAISE EXCEPTION 'only editors change the publication time, the schedule or the embargo'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_guard BEFORE INSERT OR UPDATE ON public.articles
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story();

-- History is written by the database, never by hand. A change of status records itself,
-- in the name of the session's person, at the server's time, and so does a step that
-- keeps the status (a correction, a new schedule) when the program announces it in the
-- transaction's `newsroom.step` setting. The program says why through `newsroom.step_note`;
-- both settings are used up by the event they describe. Whoever sets them by hand records
-- only a step of their own, on a story they may change.
CREATE FUNCTION public.newsroom_record_step() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF OLD.status IS DISTINCT FROM NEW.status
       OR coalesce(pg_catalog.current_setting('newsroom.step', true), '') <> '' THEN
        INSERT INTO public.workflow_events (article_id, from_status, to_status, person_id, created_at, note)
        VALUES (NEW.id, OLD.status, NEW.status, public.newsroom_person(),
                (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT,
                coalesce(pg_catalog.current_setting('newsroom.step_note', true), ''));
        PERFORM pg_catalog.set_config('newsroom.step', '', true), pg_catalog.set_config('newsroom.step_note', '', true);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_record_step AFTER UPDATE ON public.articles
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_record_step();

DROP POLICY workflow_events_editors ON public.workflow_events;
DROP POLICY workflow_events_reporter ON public.workflow_events;
REVOKE INSERT, UPDATE, DELETE ON public.workflow_events FROM newsroom_reporter, newsroom_editor, newsroom_admin;

-- A revision is added by whoever saved the story, for the revision the story is at now;
-- nobody edits or deletes one.
DROP POLICY revisions_editors ON public.revisions;
DROP POLICY revisions_reporter ON public.revisions;
CREATE POLICY revisions_add ON public.revisions FOR INSERT
    WITH CHECK (author_id = public.newsroom_person()
                AND revision = (SELECT a.revision FROM public.articles a WHERE a.id = article_id)
                AND public.newsroom_may_write(article_id));
REVOKE UPDATE, DELETE ON public.revisions FROM newsroom_reporter, newsroom_editor, newsroom_admin;

-- Comments: each person's own, in their own name; editors moderate (edit or remove) any.
DROP POLICY comments_editors ON public.comments;
CREATE POLICY comments_moderate ON public.comments FOR UPDATE USING (public.newsroom_is_editor())
    WITH CHECK (public.newsroom_is_editor());
CREATE POLICY comments_remove ON public.comments FOR DELETE USING (public.newsroom_is_editor());

-- A story's parts (bylines, photos, tags, search text, revisions) change only while the
-- story is the reporter's to write, judged as it is now: the parent row is locked for
-- share, which waits for an editor's publication in flight and then reads its outcome.
-- Who may write (creator or byline) stays with the policies, which judge a whole save
-- by the story as it began, so that a save that moves a reporter's own byline keeps her
-- right to finish it.
CREATE FUNCTION public.newsroom_guard_story_part() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    stories BIGINT[] := '{}';
    story BIGINT;
    state TEXT;
BEGIN
    IF public.newsroom_is_owner() OR public.newsroom_is_editor() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        stories := stories || OLD.article_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        stories := stories || NEW.article_id;
    END IF;
    FOREACH story IN ARRAY stories LOOP
        SELECT a.status INTO state FROM public.articles a WHERE a.id = story FOR SHARE;
        IF FOUND AND state NOT IN ('draft', 'submitted', 'changes_requested') THEN
            RAISE EXCEPTION 'story % is % now: only editors change it', story, state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER bylines_guard BEFORE INSERT OR UPDATE OR DELETE ON public.bylines
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story_part();
CREATE TRIGGER article_photos_guard BEFORE INSERT OR UPDATE OR DELETE ON public.article_photos
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story_part();
CREATE TRIGGER article_tags_guard BEFORE INSERT OR UPDATE OR DELETE ON public.article_tags
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story_part();
CREATE TRIGGER article_search_guard BEFORE INSERT OR UPDATE OR DELETE ON public.article_search
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story_part();
CREATE TRIGGER revisions_guard BEFORE INSERT ON public.revisions
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_story_part();

-- A photo is stored under the SHA-256 of its bytes, and found again by it: bytes that
-- are not what their hash says would put a colleague's chosen picture under someone
-- else's photo.
ALTER TABLE public.photos ADD CONSTRAINT photos_bytes_match_hash
    CHECK (sha256 = pg_catalog.encode(pg_catalog.sha256(bytes), 'hex'));

-- Ids are the database's to give: a login that takes the next ones in advance would stop
-- every desk from adding stories. (A restore copies ids with OVERRIDING SYSTEM VALUE.)
ALTER TABLE public.people ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.categories ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.tags ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.articles ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.photos ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.revisions ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.workflow_events ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE public.comments ALTER COLUMN id SET GENERATED ALWAYS;

-- Stories are never deleted by staff: that would take their history with them.
REVOKE DELETE ON public.articles FROM newsroom_reporter, newsroom_editor, newsroom_admin;

-- Small things said in someone's name stay in the name of whoever said them: a comment
-- keeps its author, story and time when edited (an editor moderating included), a word
-- for the dictionary is recorded as added by whoever adds it, and an edit lease names its holder as
-- the staff list does and lasts at most ten minutes without renewal.
CREATE FUNCTION public.newsroom_guard_signed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me BIGINT := public.newsroom_person();
    server_now BIGINT := (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT;
BEGIN
    IF public.newsroom_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'comments' THEN
        IF TG_OP = 'UPDATE' AND (NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.article_id <> OLD.article_id
                                 OR NEW.created_at <> OLD.created_at OR NEW.parent_id IS DISTINCT FROM OLD.parent_id) THEN
            RAISE EXCEPTION 'a comment keeps its author, story and time' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' AND NEW.author_id IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'a comment is written in one''s own name' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF TG_TABLE_NAME = 'dictionary_words' THEN
        NEW.added_by := me; -- whatever the program said, or did not
    ELSIF TG_TABLE_NAME = 'edit_locks' THEN
        IF NEW.holder IS DISTINCT FROM (SELECT p.name FROM public.people p WHERE p.id = NEW.person_id) THEN
            RAISE EXCEPTION 'an edit lease names its holder as the staff list does'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.expires_at > server_now + 600000 THEN
            RAISE EXCEPTION 'an edit lease lasts at most ten minutes without renewal'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER comments_signed BEFORE INSERT OR UPDATE ON public.comments
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_signed();
CREATE TRIGGER dictionary_words_signed BEFORE INSERT OR UPDATE ON public.dictionary_words
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_signed();
CREATE TRIGGER edit_locks_signed BEFORE INSERT OR UPDATE ON public.edit_locks
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_signed();

-- The checked functions are for the newsroom's groups only; functions made later too.
REVOKE ALL ON FUNCTION public.newsroom_person(), public.newsroom_is_editor(), public.newsroom_may_write(BIGINT),
    public.newsroom_is_owner(), public.newsroom_notify(), public.newsroom_guard_story(),
    public.newsroom_record_step(), public.newsroom_guard_story_part(), public.newsroom_guard_signed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.newsroom_person(), public.newsroom_is_editor(), public.newsroom_may_write(BIGINT),
    public.newsroom_is_owner() TO newsroom_reporter, newsroom_editor, newsroom_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE newsroom_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- (That nobody else may create in the schema, nor make temporary tables, is seen to by
-- ServerOwner::prepare, as the login that owns the database: see serverowner.cpp.)
