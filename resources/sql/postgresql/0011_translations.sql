-- SPDX-License-Identifier: GPL-3.0-or-later
-- Translations (issue 19): a story made from another in another language, and which
-- revision of the original it is in step with (when it was made, or last reviewed). A
-- group is an original and its translations, one per language; a translation is never
-- itself translated, so every group has one original.
CREATE TABLE public.story_translations (
    article_id BIGINT PRIMARY KEY REFERENCES public.articles (id) ON DELETE CASCADE,
    original_id BIGINT NOT NULL REFERENCES public.articles (id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    original_revision INTEGER NOT NULL CHECK (original_revision >= 1),
    CHECK (article_id <> original_id),
    UNIQUE (original_id, language)
);
CREATE INDEX story_translations_original ON public.story_translations (original_id);

-- Everyone reads the links; whoever may write the translation may link it and mark it
-- in step, as for its other parts (tags, photos, bylines). Only editors unlink: a
-- translation taken out of its group would no longer be said to be behind its original.
ALTER TABLE public.story_translations ENABLE ROW LEVEL SECURITY;
CREATE POLICY story_translations_read ON public.story_translations FOR SELECT USING (true);
CREATE POLICY story_translations_link ON public.story_translations FOR INSERT
    WITH CHECK (public.newsroom_may_write(article_id));
CREATE POLICY story_translations_in_step ON public.story_translations FOR UPDATE
    USING (public.newsroom_may_write(article_id)) WITH CHECK (public.newsroom_may_write(article_id));
CREATE POLICY story_translations_unlink ON public.story_translations FOR DELETE
    USING (public.newsroom_is_editor());
GRANT SELECT, INSERT, UPDATE, DELETE ON public.story_translations
    TO newsroom_reporter, newsroom_editor, newsroom_admin;

-- What a link says must be true of the stories it links, for every writer (the owner
-- included): nobody is in step with a revision the original does not have yet (that
-- would hide every later change), a link keeps its stories, languages are the stories'.
-- SECURITY DEFINER so that it judges by the stories as they are, not as far as the
-- writer may see them (an embargoed original hidden by a policy would read as NULL and
-- pass every check); it reads only, and only the rows NEW names.
CREATE FUNCTION public.newsroom_guard_translation() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    original public.articles%ROWTYPE;
    translation_language TEXT;
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.article_id <> OLD.article_id OR NEW.original_id <> OLD.original_id
                             OR NEW.language <> OLD.language) THEN
        RAISE EXCEPTION 'a translation link keeps its stories; only the revision it is in step with changes'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO original FROM public.articles WHERE id = NEW.original_id;
    IF NOT FOUND OR NEW.original_revision > original.revision THEN
        RAISE EXCEPTION 'a translation cannot be in step with a revision the original does not have'
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT language INTO translation_language FROM public.articles WHERE id = NEW.article_id;
        IF NOT FOUND OR NEW.language IS DISTINCT FROM translation_language OR NEW.language = original.language THEN
            RAISE EXCEPTION 'a translation is in the language of its story, and not in its original''s'
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM public.story_translations WHERE article_id = NEW.original_id)
           OR EXISTS (SELECT 1 FROM public.story_translations WHERE original_id = NEW.article_id) THEN
            RAISE EXCEPTION 'a translation is made from an original, not from another translation'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER story_translations_guard BEFORE INSERT OR UPDATE ON public.story_translations
    FOR EACH ROW EXECUTE FUNCTION public.newsroom_guard_translation();
