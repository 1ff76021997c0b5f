/* byline-import-clock.c: the clock and the calendar words of date lines
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 12-hour clock names the half of the day in the paper's language,
 * before the time or after it: "오후 3:15", "午後3時15分", "下午3:15",
 * "अपराह्न 3:15", "शाम 7:40", "۳:۱۵ بعدازظهر", Hausa's "4:45 na yamma",
 * Khmer's "៥:៣០ ល្ងាច" (its figures read here too); the night's words ("رات",
 * "晚上") are the evening's after six and the small hours' before. Japanese
 * papers count years in the era ("令和8年" is 2026), Nordic ones write the
 * year in two figures ("30.11.26 kl. 15.15"), Israeli ones print the
 * Hebrew calendar's date beside the Gregorian one. Each is rewritten here
 * into a line byline-import-date.c reads ("15:15", "2026年", "30.11.2026",
 * the Hebrew date left out); the words of publication, weekdays and "at"
 * of more languages are its filler. The Arabic "الموافق" ("which is")
 * between a Hijri date and its Gregorian one parts them as a dash does.
 * Malayalam ("വൈകിട്ട് 6:05"), Welsh ("7:15yh") and Sorani ("د.ن") name
 * the half of the day too; a publication's date and its update's on one
 * line ("Published: … IST Updated: … IST") are read by the first.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-calendar.h"
#include "byline-import.h"
#include "byline-import-private.h"

typedef enum
{
  HALF_AM = 1,
  HALF_PM,
  HALF_NIGHT,
} Half;

/* The half of the day's words (the Arabic "م" and "ص" are read after a
 * time by the date reader itself: "م" is also the era's mark) */
static const struct {
  const char *word;
  Half        half;
} halves[] = {
  { "오후", HALF_PM }, { "오전", HALF_AM }, { "午後", HALF_PM }, { "午前", HALF_AM },
  { "下午", HALF_PM }, { "上午", HALF_AM }, { "中午", HALF_PM }, { "早上", HALF_AM }, { "凌晨", HALF_AM },
  { "晚上", HALF_NIGHT }, { "傍晚", HALF_PM },
  { "अपराह्न", HALF_PM }, { "पूर्वाह्न", HALF_AM }, { "दोपहर", HALF_PM }, { "शाम", HALF_PM },
  { "सुबह", HALF_AM }, { "रात", HALF_NIGHT }, { "प्रातः", HALF_AM },
  { "بعدازظهر", HALF_PM }, { "بعد‌ازظهر", HALF_PM }, { "عصر", HALF_PM }, { "قبل‌ازظهر", HALF_AM },
  { "قبل‌از‌ظهر", HALF_AM }, { "شب", HALF_NIGHT },
  { "مساءً", HALF_PM }, { "مساء", HALF_PM }, { "صباحاً", HALF_AM }, { "صباحا", HALF_AM },
  { "دوپہر", HALF_PM }, { "سہ پہر", HALF_PM }, { "شام", HALF_PM }, { "رات", HALF_NIGHT },
  { "বিকাল", HALF_PM }, { "সন্ধ্যা", HALF_PM }, { "সকাল", HALF_AM }, { "রাত", HALF_NIGHT },
  { "ช่วงบ่าย", HALF_PM },
  /* Hausa "ƙarfe 4:45 na yamma" (evening), "na safe" (morning), "na rana"
   * (afternoon), "na dare" (night); Khmer "៥:៣០ ល្ងាច" (evening), "ព្រឹក"
   * (morning), "រសៀល" (afternoon), "យប់" (night); Nepali "बेलुका"
   * (evening), "बिहान" (morning), "दिउँसो" (afternoon), "राति" (night) */
  { "na yamma", HALF_PM }, { "na safe", HALF_AM }, { "na rana", HALF_PM }, { "na dare", HALF_NIGHT },
  { "ល្ងាច", HALF_PM }, { "ព្រឹក", HALF_AM }, { "រសៀល", HALF_PM }, { "យប់", HALF_NIGHT },
  { "बेलुका", HALF_PM }, { "बेलुकी", HALF_PM }, { "बिहान", HALF_AM }, { "दिउँसो", HALF_PM }, { "राति", HALF_NIGHT },
  /* Malayalam "വൈകിട്ട് 6:05" (evening), "രാവിലെ" (morning), "ഉച്ചയ്ക്ക്"
   * (noon), "രാത്രി" (night); Welsh "7:15yh" (yr hwyr, evening), "yb" (y
   * bore); Sorani "د.ن" (after noon), "پ.ن" */
  { "വൈകിട്ട്", HALF_PM }, { "വൈകുന്നേരം", HALF_PM }, { "രാവിലെ", HALF_AM }, { "ഉച്ചയ്ക്ക്", HALF_PM },
  { "ഉച്ചകഴിഞ്ഞ്", HALF_PM }, { "രാത്രി", HALF_NIGHT }, { "yh", HALF_PM }, { "yb", HALF_AM },
  { "د.ن", HALF_PM }, { "پ.ن", HALF_AM },
  /* Greek "3:15 μ.μ." (after noon), "π.μ." */
  { "μ.μ.", HALF_PM }, { "π.μ.", HALF_AM }, { "μ.μ", HALF_PM }, { "π.μ", HALF_AM },
};

