/* test-spam-heldout47-data.h: a forty-seventh round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story47: Osaka, Japan, where the 640-metre roof over the Momodani
 * Chūō shōtengai, a covered shopping street in Ikuno Ward built in
 * 1975, will be taken down and rebuilt from Monday 5 April 2027 to
 * Friday 31 March 2028; the head of commerce at the city's Economic
 * Strategy Bureau puts the cost at ¥1.86 billion, ¥1.1 billion of it
 * from the city, ¥520 million from a national subsidy and ¥240 million
 * from the shopkeepers' association; 124 shops and about 8,500
 * shoppers a day; works section by section, 80 metres at a time, each
 * section roofless for about six weeks, at night from 9pm to 5am, with
 * tents over the shopfronts by day; shops in a section under works to
 * get up to ¥150,000 a month for two months, applications from Monday
 * 1 February to Monday 15 March 2027; a pickle seller, 71, in the
 * arcade since 1979, whose regulars go to the supermarket when it
 * rains; a resident, 82, who walks there every morning with her
 * trolley, "the roof is my umbrella"; the Momodani 3-chōme
 * neighbourhood association asking for night works to stop at 11pm
 * near homes and for the Sunday morning market to carry on; a public
 * briefing on Saturday 14 November 2026 at 2pm at the Ikuno Ward Civic
 * Centre), in four sets, most of them in Japanese, polite and casual,
 * in Osaka dialect, with full-width digits and letters and ｗｗ, some
 * in English, Vietnamese, Korean, simplified and traditional Chinese,
 * Brazilian Portuguese, Taglish and Nepali.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an online casino, a "入金不要" $50 bonus and 100 free spins, the
 *     code ＯＳＡＫＡ７７, a full-width "ｈｔｔｐｓ" .top link, the same
 *     host in the website field (Japanese, full-width);
 *   - a side job "スマホ１台で１日３万円", a full-width ＬＩＮＥ ID, no
 *     link (casual Japanese);
 *   - a fake Sagawa 不在通知, a "sagawa-exp.co.jp-" look-alike nested
 *     in a .top host (Japanese);
 *   - a fake Sumitomo Mitsui card alert, ¥89,800 of unauthorised use,
 *     "ご本人確認" at a "smbc-card.jp-" look-alike .live host (keigo);
 *   - an invented entrepreneur's AI investment, "元本保証", "月利２０％",
 *     a free LINE group behind a .site shortener, a .site host in the
 *     website field (Japanese);
 *   - a 闇バイト, "即日払い・日給８万〜", carrying documents, Telegram or
 *     Signal only (Japanese);
 *   - a loan "ブラックOK・審査なし", the number in kanji numerals and
 *     dots (Japanese);
 *   - a broker for trainees changing to a Tokutei Ginou visa, a 45 man
 *     fee and a 15 man deposit, a Zalo number (Vietnamese);
 *   - a dating come-on from a "26-year-old OL", a bare .xyz host, the
 *     same host in the website field (Japanese);
 *   - fake brand goods, "スーパーコピー", "N級品質保証", a .cn host in
 *     the text and the website field (Japanese);
 *   - Xiaohongshu, Douyin and Instagram followers and reviews for
 *     Chinese shop owners in Japan, a WeChat ID and a .cn link
 *     (simplified Chinese);
 *   - a 復縁 medium, "的中率９８％", the number in kanji numerals and
 *     full-width digits in pairs (Japanese).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a Korean tourist who walked the arcade in the rain without an
 *     umbrella, for the works (Korean);
 *   - against: ¥1.86 billion for a roof while the shutters stay down
 *     (Japanese in Osaka dialect);
 *   - a reply to ">>2", sarcasm on the March 2028 end date "（予定）",
 *     ｗｗ and 笑 (Osaka dialect);
 *   - a mother over the arcade, angry at a year of night works and a
 *     Saturday 2pm briefing, "？？" and "！！" (Osaka dialect);
 *   - an umbrella, a lantern, a crying kaomoji and praying hands only;
 *   - a reply to "@ケンジ＠生野", a resident of six years, a roof panel
 *     loose in a typhoon, fix the roof first (English);
 *   - a question to the reporter: is the ¥150,000 for a phở shop whose
 *     lease is in a Vietnamese husband's name, and can she apply in
 *     Vietnamese (Vietnamese);
 *   - a reader quoting a fake Japan Post redelivery SMS with its .top
 *     host to warn "詐欺注意", "絶対に開かないで" (Japanese);
 *   - a city.osaka.lg.jp page and a local news site's page cited
 *     (Japanese);
 *   - a Zainichi grandmother, 87, here since 1960, her granddaughter
 *     typing (Japanese with Osaka dialect);
 *   - a tempura and side-dish shop at the arcade's south end since
 *     1976 signing with its name, asking when its section is due, no
 *     phone, no link (Japanese);
 *   - a very short comment, "寂しい" (Japanese).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - hide-and-seek under the arcade as a child, then a removals firm,
 *     a free quote from ¥19,800, two numbers in full-width digits and
 *     its site (Japanese);
 *   - a factory worker who cycles past the arcade, then an e-bike shop
 *     behind an HTML <a href> on the words "cheap electric bicycle
 *     shop" (Vietnamese);
 *   - a reply to ">>2" agreeing about the shutters, a casino with a
 *     referral code in the website field only (Osaka dialect);
 *   - moved by the resident's words, then a medium in Tennōji who
 *     brought a boyfriend back, the number half in kanji numerals and
 *     half in full-width digits (Japanese);
 *   - a Filipina factory worker's shopping in the arcade, then an FX
 *     coach and his LINE ID (Taglish);
 *   - the pickle seller's point backed, then a loan "審査なし・保証人
 *     なし" for shopkeepers, the number split digit by digit by dashes
 *     (Japanese);
 *   - a Nepali neighbour's sympathy for the shops, then an agency for
 *     hotel and factory jobs in Osaka with a 3.5 lakh rupee fee, a +977
 *     and an 080 number (Nepali);
 *   - land prices after the works, then new condos "残りわずか",
 *     "頭金０円", a broker's number and site (Japanese);
 *   - the rent help called too small, then a fake city "特別給付金" of
 *     ¥300,000 for shops with a ¥3,300 fee on a "city-osaka.lg-jp"
 *     look-alike .site host (Japanese);
 *   - the empty shutters backed by a planning graduate, then a "fully
 *     funded" PhD scholarship with a $60 application fee (English);
 *   - praise for the neighbourhood association, then an online 民泊
 *     course "２９，８００円→今だけ９，８００円" (Japanese);
 *   - a Taiwanese family's rainy day in the arcade, then a Namba hotel
 *     52% cheaper at an "agoda.com-" look-alike .live host (traditional
 *     Chinese).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a daughter whose father nearly fell for a "compensation" call
 *     giving the consumer hotline 188 and the ward office's number and
 *     hours (Japanese);
 *   - a Korean grocery and kimchi shop in the arcade since her
 *     mother's day, the works welcome, her name and landline for
 *     elderly neighbours' questions, nothing sold (Japanese);
 *   - the city's official project page, the application dates and the
 *     briefing (Japanese);
 *   - the sums worked out: yen a metre, the city's share in percent,
 *     yen a shop and a shopper, the rent help, a bus line and its fare
 *     (Japanese);
 *   - a mother's SMS about ¥50,000 of compensation and an 050 number to
 *     call, relayed without quotation marks, "これは詐欺です" (Japanese);
 *   - the Osaka foreign residents' information centre and the
 *     immigration agency's site recommended, do not pay a "despachante"
 *     (Brazilian Portuguese);
 *   - a volunteers' group walking the elderly to the arcade on rainy
 *     days, free, its own .or.jp site (Japanese);
 *   - a palm reader under the arcade in the late Shōwa years who
 *     foretold a foreign husband, a story, no number (Osaka dialect);
 *   - a cyclist from Tsuruhashi linking a local news article on bike
 *     detours (Taglish);
 *   - a buyer whose flat, due April 2026, is still not delivered, the
 *     developer's branch landline named (Osaka dialect);
 *   - a high-school student asking about the briefing and the start
 *     date, full-width digits, ｗ (casual Japanese);
 *   - a reader mocking the spam under the story, casinos, 闇バイト,
 *     mediums and a Sagawa 不在通知 (Osaka dialect).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story47 =
  "Osaka to rebuild Momodani arcade roof in a year of night works\n\n"
  "OSAKA, Japan — The 640-metre roof over the Momodani Chūō shōtengai, a covered shopping street in Ikuno Ward built in 1975, will be taken down and rebuilt from Monday 5 April 2027 to Friday 31 March 2028, the city said on Wednesday.\n\n"
  "Masato Kurimoto, head of commerce at the city's Economic Strategy Bureau, put the cost at ¥1.86 billion: ¥1.1 billion from the city, ¥520 million from a national subsidy and ¥240 million from the shopkeepers' association. The arcade's 124 shops draw about 8,500 shoppers a day. Work will go 80 metres at a time, each section roofless for about six weeks, at night from 9pm to 5am, with tents over the shopfronts by day.\n\n"
  "Shops facing works may claim up to ¥150,000 a month for two months; applications run from Monday 1 February to Monday 15 March 2027.\n\n"
  "\"When it rains, my regulars go to the supermarket by the station. ¥150,000 does not cover two months of lost sales,\" said Fusako Hamaguchi, 71, who has sold pickles in the arcade since 1979.\n\n"
  "\"The roof is my umbrella,\" said Lee Sun-ok, 82, who walks there every morning with her trolley.\n\n"
  "The Momodani 3-chōme neighbourhood association asked that night works stop at 11pm near homes and that the Sunday morning market carry on. A public briefing will be held on Saturday 14 November 2026 at 2pm at the Ikuno Ward Civic Centre.";

static const Comment desk_spam[] = {
  { "🎰【入金不要ボーナス】今だけ新規登録で＄５０＋フリースピン１００回プレゼント！本人確認なし・最短３分で出金ＯＫ✨ 招待コード「ＯＳＡＫＡ７７」入力でさらに初回入金ボーナス２００％💰 大阪の勝ち組はもう始めてます👉 ｈｔｔｐｓ://lucky-naniwa-casino.top/jp?code=OSAKA77", "ナニワカジノ公式", "support@lucky-naniwa-casino.top", "https://lucky-naniwa-casino.top" },
  { "【副業】スマホ１台で１日３万円💰 主婦・学生・シニアＯＫ、ノルマなし、スキマ時間にタップするだけの簡単作業です♪ 先月は桃谷のパートさんも月４５万円達成しました！詳しくはＬＩＮＥで「副業」と送ってね→ ＩＤ：＠ｆｕｋｕ－ｍｏｎｅｙ８８ 先着３０名まで😊", "ゆみ＠在宅ワーク", "yumi.zaitaku2027@gmail.com", NULL },
  { "【佐川急便】お客様宛にお荷物のお届けにあがりましたが、不在の為持ち帰りました。配送物は下記よりご確認ください。https://sagawa-exp.co.jp-fuzai.xyz-delivery.top/c?id=48291 ※保管期限を過ぎますと差出人へ返送となります。", "佐川急便", "info@xyz-delivery.top", NULL },
  { "【三井住友カード】お客様のカードにおいて第三者による不正利用の可能性がございます（ご利用金額：89,800円／大阪市生野区）。ご利用を一時的に制限いたしました。下記URLより24時間以内にご本人確認をお願いいたします。https://smbc-card.jp-kakunin-service.live/login", "三井住友カード お客様センター", "security@jp-kakunin-service.live", NULL },
  { "実業家の堀之内タケル氏がテレビで「今年最後のチャンス」と語った新ＮＩＳＡ対応のＡＩ投資。元本保証・月利２０％、３ヶ月で資産が５倍になった主婦も続出しています。現在、堀之内氏本人が運営する無料ＬＩＮＥグループで推奨銘柄を毎日配信中。参加はこちら→ https://bit-link.site/horinouchi-line 残り枠１２名です。", "堀之内タケル公式アシスタント", "assistant@horinouchi-ai.site", "https://horinouchi-ai.site" },
  { "【高額バイト】即日払い・日給８万〜💴 書類を受け取って運ぶだけのホワイト案件、大阪市内・日帰りＯＫ。身分証の写真だけで面接なし、未経験歓迎、１８歳以上。詳しい話はテレグラムかシグナルでのみ→ @osaka_quick_job ※冷やかし禁止", "大阪クイックワーク", "quickjob.osaka@proton.me", NULL },
  { "ブラックＯＫ・審査なし・在籍確認なし💴 他社で断られた方、自己破産・債務整理中の方もご相談ください。最短３０分で即日融資、５万〜５０万円まで。土日祝も対応、女性スタッフ在籍で安心。お電話は 〇八〇・四二七三・九一〇六（ナニワファイナンス）まで", "ナニワファイナンス", "naniwa.finance.loan@gmail.com", NULL },
  { "🇻🇳 Anh chị em TTS, kỹ sư đang ở Osaka, Kobe chú ý! Bên em nhận hồ sơ chuyển việc sang visa Tokutei Ginou (đặc định) ngành thực phẩm, xây dựng, lương 25-30 man/tháng, bao đỗ 100%, không cần thi tiếng Nhật. Phí hồ sơ chỉ 45 man, đặt cọc trước 15 man. Ai muốn làm thêm baito cuối tuần bên em cũng có. Liên hệ Zalo: 0936 418 257 (chị Thảo)", "Thảo Visa Nhật Bản", "thaovisa.osaka@gmail.com", NULL },
  { "はじめまして、桃谷に引っ越してきたばかりの２６歳ＯＬです♡ 大阪に友達がいなくて寂しくて…週末一緒にご飯行ける人いませんか？💕 プロフと写真はここに置いてるので、気になったらメッセージください→ momo-love-match.xyz 無料登録だけで見れます😘", "まりな💗", "marina@momo-love-match.xyz", "https://momo-love-match.xyz" },
  { "スーパーコピーブランド専門店 ルイヴィトン、シャネル、エルメス、ロレックス、ナイキ等 激安販売！Ｎ級品質保証、本物と同じ素材を使用、日本国内発送、代引き可能、送料無料。２点以上ご購入で１０％ＯＦＦ。ご来店をお待ちしております。https://www.brand-copy-jp.cn", "ブランドコピー専門店", "shop@brand-copy-jp.cn", "https://www.brand-copy-jp.cn" },
  { "在日华人老板看过来！🇯🇵 小红书、抖音、Instagram、谷歌地图好评 代刷代运营，真人粉丝1万只要2,980日元，点赞、播放量、五星好评24小时内到账。大阪开店、民宿、餐厅引流必备，不掉粉，掉了免费补。加微信：dlx_osaka888 或访问 https://fensi-up.cn/jp", "大阪流量推广工作室", "kefu@fensi-up.cn", NULL },
  { "【復縁・縁結び専門】離れてしまった彼の気持ちが必ず戻ります。霊視と秘伝の縁結び祈祷で的中率９８％、これまで３０００件以上の復縁を成就させてきました。悪縁切り、浮気相手との別れも承ります。初回鑑定無料。ご相談は 〇九〇 八五 ３二 六七 ４一 まで（２４時間受付）", "霊能者 紫苑（しおん）", "shion.reinou@ezweb.ne.jp", NULL },
};

static const Comment desk_genuine[] = {
  { "작년에 오사카 여행 갔을 때 모모다니 상점가에서 떡볶이랑 고로케 사 먹었어요. 비 오는 날이었는데 아케이드 덕분에 우산 없이 구경 다녔던 기억이 나네요. 지붕이 많이 낡긴 했더라고요. 공사 잘 끝나서 2028년에 꼭 다시 가보고 싶어요! 👍", "박지현", "jihyun.park92@naver.com", NULL },
  { "18億6千万もかけて屋根張り替えるより、空き店舗どないかするのが先ちゃうん。124軒言うてるけど、シャッター閉まってる店なんぼあると思てんねん。工事の1年で、またおばあちゃんがやってる店が何軒か辞めてまうで。", "ケンジ＠生野", "kenji.ikuno@yahoo.co.jp", NULL },
  { ">>2 せやせや。完成は2028年3月31日（予定）（予定は未定）ｗｗ 新しい屋根ができた頃には、下歩いてるの俺らと猫だけになってそうやけどな笑", "たこ焼き大好き", "takoyaki_suki@docomo.ne.jp", NULL },
  { "夜9時から朝5時まで工事って、真上に住んでる私らはいつ寝たらええの？？ 子どもまだ小さいのに毎晩ガンガンやられたら頭おかしなるわ！！ しかも説明会が土曜の昼2時って、商店街で働いてる人は店開けてるから行かれへんやん！！", "桃谷三丁目のママ", "momo3mama@icloud.com", NULL },
  { "☔🏮(´；ω；｀)🙏", "ぽん", "pon.pon0401@ezweb.ne.jp", NULL },
  { "@ケンジ＠生野 I get the frustration about the shutters, but I've lived near Momodani station for six years and that old roof is honestly scary. A panel came loose near the tofu shop during the typhoon two years ago and nobody wants that landing on a kid. Fix the roof first, then fight about the empty shops. Both can happen.", "Rachel Boyd", "rachel.boyd.osaka@gmail.com", NULL },
  { "Cho em hỏi phóng viên một chút ạ: vợ chồng em mở quán phở nhỏ trong shotengai Momodani Chūō được hai năm rồi, hợp đồng thuê nhà đứng tên chồng em (người Việt). Vậy tiền hỗ trợ 15 man/tháng có áp dụng cho cửa hàng do người nước ngoài làm chủ không ạ? Và nộp hồ sơ bằng tiếng Việt được không ạ? Em cảm ơn nhiều.", "Nguyễn Thị Hồng Nhung", "hongnhung.ng95@gmail.com", NULL },
  { "詐欺注意！！今朝、母のスマホにこんなSMSが来ました→「日本郵便：お荷物のお届けにあがりましたが住所不備のため持ち戻りました。再配達はこちら https://japanpost-jp.redeliver-info.top/r/77」 アーケード工事で配達が遅れるって噂に便乗してるみたいです。郵便局はSMSで再配達のURLなんて送ってきません。絶対に開かないで！", "佐々木 恵", "megumi.sasaki@yahoo.co.jp", NULL },
  { "説明会の前に読んでおくと良いです。市の公式ページ（工事区間の図と工程表あり）：https://www.city.osaka.lg.jp/keizaisenryaku/page/0000612345.html 地元目線ではこちらの記事がわかりやすかったです：https://www.ikuno-times.jp/news/2026/10/momodani-arcade-roof/ 区間ごとに約6週間ずつ屋根が無くなるそうです。", "松井 晃", "akira.matsui.osaka@gmail.com", NULL },
  { "ハルモニ（87）が言うのを孫の私が打ってます。「昭和35年に済州島から来て、ずっとこの商店街で買い物してきた。昭和50年に屋根ができた時はみんなで喜んだんよ。新しい屋根もええけど、工事の間もキムチ屋さんと豆腐屋さんが続けられるようにしてあげて。わたしが生きてるうちに完成してな」だそうです。", "高山 みゆ", "miyu.t.0822@icloud.com", NULL },
  { "桃谷中央商店街の南の端で、昭和51年から天ぷらとお惣菜の店をやってます。屋根が古くなって雨の日は通路がびしょびしょなので、工事には賛成です。ただ、うちの区間がいつ工事になるのか早めに教えてほしい。揚げ物は朝から仕込みがあるので、夜間工事の騒音や粉じんの対策も説明会で聞きたいです。天ぷらの丸福 店主", "天ぷらの丸福", "tenpura.marufuku@gmail.com", NULL },
  { "寂しい", "みー", "mii_0707@docomo.ne.jp", NULL },
};

static const Comment dressed_spam[] = {
  { "子どもの頃、桃谷の商店街の屋根の下で毎日かくれんぼして、駄菓子屋のおばちゃんによう怒られてました。屋根がなくなるのはちょっと寂しいですね。工事の騒音で引越しを考えている方、お見積もり無料、単身パック１９，８００円〜。０６‐６７１２‐４０８８／０８０‐３９５１‐２２７４ https://ikuno-hikkoshi-center.jp まで！", "生野引越センター", "info@ikuno-hikkoshi-center.jp", "https://ikuno-hikkoshi-center.jp" },
  { "Em làm ở xưởng gần ga Momodani, ngày nào cũng đạp xe qua shotengai. Sửa mái cả năm thì trời mưa chắc ướt hết 😢. Ai cần xe đạp điện thì em mua ở <a href=\"https://xedapdien-osaka.shop/vn?ref=momodani\">cửa hàng xe đạp điện giá rẻ</a> này, xe Panasonic, Yamaha cũ chỉ 3 man, ship tận nhà, tháng này giảm thêm 10%.", "Trần Văn Hậu", "tranvanhau.jp@gmail.com", NULL },
  { ">>2 ほんまそれ。屋根の前に空き店舗やで。うちのおかんの店もコロナで閉めてから、ずっとシャッター下りたままや。市はええとこしか見てへんねん。", "だいき", "daiki.momodani@gmail.com", "https://osaka-jackpot.online/join?ref=DAIKI0404" },
  { "李さんの「屋根はわたしの傘」って言葉、泣きそうになりました。うちの祖母も毎朝この商店街を歩いてました。実は私、５年付き合った彼と別れて何も手につかなかった時に、天王寺の先生に霊視してもらって、２か月で彼が戻ってきたんです。本当に救われました。先生の番号は 〇八〇‐九二七四‐４０１３ です。", "みさき", "misaki.0315@ezweb.ne.jp", NULL },
  { "Grabe, 3 years na akong nagwo-work sa factory dito sa Ikuno at lagi akong namimili sa Momodani shotengai, sayang yung roof pero kailangan talaga ayusin. Share ko lang, dati sakto lang sahod ko pang padala sa pamilya, pero since sumali ako sa FX class ni Coach Rommel, kumikita na ako ng ¥200,000 extra every month kahit part-time lang. Add niyo siya sa LINE: rommel_fx_sensei 🙏", "Jenny Dela Cruz", "jennydc.osaka@gmail.com", NULL },
  { "浜口さんの言う通り、１５万円じゃ二か月分の売上の穴なんか埋まりません。うちも前の工事の時に仕入れの支払いが苦しくて、審査なし・保証人なしで貸してくれる所に助けてもらいました。商店主さん向けに即日５０万まで、銀行みたいに待たされません。困ってる方は 0-9-0-6-1-8-4-7-2-3-5 の田中さんに電話してみて。", "商店街の八百屋", "yaoya.momo@yahoo.co.jp", NULL },
  { "म पनि इकुनोमा बस्छु, मोमोदानी सोतेन्गाईको छाना बनाउँदा पसलहरूलाई धेरै गाह्रो होला। तर जापानमा राम्रो काम नपाएका नेपाली साथीहरूका लागि खुसीको खबर: हाम्रो एजेन्सीले ओसाकाको होटल र फ्याक्ट्रीमा काम दिलाउँछ, तलब २५ मान, भिसा परिवर्तन पनि हामी नै गर्छौं। प्रोसेसिङ शुल्क ३ लाख ५० हजार रुपैयाँ मात्र। सम्पर्क: +977 984-1276530 वा जापान 080-4623-9917 (Viber/WhatsApp)", "राजेश श्रेष्ठ", "rajesh.shrestha.jp@gmail.com", NULL },
  { "アーケードが新しくなったら桃谷の地価は確実に上がりますよね。駅近で商店街も便利、子育て世代にも人気のエリアです。実はいま、桃谷駅徒歩４分の新築分譲マンションが残りわずか。頭金０円、月々６．８万円から購入可能、２０２８年春入居予定。モデルルームのご予約は担当：西川 ０７０‐５５１８‐３０４２ または https://momodani-residence.jp/model まで。", "西川｜リバティ不動産", "nishikawa@momodani-residence.jp", "https://momodani-residence.jp" },
  { "家賃支援が月１５万じゃ少なすぎると思ってたら、大阪市から工事区間の店舗に一律３０万円の特別給付金も出るそうです。知り合いの喫茶店さんはもう振り込まれたとか。申請は https://city-osaka.lg-jp.kyufu-shinsei.site/momodani から、事務手数料３，３００円をカードで払うだけ。締切は１２月１８日らしいので、商店街の方はお早めに！", "前川 陽子", "yoko.maekawa@gmail.com", NULL },
  { "The point about the empty shutters is the real story here. I did my master's on shōtengai revitalisation in Osaka and Momodani was one of my case studies. For anyone in urban planning: I'm now on a fully funded PhD in Kyoto through the Asia-Pacific Urban Futures Scholarship, tuition, housing and ¥180,000 a month. Just a refundable $60 application fee, deadline 10 December: apuf-scholarship.org/apply", "Hannah Kessler", "hannah.kessler.urban@gmail.com", NULL },
  { "町会の皆さんの意見、すごく大事だと思います。桃谷は鶴橋にも近くて外国人観光客がどんどん増えてるので、アーケードが新しくなったら民泊の需要はもっと伸びますよ。私のオンライン講座「ゼロから始める大阪民泊」では、空き家や空き店舗で月３０万円稼ぐ方法を教えています。通常２９，８００円→今だけ９，８００円！ https://minpaku-academy-osaka.online/lp", "民泊コーチ 美和", "miwa@minpaku-academy-osaka.online", "https://minpaku-academy-osaka.online" },
  { "去年帶爸媽去大阪，在桃谷那條商店街吃了韓式烤肉跟可樂餅，下雨天也不用撐傘，長輩走起來很輕鬆。可惜要整修一年。要去大阪的朋友提醒一下，我在 agoda.com-osaka-tw.live 訂的難波飯店比官網便宜了52%，到飯店再付款，真心推薦！", "陳怡君", "yijun.chen0610@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "工事に便乗した「補償金」「給付金」の電話や訪問があったら、お金を払う前に消費者ホットライン188（いやや！）に電話してください。最寄りの消費生活センターにつながります。生野区役所の総合案内 06-6715-9020 でも平日9時〜17時半に相談できます。うちの父も危なかったので…", "岡本 由紀子", "yukiko.okamoto@gmail.com", NULL },
  { "商店街の真ん中あたりで、母の代から韓国食材とキムチの店をしている金田商店の金田です。屋根は雨漏りがひどくて、工事は本当にありがたいです。ご近所のお年寄りで、自分の家の前がいつ工事になるのかわからない方は、店に聞きに来てください。お電話（06-6731-4527）でも大丈夫です。", "金田 英子", "kaneda.shoten@yahoo.co.jp", NULL },
  { "工程表が出てます。区間ごとの工事時期は市のページ https://www.city.osaka.lg.jp/keizaisenryaku/page/0000612377.html にPDFがあります。家賃支援の申請（2027年2月1日〜3月15日）の様式も同じページからダウンロードできます。説明会は11月14日（土）14時、生野区民センターです。", "藤田 真理", "mari.fujita@docomo.ne.jp", NULL },
  { "計算してみた。総事業費18.6億円÷640m＝1mあたり約290万円。市の負担11億円は全体の59%。124店舗で割ると1店あたり1,500万円。来客1日8,500人×365日＝年間約310万人なので、1人あたり600円。家賃支援は最大15万円×2か月＝30万円。雨の日は市バス18系統で鶴橋まで7分、210円。", "河合 俊介", "shunsuke.kawai@yahoo.co.jp", NULL },
  { "生野区のみなさん気をつけて。うちの母に昨日ショートメールが来て、アーケード工事の補償金が5万円出るので、受け取りの手続きのために050-3184-7726に電話するようにと書いてあったそうです。母が電話したら、キャッシュカードの暗証番号を聞かれたと。これは詐欺です。区役所も市もそんな連絡はしません。", "中谷 さおり", "saori.nakatani@ezweb.ne.jp", NULL },
  { "Pessoal brasileiro aqui de Osaka: quem precisa renovar o visto ou tem dúvida de trabalho, não paguem \"despachante\" que cobra 100 mil ienes! O Centro de Informação para Residentes Estrangeiros da província de Osaka atende de graça e tem atendimento em português, e as informações oficiais sobre visto estão no site da Imigração: https://www.moj.go.jp/isa/ . Eu renovei sozinha em 2025 e paguei só o selo.", "Juliana Higa", "juliana.higa.br@gmail.com", NULL },
  { "私たち「ももだに見守り隊」は、商店街のお年寄りの買い物を手伝うボランティアのグループです。工事の間、雨の日はご自宅から商店街まで付き添い、荷物持ちをします。もちろん無料です。利用の申し込みや、ボランティアに参加したい方はホームページ https://www.momodani-mimamori.or.jp からどうぞ。", "ももだに見守り隊", "info@momodani-mimamori.or.jp", "https://www.momodani-mimamori.or.jp" },
  { "懐かしいなあ。昭和の終わり頃、商店街の角に易者のおじいさんが座ってて、高校生の私は友達と千円ずつ出して手相見てもろたんです。「あんたは海の向こうの人と結婚する」言われて笑ってたら、ほんまに韓国の人と結婚して、今も桃谷に住んでます笑。あのおじいさん、屋根の下やから雨でも毎日おったんよね。", "ひろみ", "hiromi.park@yahoo.co.jp", NULL },
  { "Bike commuter ako from Tsuruhashi to Teradacho, lagi akong dumadaan sa tabi ng Momodani shotengai (bawal mag-bike sa loob kaya tinutulak ko lang). Kung isasara yung ilang parts ng arcade, saan kami dadaan? May magandang article dito about sa bike parking at detour habang may works: https://www.ikuno-times.jp/news/2026/10/momodani-jitensha-ukairo/ . Sana maglagay sila ng malinaw na signs para sa mga naka-bike.", "Mark Anthony Reyes", "markreyes.osk@gmail.com", NULL },
  { "2028年3月完成って、信用してええんかな。うちは桃谷の新築マンションを2024年に契約して、引渡しは2026年4月の予定やったのに、まだ入居できてません。売主の大興ハウジング大阪支店（06-6772-8150）に電話しても「資材の遅れで」としか言わへん。今度はアーケード工事でまた延びる言うてるけど、その間の家賃は誰が払うんやろ。", "井上 拓也", "takuya.inoue@gmail.com", NULL },
  { "説明会１１月１４日の１４時かー、バイトあるから行かれへん😭 オンライン配信とかないんかな？ あと工事って２０２７年４月５日からやんな？ 高校の帰りにいつも寄ってるコロッケ屋さん、工事中も開いてたらええな〜ｗ", "ゆな", "yuna.h2009@icloud.com", NULL },
  { "コメント欄見てたら、カジノに副業に闇バイト、復縁の先生にブランドコピー、挙げ句に佐川の不在通知まで揃ってて、ここが一番にぎやかな商店街やんｗ アーケードより先にこの欄に屋根つけたって（管理人さん頼むで）。みんな、コメントに書いてある番号やURLは絶対に触ったらあかんで。", "大阪のおっちゃん", "osaka.occhan@gmail.com", NULL },
};
