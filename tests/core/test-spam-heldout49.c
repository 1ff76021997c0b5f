/* test-spam-heldout49.c: a forty-ninth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Almaty,
 * Kazakhstan (burning coal to heat private houses banned in the Alatau,
 * Nauryzbay and Turksib districts from 1 October 2027, about 21,600
 * houses, up to 600,000 tenge a household towards a gas connection paid
 * to a licensed contractor, applications through eGov or the district
 * akimat from 1 March to 30 July 2027, a fine of 86,500 tenge, a public
 * hearing on 18 February 2027 at the Alatau district akimat):
 * test-spam-heldout49-data.h, which says what each comment is. Most of
 * them in Russian and Kazakh, alone or mixed in one sentence, some Kazakh
 * in Latin letters; one in Uyghur in Arabic script, one in Uzbek in
 * Latin letters and two in English.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 8 of 12 caught and 0 of 12 readers flagged; dressed 9 of
 * 12 and 0 of 12. What was missed was read in no rule's Russian or
 * Kazakh: a fake Kazpost notice, "сіздің сәлемдемеңіз… тоқтатылды… 390 ₸
 * төлеңіз: kazpost-kz.delivery-track.online", no carrier's text read in
 * Kazakh or Russian (0.40, the shop-like host alone); a fake state
 * "people's investment", "от 95 000 ₸… от 1 200 000 ₸ в месяц пассивного
 * дохода… одобрена Нацбанком", at a bare ".pro" host, no promise of
 * returns read in Russian (0); diplomas "с занесением в базу" and
 * "права… без экзамена", the number "восемь семь ноль один, 2О4,
 * пятьдесят шесть, 7 семь", neither the papers' sale nor Russian's
 * numbers nor a Cyrillic О for a zero read, nor a Kazakh mobile's trunk
 * 8 first (0.35, the contact alone); a four-year-old's operation in
 * Germany, "Kaspi Gold: 4400 4302 7781 9О15, получатель Гульмира С.",
 * no rule for an appeal paid to a person's card (0); dressed, a Kazakh
 * emshi's testimonial, "Бибігүл апа емші… күйеуім үйге қайтты", her
 * number "сегіз жеті жеті бір, 402 15 тоғыз алты", neither the cure
 * nor Kazakh's digits read (0); a flat let from Astana, "ключи передаст
 * курьер, нужна только предоплата… на Kaspi Gold", WhatsApp "8 776 ноль
 * 41 93 80", the "ноль" not read as a digit, the rental scam not read
 * in Russian (0.35); and a "fund" buying boilers for large families,
 * paid to "Kaspi Gold 4400 4301 5526 3318 (Әсел Т.)", its account "to
 * be opened later" (0).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, one new reason
 * ("appeals for donations paid to a private bank card, not a charity’s
 * account"). In the earlier tests (the drift of every ham, spam, probe
 * and reader line of the core suite, before and after) one spam rose,
 * a Moscow diploma seller's of the eighth round (0.68 to 0.85), and one
 * reader fell, the forty-second round's Spanish warning of a fake job's
 * number (0.45 to 0.30, under its story and without); none else moved.
 * Classify's instructions (callgrind, bench-spam) fell 0.16 %, the
 * numbers read out tried only where one may start.
 *   - Russian's and Kazakh's numbers read out with their tens, teens
 *     and hundreds ("пятьдесят шесть", "шестьсот тринадцать", "жеті
 *     жүз"), in a new file, -numerals.c, where Czech's and Greek's
 *     moved from -numbers.c (which would have passed 800 lines); in
 *     -numbers.c, Kazakh's and Uzbek's digit words in Latin letters, a
 *     Cyrillic О for a zero among digits, and a Kazakh mobile's eleven
 *     digits, the trunk 8 and a 7 first (a Russian one's, an 8 and a 9),
 *     when disguised;
 *   - the Kazakh emshi's and the Russian healer's cures, read inside
 *     words ("күйеуді қайтар", "апа емші", "қарғыстан", "снятие порчи",
 *     "приворот"), Uzbek's "folbin"; "алаяқ", "мошенни", "полици" as a
 *     warning; "хабарласыңыз", "обращайтесь" as the testimonial's
 *     referral (-trades.c);
 *   - a driving licence "без экзамена" within 48 bytes of "права", papers
 *     "с занесением в базу" (vouched for: 0.55), diplomas sold; fraud,
 *     forgery, criminal charges and a school's "никто не выдаёт" as a
 *     warning (-reach.c);
 *   - Kazpost, CDEK and the Russian and Uzbek posts as carriers, their
 *     texts' "your parcel", held, returned, pay and confirm in Kazakh,
 *     Russian and Uzbek; "алаяқ" and "мне пришло" as a reader's
 *     (-seasonal.c);
 *   - a flat let unseen in Russian and Kazakh, "ключи передаст курьер",
 *     and a tenant's "развод" (-services.c);
 *   - an income by the month or the day from money invested, vouched for
 *     by a state, its national bank or a guarantee ("одобрена
 *     Нацбанком", "риски застрахованы"), with somewhere to sign up: the
 *     promise of large returns at 0.5, 0.55 vouched for twice; a
 *     "пирамида", "правда ли" or "проверяйте" as a reader's
 *     (-earnings.c, -offers.c);
 *   - an appeal (an operation, treatment, a charity, "көмек беріңіздер")
 *     paid to a bank card's sixteen digits, an O for a zero in a few;
 *     a fund's IBAN or business number ("БИН", "БСН") its own account;
 *     0.55 pressing readers to repost, or calling itself a fund
 *     (-fixers.c, the new reason);
 *   - "алаяқ", "фейк", "не переходите" as talk of fraud (-hideouts.c);
 *     a reader warning of one, with no messenger to write to, mentions
 *     the fraud's link ("оплату по ссылке они не просят"), weighed 0.3,
 *     not 0.45 (-shape.c, -relays.c); Kazakhstan's egov.kz and Russia's
 *     gosuslugi.ru as governments' sites (-hosts.c).
 * Portugal's and Brazil's parcel text posted alone, "Seu pacote está
 * retido, pague a taxa em https://correios-taxa.shop/r", 0.49 before, is
 * read by the same carriers' rule (0.74).
 * Twelve readers probe the new rules (probe_readers): a grandmother's
 * kiosk number read out in Kazakh's digits; a healer's advert quoted
 * with its number in Russian words, "мошенники", the police; an emshi
 * who took 50,000 to lift a curse, "алаяқтық"; a reader sending those
 * who lost a diploma to the university, not to those selling them "с
 * занесением в базу" and "права без экзамена"; a driving school whose
 * pupils take the exam themselves, "без экзамена права никто не
 * выдаёт", with its number (0.45); the fake Kazpost text quoted, the
 * real post.kz, "не переходите" (0.30); a room let to a student, the
 * keys handed over in person, with a number; the regulator's warning
 * quoting the "people's investment", "пирамида"; a reader on state
 * bonds, not "инвестиции" of a million a month, "гарантированного
 * дохода никто не обещает", "проверяйте"; a reader quoting the
 * operation's card number, "фейк", "фонды с БИН"; the "Жылы Үй" fund's
 * own account, its IBAN, its business number and its business card; a
 * flat-hunter quoting "ключи передаст курьер", "развод": none is
 * flagged.
 *
 * Still thin, though caught, each by one rule alone: the boilers fitted
 * "под ключ" with a prepayment, caught before the round at 0.50 and
 * still (its invitation to call or visit); the fake "people's
 * investment" (0.55, its returns vouched for), the operation's card and
 * the "fund"'s (0.55 each, the new reason) and the emshi's testimonial
 * (0.55, the cure with her number read out). Nearest of the readers:
 * the driving school (0.45) and, of the round's own, the reader mocking
 * the spam under the story (0.41).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout49-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Әжем смартфон ұстамайды, сондықтан Шаңырақ базарындағы дүңгіршегінің нөмірін өзі айтқандай жаздым: "
    "сегіз жеті жеті бір, төрт нөл екі, бір бес, тоғыз алты. Құрт пен ірімшік алғыңыз келсе, сол кісіге "
    "хабарласыңыз.",
    "Меруерт Сәрсенова", "meruert.sarsenova@mail.ru", NULL },
  { "Соседке в WhatsApp прислали: «Зейнеп апа вернёт мужа, снимет порчу, звоните: восемь семь семь пять, "
    "613 02 88». Это мошенники, она заплатила 40 000 ₸ и ничего. Заявление пишите в полицию, 102.",
    "Гульнара Ахметова", "gulnara.akhmetova@gmail.com", NULL },
  { "Апамды емші-көріпкелге апардық, ол «күйеуді қайтарамын, қарғыстан тазартамын» деп 50 мың алды, ал "
    "қысымы түскен жоқ. Дәрігерге барыңыздар, емхананың нөмірі 8 727 300 25 40. Бұл алаяқтық.",
    "Данияр Қасымов", "daniyar.kasymov@gmail.com", NULL },
  { "Если потеряли диплом или аттестат, не ищите тех, кто продаёт «дипломы с занесением в базу» и «права "
    "без экзамена»: это мошенники и уголовная статья. Дубликат выдаёт сам вуз, права — спецЦОН после "
    "экзамена. Справки по номеру 1414.",
    "Ирина Ким", "irina.kim.alm@gmail.com", NULL },
  { "Автошкола «Жол» в Турксибе набирает группу на категорию B: теория шесть недель, вождение 20 часов, "
    "экзамен в спецЦОНе сдаёте сами, без экзамена права никто не выдаёт. Звоните 8 701 455 20 17.",
    "Автошкола Жол", "avtoshkola.zhol@mail.ru", NULL },
  { "Маме пришло SMS: «ҚАЗПОЧТА: сіздің сәлемдемеңіз тоқтатылды, 390 ₸ төлеңіз: "
    "kazpost-kz.delivery-track.online». Настоящий сайт Казпочты — post.kz, оплату по ссылке в SMS они не "
    "просят. Не переходите!",
    "Алина Жумагалиева", "alina.zh@mail.ru", NULL },
  { "Сдаю комнату студентке рядом с КазНУ, 80 000 ₸ в месяц, коммуналка включена. Показываю в любой день, "
    "ключи отдаю лично после договора, никаких предоплат. Телефон 8 702 918 44 60, Роза апай.",
    "Роза Исаева", "roza.isaeva@mail.ru", NULL },
  { "АРРФР предупреждает: «Халық инвестициясы», «от 1 200 000 ₸ в месяц пассивного дохода, одобрено "
    "Нацбанком» — это финансовая пирамида. Лицензию любой инвестиционной компании проверяйте на "
    "finreg.kz.",
    "Ерлан Садыков", "erlan.sadykov@gmail.com", NULL },
  { "Для пенсионеров: вместо «инвестиций» с миллионом в месяц есть государственные облигации, около 14% "
    "годовых. Гарантированного дохода никто не обещает, лицензию брокера проверяйте на finreg.kz, вопросы "
    "по номеру 1414.",
    "Айжан Нурланова", "aizhan.nurlanova@gmail.com", NULL },
  { "Под постом про Армана просят перевести на операцию на Kaspi Gold 4400 4302 7781 9015, «получатель "
    "Гульмира С.». Это фейк, в клинике такого ребёнка нет. Помогайте через фонды с БИН и отчётами.",
    "Жанна Омарова", "zhanna.omarova@mail.ru", NULL },
  { "Біздің «Жылы Үй» қоры көп балалы отбасыларға қазандық алуға көмектеседі, көмек беріңіздер: қордың "
    "ресми шоты KZ86 601A 8710 0012 3456 (Halyk Bank), БСН 210440012345, немесе қордың Kaspi Business "
    "картасы 4400 4301 0000 2218. Есептер сайтта.",
    "Жылы Үй қоры", "info@zhylyuy.kz", "https://zhylyuy.kz" },
  { "Ищем квартиру третий месяц. Дважды писали «хозяйке», которая «сейчас в Астане, ключи передаст "
    "курьер, нужна предоплата на Kaspi Gold», и дважды это был развод. Деньги вперёд не переводите, "
    "смотрите квартиру вживую.",
    "Мадина Алиева", "madina.alieva@gmail.com", NULL },
};

static const HeldoutRound round49 = {
  "/spam-heldout49", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story49,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round49);

  return g_test_run ();
}
