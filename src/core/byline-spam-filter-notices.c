/* byline-spam-filter-notices.c: spam dressed as what readers do
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readers correct the story, tip the newsroom off, give a source, share
 * a fundraiser or a petition, forward an official notice, cheer a
 * politician. Spam does each of these to reach somewhere to buy, pay or
 * give: a refund, a parcel's fee or a benefit at an address that is not
 * the authority's; money "sent" by a payment app, to take at a made-up
 * address; a fundraiser at an address made to look like a fundraising
 * site's; a correction that turns to a deal; a link with an affiliate's
 * code to the writer's own buyer's guide; cheering that sells caps or a
 * coin. And spam in the scripts the older rules have few words of: a
 * casino's bonus, money every day, a text cut one word a line. Each
 * needs somewhere to go or to write, and each rule's words are looked
 * up in the indexed text before anything scans it. Since the thirty-
 * eighth round: a power bill overdue and its cut-off, in Vietnamese with
 * and without its marks ("quy khach co hoa don tien dien … qua han, vui
 * long thanh toan ngay tai evncpc-thanhtoan.online"). Since the thirty-
 * ninth: a grant that asks a fee for its form, at a made-up address of
 * any name ("tallafin ₦500,000… rajista a gtyk-foundation.org.ng, kudin
 * fom ₦5,000 kawai"). Since the forty-first: an affiliate's code in
 * Portuguese and Spanish ("?afiliado="), and in the website field with
 * no link in the comment (a bet site's sign-up page under a reader's
 * nod; the codes are read in byline-spam-filter-referrals.c). Since the
 * forty-sixth, an Italian notice: a refund or a parcel, "completi la
 * richiesta", "la domanda si fa su", a "bollo" or a "contributo di
 * istruttoria" as the form's fee. Since the forty-seventh, a Japanese
 * one: a "給付金" or a parcel held, "申請は…", a "手数料" in yen as the
 * form's fee; Chinese's and Korean's words for the same. Since the
 * fifty-first, a Peruvian courier's: "su envío no pudo ser entregado…
 * paga la tarifa de reenvío… actualice sus datos" at "rastreo-envio".
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A reader's warning, a reader telling where the real thing is, or one
 * asking whether the text she got is real */
static const char * const warnings[] = {
  "scam", "scams", "scammers", "fake", "phishing", "never", "don't", "do not", "beware", "nothing to pay", "estafa",
  "is that real", "is this real", "is it real", "is it legit", "is this legit", "the text said",
  "timo", "arnaque", "rien à payer", "betrug", "fälschung", "golpe", "truffa", "шахраї", "шахрайство", "обережні",
  "мошенники", "мошенничество", "धोखा", "ठगी", "প্রতারণা", "மோசடி", "הונאה", "זהירות", "scam po", "ማጭበርበር", "თაღლით",
  "խաբեբա", "алаяқ", "yaudara", "olùtànjẹ", "ловушка", "проиграл", "проиграла", "prevara", "prevaranti",
  "lažna", "lažno", "pazite", "ne klikćite",
  /* (in Czech and Slovak, with their marks and without: "a fraud",
   * "don't fall for it", "beware of") */
  "podvod", "podvodníci", "podvodníky", "nenaleťte", "nenalette", "pozor na", "neklikejte",
  /* (in Greek, with accents and without: "a fraud", "fraudsters",
   * "don't tap it") */
  "απάτη", "απατη", "απατεώνες", "απατεωνες", "μην το πατήσετε", "μην το πατησετε", "μην πατάτε",
  /* (in Chilean Spanish: "it's FALSE, don't click") */
  "falso", "falsa", "no hagan clic", "no hagas clic", "no haga clic", "no pinchen",
  /* (in Turkish: "fake", "a fraud", "don't click") */
  "sahte", "dolandırıcı", "tıklamayın",
  /* (in Thai: "fake", "scammers", "a warning", "beware", "deceit") */
  "ปลอม", "มิจฉาชีพ", "เตือนภัย", "ระวัง", "หลอกลวง",
  /* (in Vietnamese, with its marks and without: "a swindle", "forged",
   * "a fake text", "don't tap"; in Chinese and Korean: "fraud") */
  "lừa đảo", "lua dao", "giả mạo", "gia mao", "tin nhắn giả", "đừng bấm", "dung bam", "cảnh giác", "诈骗",
  "骗子", "사기", "스미싱",
  /* (in Hausa: "a swindle", "it's a lie"; in Yoruba and Pidgin: "a
   * swindle"; in Swahili: "swindlers") */
  "damfara", "karya ne", "jibiti", "jìbìtì", "wayo", "matapeli", "utapeli",
  /* (in Japanese: "a fraud", "a fake site", "don't open it", "don't tap") */
  "詐欺", "偽サイト", "偽物", "開かないで", "押さないで", "クリックしないで", "騙",
  /* (in Amharic: "a fraudster", "fake", "beware"; in Afaan Oromo: "a
   * fraud") */
  "አጭበርባሪ", "ሐሰተኛ", "ሀሰተኛ", "ተጠንቀቁ", "gowwoomsaa",
  NULL
};

