/* byline-import-language.c: the language of imported wire copy, from its
 * script and, for Latin letters, its short words
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-import.h"

/* Short words that mark a language written in Latin letters; none is a
 * word of another language in the table */
static const struct {
  const char *language;
  const char * const words[48];
} latin_words[] = {
  { "en", { "the", "and", "of", "to", "is", "was", "that", "with", "for", "said", "on", "are", "have",
            "has", "it", "this", "will", "from", "were", NULL } },
  { "de", { "der", "die", "das", "und", "nicht", "mit", "ist", "den", "dem", "ein", "eine", "sich", "auf",
            "für", "sagte", "im", "auch", "von", "zu", NULL } },
  { "fr", { "le", "les", "et", "des", "est", "une", "du", "dans", "pour", "pas", "au", "sur", "qui",
            "été", "aux", "ce", "il", "ont", NULL } },
  { "es", { "el", "los", "las", "y", "del", "por", "una", "con", "para", "es", "se", "al", "su", "como",
            "más", "fue", "este", NULL } },
  { "it", { "il", "di", "che", "della", "per", "non", "gli", "sono", "è", "nel", "alla", "anche", "delle",
            "dei", "ha", "stato", NULL } },
  { "pt", { "os", "não", "uma", "do", "da", "em", "dos", "das", "ao", "foi", "pelo", "pela", "mais",
            "com", "é", "também", NULL } },
  { "nl", { "het", "een", "van", "niet", "zijn", "op", "voor", "dat", "met", "ook", "naar", "bij", "wordt",
            "heeft", "werd", "maar", "nog", "aan", "worden", NULL } },
  { "tr", { "ve", "bir", "bu", "için", "ile", "olarak", "olan", "gibi", "daha", "çok", "ama", "değil",
            "sonra", "kadar", "göre", "ise", "dedi", "tarafından", "yüzde", NULL } },
  { "pl", { "w", "z", "się", "nie", "że", "jest", "od", "po", "jak", "za", "przez", "oraz", "dla", "już",
            "które", "który", "został", "także", "jego", NULL } },
  { "sv", { "och", "att", "det", "som", "är", "på", "för", "med", "av", "till", "inte", "har", "ett", "sig",
            "efter", "säger", "också", "hade", "vid", NULL } },
  /* (Indonesian's words are Malay's too: Bernama's Malay reads as "id") */
  { "id", { "yang", "dan", "untuk", "dengan", "ini", "dari", "itu", "tidak", "akan", "pada", "kata", "dalam",
            "juga", "oleh", "tersebut", "bagi", "adalah", "menurut", "telah", NULL } },
  { "sw", { "na", "ya", "wa", "kwa", "katika", "ni", "hiyo", "cha", "hii", "kuwa", "alisema", "pia", "lakini",
            "zaidi", "kama", "wakati", "baada", "hata", "huo", NULL } },
  { "vi", { "và", "của", "các", "có", "được", "cho", "với", "là", "trong", "không", "người", "này", "những",
            "một", "đã", "sẽ", "từ", "theo", "tại", NULL } },
  { "ro", { "și", "în", "cu", "care", "fost", "pentru", "fiind", "din", "acum", "sunt", "lui", "această",
            "acest", "spus", "potrivit", "că", "unei", "unui", "iar", NULL } },
  { "cs", { "je", "jsou", "podle", "který", "která", "které", "také", "byl", "byla", "bude", "pro", "jako",
            "při", "už", "mezi", "uvedl", "řekl", "jeho", "tak", NULL } },
  /* (Catalan: "amb", "els", "va dir"; Hungarian: "hogy", "szerint";
   * Danish (and Norwegian, as Danish): "og", "ikke", "af"; Croatian
   * (and Serbian and Bosnian in Latin letters): "koji", "što", "će") */
  { "ca", { "els", "amb", "dels", "pels", "més", "segons", "aquest", "aquesta", "va", "seva", "seu", "però",
            "fins", "han", "hi", "ho", "aquests", "ciutat", NULL } },
  { "hu", { "az", "és", "hogy", "egy", "meg", "ezt", "amely", "között", "szerint", "volt", "lesz", "már",
            "csak", "pedig", "után", "mint", "kell", "ahol", "azt", NULL } },
  { "da", { "og", "af", "ikke", "til", "er", "siger", "også", "blev", "været", "ved", "skal", "vil", "hvor",
            "kroner", "havde", "fra", "eller", "blive", "kan", NULL } },
  { "hr", { "koji", "koja", "koje", "što", "će", "biti", "prema", "nije", "ali", "također", "rekao", "rekla",
            "kako", "u", "iz", "ovo", "bio", "bila", "godine", NULL } },
  /* (Finnish: "että", "mukaan", "myös"; not "on", "is", English's too) */
  { "fi", { "ja", "että", "ei", "oli", "ovat", "mukaan", "myös", "kun", "tai", "joka", "mutta", "hän", "sen",
            "noin", "kuin", "jo", "vielä", "jotka", "olemme", "sanoi", "lähtien", "asti", "jälkeen", "koska",
            "jos", "nyt", "sekä", NULL } },
  /* (Slovak: "podľa", "tiež", "aj"; Lithuanian: "ir", "yra", "kad") */
  { "sk", { "aj", "ako", "podľa", "ktorý", "ktorá", "ktoré", "pre", "tiež", "povedal", "uviedol", "budú",
            "však", "ešte", "alebo", "ktorých", "mesto", "sú", "bolo", NULL } },
  { "lt", { "ir", "yra", "kad", "iš", "bus", "buvo", "nuo", "kaip", "sakė", "metų", "dėl", "taip", "į",
            "apie", "jau", "ar", "kurie", "tačiau", NULL } },
  /* (Latvian: "un", "kas", "arī"; Estonian: "ning", "ütles", "sõnul";
   * Afrikaans, told from Dutch and German by its own spellings below) */
  { "lv", { "un", "ka", "par", "uz", "kas", "lai", "tas", "arī", "bet", "pēc", "būs", "gada", "vai", "sacīja",
            "kā", "tiks", "var", "no", "tika", NULL } },
  { "et", { "ning", "ütles", "seda", "mis", "kes", "oma", "aga", "veel", "pärast", "sõnul", "kuid", "see",
            "selle", "nad", "olid", "võib", "võiks", "peaks", "tuleb", NULL } },
  { "fil", { "ang", "ng", "sa", "mga", "ay", "kay", "ito", "ayon", "ngayon", "siya", "hindi", "rin", "nang",
             "kanilang", "nito", "isang", "lamang", "natin", "sabi", NULL } },
  /* (Icelandic: "að", "það", "í", not Danish's "og", "til", "er";
   * Slovenian: "ki", "tudi", "bodo", where Croatian writes "koji",
   * "također", "će"; Albanian: "të", "në", "dhe"; Hausa: "kuma", "cewa",
   * "wannan", not Swahili's "na", "ya", "wa" nor Portuguese's "da") */
  { "is", { "að", "það", "við", "hefur", "verður", "sem", "á", "í", "um", "ekki", "hafa", "eru", "segir",
            "sagði", "einnig", "þegar", "þá", "hann", "hún", "þar", "frá", "eftir", "verið", "var", NULL } },
  { "sl", { "ki", "tudi", "bo", "bodo", "kot", "ter", "smo", "še", "že", "če", "zato", "vendar", "saj",
            "dejal", "dejala", "pravi", "danes", "lahko", "zelo", "v", "in", "so", "bi", "kar", "več", "zdaj",
            "nekaj", "pa", "ni", "naj", "ker", "kjer", "jih", "tako", "bilo", NULL } },
  { "sq", { "të", "në", "dhe", "për", "një", "që", "është", "nga", "tha", "nuk", "kjo", "janë", "edhe", "më",
            "ky", "ishte", "kanë", "mund", "sipas", "prej", "këtë", "kësaj", "cila", "cili", "gjatë", "shumë",
            NULL } },
  { "ha", { "kuma", "cewa", "cewar", "domin", "wannan", "ta", "ce", "ne", "sun", "suka", "yake", "daga", "amma",
            "wasu", "haka", "yadda", "inda", "ranar", "jihar", "ba", "ko", "shi", "mai", "zuwa", "cikin", "bayan",
            "kafin", "tare", "saboda", "yayin", "lokacin", "shekara", "zai", "wani", NULL } },
  /* (Azerbaijani: "və", "ilə", "üçün", where Turkish writes "ve", "ile",
   * "için", and its ə below; Uzbek: "va", "bilan", "uchun" and its oʻ gʻ
   * below; Welsh: "yn", "mae", "wedi", "gyda" and its ŵ ŷ) */
  { "az", { "və", "ilə", "üçün", "isə", "həm", "hər", "edib", "olub", "olunub", "bildirib", "deyib", "qədər",
            "həmçinin", "lakin", "onun", "onlar", "belə", "yenə", "hələ", "edilib", "olacaq", "deyə", "görə",
            "ildə", "artıq", "əsasən", "barədə", "haqqında", "zamanı", NULL } },
  { "uz", { "va", "bilan", "uchun", "ham", "esa", "edi", "deb", "dedi", "haqida", "emas", "yoki", "hamda",
            "lekin", "biroq", "shu", "koʻra", "boʻyicha", "boʻlgan", "boʻladi", "qilish", "kerak", "yilda",
            "mumkin", "boshqa", "orqali", "hozir", "xabar", "berdi", "aytdi", "qaror", "shahar", "yana", "yangi",
            "tashkil", "etadi", "etdi", "qildi", "ushbu", "mazkur", "kabi", "keyin", "barcha", "uning", "viloyati",
            NULL } },
  { "cy", { "yn", "yr", "mae", "roedd", "bydd", "wedi", "gyda", "meddai", "dywedodd", "hefyd", "mewn", "rhwng",
            "oedd", "ddim", "nhw", "hyn", "hynny", "sydd", "ond", "fel", "dros", "gan", "ac", "nad", "nid", "bod",
            "iddi", "iddo", "cael", "fod", "ydy", "ydyn", "eisoes", "drwy", NULL } },
  /* (Basque: "eta", "zuen", "izango", not "da" nor "du", Portuguese's and
   * French's too) */
  { "eu", { "eta", "ez", "bat", "ere", "zuen", "zuten", "dira", "dute", "ditu", "dituzte", "izango", "baina",
            "egin", "hau", "hori", "dago", "duela", "dela", "direla", "zen", "bere", "arabera", "gehiago", "beste",
            "behar", "esan", "ondoren", "duenez", "edo", "baino", "bezala", "izan", "ziren", NULL } },
  /* (Irish: "agus", "ag", "tá", "dúirt", not "an", "go", English's too;
   * Maltese: "li", "tal", "minn", "għal" and its ħ ġ ċ below, not "ta'",
   * Hausa's "ta", nor "il-", Italian's and French's "il"; Luxembourgish:
   * "vun", "déi", "huet", "gëtt", where German writes "von", "die",
   * "hat", "gibt" (its ë, Albanian's letter, outnumbered by them);
   * Somali: "iyo", "oo", "ayaa", "wuxuu", not "in", English's, nor "la") */
  { "ga", { "agus", "ag", "tá", "atá", "bhí", "ní", "níos", "ná", "dúirt", "idir", "beidh", "bhfuil", "nach",
            "mbeadh", "freisin", "faoi", "chuig", "leis", "acu", "aige", "aici", "chun", "ann", "siad", "inniu",
            "inné", "bliana", "seo", "ach", "sna", "leo", "orthu", NULL } },
  { "mt", { "li", "tal", "tat", "tad", "tas", "taż", "fil", "fl", "mill", "mis", "minn", "wara", "bejn", "mhux",
            "qal", "qalet", "fejn", "biex", "dwar", "ukoll", "jekk", "kien", "kienet", "għal", "għall", "għandu", "għandha", "iżda", "madwar", "waqt", "hemm", "kif", "dawn",
            "skont", "jista", "jistgħu", "ħafna", "bħala", NULL } },
  { "lb", { "vun", "déi", "sinn", "mam", "eng", "iech", "hunn", "huet", "ass", "datt", "awer", "gëtt",
            "ginn", "gouf", "goufen", "méi", "wann", "dës", "dëse", "sot", "seet", "mat", "vum", "fir", "zou",
            "virun", "iwwer", "ënner", "elo", "hien", "keng", "wéi", "wou", "eis", "hätt", "gëschter", NULL } },
  { "so", { "iyo", "oo", "ah", "ku", "ayaa", "ayuu", "ayay", "ayey", "wuxuu", "waxay", "waxaa", "waxaan", "doono",
            "uu", "soo", "waa", "uga", "kale", "sidoo", "ugu", "laga", "lagu", "ee", "inuu", "iyada", "isaga",
            "hadda", "kuwa", "kaas", "taas", "kala", "ilaa", "sheegay", NULL } },
  /* (Zulu: "ukuthi", "futhi", "kusho", "lapho", where Xhosa writes
   * "ukuba", "kwaye", "utshilo", "apho", not "uma", Portuguese's;
   * Turkmen: "we", "üçin", "diýip", not "bu", Turkish's, nor "hem",
   * Dutch's; Malagasy: "ny", "sy", "tsy", "hoy", not "ao", "ho", "dia" nor
   * "fa", Portuguese's, Catalan's and Indonesian's) */
  { "zu", { "ukuthi", "futhi", "kusho", "lapho", "noma", "ngoba", "njengoba", "kanye", "manje", "uthe",
            "athe", "ngokusho", "kodwa", "ukuze", "emva", "kusukela", "ngesikhathi", "khona", "kakhulu", "kepha",
            "yini", "kuzo", "kulo", "kule", NULL } },
  { "tk", { "we", "üçin", "bilen", "diýip", "aýtdy", "boýunça", "ýaly", "edildi", "bolsa", "şeýle", "olar",
            "onuň", "bolup", "bolýar", "barada", "arkaly", "ýylda", "indi", "başga", "çenli", "soňra", "görä",
            "ýöne", "ähli", "täze", NULL } },
  { "mg", { "ny", "sy", "ary", "tsy", "hoy", "ireo", "izany", "izay", "eo", "mba", "koa", "kosa", "saingy",
            "satria", "mbola", "efa", "noho", "nandritra", "amin", "azy", "teo", "eto", "raha", "ireny", NULL } },
  /* (Yoruba: "àwọn", "yóò", "náà", "pé", not "ní", "sí", "tí" nor "ó",
   * Irish's too, and its ẹ ọ ṣ below; Haitian Creole: "nan", "pou",
   * "yon", "pral", not "li", "ki", "pa", "se" nor "sa", Maltese's,
   * Slovenian's, Spanish's and Filipino's; Xhosa: "kwaye", "utshilo",
   * "apho", "xa", where Zulu writes "futhi", "kusho", "lapho", "uma") */
  { "yo", { "àwọn", "yóò", "náà", "pé", "fún", "láti", "kò", "wọn", "sọ", "ti", "lè", "bí", "àti", "yìí", "tó",
            "ọdún", "nígbà", "ń", "ìjọba", "gbogbo", "òun", "jù", "lọ", NULL } },
  { "ht", { "nan", "ak", "pou", "yon", "ap", "pral", "gen", "nou", "mwen", "kounye", "lòt", "anpil", "konn",
            "fè", "apre", "anba", "epi", "kote", "chak", "lè", "deja", "yo", "tou", "kèk", "plis", "paske",
            "avèk", "sou", NULL } },
  { "xh", { "kwaye", "ukuba", "utshilo", "watsho", "apho", "kunye", "ngoku", "xa", "phambi", "nokuba", "ngenxa",
            "kuba", "oko", "uza", "iza", "ziza", "ziya", "kukho", "kwakhona", "kufuneka", NULL } },
};

