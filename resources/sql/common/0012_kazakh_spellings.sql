-- Names of Kazakhstan in the other language's spelling: a surname written in Russian
-- ("Нуркенова", 0007) is "Нұркенова" in Kazakh, a patronymic written in Kazakh
-- ("Қайратқызы") is "Кайраткызы" in Russian. Translations between the two meet both.
-- Known with their case endings, as in 0007. One file for both engines.

INSERT INTO dictionary_words (word, exact, added_at) VALUES
    ('Нұркенов', 0, 0),
    ('Нұркенова', 0, 0),
    ('Кайраткызы', 0, 0),
    ('Кайратұлы', 0, 0),
    ('Қайратұлы', 0, 0)
ON CONFLICT (word) DO NOTHING;
