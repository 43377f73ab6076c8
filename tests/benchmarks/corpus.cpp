// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsroom::Bench {

namespace {

const QStringList Subjects = {
    u"Аким города"_s, u"Депутаты маслихата"_s, u"Жители микрорайона"_s, u"Министр промышленности"_s,
    u"Полицейские"_s, u"Спасатели"_s, u"Учителя школы"_s, u"Врачи больницы"_s, u"Студенты колледжа"_s,
    u"Металлурги комбината"_s, u"Фермеры района"_s, u"Строители"_s, u"Энергетики"_s, u"Волонтёры"_s,
    u"Предприниматели"_s, u"Пенсионеры"_s, u"Спортсмены"_s, u"Экологи"_s, u"Синоптики"_s, u"Водители автобусов"_s,
};
const QStringList Verbs = {
    u"обсудили"_s, u"объявили о начале"_s, u"завершили"_s, u"раскритиковали"_s, u"поддержали"_s,
    u"потребовали ускорить"_s, u"отложили"_s, u"одобрили"_s, u"проверили"_s, u"подвели итоги"_s,
    u"рассказали о"_s, u"выступили против"_s, u"оценили"_s, u"приостановили"_s, u"запланировали"_s,
};
const QStringList Objects = {
    u"ремонт дорог"_s, u"ремонта дорог"_s, u"строительство школы"_s, u"строительства новой школы"_s,
    u"выборы в маслихат"_s, u"выборов в маслихат"_s, u"итоги выборов"_s, u"повышение тарифов на отопление"_s,
    u"тарифы на воду"_s, u"ключевую ставку"_s, u"ключевой ставки"_s, u"отопительный сезон"_s,
    u"отопительного сезона"_s, u"вывоз мусора"_s, u"озеленение дворов"_s, u"новый автобусный маршрут"_s,
    u"реконструкцию стадиона"_s, u"программу ремонта жилья"_s, u"закупку лекарств"_s, u"уборку снега"_s,
    u"метель на трассе"_s, u"модернизацию котельной"_s, u"выплаты пенсионерам"_s, u"цены на хлеб"_s,
    u"открытие поликлиники"_s, u"экологическую проверку"_s, u"выбросы комбината"_s, u"пожарную безопасность"_s,
    u"урожай пшеницы"_s, u"подготовку к зиме"_s, u"бюджет на следующий год"_s, u"бюджета области"_s,
};
const QStringList Places = {
    u"в Темиртау"_s, u"в Караганде"_s, u"в Абае"_s, u"в Шахтинске"_s, u"в Сарани"_s, u"в Балхаше"_s,
    u"в Жезказгане"_s, u"в Сатпаеве"_s, u"в Приозёрске"_s, u"в Каркаралинске"_s, u"в Осакаровке"_s,
    u"в Астане"_s, u"в Алматы"_s, u"в Павлодаре"_s, u"в области"_s, u"в районе"_s,
};
const QStringList Details = {
    u"Работы оценили в %1 миллионов тенге."_s, u"В обсуждении приняли участие %1 человек."_s,
    u"По данным акимата, срок работ — %1 дней."_s, u"Температура опустится до минус %1 градусов."_s,
    u"Явка составила %1 процентов."_s, u"На площадке работают %1 единиц техники."_s,
    u"Жалобы поступили от %1 семей."_s, u"Ставка сохранится на уровне %1 процента."_s,
};
const QStringList Quotes = {
    u"«Мы ждали этого решения несколько лет», — сказал один из жителей."_s,
    u"«Работы будут закончены до холодов», — пообещали в акимате."_s,
    u"«Вопрос остаётся на контроле», — отметили в пресс-службе."_s,
    u"«Цифры говорят сами за себя», — считает эксперт."_s,
};
const QStringList Categories = {
    u"Новости/Общество"_s, u"Новости/Экономика"_s, u"Новости/Город"_s, u"Новости/Власть"_s, u"Новости/Погода"_s,
    u"Новости/Происшествия"_s, u"Спорт"_s, u"Культура"_s, u"Здоровье"_s, u"Образование"_s,
};
const QStringList Tags = {
    u"дороги"_s, u"школы"_s, u"выборы"_s, u"тарифы"_s, u"отопление"_s, u"транспорт"_s, u"экология"_s,
    u"бюджет"_s, u"погода"_s, u"металлургия"_s, u"медицина"_s, u"спорт"_s, u"культура"_s, u"ЖКХ"_s,
    u"маслихат"_s, u"аким"_s, u"пенсии"_s, u"цены"_s, u"сельское хозяйство"_s, u"безопасность"_s,
};
const QStringList FirstNames = {
    u"Айгерим"_s, u"Данияр"_s, u"Ольга"_s, u"Ерлан"_s, u"Марат"_s, u"Светлана"_s, u"Асель"_s, u"Игорь"_s,
    u"Жанна"_s, u"Руслан"_s, u"Гульнара"_s, u"Сергей"_s, u"Алия"_s, u"Нурлан"_s, u"Елена"_s,
};
const QStringList LastNames = {
    u"Сапарова"_s, u"Омаров"_s, u"Ким"_s, u"Ахметов"_s, u"Жумабеков"_s, u"Петренко"_s, u"Нурланова"_s,
    u"Смирнов"_s, u"Касымова"_s, u"Тулегенов"_s,
};

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

QString sentence(QRandomGenerator &random)
{
    return pick(random, Subjects) + u' ' + pick(random, Verbs) + u' ' + pick(random, Objects) + u' '
        + pick(random, Places) + u'.';
}

} // namespace

