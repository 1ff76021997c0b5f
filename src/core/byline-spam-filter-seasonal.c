/* byline-spam-filter-seasonal.c: seasonal shopping spam, from Black
 * Friday to Christmas
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Royal Mail: your parcel could not be delivered, pay the £1.99
 * redelivery fee at royalmail-redelivery.example"; "UGG boots 75% off"
 * at uggs-clearance.example; "donate £10 for a child's Christmas dinner"
 * at savethechildren-christmas.example; "500 advent calendars to give
 * away, just pay £2.95 postage with your card"; "free Steam codes, the
 * generator still works"; "top quality reps, Instagram @…"; "you
 * are today's lucky visitor"; "€50 cashback via mijn link". Readers
 * under a story on these write the same words: they quote the text
 * they got with its address, send others to Citizens Advice, buy at
 * the brand's own site, run a food bank's appeal and complain of Evri.
 * (Since the thirty-seventh round the carriers' texts are read in
 * South and East Asia's languages too: "J&T Express: paket anda
 * tertahan …, konfirmasi alamat dalam 1x24 jam"; since the thirty-
 * eighth a lucky reader's prize and its postage too: "Bạn là người đọc
 * may mắn… chỉ cần thanh toán phí vận chuyển 29.000đ"; since the
 * forty-seventh, a booking site's look-alike whose sale is told in
 * Chinese, Japanese or Korean: "agoda.com-osaka-tw.live… 便宜了52%";
 * since the forty-ninth, Kazpost's in Kazakh and Russian, "сәлемдемеңіз
 * … тоқтатылды… 390 ₸ төлеңіз", and Portugal's and Brazil's "seu pacote
 * está retido".)
 * What tells is the shape the spam needs and a reader's comment lacks:
 * a carrier's text with a link that is not the carrier's; a brand's or
 * a charity's name in an address that is not its own; a gift whose
 * postage wants a card; codes from a generator; replicas of a
 * quality; a prize greeting said to the reader; cashback through the
 * writer's own link; each with somewhere to go, and no word of a
 * warning and no "I got this". (A consumer body's site, like a
 * regulator's, is a source, not an advert: byline-spam-filter-hosts.c.)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* A reader warning of what she quotes, or telling what it did: no
 * parcel text, outlet or giveaway says so of itself */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "fake", "fakes", "phishing", "smishing", "fraud", "fraudulent",
  "beware", "counterfeit", "trap", "never", "report it", "forward it", "don't click", "do not click", "no such thing",
  "trading standards", "arnaque", "escroquerie", "contrefaçon", "jamais", "betrug", "betrüger", "warnt",
  "vorsicht", "fälschung", "fälschungen", "niemals", "estafa", "fraude", "cuidado", "timo", "nunca",
  "falsificación", "oplichting", "oplichters", "nep", "nooit", "oszustwo", "oszuści", "podróbki", "podróbka",
  "nigdy", "truffa", "truffe", "non cliccate", "contraffatti", "golpe", "falsificado", "dolandırıcı",
  "dolandırıcılık", "sahte", "احتيال", "مزيف", "کلاهبرداری", "詐欺", "詐騙",
  /* in the languages of South-East Asia's courier texts */
  "penipuan", "palsu", "waspada", "hati-hati", "modus", "jangan klik", "jangan buka", "berhati-hati",
  "lừa đảo", "giả mạo", "cảnh giác", "peke", "mag-ingat", "มิจฉาชีพ", "ปลอม", "หลอกลวง",
  "lua dao", "gia mao", "诈骗", "骗子", "사기", "мошенники", "мошенничество",
  /* (in Kazakh, found inside its words: "fraudsters", "fraud"; in Uzbek) */
  "алаяқ", "firibgar", "firibgarlik",
  NULL
};

/* ...or telling she got it: "I got exactly this text", "j'ai reçu",
 * "my mum got one, she paid"; or writing about the texts ("the Evri
 * texts saying your parcel is held") */
