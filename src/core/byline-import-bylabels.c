/* byline-import-bylabels.c: the words that open a byline ("By", "Von",
 * "Par", "نویسنده:", "Le", "Minn", "Qoraa:", "Ngu-", "Ýazan:", "Láti
 * ọwọ́", "ໂດຍ:", "Ibhalwe ngu" …), in the languages Byline reads, and the
 * roles' nouns that open a writer's title after it ("Gohebydd
 * Gwleidyddol")
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Lower-cased, with the word for "and" of their language. The short
 * prefixes of other languages ("Von", "Par", "Di" …) also open headlines
 * ("Di Maio resigns"): after them each name must be a full name */
static const BylinePrefix byline_prefixes[] = {
  { "by ", NULL, FALSE }, { "by: ", NULL, FALSE }, { "written by ", NULL, FALSE }, { "story by ", NULL, FALSE },
  { "article by ", NULL, FALSE },
  { "report by ", NULL, FALSE }, { "reporter: ", NULL, FALSE }, { "reporters: ", NULL, FALSE },
  { "words: ", NULL, FALSE }, { "words by ", NULL, FALSE },
  /* a photo essay's photographer, beside its writer */
  { "photographs by ", NULL, FALSE }, { "photos by ", NULL, FALSE }, { "pictures by ", NULL, FALSE },
  { "photography by ", NULL, FALSE }, { "text and photos by ", NULL, FALSE }, { "words and pictures by ", NULL, FALSE },
  { "reporting by ", NULL, FALSE }, { "byline: ", NULL, FALSE }, { "author: ", NULL, FALSE },
  { "compiled by ", NULL, FALSE },   /* a police log's, a roundup's */
  { "news provided by ", NULL, FALSE }, { "interview by ", NULL, FALSE }, { "interviewed by ", NULL, FALSE }, { "interview: ", NULL, FALSE },
  { "ein interview von ", " und ", TRUE }, { "interview von ", " und ", TRUE },         /* German */
  { "propos recueillis par ", " et ", TRUE }, { "entretien réalisé par ", " et ", TRUE }, /* French */
  { "von ", " und ", TRUE }, { "text: ", " und ", TRUE },                         /* German */
  { "par ", " et ", TRUE }, { "texte : ", " et ", TRUE },                         /* French */
  { "écrit par ", " et ", TRUE }, { "rédigé par ", " et ", TRUE },
  { "escrito por ", " y ", TRUE }, { "scritto da ", " e ", TRUE }, { "geschrieben von ", " und ", TRUE },
  { "por ", " y ", TRUE }, { "por: ", " y ", TRUE },                              /* Spanish, Portuguese */
  { "door ", " en ", TRUE }, { "deur ", " en ", TRUE },                           /* Dutch, Afrikaans */
  { "av ", " och ", TRUE }, { "av ", " og ", TRUE },                              /* Swedish, Norwegian */
  { "af ", " og ", TRUE },                                                        /* Danish */
  { "di ", " e ", TRUE },                                                         /* Italian */
  { "autor: ", " i ", TRUE }, { "autorka: ", " i ", TRUE }, { "autorzy: ", " i ", TRUE }, /* Polish */
  { "pewarta: ", " dan ", TRUE }, { "penulis: ", " dan ", TRUE }, { "wartawan: ", " dan ", TRUE }, /* Indonesian */
  { "penulis ", " dan ", TRUE }, { "oleh ", " dan ", TRUE },                     /* (Kompas.com: no colon); Malay */
  { "oleh: ", " dan ", TRUE },                                                    /* ("Oleh: …", with its colon) */
  { "phóng viên: ", " và ", TRUE },                                               /* Vietnamese */
  { "de ", " și ", TRUE }, { "autor: ", " a ", TRUE },                            /* Romanian, Czech */
  { "ni ", " at ", TRUE },                                                        /* Filipino */
  { "γράφει η ", " και ", TRUE }, { "γράφει ο ", " και ", TRUE }, { "γράφουν οι ", " και ", TRUE }, /* Greek */
  { "رپورٹ:", NULL, FALSE }, { "رپورٹ :", NULL, FALSE },                         /* Urdu: "report:" */
  { "تحریر:", NULL, FALSE }, { "تحریر :", NULL, FALSE },                         /* Urdu: "written:" */
  { "文：", NULL, FALSE }, { "文:", NULL, FALSE }, { "取材・文：", NULL, FALSE },      /* Japanese: "text:" */
  { "yazan: ", " ve ", TRUE }, { "muhabir: ", " ve ", TRUE },                     /* Turkish */
  { "نویسنده:", NULL, FALSE }, { "نویسنده :", NULL, FALSE }, { "به قلم:", NULL, FALSE },  /* Persian */
  { "به قلم ", NULL, FALSE }, { "خبرنگار:", NULL, FALSE }, { "گزارش:", NULL, FALSE },
  { "نوشتهٔ ", NULL, FALSE }, { "نوشته‌ی ", NULL, FALSE }, { "نوشته ", NULL, FALSE },  /* "written by" */
  { "كتب:", NULL, FALSE }, { "كتب :", NULL, FALSE }, { "بقلم:", NULL, FALSE },    /* Arabic */
  { "بقلم :", NULL, FALSE }, { "بقلم ", NULL, FALSE },
  { "作者：", NULL, FALSE }, { "作者:", NULL, FALSE }, { "记者：", NULL, FALSE },    /* Chinese */
  { "автор:", NULL, FALSE }, { "автор ", NULL, FALSE }, { "текст:", NULL, FALSE }, /* Russian */
  { "аутор: ", " и ", TRUE }, { "аутор ", " и ", TRUE }, { "autor: ", " i ", TRUE }, /* Serbian */
  { "本报记者 ", " ", FALSE }, { "本报记者　", "　", FALSE },                   /* Chinese: "this paper's reporters" */
  { "记者 ", NULL, FALSE }, { "记者　", NULL, FALSE }, { "記者 ", NULL, FALSE }, { "記者　", NULL, FALSE }, /* "reporter" */
  { "記者：", NULL, FALSE }, { "記者:", NULL, FALSE }, { "记者:", NULL, FALSE },    /* (with a colon) */
  { "haber: ", " ve ", TRUE }, { "na ", " na ", TRUE }, { "מאת ", NULL, FALSE }, /* Turkish, Swahili, Hebrew */
  { "מאת:", NULL, FALSE }, { "מאת :", NULL, FALSE },                            /* Hebrew, "by:" */
  { "संवाददाता ", NULL, FALSE }, { "ผู้สื่อข่าว: ", NULL, FALSE }, { "ผู้เขียน: ", NULL, FALSE }, /* Hindi, Thai */
  { "रिपोर्ट:", " और ", FALSE }, { "रिपोर्ट :", " और ", FALSE }, { "लेखक:", " और ", FALSE }, { "संवाददाता:", " और ", FALSE }, /* Hindi */
  { "โดย ", " และ ", FALSE }, { "เรื่อง: ", " และ ", FALSE }, { "เรื่อง : ", " และ ", FALSE }, /* Thai: "by" */
  { "செய்தியாளர்:", " மற்றும் ", FALSE }, { "செய்தியாளர் :", " மற்றும் ", FALSE }, { "எழுதியவர்:", " மற்றும் ", FALSE }, /* Tamil */
  { "ዘጋቢ፡", " እና ", FALSE }, { "ዘጋቢ:", " እና ", FALSE }, { "ጸሐፊ፡", " እና ", FALSE }, { "نووسینی:", " و ", FALSE }, /* Amharic, Sorani */
  { "írta: ", " és ", TRUE }, { "szerző: ", " és ", TRUE },                       /* Hungarian */
  { "per ", " i ", TRUE }, { "text: ", " i ", TRUE },                             /* Catalan */
  { "teksti: ", " ja ", TRUE }, { "kirjoittanut ", " ja ", TRUE },                /* Finnish */
  { "autor: ", " ja ", TRUE }, { "tekst: ", " ja ", TRUE },                       /* Estonian */
  { "autorius: ", " ir ", TRUE }, { "autorė: ", " ir ", TRUE }, { "tekstas: ", " ir ", TRUE }, /* Lithuanian */
  { "piše: ", " i ", TRUE }, { "napisao: ", " i ", TRUE }, { "napisala: ", " i ", TRUE }, /* Croatian */
  { "presented by ", NULL, FALSE }, { "hosted by ", NULL, FALSE }, { "produced by ", NULL, FALSE }, /* a podcast's */
  { "eftir ", " og ", TRUE }, { "höfundur: ", " og ", TRUE }, { "texti: ", " og ", TRUE }, /* Icelandic */
  { "avtor: ", " in ", TRUE }, { "avtorica: ", " in ", TRUE }, { "avtorja: ", " in ", TRUE }, /* Slovenian */
  { "avtorji: ", " in ", TRUE }, { "piše: ", " in ", TRUE }, { "besedilo: ", " in ", TRUE },
  { "ავტორი: ", " და ", FALSE }, { "ავტორები: ", " და ", FALSE }, { "ავტორი ", " და ", FALSE }, /* Georgian */
  { "авторы: ", " және ", FALSE }, { "тілші: ", " және ", FALSE }, { "авторлар: ", " және ", FALSE }, /* Kazakh */
  { "nga ", " dhe ", TRUE }, { "nga: ", " dhe ", TRUE }, { "shkruan: ", " dhe ", TRUE }, /* Albanian */
  { "shkruar nga ", " dhe ", TRUE }, { "autori: ", " dhe ", TRUE },
  { "сурвалжлагч: ", " ба ", FALSE }, { "сурвалжлагч ", " ба ", FALSE }, { "сэтгүүлч: ", " ба ", FALSE }, /* Mongolian */
  { "нийтлэлч: ", " ба ", FALSE }, { "бичсэн: ", " ба ", FALSE },
  { "संवाददाता: ", " र ", FALSE }, { "समाचारदाता:", " र ", FALSE }, { "लेखक: ", " र ", FALSE }, /* Nepali */
  { "रिपोर्टर:", " र ", FALSE },
  { "daga ", " da ", TRUE }, { "daga: ", " da ", TRUE }, { "marubuci: ", " da ", TRUE }, /* Hausa */
  { "wakilinmu ", " da ", TRUE },
  { "ដោយ៖ ", " និង ", FALSE }, { "ដោយ៖", " និង ", FALSE }, { "ដោយ ", " និង ", FALSE }, /* Khmer: "by" */
  { "អ្នកយកព័ត៌មាន៖ ", " និង ", FALSE }, { "អត្ថបទ៖ ", " និង ", FALSE },
  { "հեղինակ՝ ", " և ", FALSE }, { "հեղինակ: ", " և ", FALSE }, { "հեղինակներ՝ ", " և ", FALSE }, /* Armenian */
  { "թղթակից՝ ", " և ", FALSE }, { "հեղինակ ", " և ", FALSE },
  { "خبریال:", " او ", FALSE }, { "خبریال :", " او ", FALSE }, { "لیکوال:", " او ", FALSE }, /* Pashto */
  { "لیکوال :", " او ", FALSE }, { "راپور:", " او ", FALSE }, { "ليکوال:", " او ", FALSE },
  { "müəllif: ", " və ", TRUE }, { "müəllif ", " və ", TRUE }, { "müxbir: ", " və ", TRUE }, /* Azerbaijani */
  { "hazırladı: ", " və ", TRUE }, { "hazırlayan: ", " və ", TRUE }, { "mətn: ", " və ", TRUE },
  { "muallif: ", " va ", TRUE }, { "muallif ", " va ", TRUE }, { "muxbir: ", " va ", TRUE }, /* Uzbek */
  { "tayyorladi: ", " va ", TRUE }, { "tayyorlovchi: ", " va ", TRUE }, { "matn: ", " va ", TRUE },
  { "муаллиф: ", " ва ", TRUE }, { "мухбир: ", " ва ", TRUE }, { "тайёрлади: ", " ва ", TRUE },
  { "gan ", " a ", TRUE }, { "gan ", " ac ", TRUE }, { "gan: ", " a ", TRUE }, { "awdur: ", " a ", TRUE }, /* Welsh */
  { "adroddiad gan ", " a ", TRUE }, { "geiriau gan ", " a ", TRUE },
  { "пишува: ", " и ", TRUE }, { "пишува ", " и ", TRUE }, { "подготви: ", " и ", TRUE }, /* Macedonian */
  { "пишуваат: ", " и ", TRUE }, { "авторка: ", " и ", TRUE }, { "новинар: ", " и ", TRUE },
  { "എഴുതിയത്: ", NULL, FALSE }, { "ലേഖകൻ: ", NULL, FALSE }, { "റിപ്പോർട്ട്: ", NULL, FALSE }, /* Malayalam */
  { "തയ്യാറാക്കിയത്: ", NULL, FALSE },
  { "نووسینی ", " و ", FALSE }, { "نووسەر:", " و ", FALSE }, { "پەیامنێر:", " و ", FALSE }, /* Sorani */
  { "ئامادەکردنی:", " و ", FALSE }, { "ڕاپۆرتی:", " و ", FALSE },
  { "testua: ", " eta ", TRUE }, { "egilea: ", " eta ", TRUE }, { "idazlea: ", " eta ", TRUE }, /* Basque */
  { "аўтар: ", " і ", TRUE }, { "аўтарка: ", " і ", TRUE }, { "аўтары: ", " і ", TRUE }, /* Belarusian */
  { "тэкст: ", " і ", TRUE }, { "аўтар ", " і ", TRUE },
  { "texto: ", " e ", TRUE }, { "texto e fotos: ", " e ", TRUE },               /* Galician */
  { "хабарнигор: ", " ва ", TRUE }, { "муаллифон: ", " ва ", TRUE },             /* Tajik (Uzbek's "муаллиф:") */
  { "ရေးသားသူ - ", " နှင့် ", FALSE }, { "ရေးသားသူ -", " နှင့် ", FALSE }, { "ရေးသားသူ: ", " နှင့် ", FALSE }, /* Burmese */
  { "ရေးသားသူ ", " နှင့် ", FALSE }, { "သတင်းထောက် - ", " နှင့် ", FALSE }, { "သတင်းထောက်: ", " နှင့် ", FALSE },
  { "פֿון ", " און ", TRUE }, { "פון ", " און ", TRUE },                         /* Yiddish: "by" */
  { "le ", " agus ", TRUE }, { "údar: ", " agus ", TRUE },                       /* Irish: "by", "author:" */
  { "minn ", " u ", TRUE }, { "awtur: ", " u ", TRUE }, { "kitba ta' ", " u ", TRUE }, /* Maltese */
  { "auteur: ", " an ", TRUE }, { "auteurin: ", " an ", TRUE }, { "vun ", " an ", TRUE }, /* Luxembourgish */
  { "qoraa: ", " iyo ", TRUE }, { "qoraal: ", " iyo ", TRUE }, { "wariye: ", " iyo ", TRUE }, /* Somali */
  { "waxaa qoray ", " iyo ", TRUE },
  { "кабарчы: ", " жана ", TRUE }, { "даярдаган: ", " жана ", TRUE },          /* Kyrgyz (its "Автор:", Russian's) */
  { "ngu-", " no-", TRUE }, { "umbhali: ", " no-", TRUE }, { "intatheli: ", " no-", TRUE }, /* Zulu: "by" */
  { "લેખક: ", " અને ", FALSE }, { "અહેવાલ: ", " અને ", FALSE },              /* Gujarati: "writer:", "report:" */
  { "වාර්තාකරු: ", " සහ ", FALSE }, { "ලේඛක: ", " සහ ", FALSE },              /* Sinhala: "reporter:", "writer:" */
  { "ýazan: ", " we ", TRUE }, { "awtor: ", " we ", TRUE }, { "habarçy: ", " we ", TRUE }, /* Turkmen: "written by" */
  { "nosoratan'i ", " sy ", TRUE }, { "nosoratan’i ", " sy ", TRUE }, { "mpanoratra: ", " sy ", TRUE }, /* Malagasy */
  { "хәбәрче: ", " һәм ", TRUE }, { "әзерләде: ", " һәм ", TRUE },              /* Tatar (its "Автор:", Russian's) */
  /* Xhosa: "written by", glued to the name as its copula is
   * ("Ibhalwe nguAyanda Nkqayi"), or with a hyphen; "and" is "kunye
   * no-", glued too ("kunye noSipho Mlonyeni") */
  { "ibhalwe ngu-", " kunye no-", TRUE }, { "ibhalwe ngu-", " kunye no", TRUE },
  { "ibhalwe ngu ", " kunye no-", TRUE }, { "ibhalwe ngu ", " kunye no", TRUE },
  { "ibhalwe ngu", " kunye no-", TRUE }, { "ibhalwe ngu", " kunye no", TRUE },
  { "láti ọwọ́ ", " àti ", TRUE }, { "lati ọwọ ", " ati ", TRUE },              /* Yoruba: "from the hand of" */
  { "tekstur: ", " og ", TRUE }, { "tekstur og myndir: ", " og ", TRUE },     /* Faroese: "text:" */
  { "ໂດຍ: ", " ແລະ ", FALSE }, { "ໂດຍ ", " ແລະ ", FALSE }, { "ຂຽນໂດຍ: ", " ແລະ ", FALSE }, /* Lao: "by" */
  { "pa ", " ak ", TRUE }, { "ekri pa ", " ak ", TRUE },                        /* Haitian Creole: "by" */
  { "ލިޔުނީ: ", " އާއި ", FALSE }, { "ރިޕޯޓު: ", " އާއި ", FALSE },          /* Dhivehi: "written by", "report:" */
};

