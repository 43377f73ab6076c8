-- SPDX-License-Identifier: GPL-3.0-or-later
-- Nothing changes on SQLite: FTS5 already hands out matches by rowid, newest first on
-- request. The step exists so both engines count their schema the same way.
SELECT 1;
