-- SPDX-License-Identifier: GPL-3.0-or-later
-- A section's name in the site's other languages (issue 19): "Новости" is "Жаңалықтар"
-- on the Kazakh pages, "News" on the English ones. Its address stays one; a language
-- without a name of its own shows the section's name. Read by everyone, changed by
-- admins, as the sections themselves; every window hears of a change, as of theirs.
CREATE TABLE public.category_names (
    category_id BIGINT NOT NULL REFERENCES public.categories (id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (category_id, language)
);
GRANT SELECT ON public.category_names TO newsroom_reporter, newsroom_editor, newsroom_admin;
GRANT INSERT, UPDATE, DELETE ON public.category_names TO newsroom_admin;
CREATE TRIGGER category_names_notify AFTER INSERT OR UPDATE OR DELETE ON public.category_names
    FOR EACH STATEMENT EXECUTE FUNCTION public.newsroom_notify_sections();
