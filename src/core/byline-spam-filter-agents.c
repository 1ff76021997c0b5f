/* byline-spam-filter-agents.c: what go-betweens sell: a holiday home
 * let outside the booking sites for a bank transfer, a pet given away
 * for its shipping, brides through an agency, cheap flights through a
 * private agent, a court's favour, an organ bought, a scholarship with
 * a fee, a brand's "reviewer" jobs, betting tips by subscription,
 * trading signals in Urdu, Hindi and Arabic, the stock phrases of old
 * comment spam, a late relative's piano for the movers' fee, a vehicle
 * sold from far away through a fake escrow, debts written off, a
 * tutor or a "mentor" recommended with their WhatsApp number, exams sat
 * and coursework written for students, a secret society's riches
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Our villa is free for Christmas week, no Airbnb fees, deposit by bank
 * transfer"; "free adoption, you only pay the shipping"; "we have
 * contacts with magistrates, 100% guaranteed"; "we are buying kidney
 * donors for $450,000"; "fully funded, processing fee $150 only" (and,
 * since the thirty-seventh round, "beasiswa full …, tinggal bayar biaya
 * administrasi", in the languages agents sell them in);
 * "Earn $350/day as a product reviewer" (since the thirty-eighth, the
 * task scam's "thả tim, follow kênh TikTok, đánh giá 5 sao cho shop"
 * and its Chinese, Korean, Thai and Russian words, and a scholarship's
 * "phí xét hồ sơ"; since the thirty-ninth, West Africa's French
 * "bourses complètes… frais de dossier", and the Illuminati's riches
 * for joining, "jiunge na Illuminati… upate utajiri", with whom to
 * write to; since the fortieth, India's scholarships "without exam"
 * for a processing fee, and stock market "calls" in a Telegram channel
 * that "made me ₹3.2 lakh"; since the forty-first, a marketplace's
 * fake home job in Spanish and Portuguese, "trabajo desde casa… dar me
 * gusta a productos", a scholarship's "refundable" fee, and Brazil's
 * name cleaners, "tira seu nome do Serasa… sem precisar pagar a
 * dívida", at a bare address or a number; since the forty-eighth, a
 * "fully funded" scholarship's fee made light of; since the fiftieth,
 * betting tips sold in French, "pronostics sûrs… abonnement VIP").
 * Readers tell of each as news, or of how they
 * nearly paid, and then have nowhere of their own to send anyone, or
 * say it was a fake: each kind counts only with somewhere to go or to
 * write and no warning. Words in Latin letters
 * are whole words, others anywhere (_byline_spam_terms_found()).
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A kind read, and what the editor is told of it */
typedef struct
{
  double      weight;
  const char *reason;
} Kind;

/* What a reader who nearly paid, or did, says of any of these */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "fake", "fraud", "beware", "lost", "almost", "nearly",
  "never", "reported", "report", "warning", "trafficking", "police said", "don't pay", "do not pay",
  "utapeli", "ulaghai", "کھو", "دھوکہ", "احتيال", "نصب", "धोखा", "ठगी", "มิจฉาชีพ", "ปลอม", "หลอก",
  "penipuan", "palsu", "waspada", "lừa đảo", "lua dao", "bị lừa", "cảnh giác", "诈骗", "骗子", "사기",
  "мошенники", "мошенничество",
  /* (West Africa's: "a swindle" in French, Hausa, Yoruba, Pidgin and
   * Wolof) */
  "arnaque", "escroquerie", "damfara", "jibiti", "wayo", "naxe", "naxkat",
  /* (Portuguese's and Spanish's) */
  "golpe", "golpista", "golpistas", "é falso", "cuidado", "estafa", "fraude",
  NULL
};

/* A holiday home let by its "owner"... */
static const char * const holiday_homes[] = {
  "villa", "holiday home", "holiday let", "cottage", "chalet", "beach house", "apartment", "flat", "finca",
  "casa", "ferienwohnung", "ferienhaus", "gîte", "appartement", "apartamento",
  NULL
};

/* ...paid straight to them, outside the booking sites */
static const char * const direct_payments[] = {
  "bank transfer", "wire transfer", "western union", "moneygram", "deposit", "no airbnb fees",
  "no booking fees", "no booking.com fees", "no platform fees", "outside airbnb", "pay directly",
  "paid directly", "cheaper than airbnb", "virement", "überweisung", "transferencia", "transferência",
  NULL
};

/* ...at a bargain, for dates just freed */
static const char * const bargains[] = {
  "cancellation", "cancelled booking", "last minute", "free for", "half price",
  "discount", "special price",
  NULL
};