/* What an official notice is about: a refund, a benefit or a grant, a
 * parcel held, a card to renew; or a gift */
static const char * const notice_subjects[] = {
  "tax refund", "refund", "hmrc", "irs", "dvla", "customs", "parcel", "package", "redelivery", "benefit", "benefits",
  "grant", "stimulus", "allowance", "government", "road tax", "free iphone", "gift card", "aduana", "paquete",
  "devolución", "hacienda", "correos", "subsidio", "ayuda", "douane", "colis", "remboursement", "carte vitale",
  "assurance maladie", "impôts", "zoll", "paket", "erstattung", "auszahlung", "anspruch", "zuschuss", "encomenda",
  "alfândega", "aduaneiras", "aduaneros", "douanières", "doganali", "reembolso", "pacco", "dogana", "rimborso",
  "допомога", "допомоги", "виплата", "виплати", "посилка", "выплата", "выплаты", "пособие", "посылка", "компенсация",
  "योजना", "सरकार", "सरकारी", "प्रधानमंत्री", "सब्सिडी", "সরকারি", "ভাতা", "அரசு", "திட்டம்", "gwamnati", "gwamnatin",
  "tallafi", "tallafin", "ìjọba", "gobyerno", "መንግስት", "מענק", "החזר מס", "מכס", "უფასო", "საჩუქარი", "подарунок", "подарок",
  "төлем", "жәрдемақы", "aide de l'état", "l'état", "prime", "allocation",
  /* (in Montenegrin, Serbian, Croatian and Bosnian) */
  "povraćaj poreza", "povrat poreza", "poreska uprava", "porezna uprava", "pošiljka",
  /* (a fine to pay, a compensation, a government's programme, in Spanish) */
  "multa", "multas", "infracción", "parking fine", "traffic fine", "compensación", "gobierno",
  /* (a parcel sent, not delivered, in Peru's Spanish) */
  "su envío", "tu envío", "encomienda", "no pudo ser entregado",
  /* (a bill and its cut-off, a fine, a refund, in Turkish) */
  "fatura", "faturanızı", "kesinti", "ceza", "iade",
  /* (a toll or a bill overdue, a fine, a vehicle's tax, a compensation,
   * a refund, a parcel, customs, relief money, in Thai) */
  "ค่าผ่านทาง", "ค้างชำระ", "ค่าปรับ", "ภาษีรถ", "เงินชดเชย", "ค่าชดเชย", "เงินคืน", "คืนเงิน", "พัสดุ", "ศุลกากร",
  "เงินเยียวยา", "เงินช่วยเหลือ",
  /* (a power or water bill overdue and its cut-off, a traffic fine, in
   * Vietnamese with its marks and without; a bill unpaid and a cut-off,
   * in Chinese and Korean) */
  "hóa đơn tiền điện", "hoá đơn tiền điện", "hoa don tien dien", "tiền điện", "tien dien", "tiền nước",
  "tien nuoc", "ngừng cấp điện", "ngung cap dien", "cắt điện", "cat dien", "quá hạn thanh toán",
  "qua han thanh toan", "phạt nguội", "phat nguoi", "电费", "欠费", "停电", "전기요금", "미납",
  /* (an overpaid bill's refund, a parcel, in Czech with its marks and
   * without) */
  "přeplatek", "přeplatku", "preplatek", "preplatku", "zásilka", "zasilka",
  /* (a sum refunded, a compensation, a benefit, a parcel, in Greek) */
  "επιστροφή ποσού", "επιστροφη ποσου", "αποζημίωση", "αποζημιωση", "επίδομα", "επιδομα", "δέμα", "δεμα",
  /* (refunds, an indemnity, a parcel held, in Italian) */
  "rimborsi", "indennizzo", "giacenza",
  /* (a benefit, a compensation, a tax refund, a parcel held or to be
   * delivered again, in Japanese, Chinese and Korean) */
  "給付金", "補償金", "還付金", "助成金", "支援金", "お荷物", "不在", "再配達", "补贴", "退税", "包裹", "지원금",
  "환급금", "택배",
  /* (a parcel, customs, a lottery's draw, a compensation, in Amharic;
   * read inside words, which Amharic joins to "of", "and": "የጉምሩክና") */
  "ጥቅል", "ጉምሩክ", "ዕጣ", "እጣ", "ካሳ",
  NULL
};

