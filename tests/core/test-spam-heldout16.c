/* test-spam-heldout16.c: the spam filter against a sixteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the sixteenth round read the
 * rules, of what a newsroom's WordPress gets past an arithmetic captcha
 * in late 2026, of shapes more than of trades the earlier sets had
 * little of: thirty spam (three to eight words and a link; a link
 * alone; a web address as the author's name; bland thanks in Spanish,
 * Portuguese, Vietnamese, Thai, Polish and Turkish with the link only
 * in the author's website field; HTML anchors, BBCode [url] tags and a
 * Markdown link; addresses spelt "dot com", "hxxps" with "[.]", spaced
 * letters, full-width letters and zero-width spaces; a sentence of the
 * story over a link; three languages mixed; emoji and a Telegram link;
 * a paragraph repeated; replies to "@John" and "@Maria" that point at a
 * site; a business's name and phone signed under praise; AI-written
 * praise naming a brand; a Vietnamese property ad with a bare domain)
 * and forty readers near those shapes ("Agreed.", "Source?", "Link?",
 * "Yes."; the same bland thanks in the same six languages with no
 * website; an official statistics site, a YouTube video and a reader's
 * own blog shared politely; HTML, BBCode and Markdown quoted to explain
 * them; a phishing address quoted "dot com" as a warning; replies to
 * "@John" and "@Maria", one with a council's link; emoji reactions; a
 * plumber, a café and a residents' association named or signed; a
 * dentist on the NHS; a vote repeated for emphasis; a praise of two
 * words with the reader's photography site).
 *
 * Untrained, before any change, the filter caught 22 of the 30 and
 * flagged 1 of the 40: that is the held-out figure. It missed the Thai
 * thanks with a betting site as the author's website (0.00), the
 * Polish thanks with a loan site there (0.35), the full-width slot
 * advert (0.45: styled letters alone), the "@John" reply with a credit
 * repair link (0.15) and the "@Maria" one with a bare shop domain
 * (0.00), the dental clinic signed with its phone (0.00), the AI praise
 * for a mortgage brand with its site as the author's (0.00), and the
 * Vietnamese property ad (0.00). It flagged the reader who quoted a
 * phishing address "dot com" to warn against it (0.50: the address
 * spelt out). The readers closest to the line: the reader's own blog
 * (0.45), and "Nice one" with a photography site (0.35); one link to
 * YouTube and the quoted HTML anchor 0.15; every other reader 0.00.
 *
 * The round's rules are shapes, not these comments' words, in a new
 * byline-spam-filter-forms.c: thanks of eight words or fewer, in any of
 * some thirty languages' words for it, whose only link is the author's
 * website under a made-up name (digits beside a hyphen); a reply that
 * opens on "@" and points the other reader ("check out", "until I
 * found") to a site whose name looks made for adverts (a hyphen, a
 * digit, an ending like ".store"; not a charity's ".org", an official
 * body's or a platform's); praise that ends on a telephone number with
 * a business's word in the text or the name; polished praise (two of
 * "insightful", "well-balanced", "highlights how important"...) in a
 * brand's voice ("we believe", "brands like") with a link or website;
 * a telephone number and a bare web address with a call ("call",
 * "liên hệ") and no reader's own call ("I rang", "they were"); a web
 * address hidden in full-width or other styled letters. A spelt-out
 * address weighs 0.2, not 0.5, when the reader warns of it
 * ("phishing", "don't click", "got a text"). With them the set is 30 of
 * 30 and none of 40, no longer held out. No reader of an earlier set
 * changes score, and no spam scores lower; eleven spam comments of
 * earlier sets score higher (the corpus's casino thanks, a loan in an
 * "@Margaret" reply, a Leeds plumber's advert, a psychic's and a
 * French medium's, a diploma mill, generic pills, four gambling adverts
 * in styled letters).
 *
 * Twelve readers written after those rules to probe them (the
 * "neighbours" below) found five flagged at their first scoring: a
 * reader's thanks from her photography studio's site with a "54" in
 * its name (0.50), a reader pointing another to the plumber who fixed
 * his house (0.50), polished praise from a reader with her own blog
 * named like her (0.72), a dentist signing with his practice and its
 * number (0.50), and a gran's text quoted "dot com" without the word
 * phishing (0.50, by the older spelt-address rule). Now the thanks'
 * site needs digits beside a hyphen, the reply's site a made-up name,
 * the business's signature must end on its number, the polished praise
 * a brand's voice (not the author's name in her site), and "got a
 * text" is a warning. The closest readers now: Samaritans' number and
 * site (0.45, an older rule), a reader shouting in full-width letters
 * (0.45), the reader's own blog (0.45) and polished praise with her
 * blog (0.44).
 *
 * Then five spam and five readers of yet other shapes were written
 * after those rules, without reading the rules' words again, and scored
 * once: 3 of the 5 caught, none of the 5 flagged. That is the honest
 * figure for the filter after the round. It missed a question answered
 * by its asker with the one site she buys from (0.35) and a Hinglish
 * "visit karo" to a satta results site signed with its name (0.00); the
 * closest reader was a list of three flood sources (0.40: two links not
 * official). Rules for those two followed in forms.c: a question, "I
 * always buy from" and a bare address with a made-up name; a call to
 * visit a bare address that bears the author's own name. The first
 * version of the second read any made-up name and flagged a neighbour
 * (a local festival's hyphenated site, 0.72) at its first scoring; it
 * now needs the author's name. Three neighbours probe them (a petition
 * on a ".org.uk", a question about batteries "I always buy from", the
 * festival): none flagged. bench-spam: precision 0.985, recall 1.000,
 * unseen kinds 0.989 and 1.000, untrained recall 0.685, before and
 * after alike; classify 0.067 ms per comment before, 0.059 to 0.079
 * after in two runs (the machine is shared and runs vary).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "Nice post, thanks! https://cheapmeds-rx24.shop",
    "Ann", "ann.k772@gmail.com", "https://cheapmeds-rx24.shop" },
  { "Great info here bro http://bit.ly/3xQwErT",
    "Tom", "tomtom9@mail.com", NULL },
  { "https://slot88-gacor.site",
    "slot88", "admin@slot88-gacor.site", NULL },
  { "Very informative article.",
    "https://casino-bonus-2026.online", "casino@bonus2026.online", NULL },
  { "Gracias por compartir, muy informativo.",
    "Rosa", "rosa.mx@gmail.com", "https://prestamos-rapidos-mx.online" },
  { "Obrigado por compartilhar, muito informativo!",
    "Joana", "joana2026@gmail.com", "https://apostas-bonus-br.bet" },
  { "Cảm ơn bài viết rất hay và bổ ích.",
    "Lan", "lan.nguyen88@gmail.com", "https://nhacai-uytin88.vip" },
  { "ขอบคุณสำหรับข้อมูลดีๆ ครับ",
    "สมชาย", "somchai.bet@gmail.com", "https://ufabet-168th.com" },
  { "Dzięki za artykuł, bardzo ciekawy.",
    "Kasia", "kasia.pl99@gmail.com", "https://chwilowki-online24.pl" },
  { "Paylaşım için teşekkürler, çok faydalı.",
    "Ayşe", "ayse.tr@gmail.com", "https://deneme-bonusu-veren-siteler.top" },
  { "Great read! <a href=\"https://buy-followers-fast.net\">buy instagram followers</a>",
    "Mark", "mark@buy-followers-fast.net", NULL },
  { "[url=https://replica-watches-sale.shop]replica rolex[/url] [url=https://replica-watches-sale.shop/omega]replica omega[/url]",
    "watches", "sales@replica-watches-sale.shop", NULL },
  { "Thanks for this. If you need it, [cheap essay writing](https://essaypro-cheap.xyz) helped me a lot.",
    "Lucy", "lucy.w@gmail.com", NULL },
  { "Best online casino bonus at luckyspin777 dot com, register today and get 200 free spins",
    "Lucky", "lucky@spin777.net", NULL },
  { "Earn crypto daily: hxxps://quick-profit-btc[.]club/join",
    "Crypto King", "king@quickprofit.club", NULL },
  { "Cheap viagra and cialis without prescription at w w w . pharma-direct . shop",
    "Pharma", "rx@pharma-direct.shop", NULL },
  { "Ｂｅｓｔ ｓｌｏｔ ｓｉｔｅ ｗｉｎ ｂｉｇ ｎｏｗ ｓｌｏｔ８８ｖｉｐ．ｃｏｍ",
    "Ｗｉｎ", "win@slot88vip.com", NULL },
  { "Hot singles near you \u200bhttps://\u200bdating-\u200bhot\u200b.fun",
    "Jessica", "jess@dating-hot.fun", NULL },
  { "The council voted on Tuesday to approve the new cycle lanes on the high street. "
    "https://seo-backlinks-pro.top",
    "backlinks", "seo@backlinks-pro.top", NULL },
  { "Great article, very useful. Bài viết hay quá, cảm ơn. Muy buen artículo. "
    "https://taixiu-online.vip",
    "Minh", "minh.tx@gmail.com", NULL },
  { "🔥🔥🔥💰💰💰 https://t.me/fastmoney_vip",
    "💰", "fast@money.vip", NULL },
  { "Get your loan approved today with no credit check. Get your loan approved today with no "
    "credit check. Get your loan approved today with no credit check. https://loan-now-usa.online",
    "Loans", "apply@loan-now-usa.online", NULL },
  { "@John I agree with you completely, I had the same problem until I found "
    "https://fixmycredit-now.com, they helped me so much.",
    "Sarah M", "sarahm1988@gmail.com", NULL },
  { "@Maria exactly! check out bestdealz.store for the same thing much cheaper",
    "Kevin", "kevin.d@gmail.com", NULL },
  { "Excellent article about the flooding, very well researched. "
    "Regards, AquaDry Water Damage Restoration, call 1-800-555-0199 for a free quote.",
    "AquaDry Restoration", "info@aquadry-restoration.com", NULL },
  { "Thank you for sharing this. Bright Smile Dental Clinic Dubai – Best Teeth Whitening – "
    "+971 50 123 4567",
    "Bright Smile Dental", "hello@brightsmile-dubai.ae", NULL },
  { "What a thoughtful and well-balanced piece on the housing crisis. It highlights how important "
    "it is for families to plan their finances wisely. At HomeLoanPro, we believe everyone deserves "
    "a home, and our AI-powered mortgage tools make that journey easier.",
    "HomeLoanPro Team", "team@homeloanpro.ai", "https://homeloanpro.ai" },
  { "This insightful article beautifully captures the challenges facing local farmers. As an "
    "advocate for sustainable living, I found it truly inspiring. Brands like GreenLeaf CBD are "
    "leading the way in natural wellness.",
    "Emily Carter", "emily.carter.writer@gmail.com", "https://greenleaf-cbd.store" },
  { "Dziękuję! https://kasyno-bonus-pl.online",
    "Piotr", "piotr.k@gmail.com", NULL },
  { "Mua bán nhà đất giá rẻ tại Hà Nội, liên hệ 0912 345 678, xem thêm tại batdongsan-gia-re.vn",
    "Nhà Đất Hà Nội", "nhadat.hn@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "Agreed.", "Paul", "paul.w@gmail.com", NULL },
  { "Source?", "Dana", "dana.r@outlook.com", NULL },
  { "Thanks for sharing, very informative.", "Helen Price", "helen.price@btinternet.com", NULL },
  { "Gracias por compartir, muy informativo.", "Carlos Ruiz", "carlos.ruiz@gmail.com", NULL },
  { "Obrigado por compartilhar!", "Ana Sousa", "ana.sousa@sapo.pt", NULL },
  { "Cảm ơn tác giả, bài viết rất hay.", "Hoa", "hoa.tran@yahoo.com", NULL },
  { "ขอบคุณครับ อ่านแล้วเข้าใจมากขึ้น", "วิชัย", "wichai.s@hotmail.com", NULL },
  { "Dzięki za artykuł, bardzo ciekawy.", "Marek", "marek.n@wp.pl", NULL },
  { "Teşekkürler, çok faydalı bir yazı olmuş.", "Mehmet", "mehmet.y@gmail.com", NULL },
  { "The full report is on the ONS site: https://www.ons.gov.uk/peoplepopulationandcommunity",
    "Ruth", "ruth.a@gmail.com", NULL },
  { "I wrote about the same closure on my own blog last week, if anyone is interested: "
    "https://janesmithwrites.wordpress.com/2026/11/library-closure. Happy to be corrected.",
    "Jane Smith", "jane@janesmithwrites.com", "https://janesmithwrites.wordpress.com" },
  { "Your page breaks the embed: the source has <a href=\"https://example.org\">link</a> without "
    "the closing quote, so the rest of the paragraph is swallowed.",
    "Dev Patel", "dev.patel@fastmail.com", NULL },
  { "For anyone on the old forum: links there use [url=...] tags, they won't work here.",
    "Gareth", "gareth.j@gmail.com", NULL },
  { "In Markdown you'd write [the council minutes](https://democracy.leeds.gov.uk) but the "
    "comments here don't render it.",
    "Ian", "ian.m@protonmail.com", NULL },
  { "The phishing text my mum got said hxxps style links, I mean something like "
    "royalmail-redelivery dot com. Don't click those.",
    "Sue", "sue.b@gmail.com", NULL },
  { "@John I agree, the bus cuts hit the villages hardest.", "Linda", "linda.o@gmail.com", NULL },
  { "@Maria you're right, the meeting is on Thursday not Wednesday. Details at "
    "https://www.bristol.gov.uk/council-meetings",
    "Oliver", "oliver.p@gmail.com", NULL },
  { "😂😂😂 brilliant", "Zoe", "zoe.l@gmail.com", NULL },
  { "❤️❤️❤️ so happy for the whole team! 🎉🎉", "Megan", "megan.f@gmail.com", NULL },
  { "😡😡 this is a disgrace", "Ray", "ray.c@hotmail.com", NULL },
  { "We used Hargreaves Plumbing after the flood, they were honest and quick. Not an ad, just "
    "grateful.",
    "Trevor", "trevor.h@gmail.com", NULL },
  { "Shout out to Rosie's Café on Market Street, they gave free meals to the firefighters all "
    "night.",
    "Kim", "kim.s@gmail.com", NULL },
  { "Great article. Regards, Tom Evans, Chair, Hebden Bridge Residents' Association",
    "Tom Evans", "chair@hebdenresidents.org.uk", NULL },
  { "Lovely piece. Muchas gracias desde Valencia. Merci aussi!",
    "Elena", "elena.v@gmail.com", NULL },
  { "Really well researched piece on the floods. As someone who works in insurance, I can say "
    "the point about underinsurance is spot on. Thank you.",
    "Priya Shah", "priya.shah@gmail.com", NULL },
  { "This article captures the farmers' frustration perfectly. My dad has farmed here for 40 "
    "years and says the same.",
    "Hannah", "hannah.g@gmail.com", NULL },
  { "Yes.", "Bob", "bob@gmail.com", NULL },
  { "Link?", "Sam", "sam.k@gmail.com", NULL },
  { "Correction: it was 2019, not 2018.", "Mike", "mike.t@gmail.com", NULL },
  { "The video is here: https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Alex", "alex.r@gmail.com", NULL },
  { "Muito bom o artigo, parabéns à redação.", "Pedro", "pedro.a@uol.com.br", NULL },
  { "Bài viết rất hay, cảm ơn báo đã đưa tin về lũ lụt ở miền Trung.", "Tuấn", "tuan.le@gmail.com", NULL },
  { "Ciekawy artykuł, ale brakuje danych z 2025 roku.", "Ewa", "ewa.k@onet.pl", NULL },
  { "Harika bir haber, elinize sağlık.", "Emre", "emre.a@hotmail.com", NULL },
  { "Thanks! I shared it with my book club 📚", "Grace", "grace.n@gmail.com", NULL },
  { "Here's the code that broke for me: <script src=\"app.js\"></script> inside the template.",
    "Nina", "nina.d@gmail.com", NULL },
  { "Same thing happened to me last year, the credit union sorted it out.", "Ahmed", "ahmed.r@gmail.com", NULL },
  { "Repeat after me: vote, vote, vote. Vote on Thursday. Vote for whoever you like, but vote.",
    "Frank", "frank.m@gmail.com", NULL },
  { "I run a small dental practice in Leeds and the NHS contract problems in this story are real.",
    "Dr Anil Gupta", "anil.gupta@nhs.net", NULL },
  { "Nice one 👍", "Leo", "leo.b@gmail.com", "https://leobphotos.com" },
};

/* Written after the round's rules without reading their words again,
 * and scored once: 3 of 5 and none of 5; 5 of 5 since */