/* Languages read as a nearer one's short words, told apart by words
 * only they spell that way: Malay's ("kerana", "baharu", "kerajaan",
 * where Indonesian writes "karena", "baru", "pemerintah"), Norwegian's
 * ("sier", "ble", "etter", where Danish writes "siger", "blev", "efter",
 * and Swedish "säger", "blev", "efter": short Norwegian reads as either),
 * Afrikaans's ("sal", "vir", "hy", "gesê", where Dutch writes "zal",
 * "voor", "hij", "gezegd", and German, "die" read, none), Estonian's
 * ("ning", "ütles", "mis", where Finnish writes "ja", "sanoi", "mitä") */
static const struct {
  const char *read_as;
  const char *language;
  const char * const words[24];
} own_spellings[] = {
  { "id", "ms", { "kerana", "baharu", "kerajaan", "mahu", "sahaja", "ialah", "iaitu", "bagaimanapun", "pemberita",
                  "beliau berkata", "katanya kepada", "kesemua", "sebarang", "selepas", NULL } },
  { "de", "af", { "sal", "vir", "hy", "gesê", "sê", "hulle", "baie", "kry", "nuwe", "ek", "jy", "julle", "dié",
                  "deur", "ná", NULL } },
  { "nl", "af", { "sal", "vir", "hy", "gesê", "sê", "hulle", "baie", "kry", "nuwe", "ek", "jy", "julle", "dié",
                  "deur", "ná", NULL } },
  { "da", "nb", { "sier", "ble", "blir", "etter", "seg", "noen", "mye", "gjennom", "vært", "fikk", "kveld",
                  "nå", "ikkje", "bare", "hvis", "mellom", "å", "sa", "innen", "mot", "vedtok", NULL } },
  /* (not "blir", "becomes" in Swedish too) */
  { "sv", "nb", { "sier", "ikke", "å", "etter", "ble", "bare", "mye", "noen", "mellom", "gjennom",
                  "også", "hvis", "nå", NULL } },
  /* (Galician's own "a", "not", "also", "more", "still", "said", where
   * Portuguese writes "uma", "não", "também", "mais", "ainda", "disse",
   * and Spanish "una", "no", "también", "más", "todavía", "dijo") */
  { "pt", "gl", { "unha", "unhas", "non", "tamén", "máis", "aínda", "dixo", "xa", "coa", "coas", "nunha", "polo",
                  "pola", "despois", "moi", "moita", "moito", "xente", "hoxe", "onte", "ata", NULL } },
  { "es", "gl", { "unha", "unhas", "non", "tamén", "máis", "aínda", "dixo", "xa", "coa", "coas", "nunha", "polo",
                  "pola", "despois", "moi", "moita", "moito", "xente", "hoxe", "onte", "ata", NULL } },
  /* (Catalan's own "and", "with", "the", "more", "also": "el", "del" and
   * "una" are Spanish's words too) */
  { "es", "ca", { "i", "amb", "els", "dels", "pels", "més", "també", "segons", "aquest", "aquesta", "però",
                  "seva", "perquè", "això", NULL } },
  { "fi", "et", { "ning", "ütles", "teatas", "mis", "kes", "mitte", "ainult", "peab", "olema", "ka", "aga",
                  "jaoks", "kus", "sõnul", "kuid", "pärast", NULL } },
  /* (Faroese's own "has", "says", "it", "this", "also", "not", where
   * Icelandic writes "hefur", "segir", "það", "þetta", "einnig", "ekki",
   * and Danish "har", "siger", "det", "dette", "også", "ikke"; with its ð
   * it reads as Icelandic, without it as Danish or Norwegian) */
  { "is", "fo", { "hevur", "sigur", "tað", "hetta", "eisini", "teir", "tey", "ikki", "hava", "nógv", "eingin",
                  NULL } },
  { "da", "fo", { "hevur", "sigur", "tað", "hetta", "eisini", "teir", "tey", "ikki", "hava", "nógv", "eingin",
                  NULL } },
};