/* ...and what it asks: to claim, register, renew or pay */
static const char * const notice_actions[] = {
  "claim", "submit", "register", "apply now", "fill in the form", "fill out the form", "verify", "confirm your details",
  "update your details", "pay the fee", "reschedule", "pague", "reclame", "reclamar", "solicite", "regístrese",
  "regístrate", "renouvelez", "réclamez", "payez", "inscrivez-vous", "confirmez", "pay now", "efetue o pagamento",
  "efetue", "efectúe el pago", "realice el pago", "effectuez le paiement", "effettua il pagamento", "registrieren",
  "beantragen", "antrag", "sichern", "bestätigen", "resgate", "cadastre-se", "regularize", "оформіть", "заявку",
  "зареєструйтеся", "отримайте", "оформите", "получите", "зарегистрируйтесь", "रजिस्टर", "आवेदन", "নিবন্ধন", "আবেদন",
  "பதிவு", "rajista", "forúkọsílẹ̀", "mag-register", "i-claim", "ይመዝገቡ", "დარეგისტრირდით", "მიიღეთ", "գրանցվեք",
  "הירשמו", "הגישו", "тіркеліңіз", "remplissez", "recevez", "compilate", "compila il modulo", "rellene",
  "rellena el formulario", "preencha", "confirm your eligibility", "check your eligibility",
  "confirm your direct deposit", "update your direct deposit",
  /* a parcel's fee, "or the item will be returned to sender" */
  "complete payment", "complete the payment", "complete your payment", "pay the customs", "pay the outstanding",
  "settle the fee", "make the payment",
  /* (and "enter your card's details", "to receive the payment") */
  "unesite podatke", "unesite broj kartice", "da biste primili", "preuzmite uplatu", "platite",
  /* (and in Spanish: "confirm your ID number and card", "see if you qualify") */
  "confirmar su", "confirme su", "confirma tu", "datos de su tarjeta", "datos de tu tarjeta",
  "verifica si calificas", "verifique si califica", "clave única", "clave unica", "claveúnica",
  /* (and Peru's courier's: "update your details", "pay the fee for
   * sending it again") */
  "actualice sus datos", "actualiza tus datos", "actualice aquí", "actualiza aquí", "paga la tarifa",
  "pague la tarifa", "abone la tarifa",
  /* (and in Turkish: "pay", "make the payment", "apply") */
  "ödeyin", "ödeme yapın", "başvurun",
  /* (and in Thai: "pay at", "please pay", "register", "confirm your
   * identity", "file a claim", "check your entitlement", "fill in") */
  "ชำระได้ที่", "กรุณาชำระ", "ลงทะเบียน", "ยืนยันตัวตน", "ยื่นคำร้อง", "ตรวจสอบสิทธิ์", "กรอกข้อมูล",
  /* (and in Vietnamese: "please pay", "pay now at"; in Chinese and
   * Korean: "pay at once", "pay") */
  "vui lòng thanh toán", "vui long thanh toan", "thanh toán ngay", "thanh toan ngay", "thanh toán tại",
  "thanh toan tai", "立即缴费", "请缴费", "납부하세요", "결제하세요",
  /* (and in Czech: "verify your card", "pay", "fill in the form") */
  "ověřit platební kartu", "ověřte", "overte", "overit platebni kartu", "uhraďte", "uhradte", "vyplňte",
  /* (and in Greek: "confirm", "pay", "apply", "the application is made
   * at") */
  "επιβεβαιώστε", "επιβεβαιωστε", "πληρώστε", "πληρωστε", "κάντε αίτηση", "κάνετε αίτηση", "η αίτηση γίνεται",
  /* (and in Italian: "complete the request", "the application is made
   * at", "apply", "pay by", "confirm your details") */
  "completi la richiesta", "completa la richiesta", "la domanda si fa", "fai domanda", "fate domanda", "paga entro",
  "conferma i dati", "conferma i tuoi dati",
  /* (and in Japanese, Chinese and Korean: "apply", "the procedure",
   * "confirm below") */
  "申請", "お手続き", "下記よりご確認", "申请", "领取", "신청",
  /* (and in Amharic: "pay", "confirm", "register", "fill in"; and in
   * Afaan Oromo: "pay", "register") */
  "ይክፈሉ", "ያረጋግጡ", "አረጋግጠው", "ይመዝገቡ", "ይሙሉ", "kaffalaa", "galmaa'aa",
  NULL
};

/* ...at an address named for the notice or the body it poses as
 * ("hmrc-refund-claim.com", "correos-aduana-pago.com", "pm-yojana-
 * online.in"): a reader sends others to the company's own site
 * ("portvale-ferries.co.uk/refunds"), whose name is the company's */
