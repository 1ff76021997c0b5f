/* byline-import-phrases-locales.c: the stock lines a web page prints
 * around a story, in Icelandic, Slovenian, Georgian, Kazakh, Albanian,
 * Mongolian, Nepali, Hausa, Khmer, Armenian and Pashto
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The share buttons, the advertisement's label, the comment form's
 * heading, labels and button, a link to another story ("Lestu einnig:
 * …") and the head over a list of them ("Tengdar fréttir"), as
 * byline-import-phrases.c has them for the languages before these; and
 * a cookie notice of one line ("Ta spletna stran uporablja piškotke. Z
 * nadaljnjo uporabo strani …"), which has no button to be read as a
 * consent banner by.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Whole lines, lower-cased, their trailing ':', '*' and spaces trimmed */
static const char * const locale_stock_lines[] = {
  /* Icelandic */
  "deila", "deila frétt", "deila fréttinni", "deila grein", "deildu", "deila á facebook", "deila á x",
  "afrita hlekk", "hlekkur afritaður", "prenta", "auglýsing", "athugasemdir", "athugasemd", "skrifaðu athugasemd",
  "skrifa athugasemd", "senda athugasemd", "nafn", "netfang", "senda", "svara", "gerast áskrifandi", "áskrift",
  "skrá inn", "innskráning", "fréttabréf", "allur réttur áskilinn", "lesa meira", "lesa nánar",
  /* Slovenian */
  "deli", "deli članek", "deli novico", "deli na facebooku", "deli na x", "kopiraj povezavo", "povezava kopirana",
  "natisni", "tiskaj", "oglas", "oglasno sporočilo", "oglaševanje", "komentarji", "komentar", "dodaj komentar",
  "napiši komentar", "oddaj komentar", "objavi komentar", "ime", "e-pošta", "e-naslov", "pošlji", "odgovori",
  "naroči se", "prijava", "prijavi se", "vse pravice pridržane", "preberi več", "všeč mi je",
  /* Georgian */
  "გაზიარება", "გააზიარე", "გაზიარება facebook-ზე", "ბმულის კოპირება", "დაბეჭდვა", "რეკლამა", "კომენტარები",
  "კომენტარი", "დატოვეთ კომენტარი", "დაწერეთ კომენტარი", "კომენტარის დამატება", "სახელი", "ელფოსტა",
  "ელ-ფოსტა", "გაგზავნა", "პასუხი", "გამოწერა", "შესვლა", "ყველა უფლება დაცულია", "ვრცლად", "მოწონება",
  /* Kazakh */
  "бөлісу", "бөлісіңіз", "сілтемені көшіру", "басып шығару", "жарнама", "пікірлер", "пікір", "пікір қалдыру",
  "пікір жазу", "пікір қосу", "пікір білдіру", "аты", "атыңыз", "электронды пошта", "эл. пошта", "жіберу",
  "жауап беру", "жазылу", "кіру", "барлық құқықтар қорғалған", "толығырақ",
  /* Albanian */
  "shpërndaje", "shpërndaj", "shpërnda", "shpërndaje në facebook", "kopjo linkun", "printo", "reklamë", "reklama",
  "komente", "komentet", "koment", "lini një koment", "lër një koment", "shkruaj një koment", "shto koment",
  "komentoni", "emri", "dërgo", "dërgo komentin", "posto komentin", "publiko komentin", "përgjigju", "abonohu",
  "hyr", "të gjitha të drejtat e rezervuara", "lexo më shumë", "pëlqej",
  /* Mongolian */
  "хуваалцах", "линк хуулах", "хэвлэх", "сурталчилгаа", "зар сурталчилгаа", "сэтгэгдэл", "сэтгэгдлүүд",
  "сэтгэгдэл бичих", "сэтгэгдэл үлдээх", "нэр", "имэйл", "и-мэйл", "илгээх", "хариулах", "бүртгүүлэх", "нэвтрэх",
  "бүх эрх хуулиар хамгаалагдсан", "дэлгэрэнгүй", "цааш унших",
  /* Nepali */
  "सेयर गर्नुहोस्", "सेयर", "शेयर गर्नुहोस्", "लिंक कपी गर्नुहोस्", "प्रिन्ट", "प्रतिक्रिया", "प्रतिक्रियाहरू",
  "प्रतिक्रिया दिनुहोस्", "प्रतिक्रिया लेख्नुहोस्", "प्रतिक्रिया पठाउनुहोस्", "टिप्पणी", "नाम", "इमेल", "पठाउनुहोस्",
  "पठाउनुस्", "जवाफ दिनुहोस्", "सदस्यता लिनुहोस्", "लगइन", "सर्वाधिकार सुरक्षित", "थप पढ्नुहोस्",
  /* Hausa */
  "raba", "raba wannan labari", "raba labarin", "kwafi mahaɗi", "talla", "sharhi", "sharhohi", "ra'ayoyi",
  "bar sharhinka", "bar sharhi", "rubuta sharhi", "ƙara sharhi", "suna", "imel", "aika", "aika sharhi", "amsa",
  "yi rijista", "duk haƙƙoƙi sun tabbata", "ƙarin bayani",
  /* Khmer */
  "ចែករំលែក", "ចែករំលែកព័ត៌មាននេះ", "ចម្លងតំណ", "បោះពុម្ព", "ពាណិជ្ជកម្ម", "មតិយោបល់", "មតិ", "សរសេរមតិយោបល់",
  "បញ្ចេញមតិ", "ផ្តល់មតិយោបល់", "ឈ្មោះ", "អ៊ីមែល", "ផ្ញើ", "ឆ្លើយតប", "ជាវ", "រក្សាសិទ្ធិគ្រប់យ៉ាង",
  /* Armenian */
  "կիսվել", "տարածել", "պատճենել հղումը", "տպել", "գովազդ", "մեկնաբանություններ", "մեկնաբանություն",
  "թողնել մեկնաբանություն", "թողնել մեկնաբանություն", "մեկնաբանել", "գրել մեկնաբանություն", "անուն", "էլ. փոստ",
  "էլ.փոստ", "ուղարկել", "պատասխանել", "բաժանորդագրվել", "բոլոր իրավունքները պաշտպանված են", "կարդալ ավելին",
  /* Pashto */
  "شریکول", "شريکول", "شریک یې کړئ", "لینک کاپي کړئ", "چاپ", "اعلان", "نظرونه", "نظر", "خپل نظر ولیکئ",
  "خپل نظر وليکئ", "نظر ورکړئ", "خپل نظر څرګند کړئ", "نوم", "برېښنالیک", "بریښنالیک", "ولېږئ", "ولیږئ", "لېږل",
  "ځواب", "ځواب ورکړئ", "ټول حقونه خوندي دي", "نور ولولئ",
  NULL
};

