// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedtime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsroom::TypedTime {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(TypedTime)
};

// The months by the first three letters of their names: Russian (either case of the
// noun), Kazakh and English; each is unique within its language. Russian May is short
// enough to be written whole: "май", "мая", "мае".
int monthNamed(const QString &word)
{
    static const std::array<std::array<const char16_t *, 3>, 12> names{{
        {u"янв", u"қаң", u"jan"}, {u"фев", u"ақп", u"feb"}, {u"мар", u"нау", u"mar"}, {u"апр", u"сәу", u"apr"},
        {u"", u"мам", u"may"}, {u"июн", u"мау", u"jun"}, {u"июл", u"шіл", u"jul"}, {u"авг", u"там", u"aug"},
        {u"сен", u"қыр", u"sep"}, {u"окт", u"қаз", u"oct"}, {u"ноя", u"қар", u"nov"}, {u"дек", u"жел", u"dec"},
    }};
    if (word == u"май" || word == u"мая" || word == u"мае")
        return 5;
    if (word.size() < 3)
        return 0;
    const QStringView start = QStringView(word).left(3);
    for (int month = 0; month < 12; ++month) {
        for (const char16_t *prefix : names.at(size_t(month))) {
            if (start == QStringView(prefix))
                return month + 1;
        }
    }
    return 0;
}

int relativeDay(const QString &word)
{
    static const std::array<std::pair<const char16_t *, int>, 8> words{{
        {u"сегодня", 0},
        {u"бүгін", 0},
        {u"today", 0},
        {u"завтра", 1},
        {u"ертең", 1},
        {u"tomorrow", 1},
        {u"послезавтра", 2},
        {u"бүрсігүні", 2},
    }};
    for (const auto &[name, days] : words) {
        if (word == QString::fromUtf16(name))
            return days;
    }
    return -1;
}

Error cannotRead(const QString &text)
{
    return invalid(Words::tr("cannot read “%1” as a date and time: write it as 30.11.2026 18:00, 30 ноября 18:00, "
                      "завтра 9:00 or 18:00 (today)")
                       .arg(text.trimmed()));
}

// A date written without a year: this year's, or next year's when this year's has passed.
QDate nextOccurrence(int day, int month, const QDate &today)
{
    QDate date(today.year(), month, day);
    if (!date.isValid() && month == 2 && day == 29) // the next leap year's
        for (int year = today.year() + 1; !date.isValid() && year < today.year() + 8; ++year)
            date = QDate(year, 2, 29);
    if (date.isValid() && date < today)
        date = QDate(today.year() + 1, month, day);
    return date;
}

} // namespace

Expected<QDateTime> parse(const QString &input, const QDate &today)
{
    QString text = input.toLower().simplified();
    text.remove(u',');
    // Words that only join the date to the time.
    static const QRegularExpression joiners(u"(^| )(в|во|at|on|сағат)( |$)"_s);
    text.replace(joiners, u" "_s);
    text = text.simplified();
    if (text.isEmpty())
        return invalid(Words::tr("type a date and time, such as 30.11.2026 18:00"));

    // The time: hours and minutes with a colon, once.
    static const QRegularExpression clock(u"(?:^| )(\\d{1,2}):(\\d{2})(?: |$)"_s);
    const QRegularExpressionMatch timeMatch = clock.match(text);
    if (!timeMatch.hasMatch())
        return invalid(Words::tr("“%1” says no time of day: add it, such as 18:00").arg(input.trimmed()));
    const int hour = timeMatch.captured(1).toInt();
    const int minute = timeMatch.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return invalid(Words::tr("%1:%2 is not a time of day").arg(timeMatch.captured(1), timeMatch.captured(2)));
    QString rest = QString(text.left(timeMatch.capturedStart()) + u' ' + text.mid(timeMatch.capturedEnd())).simplified();
    if (clock.match(rest).hasMatch())
        return cannotRead(input);

    QDate date;
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression numeric(u"^(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{2}|\\d{4}))?\\.?$"_s);
    static const QRegularExpression named(u"^(\\d{1,2}) (\\p{L}+)\\.?(?: (\\d{4}))?$"_s);
    QRegularExpressionMatch m;
    if (rest.isEmpty()) {
        date = today;
    } else if (const int days = relativeDay(rest); days >= 0) {
        date = today.addDays(days);
    } else if ((m = iso.match(rest)).hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if ((m = numeric.match(rest)).hasMatch() || (m = named.match(rest)).hasMatch()) {
        const int day = m.captured(1).toInt();
        const bool isNumeric = m.regularExpression() == numeric;
        const int month = isNumeric ? m.captured(2).toInt() : monthNamed(m.captured(2));
        if (month < 1 || month > 12)
            return isNumeric ? invalid(Words::tr("%1 is not a month").arg(m.captured(2))) : cannotRead(input);
        if (m.captured(3).isEmpty()) {
            date = nextOccurrence(day, month, today);
        } else {
            int year = m.captured(3).toInt();
            if (m.captured(3).size() == 2)
                year += 2000;
            date = QDate(year, month, day);
        }
        if (!date.isValid())
            return invalid(Words::tr("there is no day %1 in month %2").arg(day).arg(month));
    } else {
        return cannotRead(input);
    }
    if (!date.isValid())
        return cannotRead(input);
    return QDateTime(date, QTime(hour, minute));
}

QString describe(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime there = when.toTimeZone(zone);
    const qint64 minutes = (now.secsTo(when) + (now.secsTo(when) >= 0 ? 59 : 0)) / 60;
    const qint64 span = std::abs(minutes);
    QString distance;
    if (span < 60)
        distance = Words::tr("%n min", nullptr, int(span));
    else if (span < 48 * 60)
        distance = span % 60 ? Words::tr("%1 h %2 min").arg(span / 60).arg(span % 60) : Words::tr("%1 h").arg(span / 60);
    else
        distance = Words::tr("%n days", nullptr, int(span / (24 * 60)));
    if (minutes < 0)
        return Words::tr("%1 ago").arg(distance);
    const qint64 days = now.toTimeZone(zone).date().daysTo(there.date());
    const QString clock = there.time().toString(u"HH:mm"_s);
    const QString day = days == 0 ? Words::tr("today at %1").arg(clock)
        : days == 1               ? Words::tr("tomorrow at %1").arg(clock)
                                  : Words::tr("%1 at %2").arg(QLocale().toString(there.date(), u"dddd, d MMMM yyyy"_s), clock);
    return Words::tr("%1, in %2").arg(day, distance);
}

} // namespace Newsroom::TypedTime