static const char * const notice_hosts[] = {
  "refund", "claim", "parcel", "redeliver", "customs", "aduana", "douane", "dogana", "alfandega", "zoll", "pago",
  "payment", "fee", "tax", "hmrc", "irs", "dvla", "gov", "bund", "ameli", "vitale", "correos", "dhl", "fedex",
  "usps", "royalmail", "evri", "hermes", "ctt", "colis", "paket", "paquete", "encomenda", "yojana", "sarkar",
  "dopomog", "vyplat", "tallafi", "grant", "benefit", "allowance", "stimulus", "subsid", "rembours", "erstatt",
  "pauschale", "antrag", "gift", "prize", "rimbors", "reembols", "devolucion", "bhata", "bhatta", "anudan",
  "posobi", "ayuda", "subsidio", "auxilio", "beneficio", "bolsa", "aide", "ajuda", "sussidi", "bonus", "gouv",
  "gob", "compens", "kompens", "povracaj", "povrat", "poresk", "porezn", "posiljk", "fatura", "kargo",
  /* (Vietnamese's payment and bill: "evn-thanhtoan", "hoadon-dien") */
  "thanhtoan", "hoadon",
  /* (Czech's refund, overpayment, surcharge and parcel) */
  "vraceni", "preplat", "doplat", "zasilk",
  /* (Greek's refund, credit, compensation, benefit, delivery; Italian's
   * parcel held and indemnity) */
  "epistrof", "pistos", "apozimio", "epidom", "paradosi", "giacenz", "indennizz",
  /* (Japanese's benefit, refund, application, a parcel not delivered) */
  "kyufu", "kyuufu", "kanpu", "shinsei", "fuzai", "haitatsu",
  /* (Spanish's tracking and shipment: "rastreo-envio") */
  "rastreo", "envio", "courier",
  NULL
};

/* ...or a fee for the form itself, which no grant asks of whoever
 * applies ("kudin fom ₦5,000 kawai", Hausa's form fee; "kuɗin
 * tantancewa", its verification fee) */
static const char * const form_fees[] = {
  "form fee", "registration fee", "verification fee", "application fee", "kudin fom", "kuɗin fom",
  "kudin rajista", "kuɗin rajista", "kudin tantancewa", "kuɗin tantancewa", "owo fọọmu", "owo fomu",
  "ada ya fomu", "ada ya usajili", "frais de dossier", "frais d'inscription", "παράβολο", "παραβολο",
  /* (Italy's stamp duty and processing fee, Spain's) */
  "imposta di bollo", "marca da bollo", "contributo di istruttoria", "spese di istruttoria", "tasa de tramitación",
  /* (a parcel's fee to be sent again, in Spanish) */
  "tarifa de reenvío", "costo de reenvío", "cargo de reenvío",
  /* (Japan's "事務手数料", China's, Korea's) */
  "手数料", "申請料", "登録料", "手续费", "수수료",
  /* (Amharic's registration or form fee) */
  "የምዝገባ ክፍያ", "የፎርም ክፍያ", "የማመልከቻ ክፍያ",
  NULL
};

/* A sum in yen, yuan or won written after its digits ("3,300円", "5万円",
 * "200元", "3,300원"), where the other rules look for a currency's sign */
static const char * const written_sums[] = {
  "0円", "1円", "2円", "3円", "4円", "5円", "6円", "7円", "8円", "9円", "万円", "千円", "0元", "万元", "0원", "만원",
  NULL
};

/* Whether normalised @text names a sum of money */
static gboolean
names_sum (const char *text)
{
  return _byline_spam_has_currency_sign (text) || _byline_spam_strings_found (text, written_sums) > 0;
}

/* A government's own login, which only the government's site asks for
 * ("ingresa tu RUT y tu Clave Única en …") */
static const char * const state_logins[] = {
  "clave única", "clave unica", "claveúnica", "claveunica",
  NULL
};

/* Giving and signing, and the fundraising sites' names spam borrows */
static const char * const appeals[] = {
  "donate", "donation", "donations", "fundraiser", "fundraising", "petition", "sign", "signs", "every pound",
  "every penny", "every dollar", "every euro", "dona", "doe", "donar", "cada euro", "donación", "spenden", "cagnotte",
  "faire un don", "збір", "сбор", "допоможіть", "помогите", "दान", "দান", "תרומה", "შემოწირულობა",
  NULL
};

static const char * const appeal_hosts[] = {
  "gofund", "justgiv", "fundrais", "donat", "petition", "crowdfund", "change-org", "charity", "zbir", "spende",
  "cagnotte", "leetchi",
  NULL
};

/* ...or a relief fund's words in a made-up name that is no charity's */
static const char * const relief_hosts[] = {
  "help", "relief", "aid", "ajuda", "ayuda", "apoio", "hilfe", "aide", "soccorso", "dopomoga", "pomoshch",
  NULL
};