static const Comment spam_later[] = {
  { "Useful resources for anyone affected:\n1. https://www.gov.uk/flood-help\n2. https://flood-claims-experts.online\n"
    "3. https://flood-claims-experts.online/free-check",
    "Flood Help", "help@flood-claims-experts.online", NULL },
  { "Does anyone know where to get cheap Ray-Ban sunglasses? I always buy from rayban-outlet-sale.shop, "
    "80% off and real.",
    "Chloe", "chloe.b1990@gmail.com", NULL },
  { "Small typo in the third paragraph: 'their' should be 'there'. Also, for more on this topic see "
    "https://best-essay-help.xyz/blog",
    "Grammar Fan", "fan@best-essay-help.xyz", NULL },
  { "According to a recent study (source: keto-slim-pills.store), people lose 12 kg in a month without diet.",
    "Dr. Amy", "amy@keto-slim-pills.store", NULL },
  { "Bhai mast article hai, ek baar visit karo satta-king-result.in, roz ka result milega",
    "Satta King", "satta@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "Useful sources for anyone affected:\n1. https://www.gov.uk/flood-help\n2. https://www.bbc.co.uk/news/uk-67\n"
    "3. https://www.nationalfloodforum.org.uk",
    "Gill", "gill.t@gmail.com", NULL },
  { "Does anyone know where to get second-hand textbooks cheaply? I tried abebooks.co.uk but the postage "
    "was more than the book.",
    "Omar", "omar.f@gmail.com", NULL },
  { "Small typo in the third paragraph: 'their' should be 'there'. Otherwise a great piece.",
    "Rebecca", "rebecca.l@gmail.com", NULL },
  { "According to the study (https://doi.org/10.1038/s41586-024-07000-1), the sea rose 4 mm a year, not 4 cm.",
    "Dr Ben Cole", "ben.cole@ucl.ac.uk", NULL },
  { "Bhai sahi likha hai, hamare gaon mein bhi yahi haal hai, bijli roz jaati hai.",
    "Rahul", "rahul.s@gmail.com", NULL },
};