static const char * const got_it[] = {
  "got this", "got a text", "got the same", "got exactly", "i got", "i've had", "i had this", "received",
  "got one", "got these", "got them", "getting these", "she got", "he got", "they got", "she paid", "he paid",
  "i paid", "we paid", "texts saying", "text saying", "texts that say", "text that says", "messages saying",
  "emails saying", "wrote about", "written about",
  "ich habe", "bekommen", "erhalten", "j'ai reçu", "reçu le", "me llegó", "recibí", "ik kreeg", "ik heb",
  "ontvangen", "dostałam", "dostałem", "ricevuto", "è arrivato", "recebi", "aldım", "мне пришло",
  "мне пришла", "маме пришло", "маме пришла", "хабар келді",
  "saya dapat", "dapat sms", "dapat pesan", "saya terima", "tôi nhận được", "nakatanggap",
  NULL
};

/* Carriers whose texts are copied, as the texts name them */
static const char * const carriers[] = {
  "royal mail", "parcelforce", "evri", "hermes", "yodel", "dpd", "dhl", "dhl express", "ups", "usps", "fedex",
  "gls", "deutsche post", "la poste", "colissimo", "chronopost", "mondial relay", "correos", "seur", "postnl",
  "bpost", "inpost", "poczta polska", "pocztex", "poste italiane", "brt", "ctt", "correios", "an post",
  "canada post", "australia post", "swiss post", "ptt", "yurtiçi", "aras kargo", "aramex", "ヤマト運輸",
  "日本郵便", "佐川急便",
  /* South and East Asia's, whose texts are copied there */
  "j&t", "j&t express", "jne", "sicepat", "anteraja", "pos indonesia", "ninja xpress", "ninja van", "ninjavan",
  "lion parcel", "shopee express", "spx", "pos laju", "poslaju", "gdex", "city-link", "citylink", "lbc",
  "flash express", "kerry express", "thailand post", "singpost", "viettel post", "vnpost", "ghn", "ghtk",
  "india post", "delhivery", "blue dart", "dtdc", "sf express", "ไปรษณีย์ไทย", "顺丰", "中国邮政", "우체국",
  "cj대한통운",
  /* Central Asia's and Russia's, in Cyrillic and Latin letters (Kazpost's
   * Kazakh and Russian names spelt either way) */
  "kazpost", "казпочта", "қазпочта", "қазпошта", "казпошта", "почта россии", "сдэк", "cdek", "boxberry",
  "uzpost", "o'zbekiston pochtasi",
  NULL
};

/* ...and their own sites */
static const char * const carrier_sites[] = {
  "royalmail.com", "royalmail.co.uk", "parcelforce.com", "evri.com", "hermes-europe.co.uk", "yodel.co.uk",
  "dpd.co.uk", "dpd.com", "dpd.de", "dpd.fr", "dpd.nl", "dpd.pl", "dhl.com", "dhl.de", "dhl.co.uk", "dhl.fr",
  "dhl.nl", "dhl.pl", "ups.com", "usps.com", "fedex.com", "gls-group.eu", "gls-group.com", "deutschepost.de",
  "laposte.fr", "laposte.net", "colissimo.fr", "chronopost.fr", "mondialrelay.fr", "correos.es", "seur.com",
  "postnl.nl", "bpost.be", "inpost.pl", "inpost.co.uk", "pocztex.pl", "poczta-polska.pl", "poste.it", "brt.it",
  "ctt.pt", "correios.com.br", "anpost.com", "canadapost.ca", "canadapost-postescanada.ca", "auspost.com.au",
  "post.ch", "swisspost.ch", "ptt.gov.tr", "yurticikargo.com", "araskargo.com.tr", "aramex.com",
  "jet.co.id", "jtexpress.my", "jtexpress.ph", "jtexpress.vn", "jtexpress.co.th", "jne.co.id", "sicepat.com",
  "anteraja.id", "posindonesia.co.id", "ninjaxpress.co", "ninjavan.co", "lionparcel.com", "spx.co.id",
  "pos.com.my", "gdexpress.com", "citylinkexpress.com", "lbcexpress.com", "flashexpress.com",
  "kerryexpress.com", "thailandpost.co.th", "singpost.com", "viettelpost.com.vn", "vnpost.vn", "ghn.vn",
  "ghtk.vn", "delhivery.com", "bluedart.com", "dtdc.in", "sf-express.com", "post.kz", "kazpost.kz",
  "pochta.ru", "cdek.ru", "cdek.kz", "boxberry.ru", "pochta.uz",
  NULL
};

