/* byline-import-phrases-locales.c: the stock lines a web page prints
 * around a story, in Icelandic, Slovenian, Georgian, Kazakh, Albanian,
 * Mongolian, Nepali, Hausa, Khmer, Armenian, Pashto, Azerbaijani, Uzbek,
 * Welsh, Macedonian, Malayalam, Sorani Kurdish, Basque, Belarusian,
 * Galician, Tajik, Burmese, Yiddish, Irish, Maltese, Luxembourgish,
 * Marathi, Somali, Kyrgyz, Zulu, Gujarati, Sinhala, Turkmen, Malagasy,
 * Tatar, Yoruba, Faroese, Lao, Haitian Creole, Dhivehi and Xhosa
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
 * consent banner by; a site's own channel under the story ("«Kun.uz»ni
 * Telegramʼda kuzatib boring"), its errata prompt ("Matnda xatolik
 * topsangiz, … Ctrl+Enter …") and a page's view counter ("👁 12 453").
 * Uzbek writes its oʻ, gʻ and its sign ʼ with any of five apostrophes:
 * all are read as one. A prompt under the story to follow the site's
 * channel or take its newsletter opens with its verb ("Падпісвайцеся на
 * наш канал у Telegram, каб …", "Subscríbete ao boletín de …") and may be
 * too long for the channel's line; Yiddish's lines are in the YIVO
 * spelling (its points, in NFC) and the Hasidic press's (none). A
 * comment form's sum to be solved ("Cé mhéad atá i 5 + 2?", how much is
 * 5 + 2?) is its label too; "Tuilleadh ó Nuacht" and "Meira frá
 * Innlendis" (more from News, Irish and Faroese) head a section's links
 * as "More from …" does.
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
  /* Azerbaijani */
  "paylaş", "paylaşın", "facebook-da paylaş", "linki kopyala", "keçidi kopyala", "çap et", "çap", "reklam",
  "şərhlər", "şərh", "şərh yaz", "şərh yazın", "şərh əlavə et", "şərhinizi yazın", "fikrinizi bildirin", "ad",
  "adınız", "e-poçt", "göndər", "cavab ver", "cavabla", "abunə ol", "abunə olun", "daxil ol",
  "bütün hüquqlar qorunur", "müəllif hüquqları qorunur", "ətraflı", "daha ətraflı", "ardını oxu", "baxış",
  "baxışlar", "xəbəri paylaş", "daha çox", "daha çox xəbər",
  /* Uzbek (Latin and Cyrillic) */
  "ulashish", "ulashing", "havolani nusxalash", "chop etish", "reklama", "izohlar", "izoh", "izoh qoldirish",
  "izoh yozish", "izoh qoldiring", "fikr bildirish", "fikrlar", "ism", "ismingiz", "elektron pochta", "yuborish",
  "javob berish", "obuna bo'lish", "obuna bo'ling", "barcha huquqlar himoyalangan", "batafsil",
  "ko'proq o'qish", "barcha yangiliklar", "улашиш", "изоҳлар", "изоҳ", "изоҳ қолдириш", "юбориш", "батафсил", "обуна бўлиш",
  /* Welsh */
  "rhannu", "rhannu'r stori hon", "rhannwch", "rhannwch y stori hon", "rhannu'r erthygl", "rhannu ar facebook",
  "copïo dolen", "copïo'r ddolen", "argraffu", "hysbyseb", "hysbysebu", "sylwadau", "sylw", "gadael sylw",
  "gadewch sylw", "ychwanegu sylw", "enw", "e-bost", "ebost", "anfon", "cyflwyno", "cyflwyno sylw", "ateb",
  "tanysgrifio", "tanysgrifiwch", "mewngofnodi", "cedwir pob hawl", "darllen mwy", "darllenwch fwy", "hoffi",
  "cofrestrwch", "cofrestrwch i'n cylchlythyr", "cofrestrwch i'n cylchlythyr dyddiol",
  "cofrestrwch i'n cylchlythyr wythnosol", "cylchlythyr", "rhannu'r dudalen hon", "rhannu'r erthygl hon",
  /* Macedonian */
  "сподели", "споделете", "сподели на facebook", "копирај линк", "печати", "испечати", "реклама", "коментари",
  "коментар", "остави коментар", "оставете коментар", "напиши коментар", "напишете коментар",
  "додади коментар", "коментирај", "име", "е-пошта", "е-маил", "испрати", "објави", "објави коментар",
  "одговори", "претплати се", "најава", "најави се", "сите права се задржани", "прочитај повеќе",
  "прочитајте повеќе", "допаѓа ми се", "твитни", "сподели на фејсбук", "фејсбук", "твитер",
  /* Malayalam */
  "ഷെയർ ചെയ്യുക", "പങ്കിടുക", "ഷെയർ", "പ്രിന്റ്", "പരസ്യം", "അഭിപ്രായങ്ങൾ", "അഭിപ്രായം", "കമന്റ്",
  "കമന്റുകൾ", "അഭിപ്രായം രേഖപ്പെടുത്തുക", "അഭിപ്രായം എഴുതുക", "പേര്", "ഇമെയിൽ", "അയയ്ക്കുക",
  "സമർപ്പിക്കുക", "മറുപടി", "സബ്സ്ക്രൈബ് ചെയ്യുക", "ലോഗിൻ", "കൂടുതൽ വായിക്കുക",
  "എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം", "ലിങ്ക് കോപ്പി ചെയ്യുക", "കൂടുതൽ വായിക്കൂ",
  /* Sorani Kurdish */
  "هاوبەشی بکە", "هاوبەشکردن", "هاوبەشی بکەن", "کۆپی لینک", "چاپکردن", "ڕیکلام", "لێدوانەکان", "لێدوان",
  "لێدوانێک بنووسە", "لێدوان بنووسە", "لێدوانێک بنوسە", "ناو", "ئیمەیڵ", "ئیمێڵ", "ناردن", "بنێرە",
  "وەڵامدانەوە", "بەشداربوون", "چوونەژوورەوە", "هەموو مافەکان پارێزراون", "زیاتر بخوێنەوە",
  "بڵاوی بکەرەوە",
  /* Basque */
  "partekatu", "partekatu albistea", "partekatu facebooken", "kopiatu esteka", "inprimatu", "iragarkia",
  "publizitatea", "iruzkinak", "iruzkina", "idatzi zure iruzkina", "idatzi iruzkina", "utzi iruzkina",
  "utzi zure iruzkina", "izena", "posta elektronikoa", "helbide elektronikoa", "e-posta", "bidali", "erantzun",
  "harpidetu", "harpidetu zaitez", "saioa hasi", "eskubide guztiak erreserbatuta", "irakurri gehiago",
  /* Belarusian */
  "падзяліцца", "падзяліцца ў facebook", "скапіяваць спасылку", "капіяваць спасылку", "друкаваць", "рэклама",
  "каментары", "каментар", "дадаць каментар", "пакінуць каментар", "напісаць каментар", "пакіньце каментар",
  "імя", "электронная пошта", "адправіць", "адказаць", "падпісацца", "увайсці", "усе правы абаронены",
  "чытаць далей", "чытаць цалкам",
  /* Galician */
  "compartir", "compartir en facebook", "copiar ligazón", "imprimir", "publicidade", "comentarios", "comentario",
  "deixa un comentario", "deixe un comentario", "escribe un comentario", "engadir comentario", "nome",
  "correo electrónico", "enviar", "enviar comentario", "responder", "subscríbete", "iniciar sesión",
  "todos os dereitos reservados", "ler máis", "le máis",
  /* Tajik */
  "мубодила", "мубодила кардан", "паҳн кардан", "нусхабардории пайванд", "чоп кардан", "реклама", "шарҳҳо",
  "шарҳ", "шарҳ нависед", "шарҳи худро нависед", "шарҳ гузоштан", "ном", "почтаи электронӣ", "фиристодан",
  "ҷавоб додан", "обуна шудан", "ворид шудан", "ҳамаи ҳуқуқҳо ҳифз шудаанд", "муфассал", "бештар хонед",
  /* Burmese */
  "မျှဝေရန်", "မျှဝေမည်", "မျှဝေပါ", "ပုံနှိပ်ရန်", "ကြော်ငြာ", "မှတ်ချက်များ", "မှတ်ချက်", "မှတ်ချက်ရေးရန်",
  "မှတ်ချက်ပေးရန်", "အမည်", "အီးမေးလ်", "ပို့ရန်", "ပေးပို့ရန်", "ပြန်ကြားရန်", "စာရင်းသွင်းရန်", "ဆက်ဖတ်ရန်",
  "မူပိုင်ခွင့်ရယူထားသည်",
  /* Yiddish */
  "טיילט", "טיילן", "טיילט אויף פֿייסבוק", "דרוקן", "רעקלאַמע", "רעקלאמע", "קאָמענטאַרן", "קאמענטארן",
  "קאָמענטאַר", "קאמענטאר", "לאָזט אַ קאָמענטאַר", "שרײַבט אַ קאָמענטאַר", "נאָמען", "נאמען", "בליצפּאָסט",
  "אימעיל", "שיקן", "ענטפֿערן", "אַבאָנירט", "לייענט מער", "ליינט מער",
  /* Irish */
  "roinn", "roinn an t-alt seo", "roinn an scéal seo", "cóipeáil an nasc", "priontáil", "fógra", "fógraíocht",
  "tráchtanna", "trácht", "fág freagra", "fág trácht", "scríobh trácht", "ainm", "ríomhphost", "seol",
  "seol an trácht", "freagair", "liostáil", "logáil isteach", "gach ceart ar cosaint", "léigh tuilleadh",
  /* Maltese */
  "aqsam", "aqsam dan l-artiklu", "ikkopja l-link", "stampa", "reklam", "riklam", "kummenti", "kumment",
  "ikteb kumment", "ħalli kumment", "ismek", "isem", "ibgħat", "ibgħat kumment", "wieġeb", "abbona", "idħol",
  "id-drittijiet kollha riżervati", "aqra aktar",
  /* Luxembourgish */
  "deelen", "artikel deelen", "link kopéieren", "drécken", "reklamm", "kommentaren", "kommentar",
  "kommentar schreiwen", "e kommentar schreiwen", "numm", "schécken", "äntweren", "abonnéieren", "aloggen",
  "all rechter reservéiert", "méi liesen", "weiderliesen",
  /* Marathi */
  "शेअर करा", "शेअर", "फेसबुक", "ट्विटर", "व्हॉट्सॲप", "व्हॉट्सअ‍ॅप", "व्हॉट्सअॅप", "लिंक कॉपी करा", "प्रिंट करा",
  "जाहिरात", "प्रतिक्रिया द्या", "प्रतिक्रिया नोंदवा", "तुमची प्रतिक्रिया", "तुमचे नाव", "नाव", "ई-मेल", "ईमेल",
  "पाठवा", "उत्तर द्या", "सदस्यता घ्या", "लॉग इन", "सर्व हक्क राखीव", "अधिक वाचा",
  /* Somali */
  "la wadaag", "wadaag", "koobiyee linkiga", "daabac", "xayaysiis", "faallooyinka", "faallo", "ka tag faallo",
  "qor faallo", "magaca", "magacaaga", "iimayl", "iimaylka", "dir", "jawaab", "is diiwaangeli",
  "xuquuqda oo dhan way dhowran tahay", "akhri wax dheeraad ah",
  /* Kyrgyz */
  "бөлүшүү", "бөлүшүңүз", "шилтемени көчүрүү", "басып чыгаруу", "пикирлер", "пикир", "пикир калтыруу",
  "пикир жазуу", "пикир калтырыңыз", "аты-жөнүңүз", "атыңыз", "электрондук почта", "жөнөтүү", "жооп берүү",
  "жазылуу", "кирүү", "бардык укуктар корголгон", "толугураак", "кененирээк",
  /* Zulu */
  "yabelana", "yabelana ngalolu daba", "yabelana ngale ndaba", "kopisha isixhumanisi", "phrinta", "isikhangiso",
  "ukukhangisa", "amazwana", "shiya amazwana", "shiya amazwi", "bhala amazwana", "igama", "i-imeyili", "imeyili",
  "thumela", "phendula", "bhalisa", "ngena", "onke amalungelo agodliwe", "funda kabanzi", "funda okwengeziwe",
  /* Gujarati */
  "શેર કરો", "શેર", "લિંક કૉપિ કરો", "પ્રિન્ટ", "જાહેરાત", "પ્રતિભાવ", "પ્રતિભાવો", "પ્રતિભાવ આપો",
  "તમારો પ્રતિભાવ", "કોમેન્ટ", "કોમેન્ટ કરો", "તમારું નામ", "નામ", "ઈ-મેઈલ", "ઈમેલ", "ઇમેઇલ", "મોકલો",
  "જવાબ આપો", "સબ્સ્ક્રાઇબ કરો", "લૉગ ઇન", "સર્વહક્ક સુરક્ષિત", "વધુ વાંચો",
  /* Sinhala */
  "බෙදාගන්න", "බෙදා ගන්න", "සබැඳිය පිටපත් කරන්න", "මුද්‍රණය", "දැන්වීම", "අදහස්", "අදහස",
  "ඔබේ අදහස එක් කරන්න", "ඔබේ අදහස", "අදහස් දක්වන්න", "අදහසක් එක් කරන්න", "නම", "ඊමේල්", "විද්‍යුත් තැපෑල",
  "යොමු කරන්න", "පිළිතුරු දෙන්න", "දායක වන්න", "පිවිසෙන්න", "සියලුම හිමිකම් ඇවිරිණි", "තවත් කියවන්න",
  /* Turkmen ("Imo", a messenger, among the share buttons) */
  "paýlaş", "paýlaşmak", "imo", "salgyny göçür", "çap etmek", "mahabat", "teswirler", "teswir", "teswir ýazyň",
  "teswir goşuň", "adyňyz", "e-poçta", "elektron poçta", "ugrat", "iber", "jogap ber", "agza bol",
  "ähli hukuklar goralandyr", "ähli hukuklar goralan", "dowamyny okaň", "giňişleýin",
  /* Malagasy */
  "zarao", "zarao ity lahatsoratra ity", "adikao ny rohy", "atontay", "doka", "dokam-barotra", "hevitra",
  "maneho hevitra", "omeo ny hevitrao", "soraty ny hevitrao", "anarana", "ny anaranao", "mailaka", "alefa",
  "alefaso", "valio", "misoratra anarana", "midira", "zo rehetra voatokana", "hamaky bebe kokoa", "tohiny",
  /* Tatar */
  "бүлешергә", "бүлешү", "сылтаманы күчерергә", "басып чыгарырга", "фикерләр", "фикер", "фикер калдырырга",
  "фикер язарга", "фикерегезне языгыз", "исемегез", "исем", "электрон почта", "җибәрергә", "җавап бирергә",
  "язылырга", "керергә", "барлык хокуклар сакланган", "тулырак", "дәвамын укыгыз",
  /* Yoruba (in NFC, as its tone marks are typed: "ọ̀" is "ọ" and a
   * combining grave) */
  "pín", "pín síta", "ìpolówó", "ọ̀rọ̀ ìwòye", "àwọn ọ̀rọ̀ ìwòye", "fi ọ̀rọ̀ ìwòye sílẹ̀", "kọ ọ̀rọ̀ ìwòye",
  "orúkọ", "orúkọ rẹ", "ímeèlì", "imeeli", "íméèlì", "fi ránṣẹ́", "dáhùn", "ka síwájú", "ka sí i",
  "gbogbo ẹ̀tọ́ wà ní ìpamọ́",
  /* Faroese */
  "deil", "deil grein", "deil á facebook", "teldupostur", "viðmerkingar", "viðmerking", "skriva viðmerking",
  "send viðmerking", "navn", "títt navn", "send", "svara", "lýsing", "lýsingar", "les meira", "tekna hald",
  /* Lao */
  "ແບ່ງປັນ", "ແຊຣ໌", "ຄຳເຫັນ", "ສະແດງຄຳເຫັນ", "ແນະນຳຄຳເຫັນ", "ຂຽນຄຳເຫັນ", "ຊື່", "ອີເມວ", "ອີເມລ", "ສົ່ງ",
  "ຕອບກັບ", "ໂຄສະນາ", "ອ່ານຕໍ່", "ອ່ານເພີ່ມເຕີມ", "ສະຫງວນລິຂະສິດ",
  /* Haitian Creole */
  "pataje", "pataje atik sa a", "kòmantè", "kite yon kòmantè", "ekri yon kòmantè", "non", "imèl", "voye",
  "reponn", "piblisite", "li plis", "li rès la", "tout dwa rezève", "abònman",
  /* Dhivehi */
  "ޝެއާ ކުރައްވާ", "ޝެއާ", "ކޮމެންޓް", "ކޮމެންޓްތައް", "ކޮމެންޓް ކުރައްވާ", "ނަން", "އީމެއިލް", "ފޮނުވާ",
  "ޖަވާބު", "އިޢުލާން", "އިތުރަށް ކިޔުއްވާ",
  /* Xhosa (its "Yabelana", "Igama", "Thumela", Zulu's) */
  "izimvo", "uluvo", "shiya uluvo", "shiya uluvo lwakho", "bhala uluvo lwakho", "i-imeyile", "imeyile",
  "intengiso", "funda ngakumbi", "onke amalungelo agciniwe", "bhalisela",
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
  /* Azerbaijani */
  "digər xəbərlər", "ən çox oxunanlar", "ən çox oxunan", "ən çox oxunan xəbərlər", "son xəbərlər",
  "oxşar xəbərlər", "əlaqəli xəbərlər", "mövzu ilə bağlı", "bu mövzuda", "həmçinin oxuyun", "xəbər lenti",
  "günün xəbərləri", "bölmənin digər xəbərləri", "bölmədən digər xəbərlər", "bütün xəbərlər", "mövzuya aid",
  "maraqlı ola bilər", "tövsiyə edirik", "sizin üçün seçdik",
  /* Uzbek (Latin and Cyrillic) */
  "mavzuga oid", "mavzuga doir", "o'xshash yangiliklar", "so'nggi yangiliklar", "ko'p o'qilgan",
  "ko'p o'qilganlar", "eng ko'p o'qilgan", "boshqa yangiliklar", "yangiliklar lentasi", "shuningdek o'qing",
  "tavsiya etamiz", "tahririyat tanlovi", "dolzarb mavzular", "мавзуга оид", "сўнгги янгиликлар", "кўп ўқилган", "бошқа янгиликлар",
  /* Welsh */
  "straeon cysylltiedig", "erthyglau cysylltiedig", "newyddion cysylltiedig", "newyddion diweddaraf",
  "y newyddion diweddaraf", "mwyaf poblogaidd", "mwyaf darllen", "y mwyaf darllen", "darllenwch hefyd",
  "hefyd o ddiddordeb", "straeon eraill", "mwy o newyddion", "pynciau cysylltiedig", "straeon poblogaidd",
  "mwy o'r adran hon", "mwy o straeon", "straeon perthnasol", "prif straeon", "y straeon diweddaraf",
  /* Macedonian */
  "поврзани вести", "слични вести", "најчитани", "најчитано", "најчитани вести", "најнови вести",
  "последни вести", "прочитајте и", "прочитај и", "од истата категорија", "препорачуваме", "повеќе вести",
  "други вести", "поврзани содржини", "повеќе од авторот", "препорачано", "најнови", "види повеќе",
  /* Malayalam */
  "ഇതുകൂടി വായിക്കാം", "ഇതുകൂടി വായിക്കൂ", "ഇതും വായിക്കാം", "ഇതും വായിക്കൂ", "കൂടുതൽ വാർത്തകൾ",
  "ബന്ധപ്പെട്ട വാർത്തകൾ", "അനുബന്ധ വാർത്തകൾ", "ഏറ്റവും പുതിയ വാർത്തകൾ", "ഏറ്റവും കൂടുതൽ വായിച്ചത്",
  "മറ്റു വാർത്തകൾ", "പുതിയ വാർത്തകൾ", "ട്രെൻഡിങ്", "ഏറ്റവും പുതിയ", "ഇത് കൂടി വായിക്കാം", "ഇതു കൂടി വായിക്കാം",
  "ഇത് കൂടി വായിക്കൂ", "ഇതു കൂടി വായിക്കൂ",
  /* Sorani Kurdish */
  "هەواڵی پەیوەندیدار", "هەواڵە پەیوەندیدارەکان", "بابەتی پەیوەندیدار", "بابەتە پەیوەندیدارەکان",
  "زۆرترین خوێنراو", "زۆرترین خوێندراو", "دوایین هەواڵەکان", "نوێترین هەواڵەکان", "هەواڵی تر",
  "هەروەها بخوێنەوە", "بابەتی تر", "دوایین هەواڵ", "هەواڵی زیاتر", "هەواڵەکانی تر",
  /* Basque */
  "lotutako albisteak", "lotutako berriak", "albiste gehiago", "gehien irakurriak", "azken albisteak",
  "azken berriak", "irakurri ere", "honi buruz gehiago",
  /* Belarusian */
  "чытайце таксама", "глядзіце таксама", "звязаныя навіны", "падобныя навіны", "самае чытанае",
  "апошнія навіны", "іншыя навіны", "па тэме",
  /* Galician */
  "le tamén", "lea tamén", "noticias relacionadas", "máis lidas", "o máis lido", "últimas noticias",
  "máis noticias", "tamén che pode interesar",
  /* Tajik */
  "хабарҳои дигар", "хабарҳои марбут", "хабарҳои охирин", "бештар хондашуда", "инчунин хонед", "маводи марбут",
  /* Burmese */
  "ဆက်စပ်သတင်းများ", "ဆက်စပ်သတင်း", "နောက်ဆုံးရသတင်းများ", "လူဖတ်အများဆုံး", "အခြားသတင်းများ",
  /* Yiddish */
  "לייענט אויך", "ליינט אויך", "זעט אויך", "פֿאַרבונדענע אַרטיקלען", "לעצטע נײַעס", "מערסט געלייענט",
  /* Irish */
  "scéalta gaolmhara", "ailt ghaolmhara", "is mó a léadh", "an nuacht is déanaí", "léigh freisin",
  /* Maltese */
  "aqra wkoll", "artikli relatati", "aħbarijiet relatati", "l-aktar moqrija", "l-aħħar aħbarijiet",
  /* Luxembourgish */
  "liest och", "dës artikelen kéinten iech och interesséieren", "dës artikele kéinten iech och interesséieren",
  "aner artikelen", "am meeschte gelies", "lescht noriichten", "ähnlech artikelen",
  /* Marathi */
  "संबंधित बातम्या", "हेही वाचा", "ताज्या बातम्या", "सर्वाधिक वाचलेले", "आणखी बातम्या", "महत्त्वाच्या बातम्या",
  /* Somali */
  "warar la xiriira", "wararka la xiriira", "akhriso sidoo kale", "wararka ugu dambeeyay", "ugu akhriska badan",
  /* Kyrgyz */
  "окшош жаңылыктар", "дагы окуңуз", "акыркы жаңылыктар", "көп окулгандар", "тектеш жаңылыктар",
  "темага байланыштуу",
  /* Zulu */
  "izindaba ezihlobene", "izindaba ezifanayo", "izindaba zakamuva", "okufundwa kakhulu", "funda futhi",
  "ezinye izindaba", "izindaba eziphathelene",
  /* Gujarati */
  "સંબંધિત સમાચાર", "આ પણ વાંચો", "તાજા સમાચાર", "વધુ સમાચાર", "સૌથી વધુ વંચાયેલા", "અન્ય સમાચાર",
  /* Sinhala */
  "ආශ්‍රිත පුවත්", "මෙයද කියවන්න", "නවතම පුවත්", "වැඩිපුරම කියවූ", "තවත් පුවත්", "අනෙකුත් පුවත්",
  /* Turkmen */
  "meňzeş habarlar", "şeýle hem okaň", "soňky habarlar", "iň köp okalanlar", "köp okalanlar", "beýleki habarlar",
  "degişli habarlar",
  /* Malagasy */
  "vaovao hafa", "vakio koa", "vaovao mifandraika", "vaovao farany", "be mpamaky indrindra", "lahatsoratra hafa",
  /* Tatar */
  "охшаш хәбәрләр", "шулай ук укыгыз", "соңгы хәбәрләр", "күп укылганнар", "башка хәбәрләр", "темага бәйле",
  /* Yoruba */
  "ìròyìn tó jọ mọ́ ọn", "ìròyìn tó jọmọ́", "ìròyìn mìíràn", "ìròyìn tuntun", "ẹ ka èyí náà", "ka èyí náà",
  "èyí tí wọ́n kà jù",
  /* Faroese */
  "tengd tíðindi", "les eisini", "nýggjastu tíðindini", "nýggjastu tíðindi", "mest lisið", "fleiri tíðindi",
  /* Lao */
  "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ຂ່າວກ່ຽວຂ້ອງ", "ອ່ານເພີ່ມ", "ຂ່າວລ່າສຸດ", "ຂ່າວອື່ນໆ", "ອ່ານຫຼາຍທີ່ສຸດ",
  /* Haitian Creole */
  "atik ki gen rapò", "atik ki gen rapò ak sa", "li tou", "dènye nouvèl", "lòt atik", "lòt nouvèl",
  "atik ki pi li",
  /* Dhivehi */
  "ގުޅޭ ޚަބަރު", "ގުޅުންހުރި ޚަބަރު", "މިވެސް ކިޔައްވާ", "އެންމެ ފަހުގެ ޚަބަރު", "އެހެނިހެން ޚަބަރު",
  /* Xhosa */
  "iindaba ezinxulumeneyo", "funda nale", "ezinye iindaba", "iindaba zamva nje", "ezifundwa kakhulu",
  NULL
};