/* Readers written after the round's rules, to probe them from the other
 * side: each near one shape, none to be flagged */
static const Comment neighbours[] = {
  { "Thank you for this, my gran lived on that street.",
    "Maya", "maya@studio54photos.co.uk", "https://studio54photos.co.uk" },
  { "ขอบคุณครับ", "สมชาย", "somchai.p@gmail.com", "https://somchaiphoto.com" },
  { "@Dave you could try hargreavesplumbing.co.uk, they fixed ours after the flood.",
    "Trevor", "trevor.h@gmail.com", NULL },
  { "@Dave try the council's tip booking page at https://www.leeds.gov.uk/bins, it's free.",
    "Ann", "ann.b@gmail.com", NULL },
  { "Thanks for covering this. I run Rosie's Café on Market Street (01632 960123) and we are "
    "collecting donations for the families all week.",
    "Rosie", "rosie.cafe@gmail.com", NULL },
  { "A thoughtful and insightful piece. I have written about the same bypass on my blog, with "
    "the council's maps.",
    "Jane Smith", "jane@janesmith.blog", "https://janesmith.blog" },
  { "If this story brought anything up for you, call Samaritans on 116 123 or visit "
    "samaritans.org, they are there day and night.",
    "Helen", "helen.w@gmail.com", NULL },
  { "My gran got a text about royalmail-redelivery dot com, luckily she asked me first.",
    "Chris", "chris.l@gmail.com", NULL },
  { "ＮＯ ＷＡＹ this happened in our town", "Kev", "kev.m@gmail.com", NULL },
  { "Great article, thank you. Regards, Dr Anil Gupta, Leeds Dental Practice, 0113 496 0000 "
    "(NHS patients welcome to ask about the contract changes).",
    "Dr Anil Gupta", "anil.gupta@nhs.net", NULL },
  { "Gracias por el artículo 👏", "Lucía", "lucia.m@gmail.com", "https://lucia2000.blogspot.com" },
  { "@Sarah I found the same figures at https://www.ons.gov.uk, thanks for checking.",
    "Tom", "tom.r@gmail.com", NULL },
  /* (written after the later five's rules) */
  { "Please visit save-the-pier.org.uk to sign the petition before Friday.",
    "Wendy", "wendy.k@gmail.com", NULL },
  { "Where can I recycle old batteries? I always buy from the corner shop but they don't take them back.",
    "Stan", "stan.p@gmail.com", NULL },
  { "Visit hebden-bridge-festival.co.uk for the full programme, it starts on Friday.",
    "Joan", "joan.r@gmail.com", NULL },
};