/* What a carrier's text tells the reader of her parcel: "your
 * parcel", "Ihr Paket", or that it could not be delivered (a reader
 * writes of parcels in the third person: "if DHL loses your parcel" is
 * what the next list is for) */
static const char * const your_parcels[] = {
  "your parcel", "your package", "your shipment", "your delivery", "the package", "could not be delivered",
  "undeliverable", "ihr paket", "ihre sendung", "dein paket", "konnte nicht zugestellt", "votre colis",
  "votre livraison", "n'a pas pu être livré", "su paquete", "su envío", "tu paquete", "tu pedido",
  "no ha podido ser entregado", "uw pakket", "uw zending", "je pakket", "kon niet worden bezorgd",
  "twoja paczka", "twoją paczkę", "twoja przesyłka", "il tuo pacco", "il suo pacco", "la sua spedizione",
  "sua encomenda", "a sua encomenda", "paketiniz", "kargonuz", "gönderiniz", "طردك", "شحنتك", "بسته شما",
  "お荷物", "paket anda", "paket kamu", "paket kakak", "kiriman anda", "pesanan anda", "bungkusan anda",
  "parcel anda", "gagal dikirim", "tidak dapat dihantar", "đơn hàng của bạn", "bưu kiện của bạn",
  "ang iyong parcel", "ang iyong package", "พัสดุของคุณ", "พัสดุของท่าน", "आपका पार्सल", "您的包裹",
  "고객님의 택배", "seu pacote", "o seu pacote",
  /* (Russian's "your parcel", "your item"; Kazakh's, its "your" a
   * parcel's ending: "сәлемдемеңіз"; Uzbek's) */
  "ваша посылка", "вашу посылку", "ваше отправление", "сәлемдемеңіз", "сәлемдемеңізді", "посылкаңыз",
  "sizning posilkangiz", "posilkangiz",
  NULL
};

/* ...held, undelivered, returned, or due within hours: the text's
 * threat */
static const char * const holds[] = {
  "could not be delivered", "undeliverable", "konnte nicht zugestellt", "n'a pas pu être livré",
  "no ha podido ser entregado", "kon niet worden bezorgd", "nie została doręczona", "on hold", "held", "unpaid", "returned", "return to sender", "missed you", "within", "hours", "today",
  "incomplete address", "zurückgesendet", "stunden", "heute", "en attente", "retourné", "avant demain",
  "retenido", "retenida", "devuelto", "horas", "in afwachting", "teruggestuurd", "uur", "czeka", "wróci",
  "24h", "in giacenza", "in attesa", "restituito", "ore", "retida", "devolução", "até hoje", "bekliyor",
  "iade", "saat", "محتجز", "ساعة", "保留", "tertahan", "ditahan", "dikembalikan", "alamat tidak lengkap",
  "1x24 jam", "jam", "hari ini", "dipulangkan", "bị giữ", "hoàn trả", "giờ", "ibabalik", "ตีกลับ", "ภายใน",
  "वापस", "घंटे", "退回", "小时", "반송", "retido",
  /* (Russian's held, returned to the sender, hours; Kazakh's stopped,
   * hours; Uzbek's) */
  "задержан", "задержана", "возвращена отправителю", "вернётся отправителю", "будет возвращена", "часов",
  "часа", "тоқтатылды", "ұсталды", "сағат", "qaytariladi", "soat",
  NULL
};

/* ...and what it asks: a fee paid, an address confirmed, a delivery
 * rearranged before the parcel "is returned" */
static const char * const parcel_asks[] = {
  "pay", "fee", "fees", "unpaid", "confirm", "update your", "reschedule", "rearrange", "returned",
  "zahlen", "gebühr", "bestätigen", "frais", "réglez", "payer", "pague", "pagar", "tasa", "tasas", "retenido",
  "betaal", "betalen", "kosten", "dopłat", "dopłatę", "opłać", "zapłać", "paga", "pagare", "spese", "taxa",
  "ödeme", "öde", "ادفع", "رسوم", "پرداخت", "支払", "konfirmasi", "bayar", "biaya", "lengkapi", "perbarui",
  "sahkan", "kemas kini", "xác nhận", "thanh toán", "cập nhật", "kumpirmahin", "magbayad", "ยืนยัน", "ชำระ",
  "पुष्टि", "भुगतान", "确认", "支付", "확인",
  /* (Russian's pay, confirm, give the address exactly; Kazakh's; Uzbek's) */
  "оплатите", "подтвердите", "уточните", "төлеңіз", "растаңыз", "нақтылап", "нақтылаңыз", "to'lang",
  "tasdiqlang",
  NULL
};