/* "Lestu einnig: Another story": a link to another page as a line */
static const char * const locale_link_prefixes[] = {
  "lestu einnig:", "sjá einnig:", "preberite tudi:", "preberi tudi:", "več o tem:", "ასევე წაიკითხეთ:",
  "იხილეთ ასევე:", "сондай-ақ оқыңыз:", "тағы оқыңыз:", "оқи отырыңыз:", "lexo edhe:", "lexo gjithashtu:",
  "мөн уншаарай:", "यो पनि पढ्नुहोस्:", "यो पनि:", "karanta kuma:", "duba kuma:", "អានបន្ថែម៖", "សូមអានផងដែរ៖",
  "អត្ថបទទាក់ទង៖", "կարդացեք նաև՝", "կարդացեք նաև:", "տես նաև՝", "دا هم ولولئ:", "نور ولولئ:",
  "həmçinin oxuyun:", "həmçinin bax:", "oxuyun:", "shuningdek o'qing:", "yana o'qing:", "mavzuga oid:",
  "шунингдек ўқинг:", "darllenwch hefyd:", "darllen hefyd:", "gweler hefyd:", "прочитај повеќе:",
  "прочитајте повеќе:", "прочитај и:", "прочитајте и:", "види и:", "поврзано:", "ഇതുകൂടി വായിക്കാം:",
  "ഇതും വായിക്കാം:", "കൂടുതൽ വായിക്കാൻ:", "ഇത് കൂടി വായിക്കാം:", "ഇതു കൂടി വായിക്കാം:",
  "content highlights:", "english summary:", "прочитајте уште:", "види повеќе:", "mövzuya aid:", "oxuyun həmçinin:", "هەروەها بخوێنەوە:", "بخوێنەوە:",
  "irakurri gehiago:", "irakurri ere:", "ikusi ere:", "чытайце таксама:", "глядзіце таксама:", "па тэме:",
  "le tamén:", "lea tamén:", "ler tamén:", "ver tamén:", "инчунин хонед:", "бештар хонед:", "ဆက်စပ်သတင်း -",
  "ဆက်စပ်သတင်း:", "לייענט אויך:", "ליינט אויך:", "זעט אויך:", "léigh tuilleadh:", "léigh freisin:",
  "féach freisin:", "aqra wkoll:", "aqra aktar:", "liest och:", "kuckt och:", "हेही वाचा:", "हेही वाचा :",
  "हे पण वाचा:", "हेसुद्धा वाचा:", "akhriso sidoo kale:", "akhri sidoo kale:", "дагы окуңуз:",
  "ошондой эле окуңуз:", "дагы караңыз:",
  "funda futhi:", "funda nalokhu:", "આ પણ વાંચો:", "આ પણ વાંચો :", "વધુ વાંચો:", "මෙයද කියවන්න:",
  "මෙයත් කියවන්න:", "මේවාත් කියවන්න:", "şeýle hem okaň:", "şeýle-de okaň:", "vakio koa:", "jereo koa:",
  "шулай ук укыгыз:", "шулай ук карагыз:",
  "ẹ ka èyí náà:", "ka èyí náà:", "ẹ ka èyí pẹ̀lú:", "les eisini:", "les eisini :", "ອ່ານເພີ່ມ:",
  "ອ່ານເພີ່ມເຕີມ:", "ອ່ານຕື່ມ:", "li tou:", "li tou :", "gade tou:", "މިވެސް ކިޔައްވާ:", "މިވެސް ކިޔުއްވާ:",
  "funda nale:", "funda nalo:", "funda kwakhona:",
  NULL
};