/* How many times @text holds one of @words, each a word (or words) of
 * its own */
static guint
count_own_words (const char         *text,
                 const char * const *words)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      for (const char *p = strstr (lower, words[i]); p != NULL; p = strstr (p + 1, words[i]))
        {
          gunichar before = p == lower ? ' ' : g_utf8_get_char (g_utf8_find_prev_char (lower, p));

          if (!g_unichar_isalpha (before) && !g_unichar_isalpha (g_utf8_get_char (p + len)))
            n++;
        }
    }
  return n;
}

/* English, German, French, Spanish, Italian, Portuguese, Dutch, Turkish,
 * Polish, Swedish, Indonesian, Swahili, Vietnamese, Romanian, Czech,
 * Catalan, Hungarian, Danish (Norwegian), Croatian, Finnish, Slovak,
 * Lithuanian, Latvian, Estonian, Filipino, Icelandic, Slovenian, Albanian,
 * Hausa, Azerbaijani, Uzbek, Welsh, Basque, Irish, Maltese, Luxembourgish,
 * Somali, Zulu, Turkmen, Malagasy, Yoruba, Haitian Creole or Xhosa (and
 * Afrikaans, Galician, Faroese), by the short words of @text (English
 * unless another language's are clearly more) */
static const char *
detect_latin_language (const char *text)
{
  guint hits[G_N_ELEMENTS (latin_words)] = { 0 };
  guint best = 0;
  guint words = 0, turkish = 0, polish = 0, vietnamese = 0, romanian = 0, czech = 0, slovak = 0, lithuanian = 0, latvian = 0;
  guint catalan = 0, icelandic = 0, albanian = 0, hausa = 0, azerbaijani = 0, uzbek = 0, welsh = 0, maltese = 0;
  guint underdot = 0, yoruba = 0;
  gunichar last = 0;
  guint english_on = 0;
  const char *p = text;

  while (*p != '\0' && words < 2000)
    {
      const char *start;
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start || p - start > 12)
        continue;
      words++;
      word = g_utf8_strdown (start, p - start);
      english_on += g_str_equal (word, "on");
      for (guint l = 0; l < G_N_ELEMENTS (latin_words); l++)
        {
          for (guint w = 0; latin_words[l].words[w] != NULL; w++)
            {
              if (g_str_equal (word, latin_words[l].words[w]))
                hits[l]++;
            }
        }
    }
  /* Letters only one of these languages writes, one hit for every two:
   * Turkish's ı ğ İ, Polish's ł ą ę ż ś ć ń (a short Turkish story may
   * have few of its short words) */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0131 || c == 0x011F || c == 0x0130 || c == 0x011E)
        turkish++;
      /* (not ć, which Croatian and Serbian write as often) */
      else if (c == 0x0142 || c == 0x0105 || c == 0x0119 || c == 0x017C || c == 0x015B || c == 0x0144 ||
               c == 0x0141)
        polish++;
      /* (Catalan's è ò ï and its "l·l": Spanish writes none) */
      else if (c == 0x00E8 || c == 0x00F2 || c == 0x00EF || c == 0x00B7)
        catalan++;
      /* (ẹ ọ: Vietnamese's and Yoruba's, whose ṣ and tone marks over
       * them, combining ones, "ọ̀", Vietnamese never writes) */
      else if (c == 0x1EB8 || c == 0x1EB9 || c == 0x1ECC || c == 0x1ECD)
        underdot++;
      else if (c == 0x1E62 || c == 0x1E63 ||
               ((c == 0x0300 || c == 0x0301) &&
                (last == 0x1EB9 || last == 0x1ECD || last == 0x1EB8 || last == 0x1ECC)))
        yoruba++;
      /* (ư ơ đ and the letters with two marks) */
      else if (c == 0x01B0 || c == 0x01A1 || c == 0x0111 || (c >= 0x1EA0 && c <= 0x1EF9))
        vietnamese++;
      /* (ș ț with the comma below: Turkish writes ş with a cedilla) */
      else if (c >= 0x0218 && c <= 0x021B)
        romanian++;
      /* (ř ě ů) */
      else if (c == 0x0159 || c == 0x0158 || c == 0x011B || c == 0x011A || c == 0x016F || c == 0x016E)
        czech++;
      /* (ľ ĺ ŕ ô) */
      else if (c == 0x013E || c == 0x013D || c == 0x013A || c == 0x0155 || c == 0x00F4)
        slovak++;
      /* (ā ē ī ķ ļ ņ ģ) */
      else if (c == 0x0101 || c == 0x0113 || c == 0x012B || c == 0x0137 || c == 0x013C || c == 0x0146 || c == 0x0123)
        latvian++;
      /* (ė ų į) */
      else if (c == 0x0117 || c == 0x0116 || c == 0x0173 || c == 0x0172 || c == 0x012F || c == 0x012E)
        lithuanian++;
      /* (Icelandic's þ ð; Albanian's ë, in nearly every word of three;
       * Hausa's hooked ɓ ɗ ƙ ƴ) */
      else if (c == 0x00FE || c == 0x00DE || c == 0x00F0 || c == 0x00D0)
        icelandic++;
      else if (c == 0x00EB || c == 0x00CB)
        albanian++;
      else if (c == 0x0253 || c == 0x0181 || c == 0x0257 || c == 0x018A || c == 0x0199 || c == 0x0198 ||
               c == 0x01B4 || c == 0x01B3)
        hausa++;
      /* (Azerbaijani's ə, in nearly every other word, a hit and a half;
       * Uzbek's oʻ gʻ, the
       * turned comma after o or g; Welsh's ŵ ŷ) */
      else if (c == 0x0259 || c == 0x018F)
        azerbaijani += 3;
      else if ((c == 0x02BB || c == 0x2018) && (last == 'o' || last == 'g' || last == 'O' || last == 'G'))
        uzbek += 2;
      /* (or typed "yo'l", "ko’p": an apostrophe inside a word, after o or
       * g; not "O'Brien" nor "o'clock") */
      else if ((c == '\'' || c == 0x2019) && (last == 'o' || last == 'g') && p > text + 1 &&
               g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (p)))) &&
               g_unichar_islower (g_utf8_get_char (g_utf8_next_char (p))))
        uzbek++;
      else if (c == 0x0175 || c == 0x0174 || c == 0x0177 || c == 0x0176)
        welsh++;
      /* (Maltese's ħ ġ ċ; its ż is Polish's too) */
      else if (c == 0x0127 || c == 0x0126 || c == 0x0121 || c == 0x0120 || c == 0x010B || c == 0x010A)
        maltese++;
      last = c;
    }
  for (guint l = 1; l < G_N_ELEMENTS (latin_words); l++)
    {
      if (g_str_equal (latin_words[l].language, "tr"))
        hits[l] += turkish / 2;
      else if (g_str_equal (latin_words[l].language, "pl"))
        hits[l] += polish / 2;
      else if (g_str_equal (latin_words[l].language, "vi"))
        hits[l] += (vietnamese + (yoruba >= 3 ? 0 : underdot)) / 2;
      else if (g_str_equal (latin_words[l].language, "yo"))
        hits[l] += yoruba >= 3 ? (yoruba + underdot) / 2 : 0;
      else if (g_str_equal (latin_words[l].language, "ro"))
        hits[l] += romanian / 2;
      else if (g_str_equal (latin_words[l].language, "cs"))
        hits[l] += czech / 2;
      else if (g_str_equal (latin_words[l].language, "sk"))
        hits[l] += slovak / 2;
      else if (g_str_equal (latin_words[l].language, "lt"))
        hits[l] += lithuanian / 2;
      else if (g_str_equal (latin_words[l].language, "lv"))
        hits[l] += latvian / 2;
      else if (g_str_equal (latin_words[l].language, "ca"))
        hits[l] += catalan / 2;
      else if (g_str_equal (latin_words[l].language, "is"))
        hits[l] += icelandic / 2;
      else if (g_str_equal (latin_words[l].language, "sq"))
        hits[l] += albanian / 2;
      else if (g_str_equal (latin_words[l].language, "ha"))
        hits[l] += hausa / 2;
      else if (g_str_equal (latin_words[l].language, "az"))
        hits[l] += azerbaijani / 2;
      else if (g_str_equal (latin_words[l].language, "uz"))
        hits[l] += uzbek / 2;
      else if (g_str_equal (latin_words[l].language, "cy"))
        hits[l] += welsh / 2;
      else if (g_str_equal (latin_words[l].language, "mt"))
        hits[l] += maltese / 2;
      if (hits[l] > hits[best])
        best = l;
    }
  /* (Finnish's and Estonian's "on", "is", is no English "on") */
  if (g_str_equal (latin_words[best].language, "fi") || g_str_equal (latin_words[best].language, "et"))
    hits[0] -= MIN (hits[0], english_on);
  if (hits[best] < 3 || hits[best] < 2 * hits[0])
    return "en";
  /* Malay read as Indonesian, Norwegian as Danish: their own spellings */
  for (guint k = 0; k < G_N_ELEMENTS (own_spellings); k++)
    {
      /* (five for Catalan: a Spanish story may name "Els Quatre Gats";
       * and for Galician: a Portuguese one may quote a word of it) */
      if (g_str_equal (latin_words[best].language, own_spellings[k].read_as) &&
          count_own_words (text, own_spellings[k].words) >=
          (g_str_equal (own_spellings[k].language, "ca") || g_str_equal (own_spellings[k].language, "gl") ? 5 : 2))
        return own_spellings[k].language;
    }
  return latin_words[best].language;
}