/* Brands whose look-alike shops a sale brings out, as a host spells
 * them */
static const char * const brands[] = {
  "rayban", "ray-ban", "oakley", "ugg", "pandora", "swarovski", "tiffany", "nike", "adidas", "yeezy",
  "newbalance", "converse", "skechers", "asics", "timberland", "drmartens", "birkenstock", "crocs", "hoka",
  "moncler", "canadagoose", "northface", "barbour", "patagonia", "arcteryx", "lululemon",
  "michaelkors", "longchamp", "mulberry", "gucci", "prada", "dior", "chanel", "ysl",
  "balenciaga", "burberry", "louisvuitton", "rolex", "cartier", "lego", "dyson", "airpods",
  "iphone", "samsung", "playstation", "nintendo",
  /* (and the big shops whose names a warehouse sale borrows: "alza-
   * vyprodej") */
  "alza", "datart", "allegro", "emag", "zalando", "kaufland", "ikea", "lidl", "temu", "shein", "aliexpress",
  /* (and the booking sites, whose whole address a hotel deal's look-
   * alike starts with: "booking.com-napoli-ofertas…") */
  "booking", "airbnb", "expedia", "trivago", "agoda",
  NULL
};

/* A sale, as a part of a look-alike shop's host names it
 * ("uggs-clearance-uk", "canadagoose-soldes-fr") */
static const char * const sale_words[] = {
  "outlet", "clearance", "sale", "sales", "off", "discount", "discounts", "cheap", "factory", "deal", "deals",
  "promo", "store", "shop", "blackfriday", "cybermonday", "replica", "rabatt", "reduziert", "soldes",
  "promotion", "rebajas", "descuento", "oferta", "ofertas", "saldi", "sconto", "sconti", "scontati", "korting",
  "uitverkoop", "wyprzedaż", "promocja", "desconto", "promoção", "promocao", "indirim", "vyprodej", "vypredaj",
  "sleva", "slevy", "akce", "wyprzedaz", "ausverkauf", "offerta", "offerte",
  NULL
};

/* ...or told in the text, in the scripts that put no spaces between
 * words: cheaper, a discount, a special price */
static const char * const sale_strings[] = {
  "便宜", "优惠", "優惠", "折扣", "特价", "特價", "割引", "格安", "激安", "할인", "특가",
  NULL
};

/* ...and a whole stock sold off, which a look-alike shop written bare
 * announces ("VÝPRODEJ SKLADU -80 %… alza-vyprodej.shop") */
static const char * const stock_sales[] = {
  "výprodej", "vyprodej", "výpredaj", "vypredaj", "wyprzedaż", "wyprzedaz", "räumungsverkauf", "ausverkauf",
  "clearance", "closing down", "liquidation", "liquidación", "svendita", "kiárusítás",
  NULL
};

/* Charities whose names a Christmas appeal borrows, as a host spells
 * them */
static const char * const charities[] = {
  "savethechildren", "unicef", "redcross", "britishredcross", "oxfam", "barnardos", "salvationarmy",
  "macmillan", "cancerresearch", "nspcc", "rspca", "doctorswithoutborders", "worldvision", "trusselltrust",
  "caritas", "restosducoeur", "secourspopulaire", "croixrouge", "cruzroja", "roteskreuz", "diakonie",
  "unhcr",
  NULL
};

/* Asking for money to give, in the text */
static const char * const donate_words[] = {
  "donate", "donation", "appeal", "spenden", "spende", "faites un don", "donner", "dona", "donar", "done",
  "doneer", "doneren", "wpłać", "przekaż", "doe", "bağış", "تبرع", "کمک",
  NULL
};