/* What a reader writes to correct the story, tip it off or source it */
static const char * const reader_forms[] = {
  "correction", "corrección", "rectificatif", "berichtigung", "korrektur", "correção", "story tip", "news tip",
  "tip for your", "tip for the", "the source", "source:", "for the record", "fact check", "quelle", "fuente", "fonte",
  "la source", "джерело", "источник",
  NULL
};

/* ...and a deal where a reader would give a source */
static const char * const deals[] = {
  "deal", "deals", "offer", "offers", "cheapest", "discount", "finance", "insurance", "quote", "quotes", "compare",
  "slashing", "save", "loan", "loans", "aff", "affiliate", "ref", "coupon", "promo", "partner", "günstigsten", "tarife",
  "sparen", "vergleich", "ofertas", "oferta", "moins cher", "promoção",
  NULL
};

/* ...or a deal in the made-up address's own name ("ferrydeals-portvale.shop") */
static const char * const deal_hosts[] = {
  "deal", "cheap", "discount", "offer", "bargain", "promo", "coupon", "compare", "insur", "loan", "vergleich",
  "sparen", "guenstig", "rabatt", "angebot", "oferta", "barat", "descont", "sconto", "remise", "korting",
  "aanbieding", "tarif",
  NULL
};

/* Money sent to the reader, as a payment app's notice says it... */
static const char * const transfers_sent[] = {
  "sent you", "has been sent to you", "you have received", "you've received", "you have been sent",
  "is sending you", "incoming transfer", "incoming payment", "pending transfer", "pending deposit", "e-transfer",
  "etransfer", "vous a envoyé", "virement interac", "te ha enviado", "ti ha inviato", "te enviou",
  NULL
};

/* ...and what it asks: to take it at the link, picking one's bank */
static const char * const transfer_steps[] = {
  "deposit your funds", "deposit your money", "deposit the funds", "deposit your payment", "deposit the payment",
  "deposit your transfer", "deposit the transfer", "accept the transfer", "accept your transfer", "accept the payment",
  "accept your payment", "accept the funds", "receive your funds", "claim your funds", "claim the funds",
  "select your financial institution", "selecting your financial institution", "select your bank",
  "selecting your bank", "choose your bank", "choose your financial institution", "déposer vos fonds",
  "déposez vos fonds", "sélectionnez votre institution", "sélectionnez votre banque", "deposite sus fondos",
  "seleccione su banco",
  NULL
};

/* ...which a reader who got one passes on as what it is */
static const char * const passed_on[] = {
  "got this", "got a text", "got an email", "got a message", "received this", "not from", "isn't from",
  "delete it", "report it", "heads up",
  NULL
};

/* Political cheering, and what it sells */
static const char * const rallying[] = {
  "patriots", "patriot", "government", "elites", "wake up", "take back", "stand with", "the people's",
  "ordinary people", "globalists", "mainstream media", "regime", "our country", "freedom", "patriotas", "patriotes",
  "patrioten", "патріоти", "патриоты", "देशभक्त", "देश बचाओ", "দেশপ্রেমিক", "பட்ரியாட்",
  NULL
};

static const char * const rally_goods[] = {
  "cap", "caps", "merch", "t-shirt", "t-shirts", "hoodie", "flag", "flags", "mug", "coin", "token", "tokens", "moons",
  "presale", "airdrop", "before they're gone", "get yours", "camiseta", "camisetas", "gorra", "gorras", "casquette",
  "футболка", "футболки", "кепка", "टी-शर्ट", "टोपी", "মগ", "টি-শার্ট",
  NULL
};

/* ...and the words of the sale itself: a reader citing "Cap. 363" of
 * the Local Government Act, or a "cap" on fees, sells nothing */
static const char * const rally_sales[] = {
  "get your", "get yours", "before they're gone", "order now", "order yours", "order online", "buy", "buy now", "shop",
  "store", "join us", "moons", "presale", "airdrop", "in stock", "while stocks last", "limited stock", "ऑर्डर",
  "खरीदें", "comprar", "compra", "achetez", "commandez", "kaufen", "bestellen", "купить", "закажи", "заказать",
  NULL
};

/* A casino's bonus, in scripts the older rules have few words of */
static const char * const casinos[] = {
  "казино", "կազինո", "კაზინო", "קזינו", "ক্যাসিনো", "கேசினோ", "कैसीनो", "ካሲኖ",
  NULL
};

static const char * const casino_bonuses[] = {
  "бонус", "բոնուս", "ბონუს", "בונוס", "বোনাস", "போனஸ்", "बोनस", "ቦነስ", "bonus", "спины", "фриспин", "պտույտ",
  "ფრისპინ",
  NULL
};

