/* test-spam-heldout54-data.h: a fifty-fourth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source not
 * read, built or run), under an invented local story (story54: Busan, South
 * Korea, where the city will close 1.3 km of Mangyang-ro, the sanbok-doro
 * (mountainside road) above Sujeong-dong and Choryang-dong in Dong-gu, from
 * Tuesday 2 March to Friday 17 December 2027, to rebuild a 410-metre
 * retaining wall cracked in a typhoon in September 2026 and replace the
 * Sujeong "120 Steps" (Baekseumul Gyedan) with new stairs and an inclined
 * elevator; the head of the city's hillside regeneration division puts the
 * cost at 41.2 billion won, 26.8 billion from the city and 14.4 billion from
 * a national special grant for disaster safety; city buses 38 and 190 and
 * the Dong-gu 2 village bus go by Jungang-daero and Choryang Station, with a
 * temporary stop at Sujeong Station; the 23 households below the wall move
 * to rental flats in Beomil-dong with 1.5 million won a month for up to ten
 * months; owners of houses or shops damaged by the cracking can report it
 * until Friday 19 February 2027 at the Sujeong 1-dong community service
 * centre or on the Dong-gu office's website, free of charge; a woman, 79,
 * beside the stairs since 1968, "I'll believe the elevator when I ride it";
 * a corner shop owner, 62, 27 years on Mangyang-ro, "ten months with no bus
 * at my door is ten months with no customers"; the Sujeong-dong residents'
 * council, fourteen houses cracked in the typhoon, asks for work to stop at
 * 6pm and on Sundays and a shuttle van for the elderly; a public
 * consultation on Saturday 30 January 2027 at 2pm in the Sujeong 1-dong
 * community service centre; questions and claims to the city's free line
 * 080-440-2754), in four sets, most of them in Korean (Hangul, with ㅋㅋ, ㅠㅠ,
 * ㅎㅎ, ㄷㄷ, ㅡㅡ and the spacing of comment sections), several in Busan
 * dialect (-심더, -예, 카모, 우째, 아이가, 오이소), some mixing Korean with
 * English words or Latin-letter brand names, two in English, one in
 * Japanese and one in simplified Chinese; with KakaoTalk IDs and open chats,
 * 010 mobile and 051 Busan numbers, 080 free lines, won amounts in 만 and 억,
 * and .go.kr sites.
 *
 * The first, the spam any site's form lets through (desk_spam), in order:
 *   - an illegal sports betting (토토) site, first-deposit and reload
 *     bonuses, a 300 million won deposit "against 먹튀" (sites that keep
 *     winnings), KBO and the Lotte Giants, a join code in full-width letters
 *     and digits, a .top host in the text and the website field, a Telegram
 *     handle (Korean);
 *   - a same-day private loan (급전), the jobless, housewives, bad credit and
 *     arrears all OK, money in 30 minutes, a 010 number in Hangul number
 *     words with letters l and O for digits, a KakaoTalk ID (Korean);
 *   - a fake Busan city "민생회복 지원금" (living-costs relief) of 250,000 won
 *     a person that "lapses" on 19 February, a "busan-go-kr." look-alike
 *     .shop host without a scheme, asking for the account number and its
 *     password (Korean);
 *   - a buyer of bank accounts (통장 삽니다/임대), 3 million won a month an
 *     account for the check card and OTP sent by courier, "100 per cent
 *     legal", a KakaoTalk ID and a Telegram handle (Korean);
 *   - cashing out phone micropayments and content charges (소액결제
 *     현금화) at 85 per cent and buying gift cards at 92, a 010 number in
 *     full-width digits, a KakaoTalk ID (Korean);
 *   - a private detective agency (흥신소, 심부름센터): people and debtors
 *     traced, a spouse's affair, a car's location, an ex-police team, a
 *     refund if nothing is found, the 010 number in Hangul words with dots,
 *     an .example host in the text and the website field (Korean);
 *   - a "consultancy" buying the relocation entitlements ("딱지") and
 *     compensation claims of hillside houses to be demolished, cash before
 *     the compensation comes, "+30 per cent over the appraisal", a 051
 *     number with a letter O for a zero (Korean);
 *   - a free stock-tips chat room (리딩방) run by a "former analyst", three
 *     limit-up stocks a day, a 92 per cent hit rate, "losses 100 per cent
 *     made good", a KakaoTalk open chat name and entry code (Korean);
 *   - a shaman (애기보살) from Yeongdo, 28 years since her spirit
 *     initiation, "100 per cent" fortunes, talismans by courier, gut rites,
 *     a warning of 동티 (ill luck from disturbing the ground) to those facing
 *     works or a move, the 010 number in Hangul number words (Korean);
 *   - an SEO agency, Naver and Google top rankings, guest posts with
 *     dofollow backlinks, casino, toto, loan and adult keywords accepted,
 *     ₩150,000 or US$ 110 prepaid, blog distribution, an .example host in the
 *     text and the website field (Korean mixed with English);
 *   - an adult come-on, a "home Thai" and Swedish massage call-out in
 *     Seomyeon, Haeundae and Gwangalli, the .xyz host spelt with spaces and
 *     "[쩜]" for the dot, a KakaoTalk ID, the host in the website field
 *     (Korean);
 *   - a K-ETA (electronic travel authorisation) "agent" for Japanese
 *     visitors, "refused entry at Gimhae airport" without it, 9,800 yen, a
 *     card number and a passport photo, a "k-eta-go-kr." look-alike .site
 *     host, a full-width LINE ID (Japanese).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother whose child climbs the 120 Steps to Sujeong primary
 *     school, scared by the cracked wall, for the works if the December date
 *     holds (Korean);
 *   - against: a dry cleaner on Mangyang-ro for 22 years, half his
 *     customers grandmothers off bus 38, no compensation for lost trade
 *     (Busan dialect);
 *   - sarcasm: the "sanbok-doro renaissance" since 2011, elevators always
 *     "done next year", the Expo, rice cakes handed out at the wall on 17
 *     December or at the Dong-gu office if it is not done (Korean);
 *   - a reply to "@박영호": the residents' council will raise the shops'
 *     case at the consultation, its date, time and place, everyone come
 *     (Busan dialect);
 *   - a reader shouting, "412억!!!!!", complaints about the wall since 2019,
 *     "NO MORE 땜질 (patching)!!! REBUILD IT RIGHT THIS TIME!!!" (Korean with
 *     English capitals);
 *   - a building crane, a ladder, an old woman, a bus and praying hands
 *     only;
 *   - a grandmother above the stairs with bad knees, typed by her grandson:
 *     how will she get to hospital in ten months, asks for the shuttle van
 *     (Busan dialect);
 *   - a reader quoting a phone call to her father from a "Dong-gu office
 *     official", 3.8 million won of compensation against a 150,000 won "fee"
 *     to a Nonghyup account, the caller's 010 number, to warn that it is a
 *     fraud and that claims are free (Korean);
 *   - an English teacher in Choryang giving the city's and the Dong-gu
 *     office's sites for the closure map and detours, the claim form in
 *     Korean only (English with a Korean word);
 *   - a son of a refugee who came from Hungnam in the winter of 1950 and
 *     built a shack on the hill, the steps laid by neighbours in the 1970s,
 *     asks for a small sign to tell the story (Korean);
 *   - a noodle shop at the foot of the stairs since 1987, signing with its
 *     name, asking where and until when its lorry can unload during the
 *     works, no phone, no link (Korean);
 *   - a very short comment, "may it end without anyone hurt" (Korean).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - the corner shop owner's words, then a marketing agency, Naver Smart
 *     Store, Place rankings, Baemin and Coupang Eats set up from 199,000 won
 *     a month, a 051 number and an .example host in the text and the website
 *     field (Korean);
 *   - a reply to "@산복도로토박이" on the 41.2 billion won, then a Binance
 *     futures signal room, 5 million won turned into 42 million in three
 *     months, an open chat name and entry code (Korean);
 *   - 1.5 million won a month will not rent a room, then a "non-face-to-face"
 *     loan, 8 million won the same day, low credit OK, an open chat name and
 *     a 010 number in Hangul number words (Korean);
 *   - the 79-year-old's words, then 동티 from disturbing the ground, a father
 *     cured by a shaman's gut and talisman in Choryang, who also picks moving
 *     days, the 010 number in Hangul number words (Busan dialect);
 *   - ten months of noise, then a review "part-time job" at home, 3,000 won
 *     a Coupang review screenshot, 50,000 to 70,000 won a day, missions by
 *     KakaoTalk, a KakaoTalk ID (Korean);
 *   - the 23 households moved, then a furnished officetel near Choryang
 *     Station, 650,000 won a month, the owner "in Australia", two months'
 *     deposit first and the card key by courier, a KakaoTalk ID (Korean);
 *   - a reply to "@초량갈매기" about the rice cakes, a betting referral link
 *     in the website field only (Korean);
 *   - movers overcharge on the hillside, then a moving-quote site behind an
 *     HTML <a href> on "cheapest packing move in Busan" in Korean (Korean);
 *   - a visitor glad of the elevator, then "guaranteed 60 per cent off"
 *     dermatology, implants and eyelid surgery for foreigners, a 300,000
 *     won deposit by PayPal or Wise to a coordinator, a +82 WhatsApp number
 *     and an .example host (English);
 *   - shops closing, then a mother's restaurant fridge and dishwasher for
 *     sale, no meeting, paid only through a fake Bunjang "안전결제" (escrow)
 *     look-alike .site host (Korean);
 *   - the elderly's winter, then a "sharing society" collecting for the 23
 *     households to the treasurer's personal Busan Bank account, "the
 *     group's account opens next month", receipts "after registration"
 *     (Korean);
 *   - the 79-year-old's knees, then a joint supplement, off a walking stick
 *     in three weeks, "better than injections", 1+1 at 39,800 won, an 080
 *     number with a letter O for a zero, "100 per cent refund" (Korean).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the police's 112, the Financial Supervisory Service's
 *     1332, 118 for spam texts and the city's free line, "call your bank to
 *     freeze a transfer", anyone adding you on KakaoTalk as "an official" is
 *     a fraud (Korean);
 *   - a pork soup (돼지국밥) restaurant under the wall moving to a lane by
 *     Sujeong Station from 8 March, its 051 phone for regulars, its prices,
 *     a Naver blog in the website field (Busan dialect);
 *   - the Dong-gu office's own notice: dates, detours, claims, the
 *     consultation and the free line, "no fee or transfer ever asked", its
 *     site in the text and the website field (Korean);
 *   - the sums worked out: won a metre, the moving allowance as a share of
 *     the cost, the national share, asks for the elevator and wall budgets
 *     apart (Korean);
 *   - a reader quoting a smishing text with a "bsdonggu-go-kr." look-alike
 *     .site host and 4.2 million won, to warn that bsdonggu.go.kr is the only
 *     site, reported to 118 (Korean);
 *   - the treasurer of a lane's 계 (rotating savings club), 200,000 won a
 *     month, twelve members, the February meeting moved for Seollal, her 010
 *     number, "cash at the meeting only, never by KakaoTalk or account"
 *     (Busan dialect);
 *   - a judicial scrivener (법무사) on the "딱지" and "advance compensation"
 *     ads: no entitlements in a wall rebuild, the compensation law,
 *     damages, no broker or fee, objections in writing, filing is free
 *     (Korean);
 *   - a church youth group collecting for the 23 households to the church's
 *     Busan Bank account, receipts from the church office, "never personal
 *     accounts or KakaoTalk transfers", the office's 051 number (Korean);
 *   - a lost brown poodle, Kongi, near the 120 Steps, the owner's 010
 *     number and a 300,000 won reward (Korean);
 *   - the Dong-gu volunteer centre asking for volunteers to carry the
 *     elderly's belongings, 1365 volunteer hours, a KakaoTalk channel and a
 *     051 number, "never any money from the elderly" (Korean);
 *   - a Chinese resident of Choryang-dong whose mother-in-law lives above
 *     the stairs, asking where buses 38 and 190 will stop and for a Chinese
 *     interpreter at the consultation (simplified Chinese);
 *   - a reader mocking the spam under the story, the toto, the account
 *     buyer, the detectives, the 딱지 buyer, the Yeongdo shaman, the
 *     officetel owner in Australia, the fake Bunjang link (Korean with a
 *     Busan ending).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story54 =
  "Busan to close the Mangyang-ro hillside road above Sujeong-dong for ten months to rebuild a cracked wall and the "
  "120 Steps\n\n"
  "BUSAN, South Korea — Busan Metropolitan City will close a 1.3-kilometre stretch of Mangyang-ro, the sanbok-doro "
  "(mountainside road) that winds above Sujeong-dong and Choryang-dong in Dong-gu, from Tuesday 2 March to Friday 17 "
  "December 2027, while it rebuilds a 410-metre retaining wall that cracked in a typhoon in September 2026 and "
  "replaces the Sujeong \"120 Steps\" (Baekseumul Gyedan) below it with new stairs and an inclined elevator, the "
  "city's hillside regeneration division said.\n\n"
  "Park Jeong-hun, who heads the division, put the cost at 41.2 billion won, 26.8 billion of it from the city and "
  "14.4 billion from a national special grant for disaster safety. City buses 38 and 190 and the Dong-gu 2 village "
  "bus will go by Jungang-daero and Choryang Station while the road is shut, with a temporary stop at Sujeong "
  "Station. The 23 households in the houses directly below the wall will move to temporary rental flats in "
  "Beomil-dong and receive 1.5 million won a month for up to ten months. Owners of houses or shops damaged by the "
  "cracking can report the damage until Friday 19 February 2027 at the Sujeong 1-dong community service centre or on "
  "the Dong-gu office's website, free of charge.\n\n"
  "\"I climb those steps four times a day. An elevator at my age? I'll believe it when I ride it,\" said Kim Sun-ja, "
  "79, who has lived beside the stairs since 1968.\n\n"
  "Lee Sang-cheol, 62, who has run a corner shop on Mangyang-ro for 27 years, said: \"Ten months with no bus "
  "stopping at my door is ten months with no customers.\"\n\n"
  "The Sujeong-dong residents' council says fourteen houses cracked in last year's typhoon and asks, through its "
  "chair Jeong Mi-gyeong, that work stop at 6pm and on Sundays and that a shuttle van carry elderly residents down "
  "the hill. A public consultation is set for Saturday 30 January 2027 at 2pm in the third-floor hall of the Sujeong "
  "1-dong community service centre. Questions and damage claims go to the city's free line, 080-440-2754.";

static const Comment desk_spam[] = {
  { "⚽ 메이저 토토사이트 '해운대벳' 신규 오픈 🔥 첫충 20% 매충 10% 돌발 15% 🔥 먹튀 시 보증금 3억 예치 완료!! KBO "
    "롯데 자이언츠 전경기, EPL·NBA 한도 無 배당 최고 ✔️ 가입코드 : ＨＤＢＥＴ５４ 입력 시 꽁머니 3만 즉시 지급 👉 "
    "haeundae-bet54.top 고객센터 텔레 @hdbet_cs",
    "해운대벳 고객센터", "cs@haeundae-bet54.top", "https://haeundae-bet54.top" },
  { "★당일 급전★ 무직자·주부·신용불량·연체자 다 OK!! 서류X 방문X 전화 한 통이면 30분 안에 입금 💸 50만~3000만 원 "
    "개인돈 비대면 진행, 부산·경남 전 지역 ㄱㄴ 상담 : 공일공 - 8l7O - 24육3 ☎ 카톡 : moneyhelp77 (문자 주시면 바로 "
    "콜백 드려요)",
    "김실장 급전", "kimsiljang.loan@hanmail.net", NULL },
  { "[부산광역시] 2027년 고물가 민생회복 지원금 1인 25만원 지급 대상자로 선정되셨습니다. 2월 19일까지 미신청 시 자동 "
    "소멸됩니다. 본인인증 후 신청▶ busan-go-kr.minsaeng-apply.shop/s54 (공동인증서, 지급받을 계좌번호 및 계좌 "
    "비밀번호 필요)",
    "부산광역시", "notice@minsaeng-apply.shop", NULL },
  { "💳 통장 삽니다 / 임대합니다 💳 개인·법인 통장 1개당 월 300만 원 지급 (선지급 가능) 체크카드+OTP만 택배로 "
    "보내주시면 끝! 게임 아이템·상품권 거래용이라 100% 합법, 명의자 불이익 전혀 없음 😎 주부, 대학생, 신불자 환영. "
    "카톡 ID : bank_rent 또는 텔레그램 @tongjang_king",
    "통장왕", "tongjangking@naver.com", NULL },
  { "📱휴대폰 소액결제·정보이용료·콘텐츠이용료 현금화📱 업계 최저 수수료, 최고 85% 지급! SKT/KT/LG U+ 알뜰폰까지 "
    "미납자도 가능, 24시간 5분 입금 ✅ 신용조회 없음 ✅ 컬쳐랜드·해피머니·구글기프트 상품권 매입도 92%! 상담 ☎ "
    "０１０－４７２１－９０５８ 카톡 change85",
    "소액결제 현금화 24시", "cash85.24@gmail.com", NULL },
  { "[부산 흥신소 / 심부름센터] 🔍 사람 찾기, 연락 끊긴 가족·채무자 소재 파악, 배우자 외도 증거 수집, 차량 위치 확인 "
    "📍 전직 형사 출신 팀이 해운대·서면·남포동·동래 당일 출동합니다. 비밀 100% 보장, 착수 후 결과 없으면 전액 환불!! "
    "문의 : 공일공.육삼구팔.이사일칠 / busan-find24.example",
    "부산 해결사", "haegyeolsa@busan-find24.example", "http://busan-find24.example" },
  { "🏠 산복도로 재생·재개발 이주 대상 세대 필독!! 이주대책 입주권, 철거 예정 주택 '딱지', 보상금 채권 최고가 현금 "
    "매입합니다. 보상금 나오기 전에 당일 선지급 가능, 동구·서구·영도·사하 전 지역. 감정평가액보다 +30% 보장!!! "
    "계약금 즉시 송금. ☏ 051-9O8-7745 대박부동산컨설팅 (이 실장)",
    "대박부동산컨설팅", "daebak.consulting@daum.net", NULL },
  { "📈 [무료 리딩방 입장 안내] 증권사 애널리스트 출신 '강대표'가 직접 찍어드리는 세력주·상한가 종목 매일 3개!! "
    "지난주 적중률 92%, 평균 수익률 +47% 🚀 2차전지·AI·방산 테마 선취매. 원금 손실 시 100% 보상 약속드립니다. 선착순 "
    "30명, 카톡 오픈채팅 검색 👉 '강대표 급등주 54' (참여코드 7788)",
    "강대표 급등주", "kang.leading54@gmail.com", NULL },
  { "🙏 신내림 받은 지 28년 '영도 애기보살' 🙏 재물운·사업운·궁합·이사 날짜·시험 합격 100% 적중!! 막힌 운 뚫어드리는 "
    "부적 (재물부·삼재부·합격부) 택배 발송 가능, 굿·천도재 상담. 공사나 이사 앞두신 분은 동티 나기 전에 꼭 연락 "
    "주세요. 전화 상담 30분 3만 원 ☎ 공일공 사칠칠이 팔팔육일",
    "영도 애기보살", "yeongdo.bosal@naver.com", NULL },
  { "Hi admin~ 네이버·구글 상위노출 전문 'RankUp Korea'입니다. 귀 언론사 사이트에 Guest Post + dofollow backlink "
    "게재를 원합니다. 카지노, 토토, 대출, 성인 키워드 OK, 건당 ₩150,000 or US$ 110 선불. 블로그 배포 100건 ₩99,000, "
    "지식iN 답변 작업도 가능합니다. Price list: https://rankup-korea.example/media-kit 😊",
    "RankUp Korea | 제니 팀장", "jenny@rankup-korea.example", "https://rankup-korea.example" },
  { "💋 서면·해운대·광안리 출장 홈타이 / 스웨디시 💋 20대 한국인 관리사 100% 실사, 후불제, 30분 내 도착 🚗 "
    "호텔·모텔·자택 다 가능 ㅎㅎ 👉 b u s a n - h o m e t h a i [쩜] x y z 카톡 ID : suyoung69",
    "💋미나 실장", "mina@busan-homethai.xyz", "http://busan-homethai.xyz" },
  { "【釜山へご旅行の皆さまへ】2027年から韓国入国にはK-ETA（電子渡航認証）が必須になりました！未申請だと金海空港で入"
    "国できません⚠️ 当センターなら日本語対応・最短30分で承認、代行手数料はたったの9,800円。クレジットカード番号とパス"
    "ポートの写真を送るだけ👉 k-eta-go-kr.visa-japan.site ＬＩＮＥ ID：keta_busan",
    "K-ETA申請サポートセンター", "support@visa-japan.site", NULL },
};

static const Comment desk_genuine[] = {
  { "저희 애가 수정초 다니는데 매일 백스무계단으로 등교해요. 작년 9월 태풍 지나고 옹벽에 금 간 거 보고 진짜 가슴이 "
    "철렁했어요ㅠㅠ 비 오는 날엔 계단 난간도 흔들리고요. 10개월 불편한 거 감수할게요, 애들 안전이 먼저니까요. 대신 "
    "12월에 끝난다는 약속은 꼭 지켜주세요!!",
    "이은정", "eunjeong.lee82@naver.com", NULL },
  { "망양로에서 세탁소 한 지 22년 됐심더. 버스 안 서모 손님도 없는 기라예. 우리 손님 반이 38번 타고 오는 할매들인데 "
    "열 달 동안 중앙대로로 돌린다 카모 우리는 우째 먹고 사노. 옹벽 땜에 금 간 집은 신고하라 카는데 손님 끊기는 거는 "
    "보상 한 푼도 없다 카네. 공사 반대는 안 하는데 이거는 아이다.",
    "박영호", "parkyh_laundry@daum.net", NULL },
  { "산복도로 르네상스 2011년부터 한다 캤고, 엘리베이터는 맨날 '내년 완공'이고, 엑스포는 뭐… ㅋㅋㅋ 12월 17일 완공? "
    "그날 제가 옹벽 앞에서 떡 돌립니다. 안 끝나면 동구청 앞에서 돌리고요 ㅎㅎ",
    "초량갈매기", "choryang.gull@gmail.com", NULL },
  { "@박영호 사장님 말씀 백번 맞심더. 우리 주민협의회에서도 가게 하시는 분들 얘기 설명회 때 할라꼬 준비하고 "
    "있습니더. 1월 30일 토요일 오후 2시, 수정1동 행정복지센터 3층이라예. 장사하시는 분들 다 같이 오이소, 사람이 "
    "많아야 구청도 듣습니더.",
    "최현숙", "hyunsook.choi@hanmail.net", NULL },
  { "412억!!!!! 옹벽 금 갔다고 구청에 민원 넣은 게 2019년부터임 ㅡㅡ 그때 제대로 고쳤으면 이 돈 안 들었지!!! NO MORE "
    "땜질!!! REBUILD IT RIGHT THIS TIME!!! 다들 30일 설명회 가서 한마디씩 합시다!!!",
    "산복도로토박이", "sanbok.tobagi@naver.com", NULL },
  { "🏗️🪜👵🚌🙏",
    "민지", "minji.0419@kakao.com", NULL },
  { "내는 백스무계단 바로 위에 사는 할매다. 무릎이 안 좋아가 지팡이 짚고 하루 두 번 내리간다. 공사하는 열 달 동안 "
    "계단 막으모 병원은 우째 가노? 엘리베이터 생기는 거는 좋은데 그 동안이 문제 아이가. 셔틀 봉고차 꼭 해 주이소. "
    "손자가 대신 써 준다.",
    "박말순", "jaehyun.park03@gmail.com", NULL },
  { "어제 저희 아버지한테 '동구청 산복도로재생과 직원'이라는 사람이 전화했대요. 옹벽 피해 보상금 380만 원이 나왔는데 "
    "'수수료' 15만 원을 먼저 농협 계좌로 보내야 지급된다고요. 번호는 010-5283-0417 이었어요. 100% 사기입니다!! "
    "구청은 절대 돈 먼저 달라고 안 해요. 피해 신고는 2월 19일까지 수정1동 행정복지센터나 구청 홈페이지에서 무료예요. "
    "부모님들께 꼭 말씀드리세요.",
    "한지원", "jiwon.han@naver.com", NULL },
  { "English teacher in Choryang here, I take those 120 steps down to Sujeong Station every morning. For other "
    "foreign residents: the closure map and the bus detours are on the city's site, https://www.busan.go.kr (there's "
    "an English version), and the Dong-gu office posts its notices at https://www.bsdonggu.go.kr. The damage claim "
    "form is in Korean only, so ask at the 행정복지센터, the staff were really kind when I went.",
    "Daniel Reeves", "dan.reeves.busan@gmail.com", NULL },
  { "제 아버지는 1950년 겨울 흥남에서 배 타고 내려오셔서 이 산비탈에 판잣집을 지으셨습니다. 그때는 계단도 없어서 "
    "흙길에 돌을 박아 오르내렸고, 물은 아래 공동수도에서 양동이로 지고 올라왔다고 하셨지요. 백스무계단은 1970년대에 "
    "동네 사람들이 시멘트를 사다가 직접 놓은 겁니다. 새 계단 놓는 거 반대하지 않습니다. 다만 계단 옆에 그 이야기를 "
    "적은 작은 표지판 하나만 남겨 주셨으면 합니다. 여기가 피란민들이 일군 동네라는 걸 아이들이 알 수 있게요.",
    "김태식", "taesik.kim47@hanmail.net", NULL },
  { "수정동에서 1987년부터 국수 말아온 '수정할매국수'입니다. 저희 가게가 계단 입구 바로 옆이라 공사 기간에 재료 싣고 "
    "오는 트럭이 어디로 들어와야 하는지, 몇 시까지 짐을 내릴 수 있는지 구청에서 미리 알려 주시면 좋겠습니다. "
    "설명회에는 딸이 대신 가서 여쭤보겠습니다. — 수정할매국수 올림",
    "수정할매국수", "sujeong.halmae@naver.com", NULL },
  { "다치는 사람 없이 무사히 끝나길.",
    "윤서", "yunseo_k@naver.com", NULL },
};

static const Comment dressed_spam[] = {
  { "이상철 사장님 인터뷰 보니 남 일 같지 않네요ㅠㅠ 버스 끊기면 동네 장사는 진짜 끝이에요. 그래서 요즘은 오프라인 "
    "손님만 기다리면 안 되고 온라인으로 가셔야 합니다. 저희 '부산로컬마케팅'은 네이버 스마트스토어 입점, 플레이스 "
    "상위노출, 배민·쿠팡이츠 세팅까지 한 번에 해드려요. 소상공인 월 19만 9천 원부터, 첫 달 무료 컨설팅! ☎ "
    "051-803-2749 busan-localmkt.example",
    "부산로컬마케팅", "hello@busan-localmkt.example", "https://busan-localmkt.example" },
  { "@산복도로토박이 맞아요 412억이면 진짜 어마어마한 돈이죠 ㄷㄷ 근데 이런 세금 낭비 보면서 월급만 믿고 살면 안 "
    "되더라구요. 저는 작년부터 바이낸스 선물 시그널방 따라 하면서 원금 500으로 석 달 만에 4,200 만들었어요 ㅋㅋ "
    "방장님이 진입·익절 타이밍 다 찍어주심. 궁금하신 분 오픈채팅 '부산코인연구소' 참여코드 0054",
    "최민혁", "minhyuk.coin@gmail.com", NULL },
  { "이주비 월 150만 원으로는 부산에서 방 구하기 빠듯할 거예요. 보증금도 있어야 하고요. 저도 작년에 급하게 이사할 때 "
    "은행에선 다 거절당했는데, 아는 분 소개로 '해맑음 비대면 대출' 통해서 당일 800 받았어요. 무직이나 신용점수 "
    "낮아도 되고 이자도 착해요. 카톡 오픈채팅 '해맑음 상담' 검색하시거나 공일공-칠칠이삼-오팔일사 로 문자 주세요.",
    "윤하나", "hana.yoon88@naver.com", NULL },
  { "김순자 할매 말씀 들으이 눈물 나네예. 우리 엄마도 산복도로 살아서 안다. 근데 큰 공사 앞두고 터 건드리모 동티 "
    "나는 거 모르는 사람 많데이. 우리 집도 재작년에 집 고치고 아부지 쓰러지셨는데, 초량 '청학 보살님'한테 굿 한 번 "
    "하고 부적 받고 나서 싹 다 나았다 아이가. 이사 날짜도 받아 주신다. 연락처 공일공 구삼일팔 칠칠공이.",
    "초량댁", "choryangdaek@daum.net", NULL },
  { "공사 소음 때문에 열 달 동안 재택근무는 글렀네요 ㅋㅋ 그래도 집에서 하는 부업 하나 추천드리면, 쿠팡·스마트스토어 "
    "상품 리뷰 캡처해서 보내면 건당 3천 원, 하루 1~2시간에 5~7만 원 벌어요. 초기 비용 0원! 담당 매니저가 카톡으로 "
    "미션 보내줘요. 카톡 ID: review_job24 에 '수정동 소개' 라고 보내세요~",
    "재택맘 수빈", "subin.homejob@gmail.com", NULL },
  { "23세대 이주하신다는데 LH 임시주택 들어가기 싫으신 분들도 계실 거예요. 제가 초량역 5분 거리 풀옵션 투룸 오피스텔 "
    "단기 임대 놓습니다. 월 65만 원 관리비 포함, 6개월~10개월 가능해요. 지금 호주에 있어서 직접 보여드리긴 어렵고, "
    "보증금 2개월치 먼저 입금해 주시면 택배로 카드키 보내드려요. 사진은 카톡으로! ID: choryang_room",
    "Kevin 김", "kevin.kim.au@gmail.com", NULL },
  { "@초량갈매기 떡 돌린다는 분 ㅋㅋㅋ 저도 12월 17일에 한 접시 받으러 가겠습니다",
    "떡먹는갈매기", "ddeok.gull@naver.com", "https://bet-gwangan.top/r/ddeok54" },
  { "23세대 이사하시려면 이삿짐센터 잘 고르셔야 해요. 산복도로는 사다리차도 못 들어가는 골목이 많아서 바가지 엄청 "
    "씌웁니다;; 저희 부모님은 여기서 견적 받고 반값에 하셨어요 👉 <a href=\"https://busan-movingcall.shop/quote?ref=s"
    "ujeong54\">부산 포장이사 최저가 비교견적</a> 산복도로 특가 20% 할인 중이래요~",
    "정다은", "daeun.jung@naver.com", NULL },
  { "Visited Busan last autumn and walked the hillside roads around Choryang, the view of the port from the top of "
    "those stairs is unforgettable, so glad they're making it safe with an elevator. If any readers are coming to "
    "Busan this year: our partner clinics in Seomyeon offer guaranteed 60% off dermatology, dental implant and "
    "eyelid surgery packages for foreigners, airport pick-up included. Reserve with a 300,000 won deposit (PayPal or "
    "Wise to our coordinator) before the March price rise. WhatsApp +82 10 3391 5407 or k-glow-medtour.example",
    "Chloe | K-Glow MedTour", "chloe@k-glow-medtour.example", NULL },
  { "가게 정리하시는 분들 많겠네요… 저희 엄마도 수정동에서 식당 하시다가 이번에 접으세요ㅠ 그래서 쓰던 업소용 "
    "냉장고(45박스), 식기세척기, 가스레인지 싸게 처분합니다. 냉장고 35만, 식세기 40만. 공사 때문에 직거래는 어렵고 "
    "번개장터 안전결제로만 거래할게요 👉 bunjang-safepay.trade-secure.site/pay/54871 결제 확인되면 용달로 보내드림",
    "수정동딸래미", "sujeongdong.ttal@gmail.com", NULL },
  { "산복도로 어르신들 겨울 나기도 힘드신데 공사까지 하면 얼마나 고생하실지ㅠㅠ 저희 '수정동 사랑나눔회'에서 "
    "이주하시는 23세대 어르신들께 연탄, 전기장판, 반찬을 전해드리려고 모금 중입니다. 1만 원도 큰 힘이 됩니다. 후원 "
    "계좌: 부산은행 112-2049-8837-05 (예금주 최○○, 총무 개인). 단체 계좌는 다음 달 개설 예정이라 우선 개인 계좌로 "
    "받고 있어요. 기부금 영수증은 단체 등록 후 일괄 발행 예정입니다 🙏",
    "수정동 사랑나눔회", "sarangnanum.sujeong@gmail.com", NULL },
  { "백스무계단을 하루 네 번 오르내리신다는 김순자 어르신 무릎이 걱정되네요. 저희 어머니도 계단 때문에 무릎 연골이 "
    "다 닳으셨는데, 'MSM 관절보감' 드시고 3주 만에 지팡이 없이 다니세요! 병원 주사보다 낫다는 분들 많아요. 지금 방송 "
    "특가 1+1 39,800원 무료배송. 주문 ☎ 080-7O2-3355 ✔️ 효과 없으면 100% 환불",
    "건강지킴이", "health.keeper80@naver.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "어르신들 꼭 기억하세요. 구청이나 시청은 보상금이나 이주비 준다면서 돈, 카드 비밀번호, 인증번호 절대 안 "
    "물어봅니다. 이상한 전화나 문자 오면 경찰 112, 금융감독원 1332로 신고하시고, 이미 돈을 보냈으면 바로 은행 "
    "콜센터에 전화해서 지급정지 신청하세요. 스팸 문자는 118로 신고하면 됩니다. 공사 관련 진짜 문의는 시 무료전화 "
    "080-440-2754 하나뿐이에요. 카톡으로 '구청 직원'이라며 친구 추가하는 사람도 전부 사기예요.",
    "오세진", "sejin.oh@gmail.com", NULL },
  { "단골 손님들 보이소~ 망양로 '수정돼지국밥' 입니더. 가게가 옹벽 바로 밑이라 3월부터 문 닫고, 3월 8일부터 수정역 "
    "2번 출구 앞 골목으로 옮겨가 장사합니더. 전화번호는 그대로 051-466-2731, 국밥 9천 원 수육백반 1만 2천 원 값도 안 "
    "올립니더. 공사 끝나면 다시 올라올끼라예. 마이 찾아 주이소 🙇",
    "수정돼지국밥", "sujeong.gukbap@naver.com", "https://blog.naver.com/sujeong_gukbap" },
  { "[부산광역시 동구 알림] 망양로(수정동~초량동 1.3km) 옹벽 재시공 및 백스무계단 경사형 엘리베이터 설치 공사 안내: "
    "공사 기간 2027. 3. 2.(화) ~ 12. 17.(금), 전면 통제. 시내버스 38·190번, 마을버스 동구2번은 중앙대로·초량역으로 "
    "우회하며 수정역에 임시 정류장을 운영합니다. 균열 피해 신고는 2. 19.(금)까지 수정1동 행정복지센터 또는 "
    "https://www.bsdonggu.go.kr 에서 무료로 접수합니다. 주민설명회 1. 30.(토) 14:00 수정1동 행정복지센터 3층 대강당. "
    "문의 080-440-2754(무료). 구청은 어떠한 경우에도 수수료나 계좌 이체를 요구하지 않습니다.",
    "부산 동구청 도시재생과", "urban@bsdonggu.go.kr", "https://www.bsdonggu.go.kr" },
  { "계산해 봤습니다. 412억 ÷ 1,300m = 1m당 약 3,170만 원. 이주비는 23세대 × 150만 원 × 10개월 = 3억 4,500만 원으로 "
    "전체 공사비의 0.84%밖에 안 되네요. 국비 144억은 35% 정도고요. 전부 옹벽 410m에 든다고 치면 1m당 1억이 넘습니다. "
    "설명회 때 엘리베이터랑 옹벽 예산을 나눠서 공개해 달라고 하고 싶네요.",
    "배준호", "junho.bae.data@gmail.com", NULL },
  { "이런 문자 받으신 분 계세요? 「[동구청] 망양로 공사 피해보상 대상 세대입니다. 보상금 4,200,000원 신청 기한 임박 "
    "▶ bsdonggu-go-kr.bosang24.site 본인인증 필수」 링크 누르지 마세요!! 누르면 앱 깔리고 폰 털립니다. 구청 주소는 "
    "bsdonggu.go.kr 딱 하나고 .site 같은 건 없어요. 저는 118에 신고했어요.",
    "손예린", "yerin.son@daum.net", NULL },
  { "우리 수정4길 골목 계원님들께 알립니더. 이사 가시는 분들도 곗돈은 그대로 부으시면 됩니더. 매달 20만 원, 열두 명, "
    "순번도 그대로고예. 2월 곗날이 7일인데 설 연휴라서 21일 일요일 오후 3시 경로당으로 미룹니더. 사정 있으신 분은 "
    "총무 저한테 전화 주이소 010-4418-2609. 곗돈은 예전처럼 곗날 현금으로만 받고 카톡이나 계좌로는 절대 안 받습니더. "
    "누가 제 이름 대고 입금하라 카모 사기라예.",
    "김옥희", "okhee.kim@hanmail.net", NULL },
  { "법무사입니다. 댓글에 '입주권 딱지 매입', '보상금 선지급' 같은 광고가 보여서 말씀드립니다. 이번 공사는 재개발이 "
    "아니라 옹벽 재시공이라 입주권이라는 게 애초에 없습니다. 집이 수용되는 경우는 「공익사업을 위한 토지 등의 취득 "
    "및 보상에 관한 법률」에 따라 감정평가로, 공사로 금이 간 피해는 손해배상으로 정해지고, 중간에 끼는 브로커나 "
    "'대행 수수료'는 필요 없습니다. 금액에 이의가 있으면 서면으로 이의신청하시면 되고, 신고서 내는 데는 한 푼도 들지 "
    "않습니다.",
    "문재석 법무사", "jaeseok.moon.law@naver.com", NULL },
  { "수정동 새빛교회 청년부입니다. 이주하시는 23세대 어르신들 이삿짐 포장과 전기장판·이불 지원을 위해 2월 한 달간 "
    "헌금을 모읍니다. 교회 명의 계좌 부산은행 101-2034-5567-01 (예금주: 새빛교회)로만 받고, 보내주신 분께는 교회 "
    "사무실에서 기부금 영수증을 발행해 드립니다. 개인 계좌나 카톡 송금으로는 절대 받지 않습니다. 문의는 교회 사무실 "
    "051-465-0918 (평일 10~17시).",
    "새빛교회 청년부", "saebit.youth@gmail.com", NULL },
  { "강아지를 찾습니다 😭 1월 24일 이사 준비하다 문 열린 틈에 나갔어요. 이름은 '콩이', 갈색 푸들 수컷 6살, 빨간 "
    "목줄, 왼쪽 귀 끝에 흰 털이 있어요. 망양로 백스무계단 근처에서 마지막으로 봤대요. 보신 분은 010-7734-2815 로 "
    "연락 부탁드립니다. 사례금 30만 원 드릴게요. 밤에 계단에서 이름 부르면서 다니는 사람 저예요ㅠㅠ",
    "콩이엄마", "kongi.mom@naver.com", NULL },
  { "동구자원봉사센터에서 이주하시는 어르신 댁 짐 나르기 봉사자를 모집합니다. 2월 20일~28일 주말, 오전 9시 수정1동 "
    "행정복지센터 앞 집결, 장갑과 간식 드리고 1365 봉사시간 인정됩니다. 신청은 카카오톡 채널 '동구자원봉사센터' 또는 "
    "051-441-3651. 어르신들께는 무료로 해드리는 거라 어떤 명목으로도 돈 받는 일 없습니다. 돈 달라는 사람 있으면 저희 "
    "쪽으로 바로 알려 주세요.",
    "동구자원봉사센터", "donggu.volunteer@gmail.com", NULL },
  { "我是住在草梁洞的中国人，在釜山生活八年了。我婆婆就住在那个一百二十级台阶上面，她看不懂韩文通知。想问一下：施工期"
    "间38路和190路公交车改到哪里停？东区家庭中心有没有中文翻译？1月30日的说明会我会陪她一起去。谢谢记者！",
    "刘敏", "liumin.busan@qq.com", NULL },
  { "와 댓글창 무슨 종합선물세트네 ㅋㅋㅋㅋ 토토, 통장 삽니다, 흥신소, 딱지 최고가 매입, 영도 애기보살, 호주 계신 "
    "오피스텔 주인, 번개장터 '안전결제' 링크까지 ㅋㅋ 옹벽보다 댓글창을 먼저 재시공해야 될 듯. 어르신들 여기 나오는 "
    "번호는 하나도 전화하지 마이소.",
    "부산사나이", "busan.sanai@naver.com", NULL },
};