/* Something given away... */
static const char * const giveaways[] = {
  "giving away", "give away", "giveaway", "free", "win", "claim", "gratis", "kostenlos", "verschenken",
  "gewinnen", "gratuit", "gratuite", "offert", "offerts", "regalamos", "sorteo", "weggeven", "winnen",
  "za darmo", "rozdajemy", "wygraj", "regaliamo", "in regalo", "omaggio", "grátis", "sorteio", "ücretsiz",
  "nhận quà", "nhan qua", "quà tặng", "tặng", "miễn phí", "免费", "赠送", "무료", "ฟรี", "бесплатно",
  NULL
};

/* ...as a prize to claim, of a value, for a time: a charity shop
 * giving coats away "if you can't collect, pay postage" says none */
static const char * const prize_claims[] = {
  "claim", "claim yours", "worth", "valued at", "luxury", "exclusive", "offer valid", "winner", "reclama",
  "reclame", "réclamez", "réclamer", "d'une valeur", "im wert von", "sichern", "odbierz", "o wartości",
  "richiedi", "del valore", "ter waarde van", "claim de", "değerinde", "nhận quà tại", "trị giá", "tri gia",
  "được chọn", "duoc chon", "领取", "价值", "수령", "มูลค่า", "стоимостью",
  NULL
};

/* ...whose postage is paid by card */
static const char * const postage[] = {
  "postage", "shipping", "p&p", "handling", "for delivery", "delivery fee", "delivery charge", "versandkosten", "versandgebühr", "frais de port", "frais d'envoi",
  "gastos de envío", "verzendkosten", "koszt wysyłki", "spese di spedizione", "frete", "kargo ücreti",
  "phí vận chuyển", "phi van chuyen", "phí ship", "phi ship", "phí giao hàng", "运费", "배송비", "ค่าส่ง",
  "за доставку",
  NULL
};

static const char * const card_payments[] = {
  "pay", "card", "card details", "zahlen", "karte", "payer", "carte", "pagar", "tarjeta", "betaal", "kaart",
  "zapłać", "kartą", "karta", "pagare", "carta", "cartão", "öde", "kart", "thanh toán", "thanh toan", "支付",
  "결제", "ชำระ", "оплатить",
  NULL
};

/* "You are today's lucky visitor": the prize page's greeting, in the
 * languages it is sent in */
static const char * const lucky_visitors[] = {
  "lucky visitor", "today's lucky", "lucky winner of the day", "şanslı ziyaretçi", "şanslı kazanan",
  "glücklicher besucher", "glückliche besucher", "visiteur chanceux", "heureux gagnant du jour",
  "visitante afortunado", "visitante de la suerte", "gelukkige bezoeker", "szczęśliwy odwiedzający",
  "szczęśliwym odwiedzającym", "visitatore fortunato", "visitante sortudo", "الزائر المحظوظ",
  "بازدیدکننده خوش‌شانس",
  /* (a lucky reader, visitor or customer, in Vietnamese with its marks
   * and without, Chinese, Korean, Thai and Russian) */
  "người đọc may mắn", "khách hàng may mắn", "người may mắn", "nguoi doc may man", "khach hang may man",
  "nguoi may man", "幸运用户", "幸运访客", "幸运读者", "행운의 방문자", "행운의 주인공", "ผู้โชคดี",
  "счастливый посетитель", "счастливым посетителем",
  NULL
};

/* ...said to the reader: a reader writing up the pop-ups says "the
 * 'lucky visitor' pages" */
static const char * const said_to_you[] = {
  "you are", "you're", "you have been", "you've been", "sizsiniz", "siz", "sie sind", "du bist", "vous êtes",
  "tu es", "eres", "usted es", "es usted", "je bent", "u bent", "jesteś", "jesteście", "sei", "você é", "é o",
  "أنت", "شما", "bạn là", "ban la", "bạn đã được", "quý khách là", "您是", "你是", "당신은", "고객님은",
  "คุณคือ", "คุณเป็น", "вы стали", "вы —", "вы -",
  NULL
};

