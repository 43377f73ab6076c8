-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kazakh stories are searched by their Kazakh stems (issue 19): the program re-indexes
-- every Kazakh story in this migration's transaction (Migrations' code step for
-- "kazakh_search"), and a search may be kept to one language.
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
