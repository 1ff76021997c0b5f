/* test-spam-heldout17.c: the spam filter against a seventeenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the seventeenth round read the
 * rules, of what a newsroom's WordPress gets past an arithmetic captcha
 * in late 2026, of kinds the earlier sets had little of: thirty spam
 * (a language model's "reader" who quotes a detail or a line of the
 * story and turns to a damp survey, a budgeting app or a VPN; scam
 * "recovery" and "investigation" bureaus in English and Spanish; task
 * and data entry jobs in English, Japanese, Chinese, Indonesian and
 * French; a crypto and forex "mentor" praised in English and Arabic; a
 * bank's fraud line, an airline's reservation desk and Meta's support
 * at made-up numbers; online casinos in Chinese, Japanese, Korean,
 * Thai, Vietnamese and Hindi; a paid link insertion into the editor's
 * old articles; a modded APK; "check my profile, link in bio"; a loan
 * shop's name and site under a bland agreement, and a recovery firm's
 * e-mail under another; very short spam in Chinese, Thai and Russian)
 * and forty readers near those shapes (the same story's detail and
 * figure quoted; a VPN at work; a crypto loss reported to the police
 * and the recovery agents who followed; a job hunt met by a "liking
 * videos" offer; the same scams as news in Japanese, Chinese,
 * Indonesian, French, Arabic, Spanish; a bank's real warning, an
 * airline's app; the gas emergency line, NHS 111, Victim Support's
 * number and a bank's number corrected; the council's pothole app and
 * bin app; gambling's harm in Chinese, Japanese, Korean, Thai,
 * Vietnamese and Hindi; backlinks and a guest piece as a writer and a
 * residents' group see them; modded APKs warned of; "check my profile"
 * and "link in bio" as a reader says them; a hardware shop's owner
 * under its site; one-line thanks in Chinese, Thai, Korean, Russian and
 * Japanese; polished praise from a retired teacher; pay for marking
 * exams from home).
 *
 * Untrained, before any change, the filter caught 16 of the 30 and
 * flagged 1 of the 40: that is the held-out figure. It missed the AI
 * reader's damp survey (0.00) and VPN (0.40: the author's site alone);
 * the Spanish "investigation" firm (0.00); the French data entry job
 * (0.00); the bank's fraud line (0.45), the airline's desk (0.00) and
 * Meta's support (0.00); the Vietnamese casino (0.35: "nhà cái"
 * alone); the paid link insertion (0.00); the APK (0.00); "check my
 * profile, link in bio" (0.30); the recovery firm's e-mail under a
 * bland comment (0.00); "加微信看片" (0.00) and the Russian earnings
 * (0.35: one suspect word). The two it caught closest to the line: a
 * budgeting app after a quoted figure (0.53) and the Chinese casino
 * (0.50). It flagged the reader who gave Victim Support's number after
 * her crypto loss (0.82: read as a trader praised with a number, and
 * "crypto"). The readers closest to the line after her: a crypto
 * "mentor" warned of, a forex trainer's loss in Arabic, the Vietnamese
 * casinos as news and backlinks as a writer sees them (0.35 each: one
 * suspect word), "check my profile" quoted (0.30); the council's app
 * with its link 0.15; every other reader 0.00.
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-ruses.c, each with somewhere to go or to write and
 * weighed only without a reader's warning: a detail or a line of the
 * story quoted ("as the article notes", "stayed with me", "hit home")
 * then a turn to a product ("which is why I", "tools like", "I
 * personally use") with a link, a bare address or a website; a number
 * to ring with a help desk's name (reservation desk, live agent, fraud
 * helpline) and an account's, a booking's or a refund's trouble, not a
 * reader's own call nor "the number on the back of your card";
 * investigators who trace and recover a victim's money, in English,
 * Spanish, French, Portuguese and German, with an address; paid work
 * (job, emploi, lowongan, заработок, 兼职, 副業, งาน...) by the day
 * (par jour, в день, 日结, วันละ...) with an address or a handle; a
 * casino's deposit bonus in Vietnamese, Chinese, Japanese, Korean,
 * Thai, Hindi and English with somewhere to sign up, not when the
 * reader speaks of the law or a complaint; a link in the site's
 * articles for pay, offered to the editor; an APK unlocked at a link;
 * "link in bio", "check my profile" from an author with a website; a
 * WeChat ID written "vx:" in a text not in Latin letters; an author's
 * e-mail at a domain named for two of spam's trades
 * ("crypto-recovery"), or for one and an advert's word. A free
 * national service named (Victim Support, Samaritans, Citizens Advice,
 * StepChange...) now keeps "call" and its number from reading as the
 * author's own invitation (0.15, not 0.45) and a crypto loss from
 * reading as a trader's praise. Every new rule's words are looked up in
 * the indexed text before anything scans it. With them the set is 30 of
 * 30 and none of 40, no longer held out. No spam of an earlier set
 * scores lower and no reader of one higher; one reader of the families'
 * tries (a casino's "free $50 bonus" the law bans, with the ASA's
 * address) was flagged by the first version of the casino rule (0.68)
 * and no longer is; Samaritans' number (heldout16's neighbour) went
 * from 0.45 to 0.15; some forty earlier spam score higher.
 * bench-spam: precision 0.985, recall 1.000, unseen kinds 0.989 and
 * 1.000, untrained recall 0.685, before and after alike; classify
 * 0.095 to 0.122 ms per comment before and 0.095 to 0.104 after, run
 * side by side five times on a loaded machine; counted by callgrind
 * inside byline_spam_filter_classify() over bench-spam's 5000, 1,923
 * million instructions before and 1,963 million after (+2.1%).
 *
 * Then five spam and five readers of other shapes were written after
 * those rules, without reading the rules' words again, and scored once:
 * 1 of the 5 caught, none of the 5 flagged. That is the honest figure
 * for the filter after the round, and the one it caught (a sponsored
 * article offered to the editor in Portuguese, asking the price: 0.72)
 * was caught by an older rule. It missed a story's detail turned to a
 * lumbar cushion's shop ("really interesting to read about", "I found
 * mine at": 0.40, the shop's address alone), PayPal's "Kundendienst" at
 * a made-up number in German (0.45), a Korean side job by the day with
 * a KakaoTalk ID (0.00) and an Arabic recovery firm's "investigations"
 * with an e-mail (0.00). The readers all scored 0.00.
 *
 * Rules for those four followed in ruses.c, as words of kinds already
 * read: "interesting to read about" among the story's details and "I
 * found mine at", "makes all the difference" among the turns; help
 * desks, their troubles and the call to ring them in German, French,
 * Spanish, Portuguese and Italian; investigations, a recovery and a
 * fake platform in Arabic; a messenger ID after KakaoTalk's, WeChat's
 * or LINE's name in their scripts (letters and digits, so "카톡 2023"
 * and "微信 2024年", two of heldout10's readers flagged by its first
 * version at 0.55, are a year), which also gives paid work somewhere to
 * write. The later ten are 5 of 5 and none of 5, no longer honest. Five
 * neighbours probe them (a repair café's ".org", Telekom's hotline on
 * its own site, "微信 2025年", a reader who called the airline's number
 * in its app, a church café hiring volunteers "a day a week" with an
 * e-mail); the last was flagged at its first scoring (0.72), and paid
 * work now needs money named (earn, a salary, 元, 만원, a currency
 * sign). None is flagged now. No earlier reader scores higher and no
 * earlier spam lower. bench-spam after these: precision, recall and
 * untrained recall as before; classify 0.088 to 0.096 ms before and
 * 0.068 to 0.109 after, side by side five times; callgrind 1,970
 * million instructions inside classify, +2.4% on the 1,923 million
 * before the round.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "The detail about the 47 families still waiting for rehousing after the March floods really "
    "stayed with me. It reminded me how quickly a home can become unliveable, which is why I always "
    "recommend a professional damp survey. DryHome Solutions offers free inspections across "
    "Yorkshire: dryhome-solutions.co.uk",
    "Olivia Bennett", "olivia.bennett.writes@gmail.com", NULL },
  { "As the article notes, the council's budget gap has grown to £14 million. Managing money under "
    "pressure is hard for families too, and that's where tools like BudgetWise AI come in, helping "
    "thousands of households cut their spending by 30%. Worth a look: https://budgetwise-ai.app",
    "Nathan Cole", "nathan.cole.fin@gmail.com", NULL },
  { "\"Residents say they no longer feel safe online\" — this line hit home. In a world where data "
    "breaches are everywhere, protecting your privacy matters more than ever. I personally use "
    "ShieldNet VPN, which encrypts everything with one tap. Highly recommended for your readers!",
    "Daniel R.", "daniel.r.tech@gmail.com", "https://shieldnet-vpn.io/?ref=news" },
  { "Lost money to a fake investment platform? Don't give up. Cyber Asset Recovery Bureau traced "
    "and recovered 92% of my USDT within 14 days. Their blockchain forensic investigators are "
    "licensed. Contact: recovery@cyberassetbureau.org or WhatsApp +1 (302) 555-0187",
    "Karen Mitchell", "karen.mitchell61@gmail.com", NULL },
  { "I want to thank Agent Morgan of the Digital Forensics Investigation Unit for helping me trace "
    "the scammers who took £38,000 from me through a romance scam. If you are a victim, reach them "
    "on Telegram @DFIU_Morgan, they are real.",
    "Brenda Hall", "brenda.hall.uk@gmail.com", NULL },
  { "Si fuiste víctima de una estafa con criptomonedas, contacta a Rastreo Digital Investigaciones. "
    "Recuperaron todos mis fondos en 10 días. Escríbeles a rastreodigital.inv@proton.me",
    "Lucía Fernández", "lucia.fdz82@gmail.com", NULL },
  { "Earn £50–£300 daily just liking YouTube videos and following Instagram pages from your phone. "
    "No experience, paid the same day. Message our HR on WhatsApp +44 7700 900456 to start today.",
    "Remote Jobs UK", "hr.remotejobsuk@gmail.com", NULL },
  { "【副業】スマホだけで1日3万円！動画にいいねするだけの簡単なお仕事です。未経験OK、即日払い。"
    "LINE ID: job8899 まで連絡ください。",
    "在宅ワーク", "zaitaku.job8899@gmail.com", NULL },
  { "兼职刷单，日结300-800元，在家用手机就能做，无需经验。有意者加微信：jz66888",
    "兼职招聘", "jz66888@qq.com", NULL },
  { "Lowongan kerja dari rumah, cukup like dan share video, gaji Rp500.000 per hari dibayar "
    "langsung. Hubungi admin WhatsApp 0812-3456-7890",
    "Info Loker", "infoloker.online@gmail.com", NULL },
  { "Offre d'emploi : saisie de données à domicile, 2 h par jour, 150 € par jour payés chaque "
    "semaine. Aucune expérience requise. Écrivez à recrutement.maison@gmail.com pour postuler.",
    "Recrutement", "recrutement.maison@gmail.com", NULL },
  { "I started investing with just $500 under the guidance of Mrs. Catherine Hayes and now I earn "
    "$7,400 every week. She is the best mentor in crypto and forex trading. Reach her on WhatsApp "
    "+1 (646) 555-0192 and thank me later.",
    "Jennifer Lopez", "jenniferlopez.fx@gmail.com", NULL },
  { "بدأت مع المدربة سارة في تداول الفوركس بمبلغ 300 دولار والآن أربح 2000 دولار أسبوعياً. أنصح "
    "الجميع بالتواصل معها على واتساب +44 7700 900812",
    "منى", "mona.trader@gmail.com", NULL },
  { "For any Barclays account issue, blocked card or unauthorised transaction call the Barclays "
    "fraud helpline 24/7 on +1-833-555-0148. Agents available now.",
    "Bank Help Desk", "bankhelpdesk247@gmail.com", NULL },
  { "Need to rebook your Emirates flight? Call the Emirates reservation desk 1-888-555-0172 (toll "
    "free), talk to a live agent for instant changes and refunds.",
    "Flight Desk", "flightdesk.help@outlook.com", NULL },
  { "Facebook account hacked or disabled? Call Meta support now +1 (877) 555-0166 for recovery in "
    "30 minutes.",
    "Meta Support", "metasupport.center@gmail.com", NULL },
  { "澳门新葡京线上娱乐城，注册即送888元彩金，百家乐真人视讯，提款秒到账。网址：xpj8888.com",
    "新葡京", "kefu@xpj8888.com", NULL },
  { "オンラインカジノなら勝てるカジノ！初回入金ボーナス200%、出金も即日。今すぐ登録 → kateru-casino.jp",
    "カジノ情報", "info@kateru-casino.jp", NULL },
  { "온라인 카지노 바카라 첫충 20% 즉시 환전 신규 가입 쿠폰 지급 텔레그램 @casino_vip77",
    "카지노", "vip77casino@gmail.com", NULL },
  { "เว็บพนันออนไลน์ สล็อตแตกง่าย ฝากถอนออโต้ ไม่มีขั้นต่ำ สมัครรับโบนัส 100% แอดไลน์ @slotpg99",
    "สล็อต", "slotpg99th@gmail.com", NULL },
  { "Nhà cái uy tín số 1 châu Á, nạp đầu tặng 100%, rút tiền nhanh 5 phút. Đăng ký ngay tại 88vin.club",
    "88vin", "cskh@88vin.club", NULL },
  { "ऑनलाइन तीन पत्ती और रमी खेलें और रोज़ ₹10,000 तक जीतें! पहली जमा पर 500% बोनस। अभी ऐप डाउनलोड "
    "करें: rummy-jackpot.in",
    "Rummy Jackpot", "support@rummy-jackpot.in", NULL },
  { "Hi Editor, could you add our link to one of your older articles? We pay $80 per link insertion "
    "(niche edit), payment via PayPal or Wise within 24 hours. Let me know which posts are available.",
    "Sophie Turner", "sophie.outreach@linkvista.net", NULL },
  { "Download the new Meta AI Pro APK, unlocks all premium features for free, no ads! Direct link: "
    "apkpure-mods.net/metaai-pro.apk",
    "APK Mods", "mods@apkpure-mods.net", NULL },
  { "Bored tonight 😘 check my profile, link in bio 💋",
    "Sofia 💋", "sofia.x99@mail.ru", "https://meet-sofia.fun" },
  { "I agree with the previous comment, the council should have acted sooner.",
    "Kredit Online Cepat Cair", "admin@kreditcepatcair.id", "https://kreditcepatcair.id" },
  { "Interesting point about the bus timetable, thanks.",
    "Mike", "mike@crypto-recovery-experts.net", NULL },
  { "加微信看片 vx:aa5566",
    "小美", "aa5566@qq.com", NULL },
  { "รับทำเงินออนไลน์ ทักไลน์ @rich88",
    "รวย", "rich88th@gmail.com", NULL },
  { "Заработок от 10к в день, пиши @rabota_tg",
    "Работа", "rabota.tg@mail.ru", NULL },
};

static const Comment genuine[] = {
  { "The detail about the 47 families still waiting for rehousing after the March floods really "
    "stayed with me. We were one of them until August.",
    "Claire Dawson", "claire.dawson@gmail.com", NULL },
  { "As the article notes, the budget gap is £14 million. I'd like to know how much of that went on "
    "consultants' fees.",
    "Martin Reed", "martin.reed@btinternet.com", NULL },
  { "I use a VPN for work (the NHS makes us) and it still doesn't stop phishing texts. Teaching "
    "people matters more than any app.",
    "Sanjay", "sanjay.m@gmail.com", NULL },
  { "I lost £6,000 to a fake trading platform in 2024. I reported it to Action Fraud and the police, "
    "and the 'recovery agents' who contacted me afterwards were scammers too. Nobody legitimate "
    "charges upfront to recover funds.",
    "Paula Hughes", "paula.hughes@outlook.com", NULL },
  { "The police cyber crime unit investigated my case for a year. No money back, but they did shut "
    "the website down. Report it at actionfraud.police.uk.",
    "Geoff", "geoff.b@yahoo.co.uk", NULL },
  { "A mi padre le estafaron con criptomonedas y luego le llamaron de una supuesta empresa de "
    "investigación para recuperar el dinero. Era otra estafa. Denunciad en la policía.",
    "Javier", "javier.m@gmail.com", NULL },
  { "I've been job hunting for eight months. Got a WhatsApp message offering £300 a day for liking "
    "videos, obviously a scam, but I can see why desperate people fall for it.",
    "Connor", "connor.w@gmail.com", NULL },
  { "副業の詐欺が増えているという記事、参考になりました。私の知人も「いいねするだけ」の仕事で騙されました。",
    "佐藤", "sato.k@yahoo.co.jp", NULL },
  { "刷单诈骗真的很多，我妈妈差点被骗，幸好银行打电话提醒了她。",
    "李华", "lihua@163.com", NULL },
  { "Saya juga pernah ditawari kerja dari rumah lewat WhatsApp, katanya cuma like video. Untung saya "
    "tidak transfer uang.",
    "Dewi", "dewi.s@gmail.com", NULL },
  { "Je fais de la saisie de données à domicile depuis deux ans pour une vraie entreprise. Jamais on "
    "ne m'a demandé de payer quoi que ce soit.",
    "Nathalie", "nathalie.p@orange.fr", NULL },
  { "My uncle followed a 'crypto mentor' on Instagram and lost his savings. Anyone promising weekly "
    "returns is lying.",
    "Jess", "jess.t@gmail.com", NULL },
  { "خسر أخي أمواله في تداول الفوركس بعد أن وثق بمدرب على إنستغرام. مقال مهم، شكراً.",
    "خالد", "khaled.a@hotmail.com", NULL },
  { "Barclays sent me a warning last week: they will never ask you to move money to a 'safe "
    "account'. The real number is on the back of your card.",
    "Irene", "irene.c@gmail.com", NULL },
  { "Emirates rebooked us through the app in ten minutes. Don't ring numbers you find on Google, "
    "some are fake agencies.",
    "Farid", "farid.k@gmail.com", NULL },
  { "If you smell gas, call the National Gas emergency line on 0800 111 999 straight away, it's free "
    "and 24/7.",
    "Alan", "alan.p@gmail.com", NULL },
  { "NHS 111 is the number to call if you're unsure. My daughter's fever was sorted within the hour.",
    "Becky", "becky.l@gmail.com", NULL },
  { "The council's FixMyStreet app is brilliant, I reported the pothole on Mill Lane and it was "
    "filled in a week. https://www.fixmystreet.com",
    "Norman", "norman.f@gmail.com", NULL },
  { "澳门赌场的新闻看了很心酸，我表哥就是网上赌博输光了积蓄。",
    "王伟", "wangwei@126.com", NULL },
  { "オンラインカジノは日本では違法です。記事にもっと詳しく書いてほしかった。",
    "田中", "tanaka.h@gmail.com", NULL },
  { "불법 온라인 카지노 때문에 친구가 빚을 졌어요. 정부가 더 강하게 단속해야 합니다.",
    "지훈", "jihoon.k@naver.com", NULL },
  { "ลูกชายเพื่อนติดพนันออนไลน์จนเป็นหนี้ ขอบคุณที่เขียนบทความนี้ครับ",
    "ประเสริฐ", "prasert.k@hotmail.com", NULL },
  { "Nhà cái online đã làm nhiều gia đình ở quê tôi tan nát. Cảm ơn báo đã lên tiếng.",
    "Quang", "quang.n@gmail.com", NULL },
  { "मेरे भाई ने ऑनलाइन रमी में पचास हज़ार रुपये गँवा दिए। सरकार को इन ऐप्स पर रोक लगानी चाहिए।",
    "सुनील", "sunil.v@gmail.com", NULL },
  { "As a freelance writer I've been offered money to slip backlinks into old articles. It's an open "
    "secret in the industry and it damages trust in the press.",
    "Hannah Ross", "hannah.ross@gmail.com", NULL },
  { "Would the paper take a guest piece from our residents' group on the bypass? Happy to write it "
    "unpaid, no links needed.",
    "Colin", "colin.h@gmail.com", NULL },
  { "Please don't download modded APKs from random sites, my son's phone got a banking trojan that "
    "way. Stick to the Play Store.",
    "Wendy", "wendy.j@gmail.com", NULL },
  { "The council's bin collection app keeps crashing on Android, anyone else? Download the update "
    "from the Play Store, version 3.2 fixed it for me.",
    "Phil", "phil.r@gmail.com", NULL },
  { "My sister met her husband on Hinge, so not every dating app is a scam. But 'check my profile' "
    "messages from strangers are always bots.",
    "Amy", "amy.k@gmail.com", NULL },
  { "Good piece on the high street closures. We've lost three shops on our road this year.",
    "Dave at Baker's Hardware", "dave@bakershardware.co.uk", "https://bakershardware.co.uk" },
  { "加油！", "小林", "xiaolin@qq.com", NULL },
  { "เห็นด้วยครับ", "สมศักดิ์", "somsak.t@gmail.com", NULL },
  { "좋은 기사 감사합니다", "민지", "minji.l@naver.com", NULL },
  { "Спасибо, очень полезно.", "Ольга", "olga.s@yandex.ru", NULL },
  { "ありがとうございます。", "鈴木", "suzuki.m@gmail.com", NULL },
  { "This is a thoughtful, well-researched piece. As a retired teacher, I appreciate how clearly it "
    "explains the funding formula. I'd love a follow-up on rural schools.",
    "Margaret Ellis", "m.ellis@btinternet.com", NULL },
  { "If you've been scammed, the charity Victim Support is free: call 08 08 16 89 111. They helped "
    "me after my crypto loss.",
    "Terry", "terry.d@gmail.com", NULL },
  { "The Santander number in the article is wrong: it should be 0800 9 123 123, as on their own "
    "website.",
    "Lorraine", "lorraine.b@gmail.com", NULL },
  { "The photographer says the full gallery is 'link in bio' on her Instagram, but I couldn't find "
    "it. Could the paper post it?",
    "Ruby", "ruby.a@gmail.com", NULL },
  { "I earn a little from home marking exam papers for AQA every summer. Real work, no fees, and "
    "they pay by bank transfer.",
    "Keith", "keith.m@gmail.com", NULL },
};

/* The held-out figure, 16 of 30 and none of 40 (one flagged at the
 * first scoring, now not), as a floor */