/* Cashback or a bonus, through the writer's own link or code */
static const char * const cashbacks[] = {
  "cashback", "cash back", "kerstbonus", "welcome bonus", "sign-up bonus", "signup bonus", "bonus de bienvenue",
  "willkommensbonus", "bono de bienvenida", "premia powitalna", "bonus di benvenuto", "hoşgeldin bonusu",
  NULL
};

static const char * const own_links[] = {
  "my link", "my referral", "use my code", "with my code", "my invite link", "mijn link", "met mijn code",
  "meinen link", "meinem link", "mit meinem code", "mon lien", "avec mon code", "mi enlace", "con mi código",
  "mi link", "mój link", "mojego linku", "z moim kodem", "il mio link", "con il mio codice", "meu link",
  "com o meu código", "linkimden", "kodumla", "parrainage", "empfehlungslink", "empfehlungscode",
  "código de referido", "kod polecający", "codice invito", "uitnodigingslink", "referral link", "referral code",
  "ref link", "ref code",
  NULL
};

/* Codes from a generator: gift cards, game money (not a password
 * generator's "code") */
static const char * const generators[] = {
  "generator", "generated", "code gen", "generador", "générateur", "generatore", "gerador", "generatora",
  NULL
};

static const char * const game_codes[] = {
  "gift card", "gift cards", "gift code", "gift codes", "wallet", "v-bucks", "vbucks", "robux", "roblox", "psn",
  "steam", "xbox", "fortnite", "itunes", "google play", "amazon", "eshop", "gutschein", "gutscheine",
  "tarjeta regalo", "carte cadeau", "karta podarunkowa", "buono regalo", "cadeaukaart", "cartão presente",
  NULL
};

/* Replicas of branded goods in the words sneaker and streetwear
 * sellers use ("top quality reps", "UA"): the words of
 * byline-spam-filter-lures.c's copies of luxury brands lack them... */
static const char * const replicas[] = {
  "reps", "rep shoes", "ua quality", "unauthorized authentic", "unauthorised authentic", "top batch",
  "best batch", "replika", "repliki", "imitacje", "réplicas de",
  NULL
};

/* ...and their quality ("top quality", "best batch", "1:1"): union reps
 * at a trainers warehouse say none... */
static const char * const replica_qualities[] = {
  "quality", "batch", "1:1", "calidad", "qualität", "qualité", "jakość", "qualità", "qualidade", "kalite",
  NULL
};

/* ...and name the goods ("reps" alone is a gym's repetitions or a
 * union's representatives) */
static const char * const replica_goods[] = {
  "jordan", "jordans", "yeezy", "yeezys", "dunk", "dunks", "air max", "air force", "travis scott", "off-white",
  "bape", "supreme", "stone island", "moncler", "canada goose", "rolex", "sneakers", "trainers", "kicks",
  "buty", "zapatillas", "sneaker", "baskets", "scarpe",
  NULL
};

/* The label of @host that names its owner: the one before its ending,
 * or before "co.uk", "com.au" ("uk.ugg.com" → "ugg"); its length in
 * *@len. Read in place: the rules ask it of every link of every
 * comment. */
static const char *
owner_label (const char *host,
             gsize      *len)
{
  const char *end = strrchr (host, '.');
  const char *start;

  if (end == NULL || end == host)
    return NULL;
  for (start = end; start > host && start[-1] != '.'; start--)
    ;
  /* "co.uk", "com.au": one label further */
  if (strlen (end + 1) == 2 && start > host &&
      ((end - start == 2 && (strncmp (start, "co", 2) == 0)) ||
       (end - start == 3 && (strncmp (start, "com", 3) == 0 || strncmp (start, "org", 3) == 0 ||
                             strncmp (start, "net", 3) == 0))))
    {
      end = start - 1;
      for (start = end; start > host && start[-1] != '.'; start--)
        ;
    }
  *len = end - start;

  return start;
}

/* Whether @c ends a part of a host ("ugg" in "ugg-outlet", "ugg.shop") */
static inline gboolean
ends_part (char c)
{
  return c == '\0' || c == '.' || c == '-' || c == '_';
}

/* Whether one of @names is in @host but @host is not its own
 * ("uggs-clearance-uk.example", "ray-ban-outlet.example" borrow "ugg"
 * and "ray-ban"; "ugg.com", "uk.ugg.com" are its own): a part between
 * dots and hyphens is the name or its plural, or, for a name of five
 * letters or more, a label begins with it ("raybanoutlet") */