/* Words of date lines in more languages: weekdays (German's and the
 * Nordic papers' two letters), "at" ("klo", "kl", "às", "em"), the words
 * of publication and update (lower case) */
static const char * const more_filler[] = {
  "mo", "di", "mi", "do", "fr", "sa", "so", "mo.", "di.", "mi.", "do.", "fr.", "sa.", "so.",
  "ma", "ti", "on", "to", "lø", "sø", "ma.", "ti.", "on.", "to.", "lø.", "sø.", "den",
  "mandag", "tirsdag", "fredag", "lørdag", "søndag",
  "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "maanantaina",
  "klo", "kello", "julkaistu", "päivitetty", "publisert", "oppdatert", "udgivet", "opdateret",
  "publicado", "publicada", "atualizado", "atualizada", "em", "às",
  "प्रकाशित", "अपडेट", "अपडेटेड", "अद्यतन", "प्रकाशित:", "अपडेटेड:", "अपडेट:",
  "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "बजे",
  "เวลา", "น.", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
  /* Icelandic: weekdays (and "on Monday"), "birt" (published),
   * "uppfært" (updated), "klukkan" (at) */
  "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur",
  "mánudaginn", "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn", "laugardaginn", "sunnudaginn",
  "mán.", "þri.", "mið.", "fim.", "fös.", "lau.", "sun.", "birt", "birt:", "uppfært", "uppfært:", "klukkan",
  /* Slovenian: weekdays, "ob" (at), "posodobljeno" (updated), "dne" */
  "ponedeljek", "torek", "sreda", "četrtek", "petek", "nedelja", "ob", "posodobljeno", "posodobljeno:", "dne",
  "objavljeno:",
  /* Albanian: weekdays (after "e": "e enjte"), "më" (on), "ora" (the
   * hour), "publikuar" (published), "përditësuar" (updated) */
  "e", "hënë", "martë", "mërkurë", "enjte", "premte", "shtunë", "diel", "më", "ora", "publikuar",
  "publikuar:", "përditësuar", "përditësuar:", "përditësimi",
  /* Hausa: weekdays, "ga" (of), "ƙarfe" (o'clock), "ranar" (day of) */
  "litinin", "talata", "laraba", "alhamis", "juma'a", "jumma'a", "jummaʼa", "asabar", "lahadi", "ga", "ƙarfe",
  "karfe", "ranar",
  /* Georgian: weekdays, "წლის" (of the year), "წ." */
  "ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა", "წლის", "წ.",
  "გამოქვეყნდა", "გამოქვეყნდა:", "განახლდა", "განახლდა:",
  /* Kazakh: weekdays, "жылғы" (of the year), "ж.", "сағат" (hour),
   * "жарияланды" (published), "жаңартылды" (updated) */
  "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі", "жылғы", "ж.", "сағат",
  "жарияланды", "жарияланды:", "жаңартылды", "жаңартылды:",
  /* Mongolian: weekdays, "гараг" (day of the week), "цаг" (hour),
   * "нийтэлсэн" (published), "шинэчилсэн" (updated) */
  "даваа", "мягмар", "лхагва", "пүрэв", "баасан", "бямба", "ням", "гараг", "цаг", "нийтэлсэн", "нийтэлсэн:",
  "шинэчилсэн", "шинэчилсэн:", "нийтэлсэн огноо:",
  /* Nepali: weekdays, "गते" (the day's mark), "वि.सं." (the era) */
  "आइतबार", "सोमबार", "मंगलबार", "मङ्गलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "गते", "वि.सं.",
  "वि.सं", "बि.सं.", "प्रकाशित", "मिति", "मिति:", "अपडेट:",
  /* Khmer: weekdays, "ម៉ោង" (hour), "ចុះផ្សាយ" (published) */
  "ថ្ងៃចន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍", "ថ្ងៃអាទិត្យ", "ម៉ោង", "ចុះផ្សាយ",
  "ចុះផ្សាយ៖", "ផ្សាយ", "ផ្សាយ៖",
  /* Armenian: weekdays, "թ." (the year's mark), "ժամը" (at) */
  "երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի", "թ.", "թ", "ժամը",
  "հրապարակված", "հրապարակվել", "թարմացված",
  /* Pashto: Sunday, Monday … as Afghan papers name them, "نېټه"
   * (date), "بجې" (o'clock), "لمریز" (solar) */
  "اتوار", "ګل", "نهه", "شورو", "زیارت", "کال", "نېټه", "بجې", "لمریز", "خپور",
  /* Azerbaijani: weekdays ("bazar ertəsi", Monday, "çərşənbə axşamı",
   * Tuesday, "cümə axşamı", Thursday), "il" (year), "tarix" (date),
   * "dərc edilib" (published), "yenilənib" (updated) */
  "bazar", "ertəsi", "çərşənbə", "axşamı", "cümə", "şənbə", "tarix", "tarix:", "dərc", "edilib", "olunub",
  "yenilənib", "yenilənib:", "yayımlanıb", "yayımlanıb:",
  /* Uzbek (Latin and Cyrillic): weekdays, "yil" (year), "soat" (hour),
   * "kuni" (on the day of), "e'lon qilindi" (published) */
  "dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba", "yil", "yili", "soat",
  "kuni", "yangilandi", "yangilandi:", "душанба", "сешанба", "чоршанба", "пайшанба", "шанба", "якшанба",
  "йил", "соат",
  /* Welsh: weekdays (after "dydd": "Dydd Mawrth" is read where March is),
   * "cyhoeddwyd" (published), "diweddarwyd" (updated) */
  "dydd", "llun", "mercher", "iau", "gwener", "sadwrn", "sul", "cyhoeddwyd", "cyhoeddwyd:", "diweddarwyd",
  "diweddarwyd:", "diweddariad", "diweddariad:",
  /* Macedonian: weekdays, "година" (year), "во" (at), "часот"
   * (o'clock), "објавено" (published), "ажурирано" (updated) */
  "понеделник", "четврток", "петок", "сабота", "недела", "година", "год.", "во", "часот", "ч.", "објавено",
  "објавено:", "ажурирано", "ажурирано:",
  /* Malayalam: weekdays, "പ്രസിദ്ധീകരിച്ചത്" (published) */
  "ഞായർ", "തിങ്കൾ", "ചൊവ്വ", "ബുധൻ", "വ്യാഴം", "വെള്ളി", "ശനി", "ഞായറാഴ്ച", "തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച",
  "ബുധനാഴ്ച", "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച", "പ്രസിദ്ധീകരിച്ചത്", "പ്രസിദ്ധീകരിച്ചത്:",
  "അപ്ഡേറ്റ്", "അപ്ഡേറ്റ്:", "അപ്‌ഡേറ്റ്", "അപ്‌ഡേറ്റ്:",
  /* Sorani Kurdish: weekdays, "کاتژمێر" (hour), "ڕێکەوت" (date),
   * "بڵاوکراوەتەوە" (published) */
  "یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "کاتژمێر", "ڕێکەوت",
  "ڕێکەوتی", "بڵاوکراوەتەوە", "بەروار",
  /* Basque, Belarusian, Galician weekdays; Tajik's (not "душанбе",
   * Monday, Dushanbe's name too: "ДУШАНБЕ, 18.03.2026" is a dateline);
   * Burmese's (and with "နေ့", day); Yiddish's (YIVO and Hasidic
   * spellings) and "דעם" (the, before the day) */
  "astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea",
  "панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля",
  "luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo",
  "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа", "шанбе", "якшанбе",
  "တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ", "တနင်္လာနေ့", "အင်္ဂါနေ့",
  "ဗုဒ္ဓဟူးနေ့", "ကြာသပတေးနေ့", "သောကြာနေ့", "စနေနေ့", "တနင်္ဂနွေနေ့",
  "זונטיק", "מאָנטיק", "דינסטיק", "מיטוואָך", "דאָנערשטיק", "פֿרײַטיק", "שבת", "מאנטיק", "מיטוואך", "דאנערשטיק",
  "פרייטיק", "זונטאג", "מאנטאג", "דינסטאג", "דאנערשטאג", "פרייטאג", "דעם",
  /* Irish weekdays ("Dé hAoine": "dé", day, before the weekday's name);
   * Maltese's with their article ("It-Tlieta") and "nhar" (on);
   * Luxembourgish's, "Auer" (o'clock), "ëm" (at); Somali's; Marathi's
   * Tuesday (its others are Hindi's); Kyrgyz's */
  "dé", "luain", "máirt", "céadaoin", "déardaoin", "haoine", "aoine", "sathairn", "domhnaigh",
  "it-tnejn", "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd", "nhar",
  "méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg", "sonndeg", "auer", "ëm",
  "isniin", "talaado", "arbaco", "khamiis", "jimce", "sabti", "axad", "मंगळवार",
  "дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби",
  /* Zulu weekdays, as a name ("ULwesithathu") and after "on"
   * ("ngoLwesithathu"); Gujarati's, Sinhala's, Turkmen's (not "anna",
   * Friday, a name too), Malagasy's and Tatar's */
  "umsombuluko", "ulwesibili", "ulwesithathu", "ulwesine", "ulwesihlanu", "umgqibelo", "isonto", "msombuluko",
  "lwesibili", "lwesithathu", "lwesine", "lwesihlanu", "mgqibelo", "ngomsombuluko", "ngolwesibili",
  "ngolwesithathu", "ngolwesine", "ngolwesihlanu", "ngomgqibelo", "ngesonto",
  "સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર",
  "සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "බ්රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා",
  "duşenbe", "sişenbe", "çarşenbe", "penşenbe", "şenbe", "ýekşenbe",
  "alatsinainy", "alarobia", "alakamisy", "zoma", "sabotsy", "alahady",
  "дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе",
  /* Yoruba weekdays, with their tone marks and without ("Ọjọ́bọ̀",
   * "Ọjọ́ Ẹtì": "ọjọ́", day, before the weekday's name); Faroese's; Lao's;
   * Haitian Creole's; Dhivehi's; Xhosa's, as a name ("ULwesibini") and
   * after "on" ("ngoLwesibini") */
  "ọjọ́", "ọjọ", "ajé", "ìṣẹ́gun", "ọjọ́rú", "ọjọ́bọ̀", "ẹtì", "àbámẹ́ta", "àìkú", "aje", "iṣẹgun", "ọjọru",
  "ọjọbọ", "ẹti", "abamẹta", "aiku",
  "mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur", "leygardagur", "sunnudagur",
  "ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ", "ທີ",
  "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch",
  "އާދިއްތަ", "ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު",
  "umvulo", "ulwesibini", "icawa", "lwesibini", "ngomvulo", "ngolwesibini", "ngecawa",
  NULL
};