/* A pet given away, its shipping paid... */
static const char * const pets[] = {
  "parrot", "parrots", "african grey", "african greys", "macaw", "macaws", "cockatoo", "puppy", "puppies",
  "kitten", "kittens", "maine coon", "sphynx", "bulldog", "bulldogs", "yorkie", "yorkies", "pomeranian",
  "husky", "huskies", "capuchin", "monkey", "sugar glider",
  NULL
};

static const char * const rehoming[] = {
  "new home", "loving home", "forever home", "adoption", "adopt", "rehome", "rehoming", "free to a good home",
  NULL
};

static const char * const pet_shipping[] = {
  "pay the shipping", "pay shipping", "pay for shipping", "only pay the", "shipping fee", "shipping cost",
  "delivery fee", "transport fee", "pet courier", "crate fee", "flight fee", "pet insurance fee",
  NULL
};

/* The rescues that rehome pets meet the new owner first */
static const char * const pet_warnings[] = {
  "rspca", "home visit", "shelter", "rescue centre", "dogs trust", "cats protection", "battersea",
  NULL
};

/* Brides abroad through an agency: women and marriage... */
static const char * const brides[] = {
  "brides", "bride", "women", "ladies", "girls", "wives",
  NULL
};

static const char * const marriage[] = {
  "marriage", "serious relationship", "husband", "marry", "wedding", "soulmate",
  NULL
};

/* ...as the agency arranges it */
static const char * const introductions[] = {
  "agency", "romance tour", "romance tours", "register free", "sign up free", "join free", "video chat",
  "letters", "introductions", "western men", "foreign men", "seeking", "verified profiles",
  NULL
};

static const char * const bride_warnings[] = {
  "never wrote", "story", "investigation", "exploit", "exploitation",
  NULL
};

/* Flights through a private agent: tickets... */
static const char * const flight_tickets[] = {
  "flight tickets", "flight ticket", "air tickets", "air ticket", "airline tickets", "plane tickets", "flights",
  "air fares", "airfare", "airfares",
  NULL
};

/* ...under the airlines' own price... */
static const char * const under_price[] = {
  "cheapest", "below airline", "below the airline", "cheaper than the airline", "lowest fares", "% below",
  "% off", "discounted", "half price", "agent fare",
  NULL
};

/* ...from an agent paid afterwards, on a messenger */
static const char * const ticket_agents[] = {
  "agent", "pay after", "after booking", "booking confirmation", "pay later", "confirmed ticket",
  NULL
};

/* A court's favour sold: bail, a case... */
static const char * const court_matters[] = {
  "bail", "custody", "remand", "case", "cases", "charges", "jail", "prison", "court", "conviction",
  NULL
};

/* ...fixed through those who decide it */
static const char * const court_favours[] = {
  "contacts with", "connections with", "we know the", "magistrates and judges", "judges and magistrates",
  "struck out", "case closed", "cases closed", "dismissed", "guaranteed result", "100% guaranteed",
  "file disappear", "records cleared", "approved fast",
  NULL
};

/* An organ bought... */
static const char * const organs[] = {
  "kidney", "kidneys", "liver", "cornea", "organ", "organs",
  NULL
};

static const char * const organ_buying[] = {
  "buying", "we buy", "sell your", "donors", "donor", "we pay", "paid", "for sale",
  NULL
};

/* A scholarship that asks for a fee (in English, and as agents sell
 * them in Indonesian and Malay, Vietnamese, Thai, Spanish, Portuguese
 * and French)... */
static const char * const scholarships[] = {
  "scholarship", "scholarships", "fully funded", "bursary", "study grant", "study abroad grant", "beasiswa",
  "biasiswa", "học bổng", "ทุนการศึกษา", "beca", "becas", "bolsa de estudos", "bourse d'études",
  "bourses d'études", "bourse complète", "bourses complètes", "bourse d'excellence", "bourses d'excellence",
  /* (India's: in Hindi, Marathi, Tamil and Bengali) */
  "छात्रवृत्ति", "शिष्यवृत्ती", "உதவித்தொகை", "বৃত্তি", "স্কলারশিপ",
  /* (Arabic's: "منحة ممولة بالكامل", a grant for study abroad) */
  "منحة دراسية", "منح دراسية", "منحة ممولة", "ممولة بالكامل", "منحة لدراسة",
  NULL
};

