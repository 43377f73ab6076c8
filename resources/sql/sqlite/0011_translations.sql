-- SPDX-License-Identifier: GPL-3.0-or-later
-- Translations (issue 19): a story made from another in another language, and which
-- revision of the original it is in step with (when it was made, or last reviewed). A
-- group is an original and its translations, one per language; a translation is never
-- itself translated, so every group has one original.
CREATE TABLE story_translations (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    original_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ru', 'kk', 'en')),
    original_revision INTEGER NOT NULL CHECK (original_revision >= 1),
    CHECK (article_id <> original_id),
    UNIQUE (original_id, language)
);
CREATE INDEX story_translations_original ON story_translations (original_id);

-- What a link says must be true of the stories it links: nobody is in step with a
-- revision the original does not have yet (that would hide every later change).
CREATE TRIGGER story_translations_insert BEFORE INSERT ON story_translations
BEGIN
    SELECT RAISE(ABORT, 'a translation cannot be in step with a revision the original does not have')
        WHERE NEW.original_revision > (SELECT revision FROM articles WHERE id = NEW.original_id);
    SELECT RAISE(ABORT, 'a translation is in the language of its story, and not in its original''s')
        WHERE NEW.language IS NOT (SELECT language FROM articles WHERE id = NEW.article_id)
           OR NEW.language IS (SELECT language FROM articles WHERE id = NEW.original_id);
    SELECT RAISE(ABORT, 'a translation is made from an original, not from another translation')
        WHERE EXISTS (SELECT 1 FROM story_translations WHERE article_id = NEW.original_id)
           OR EXISTS (SELECT 1 FROM story_translations WHERE original_id = NEW.article_id);
END;
CREATE TRIGGER story_translations_update BEFORE UPDATE ON story_translations
BEGIN
    SELECT RAISE(ABORT, 'a translation cannot be in step with a revision the original does not have')
        WHERE NEW.original_revision > (SELECT revision FROM articles WHERE id = NEW.original_id);
    SELECT RAISE(ABORT, 'a translation link keeps its stories; only the revision it is in step with changes')
        WHERE NEW.article_id <> OLD.article_id OR NEW.original_id <> OLD.original_id OR NEW.language <> OLD.language;
END;
