-- SPDX-License-Identifier: GPL-3.0-or-later
-- The newsroom's own words for the spelling checker: names, places, terms. Shared by
-- every desk, so a colleague adds «Жезказган» once for everybody. Words are kept as
-- typed; the checker compares them lower-cased with ё read as е.
CREATE TABLE dictionary_words (
    word TEXT PRIMARY KEY CHECK (length(word) BETWEEN 1 AND 100 AND word NOT LIKE '% %'),
    added_by BIGINT REFERENCES people (id) ON DELETE SET NULL,
    added_at BIGINT NOT NULL
);
