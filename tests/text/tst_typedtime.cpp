// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times typed into the Schedule dialog and `schedule --at`, the ways people in
// Russian, Kazakh and English type them; and what the dialog says back.
#include "text/typedtime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {
const QDate Today(2026, 11, 30); // a Monday
}

class TestTypedTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void refused_data();
    void refused();
    void describe();
};

void TestTypedTime::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const auto at = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min)); };
    // The one typed in the report that came out as 01.11.2026, then as 30.12.2026.
    QTest::newRow("day.month.year time") << u"30.11.2026 11:34"_s << at(2026, 11, 30, 11, 34);
    QTest::newRow("no year") << u"30.11 18:00"_s << at(2026, 11, 30, 18, 0);
    QTest::newRow("no year, date passed: next year") << u"05.01 09:00"_s << at(2027, 1, 5, 9, 0);
    QTest::newRow("two-digit year, slashes") << u"1/12/26 7:05"_s << at(2026, 12, 1, 7, 5);
    QTest::newRow("ISO") << u"2026-12-07 10:00"_s << at(2026, 12, 7, 10, 0);
    QTest::newRow("time only: today") << u"18:00"_s << at(2026, 11, 30, 18, 0);
    QTest::newRow("time first") << u"18:00 01.12.2026"_s << at(2026, 12, 1, 18, 0);
    QTest::newRow("завтра в 9:00") << u"завтра в 9:00"_s << at(2026, 12, 1, 9, 0);
    QTest::newRow("Сегодня, 23:59") << u"Сегодня, 23:59"_s << at(2026, 11, 30, 23, 59);
    QTest::newRow("послезавтра") << u"послезавтра 12:00"_s << at(2026, 12, 2, 12, 0);
    QTest::newRow("ертең сағат 9:00") << u"ертең сағат 9:00"_s << at(2026, 12, 1, 9, 0);
    QTest::newRow("бүгін") << u"бүгін 20:30"_s << at(2026, 11, 30, 20, 30);
    QTest::newRow("tomorrow at") << u"Tomorrow at 08:15"_s << at(2026, 12, 1, 8, 15);
    QTest::newRow("30 ноября") << u"30 ноября 18:00"_s << at(2026, 11, 30, 18, 0);
    QTest::newRow("7 декабря 2026") << u"7 декабря 2026 10:00"_s << at(2026, 12, 7, 10, 0);
    QTest::newRow("1 мая") << u"1 мая 10:00"_s << at(2027, 5, 1, 10, 0);
    QTest::newRow("1 марта") << u"1 марта 10:00"_s << at(2027, 3, 1, 10, 0);
    QTest::newRow("5 қараша") << u"5 желтоқсан 11:00"_s << at(2026, 12, 5, 11, 0);
    QTest::newRow("мамыр, маусым") << u"2 маусым 11:00"_s << at(2027, 6, 2, 11, 0);
    QTest::newRow("English month") << u"3 Dec 14:45"_s << at(2026, 12, 3, 14, 45);
    QTest::newRow("29 February, next leap year") << u"29.02 12:00"_s << at(2028, 2, 29, 12, 0);
}

void TestTypedTime::read()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const Expected<QDateTime> read = TypedTime::parse(text, Today);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, expected);
}

void TestTypedTime::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u""_s << u"type a date and time"_s;
    QTest::newRow("no time") << u"30.11.2026"_s << u"says no time of day"_s;
    QTest::newRow("25:00") << u"30.11.2026 25:00"_s << u"25:00 is not a time of day"_s;
    QTest::newRow("month 13") << u"30.13.2026 10:00"_s << u"13 is not a month"_s;
    QTest::newRow("31 November") << u"31.11.2026 10:00"_s << u"there is no day 31 in month 11"_s;
    QTest::newRow("two times") << u"10:00 11:00"_s << u"cannot read"_s;
    QTest::newRow("words left over") << u"30.11.2026 11:34 или позже"_s << u"cannot read"_s;
    QTest::newRow("unknown month") << u"30 брюмера 10:00"_s << u"cannot read"_s;
    QTest::newRow("month number alone") << u"11 10:00"_s << u"cannot read"_s;
}

void TestTypedTime::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Expected<QDateTime> read = TypedTime::parse(text, Today);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void TestTypedTime::describe()
{
    const QTimeZone almaty("Asia/Almaty");
    const QDateTime now(Today, QTime(11, 34), almaty);
    QCOMPARE(TypedTime::describe(QDateTime(Today, QTime(18, 0), almaty), now, almaty), u"today at 18:00, in 6 h 26 min"_s);
    QCOMPARE(TypedTime::describe(QDateTime(Today.addDays(1), QTime(9, 0), almaty), now, almaty),
             u"tomorrow at 09:00, in 21 h 26 min"_s);
    QCOMPARE(TypedTime::describe(QDateTime(Today, QTime(11, 44), almaty), now, almaty), u"today at 11:44, in 10 min"_s);
    QCOMPARE(TypedTime::describe(QDateTime(Today, QTime(9, 29), almaty), now, almaty), u"2 h 5 min ago"_s);
    const QString later = TypedTime::describe(QDateTime(QDate(2026, 12, 7), QTime(9, 0), almaty), now, almaty);
    QVERIFY2(later.endsWith(u" at 09:00, in 6 days"_s) && later.contains(u"2026"_s), qPrintable(later));
}

QTEST_GUILESS_MAIN(TestTypedTime)
#include "tst_typedtime.moc"
