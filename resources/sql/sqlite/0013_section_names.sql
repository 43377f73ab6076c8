-- SPDX-License-Identifier: GPL-3.0-or-later
-- A section's name in the site's other languages (issue 19): "Новости" is "Жаңалықтар"
-- on the Kazakh pages, "News" on the English ones. Its address stays one; a language
-- without a name of its own shows the section's name.
CREATE TABLE category_names (
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (category_id, language)
);