/* The heads over a list of links to other stories, lower-cased */
static const char * const locale_links_heads[] = {
  /* Icelandic */
  "tengdar fréttir", "fleiri fréttir", "mest lesið", "nýjustu fréttir", "lestu einnig", "sjá einnig", "tengt efni",
  "mest lesnu fréttirnar",
  /* Slovenian */
  "preberite tudi", "preberi tudi", "povezane novice", "sorodni članki", "sorodne novice", "najbolj brano",
  "zadnje novice", "več novic", "priporočamo", "ne spreglejte",
  /* Georgian */
  "ასევე წაიკითხეთ", "ასევე იხილეთ", "მსგავსი სიახლეები", "დაკავშირებული სიახლეები", "ყველაზე კითხვადი",
  "ბოლო სიახლეები", "თემასთან დაკავშირებით",
  /* Kazakh */
  "сондай-ақ оқыңыз", "сондай-ақ қараңыз", "тақырыпқа қатысты", "ұқсас жаңалықтар", "ең көп оқылған",
  "соңғы жаңалықтар", "оқи отырыңыз", "тағы оқыңыз",
  /* Albanian */
  "lexo edhe", "lexo gjithashtu", "lajme të ngjashme", "artikuj të ngjashëm", "më të lexuarat", "lajmet e fundit",
  "mund t'ju interesojë", "mund t’ju interesojë",
  /* Mongolian */
  "холбоотой мэдээ", "холбоотой мэдээлэл", "төстэй мэдээ", "их уншсан", "их уншсан мэдээ", "сүүлийн мэдээ",
  "мөн уншаарай", "шинэ мэдээ",
  /* Nepali */
  "यो पनि पढ्नुहोस्", "सम्बन्धित समाचार", "सम्बन्धित खबर", "धेरै पढिएको", "ताजा समाचार", "यो पनि हेर्नुहोस्",
  /* Hausa */
  "karanta kuma", "labarai masu alaƙa", "labarai masu alaka", "mafi karantawa", "sabbin labarai", "wasu labarai",
  "duba kuma",
  /* Khmer */
  "អត្ថបទទាក់ទង", "ព័ត៌មានទាក់ទង", "អត្ថបទពេញនិយម", "ព័ត៌មានថ្មីៗ", "អានបន្ថែម", "សូមអានផងដែរ",
  /* Armenian */
  "կարդացեք նաև", "կարդացեք նաեւ", "նմանատիպ նյութեր", "առնչվող նյութեր", "թեմայի շուրջ", "ամենաընթերցված",
  "վերջին լուրեր", "տես նաև",
  /* Pashto */
  "دا هم ولولئ", "دا هم وګورئ", "اړوند خبرونه", "اړوند مطالب", "ډېر لوستل شوي", "تازه خبرونه", "وروستي خبرونه",
  NULL
};