/* A prompt to follow the site's channel or take its newsletter, by its
 * opening: Belarusian's, Galician's ("Subscríbete ao boletín de Xornal do
 * Norte e recibe …", and the comment form's "Para comentar debes iniciar
 * sesión …"), Tajik's and Yiddish's; the comment form's in Irish ("Ní
 * fhoilseofar do sheoladh ríomhphoist. …", your email address will not
 * be published) and in Luxembourgish ("Fir ze kommentéieren, musst Dir
 * Iech aloggen.", to comment you must log in) */
static const char * const locale_prompt_openings[] = {
  "падпісвайцеся на наш", "далучайцеся да нас", "subscríbete ao boletín", "subscríbete á nosa",
  "para comentar debes", "para comentar tes que", "ба канали мо", "обуна шавед ба", "אַבאָנירט זיך",
  "אבאנירט זיך", "harpidetu gure", "ní fhoilseofar do sheoladh", "fir ze kommentéieren", NULL
};

/* A site's own channel, a line under the story ("«Kun.uz»ni Telegramʼda
 * kuzatib boring", "Bizi Telegram-da izləyin"): the channel's name
 * and what it asks */
static const char * const channel_names[] = {
  "telegram", "телеграм", "facebook", "instagram", "youtube", "whatsapp", "tiktok", "twitter", NULL
};