/**
 * _byline_import_is_date_filler:
 * @lower: a word of a date line, lower-cased
 *
 * Whether @lower is one of the more languages' date words
 */
gboolean
_byline_import_is_date_filler (const char *lower)
{
  return g_strv_contains (more_filler, lower);
}

/* Reads "3:15", "3.15", "3時15分", "3时15分", "3시 15분", "3" at @p: the
 * hour, the minute and where the time ends */
static gboolean
read_clock (const char *p,
            int        *hour,
            int        *minute,
            const char **end)
{
  static const char * const hour_marks[] = { ":", ".", "時", "时", "시 ", "시", NULL };
  static const char * const minute_marks[] = { "分", "분", NULL };
  int h = 0, m = 0, digits = 0;

  while (g_ascii_isdigit (*p) && digits < 3)
    h = h * 10 + (*p++ - '0'), digits++;
  if (digits == 0 || digits > 2 || h > 23)
    return FALSE;
  for (guint i = 0; hour_marks[i] != NULL; i++)
    {
      if (!g_str_has_prefix (p, hour_marks[i]))
        continue;
      p += strlen (hour_marks[i]);
      digits = 0;
      while (g_ascii_isdigit (*p) && digits < 3)
        m = m * 10 + (*p++ - '0'), digits++;
      if (digits != 2 && !(digits == 0 && (i >= 2)))
        return FALSE;
      if (m > 59)
        return FALSE;
      for (guint j = 0; minute_marks[j] != NULL && digits > 0; j++)
        {
          if (g_str_has_prefix (p, minute_marks[j]))
            {
              p += strlen (minute_marks[j]);
              break;
            }
        }
      *hour = h;
      *minute = m;
      *end = p;
      return !g_ascii_isdigit (*p);
    }
  return FALSE;
}