static gboolean
host_borrows (const char         *host,
              const char * const *names)
{
  gsize len = 0;
  const char *owner = owner_label (host, &len);

  if (owner == NULL)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (names[i][0] == owner[0] && strncmp (owner, names[i], len) == 0 && names[i][len] == '\0')
        return FALSE;
    }
  /* (each part's first letter against each name's: one pass, as the
   * rules ask it of every link) */
  for (const char *p = host; *p != '\0';)
    {
      for (guint i = 0; names[i] != NULL; i++)
        {
          gsize n;

          if (names[i][0] != *p)
            continue;
          n = strlen (names[i]);
          if (strncmp (p, names[i], n) == 0 &&
              (ends_part (p[n]) || (p[n] == 's' && ends_part (p[n + 1])) || (n >= 5 && (p == host || p[-1] == '.'))))
            return TRUE;
        }
      while (!ends_part (*p))
        p++;
      if (*p != '\0')
        p++;
    }

  return FALSE;
}

/* Whether a part of @host is one of @words */
static gboolean
host_has_part (const char         *host,
               const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      for (const char *p = strstr (host, words[i]); p != NULL; p = strstr (p + 1, words[i]))
        {
          if ((p == host || ends_part (p[-1])) && ends_part (p[n]))
            return TRUE;
        }
    }

  return FALSE;
}

/* The first address normalised @text names bare ("steamcodes-free.net",
 * "evri-reschedule.co/uk"), which the link scanner passes over as a
 * reader's "Amazon.com", or %NULL */
static char *
bare_host (const char *text)
{
  const char *pos = text, *start, *dot, *end;

  if (strchr (text, '.') == NULL || !_byline_spam_next_bare_host (text, &pos, &start, &dot, &end))
    return NULL;

  return g_strndup (start, end - start);
}

/* Whether a dot in @text stands before a letter, as in an address
 * ("free.net") and seldom in prose: a quick look before the bare
 * address is read */
static gboolean
dot_before_letter (const char *text)
{
  for (const char *p = strchr (text, '.'); p != NULL; p = strchr (p + 1, '.'))
    {
      if (g_ascii_isalpha (p[1]))
        return TRUE;
    }

  return FALSE;
}

/* A handle to write to: "@kickz.plug.uk", not an e-mail address's
 * second half */
static gboolean
has_handle (const char *content)
{
  const char *from = content;
  guint len;

  while (_byline_spam_next_handle (content, &from, TRUE, &len, NULL) != NULL)
    {
      if (len >= 4)
        return TRUE;
    }

  return FALSE;
}

/* The first host of @hosts that is no source (an official body's, a
 * newspaper's, a consumer body's) and not one of @own, or %NULL */
static const char *
other_host (GPtrArray          *hosts,
            const char * const *own)
{
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if ((own == NULL || !_byline_spam_host_in (host, own)) && !_byline_spam_host_is_official (host) &&
          !_byline_spam_host_is_news (host) && !_byline_spam_host_is_consumer_body (host))
        return host;
    }

  return NULL;
}

/* Whether @content warns of what it quotes or says its writer got it,
 * looked for once and only when a rule would weigh it (few comments get
 * that far): *@warned is -1 until then */
static gboolean
is_warned (const char *content,
           gint       *warned)
{
  if (*warned < 0)
    *warned = _byline_spam_terms_found (content, warnings) > 0 || _byline_spam_terms_found (content, got_it) > 0;

  return *warned;
}