static void
test_heldout17_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 16);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout17_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Written after the round's rules without reading their words again,
 * and scored once: 1 of 5 caught and none of 5 flagged; 5 of 5 since */
static const Comment spam_later[] = {
  { "Really interesting to read about the bridge closure adding 40 minutes to commutes. Long drives are "
    "tough on the back, and a good lumbar cushion makes all the difference. I found mine at "
    "comfyback-store.com and haven't looked back.",
    "Grace Whitfield", "grace.whitfield.home@gmail.com", NULL },
  { "Probleme mit Ihrem PayPal-Konto oder eine unberechtigte Abbuchung? Rufen Sie den PayPal "
    "Kundendienst an: +49 800 555 0123, rund um die Uhr erreichbar.",
    "PayPal Hilfe", "paypal.hilfe.de@gmail.com", NULL },
  { "재택 부업 모집! 하루 1~2시간 유튜브 좋아요 누르고 일당 10만원 지급. 카톡 문의: job777",
    "부업", "buup.job777@gmail.com", NULL },
  { "استرجعت أموالي المسروقة من منصة تداول وهمية بمساعدة شركة تحقيقات رقمية. تواصلوا معهم عبر البريد: "
    "recover.funds.team@gmail.com",
    "سلمى", "salma.k88@gmail.com", NULL },
  { "Olá editor, gostaríamos de publicar um artigo patrocinado com link no seu site. Pagamos 100 dólares "
    "por publicação via PayPal. Qual é o seu preço?",
    "Ana Marketing", "ana.links@agenciaseo.com.br", NULL },
};