static const char * const fees[] = {
  "processing fee", "registration fee", "handling fee", "admin fee", "administration fee", "application fee",
  "fee only", "biaya administrasi", "biaya admin", "biaya pendaftaran", "biaya pengurusan", "biaya proses",
  "yuran pendaftaran", "yuran pemprosesan", "phí hồ sơ", "phí xét hồ sơ", "phí xét duyệt", "phi ho so",
  "phi xet ho so", "lệ phí", "ค่าธรรมเนียม", "tasa de inscripción",
  "cuota de inscripción", "taxa de inscrição", "frais de dossier", "frais d'inscription", "पंजीकरण शुल्क",
  "रजिस्ट्रेशन फीस", "प्रोसेसिंग फीस", "பதிவு கட்டணம்",
  /* (Arabic's fee "to study the file", to register or to process) */
  "رسوم دراسة الملف", "رسوم الملف", "رسوم التسجيل", "رسوم المعالجة", "مصاريف الملف",
  NULL
};

/* ...with the promises of the fake ones */
static const char * const scholarship_promises[] = {
  "no ielts", "without ielts", "visa", "air ticket", "flight ticket", "all expenses", "guaranteed", "apply now",
  "apply at", "limited slots", "100%", "tanpa tes", "tanpa ielts", "dijamin", "pasti lolos", "kuota terbatas",
  "tiket pesawat", "tanpa syarat", "không cần ielts", "bao đậu", "cam kết đậu", "sin examen", "garantizada",
  "garantida",
  "sem prova", "garantie", "billet d'avion", "présélectionné", "présélectionnée", "présélection",
  /* (no exam, straight into the bank account: "bina exam", "எந்த
   * தேர்வும் இல்லை", "सीधे खाते में") */
  "no exam", "without exam", "bina exam", "बिना परीक्षा", "தேர்வும் இல்லை", "தேர்வு இல்லை", "সরাসরি ব্যাংক",
  "directly in bank", "सीधे खाते में", "நேரடியாக வங்கி",
  /* (a fee "refundable", a stipend and flights paid: the dressed
   * comment's "fully funded… only a refundable processing fee") */
  "refundable", "monthly stipend", "flights", "reembolsável", "reembolsable",
  /* (and in Arabic: "قابلة للاسترجاع", fees, housing and a monthly sum
   * covered) */
  "قابلة للاسترجاع", "مسترجعة", "تشمل الرسوم", "والسكن", "شهريا", "التأشيرة", "تذكرة الطيران",
  NULL
};

/* ...or a fee made light of where all is said to be paid ("fully funded…
 * only a KSh 3,800 application processing fee", since the forty-eighth
 * round): a university's own fee for its funded places is just its fee */
static const char * const fully_funded[] = { "fully funded", "fully-funded", "full scholarship", NULL };
static const char * const fee_made_light[] = { "only", "just", "tu", "small", "token", NULL };

static const char * const scholarship_warnings[] = {
  "no application fee", "no fee", "no fees", "never pay", "free to apply", "tanpa biaya", "tidak dipungut biaya",
  "tidak ada biaya", "tidak pernah meminta", "không thu phí", "sin costo", "aucun frais", "sans frais",
  "gratuite", "gratuites", "no processing fee", "scholarships.gov.in", "कोई शुल्क नहीं", "கட்டணம் இல்லை",
  "بدون رسوم", "بلا رسوم", "لا توجد رسوم", "مجانا", "مجانية",
  NULL
};

/* A secret society's agent: the Illuminati (Swahili's "udugu", its
 * brotherhood), a cult ("egbe okunkun", Hausa's "kungiyar asiri")... */
static const char * const secret_societies[] = {
  "illuminati", "illuminatti", "iluminati", "secret society", "secret cult", "occult", "egbe okunkun",
  "ẹgbẹ́ òkùnkùn", "otu nzuzo", "kungiyar asiri", "chama cha siri", "société secrète",
  NULL
};

/* ...that a reader is invited to join ("jiunge", "kujiunga",
 * "mwanachama": a member)... */
static const char * const society_joining[] = {
  "join", "joining", "become a member", "new member", "new members", "membership", "jiunge", "kujiunga",
  "mwanachama", "wanachama", "rejoindre", "rejoignez", "adhérer", "initiation", "darapọ", "shiga",
  NULL
};

/* ...for money and fame ("utajiri", "umaarufu"; "arziki", "dukiya") */
static const char * const society_riches[] = {
  "wealth", "rich", "riches", "fame", "million", "millions", "money", "utajiri", "tajiri", "umaarufu",
  "richesse", "richesses", "gloire", "arziki", "dukiya", "ọrọ̀",
  NULL
};

/* ...which a reader tells as the police's news, or a theory's */
static const char * const society_news[] = {
  "police", "arrested", "cultism", "cultists", "conspiracy", "conspiracies", "polisi", "'yan sanda",
  NULL
};