static const char * const channel_asks[] = {
  "kuzatib boring", "kuzatib boring!", "obuna bo'ling", "a'zo bo'ling", "izləyin", "abunə olun", "qoşulun",
  "кузатиб боринг", "обуна бўлинг", "следете не", "следете нè", "dilynwch ni", "обуна шавед", "падпісвайцеся",
  NULL
};

/* A prompt under the story to report a mistake with Ctrl+Enter, in any
 * language ("Matnda xatolik topsangiz, uni belgilab, Ctrl+Enter
 * tugmalarini bosing") */
static gboolean
is_errata_prompt (const char *lower)
{
  return strstr (lower, "ctrl+enter") != NULL || strstr (lower, "ctrl + enter") != NULL;
}

/* "👁 12 453", "Baxış: 1 204", "Прегледи: 356": a page's view counter */
static gboolean
is_view_counter (const char *lower)
{
  static const char * const labels[] = {
    "👁️", "👁", "👀", "baxış:", "baxış", "baxışların sayı:", "baxış sayı:", "ko'rishlar:", "ko'rishlar soni:", "ko'rildi:",
    "прегледи:", "прегледано:", "просмотры:", "просмотров:", "കണ്ടവർ:", "بینین:", NULL
  };
  const char *p = NULL;
  gboolean figures = FALSE;

  for (guint i = 0; labels[i] != NULL && p == NULL; i++)
    if (g_str_has_prefix (lower, labels[i]))
      p = lower + strlen (labels[i]);
  if (p == NULL || strlen (p) > 24)
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        figures = TRUE;
      else if (!strchr (" ,.k\xc2\xa0\xe2\x80\xaf", *p))
        return FALSE;
    }
  return figures;
}