/* Scripts that one language writes most of what a newsroom receives in;
 * a story in such a script is that language (Devanagari is Hindi's
 * unless Nepali's or Marathi's short words are more, Han without kana
 * Chinese) */
static const struct {
  gunichar    first, last;
  const char *language;
} scripts[] = {
  { 0x0370, 0x03FF, "el" }, { 0x0530, 0x058F, "hy" }, { 0x0900, 0x097F, "hi" },
  { 0x0980, 0x09FF, "bn" }, { 0x0A00, 0x0A7F, "pa" }, { 0x0A80, 0x0AFF, "gu" },
  { 0x0B80, 0x0BFF, "ta" }, { 0x0C00, 0x0C7F, "te" }, { 0x0C80, 0x0CFF, "kn" },
  { 0x0D00, 0x0D7F, "ml" }, { 0x0E00, 0x0E7F, "th" }, { 0x10A0, 0x10FF, "ka" },
  { 0x1200, 0x139F, "am" }, { 0x1780, 0x17FF, "km" }, { 0x19E0, 0x19FF, "km" }, { 0x0E80, 0x0EFF, "lo" },
  { 0x1000, 0x109F, "my" }, { 0x0D80, 0x0DFF, "si" }, { 0x0780, 0x07BF, "dv" },
  { 0x1100, 0x11FF, "ko" }, { 0x3130, 0x318F, "ko" }, { 0xAC00, 0xD7AF, "ko" },
  { 0x3040, 0x30FF, "ja" }, { 0x3400, 0x4DBF, "zh" }, { 0x4E00, 0x9FFF, "zh" },
};

