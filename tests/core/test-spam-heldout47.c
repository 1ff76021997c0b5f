/* test-spam-heldout47.c: a forty-seventh round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Osaka, Japan
 * (the 640-metre roof over the Momodani Chūō shōtengai in Ikuno Ward
 * taken down and rebuilt from 5 April 2027 to 31 March 2028, ¥1.86
 * billion, night works section by section, up to ¥150,000 a month for
 * the shops under works, a briefing on 14 November 2026):
 * test-spam-heldout47-data.h, which says what each comment is. Most of
 * them in Japanese, polite and casual, in Osaka dialect, with full-width
 * digits and letters; others in English, Vietnamese, Korean, simplified
 * and traditional Chinese, Brazilian Portuguese, Taglish and Nepali.
 *
 * Before the round, under the story and without it: desk 10 of 12
 * caught and 1 of 12 readers flagged; dressed 5 of 12 and 0 of 12. What
 * was missed sold in Japanese what no rule read in Japanese (its words
 * run together, and the word lists read most languages as whole words),
 * or gave its number in a way no check read as one: a loan "ブラックOK・
 * 審査なし・在籍確認なし… 即日融資", its number in kanji numerals
 * parted by middle dots, "〇八〇・四二七三・九一〇六" (0); a 復縁 medium's
 * "霊視" and "縁結び祈祷", "〇九〇 八五 ３二 六七 ４一", numerals and
 * full-width digits in pairs (0); and, dressed, a removals firm's "お見
 * 積もり無料" and "単身パック１９，８００円〜", its numbers parted by
 * the hyphen Japanese input writes (U+2010), "０６‐６７１２‐４０８８",
 * read as no number, at ikuno-hikkoshi-center.jp (0.15, its link); a
 * medium in Tennōji who "霊視してもらって… 彼が戻ってきた", "〇八〇‐九二
 * 七四‐４０１３" (0); a Taglish FX coach, "kumikita na ako ng ¥200,000
 * extra… add niyo siya sa LINE: rommel_fx_sensei", LINE's name in a
 * Latin text and an ID with no digit (0); a loan "審査なし・保証人なし" for
 * shopkeepers, the number a digit at a time between dashes, read, but
 * no loan rule in Japanese (0); a Nepali agency for hotel and factory
 * work in Japan with a "प्रोसेसिङ शुल्क" of 3.5 lakh rupees (0.45, its
 * messengers); new flats "残りわずか… 頭金0円… モデルルーム", the
 * broker's "070‐5518‐3042" read as none (0.15, its link); and a city
 * "特別給付金" to apply for at "city-osaka.lg-jp.kyufu-shinsei.site" for
 * a "事務手数料３，３００円" (0.49: its shop-like host and link; no
 * Japanese notice, a fee in yen no currency sign, and a government's
 * ".lg.jp" spelt with hyphens no government's dress). The reader flagged
 * quoted a fake Japan Post SMS with its https .top host under "詐欺注意！！
 * … 絶対に開かないで" (0.72: "詐欺" was no warning to the rule of the
 * endings spammers favour); of the probes below, the quoted card
 * phishing under "フィッシング詐欺です" stood at 0.53 for the same reason.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged (the Japan Post
 * warning at 0.49, its shop-like .top host and its link, as an English
 * reader quoting one stands), no new reason (each kind had one). In the
 * earlier tests one reader fell, the Yokohama city page at ".lg.jp" now
 * a public body's (0.15 to 0.00), and three spam comments rose: the
 * Korean "무직자, 신용불량자도 당일 대출" 0.55 to 0.78 and the Japanese
 * "スーパーコピーN級品" 0.72 to 0.87 (round 24), and an FX trader's
 * testimonial with "@karenlowe.fx" 0.00 to 0.50, now caught (the
 * families' tries).
 *   - a number in Chinese and Japanese numerals, alone or among digits,
 *     its groups parted by a middle dot, a long mark or a dash: a
 *     Japanese number, a zero first, or a Chinese mobile's eleven
 *     digits, a 1 and a 3 to a 9 first; tried only at a zero's or a
 *     one's numeral, its three bytes tested in place, and after a word
 *     of its script ("番号は〇九〇…") but not another numeral (-numbers.c);
 *   - the hyphen U+2010 (and U+2011, U+2212) as a dash, as the full-
 *     width one was already (-features.c);
 *   - "お電話は", "ご相談は", "お問い合わせは", "ご予約は" and the like
 *     before a number, plain or in numerals, as an invitation, beside
 *     Thai's (-patterns.c);
 *   - the messengers' checks moved out of -patterns.c to make room;
 *     Taglish's "sa LINE:" before an ID, an underscore in an ID counted
 *     as a digit is; a handle an arrow points to after a messenger's
 *     name ("テレグラムかシグナルでのみ→ @…") (-messengers.c, new);
 *   - loans in Japanese, Chinese and Korean, found inside words: 融資,
 *     ローン, 贷款, 대출 with 審査なし, ブラックOK, 保証人なし, 免审核,
 *     무심사, paid 即日; 闇金, 高利贷, 사채 as a reader's (-services.c);
 *   - Japan's medium: 霊視, 復縁成就, 悪縁切り, "彼氏が戻ってき" (not
 *     "復縁" alone, a couple's own); 詐欺, 霊感商法 as a warning
 *     (-trades.c);
 *   - Nepal's jobs abroad, "काम दिलाउ", "तलब", Japan, Korea, Malaysia and
 *     the Gulf in Devanagari, a "प्रोसेसिङ शुल्क"; Japan's and Korea's
 *     flats, "マンション", "分譲", "분양", with "残りわずか", "頭金0円",
 *     "モデルルーム", "선착순" as a sale's pressure, "遅れ", "延期" as a
 *     buyer's (-brokers.c);
 *   - free quotes in Japanese, Chinese and Korean, found inside words
 *     (-reach.c); a removals firm's "hikkoshi", "banjia" in a host, and
 *     Japan's local governments' ".lg.jp" as a public body's; the news
 *     and consumer bodies' hosts moved here from -offers.c (-hosts.c);
 *   - a Japanese, Chinese or Korean notice: a 給付金, a 還付金, a parcel
 *     "不在" or to "再配達", "申請", "下記よりご確認", a "手数料" as the
 *     form's fee with a sum in yen, yuan or won written after its digits
 *     (0.55); 詐欺, 偽サイト, 開かないで as a warning (-notices.c);
 *   - a government's ending spelt with a hyphen for a dot ("lg-jp",
 *     "go-jp", "go-th") as an address dressed as a government's, "申請"
 *     as its form (-neighbours.c);
 *   - a card alert in Japanese, Chinese and Korean, "不正利用", "ご本人確
 *     認", "を一時的に制限", "24時間以内", "본인 확인", as phishing's, and
 *     "フィッシング", "詐欺", "스미싱" as a reader's (-offers.c);
 *   - 詐欺, 诈骗, 詐騙, 사기 as a warning of a link; "fx" a trade, Tagalog's
 *     "kumikita na ako" a testimony, "add niyo siya" a referral (-bait.c);
 *     詐欺, 闇金, 霊感商法, フィッシング as talk of spam (-hideouts.c);
 *     what is quoted in 「」 and 『』 blanked, and what "が来ました",
 *     "と書いてあった" relays, in a warning (-relays.c);
 *   - copies of brands in Japanese, Chinese and Korean ("スーパーコピー",
 *     "N級", "原单", "짝퉁"), the brands in katakana, Chinese and Hangul,
 *     their sale ("販売", "送料無料", "包邮", "판매") (-lures.c);
 *   - a booking site's look-alike ("agoda.com-osaka-tw.live") whose sale
 *     is told in the text in Chinese, Japanese or Korean ("便宜了52%")
 *     (-seasonal.c).
 * Twelve readers probe the new rules (probe_readers): a greengrocer
 * whose landline is in kanji numerals after "お電話は… まで" (0.45, as an
 * English shop's "call us" stands); sums and dates in kanji numerals
 * and a husband's 副業; the city's loan scheme "保証人なし" at its own
 * .lg.jp page; a loan flyer quoted, its number in numerals, "闇金";
 * a medium's "霊視で復縁成就" for ¥300,000, "霊感商法の詐欺"; parents
 * who "復縁しました", a 縁結び shrine and the ward's family desk's
 * number; a card phishing mail quoted with its look-alike .live link,
 * "フィッシング詐欺です" (0.15); a 給付金 SMS at a "lg-jp" look-alike
 * with its "事務手数料", "詐欺です"; a buyer told "残りわずか", "頭金0
 * 円", the handover a year late; a Nepali warning of the "प्रोसेसिङ
 * शुल्क", "ठगी", the embassy's number; a Filipina's "sa LINE: Ikuno Pinoy
 * Community", "FX coach… budol"; a mover recommended with "見積もり無料"
 * and its landline (0.35): none is flagged.
 *
 * Still thin, though caught, each by one rule alone: the Tennōji medium
 * (0.50, the spell with its number), the shopkeepers' loan (0.50, the
 * loan with its number) and the "fully funded" PhD with a $60
 * "refundable" fee (0.50, the scholarship's fee, caught before the
 * round); nearest of the readers, the Japan Post warning (0.49).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout47-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "昭和五十四年からこの商店街で漬物屋をしております浜口の隣の八百屋です。工事の区間や日程がわからないお年寄りは、遠慮なく店まで聞きに来てください。お電話は 〇六・六七一二・四〇八八 まで（朝九時から夕方六時）。売り込みではありません。", "八百屋のよしこ", "yoshiko.yaoya@yahoo.co.jp", NULL },
  { "数字で見ると、総事業費十八億六千万円のうち市が十一億円、国が五億二千万円、商店会が二億四千万円。一区間八十メートルを六週間ずつ、工期は二〇二七年四月五日から二〇二八年三月三十一日まで。一二四店舗のうち三割がシャッターなら、夫の副業の計算より厳しい話です。", "数字好きの主婦", "kazu.suki@icloud.com", NULL },
  { "家賃支援とは別に、市の制度融資なら保証人なしで借りられる枠があるそうです（審査はあります）。条件は市のページ https://www.city.osaka.lg.jp/keizaisenryaku/page/0000598765.html に載ってます。銀行の窓口でも相談できます。", "中小企業診断士 森", "mori.shindanshi@gmail.com", NULL },
  { "うちのポストにも「ブラックOK・審査なし・即日融資、お電話は 〇八〇・四二七三・九一〇六 まで」ってチラシが入ってた。こんなん闇金やで。工事で売上落ちて困ってる店ほど狙われるから、絶対かけたらあかん。", "桃谷のおばちゃん", "momodani.obachan@gmail.com", NULL },
  { "母が「霊視で復縁成就」という先生に三十万円払いました。番号は 〇九〇‐八五三二‐六七四一 でしたが、今はもうつながりません。霊感商法の詐欺だと思います。同じような広告を見た方は警察か消費生活センターへ。", "田村 恵子", "keiko.tamura@gmail.com", NULL },
  { "うちの両親は一度別居して、十年後に復縁しました。縁結びで有名な神社にもお参りしたそうです。商店街の屋根の下で待ち合わせしたのが始まりだったので、工事は少し寂しい。家族のことで悩む人は区の家庭相談 06-6715-9012 もあります。", "ゆうこ", "yuko.k@docomo.ne.jp", NULL },
  { "こんなメールが来ました→「【三井住友カード】第三者による不正利用の可能性があります。24時間以内にご本人確認を https://smbc-card.jp-check.live/login」 フィッシング詐欺です。カード会社は公式アプリか裏面の番号で確認してください。", "西村 亮", "ryo.nishimura@gmail.com", NULL },
  { "母のスマホに「大阪市特別給付金：申請は city-osaka.lg-jp.kyufu.site から、事務手数料1,100円」というSMSが来ました。市は手数料なんて取りません。詐欺です。本物の案内は https://www.city.osaka.lg.jp だけです。", "岡田 真由美", "mayumi.okada@gmail.com", NULL },
  { "うちも桃谷の新築マンション、モデルルームで「残りわずか」「頭金0円」と言われて契約しました。引渡しは一年遅れ、売主の大阪支店（06-6772-8150）に電話しても担当者が変わるだけ。契約は急がないでください。", "吉田 修", "osamu.yoshida@gmail.com", NULL },
  { "जापानमा होटल र फ्याक्ट्रीमा काम दिलाउँछु भन्ने एजेन्सीलाई प्रोसेसिङ शुल्क नतिर्नुहोस्, त्यो ठगी हो। मेरो भाइले ३ लाख रुपैयाँ गुमायो। जानकारीका लागि टोकियोको नेपाली दूतावास: +81 3-3713-6241", "सीता गुरुङ", "sita.gurung.jp@gmail.com", NULL },
  { "Sumali kayo sa LINE group ng mga Pinoy dito sa Ikuno para sa updates ng construction, hanapin niyo lang sa LINE: Ikuno Pinoy Community. Ingat din sa mga FX coach na nag-a-add sa inyo, budol yan.", "Marites Santos", "marites.santos@gmail.com", NULL },
  { "去年の引越しは生野の丸山運送さん（06-6712-5530）にお願いしました。見積もり無料で、当日も追加料金なし。工事で引越しを考えてる人は、何社か見積もりを取って比べてください。", "佐藤 久美", "kumi.sato@gmail.com", NULL },
};

static const HeldoutRound round47 = {
  "/spam-heldout47", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story47,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round47);

  return g_test_run ();
}