/* "Lestu einnig: Another story": a link to another page as a line */
static const char * const locale_link_prefixes[] = {
  "lestu einnig:", "sjá einnig:", "preberite tudi:", "preberi tudi:", "več o tem:", "ასევე წაიკითხეთ:",
  "იხილეთ ასევე:", "сондай-ақ оқыңыз:", "тағы оқыңыз:", "оқи отырыңыз:", "lexo edhe:", "lexo gjithashtu:",
  "мөн уншаарай:", "यो पनि पढ्नुहोस्:", "यो पनि:", "karanta kuma:", "duba kuma:", "អានបន្ថែម៖", "សូមអានផងដែរ៖",
  "អត្ថបទទាក់ទង៖", "կարդացեք նաև՝", "կարդացեք նաև:", "տես նաև՝", "دا هم ولولئ:", "نور ولولئ:",
  NULL
};

/* A cookie notice of one line: what it names (cookies, in the languages
 * Byline reads) and what it tells (going on is agreeing) */
static const char * const cookie_names[] = {
  "cookie", "piškotk", "kolačić", "колачић", "sušenk", "ciasteczk", "küpsis", "eväste", "sīkdatn", "slapuk",
  "kakor", "informasjonskapsl", "vafrakök", "ქუქი", "քուքի", "کوکی", "galet", "informatīvās datnes", NULL
};

static const char * const cookie_consents[] = {
  "by continuing", "continue to use", "continuing to use", "continuing to browse", "you agree", "you consent",
  "you accept", "z nadaljnjo uporabo", "z nadaljevanjem", "se strinjate", "nastavkom", "pristajete",
  "pokračováním", "souhlasíte", "kontynuując", "wyrażasz zgodę", "continuando", "en continuant", "vous acceptez",
  "durch die weitere nutzung", "stimmen sie", "duke vazhduar", "pranoni", "með því að halda áfram", "samþykkir þú",
  "продолжая", "вы соглашаетесь", "жалғастыра", "келісесіз", "გაგრძელებით", "ეთანხმებით", "շարունակելով",
  "համաձայնում եք", "jatkamalla", "hyväksyt", "fortsätter", "godkänner du", "ved at fortsætte", "accepterer du",
  NULL
};

/* One lookup for the lot (asked of every line, twice) */
static gboolean
in_set (GHashTable         **set,
        const char * const  *words,
        const char          *lower)
{
  if (g_once_init_enter (set))
    {
      GHashTable *s = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; words[i] != NULL; i++)
        g_hash_table_add (s, (gpointer) words[i]);
      g_once_init_leave (set, s);
    }
  return g_hash_table_contains (*set, lower);
}

/**
 * _byline_import_is_locale_stock_line:
 * @lower: a whole line, lower-cased, its trailing ':', '*' and spaces trimmed
 *
 * Whether @lower is a stock line of a page in one of this file's
 * languages: a button, a label, the head over a list of links
 */
gboolean
_byline_import_is_locale_stock_line (const char *lower)
{
  static GHashTable *lines_set, *heads_set;

  return in_set (&lines_set, locale_stock_lines, lower) || in_set (&heads_set, locale_links_heads, lower);
}

/**
 * _byline_import_is_locale_links_head:
 * @lower: a line, lower-cased, its trailing ':', '*' and spaces trimmed
 *
 * Whether @lower heads a list of links in one of this file's languages
 * ("Tengdar fréttir", "Preberite tudi", "ასევე წაიკითხეთ")
 */
gboolean
_byline_import_is_locale_links_head (const char *lower)
{
  static GHashTable *heads_set;

  return in_set (&heads_set, locale_links_heads, lower);
}

/**
 * _byline_import_is_locale_link_line:
 * @lower: a line, lower-cased
 *
 * Whether @lower is a link to another story in one of this file's
 * languages ("Lestu einnig: …", "Karanta kuma: …"), or a cookie notice
 * of one line ("This site uses cookies. By continuing to browse it you
 * agree …")
 */
gboolean
_byline_import_is_locale_link_line (const char *lower)
{
  guint words = _byline_import_count_words (lower);

  if (words <= 25 && _byline_import_opens_with_any (lower, locale_link_prefixes))
    return TRUE;
  return words <= 45 && _byline_import_contains_any (lower, cookie_names) &&
         _byline_import_contains_any (lower, cookie_consents);
}