/* Devanagari's languages, by their short words: Nepali's "छ", "मा",
 * "लागि" where Hindi writes "है", "में", "के लिए", and Marathi's "आहे",
 * "आणि" */
static const struct {
  const char *language;
  const char * const words[24];
} devanagari_words[] = {
  { "hi", { "है", "हैं", "में", "और", "की", "का", "के", "से", "था", "थी", "थे", "ने", "गया", "कहा", "लिए", "भी",
            "नहीं", "यह", "इस", "पर", "हो", "रहा", "रही", NULL } },
  { "ne", { "छ", "छन्", "मा", "ले", "लाई", "लागि", "पनि", "गरेको", "भएको", "गर्न", "भने", "थियो", "छैन",
            "गरिएको", "रहेको", "गरे", "बताए", "बताउनुभयो", "हुने", "यस्तो", "उनले", "थिए", NULL } },
  { "mr", { "आहे", "आहेत", "आणि", "होते", "होता", "केली", "केले", "म्हणाले", "यांनी", "त्यांनी", "नाही",
            "करण्यात", "आली", "आला", NULL } },
};

/* How many of the words of @text, between spaces and punctuation, are
 * one of @words */
static guint
count_tokens (const char         *text,
              const char * const *words)
{
  guint n = 0;
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *token = NULL;

      while (*p != '\0' && (g_unichar_isspace (g_utf8_get_char (p)) || g_unichar_ispunct (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)) && !g_unichar_ispunct (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start || p - start > 40)
        continue;
      token = g_strndup (start, p - start);
      n += g_strv_contains (words, token);
    }
  return n;
}

