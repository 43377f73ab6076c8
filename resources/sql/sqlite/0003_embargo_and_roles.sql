-- SPDX-License-Identifier: GPL-3.0-or-later
-- An embargo, separate from the schedule: export leaves a story out until it has passed.
-- (On PostgreSQL this migration also makes the database enforce the roles; a local
-- SQLite file is one person's, and roles there are advisory.)
ALTER TABLE articles ADD COLUMN embargo_until BIGINT;
