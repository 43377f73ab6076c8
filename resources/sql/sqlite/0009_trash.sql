-- SPDX-License-Identifier: GPL-3.0-or-later
-- The trash (issue 17): a story moved there keeps its state, its history and its text,
-- and leaves every list, search and export until it is restored; thirty days on, an
-- admin may purge it. A published or scheduled story is taken off the site first.
ALTER TABLE articles ADD COLUMN trashed_at BIGINT
    CHECK (trashed_at IS NULL OR status NOT IN ('published', 'scheduled'));
CREATE INDEX articles_trashed ON articles (trashed_at) WHERE trashed_at IS NOT NULL;
