-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sections changed (issue 17): every window on the server reads its section lists again
-- (the editor's Section field, the sidebar), as stories and locks already arrive. Once a
-- statement, whatever it changed; the payload says nothing a colleague may not read.
CREATE FUNCTION public.newsroom_notify_sections() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('newsroom_sections', '0');
    RETURN NULL;
END
$$;

CREATE TRIGGER categories_notify AFTER INSERT OR UPDATE OR DELETE ON public.categories
    FOR EACH STATEMENT EXECUTE FUNCTION public.newsroom_notify_sections();