/* The held-out figure, 22 of 30 and none of 40 (one flagged at the
 * first scoring, now not), as a floor */
static void
test_heldout16_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 22);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout16_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

static void
test_heldout16_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

static void
test_heldout16_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* Each new shape names itself */
static void
test_heldout16_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "ขอบคุณ", "thanks of a few words" },
    { spam, G_N_ELEMENTS (spam), "@John", "a reply to another reader" },
    { spam, G_N_ELEMENTS (spam), "@Maria", "a reply to another reader" },
    { spam, G_N_ELEMENTS (spam), "Thank you for sharing this.", "praise signed with a business’s name" },
    { spam, G_N_ELEMENTS (spam), "What a thoughtful", "polished praise that turns to a brand" },
    { spam, G_N_ELEMENTS (spam), "Mua bán", "gives a telephone number and a web address" },
    { spam, G_N_ELEMENTS (spam), "Ｂｅｓｔ", "a web address written in styled letters" },
    { spam_later, G_N_ELEMENTS (spam_later), "Does anyone know", "answers it with a site to buy from" },
    { spam_later, G_N_ELEMENTS (spam_later), "Bhai mast", "bears the author’s name" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the words this round's rules look for cut
 * short at the end of the text */
static void
test_heldout16_tiny (void)
{
  static const char * const contents[] = {
    "", "@", "@a", "?", "thanks", "ขอบคุณ", "a-1.b", "x.store", "call 1", "visit a.co", "insightful",
    "we believe", "i always buy from", "１", "ｓ．ｃｏｍ", "dot com", "0912 345 678", "@j check out a-b.shop",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round's shapes, written by another hand before its
 * rules were read and scored once after them, untrained: 8 of 10 spam
 * caught, none of 8 readers flagged (the closest, a reader quoting the
 * story's broken link as HTML: 0.45). Missed: a reply telling how "I
 * recovered all my funds with the help of www.fundtracers-pro.com"
 * (0.15) and "I was struggling with debt until I found
 * debtfree-now-uk.com, highly recommend them" (0.00). Now read: a
 * rescue of one's money told in the first person that sends readers to
 * a made-up site, with no warning; four readers probing it (a bank's
 * fraud team, a debt charity, a food bank, a lost wallet the ferry's
 * crew found) stay under the line. */
static const Comment spot_spam[] = {
  { "Very informative!",
    "bonus24", "info@best-casino-bonus24.com", "https://best-casino-bonus24.com" },
  { "[url=https://cheap-meds-online.shop]cheap meds[/url] great post, bookmarked",
    "MedsDirect", "sales@cheap-meds-online.shop", NULL },
  { "Anyone still working 9-5? check hxxps://crypto-gains[.]io and thank me later, 10x in a "
    "month",
    "Alex", "alex.gains@gmail.com", NULL },
  { "@Sarah same happened to me last year. I recovered all my funds with the help of "
    "www.fundtracers-pro.com, they are genuine",
    "Linda Parker", "linda.parker77@gmail.com", NULL },
  { "🔥🔥🔥 👉 https://hot-girls-nearby.xyz",
    "hot", "hot@hot-girls-nearby.xyz", NULL },
  { "The new vessels carry 180 passengers each. More info: https://ferry-tickets-cheap.top",
    "Ferry Deals", "deals@ferry-tickets-cheap.top", NULL },
  { "Muy buen artículo, gracias por compartir.",
    "Préstamos Rápidos", "contacto@prestamos-rapidos-24.mx", "https://prestamos-rapidos-24.mx" },
  { "Bài viết rất hay, cảm ơn bạn!",
    "Nhà cái uy tín", "lienhe@nhacai-uytin88.vn", "https://nhacai-uytin88.vn" },
  { "Great read, thanks. — Smith & Sons Roofing, 0161 555 0199, smithroofing.co.uk",
    "Smith Roofing", "office@smithroofing.co.uk", "https://smithroofing.co.uk" },
  { "I was struggling with debt until I found debtfree-now-uk.com, highly recommend them to "
    "anyone reading this",
    "Jenny", "jenny.k@outlook.com", NULL },
};

static const Comment spot_genuine[] = {
  { "Agreed.",
    "Pete", "pete@gmail.com", NULL },
  { "Source?",
    "Ann", "ann.r@yahoo.com", NULL },
  { "@Sarah I'm sorry that happened. Report it to Action Fraud: "
    "https://www.actionfraud.police.uk",
    "Mo", "mo.h@gmail.com", NULL },
  { "🔥🔥🔥 brilliant piece",
    "Kai", "kai.l@gmail.com", NULL },
  { "Here's the council's own page: https://www.portvale.gov.uk/ferries",
    "Liz", "liz.w@gmail.com", NULL },
  { "Muy buen artículo, gracias.",
    "Rosa", "rosa.m@gmail.com", NULL },
  { "We used Smith & Sons for our roof last year, very good job and fair price.",
    "Bill", "bill.t@btinternet.com", NULL },
  { "The link in your story is broken: <a href=\"https://example.org/report\">report</a> goes "
    "nowhere.",
    "Dan", "dan.k@gmail.com", NULL },
};

/* Readers probing the spot check's rule from the other side */
static const Comment spot_neighbours[] = {
  { "I lost £2,000 to a fake broker and got my money back thanks to my bank's fraud team. "
    "Report it at https://www.actionfraud.police.uk straight away.",
    "Ruth", "ruth.b@gmail.com", NULL },
  { "I was struggling with debt until I found StepChange, a free charity: "
    "https://www.stepchange.org. Highly recommend talking to them before any paid firm.",
    "Gary", "gary.p@yahoo.co.uk", NULL },
  { "Thanks to the volunteers at the food bank, my family got through winter. I recommend "
    "anyone struggling visits the one on Quay Street.",
    "Sue", "sue.k@outlook.com", NULL },
  { "I lost my wallet on the ferry and got it back thanks to the crew. Their lost property page "
    "is portvale-ferries.co.uk/lost, highly recommend checking it.",
    "Raj", "raj.m@gmail.com", NULL },
};

static void
test_heldout16_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout16/untrained", test_heldout16_untrained);
  g_test_add_func ("/spam-heldout16/after", test_heldout16_after);
  g_test_add_func ("/spam-heldout16/later", test_heldout16_later);
  g_test_add_func ("/spam-heldout16/neighbours", test_heldout16_neighbours);
  g_test_add_func ("/spam-heldout16/reasons", test_heldout16_reasons);
  g_test_add_func ("/spam-heldout16/tiny", test_heldout16_tiny);
  g_test_add_func ("/spam-heldout16/spot-check", test_heldout16_spot_check);

  return g_test_run ();
}