static const Comment genuine_later[] = {
  { "Really interesting to read about the bridge closure. My commute went from 20 to 60 minutes, so I've "
    "started cycling instead and my back thanks me.",
    "Owen", "owen.p@gmail.com", NULL },
  { "Meine Mutter bekam einen Anruf vom angeblichen PayPal-Kundendienst. Zum Glück hat sie aufgelegt und "
    "die Polizei informiert.",
    "Stefan", "stefan.m@web.de", NULL },
  { "저도 재택 부업 광고 보고 연락했다가 사기인 걸 알았어요. 기사 감사합니다.",
    "수진", "sujin.h@naver.com", NULL },
  { "خسرت مالي في منصة تداول وهمية، ثم اتصلت بي شركة تدعي أنها تسترجع الأموال مقابل رسوم. لا تصدقوهم.",
    "ياسر", "yasser.a@gmail.com", NULL },
  { "Sou editor de um pequeno jornal e recebo todos os dias pedidos de artigos patrocinados. Recuso "
    "todos.",
    "Paulo", "paulo.r@uol.com.br", NULL },
};

static void
test_heldout17_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers written after the rules for the later ten, to probe them
 * from the other side: none to be flagged */
static const Comment neighbours[] = {
  { "Really interesting to read about the repair café. I got mine from them, a toaster fixed for free, "
    "and it makes all the difference. Details at repaircafe.org",
    "Jill", "jill.w@gmail.com", NULL },
  { "Die Telekom-Hotline hat mir nach dem Hackerangriff geholfen, die Nummer 0800 330 1000 steht auf "
    "telekom.de.",
    "Jürgen", "juergen.k@t-online.de", NULL },
  { "微信 2025年的新功能让我妈妈也能视频通话了。", "陈静", "chenjing@163.com", NULL },
  { "The Emirates customer service team rebooked us after the cancellation; I called them on the "
    "number in the app.",
    "Nadia", "nadia.s@gmail.com", NULL },
  { "Hiring: our community café needs volunteers a day a week, email cafe@stmarys-hall.org.uk",
    "Rev. Anne", "anne.vicar@gmail.com", NULL },
};