static int
on_clock (int  hour,
          Half half)
{
  if (half == HALF_AM)
    return hour == 12 ? 0 : hour;
  if (half == HALF_NIGHT)
    return hour == 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour;
  return hour < 12 ? hour + 12 : hour;
}

/* "오후 3:15" → "15:15", "3:15 शाम" → "15:15" in @out (FALSE when no
 * half of the day's word stands beside a time) */
static gboolean
rewrite_half (GString *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (halves); i++)
    {
      const char *hit = strstr (out->str, halves[i].word);
      const char *p, *end;
      gsize len = strlen (halves[i].word);
      int hour, minute;

      if (hit == NULL)
        continue;
      /* (a word of its own: "रात", not the end of "गुजरात"; Han and
       * Hangul run on without spaces) */
      if (hit > out->str && g_utf8_get_char (halves[i].word) < 0x3000 &&
          g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (hit))))
        continue;
      /* before the time */
      p = hit + len;
      while (*p == ' ')
        p++;
      if (read_clock (p, &hour, &minute, &end))
        {
          g_autofree char *time = g_strdup_printf ("%02d:%02d", on_clock (hour, halves[i].half), minute);
          gsize at = hit - out->str;

          g_string_erase (out, at, end - hit);
          g_string_insert (out, at, time);
          return TRUE;
        }
      /* after it: "3:15 شام" (the figures and the mark before the word) */
      for (p = hit; p > out->str && p[-1] == ' '; p--)
        ;
      for (; p > out->str && g_ascii_isdigit (p[-1]); p--)
        ;
      if (p > out->str + 1 && (p[-1] == ':' || p[-1] == '.') && g_ascii_isdigit (p[-2]))
        for (p--; p > out->str && g_ascii_isdigit (p[-1]); p--)
          ;
      if (p < hit && read_clock (p, &hour, &minute, &end) && end <= hit)
        {
          g_autofree char *time = g_strdup_printf ("%02d:%02d", on_clock (hour, halves[i].half), minute);
          gsize at = p - out->str;

          g_string_erase (out, at, hit + len - p);
          g_string_insert (out, at, time);
          return TRUE;
        }
    }
  return FALSE;
}