/* Whether normalised @text invites readers into a secret society: the
 * invitation beside its name ("jiunge na Illuminati", "kujiunga na
 * udugu mkubwa wa Illuminati"), not a society named in one sentence
 * and a club to join in another */
static gboolean
invites_to_society (const char *text)
{
  return _byline_spam_found_near (text, secret_societies, society_joining, 32, _byline_spam_terms_found);
}

/* A brand's "reviewer" or clicking jobs: hiring... (and, since the
 * thirty-eighth round, the "tasks" of liking, following and rating
 * shops that open a task scam, as it recruits in Vietnamese, Chinese,
 * Korean, Thai and Russian: "tuyển CTV… thả tim, follow kênh TikTok,
 * đánh giá 5 sao cho shop") */
static const char * const hiring[] = {
  "is hiring", "are hiring", "now hiring", "vacancies", "earn", "apply now", "join now", "register now",
  "tuyển ctv", "tuyển cộng tác viên", "tuyen ctv", "tuyen cong tac vien", "việc làm online", "viec lam online",
  "kiếm tiền online", "kiem tien online", "招聘", "兼职", "알바 모집", "부업", "รับสมัคร", "ищем", "подработка",
  /* (a shop's name "contrata", Spanish's and Portuguese's openings) */
  "contrata", "contratando", "estamos contratando", "vagas abertas", "inscríbete", "inscreva-se", "cupos limitados",
  NULL
};

static const char * const easy_roles[] = {
  "product reviewers", "product reviewer", "reviewers", "movie taggers", "tagger", "taggers", "like videos",
  "liking videos", "evaluators", "app testers", "rating products", "data entry", "typing job", "typing jobs",
  "thả tim", "tha tim", "follow kênh", "follow kenh", "đánh giá 5 sao", "danh gia 5 sao", "like video",
  "xem video", "nhiệm vụ được giao", "nhiem vu duoc giao", "点赞", "刷单", "关注抖音", "좋아요 누르기",
  "กดไลค์", "กดติดตาม", "ставить лайки", "лайки за деньги",
  /* (orders confirmed and likes given for a marketplace, in Spanish and
   * Portuguese) */
  "dar me gusta", "dar like", "confirmar pedidos", "curtir vídeos", "curtir produtos", "avaliar lojas",
  "avaliar produtos",
  NULL
};

static const char * const easy_terms[] = {
  "no experience", "no experience needed", "no experience required", "apply now", "/day", "per day",
  "a day", "per hour", "/hour", "daily pay", "paid daily",
  "không cần kinh nghiệm", "khong can kinh nghiem", "làm tại nhà", "lam tai nha", "mỗi nhiệm vụ",
  "moi nhiem vu", "thanh toán ngay", "ngày kiếm", "日结", "在家", "无需经验", "재택", "경험 무관",
  "ทำที่บ้าน", "ไม่ต้องมีประสบการณ์", "без опыта", "из дома", "оплата сразу",
  "sin experiencia", "sem experiência", "desde casa", "home office", "medio tiempo", "por semana",
  NULL
};

/* Betting tips sold by subscription... */
static const char * const betting_tips[] = {
  "sure odds", "sure 2 odds", "sure odds daily", "correct score", "fixed matches", "fixed match", "mikeka",
  "booking codes", "booking code", "jackpot tips", "odds", "vip", "tips", "predictions",
  /* (in French: "pronostics sûrs", a winning ticket, an accumulator's
   * odds, fixed matches) */
  "pronostic", "pronostics", "pronos", "ticket gagnant", "tickets gagnants", "coupon", "combiné", "cote", "cotes",
  "match truqué", "matchs truqués", "score exact",
  NULL
};

static const char * const subscribing[] = {
  "subscribe", "subscription", "join our vip", "join vip", "jiunge", "tuma", "m-pesa", "mpesa", "paybill",
  "lipa", "pay ₦", "pay ksh", "abonnement", "abonnez-vous", "abonne-toi", "canal vip", "groupe vip",
  NULL
};

static const char * const betting_warnings[] = {
  "addiction", "addicted", "regulate", "salary", "ban", "kubeti", "serikali", "dépendance", "interdire",
  NULL
};

/* Trading signals: the word... */
static const char * const signals[] = {
  "signals", "signal", "سگنل", "سگنلز", "توصيات", "إشارات", "اشارات", "सिग्नल", "टिप्स",
  NULL
};

/* ...what they are for... */
static const char * const markets[] = {
  "forex", "gold", "xauusd", "crypto", "فاریکس", "فوریکس", "گولڈ", "الفوركس", "الذهب", "फॉरेक्स", "गोल्ड",
  "क्रिप्टो",
  NULL
};