/* Cyrillic's short words: Russian's, and Mongolian's and Kyrgyz's (a
 * short story in either may have few of its own letters ө ү ң) */
static const char * const russian_short_words[] = {
  "и", "в", "на", "не", "что", "по", "с", "для", "из", "от", "это", "как", "к", "о", "за", "его", "также",
  "был", "была", "были", "году", "словам", "который", "которые", NULL
};
static const char * const mongolian_short_words[] = {
  "нь", "юм", "байна", "байгаа", "гэж", "бөгөөд", "болон", "энэ", "тэр", "оны", "сарын", "гэсэн", "хэлснээр",
  "бол", "байсан", "ийм", "тул", "өдөр", "улсын", "засгийн", "газар", "гэв", "мөн", "ч", NULL
};
/* Macedonian's short words where Serbian writes "у", "са", "је", "ће",
 * and Serbian's (a Macedonian story may have few of its ѓ ќ ѕ) */
static const char * const macedonian_short_words[] = {
  "во", "со", "дека", "ја", "го", "ги", "тоа", "оваа", "овој", "денеска", "беше", "ќе", "е", "има", "според",
  "кој", "која", "кое", "нивните", "нема", NULL
};
static const char * const serbian_short_words[] = {
  "у", "са", "је", "су", "према", "ће", "био", "била", "било", "који", "која", "које", "још", "али", "није", NULL
};
static const char * const kyrgyz_short_words[] = {
  "жана", "менен", "үчүн", "болуп", "деп", "бул", "боюнча", "анын", "эле", "дагы", "айтымында", "өкмөт",
  "мыйзам", "кийинки", NULL
};

/* Hindi, Nepali or Marathi, by their short words (Hindi unless another's
 * are more) */
static const char *
detect_devanagari_language (const char *text)
{
  guint best = 0, best_hits = 0;

  for (guint l = 0; l < G_N_ELEMENTS (devanagari_words); l++)
    {
      guint hits = count_tokens (text, devanagari_words[l].words);

      if (hits > best_hits)
        {
          best = l;
          best_hits = hits;
        }
    }
  return devanagari_words[best].language;
}

/**
 * byline_import_detect_language:
 *
 * Guesses the language from the script: Arabic script with Urdu's own
 * letters (ٹ ڈ ڑ ں ے) → `ur`, with Sorani Kurdish's (ڕ ڵ ۆ ێ ە) → `ckb`,
 * with Pashto's (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ) → `ps`, with Persian letters (پ چ ژ گ ک ی,
 * Persian digits) → `fa`, other Arabic script → `ar`, Hebrew → `he`
 * (`yi` with Yiddish's װ ײ, אַ אָ פֿ or short words: "און", "דער", "איז"),
 * Cyrillic → `sr` with Serbian's ђ ћ ј љ њ џ (`mk` with Macedonian's
 * ѓ ќ ѕ or short words: "во", "дека"), `tg` with Tajik's ӣ ӯ ҷ, `be`
 * with Belarusian's ў and і and no и, `uz` with Uzbek's ў ҳ, `tt` with
 * Tatar's җ (and ә һ, none of Kazakh's ғ қ ұ), `kk` with
 * Kazakh's ә ғ қ ұ һ, `mn` or `ky` with their ө ү or
 * short words (Kyrgyz writes ң too), `uk` with more of Ukrainian's і ї є ґ than of Russian's
 * ы э ъ ё, `bg` with ъ and none of ы э ё, else `ru`; Devanagari → `hi`
 * (`ne` or `mr` when Nepali's "छ", "मा", "लागि" or Marathi's "आहे",
 * "आणि" outnumber Hindi's "है", "में"), Han → `zh` (`ja` with kana),
 * Hangul → `ko`, Greek → `el`, Thai → `th`, Ethiopic → `am`, Khmer → `km`,
 * Thaana → `dv` and the other scripts of the table above; Latin letters →
 * `de`, `fr`, `es`, `it`, `pt`, `nl`,
 * `tr`, `pl`, `sv`, `id` (`ms` with Malay's own spellings: "kerana",
 * "baharu"), `vi`, `ro`, `cs`, `ca`, `hu`, `da`, `hr`, `fi`, `fil`, `is`,
 * `sl`, `sq`, `ha`, `az`, `uz`, `cy`, `eu`, `ga`, `mt`, `lb`, `so`, `zu`,
 * `tk`, `mg`, `yo` (with its ṣ and tone marks over ẹ ọ), `ht` or `xh`
 * (`gl` with Galician's own spellings: "unha", "tamén", read as `pt` or
 * `es`; `fo` with Faroese's: "hevur", "tað", read as `is` or `da`) when
 * that language's short words ("und", "les", "los", "het", "için",
 * "się", "och", "yang", "của", "și", "jsou", "ang", "það", "tudi",
 * "është", "kuma", "və", "bilan", "mae", "agus", "għal", "vun", "iyo",
 * "ukuthi", "diýip", "tsy", "àwọn", "pou", "kwaye" …) are at least three
 * and twice as many as English ones, else `en`.
 *
 * Returns: a language tag
 */
