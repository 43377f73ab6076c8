-- SPDX-License-Identifier: GPL-3.0-or-later
-- The trash (issue 17): a story moved there keeps its state, its history and its text,
-- and leaves every list, search and export until it is restored; thirty days on, an
-- admin may purge it. A published or scheduled story is taken off the site first: that
-- holds for every login, the owner's included.
ALTER TABLE public.articles ADD COLUMN trashed_at BIGINT;
ALTER TABLE public.articles ADD CONSTRAINT articles_trash_off_site
    CHECK (trashed_at IS NULL OR status NOT IN ('published', 'scheduled'));
CREATE INDEX articles_trashed ON public.articles (trashed_at) WHERE trashed_at IS NOT NULL;

-- Who may move a story to the trash is who may write it (the policies, as for a save):
-- a reporter her own draft, submitted or returned story, an editor any. What a login
-- cannot choose: when (the server's clock, so that nobody dates a story into the purge),
-- and to change a story while it lies there (restore it first).
CREATE FUNCTION public.newsroom_guard_trash() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.newsroom_is_owner() THEN
        RETURN NEW;
    END IF;
    IF OLD.trashed_at IS NOT NULL AND NEW.trashed_at IS NOT NULL THEN
        RAISE EXCEPTION 'story % is in the trash: restore it to change it', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.trashed_at IS NULL AND NEW.trashed_at IS NOT NULL THEN
        NEW.trashed_at := (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_guard_trash BEFORE UPDATE ON public.articles
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_trash();
REVOKE ALL ON FUNCTION public.newsroom_guard_trash() FROM PUBLIC;

-- A move to the trash and back is a step in the story's history, however it was made:
-- the program says why (newsroom.step_note); a bare UPDATE is recorded all the same.
CREATE OR REPLACE FUNCTION public.newsroom_record_step() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    moved BOOLEAN := OLD.trashed_at IS DISTINCT FROM NEW.trashed_at;
    note TEXT := coalesce(pg_catalog.current_setting('newsroom.step_note', true), '');
BEGIN
    IF OLD.status IS DISTINCT FROM NEW.status OR moved
       OR coalesce(pg_catalog.current_setting('newsroom.step', true), '') <> '' THEN
        IF moved AND note = '' THEN
            note := CASE WHEN NEW.trashed_at IS NULL THEN 'Restored from the trash' ELSE 'Moved to the trash' END;
        END IF;
        INSERT INTO public.workflow_events (article_id, from_status, to_status, person_id, created_at, note)
        VALUES (NEW.id, OLD.status, NEW.status, public.newsroom_person(),
                (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT, note);
        PERFORM pg_catalog.set_config('newsroom.step', '', true), pg_catalog.set_config('newsroom.step_note', '', true);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION public.newsroom_record_step() FROM PUBLIC;

-- Stories are still never deleted by staff, with one exception: an admin purges what has
-- lain in the trash for thirty days. (The restrictive policy binds whatever else allows.)
GRANT DELETE ON public.articles TO newsroom_admin;
CREATE POLICY articles_purge_only_old_trash ON public.articles AS RESTRICTIVE FOR DELETE
    USING (trashed_at IS NOT NULL
           AND trashed_at < (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::BIGINT - 30 * 86400000::BIGINT
           AND EXISTS (SELECT FROM public.people p WHERE p.login = session_user AND p.role = 'admin'));