/* ...and what joining them is said to give */
static const char * const signal_claims[] = {
  "accuracy", "win rate", "درستگی", "بدقة", "دقة", "सटीकता", "vip", "وی آئی پی", "روزانہ منافع", "أرباح", "اربح",
  "daily profit", "मुनाफ़ा", "मुनाफा", "कमाएँ", "कमाएं",
  NULL
};

/* India's stock tips: the markets and the "calls" on them, sold in a
 * Telegram channel ("their BankNifty calls made me ₹3.2 lakh", "sure-
 * shot intraday & F&O calls")... */
static const char * const stock_markets[] = {
  "banknifty", "bank nifty", "nifty", "intraday", "f&o", "ipo gmp", "stock market", "share market", "dalal street",
  "शेयर बाजार", "शेअर बाजार", "பங்குச் சந்தை", "শেয়ার বাজার",
  /* (Korea's stock or coin "leading room", "signal room", the stocks
   * about to soar or to hit the day's limit) */
  "리딩방", "시그널방", "급등주", "세력주", "상한가",
  NULL
};

static const char * const stock_calls[] = {
  "calls", "tips", "sure-shot", "sure shot", "jackpot call", "टिप्स", "টিপস",
  /* (Korean's stocks "picked for you", entry and profit-taking called) */
  "찍어드", "찍어주", "종목 추천", "진입", "익절",
  NULL
};

/* ...and what following them is said to have made */
static const char * const stock_claims[] = {
  "profit", "profits", "made me", "accuracy", "free trial", "premium", "vip", "मुनाफा", "मुनाफ़ा", "லாபம்",
  "লাভ",
  /* (Korean's hit rate, rate of return, the stake "made into") */
  "적중률", "수익률", "원금", "만들었",
  NULL
};

/* A KakaoTalk open chat, a room joined by its name and a code, as
 * Korea's tip rooms and lenders give it: somewhere to write though it
 * has no number ("오픈채팅 '…' 참여코드 0054", "오픈채팅 … 검색") */
static const char * const open_chats[] = { "오픈채팅", "오픈톡", "오픈 채팅", NULL };

static const char * const open_chat_entries[] = { "참여코드", "입장코드", "검색", NULL };

/* The stock phrases of the comment spam of the blogs' first years,
 * still posted by the same tools: no reader writes two of them */
static const char * const stock_phrases[] = {
  "i am regular visitor", "i'm regular visitor", "how are you everybody", "hi there to all", "this web page",
  "this web site", "fastidious", "pleasant piece", "pleasant post", "piece of writing", "posted at this",
  "i every time", "every time spent", "for the first time here", "i found this board", "this weblog",
  "web blog", "genuinely nice", "truly a nice and useful", "my younger sister", "heya i'm", "howdy just",
  "keep up the fastidious", "what's up everyone", "hi, everything is going",
  /* "This post could not be written any better! … reminds me of my old
   * room mate! … Pretty sure he will have a good read", spun */
  "could not be written any better", "couldn't be written any better", "old room mate", "previous room mate",
  "old roommate", "previous roommate", "will have a good read",
  NULL
};

/* Goods of a late relative given away, the movers' or the shipper's
 * fee the only cost: the piano scam's story (a reader's free sofa is
 * collected, nobody is paid) */
static const char * const giveaways[] = {
  "giving away", "give away", "free to", "for free", "late husband", "late wife", "late mother", "late father",
  "to a family", "who will love", "music lover",
  NULL
};

static const char * const movers_fees[] = {
  "pay the moving company", "pay the movers", "pay the shipping company", "pay the delivery company",
  "pay for delivery", "pay the delivery", "only need to pay", "you only pay", "just pay the", "cover the shipping",
  "pay for the shipping",
  NULL
};

/* A vehicle sold cheaply by a seller far away, the money held by a
 * marketplace's "protection" that is no part of it */
static const char * const vehicles[] = {
  "truck", "car", "suv", "pickup", "motorcycle", "motorbike", "camper", "motorhome", "rv", "jeep", "van",
  "toyota", "honda", "ford", "tacoma", "harley",
  NULL
};

static const char * const far_sellers[] = {
  "deployed", "overseas", "military", "army", "navy", "stationed", "relocated abroad", "moving abroad",
  "working offshore", "oil rig",
  NULL
};

static const char * const fake_escrows[] = {
  "buyer protection", "vehicle purchase protection", "escrow", "shipping depot", "ebay motors", "ebay's",
  "amazon payments", "google wallet", "paypal holds", "delivered to your door", "free delivery",
  NULL
};