/* The role's noun that opens a writer's title in the languages that
 * write it first, lower-cased: Welsh "Gohebydd Gwleidyddol" (political
 * correspondent), "Prif Ohebydd" (chief correspondent, soft mutated after
 * "prif"), Sorani "پەیامنێری ڕووداو" (Rudaw's correspondent) */
static const char * const head_roles[] = {
  "gohebydd", "ohebydd", "gohebwraig", "ohebwraig", "golygydd", "olygydd", "newyddiadurwr", "newyddiadurwraig",
  "cyflwynydd", "gyflwynydd", "پەیامنێری", "پەیامنێر", "سەرنووسەری", "ڕۆژنامەنووسی", NULL
};

/* What goes before such a noun ("Prif Ohebydd", "Uwch Olygydd") */
static const char * const head_role_ranks[] = { "prif", "uwch", "dirprwy", "cyn", NULL };

/**
 * _byline_import_opens_with_role:
 * @line: a line after a writer's name
 *
 * Returns: whether @line is a writer's title that opens with its role's
 *   noun ("Gohebydd Gwleidyddol", "Prif Ohebydd Iechyd")
 */
gboolean
_byline_import_opens_with_role (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", 4);
  guint n = g_strv_length (words);

  if (n == 0 || n > 3 || strlen (line) > 80)
    return FALSE;
  if (n >= 2 && g_strv_contains (head_role_ranks, words[0]))
    return g_strv_contains (head_roles, words[1]);
  return g_strv_contains (head_roles, words[0]);
}

/**
 * _byline_import_byline_prefixes:
 * @n: (out): how many
 *
 * Returns: (transfer none): the words that open a byline, lower-cased,
 *   each with its language's "and"
 */
const BylinePrefix *
_byline_import_byline_prefixes (guint *n)
{
  *n = G_N_ELEMENTS (byline_prefixes);
  return byline_prefixes;
}