void
_byline_spam_seasonal_evidence (const char *content,
                                GPtrArray  *hosts,
                                guint       outside_links,
                                GArray     *evidence)
{
  g_autofree char *bare = NULL;
  gint warned = -1;

  /* Every kind sends readers somewhere, and most comments send no one:
   * a link, a handle, a messenger, or an address the link scanner
   * passed over as a reader's "Amazon.com" ("steamcodes-free.net"),
   * which is read only for the kinds that write one bare */
  if (outside_links == 0 && dot_before_letter (content) &&
      (_byline_spam_terms_found (content, carriers) > 0 || _byline_spam_terms_found (content, generators) > 0 ||
       _byline_spam_terms_found (content, stock_sales) > 0))
    bare = bare_host (content);
  if (outside_links == 0 && bare == NULL && !has_handle (content) && !_byline_spam_has_messenger_contact (content))
    return;


  /* A carrier's text about a held parcel, with a link that is not the
   * carrier's: the text pasted as a comment */
  if ((outside_links > 0 || bare != NULL) && _byline_spam_terms_found (content, carriers) > 0 &&
      _byline_spam_terms_found (content, your_parcels) > 0 && _byline_spam_terms_found (content, holds) > 0 &&
      _byline_spam_terms_found (content, parcel_asks) > 0 &&
      (other_host (hosts, carrier_sites) != NULL || (bare != NULL && !_byline_spam_host_in (bare, carrier_sites))) &&
      !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("reads as a carrier’s text about a held parcel, with a link that is not "
                                           "the carrier’s")));

  /* (the links' hosts, then the address written bare) */
  for (guint i = 0; i <= hosts->len; i++)
    {
      const char *host = i < hosts->len ? g_ptr_array_index (hosts, i) : bare;

      if (host == NULL)
        break;
      /* A brand's name in a shop's address not its own, the address
       * naming the sale ("ugg-outlet", "cheap-ugg-boots"): a club or
       * a repairer names the brand, not a sale ("nike-runclub") */
      if (host_borrows (host, brands) &&
          (host_has_part (host, sale_words) || _byline_spam_strings_found (content, sale_strings) > 0) &&
          !is_warned (content, &warned))
        {
          g_autofree char *quoted = _byline_spam_quote_for_reason (host);

          _byline_spam_add_evidence (evidence, 0.5,
                                     /* Translators: %s is a web address, as ugg-outlet.example */
                                     g_strdup_printf (_("a sale at %s, an address borrowing a brand’s name"), quoted));
          break;
        }
      /* A charity's name in an address not the charity's own, asking
       * for money (not a season's appeal alone: a mayor's Christmas
       * appeal has its own "mayorschristmasappeal" site) */
      if (host_borrows (host, charities) && _byline_spam_terms_found (content, donate_words) > 0 &&
          !is_warned (content, &warned))
        {
          g_autofree char *quoted = _byline_spam_quote_for_reason (host);

          _byline_spam_add_evidence (evidence, 0.5,
                                     /* Translators: %s is a web address */
                                     g_strdup_printf (_("asks for donations at %s, an address borrowing a "
                                                        "charity’s name"), quoted));
          break;
        }
    }

  /* Something given away whose postage wants a card */
  if (outside_links > 0 && _byline_spam_terms_found (content, postage) > 0 &&
      _byline_spam_terms_found (content, giveaways) > 0 && _byline_spam_terms_found (content, prize_claims) > 0 &&
      _byline_spam_terms_found (content, card_payments) > 0 &&
      !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("gives something away but asks for a card to pay its postage")));

  /* Gift cards or game money from a generator */
  if ((outside_links > 0 || bare != NULL) && _byline_spam_terms_found (content, generators) > 0 &&
      _byline_spam_terms_found (content, game_codes) > 0 &&
      !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.55, g_strdup (_("offers gift card or game codes from a generator")));

  /* "You are today's lucky visitor", with a link to the prize */
  if (outside_links > 0 && _byline_spam_terms_found (content, lucky_visitors) > 0 &&
      _byline_spam_terms_found (content, said_to_you) > 0 && !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("tells readers they are a lucky visitor chosen for a prize")));

  /* Cashback or a bonus through the writer's own link */
  if (outside_links > 0 && _byline_spam_terms_found (content, cashbacks) > 0 &&
      _byline_spam_terms_found (content, own_links) > 0 && !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers cashback or a bonus through the writer’s own link or code")));

  /* Replicas of branded goods, of a quality, with somewhere to order */
  if (_byline_spam_terms_found (content, replicas) > 0 && _byline_spam_terms_found (content, replica_goods) > 0 &&
      _byline_spam_terms_found (content, replica_qualities) > 0 && !is_warned (content, &warned))
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("sells replicas of branded goods")));
}