/* "令和8年", "平成30年", "令和元年" → "2026年" */
static gboolean
rewrite_era (GString *out)
{
  static const struct {
    const char *era;
    int         offset;
  } eras[] = { { "令和", 2018 }, { "平成", 1988 }, { "昭和", 1925 } };

  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    {
      const char *hit = strstr (out->str, eras[i].era);
      const char *p;
      int year = 0, digits = 0;
      gsize at;

      if (hit == NULL)
        continue;
      p = hit + strlen (eras[i].era);
      while (*p == ' ')
        p++;
      if (g_str_has_prefix (p, "元"))
        year = 1, p += strlen ("元");
      else
        while (g_ascii_isdigit (*p) && digits < 3)
          year = year * 10 + (*p++ - '0'), digits++;
      if (year < 1 || year > 99 || !g_str_has_prefix (p, "年"))
        continue;
      {
        g_autofree char *gregorian = g_strdup_printf ("%04d", eras[i].offset + year);

        at = hit - out->str;
        g_string_erase (out, at, p - hit);
        g_string_insert (out, at, gregorian);
      }
      return TRUE;
    }
  return FALSE;
}

/* Whether @text has a time of day ("15:15", "15.15"; not the end of
 * "30.11.26") */
static gboolean
has_clock (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      int hour, minute;
      const char *end;

      if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isdigit (p[-1]) || p[-1] == '.' || p[-1] == '/')))
        continue;
      if (read_clock (p, &hour, &minute, &end) && end - p >= 4 && *end != '.' && *end != '/')
        return TRUE;
    }
  return FALSE;
}