/* Goods sold second-hand without meeting, paid only through the
 * marketplace's "safe payment" at a link: the marketplace's own is
 * inside its app, and a seller who meets takes cash (Bunjang's and
 * Joonggonara's "안전결제", "직거래는 어렵고") */
static const char * const safe_payments[] = {
  "safe payment", "secure payment", "escrow", "buyer protection", "안전결제", "안전거래", "안심결제",
  NULL
};

static const char * const no_meetings[] = {
  "no meetups", "no meet-ups", "no collection", "no pickup", "no pick-up", "can't meet", "cannot meet",
  "직거래는 어렵", "직거래 어렵", "직거래 불가", "직거래는 안", "직거래 안 ", "직거래는 힘들", "택배거래만",
  NULL
};

/* Debts written off, as the lead sellers of debt plans advertise it */
static const char * const debt_write_offs[] = {
  "write off", "written off", "wipe out", "debt relief", "iva", "government-backed", "government backed",
  "government scheme", "debt solution", "debt help",
  /* (Brazil's: a name taken off the credit bureaus' lists, "limpa
   * nome", "tira seu nome do Serasa"; Spanish's "limpiar tu historial") */
  "limpa nome", "limpar o nome", "limpar seu nome", "tira seu nome", "tirar seu nome", "limpiar tu historial",
  "limpia tu historial", "salir del buró",
  NULL
};

static const char * const debt_promises[] = {
  "up to 85%", "up to 90%", "up to 80%", "up to 75%", "freeze interest", "stop bailiffs", "one affordable payment",
  "one affordable monthly", "check if you qualify", "see if you qualify", "in 30 seconds", "in 60 seconds",
  "check your eligibility",
  /* (without paying the debt, by a court, the credit score back up) */
  "sem pagar a dívida", "sem precisar pagar", "via judicial", "score volta a subir", "aumenta seu score",
  "consulta gratuita", "sin pagar la deuda", "por vía judicial",
  NULL
};

/* The free advice that readers name, a debt plan's lead seller not */
static const char * const debt_advisers[] = {
  "stepchange", "citizens advice", "citizensadvice", "national debtline", "nationaldebtline", "moneyhelper",
  "money advice", "debt advice charity",
  NULL
};

/* An exam sat or coursework written for the student, as its sellers
 * offer it: "we take your online exam", Thai's "รับสอบแทน" (exams sat
 * for you), "รับทำการบ้าน" (homework done), "รับทำวิทยานิพนธ์" (theses
 * written). A teacher writes of students who paid for one, and has no
 * address of the seller's to give. */
static const char * const proxies[] = {
  "take your exam for you", "take your exams for you", "take your online exam", "take your online exams",
  "take your online class", "sit your exam for you", "sit your exams for you", "pass your exam for you",
  "we take exams", "exam proxy", "proxy exam", "รับสอบแทน", "รับทำการบ้าน", "รับทำรายงาน", "รับทำวิทยานิพนธ์",
  "รับทำสารนิพนธ์", "รับทำธีสิส", "รับเขียนวิทยานิพนธ์",
  NULL
};

/* A tutor, a healer or a hacker recommended to readers by someone who
 * says they helped: the person's title and name ("Mrs Angela Brooks",
 * "Dr. Okosun"), looked for in the text as written, where the capitals
 * tell a name from "I miss the library"... */
static const char * const titles[] = {
  "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Madam", "Madame",
  NULL
};

/* ...or what they do */
static const char * const roles[] = {
  "tutor", "coach", "mentor", "teacher", "hacker", "agent", "doctor", "herbalist", "healer", "spell caster",
  "therapist", "lawyer", "consultant", "specialist", "expert",
  NULL
};

/* ...what is said of them... */
static const char * const recommending[] = {
  "helped", "recommend", "recommended", "patient", "affordable", "reliable", "genuine", "legit", "trustworthy",
  "the best", "if anyone needs", "anyone who needs", "if you need", "saved", "brilliant", "amazing",
  NULL
};

/* ...and their number on a messenger: "her WhatsApp is +44 …",
 * "WhatsApp him on …" */
static const char * const chat_apps[] = { "whatsapp", "telegram", "viber", "signal", "wechat", NULL };
static const char * const someone_else[] = { "her", "his", "him", "their", "them", NULL };

/* Whether @raw (the comment as written) names a person by title and
 * name */