static void
test_heldout17_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* Each new shape names itself */
static void
test_heldout17_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "The detail about", "quotes the story, then turns to a product" },
    { spam, G_N_ELEMENTS (spam), "Need to rebook", "as fake help desks do" },
    { spam, G_N_ELEMENTS (spam), "Facebook account", "as fake help desks do" },
    { spam, G_N_ELEMENTS (spam), "Si fuiste", "trace and recover lost money" },
    { spam, G_N_ELEMENTS (spam), "Offre d'emploi", "paid work by the day" },
    { spam, G_N_ELEMENTS (spam), "Заработок", "paid work by the day" },
    { spam, G_N_ELEMENTS (spam), "Nhà cái", "a casino’s deposit bonus" },
    { spam, G_N_ELEMENTS (spam), "Hi Editor", "money for a link in the site’s articles" },
    { spam, G_N_ELEMENTS (spam), "Download the new", "unofficial download" },
    { spam, G_N_ELEMENTS (spam), "Bored tonight", "the author’s profile" },
    { spam, G_N_ELEMENTS (spam), "加微信", "WeChat" },
    { spam, G_N_ELEMENTS (spam), "Interesting point", "e-mail address is at a site named for a trade" },
    { spam_later, G_N_ELEMENTS (spam_later), "Really interesting", "quotes the story, then turns to a product" },
    { spam_later, G_N_ELEMENTS (spam_later), "Probleme mit", "as fake help desks do" },
    { spam_later, G_N_ELEMENTS (spam_later), "재택", "KakaoTalk" },
    { spam_later, G_N_ELEMENTS (spam_later), "استرجعت", "trace and recover lost money" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the words this round's rules look for cut
 * short at the end of the text */
static void
test_heldout17_tiny (void)
{
  static const char * const contents[] = {
    "", "vx", "vx:", "vx:abcd", "加v", "apk", ".apk", "link in bio", "call", "helpline", "hacked", "nhà cái",
    "bonus", "首充", "兼职", "日结", "a day", "we pay", "niche edit", "this line", "worth a look", "a@b-c.d",
    "x@crypto-loans.", "@-", "victim support",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round's kinds, written by another hand before its
 * rules were read, scored before and after them, untrained: 13 of 14
 * spam caught and none of 10 readers flagged both times (the closest
 * readers: a bank's warning of "recovery" firms and a former forex
 * trader, 0.35, the suspect words). Missed both times: "hi handsome,
 * I'm lonely tonight 😘 see my photos on my profile" from an author
 * whose website is sweet-dates.club (0.30): the dating bait rule took
 * an author's website for a dating site only with "dating", "girls",
 * "singles"... inside its name. Now also with "dates", "romance",
 * "lovers", "amour" as a whole word of it; four readers probing that
 * stay under the line. */
static const Comment spot_spam[] = {
  { "Really interesting that the ferries recharge in eleven minutes. It reminds me how fast "
    "things move now — I started doing simple online tasks from my phone last month and already "
    "make $300 a day. Details on my page.",
    "Grace Turner", "grace.turner.jobs@gmail.com", "https://easy-task-income.site" },
  { "Hiring! Part-time work from home, rate videos and get paid daily 200-800 USD. No "
    "experience needed. WhatsApp +1 (302) 555-0147",
    "HR Team", "hr.recruit2026@gmail.com", NULL },
  { "Se buscan personas para trabajar desde casa, solo 2 horas al día, pagos diarios por "
    "Telegram @trabajo_facil_2026",
    "Empleo", "empleo.rapido@gmail.com", NULL },
  { "Dear editor, we would love to publish a guest post on your site with a do-follow link. "
    "We pay $150 per article. Reply to seo@linkreach-agency.com",
    "Link Reach", "seo@linkreach-agency.com", NULL },
  { "Lost money to a fake trading platform? Chainsleuth Recovery traced and returned my USDT "
    "in 72 hours. Email chainsleuth.recovery@protonmail.com",
    "Martha Klein", "martha.klein1961@gmail.com", NULL },
  { "If your flight was cancelled call the Lufthansa reservations desk 24/7 at +1-888-555-0193 "
    "(toll free) for instant rebooking",
    "Travel Help", "support@air-booking-helpdesk.us", NULL },
  { "最新线上娱乐城，注册即送88元，百家乐、老虎机天天返水，官网 www.88yule-vip.cc",
    "娱乐城", "vip@88yule-vip.cc", NULL },
  { "オンラインカジノで毎日稼げる！初回ボーナス3万円 → casino-jp-win.net",
    "カジノ", "info@casino-jp-win.net", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครเลย slot-pg888.com",
    "สล็อต", "admin@slot-pg888.com", NULL },
  { "Download the new Portvale Bet app (APK) and get 500 free coins: bit.ly/pvbet-apk",
    "Bet App", "apps@pvbet.app", NULL },
  { "hi handsome, I'm lonely tonight 😘 see my photos on my profile",
    "Anna 23", "anna23@sweet-dates.club", "https://sweet-dates.club/anna23" },
  { "Nice article.",
    "Buy Instagram Followers", "sales@followers-fast.shop", "https://followers-fast.shop" },
  { "My mentor Mr. Robert Hayes turned my $1,000 into $14,500 in three weeks with his forex "
    "signals. Contact him on WhatsApp +44 7700 900417, he is legit.",
    "Daniel", "daniel.w1988@gmail.com", NULL },
  { "Bu habere göre yatırım yapanlar kazanıyor! Deneme bonusu veren siteler için tıkla: "
    "denemebonusu-2026.com",
    "Bonus", "bonus@denemebonusu-2026.com", NULL },
};

static const Comment spot_genuine[] = {
  { "Eleven minutes to recharge seems quick. Does anyone know whether that includes the "
    "safety checks at the berth?",
    "Olu", "olu.a@gmail.com", NULL },
  { "I've been job hunting for months and the ferry company is hiring deckhands. Their "
    "careers page is on the council site if anyone else is looking.",
    "Tom", "tom.b@outlook.com", NULL },
  { "My bank texted a warning last week about 'recovery' firms that promise to get back money "
    "lost to crypto scams. They are scams too. Report to the police instead.",
    "Helen", "helen.c@btinternet.com", NULL },
  { "The ferry operator's customer line is 0300 123 4567, open 7am-7pm, if your crossing was "
    "cancelled. They refunded me within a week.",
    "Priya", "priya.s@gmail.com", NULL },
  { "我每天坐渡轮上班，希望新船能准时。",
    "李伟", "liwei@163.com", NULL },
  { "フェリーの充電が11分とは驚きです。冬でも同じでしょうか？",
    "佐藤", "sato.k@yahoo.co.jp", NULL },
  { "เรือไฟฟ้าดีมากครับ หวังว่าค่าโดยสารจะไม่แพงขึ้น",
    "สมชาย", "somchai@gmail.com", NULL },
  { "As a former forex trader I'd say: anyone promising 10x returns is lying. I lost my "
    "savings that way in 2019.",
    "Greg", "greg.h@yahoo.com", NULL },
  { "Nice article.",
    "Jo", "jo.p@gmail.com", NULL },
  { "Habere göre yeni feribotlar yazın geliyor, güzel haber. Teşekkürler.",
    "Ayşe", "ayse.k@gmail.com", NULL },
};

/* Readers probing the spot check's rule from the other side: not
 * "love", "date" or "amor" in a site's name */
static const Comment spot_neighbours[] = {
  { "I've been lonely since my wife died, and the ferry crew are always kind 😘 My photos of the old "
    "boats are on my blog.",
    "Frank", "frank.h@gmail.com", "https://i-love-ferries.blogspot.com" },
  { "Lonely tonight? The Silver Line is there for older people: 0800 470 8090. My photos from their "
    "tea afternoon are on my page.",
    "Maureen", "maureen@silverline-volunteers.org", "https://portvale-updates.org" },
  { "My daughter met her husband through a speed dating night at the ferry terminal café 😍 so sweet, "
    "my photos of the wedding are on my site",
    "Carol", "carol.d@gmail.com", "https://carol-save-the-date-weddings.co.uk" },
  { "Handsome new boats! 😍 My photos of the launch are on my page.",
    "Amor Ruiz", "amor.ruiz@gmail.com", "https://amor-ruiz-photo.es" },
};

static void
test_heldout17_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout17/untrained", test_heldout17_untrained);
  g_test_add_func ("/spam-heldout17/after", test_heldout17_after);
  g_test_add_func ("/spam-heldout17/later", test_heldout17_later);
  g_test_add_func ("/spam-heldout17/neighbours", test_heldout17_neighbours);
  g_test_add_func ("/spam-heldout17/reasons", test_heldout17_reasons);
  g_test_add_func ("/spam-heldout17/tiny", test_heldout17_tiny);
  g_test_add_func ("/spam-heldout17/spot-check", test_heldout17_spot_check);

  return g_test_run ();
}