/* "30.11.26", "30/11/26" on a line with a time → "30.11.2026" */
static gboolean
rewrite_short_year (GString *out)
{
  if (!has_clock (out->str))
    return FALSE;
  for (const char *p = out->str; *p != '\0'; p++)
    {
      int a, b, y, used = 0;
      char s1, s2;

      if (!g_ascii_isdigit (*p) || (p > out->str && (g_ascii_isdigit (p[-1]) || p[-1] == '.' || p[-1] == '/')))
        continue;
      /* (sscanf() skips spaces before a figure: Korean "2026. 11. 28.
       * 06:05" spaces its parts, and is no "11.28.06") */
      if (sscanf (p, "%2d%c%2d%c%2d%n", &a, &s1, &b, &s2, &y, &used) != 5 || memchr (p, ' ', used) != NULL ||
          s1 != s2 || (s1 != '.' && s1 != '/') ||
          g_ascii_isdigit (p[used]) || ((p[used] == '.' || p[used] == '/') && g_ascii_isdigit (p[used + 1])) ||
          !g_ascii_isdigit (p[used - 2]) || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
        continue;
      g_string_insert (out, p - out->str + used - 2, "20");
      return TRUE;
    }
  return FALSE;
}

/* Whether @word is written in the Hebrew script */
static gboolean
is_hebrew_word (const char *word)
{
  gunichar c = g_utf8_get_char (word);

  return c >= 0x05D0 && c <= 0x05EA;
}

/* "יום שני, כ' בכסלו תשפ"ז, 30.11.2026, 15:15": the Hebrew calendar's
 * date and weekday beside a Gregorian year are left out (a Gregorian
 * month's name in Hebrew stays) */
static gboolean
drop_hebrew_date (GString *out)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) kept = NULL;
  gboolean dropped = FALSE, year = FALSE;

  for (const char *p = out->str; *p != '\0'; p++)
    year |= g_ascii_isdigit (*p) && strspn (p, "0123456789") == 4 && (p == out->str || !g_ascii_isdigit (p[-1])) &&
            (p[0] == '1' || p[0] == '2');
  if (!year)
    return FALSE;
  words = g_strsplit (out->str, " ", -1);
  kept = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *bare = g_strdup (words[i]);

      g_strdelimit (bare, ",", ' ');
      g_strstrip (bare);
      if (is_hebrew_word (words[i]) && _byline_import_parse_month (bare) == 0 &&
          _byline_import_parse_month (g_utf8_next_char (bare)) == 0)
        {
          dropped = TRUE;
          continue;
        }
      if (kept->len > 0)
        g_string_append_c (kept, ' ');
      g_string_append (kept, words[i]);
    }
  if (dropped)
    g_string_assign (out, kept->str);
  return dropped;
}