const char *
byline_import_detect_language (const char *text)
{
  guint latin = 0, arabic = 0, persian = 0, arabic_only = 0, urdu = 0, kurdish = 0, cyrillic = 0, hebrew = 0;
  guint ukrainian = 0, russian_only = 0, hard_sign = 0, serbian = 0, macedonian = 0;
  guint pashto = 0, kazakh = 0, turkic_vowels = 0, en_ng = 0, uzbek = 0, east_slavic = 0;
  guint short_u = 0, cyrillic_i = 0, tajik = 0, yiddish = 0, tatar = 0, kazakh_own = 0, bashkir = 0;
  guint other[G_N_ELEMENTS (scripts)] = { 0 };
  guint total[G_N_ELEMENTS (scripts)];
  guint kana = 0, han = 0, best = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return "en";

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        {
          if (g_ascii_isalpha (c))
            latin++;
        }
      else if (c >= 0x0600 && c <= 0x06FF)
        {
          arabic++;
          /* ٹ ڈ ڑ ں ے ۓ: Urdu's, never Persian's or Arabic's */
          if (c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06D2 || c == 0x06D3)
            urdu++;
          /* ڕ ڵ ۆ ێ ە: Sorani Kurdish's */
          else if (c == 0x0695 || c == 0x06B5 || c == 0x06C6 || c == 0x06CE || c == 0x06D5)
            kurdish++;
          /* ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ: Pashto's */
          else if (c == 0x067C || c == 0x0689 || c == 0x0693 || c == 0x0696 || c == 0x069A || c == 0x06AB ||
                   c == 0x06BC || c == 0x06D0 || c == 0x06CD || c == 0x0681 || c == 0x0685)
            pashto++;
          else if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 ||
                   c == 0x06CC || (c >= 0x06F0 && c <= 0x06F9))
            persian++;
          else if (c == 0x064A || c == 0x0643 || c == 0x0629 || (c >= 0x0660 && c <= 0x0669))
            arabic_only++;
        }
      else if (c >= 0x0400 && c <= 0x04FF)
        {
          cyrillic++;
          /* і ї є ґ are Ukrainian's; ы э ъ ё Russian's */
          if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491 || c == 0x0406 || c == 0x0407 ||
              c == 0x0404 || c == 0x0490)
            ukrainian++;
          else if (c == 0x044B || c == 0x044D || c == 0x0451 || c == 0x042B || c == 0x042D)
            russian_only++;
          /* ъ: rare in Russian, in a word of three in Bulgarian */
          else if (c == 0x044A)
            hard_sign++;
          /* ђ ћ (and ј љ њ џ, Macedonian's too); ѓ ќ ѕ Macedonian's */
          else if (c == 0x0452 || c == 0x045B || c == 0x0402 || c == 0x040B)
            serbian += 2;
          else if (c == 0x0458 || c == 0x0459 || c == 0x045A || c == 0x045F || c == 0x0408 || c == 0x0409 ||
                   c == 0x040A || c == 0x040F)
            serbian++;
          else if (c == 0x0453 || c == 0x045C || c == 0x0455 || c == 0x0403 || c == 0x040C || c == 0x0405)
            macedonian++;
          /* ә ғ қ ұ һ: Kazakh's; ө ү Kazakh's, Kyrgyz's and Mongolian's;
           * ң Kazakh's and Kyrgyz's, never Mongolian's */
          else if (c == 0x04D9 || c == 0x04D8 || c == 0x0493 || c == 0x0492 || c == 0x049B || c == 0x049A ||
                   c == 0x04B1 || c == 0x04B0 || c == 0x04BB || c == 0x04BA)
            {
              kazakh++;
              /* (ғ қ ұ: Kazakh's own, never Tatar's) */
              kazakh_own += c == 0x0493 || c == 0x0492 || c == 0x049B || c == 0x049A || c == 0x04B1 || c == 0x04B0;
            }
          /* җ: Tatar's (with Kazakh's ә һ, none of its ғ қ ұ); ҙ ҫ ҡ
           * Bashkir's */
          else if (c == 0x0497 || c == 0x0496)
            tatar++;
          else if (c == 0x0499 || c == 0x0498 || c == 0x04AB || c == 0x04AA || c == 0x04A1 || c == 0x04A0)
            bashkir++;
          else if (c == 0x04E9 || c == 0x04E8 || c == 0x04AF || c == 0x04AE)
            turkic_vowels++;
          else if (c == 0x04A3 || c == 0x04A2)
            en_ng++;
          /* ў ҳ: Uzbek's (with Kazakh's қ ғ, but none of its ә ұ ү ө);
           * й ю я щ ь: no Macedonian's or Serbian's */
          if (c == 0x045E || c == 0x040E || c == 0x04B3 || c == 0x04B2)
            uzbek++;
          /* (ў alone: Belarusian's too, with its і, and none of the и
           * Uzbek, Russian and Ukrainian write; ӣ ӯ ҷ are Tajik's) */
          if (c == 0x045E || c == 0x040E)
            short_u++;
          else if (c == 0x0438 || c == 0x0418)
            cyrillic_i++;
          else if (c == 0x04E3 || c == 0x04E2 || c == 0x04EF || c == 0x04EE || c == 0x04B7 || c == 0x04B6)
            tajik++;
          else if (c == 0x0439 || c == 0x044E || c == 0x044F || c == 0x0449 || c == 0x044C || c == 0x0419 ||
                   c == 0x042E || c == 0x042F)
            east_slavic++;
        }
      else if (c >= 0x0590 && c <= 0x05FF)
        {
          hebrew++;
          /* װ ױ ײ, and the patah or qamats under an alef (אַ אָ) or the
           * rafe over a pe (פֿ): Yiddish's, never in Hebrew prose */
          if ((c >= 0x05F0 && c <= 0x05F2) ||
              ((c == 0x05B7 || c == 0x05B8) && p > text && g_utf8_get_char (g_utf8_prev_char (p)) == 0x05D0) ||
              (c == 0x05BF && p > text && g_utf8_get_char (g_utf8_prev_char (p)) == 0x05E4))
            yiddish++;
        }
      else
        {
          guint k;

          for (k = 0; k < G_N_ELEMENTS (scripts); k++)
            if (c >= scripts[k].first && c <= scripts[k].last)
              break;
          if (k < G_N_ELEMENTS (scripts))
            {
              other[k]++;
              if (c >= 0x3040 && c <= 0x30FF)
                kana++;
              else if (c >= 0x3400 && c <= 0x9FFF)
                han++;
            }
          else if (g_unichar_isalpha (c))
            latin++;
        }
    }

  /* A language's ranges count together (Hangul's three; Japanese writes
   * Han and kana together, so both count for Han's and kana's) */
  for (guint k = 0; k < G_N_ELEMENTS (scripts); k++)
    {
      gboolean cjk = g_str_equal (scripts[k].language, "ja") || g_str_equal (scripts[k].language, "zh");

      total[k] = 0;
      for (guint j = 0; j < G_N_ELEMENTS (scripts); j++)
        if (g_str_equal (scripts[j].language, scripts[k].language) ||
            (cjk && (g_str_equal (scripts[j].language, "ja") || g_str_equal (scripts[j].language, "zh"))))
          total[k] += other[j];
      if (total[k] > total[best])
        best = k;
    }
  if (total[best] > latin && total[best] > arabic && total[best] > cyrillic && total[best] > hebrew)
    {
      const char *language = scripts[best].language;

      /* any kana at all in a run of Han is Japanese: Chinese has none */
      if (g_str_equal (language, "ja") || g_str_equal (language, "zh"))
        return kana * 20 >= han && kana > 0 ? "ja" : "zh";
      if (g_str_equal (language, "hi"))
        return detect_devanagari_language (text);
      return language;
    }

  if (arabic > latin && arabic >= cyrillic && arabic >= hebrew)
    {
      /* ے ends half of Urdu's words; a few in Persian or Arabic are a
       * quoted Urdu name */
      if (urdu >= 2 && urdu * 50 >= arabic)
        return "ur";
      /* (ە alone writes a fifth of Sorani's vowels) */
      if (kurdish >= 3 && kurdish * 30 >= arabic)
        return "ckb";
      /* (a Pashto name quoted in Persian is a letter or two) */
      if (pashto >= 3 && pashto * 40 >= arabic)
        return "ps";
      return persian >= arabic_only ? "fa" : "ar";
    }
  if (cyrillic > latin && cyrillic >= hebrew)
    {
      /* (a Serbian or Bulgarian name quoted in Russian is a few letters;
       * Macedonian told from Serbian by its ѓ ќ ѕ or its short words) */
      if (serbian >= 4 && serbian * 80 >= cyrillic)
        {
          g_autofree char *lower = g_utf8_strdown (text, -1);

          if (macedonian * 4 > serbian)
            return "mk";
          return count_tokens (lower, macedonian_short_words) > 2 * count_tokens (lower, serbian_short_words) ? "mk"
                                                                                                          : "sr";
        }
      /* (a short Macedonian story: its ќ ѓ ѕ and ј љ њ џ, none of
       * Russian's, Ukrainian's or Bulgarian's й ю я щ ь ы э ъ) */
      if (macedonian >= 1 && macedonian + serbian >= 2 &&
          (east_slavic + russian_only + hard_sign + ukrainian) * 100 <= cyrillic)
        return "mk";
      /* Tajik, its ӣ ӯ ҷ (with Uzbek's ҳ and Kazakh's қ ғ); Belarusian,
       * its ў and і and no и (a Belarusian name quoted in Russian is a
       * letter or two) */
      if (tajik >= 3 && tajik * 80 >= cyrillic)
        return "tg";
      if (short_u >= 3 && short_u * 100 >= cyrillic && ukrainian >= 3 && cyrillic_i * 10 <= ukrainian)
        return "be";
      /* Uzbek in Cyrillic letters, its ў ҳ (and Kazakh's қ ғ) */
      if (uzbek >= 3 && uzbek * 60 >= cyrillic && turkic_vowels * 4 <= uzbek && ukrainian * 4 <= uzbek)
        return "uz";
      /* Tatar, its җ and Kazakh's ә һ (a Tatar name quoted in Russian,
       * "Мөхәммәтҗан", is a letter or two), none of Kazakh's ғ қ ұ nor
       * Bashkir's ҙ ҫ ҡ */
      if (tatar >= 3 && (tatar + kazakh) * 40 >= cyrillic && kazakh_own * 4 <= tatar && bashkir * 4 <= tatar)
        return "tt";
      /* Kazakh (its і is no Ukrainian's), then Kyrgyz and Mongolian by
       * their ө ү (a Kazakh name quoted in Russian is a letter or two) */
      if (kazakh >= 3 && kazakh * 60 >= cyrillic)
        return "kk";
      {
        g_autofree char *lower = g_utf8_strdown (text, -1);
        guint russian = count_tokens (lower, russian_short_words);
        guint mongolian = count_tokens (lower, mongolian_short_words);
        guint kyrgyz = count_tokens (lower, kyrgyz_short_words);

        if ((turkic_vowels >= 3 && turkic_vowels * 60 >= cyrillic) ||
            ((mongolian >= 2 || kyrgyz >= 2) && MAX (mongolian, kyrgyz) > russian))
          {
            if (kyrgyz != mongolian)
              return kyrgyz > mongolian ? "ky" : "mn";
            return en_ng >= 2 && en_ng * 8 >= turkic_vowels ? "ky" : "mn";
          }
      }
      if (ukrainian > russian_only + hard_sign)
        return "uk";
      /* Bulgarian writes no ы э ё, and ъ often */
      if (hard_sign >= 3 && hard_sign * 100 >= cyrillic && russian_only * 10 < hard_sign)
        return "bg";
      return "ru";
    }
  /* (Yiddish unpointed, as the Hasidic press prints it, by its short
   * words: "און", "דער", "איז", where Hebrew writes "ו-", "ה-", "הוא") */
  if (hebrew > latin)
    {
      static const char * const yiddish_words[] = {
        "און", "דער", "דאָס", "דאס", "איז", "פֿון", "פון", "מיט", "אויף", "נישט", "ניט", "זיך", "וואָס", "וואס",
        "האָט", "האט", "זיי", "זײַנען", "זיינען", "וועט", "אַ", "געווען", "ווי", NULL
      };
      static const char * const hebrew_words[] = {
        "של", "את", "על", "הוא", "היא", "עם", "לא", "כי", "גם", "זה", "אבל", "היה", "אמר", "כך", "בין", NULL
      };

      if (yiddish >= 3 && yiddish * 60 >= hebrew)
        return "yi";
      if (count_tokens (text, yiddish_words) > 2 * count_tokens (text, hebrew_words) + 2)
        return "yi";
      return "he";
    }
  return detect_latin_language (text);
}