/* Money every day, in those scripts */
static const char * const every_day[] = {
  "தினமும்", "நாளொன்றுக்கு", "በቀን", "kowace rana", "lójoojúmọ́", "araw-araw", "bawat araw", "щодня", "на день",
  "в день", "күніне", "ליום", "בכל יום", "დღეში", "ყოველდღე", "օրական", "প্রতিদিন", "রোজ", "दैनिक", "रोजाना", "hər gün",
  NULL
};

static const char * const earning[] = {
  "சம்பாதி", "வருமான", "ያግኙ", "ገቢ", "samu", "jèrè", "kumita", "kita", "заробіток", "заробляй", "табыс", "להרוויח",
  "הכנסה", "გამოიმუშავე", "შემოსავალ", "վաստակ", "আয়", "রোজগার", "कमाएं", "कमाई", "sahod", "qazan",
  NULL
};

static const char * const moneys[] = {
  "ብር", "naira", "теңге", "грн", "₾", "֏", "টাকা", "ரூ", "rupees", "рупий", "piso", "shekel", "ש\"ח", "լար", "ლარ",
  "դրամ",
  NULL
};

static gboolean
warned (const char *content)
{
  return _byline_spam_terms_found (content, warnings) > 0;
}

/* Whether @host is a name made up to pass for someone else's: a hyphen
 * in its own name, or a known site's name spelt with look-alike letters
 * ("gofundrne.com"), not an official body's, a newspaper's or a known
 * platform's */
static gboolean
host_made_up (const char *host)
{
  const char *tld = strrchr (host, '.');

  return tld != NULL && (memchr (host, '-', tld - host) != NULL || _byline_spam_host_looks_alike (host)) &&
         !_byline_spam_host_is_official (host) &&
         !_byline_spam_host_is_news (host) && !_byline_spam_host_is_platform (host);
}

/* The next host written in normalised @text from *@pos, bare
 * ("tallafi-ng.com") or after a scheme ("https://…"); freed by the
 * caller */
static char *
next_host (const char  *text,
           const char **pos)
{
  const char *start, *dot, *end, *scheme = _byline_spam_find (*pos, "://");
  const char *bare_pos = *pos;
  gboolean bare = _byline_spam_next_bare_host (text, &bare_pos, &start, &dot, &end);

  if (scheme != NULL && (!bare || scheme < start))
    {
      const char *p = scheme + 3, *q = p;

      while (g_ascii_isalnum (*q) || *q == '-' || *q == '.')
        q++;
      *pos = q;
      return g_strndup (p, q - p);
    }
  if (!bare)
    {
      *pos = text + strlen (text);
      return NULL;
    }
  *pos = end;

  return g_strndup (start, end - start);
}

/* Whether normalised @text names a made-up address that looks like a
 * shop's or an advert's (".shop", "best-deals…"): "portvale-ferries.co.uk"
 * is a ferry company's, where a reader's correction sends readers */
