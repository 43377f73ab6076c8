// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/typography.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace Typography = Newsroom::Typography;

namespace {

// Tests write the no-break space as "~" for legibility.
QString nb(QString text)
{
    return text.replace(u'~', Typography::NoBreakSpace);
}

} // namespace

class TestTypography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void russian_data();
    void russian();
    void isIdempotent_data() { russian_data(); }
    void isIdempotent();
};

void TestTypography::russian_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("quotes") << u"Он сказал \"нет\"."_s << nb(u"Он~сказал «нет»."_s);
    QTest::newRow("nested quotes") << u"\"Мы назвали его \"Металлург\" в честь завода\", — говорит он."_s
                                   << nb(u"«Мы~назвали его „Металлург“ в~честь завода»,~— говорит он."_s);
    QTest::newRow("straight inside ёлочки") << u"«Клуб \"Шахматы\" открыт»"_s << u"«Клуб „Шахматы“ открыт»"_s;
    QTest::newRow("hyphen between spaces") << u"Темиртау - город металлургов"_s
                                           << nb(u"Темиртау~— город металлургов"_s);
    QTest::newRow("en dash between spaces") << u"2026 – год"_s << nb(u"2026~— год"_s);
    QTest::newRow("hyphen in a word stays") << u"из-за кое-как"_s << nb(u"из-за кое-как"_s);
    QTest::newRow("short words") << u"Жители и в городе, и на селе"_s << nb(u"Жители и~в~городе, и~на~селе"_s);
    QTest::newRow("ellipsis") << u"Итак..."_s << u"Итак…"_s;
    QTest::newRow("code span untouched") << u"Пишите `\"quotes\" - ...` так"_s << u"Пишите `\"quotes\" - ...` так"_s;
    QTest::newRow("link target untouched") << u"[Сайт \"акимата\"](https://example.kz/a-b...c \"x\")"_s
                                           << u"[Сайт «акимата»](https://example.kz/a-b...c \"x\")"_s;
    QTest::newRow("bare url untouched") << u"см. https://example.kz/x...y - там"_s
                                        << nb(u"см. https://example.kz/x...y~— там"_s);
    QTest::newRow("fenced code untouched") << u"Текст и код:\n\n```\na = \"b\" - c...\n```\n\nи всё"_s
                                           << nb(u"Текст и~код:\n\n```\na = \"b\" - c...\n```\n\nи~всё"_s);
    QTest::newRow("list items keep their markers") << u"- первый пункт\n- второй"_s << u"- первый пункт\n- второй"_s;
    QTest::newRow("headings") << u"## Что в итоге\n\nТекст"_s << nb(u"## Что в~итоге\n\nТекст"_s);
}

void TestTypography::russian()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Typography::russian(input), expected);
}

void TestTypography::isIdempotent()
{
    QFETCH(QString, input);
    const QString once = Typography::russian(input);
    QCOMPARE(Typography::russian(once), once);
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