static gboolean
names_titled_person (const char *raw)
{
  for (guint i = 0; titles[i] != NULL; i++)
    {
      gsize len = strlen (titles[i]);

      for (const char *p = strstr (raw, titles[i]); p != NULL; p = strstr (p + len, titles[i]))
        {
          const char *q = p + len;

          if (p > raw && g_ascii_isalnum (p[-1]))
            continue;
          if (*q == '.')
            q++;
          if (*q == ' ' && g_ascii_isupper (q[1]) && g_ascii_islower (q[2]))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether normalised @text gives someone else's number or handle on a
 * messenger: a pronoun not the writer's beside the messenger's name, a
 * number or a handle just after it */
static gboolean
gives_someones_messenger (const char *text)
{
  for (guint i = 0; chat_apps[i] != NULL; i++)
    {
      gsize len = strlen (chat_apps[i]);

      for (const char *p = _byline_spam_find (text, chat_apps[i]); p != NULL; p = strstr (p + len, chat_apps[i]))
        {
          g_autofree char *around = NULL;
          g_autofree char *after = NULL;

          if (p > text && g_ascii_isalnum (p[-1]))
            continue;
          around = _byline_spam_window (text, p, len, 24, NULL);
          after = g_strndup (p + len, 40);
          if (_byline_spam_words_found (around, someone_else) > 0 &&
              (_byline_spam_has_phone (after) || strchr (after, '@') != NULL))
            return TRUE;
        }
    }

  return FALSE;
}

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_agent_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  gboolean has_site = sample->author_url != NULL && sample->author_url[0] != '\0';
  gboolean contact = _byline_spam_has_private_contact (content);
  gboolean open_chat = _byline_spam_terms_found (content, open_chats) > 0 &&
    _byline_spam_terms_found (content, open_chat_entries) > 0;
  /* (a bare address too: "التسجيل على …-scholarships.org/apply") */
  gboolean somewhere = outside_links > 0 || has_site || contact || open_chat ||
    _byline_spam_names_address (content);
  /* each kind read, to weigh only if no warning is given (looked for
   * once, and only then) */
  Kind found[20];
  guint n = 0;

  if (!somewhere)
    return;

  if ((outside_links > 0 || has_site) && _byline_spam_terms_found (content, stock_phrases) >= 2)
    found[n++] = (Kind) { 0.5, _("written in the stock phrases of old comment spam, with a website") };

  /* A reader's own let is on the booking sites; the "owner" abroad
   * wants the money straight, and an e-mail */
  if (contact && _byline_spam_terms_found (content, holiday_homes) > 0 &&
      _byline_spam_terms_found (content, direct_payments) >= 2 && _byline_spam_terms_found (content, bargains) > 0)
    found[n++] = (Kind) { 0.5, _("lets a holiday home for a bank transfer, outside the booking sites") };

  if (_byline_spam_terms_found (content, pets) > 0 && _byline_spam_terms_found (content, rehoming) > 0 &&
      _byline_spam_terms_found (content, pet_shipping) > 0 && _byline_spam_terms_found (content, pet_warnings) == 0)
    found[n++] = (Kind) { 0.5, _("gives a pet away for the cost of shipping it") };

  if (_byline_spam_terms_found (content, brides) > 0 && _byline_spam_terms_found (content, marriage) > 0 &&
      _byline_spam_terms_found (content, introductions) >= 2 && _byline_spam_terms_found (content, bride_warnings) == 0)
    found[n++] = (Kind) { 0.5, _("introduces brides from abroad through an agency") };

  /* A high street agent has a shop and a landline; the fake one a
   * WhatsApp number */
  if ((_byline_spam_has_messenger_contact (content) || _byline_spam_contains_word (content, "whatsapp")) &&
      _byline_spam_terms_found (content, flight_tickets) > 0 && _byline_spam_terms_found (content, under_price) > 0 &&
      _byline_spam_terms_found (content, ticket_agents) > 0)
    found[n++] = (Kind) { 0.5, _("sells flights under the airlines’ price through a private agent") };

  if (_byline_spam_terms_found (content, court_matters) > 0 && _byline_spam_terms_found (content, court_favours) >= 2)
    found[n++] = (Kind) { 0.5, _("sells bail or a case’s outcome through contacts in the courts") };

  if (_byline_spam_terms_found (content, organs) > 0 && _byline_spam_terms_found (content, organ_buying) > 0 &&
      _byline_spam_has_currency_sign (content))
    found[n++] = (Kind) { 0.55, _("offers money for a kidney or another organ") };

  if (_byline_spam_terms_found (content, proxies) > 0)
    found[n++] = (Kind) { 0.5, _("offers to sit a student’s exams or write their coursework") };

  if (_byline_spam_terms_found (content, scholarships) > 0 && _byline_spam_terms_found (content, fees) > 0 &&
      (_byline_spam_terms_found (content, scholarship_promises) > 0 ||
       (_byline_spam_terms_found (content, fully_funded) > 0 &&
        _byline_spam_found_near (content, fees, fee_made_light, 32, _byline_spam_words_found))) &&
      _byline_spam_terms_found (content, scholarship_warnings) == 0)
    found[n++] = (Kind) { 0.5, _("offers a scholarship that asks for a fee first") };

  /* "Jiunge na Illuminati… upate utajiri… wasiliana na Agent Brian":
   * riches for joining a secret society, and whom to write to. Readers
   * joke of the Illuminati with nowhere to write. */
  if (contact && _byline_spam_terms_found (content, secret_societies) > 0 &&
      _byline_spam_terms_found (content, society_riches) > 0 && _byline_spam_terms_found (content, society_news) == 0 &&
      invites_to_society (content))
    found[n++] = (Kind) { 0.5,
                          /* Translators: a reason a comment looks like spam */
                          _("invites readers to join a secret society for riches, with a number or an address") };

  if (_byline_spam_terms_found (content, hiring) > 0 && _byline_spam_terms_found (content, easy_roles) > 0 &&
      _byline_spam_terms_found (content, easy_terms) >= 2)
    found[n++] = (Kind) { 0.5, _("offers easy paid work such as reviewing products, with somewhere "
                                 "to apply") };

  if (_byline_spam_terms_found (content, betting_tips) >= 2 && _byline_spam_terms_found (content, subscribing) > 0 &&
      _byline_spam_terms_found (content, betting_warnings) == 0)
    found[n++] = (Kind) { 0.5, _("sells betting tips by subscription") };

  if (_byline_spam_terms_found (content, signals) > 0 && _byline_spam_terms_found (content, markets) > 0 &&
      _byline_spam_terms_found (content, signal_claims) > 0)
    found[n++] = (Kind) { 0.5, _("sells trading signals with a promise of profit") };
  else if ((contact || outside_links > 0 || open_chat || _byline_spam_has_messenger_contact (content)) &&
           _byline_spam_terms_found (content, stock_markets) > 0 &&
           _byline_spam_terms_found (content, stock_calls) > 0 && _byline_spam_terms_found (content, stock_claims) > 0)
    found[n++] = (Kind) { 0.5, _("sells trading signals with a promise of profit") };

  if (contact && _byline_spam_terms_found (content, giveaways) >= 2 &&
      _byline_spam_terms_found (content, movers_fees) > 0)
    found[n++] = (Kind) { 0.5, _("gives away a late relative’s goods for a mover’s or shipper’s fee") };

  if (_byline_spam_terms_found (content, vehicles) > 0 && _byline_spam_terms_found (content, far_sellers) > 0 &&
      _byline_spam_terms_found (content, fake_escrows) > 0 && _byline_spam_has_currency_sign (content))
    found[n++] = (Kind) { 0.5, _("sells a vehicle cheaply from far away, paid through a marketplace’s "
                                 "“protection”") };

  if ((outside_links > 0 || _byline_spam_names_address (content)) &&
      _byline_spam_terms_found (content, safe_payments) > 0 && _byline_spam_terms_found (content, no_meetings) > 0)
    found[n++] = (Kind) { 0.5, _("sells goods it will not hand over in person, paid only through a “safe "
                                 "payment” link") };

  /* StepChange's free help is named by readers; the lead seller's form
   * promises a share written off and a quick check (Brazil's name
   * cleaner, "sem precisar pagar a dívida", a bare address or a number) */
  if ((outside_links > 0 || contact) && _byline_spam_terms_found (content, debt_write_offs) > 0 &&
      _byline_spam_terms_found (content, debt_promises) >= 2 && _byline_spam_terms_found (content, debt_advisers) == 0)
    found[n++] = (Kind) { 0.5, _("promises debts written off, with a form to check") };

  /* A reader passes on a tutor at the library's desk; a testimonial
   * gives a stranger's messenger to every reader of the page */
  if (contact && sample->content != NULL &&
      (names_titled_person (sample->content) || _byline_spam_terms_found (content, roles) > 0) &&
      _byline_spam_terms_found (content, recommending) > 0 && gives_someones_messenger (content))
    found[n++] = (Kind) { 0.5, _("recommends someone to readers and gives their WhatsApp or similar number, as "
                                 "paid testimonials do") };

  /* (one slot for each kind above) */
  g_assert (n <= G_N_ELEMENTS (found));
  if (n == 0 || _byline_spam_terms_found (content, warnings) > 0)
    return;
  for (guint i = 0; i < n; i++)
    _byline_spam_add_evidence (evidence, found[i].weight, g_strdup (found[i].reason));
}