static gboolean
has_made_up_shop (const char *text)
{
  const char *pos = text;
  char *host;

  while ((host = next_host (text, &pos)) != NULL)
    {
      g_autofree char *owned = host;

      if (host_made_up (host) && _byline_spam_host_is_commercial (host))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text names a made-up address; with @words, one
 * whose name holds one of them */
static gboolean
has_made_up_host (const char         *text,
                  const char * const *words)
{
  const char *pos = text;
  char *host;

  while ((host = next_host (text, &pos)) != NULL)
    {
      g_autofree char *owned = host;

      if (!host_made_up (host))
        continue;
      if (words == NULL)
        return TRUE;
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (strstr (host, words[i]) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text names a made-up address, no charity's
 * (".org"), one of whose words between hyphens and dots is one of
 * @words ("ajuda-cheias-familias.com") */
static gboolean
has_made_up_host_part (const char         *text,
                       const char * const *words)
{
  const char *pos = text;
  char *host;

  while ((host = next_host (text, &pos)) != NULL)
    {
      g_autofree char *owned = host;
      g_auto(GStrv) parts = NULL;

      if (_byline_spam_host_is_org (host) || !host_made_up (host))
        continue;
      parts = g_strsplit_set (host, "-.", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (g_strv_contains (words, parts[i]))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text names a site to go to that is no official
 * body's, newspaper's, platform's or charity's */
static gboolean
has_shop_host (const char *text)
{
  const char *pos = text;
  char *host;

  while ((host = next_host (text, &pos)) != NULL)
    {
      g_autofree char *owned = host;

      if (strchr (host, '.') != NULL && !_byline_spam_host_is_org (host) && !_byline_spam_host_is_official (host) &&
          !_byline_spam_host_is_news (host) && !_byline_spam_host_is_platform (host))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text may name an address at all: a dot between a
 * letter or digit and a letter ("x.com"), found without a word list */
static gboolean
may_name_address (const char *text)
{
  for (const char *p = strchr (text, '.'); p != NULL; p = strchr (p + 1, '.'))
    {
      if (p > text && g_ascii_isalnum (p[-1]) && g_ascii_isalpha (p[1]))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text gives a handle to write to ("@abc_123"), not
 * an e-mail address */
static gboolean
has_handle (const char *text)
{
  const char *from = text;
  guint n;

  while (_byline_spam_next_handle (text, &from, FALSE, &n, NULL) != NULL)
    {
      if (n >= 4)
        return TRUE;
    }

  return FALSE;
}

/* Whether @text is cut one word a line: five lines or more, two in
 * three of them a word or less, and an address once a line of its own
 * dot is put back between its neighbours ("luxe-replica\n.\nshop") */
static gboolean
cut_into_lines (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) joined = NULL;
  guint n, short_lines = 0;
  gboolean tight = FALSE;

  if (strchr (text, '\n') == NULL)
    return FALSE;
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  if (n < 5)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_strstrip (lines[i]);
      short_lines += strchr (lines[i], ' ') == NULL;
    }
  if (short_lines * 3 < n * 2)
    return FALSE;
  joined = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      gboolean dot = lines[i][0] == '.';

      if (i > 0 && !tight && !dot)
        g_string_append_c (joined, ' ');
      g_string_append (joined, lines[i]);
      tight = dot;
    }

  /* (an address whole on a line of its own is no broken one) */
  return has_shop_host (joined->str) && !has_shop_host (text);
}

void
_byline_spam_notice_evidence (const BylineSpamSample *sample,
                              const char             *content,
                              guint                   outside_links,
                              GArray                 *evidence)
{
  /* The first four need an address: most comments name none */
  gboolean addressed = outside_links > 0 || may_name_address (content);

  /* "You are eligible for a refund… claim it at hmrc-refund-claim.com";
   * or a grant for a fee paid for its form first, at any made-up
   * address ("tallafin ₦500,000… ku yi rajista a gtyk-foundation.org.ng,
   * kudin fom ₦5,000") */
  if (addressed && _byline_spam_terms_found (content, notice_actions) > 0 &&
      _byline_spam_terms_found (content, notice_subjects) > 0 &&
      (has_made_up_host (content, notice_hosts) || has_made_up_shop (content) ||
       (_byline_spam_terms_found (content, form_fees) > 0 && names_sum (content) &&
        has_made_up_host (content, NULL))) &&
      !warned (content))
    /* (the more so for a fee, a sum, asked first: "versi l'imposta di
     * bollo di 2,00 €") */
    _byline_spam_add_evidence (evidence,
                               _byline_spam_terms_found (content, form_fees) > 0 && names_sum (content) ? 0.55 : 0.5,
                               g_strdup (_("says a payment, a refund, a parcel or a gift awaits, with a form at an "
                                           "address that is not the official one")));

  /* "Ingresa tu RUT y tu Clave Única en https://adelanto-afp-…": a
   * government's login asked for at an address not the government's.
   * A reader passing the message on says it is false. */
  if (addressed && _byline_spam_terms_found (content, state_logins) > 0 && has_made_up_host (content, NULL) &&
      !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("asks for a government login at an address that is not the "
                                           "government’s")));

  /* "… has sent you $118.40 … deposit your funds by selecting your
   * financial institution: https://…": a payment app's notice of money
   * to take at a made-up address, the phisher's. A reader who got one
   * says what it is; one who sent a neighbour money links to the
   * bank's own help, if anywhere. */
  if (addressed && _byline_spam_terms_found (content, transfers_sent) > 0 &&
      _byline_spam_terms_found (content, transfer_steps) > 0 && _byline_spam_has_currency_sign (content) &&
      has_made_up_host (content, NULL) && !warned (content) && _byline_spam_terms_found (content, passed_on) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("says money was sent to the reader, to take at an address that is not "
                                           "the bank’s")));

  /* A link with an affiliate's code: to a buyer's guide or the
   * author's own site it is the writer's living; a reader copying a
   * shop's link seldom carries one */
  if (outside_links > 0 && _byline_spam_has_affiliate_code (content) && !warned (content))
    {
      g_autofree char *url = _byline_spam_normalize (sample->author_url);
      g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;

      _byline_spam_add_evidence (evidence, _byline_spam_affiliate_link_is_own_guide (content, site) ? 0.5 : 0.3,
                                 /* Translators: a reason a comment looks like spam */
                                 g_strdup (_("links with an affiliate’s code, which pays whoever posted the link")));
    }
  /* ...or in the website field alone, the comment a reader's nod
   * ("@Cláudia concordo com você…") and the website a bet site's sign-up
   * page with the poster's code ("recifebet365.vip/cadastro?afiliado=
   * vitor88"): a reader's own site carries no code that pays her */
  else if (sample->author_url != NULL && strchr (sample->author_url, '=') != NULL && !warned (content))
    {
      g_autofree char *url = _byline_spam_normalize (sample->author_url);

      if (_byline_spam_has_affiliate_code (url) || _byline_spam_signup_referral (url))
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("links with an affiliate’s code, which pays whoever posted the link")));
    }

  /* A fundraiser or a petition at a fundraising site's look-alike */
  if (addressed && _byline_spam_terms_found (content, appeals) > 0 &&
      (has_made_up_host (content, appeal_hosts) || has_made_up_host_part (content, relief_hosts)) && !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("asks for donations or signatures at an address made to look like a "
                                           "fundraising site")));

  /* "Correction: … while we're on it, cut your insurance at …" */
  if (addressed && _byline_spam_terms_found (content, reader_forms) > 0 &&
      ((_byline_spam_terms_found (content, deals) > 0 &&
        (has_made_up_shop (content) || _byline_spam_has_affiliate_query (content))) ||
       has_made_up_host (content, deal_hosts)) && !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("dresses a deal as a correction, a tip or a source for the story")));

  /* "Real patriots… get your cap at …": the sale's own words, not a
   * "cap" on fees nor "Cap. 363" of a law beside the "Government" */
  if (addressed && _byline_spam_terms_found (content, rallying) > 0 &&
      _byline_spam_terms_found (content, rally_goods) > 0 &&
      _byline_spam_terms_found (content, rally_sales) > 0 && (outside_links > 0 || has_shop_host (content)) &&
      !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("cheers a political cause to sell merchandise or a coin, with where to "
                                           "buy")));

  /* A casino's bonus in Armenian, Georgian, Hebrew, Cyrillic… */
  if (_byline_spam_terms_found (content, casinos) > 0 && _byline_spam_terms_found (content, casino_bonuses) > 0 &&
      (outside_links > 0 || has_shop_host (content) || has_handle (content)) && !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers a casino’s deposit bonus, and where to sign up")));

  /* Money every day, in Tamil, Amharic, Hausa, Kazakh…, and somewhere
   * to write */
  if (_byline_spam_terms_found (content, every_day) > 0 && _byline_spam_terms_found (content, earning) > 0 &&
      (_byline_spam_has_currency_sign (content) || _byline_spam_terms_found (content, moneys) > 0) &&
      (has_handle (content) || _byline_spam_has_phone (content) || _byline_spam_has_private_contact (content)) &&
      !warned (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("promises money every day, with somewhere to write")));

  /* One word a line, an address broken across the lines */
  if (cut_into_lines (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("written one word a line, with an address broken across the lines")));
}

/* Whether @evidence gives @reason already */
static Evidence *
find_reason (GArray     *evidence,
             const char *reason)
{
  for (guint i = 0; i < evidence->len; i++)
    {
      if (g_str_equal (g_array_index (evidence, Evidence, i).reason, reason))
        return &g_array_index (evidence, Evidence, i);
    }

  return NULL;
}

/* Spam in a neighbour's clothes, as byline-spam-filter-neighbours.c
 * finds it: the reasons are worded here */
void
_byline_spam_guise_evidence (const char *content,
                             GPtrArray  *hosts,
                             guint       outside_links,
                             GArray     *evidence)
{
  BylineSpamGuise guises = _byline_spam_neighbour_guises (content, hosts, outside_links);

  if (guises & BYLINE_SPAM_GUISE_LOOK_ALIKE)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("links to an address that spells a known site’s name with look-alike "
                                           "letters")));
  if (guises & BYLINE_SPAM_GUISE_GOVERNMENT)
    _byline_spam_add_evidence (evidence, guises & BYLINE_SPAM_GUISE_GOVERNMENT_FORM ? 0.5 : 0.35,
                               g_strdup (_("links to an address dressed as a government’s")));
  if (guises & BYLINE_SPAM_GUISE_CLAIMS_FIRM)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("a claims firm’s advert: a free assessment and its own site")));
  if (guises & BYLINE_SPAM_GUISE_CLAIMS_LINE)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("a claims line that promises to pay at once, with its number")));
  if (guises & BYLINE_SPAM_GUISE_RELIEF)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers a relief payment to claim at once at a site of its own")));
  /* (the older rule's reason, given once; at a site named for the
   * money or with a messenger's contact, it weighs a little more) */
  if (guises & BYLINE_SPAM_GUISE_EARNINGS)
    {
      double weight = guises & BYLINE_SPAM_GUISE_EARNINGS_OFFER ? 0.5 : 0.45;
      Evidence *older = find_reason (evidence, _("claims easy earnings and sends readers to a site"));

      if (older != NULL)
        older->weight = MAX (older->weight, weight);
      else
        _byline_spam_add_evidence (evidence, weight, g_strdup (_("claims easy earnings and sends readers to a site")));
    }
}
