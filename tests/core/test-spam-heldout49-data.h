/* test-spam-heldout49-data.h: a forty-ninth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story49: Almaty, Kazakhstan, where burning coal to heat private
 * houses will be banned in the Alatau, Nauryzbay and Turksib districts
 * from Friday 1 October 2027, coal yards there no longer allowed to
 * sell to households; the deputy akim for ecology and utilities counts
 * about 21,600 houses still burning coal, 14,300 of them on streets
 * with a gas main, and puts the cost at 38.4 billion tenge, 24.1
 * billion from the city and 14.3 billion from the national budget; up
 * to 600,000 tenge a household towards a gas connection and boiler,
 * paid to a licensed contractor, up to 900,000 for families on
 * targeted social assistance, applications through eGov or the
 * district akimat from Monday 1 March to Friday 30 July 2027, a fine of
 * 86,500 tenge after the ban; a pensioner, 67, in Shanyrak-2, four
 * tonnes of coal a winter at 42,000 tenge a tonne, "who pays the bill
 * in January on my pension?"; a coal trader, 51, 17 years on a yard on
 * Ryskulov Avenue, "eighty families live on this yard"; the civic
 * group Almaty Tynysy, private houses up to a third of winter smog,
 * asking for monthly air readings; a public hearing on Thursday 18
 * February 2027 at 6pm at the Alatau district akimat, questions to the
 * city's 109 line), in four sets, most of them in Russian and Kazakh,
 * alone or mixed in one sentence (shala-qazaq), some in Kazakh written
 * in Latin letters, one in Uyghur in Arabic script, one in Uzbek in
 * Latin letters and two in English.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a payday loan "without refusal", "even with a bad credit
 *     history", to a Kaspi card in five minutes, Latin A among the
 *     Cyrillic letters of the word for loan, a WhatsApp number with
 *     letters O for zeros, no link (Russian with a Kazakh phrase);
 *   - a fake eGov notice of a Sergek traffic camera fine of 34,600
 *     tenge, half off within seven days, an "egov-kz." look-alike
 *     .site host without a scheme (Russian);
 *   - a fake Kazpost notice, a parcel held for a missing address, a
 *     390 tenge redelivery fee at a "kazpost-kz." look-alike .online
 *     host without a scheme (Kazakh, one sentence in Russian);
 *   - a fake Kaspi Bonus of 25,000 for the New Year that "burns" in 24
 *     hours, a Cyrillic a in "Kaspi", a "kaspi-bonus." look-alike .click
 *     host, the same host in the website field (Kazakh with Russian);
 *   - an online casino, 777,000 tenge won, +300% on the first deposit,
 *     a promo code in full-width letters and digits, a Telegram bot
 *     handle (Kazakh and Russian mixed);
 *   - a fake state "people's investment" programme, 95,000 tenge in
 *     oil and gas shares turned into 1,200,000 a month, "approved by
 *     the National Bank", a .pro host in the text and the website field
 *     (Russian);
 *   - jobs in South Korea, E-9 and C-3 visas, a 450,000 tenge fee, half
 *     in advance, a WhatsApp number and a Telegram handle (Kazakh in
 *     Latin letters, capitals in the opening);
 *   - university diplomas, driving licences without an exam, medical
 *     certificates, the number half in Russian words with a letter O
 *     (Russian);
 *   - a healer-seer from Turkestan bringing back husbands and lifting
 *     curses, "приворот", the number with zero-width spaces between
 *     its digits (Kazakh and Russian);
 *   - eternal links and guest articles on the site, "TOP-10 of Yandex
 *     and Google", a .pro host and a Telegram handle, the host in the
 *     website field (Russian);
 *   - an adult come-on, "girls of Almaty 18+", the .xyz host spelt out
 *     letter by letter with spaces, the host in the website field
 *     (Russian);
 *   - a fake charity for a four-year-old's heart operation in Germany,
 *     18,700,000 tenge, a personal Kaspi Gold card number with a letter
 *     O, "repost" (Kazakh and Russian).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother in Shanyrak-1 whose son has asthma, asking for the
 *     gas main to reach her street first (Russian);
 *   - against: 600,000 tenge will not cover a boiler, pipes and
 *     papers, the CHP plants, factories and cars go on smoking
 *     (Kazakh);
 *   - sarcasm: gas promised for 2021, then 2024, now 2027, "but the
 *     86,500 tenge fine will surely arrive on time" (Russian);
 *   - a reply to "@Бауыржан Омаров", her own connection cost 780,000
 *     tenge with the boiler, "apply early" (Kazakh and Russian mixed);
 *   - a reader in Kalkaman shouting in capitals, twenty years waiting
 *     for gas, "all of us to the hearing on 18 February" (Kazakh);
 *   - a masked face, fog, a factory, an arrow, fire and praying hands
 *     only;
 *   - a question to the reporter: can tenants in Turksib get the
 *     subsidy, or only the owner who lives in Astana (Uyghur, in Arabic
 *     script);
 *   - a reader quoting a WhatsApp message to his mother, a 450,000 tenge
 *     "compensation" and a 3,500 tenge fee to a Kaspi number, to warn
 *     that it is fraud (Kazakh);
 *   - the akimat's page on gov.kz and egov.kz cited (Russian);
 *   - a widow, 83, in Kalkaman since 1972, her grandson in Astana, who
 *     asks the akimat to come and explain eGov at home (Russian);
 *   - a coal yard in Turksib since 2009, 14 staff, signing with its
 *     company name, asking for a delay and retraining, no phone, no
 *     link (Russian);
 *   - a very short comment, "Әйтеуір!" (Kazakh).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - the ban welcomed, then a gas boiler installer "turnkey in three
 *     days", 50% prepayment on Kaspi, a phone number and its site
 *     (Russian);
 *   - the pensioner's point taken, then a fake akimat subsidy site, a
 *     1,990 tenge "check fee" and 600,000 tenge on a Kaspi card, a
 *     "gov-kz" look-alike .site host (Kazakh);
 *   - a reply to "@Sergey K." agreeing about broken promises, a
 *     betting referral link in the website field only (Russian);
 *   - an AQI over 300 in Turksib, then air purifiers behind an HTML
 *     <a href> on "очистители воздуха Алматы недорого" (Russian);
 *   - moved by the coal trader's eighty families, then a healer in
 *     Shamalgan who brought back trade and a husband, the number half
 *     in Kazakh words (Kazakh);
 *   - the subsidy comes late, then a "private investor" lending 300,000
 *     tenge in an hour, no papers, a Telegram handle (Russian);
 *   - a childhood in a coal-heated house, then a P2P arbitrage mentor,
 *     150,000 to 200,000 tenge a day, a Telegram handle (Kazakh and
 *     Russian mixed);
 *   - a flat to wait out the winter, 170,000 tenge a month, the owner
 *     "in Astana", keys by courier, two months' prepayment on Kaspi
 *     Gold, the number with one digit in a Russian word (Russian);
 *   - the ban only from October, then cheap coal at 29,000 tenge a
 *     tonne, 30% prepayment, the number spaced digit by digit (Kazakh
 *     with Russian);
 *   - the air in Almaty, then factory jobs in Poland and the Czech
 *     Republic with a 380,000 tenge fee, half in advance, the number
 *     partly in full-width digits (Uzbek, in Latin letters);
 *   - a former English teacher in Shanyrak, then sponsored articles
 *     and dofollow backlinks on Central Asian news sites from $45, an
 *     .example host in the text and the website field (English);
 *   - families who cannot afford a boiler, then a charity "fund" whose
 *     money goes to a personal Kaspi Gold card, "the fund's account
 *     will be opened later" (Kazakh).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving 102, the eGov line 1414, the city's 109 and the
 *     gas emergency 104, "the akimat never asks for prepayment"
 *     (Kazakh);
 *   - a seller of kazy, karta and kurt whose stall stood by a coal yard
 *     on Ryskulov Avenue giving her new place at the Shanyrak bazaar,
 *     row 2, place 47, and her phone for old customers (Kazakh with a
 *     Russian sentence);
 *   - the akimat's own page on gov.kz, posted by a district akimat,
 *     the dates and the hearing, the page in the website field
 *     (Russian);
 *   - the sums worked out: tenge a house, the subsidy's share, the city
 *     and national shares in percent, coal against gas a winter, two
 *     winters to pay back, the fine in tonnes of coal (Russian);
 *   - a reader quoting a scam SMS with its "gov-kz" look-alike link to
 *     warn that only egov.kz and the district akimat are real
 *     (Russian);
 *   - a residents' initiative group in Shanyrak-2, 86 houses, meetings
 *     at a school on Saturdays, its Telegram chat, "we collect no
 *     money" (Kazakh);
 *   - a paediatric pulmonologist at a city children's hospital on
 *     bronchitis in smog weeks, for the ban (Russian);
 *   - a lawyer explaining that fines come by decision, not by SMS, and
 *     the subsidy goes to the contractor, not to a card (Russian);
 *   - a gas welder of 22 years on boiler sizes and chimneys, who will
 *     not leave his number, the gas company's list and 104 (Russian
 *     with Kazakh);
 *   - Ulaanbaatar's 2019 raw coal ban as a lesson, a local news site's
 *     article linked (English);
 *   - a reader who lost an 87,000 tenge prepayment for coal found on
 *     Instagram, the police report unanswered (Russian);
 *   - a reader mocking the spam under the story, loans, the healer,
 *     Korea, the casino, the "fund", coal at 29,000 (Kazakh and Russian
 *     mixed).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story49 =
  "Almaty to ban coal heating in private houses in three districts from October 2027\n\n"
  "ALMATY, Kazakhstan — Burning coal to heat private houses will be banned in the Alatau, Nauryzbay and "
  "Turksib districts from Friday 1 October 2027, and coal yards there will lose the right to sell coal "
  "to households the same day, the city akimat said on Monday.\n\n"
  "Daniyar Zhaksylykov, the deputy akim for ecology and utilities, said about 21,600 houses in the "
  "three districts still burn coal, 14,300 of them on streets that already have a gas main. The "
  "programme will cost 38.4 billion tenge, 24.1 billion from the city and 14.3 billion from the "
  "national budget. Each household can get up to 600,000 tenge towards a gas connection and a boiler, "
  "paid directly to a licensed contractor, and families on targeted social assistance up to 900,000 "
  "tenge. Applications open on Monday 1 March and close on Friday 30 July 2027, through eGov or the "
  "district akimat. Households caught burning coal after the ban face a fine of 86,500 tenge.\n\n"
  "\"A gas boiler is fine, but who pays the bill in January on my pension?\" said Gulnar Seitkaliyeva, "
  "67, who burns about four tonnes of coal a winter, at 42,000 tenge a tonne, in Shanyrak-2.\n\n"
  "\"Eighty families live on this yard,\" said Yerlan Abdrakhmanov, 51, who has sold coal from a yard "
  "on Ryskulov Avenue for 17 years.\n\n"
  "The civic group Almaty Tynysy says private houses cause up to a third of the city's winter smog, and "
  "asks the akimat to publish monthly air readings. A public hearing will be held on Thursday 18 "
  "February 2027 at 6pm at the Alatau district akimat. Questions can be sent to the city's 109 line.";

static const Comment desk_spam[] = {
  { "💰 ЗAЙМ ОНЛAЙН без отказа! Ақша керек пе? От 20 000 до 500 000 ₸ на карту Kaspi за 5 минут, без "
    "справок, без залога, даже с плохой кредитной историей и просрочками 🔥 Первый займ под 0%! Пишите в "
    "WhatsApp: +7 7O5 318 44 O9, менеджер Айжан. Несие бәріне беріледі!",
    "Быстрые деньги KZ", "bystrye.dengi.kz@mail.ru", NULL },
  { "eGov: Уважаемый гражданин! Ваш автомобиль зафиксирован камерой Sergek (превышение скорости, пр. "
    "Рыскулова, 14.01.2027 08:42). Сумма штрафа 34 600 ₸. При оплате в течение 7 дней скидка 50%. "
    "Просмотреть фото и оплатить: egov-kz.shtraf-online.site/pay?id=AL7721 Неуплата влечёт ограничение "
    "выезда за пределы РК.",
    "eGov уведомления", "noreply@shtraf-online.site", NULL },
  { "ҚАЗПОЧТА: Құрметті клиент, сіздің RB447190235KZ сәлемдемеңіз мекенжай толық болмағандықтан Алматы "
    "сұрыптау орталығында тоқтатылды. Қайта жеткізу үшін 48 сағат ішінде мекенжайды нақтылап, 390 ₸ "
    "төлеңіз: kazpost-kz.delivery-track.online/kz Иначе посылка будет возвращена отправителю.",
    "Казпочта", "info@delivery-track.online", NULL },
  { "🎁 Kаspi Bonus: Құттықтаймыз! Жаңа жыл мерекесіне орай сіздің шотыңызға 25 000 бонус есептелді. "
    "Бонустар 24 сағаттан кейін күйіп кетеді ❗ Алу үшін картаңызды растаңыз: "
    "https://kaspi-bonus.kz-aksiya.click/newyear Бонусы можно сразу перевести на Kaspi Gold 👍",
    "Kaspi Bonus", "aksiya@kz-aksiya.click", "https://kaspi-bonus.kz-aksiya.click" },
  { "Ағайын, AltynSpin казиносында бүгін 777 000 ₸ ұтып алдым 😱🎰 Бірінші депозитке +300% бонус және 150 "
    "фриспин! Промокод: ＡＬＭＡＴＹ４９ Вывод на Kaspi за 3 минуты, без верификации. Ссылка в телеграм боте 👉 "
    "@altynspin_kz_bot",
    "Асхат Ж.", "askhat.zh777@gmail.com", NULL },
  { "ГОСУДАРСТВЕННАЯ ПРОГРАММА «ХАЛЫҚ ИНВЕСТИЦИЯСЫ» 2027: каждый гражданин РК может инвестировать от 95 "
    "000 ₸ в акции нефтегазовых компаний и получать от 1 200 000 ₸ в месяц пассивного дохода! Платформа "
    "одобрена Нацбанком, все риски застрахованы. Осталось 37 мест. Регистрация: halyk-invest-kz.pro/start "
    "Личный менеджер перезвонит в течение 15 минут.",
    "Халық Инвест", "support@halyk-invest-kz.pro", "https://halyk-invest-kz.pro" },
  { "KOREYAGA JUMYS 🇰🇷 Zauyt, fabrika, auyl sharuashylygy, qurylys. Ailyq 2 500 000 – 3 800 000 tenge! "
    "E-9 jane C-3 viza 10 kunde, tildi bilu mindetti emes. Qujat rasimdeu 450 000 tg, aldyn ala 50%. Oryn "
    "shekteuli, tez jazynyzdar! WhatsApp: +7 (747) 902-61-38, Telegram: @korea_jumys_almaty",
    "Korea Jumys Agency", "korea.jumys.kz@gmail.com", NULL },
  { "Дипломы ВУЗов и колледжей РК с занесением в базу, аттестаты, водительские права категорий B, C, E "
    "без экзамена в спецЦОНе, медсправки 075/у и 086/у, справка о несудимости за 1 день. Полная "
    "конфиденциальность, оплата после получения. Звоните: восемь семь ноль один, 2О4, пятьдесят шесть, 7 "
    "семь. Мурат.",
    "Документ Сервис", "docservice.kz@mail.ru", NULL },
  { "ЕМШІ-КӨРІПКЕЛ ЗЕЙНЕП АПА (Түркістан) 🌙 Тұмар, дұға арқылы кеткен күйеуді, жарды қайтарамын, бала "
    "сүйгіземін, бизнеске сәттілік әкелемін, тіл-көзден, қарғыстан тазартамын. Приворот, снятие порчи, "
    "венец безбрачия — нәтиже 3 күнде, 100% кепілдік! Фото мен есіміңізді WhatsApp-қа жіберіңіз: "
    "8\u200b7\u200b7\u200b5 6\u200b1\u200b3 0\u200b2 8\u200b8",
    "Зейнеп апа емші", "zeynep.apa.emshi@mail.ru", NULL },
  { "Здравствуйте, администрация сайта! Предлагаем размещение вечных ссылок и статей на вашем ресурсе, а "
    "также вывод вашего издания в ТОП-10 Яндекса и Google по Казахстану за 30 дней. Крауд-маркетинг, "
    "PBN-сети, 1 500+ доноров с высоким ИКС. Цены от 9 900 ₸ за ссылку. Прайс и кейсы: "
    "seo-topkz.pro/price или Telegram @seotop_kz",
    "SEO TOP KZ", "manager@seo-topkz.pro", "https://seo-topkz.pro" },
  { "Скучно одному ночью? 😈 Горячие девушки Алматы 18+ ждут тебя прямо сейчас — Медеу, Бостандык, "
    "Алмалинский. Анкеты с реальными фото, выезд и апартаменты 24/7 💋 Заходи: a l m a t y - n i g h t . x "
    "y z (пробелы убери)",
    "Катя 💋", "katya.night@almaty-night.xyz", "https://almaty-night.xyz" },
  { "🙏 ҚАЙЫРЛЫ ІС! Арман 4 жаста, жүрегіне шұғыл ота керек, Германиядағы клиникаға 18 700 000 ₸ жинауымыз "
    "керек. Осы жазбаны көрген әр адам 1 000 ₸ болса да салсын, Алла разы болсын! Kaspi Gold: 4400 4302 "
    "7781 9О15, получатель Гульмира С. Репост обязательно, не проходите мимо 😢",
    "Гульмира Сейтова", "gulmira.seitova84@mail.ru", NULL },
};

static const Comment desk_genuine[] = {
  { "Живу в Шаңырақ-1, у сына астма с трёх лет. Каждую зиму в январе из окна не видно соседний дом, а "
    "вечером запах угля стоит такой, что ингалятор не помогает. Так что я за запрет, двумя руками. Но "
    "пусть акимат сначала дотянет газ до нашей улицы: у нас трубы до сих пор нет, а соседняя улица уже "
    "подключена.",
    "Асель Тулегенова", "asel.tulegenova@gmail.com", NULL },
  { "Тағы да қарапайым халықтың мойнына. 600 000 теңге кімге жетеді? Қазандық, құбыр, жоба, рұқсат "
    "қағаздары — бәрін қосқанда миллионнан асады деп көршім айтты. Ал ТЭЦ-тер, зауыттар, көліктер түтінін "
    "шығара береді. Тек кедей үйлерді кінәлау әділетсіз.",
    "Бауыржан Омаров", "baurzhan.omarov@mail.ru", NULL },
  { "Отличный план. В 2019-м обещали газ к 2021-му, в 2021-м — к 2024-му, теперь к октябрю 2027-го. "
    "Уверен, к 2035 году мы наконец узнаем, что подрядчик «не успел из-за погоды». Зато штраф 86 500 ₸ "
    "точно придёт вовремя 👏",
    "Sergey K.", "sergey.k.alm@yandex.kz", NULL },
  { "@Бауыржан Омаров келісемін, бірақ сен айтқан миллион — бұл котёлмен бірге под ключ бағасы. Мы в "
    "прошлом году подключались сами: жоба + врезка + Navien котёл шамамен 780 000 шықты. Субсидия 600 мың "
    "болса, бәрібір жеңілірек. Главное — өтінімді ерте беру керек, очередь будет огромная.",
    "Айгерім Н.", "aigerim.n.92@gmail.com", NULL },
  { "ГАЗ ҚАЙДА?! ҚАЛҚАМАНДА ЖИЫРМА ЖЫЛ КҮТТІК, БІЗДІҢ КӨШЕГЕ ҚҰБЫР ӘЛІ ЖЕТКЕН ЖОҚ! АЛДЫМЕН ГАЗ ТАРТЫҢДАР, "
    "СОДАН КЕЙІН АЙЫППҰЛ САЛЫҢДАР! 18 АҚПАНДА БӘРІМІЗ БАРАМЫЗ!!!",
    "Нұржан Қалқаман", "nurzhan.kalkaman@mail.ru", NULL },
  { "😷🌫️🏭➡️🔥🙏",
    "Dana", "dana.s98@mail.ru", NULL },
  { "ئەسسالامۇ ئەلەيكۇم. مۇخبىرغا بىر سوئال: بىز تۈركسىب رايونىدا ئىجارىدە تۇرىمىز، ئۆي ئىگىسى ئاستانىدا "
    "تۇرىدۇ. 600 مىڭ تەڭگىلىك ياردەم پۇلنى ئىجارىكەش ئالالامدۇ ياكى پەقەت ئۆي ئىگىسىلا ئالالامدۇ؟ قىشتا "
    "كۆمۈرسىز قانداق ئۆتىمىز؟ رەھمەت.",
    "Дилмурат Абдуллаев", "dilmurat.abdullaev@gmail.com", NULL },
  { "Абай болыңыздар! Апама кеше WhatsApp-қа мынадай хабар келді: «Алматы қаласының әкімдігі: көмірден "
    "газға көшу өтемақысы 450 000 ₸. Тізімге ену үшін 3 500 ₸ тіркеу жарнасын Kaspi-ге аударыңыз: 8 771 "
    "402 55 17». Бұл АЛАЯҚТЫҚ! Әкімдік ешкімнен ақша сұрамайды, өтінім тек eGov немесе аудан әкімдігі "
    "арқылы беріледі. Ешқайда ақша аудармаңыздар.",
    "Ерболат Жұмабеков", "erbolat.zhumabekov@gmail.com", NULL },
  { "Для тех, кто спрашивает про документы: постановление и перечень улиц опубликованы на странице "
    "акимата https://www.gov.kz/memleket/entities/almaty/press/news , а подать заявку на субсидию можно "
    "будет через https://egov.kz с 1 марта 2027 года. Там же написано, что подрядчик должен быть из "
    "списка газовой компании, иначе деньги не перечислят.",
    "Тимур Исмаилов", "t.ismailov@outlook.com", NULL },
  { "Мне 83 года, живу в Калкамане с 1972 года, дом строил покойный муж. Всю жизнь топим углём, печь он "
    "сложил сам. Я не против газа, но кто мне, старухе, всё это оформит через этот ваш eGov? Внук "
    "помогает, но он в Астане. Пусть из акимата придут к нам домой и объяснят по-человечески. Спасибо "
    "газете, что пишете про нас.",
    "Валентина Петровна Ким", "kim.valentina44@mail.ru", NULL },
  { "Мы — угольный склад «Береке» в Турксибе, работаем с 2009 года, у нас 14 человек. Мы не против газа, "
    "сами дышим этим воздухом. Просим только одного: дать складам отсрочку до конца сезона 2027–28 для "
    "тех, кого ещё не подключили, и помочь нашим ребятам с переобучением. Придём на слушания 18 февраля. "
    "— ТОО «Береке Көмір», Турксибский район",
    "ТОО «Береке Көмір»", "bereke.komir@mail.ru", NULL },
  { "Әйтеуір!",
    "Мақсат", "maksat.t@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Правильное решение акимата, дышать зимой в Алатауском районе уже невозможно. Кстати, тем, кто будет "
    "переходить на газ: компания «ТеплоМастер Алматы» установит газовый котёл под ключ за 3 дня, проект + "
    "врезка + монтаж от 349 000 ₸, работаем по субсидии! Предоплата всего 50% на Kaspi. Звоните +7 (708) "
    "552-19-04 или заходите на teplomaster-almaty.kz",
    "ТеплоМастер Алматы", "info@teplomaster-almaty.kz", "https://teplomaster-almaty.kz" },
  { "Гүлнар апайдың сөзі дұрыс, зейнетақымен газ ақысын төлеу қиын. Бірақ мен субсидияны 2 күнде алдым! "
    "Әкімдіктің жаңа сайтына тіркеліп, 1 990 ₸ тексеру ақысын төлесеңіз, 600 000 ₸ бірден Kaspi "
    "картаңызға түседі: almaty-gaz-subsidiya.gov-kz.site Орын шектеулі, көршілеріңізге де айтыңыздар!",
    "Жанар Әбдіқадырова", "zhanar.abdikadyrova@gmail.com", NULL },
  { "@Sergey K. в точку 😂 каждый год одно и то же обещание, а мы всё так же топим углём и кашляем. "
    "Посмотрим, что скажут на слушаниях 18 февраля, пойду обязательно.",
    "Ержан", "erzhan.b1990@gmail.com", "https://qazbet-kz.top/ref/ERZHAN49" },
  { "Пока газ не провели, спасаемся как можем: в январе AQI у нас в Турксибе был за 300. Купили домой "
    "очиститель воздуха с HEPA-фильтром, ребёнок перестал кашлять по ночам. Брали тут: <a "
    "href=\"https://chistyi-vozduh.shop/almaty?ref=byline49\">очистители воздуха Алматы недорого</a>, "
    "сейчас скидки до 40%.",
    "Мадина Ержанова", "madina.erzhanova@mail.ru", NULL },
  { "Ерлан ағаның сөзі жүрегіме тиді, сексен отбасы нанынан айрылады ғой. Менің де саудам құлап, күйеуім "
    "үйден кетіп қалған еді. Құдайға шүкір, Шамалғандағы Бибігүл апа емші көмектесті: үш күнде саудам "
    "жүріп, күйеуім үйге қайтты. Қиналып жүрсеңіз хабарласыңыз: сегіз жеті жеті бір, 402 15 тоғыз алты.",
    "Әсем", "asem.k.87@mail.ru", NULL },
  { "Субсидия субсидией, а деньги на котёл нужны уже сейчас, а акимат перечислит непонятно когда. Кто не "
    "хочет ждать: я брал займ на подключение у частного инвестора, 300 000 ₸ за час, без справок и без "
    "залога, одобряют всем, даже с просрочками. Пишите ему в Телеграм @zaim_bystro_almaty, скажите, что "
    "от Дениса.",
    "Денис", "denis.almaty87@gmail.com", NULL },
  { "Бұрын мен де Шаңырақта көмірмен жылытатын үйде тұрдым, қыста бала ауырудан шықпайтын. Қазір "
    "Есентайда пәтерім бар, бәрі P2P арбитраждың арқасы 🙌 Мой наставник научит зарабатывать күніне "
    "150–200 мың теңге, стартовый капитал 50 000 ₸ жеткілікті. Кім ақылшы іздеп жүр — Telegram: "
    "@arbitrage_aruzhan 💸",
    "Аружан Бек", "aruzhan.bek.p2p@gmail.com", NULL },
  { "Если кто-то из Шаңырака хочет переждать зиму в квартире, пока подключают газ: сдаю 2-комнатную в "
    "Алмалинском районе, Абая – Байзакова, евроремонт, 170 000 ₸ в месяц, коммуналка включена. Я сейчас в "
    "Астане, ключи передаст курьер, нужна только предоплата за 2 месяца на Kaspi Gold. Пишите в WhatsApp "
    "8 776 ноль 41 93 80, Алия.",
    "Алия", "aliya.arenda2027@gmail.com", NULL },
  { "Тыйым 1 қазаннан басталады, ал бұл қыста әлі жағуға болады! Шұбаркөл көмірі, сұрыпталған, 1 тонна "
    "бар болғаны 29 000 ₸ (базарда 42 000 ₸), Алматы ішінде жеткізу тегін. Заказ от 3 тонн, 30% "
    "предоплата на Kaspi. Тауар азайып барады! WhatsApp: +7 7 0 2 - 9 1 8 - 4 4 - 6 0",
    "Көмір Жеткізу", "komir.dostavka.alm@gmail.com", NULL },
  { "Olmaotada havo rostdan ham og'ir, qishda nafas olib bo'lmaydi. Yaxshisi chet elda ishlash! Polsha va "
    "Chexiyaga zavod, omborxona ishlari, oylik 1 800 – 2 400 yevro, ish vizasi 3 oyda. Hujjatlar uchun "
    "380 000 tenge, yarmi oldindan. Tel/Telegram: +7 771 ５０９ ２２ ４８ Rustam aka",
    "Rustam Work Europe", "rustam.workeurope@gmail.com", NULL },
  { "Great to see Almaty finally tackling winter smog. I taught English in Shanyrak for two years and my "
    "clothes smelled of coal from November to March. Side note for the editors: we place sponsored "
    "articles and dofollow backlinks on 300+ Kazakh and Central Asian news sites (DA 40+, Google News "
    "approved) from $45 per post. Price list: https://centralasia-guestposts.example/pricelist",
    "Mark Ellison", "mark@centralasia-guestposts.example", "https://centralasia-guestposts.example" },
  { "Көмірге тыйым салу дұрыс шығар, бірақ көп отбасының газ қазандығына ақшасы жоқ. Біздің «Жылы Үй» "
    "қайырымдылық қоры көп балалы аналарға қазандық сатып беріп жатыр, 140 отбасыға көмектестік. Аз да "
    "болса көмек беріңіздер: Kaspi Gold 4400 4301 5526 3318 (Әсел Т.), қордың есепшоты кейін ашылады. "
    "Алла разы болсын 🤲",
    "«Жылы Үй» қоры", "zhyly.uy.kory@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Құрметті оқырмандар, әсіресе үлкен кісілер: әкімдіктен немесе «газ қызметінен» деп қоңырау шалып, "
    "субсидия үшін ақша, SMS-код не ЭЦП құпия сөзін сұраса — бермеңіздер. Күдікті хабарламаларды 102 "
    "полицияға хабарлаңыздар, eGov бойынша сұрақтарды 1414 байланыс орталығына, қала бойынша 109-ға "
    "қойыңыздар. Газ иісі шықса — 104. Әкімдік субсидия үшін ешқашан алдын ала төлем сұрамайды.",
    "Сәуле Мұқанова", "saule.mukanova@gmail.com", NULL },
  { "Қымбатты тұрақты сатып алушыларым! Мен Жанар, 11 жыл бойы Рысқұлов даңғылындағы көмір қоймасының "
    "жанында қазы-қарта, құрт сатқан дүңгіршектің иесімін. Қойма жабылатын болды, сондықтан наурыздан "
    "бастап мені «Шаңырақ» базарынан, 2-қатар, 47-орыннан табасыздар. Телефоным баяғы: 8 701 334 52 19. "
    "Всех жду, цены прежние 😊",
    "Жанар Сейітова", "zhanar.seitova@mail.ru", NULL },
  { "Официальная страница программы газификации частного сектора: "
    "https://www.gov.kz/memleket/entities/almaty/activities/gazifikaciya-chastnogo-sektora — там карта "
    "улиц с газопроводом, список лицензированных подрядчиков и формы заявлений. Приём заявок с 1 марта по "
    "30 июля 2027 года, запрет вступает в силу 1 октября 2027 года. Публичные слушания 18 февраля в 18:00 "
    "в акимате Алатауского района.",
    "Акимат Алатауского района", "press.alatau@almaty.gov.kz", "https://www.gov.kz/memleket/entities/almaty" },
  { "Посчитал. 38,4 млрд ₸ ÷ 21 600 домов ≈ 1,78 млн ₸ на дом, а на руки максимум 600 000 ₸, то есть 34%. "
    "Город даёт 24,1 млрд (63%), республика 14,3 млрд (37%). Наш дом: 4 т угля × 42 000 ₸ = 168 000 ₸ за "
    "зиму плюс 15 000 ₸ доставка. Газ у соседей — примерно 11 000 ₸ в месяц × 7 месяцев = 77 000 ₸. Котёл "
    "с подключением 780 000 ₸ минус субсидия 600 000 ₸ = 180 000 ₸, окупится за 2 зимы. А штраф 86 500 ₸ "
    "— это больше двух тонн угля.",
    "Руслан Ахметов", "ruslan.akhmetov@gmail.com", NULL },
  { "Осторожно, уже началось. Маме пришло SMS: «Акимат г. Алматы: вы включены в список на субсидию 600 "
    "000 тг. Подтвердите данные до 20.02: almaty-subsidia.gov-kz.site». Там просят номер карты и код из "
    "SMS. Это мошенники! Настоящие заявки только через egov.kz или в акимате района, никаких ссылок по "
    "SMS акимат не рассылает.",
    "Ольга Цой", "olga.tsoy@mail.ru", NULL },
  { "Шаңырақ-2 тұрғындарының бастамашыл тобы атынан: 17-ші және 19-шы көшелердегі 86 үй бірігіп жоба "
    "жасатып, бір мердігермен келісіп, бағаны түсіргіміз келеді. Сенбі сайын 11:00-де №172 мектептің акт "
    "залында жиналамыз. Telegram чатымыз: t.me/shanyrak2_gaz, қосылыңыздар. Ешкімнен ақша жинамаймыз, тек "
    "ақпарат алмасамыз.",
    "Қайрат Сейілбеков", "kairat.seilbekov@gmail.com", NULL },
  { "Я детский пульмонолог, работаю в городской детской больнице. Каждый январь в дни смога число детей с "
    "обструктивным бронхитом у нас в отделении почти удваивается, и большинство — из частного сектора "
    "Алатауского и Турксибского районов. Печка — это не только дым на улице, это воздух внутри дома, где "
    "спит ребёнок. Поэтому как врач я за эту меру, но без помощи пенсионерам она не сработает.",
    "Айгуль Бекмуратова", "a.bekmuratova@mail.ru", NULL },
  { "Как юрист поясню пару моментов, раз в комментариях путаница. Штраф 86 500 ₸ назначают решением "
    "административной комиссии, а не по SMS, и платят его только через eGov или банк по постановлению. "
    "Субсидию перечисляют подрядчику, а не вам на карту, поэтому любой, кто обещает «600 000 на Kaspi», — "
    "мошенник. Арендаторам для заявки нужно нотариальное согласие собственника.",
    "Дәурен Сапарбаев", "dauren.saparbayev@gmail.com", NULL },
  { "Я газосварщик, 22 года работаю в частном секторе. Совет: котёл берите по площади дома, на 100 "
    "квадратов хватит 24 кВт, дымоход обязательно проверяйте, а врезку делает только газовая служба, не "
    "частник. Свой номер здесь оставлять не буду, список лицензированных организаций есть у газовой "
    "компании. При запахе газа — сразу 104. Ағайын, абай болыңдар, угарный газ — не шутка.",
    "Нурлан Ибраев", "nurlan.ibraev64@mail.ru", NULL },
  { "Ulaanbaatar banned raw coal for households in May 2019 and handed out briquettes instead. Winter "
    "PM2.5 fell, but by less than promised, because the power plants kept burning. Almaty should learn "
    "from that. Good background piece: "
    "https://www.almatytimes.kz/2026/12/what-almaty-can-learn-from-ulaanbaatars-coal-ban/",
    "Tom Whitfield", "tom.whitfield@outlook.com", NULL },
  { "В прошлом ноябре нашла в Instagram «уголь Шубарколь с доставкой по 29 000 за тонну», перевела "
    "предоплату 87 000 ₸ на Kaspi за 3 тонны — и всё, номер заблокирован. Заявление в полицию "
    "Турксибского района подала, ответа нет до сих пор. Так что если запрет уберёт и этих «продавцов» — я "
    "только за. Будьте внимательны, никаких предоплат незнакомым людям.",
    "Светлана Ли", "svetlana.li.alm@mail.ru", NULL },
  { "Комменттерді оқып отырып күлдім 😂 Мұнда бәрі бар: займ без отказа, Зейнеп апа, Корея, казино, «Жылы "
    "Үй» қоры, Шұбаркөл по 29 000. Көмірге тыйым салғанша, осы спамға тыйым салыңдар! И пожалуйста, "
    "никому ничего не переводите по номерам отсюда.",
    "Асқар Төлеуов", "askar.toleuov@gmail.com", NULL },
};