/* @lower with the apostrophes Uzbek writes its oʻ, gʻ and ʼ with (ʻ ʼ ‘ ’
 * `) as "'" (NULL when it has none) */
static char *
one_apostrophe (const char *lower)
{
  static const char * const marks[] = { "\xca\xbb", "\xca\xbc", "\xe2\x80\x98", "\xe2\x80\x99", "`", NULL };
  g_autoptr(GString) out = NULL;

  if (strchr (lower, '`') == NULL && strstr (lower, "\xca\xbb") == NULL && strstr (lower, "\xca\xbc") == NULL &&
      strstr (lower, "\xe2\x80\x98") == NULL && strstr (lower, "\xe2\x80\x99") == NULL)
    return NULL;
  out = g_string_new (lower);
  for (guint i = 0; marks[i] != NULL; i++)
    g_string_replace (out, marks[i], "'", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

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

/* "Cé mhéad atá i 5 + 2?" (Irish: how much is 5 + 2?): a comment form's
 * sum to be solved, its figures and "+" after the question's words */
static gboolean
is_sum_question (const char *lower)
{
  static const char * const questions[] = { "cé mhéad atá i ", "cé mhéad é ", NULL };
  const char *p = NULL;

  for (guint i = 0; questions[i] != NULL && p == NULL; i++)
    if (g_str_has_prefix (lower, questions[i]))
      p = lower + strlen (questions[i]);
  if (p == NULL || !g_ascii_isdigit (*p) || strchr (p, '+') == NULL)
    return FALSE;
  return strspn (p, "0123456789 +=?") == strlen (p);
}

/* "Tuilleadh ó Nuacht" (Irish: more from News), "Meira frá Innlendis"
 * (Faroese): a section's links */
static gboolean
is_more_from (const char *lower)
{
  return (g_str_has_prefix (lower, "tuilleadh ó ") || g_str_has_prefix (lower, "meira frá ")) &&
         _byline_import_count_words (lower) <= 5;
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
  g_autofree char *plain = one_apostrophe (lower);

  if (plain != NULL)
    lower = plain;
  return in_set (&lines_set, locale_stock_lines, lower) || in_set (&heads_set, locale_links_heads, lower) ||
         is_more_from (lower) || is_sum_question (lower);
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
  g_autofree char *plain = one_apostrophe (lower);

  return in_set (&heads_set, locale_links_heads, plain != NULL ? plain : lower) || is_more_from (lower);
}

/**
 * _byline_import_is_locale_link_line:
 * @lower: a line, lower-cased
 *
 * Whether @lower is a link to another story in one of this file's
 * languages ("Lestu einnig: …", "Karanta kuma: …"), a site's channel or
 * its newsletter's prompt, an errata prompt, a view counter, or a cookie
 * notice of one line
 * ("This site uses cookies. By continuing to browse it you agree …")
 */
gboolean
_byline_import_is_locale_link_line (const char *lower)
{
  guint words = _byline_import_count_words (lower);
  g_autofree char *plain = one_apostrophe (lower);

  if (plain != NULL)
    lower = plain;
  if (words <= 25 && _byline_import_opens_with_any (lower, locale_link_prefixes))
    return TRUE;
  if ((words <= 30 && is_errata_prompt (lower)) || is_view_counter (lower))
    return TRUE;
  if (words <= 10 && _byline_import_contains_any (lower, channel_names) &&
      _byline_import_contains_any (lower, channel_asks))
    return TRUE;
  if (words <= 25 && _byline_import_opens_with_any (lower, locale_prompt_openings))
    return TRUE;
  return words <= 45 && _byline_import_contains_any (lower, cookie_names) &&
         _byline_import_contains_any (lower, cookie_consents);
}