/* "… ١٤٤٨ هـ الموافق ٣٠ نوفمبر ٢٠٢٦ م" → "… ١٤٤٨ هـ - ٣٠ نوفمبر …" */
static gboolean
part_corresponding (GString *out)
{
  static const char * const words[] = { " الموافق ", " الموافقة ", " الموافق: ", " ويوافق ", NULL };

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *hit = strstr (out->str, words[i]);

      if (hit != NULL)
        {
          gsize at = hit - out->str;

          g_string_erase (out, at, strlen (words[i]));
          g_string_insert (out, at, " - ");
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * _byline_import_join_spaced_hour:
 * @ascii: (inout): a line, its figures in ASCII
 *
 * French "17 h 02" (a time spaced out) written "17h02" in place
 */
void
_byline_import_join_spaced_hour (char *ascii)
{
  for (char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && g_str_has_prefix (p + 1, " h ") && g_ascii_isdigit (p[4]) &&
          g_ascii_isdigit (p[5]) && !g_ascii_isdigit (p[6]))
        {
          p[1] = 'h';
          memmove (p + 2, p + 4, strlen (p + 4) + 1);
        }
    }
}

/**
 * _byline_import_rewrite_clock:
 * @line: a date line
 *
 * Returns: (transfer full) (nullable): @line with its figures in ASCII,
 *   a half of the day's word and its time as a 24-hour time ("오후 3:15" →
 *   "15:15"), a Japanese era's year as the Gregorian year ("令和8年" →
 *   "2026年"), a two-figure year in full beside a time, a Hebrew date
 *   beside a Gregorian one left out, "الموافق" as a dash, a zone in
 *   words as its identifier
 *   ("hora de Brasília"); %NULL when there is none of these
 */
char *
_byline_import_rewrite_clock (const char *line)
{
  g_autofree char *zoned = _byline_import_rewrite_zone_names (line);
  g_autofree char *ascii = byline_calendar_digits_to_ascii (zoned != NULL ? zoned : line);
  g_autofree char *khmer = _byline_import_khmer_digits_to_ascii (ascii);
  g_autoptr(GString) out = g_string_new (khmer != NULL ? khmer : ascii);
  gboolean changed = zoned != NULL || khmer != NULL;

  /* ("입력 … 오후 3:15 수정 … 오후 5:02": each time) */
  for (guint i = 0; i < 4 && rewrite_half (out); i++)
    changed = TRUE;
  changed |= rewrite_era (out);
  changed |= rewrite_short_year (out);
  changed |= drop_hebrew_date (out);
  changed |= part_corresponding (out);
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* "21 January 2026 04:20 pm - 4 - 2,318": the line before the figures
 * alone that dashes or bars part off at its end (a page's comment and
 * view counts), or before a count named, "16 Mar, 2026 - 00:03 0
 * Comments"; or NULL */
static char *
counts_cut (const char *line)
{
  static GRegex *counts;
  g_autoptr(GMatchInfo) match = NULL;
  char *head;
  int start;

  /* (compiled once: every line that is no date comes here) */
  if (g_once_init_enter (&counts))
    g_once_init_leave (&counts, g_regex_new ("((\\s+[-–|]\\s+[0-9]{1,3}(,[0-9]{3})*)+|"
                                             "\\s+[0-9]{1,3}(,[0-9]{3})*\\s+(comments?|views?|reads?|shares?|replies))\\s*$",
                                             G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));
  if (!g_regex_match (counts, line, 0, &match) || !g_match_info_fetch_pos (match, 0, &start, NULL))
    return NULL;
  head = g_strndup (line, start);
  if (strpbrk (head, "0123456789") == NULL)
    g_clear_pointer (&head, g_free);
  return head;
}

/**
 * _byline_import_first_stamp:
 * @line: a date line
 *
 * "Published: March 5, 2026 09:15 AM IST Updated: March 5, 2026 11:20 AM
 * IST": a publication's date and its update's on one line (Kerala's
 * sites print them so); "16 April 2026, 16:35 Last update: about 3 hours
 * ago"; "21 January 2026 04:20 pm - 4 - 2,318", the page's comment and
 * view counts after the date
 *
 * Returns: (transfer full) (nullable): the line before its update's
 *   words or its counts, or %NULL when it has none after a figure
 */
char *
_byline_import_first_stamp (const char *line)
{
  static const char * const updates[] = {
    " updated", " last updated", " last update", " modified", " aktualisiert", " mis à jour", " actualizado", " atualizado",
    " diweddarwyd", " yenilənib", " yangilandi", " ажурирано", " അപ്ഡേറ്റ്", " അപ്‌ഡേറ്റ്", " نوێکراوەتەوە", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  const char *hit = NULL;
  char *head;

  if (strlen (lower) != strlen (line) || strlen (line) > 200)
    return NULL;
  for (guint i = 0; updates[i] != NULL && hit == NULL; i++)
    hit = strstr (lower, updates[i]);
  if (hit == NULL)
    return counts_cut (line);
  /* (after a figure: "about 3 hours ago", "March 5, …"; or "an hour ago") */
  if (strpbrk (hit, "0123456789") == NULL && !g_str_has_suffix (lower, " ago"))
    return NULL;
  head = g_strndup (line, hit - lower);
  g_strchomp (head);
  while (head[0] != '\0' && strchr ("|,-", head[strlen (head) - 1]) != NULL)
    {
      head[strlen (head) - 1] = '\0';
      g_strchomp (head);
    }
  if (strpbrk (head, "0123456789") == NULL)
    g_clear_pointer (&head, g_free);
  return head;
}

/* The weekday of a valid date, 1 (Monday) to 7 */
static int
weekday_of (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return date != NULL ? g_date_time_get_day_of_week (date) : 0;
}

/* The weekday an English word names ("wed", "Wednesday"), 1 (Monday)
 * to 7, or 0 */
static int
weekday_word (const char *lower)
{
  static const char * const names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs", NULL
  };
  static const int weekdays[] = { 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 2, 4, 4 };

  for (guint j = 0; names[j] != NULL; j++)
    if (g_str_equal (lower, names[j]))
      return weekdays[j];
  return 0;
}

/* Whether @word is an English weekday, with its dot or comma: "Wed." */
gboolean
_byline_import_is_weekday_word (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize len = strlen (lower);

  if (len > 0 && (lower[len - 1] == '.' || lower[len - 1] == ','))
    lower[len - 1] = '\0';
  return weekday_word (lower) != 0;
}

/**
 * _byline_import_weekday_order:
 * @line: a date line
 * @month: (inout), @day: (inout): a numeric date's, either way round
 *
 * "Wed, 03/11/2026": the weekday the line names (in English) decides
 * which of the two numbers is the day: 11 March 2026 is a Wednesday, 3
 * November a Tuesday. Left as read when the line names none, or both
 * readings or neither fall on it.
 */
void
_byline_import_weekday_order (const char *line,
                              int         year,
                              int        *month,
                              int        *day)
{
  g_autofree char *lower = g_ascii_strdown (line, -1);
  g_auto(GStrv) words = g_regex_split_simple ("[^a-z]+", lower, 0, 0);
  int named = 0;

  for (guint i = 0; words[i] != NULL && named == 0; i++)
    named = weekday_word (words[i]);
  if (named == 0 || !g_date_valid_dmy (*day, *month, year) || !g_date_valid_dmy (*month, *day, year))
    return;
  if (weekday_of (year, *month, *day) != named && weekday_of (year, *day, *month) == named)
    {
      int swap = *day;

      *day = *month;
      *month = swap;
    }
}

/**
 * _byline_import_add_clock_time:
 * @date: (inout): a date read at midnight (its line named no time)
 * @time_zone: (inout): its zone
 * @line: the line under it: a time alone ("15:15", "3:15 p.m. ET")
 * @default_zone: (nullable): the zone of a time that names none (local if
 *   %NULL)
 *
 * Returns: whether @line was the time of @date (now at that time)
 */
gboolean
_byline_import_add_clock_time (GDateTime  **date,
                               char       **time_zone,
                               const char  *line,
                               GTimeZone   *default_zone)
{
  g_autofree char *dated = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GDateTime) timed = NULL;
  g_autofree char *zone = NULL;
  g_autoptr(GTimeZone) local = NULL;
  GDateTime *at;

  if (*date == NULL || g_date_time_get_hour (*date) != 0 || g_date_time_get_minute (*date) != 0 ||
      g_date_time_get_second (*date) != 0 || !_byline_import_is_clock_time (line))
    return FALSE;
  if (default_zone == NULL)
    default_zone = local = g_time_zone_new_local ();
  day = g_date_time_format (*date, "%d.%m.%Y");
  dated = g_strdup_printf ("%s %s", day, line);
  if (!byline_import_parse_date (dated, default_zone, &timed, &zone))
    return FALSE;
  /* (a time that names no zone is in the date's) */
  if (g_str_equal (zone, g_time_zone_get_identifier (default_zone)))
    at = g_date_time_new (g_date_time_get_timezone (*date), g_date_time_get_year (*date),
                          g_date_time_get_month (*date), g_date_time_get_day_of_month (*date),
                          g_date_time_get_hour (timed), g_date_time_get_minute (timed), 0);
  else
    {
      at = g_date_time_ref (timed);
      g_free (*time_zone);
      *time_zone = g_steal_pointer (&zone);
    }
  if (at == NULL)
    return FALSE;
  g_date_time_unref (*date);
  *date = at;
  return TRUE;
}