Corpus::Corpus(quint32 seed)
    : m_seed(seed)
{
}

QByteArray Corpus::story(int index) const
{
    QRandomGenerator random(m_seed ^ quint32(index * 2654435761u));
    const QString headline = pick(random, Subjects) + u' ' + pick(random, Verbs) + u' ' + pick(random, Objects)
        + u' ' + pick(random, Places);
    const QString lead = sentence(random) + u' ' + pick(random, Details).arg(random.bounded(2, 500));

    QString body;
    const int paragraphs = random.bounded(3, 7);
    for (int p = 0; p < paragraphs; ++p) {
        if (p == paragraphs / 2)
            body += u"## "_s + pick(random, Objects).left(1).toUpper() + pick(random, Objects).mid(1) + u"\n\n"_s;
        const int sentences = random.bounded(2, 5);
        for (int s = 0; s < sentences; ++s)
            body += (random.bounded(4) == 0 ? pick(random, Details).arg(random.bounded(2, 900)) : sentence(random)) + u' ';
        body += u"\n\n"_s;
        if (random.bounded(5) == 0)
            body += u"> "_s + pick(random, Quotes) + u"\n\n"_s;
    }

    const QDateTime base(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QDateTime date = base.addSecs(qint64(index) * 3153 + random.bounded(3000));
    QStringList tags;
    for (int t = random.bounded(1, 4); t > 0; --t)
        tags.append(pick(random, Tags));
    tags.removeDuplicates();

    QString file = u"---\n"_s;
    file += u"title: \"%1\"\n"_s.arg(headline);
    file += u"slug: story-%1\n"_s.arg(index);
    file += u"date: %1\n"_s.arg(date.toString(Qt::ISODate));
    file += random.bounded(20) == 0 ? u"draft: true\n"_s : QString();
    file += u"category: %1\n"_s.arg(pick(random, Categories));
    file += u"tags: [%1]\n"_s.arg(tags.join(u", "_s));
    file += u"authors: [%1 %2]\n"_s.arg(pick(random, FirstNames), pick(random, LastNames));
    file += u"dateline: %1\n"_s.arg(pick(random, Places).mid(2));
    file += u"lead: \"%1\"\n"_s.arg(lead);
    file += u"---\n\n"_s + body.trimmed() + u'\n';
    return file.toUtf8();
}

QStringList Corpus::queries()
{
    return {
        u"ремонт"_s,           u"выборы"_s,          u"тарифы"_s,          u"ключевая ставка"_s,
        u"отопление"_s,        u"метель"_s,          u"школа"_s,           u"комбинат"_s,
        u"маслихат"_s,         u"бюджет области"_s,  u"цены хлеб"_s,       u"урожай"_s,
        u"стадион"_s,          u"поликлиника"_s,     u"мусор"_s,           u"автобусный маршрут"_s,
        u"Темиртау"_s,         u"Каркаралинск"_s,    u"пенсионеры выплаты"_s, u"экологическая проверка"_s,
    };
}

} // namespace Newsroom::Bench
