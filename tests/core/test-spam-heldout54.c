/* test-spam-heldout54.c: a fifty-fourth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Busan, South
 * Korea (1.3 km of Mangyang-ro, the hillside road above Sujeong-dong
 * and Choryang-dong in Dong-gu, closed from 2 March to 17 December 2027
 * to rebuild a cracked retaining wall and the "120 Steps" with an
 * inclined elevator, 41.2 billion won; 23 households moved with 1.5
 * million won a month; damage claims free until 19 February at the
 * Sujeong 1-dong centre or the Dong-gu site; the city's free line
 * 080-440-2754): test-spam-heldout54-data.h, which says what each
 * comment is. Most of them in Korean, several in Busan dialect, two in
 * English, one in Japanese and one in Chinese.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 8 of 12 caught and 0 of 12 readers flagged; dressed 4 of
 * 12 and 1 of 12. Every miss scored 0, no rule reading its Korean, and
 * a Korean mobile read out in Sino-Korean digit words ("공일공 사칠칠이
 * 팔팔육일") was no number: a private detective agency, "흥신소", its
 * number in Hangul words; a buyer of relocation entitlements, "딱지",
 * "051-9O8-…"; a stock tip room, "리딩방", at a KakaoTalk open chat and
 * its entry code; a Yeongdo shaman, "신내림", "부적", "동티", her number
 * in Hangul words. Dressed, a marketing agency's "상위노출" with its
 * number and site; a Binance "시그널방" at an open chat; a
 * "non-face-to-face" loan, its number in Hangul words; a shaman's gut
 * and talisman, the number in Hangul words; an officetel let unseen
 * from Australia, the card key by courier; a fake Bunjang "안전결제"
 * link; a "sharing society" collecting to its treasurer's personal
 * account; a joint supplement, "080-7O2-…", "100% 환불". The reader
 * flagged quoted a smishing text with its "bsdonggu-go-kr." look-alike
 * host, "링크 누르지 마세요", "118에 신고" (0.50: no word of her warning
 * read).
 *
 * Fixed first, by kind, not all of the round: desk 10 of 12, dressed 7
 * of 12, both ways, no reader flagged, no new reason.
 *   - a Korean mobile read out in Sino-Korean digit words, alone or
 *     among digits ("공일공 사칠칠이 팔팔육일", "공일공.육삼구팔.이사일칠",
 *     "24육3"), tried only where its "공일공" (010) starts it, as the
 *     digits' syllables are everyday words' too (-numbers.c);
 *   - Korea's shaman, read inside words: "신내림", "애기보살", "보살님",
 *     "천도재", "동티", a talisman received or sent ("부적 받", "부적을";
 *     not "굿" nor "부적" alone: "굿모닝", "부적절"); Korean's fraud and
 *     police as a reader's warning (-trades.c);
 *   - Korea's stock and coin tip rooms ("리딩방", "시그널방", "급등주",
 *     "상한가"), stocks "picked for you", the hit rate and the stake
 *     multiplied; a KakaoTalk open chat with its entry code or "search"
 *     as somewhere to write (-agents.c);
 *   - Korea's loan shark: "급전", "개인돈" as loans, "무직이나",
 *     "신용점수 낮아도", "신불자", "연체자" as the checks waived
 *     (-services.c);
 *   - "스미싱", "피싱", "누르지 마" (don't tap) as a reader's warning of
 *     what she quotes, and as talk of fraud (-neighbours.c,
 *     -hideouts.c).
 * In the earlier tests no line moved (the drift of every ham, spam,
 * probe and reader line of the core suite, before and after).
 * Classify's instructions (callgrind, bench-spam) rose 0.10 %.
 * Fifteen readers probe the new rules (probe_readers): a lane's 계
 * treasurer with her phone, cash at the meeting only; a daughter
 * quoting a relief-payment smishing text with its look-alike host,
 * "스미싱"; a son whose father lost money in a 리딩방 at an open chat;
 * an estate agent with his registration number on "딱지" adverts; a
 * church's collection to its own account; the dong centre's notice;
 * a lost cat and its reward; a corner shop's delivery number; an
 * uncle's number in Hangul words for a grandmother; readers warning of
 * a detective agency, a shaman's talisman, renting out bank accounts
 * and cashing out micropayments; a church group's open chat and its
 * code; a niece quoting the shaman's number in Hangul words, "사기",
 * "경찰": none is flagged.
 *
 * After it, still missed (0 both ways): the detective agency and the
 * entitlement buyer (no rule for either kind yet; both give a number
 * or a site),
 * the marketing agency (Korean's "상위노출" is no SEO word yet), the
 * officetel let unseen (its "카톡으로! ID: …" not read as a messenger
 * ID), the fake Bunjang escrow link, the collection to a personal
 * account and the joint supplement. Still thin, though caught, each by
 * one rule at 0.50: the tip room and the signal room, the loan, the
 * Choryang shaman; the Yeongdo shaman at 0.55.
 *
 * A second pass caught four more, by kind, not all of the round: desk
 * 10 of 12, dressed 11 of 12, both ways, no reader flagged; two new
 * reasons, translated in fa and ru.
 *   - a home let unseen in Korean, read inside words: an officetel or
 *     a one- or two-room flat, the owner who "cannot show it" or the
 *     card key by courier, and the deposit paid first, unless a
 *     tenant's fraud or a landlord's "see it first" ("보시고") is told;
 *     a KakaoTalk ID given by its label ("카톡으로! ID: …", a name
 *     without digits) as somewhere to write for these rules only, not
 *     a messenger ID to flag alone (-services.c);
 *   - goods sold without meeting ("직거래는 어렵고", "no meetups"),
 *     paid only through a "safe payment" or escrow ("안전결제") at a
 *     link or an address: a new reason (-agents.c);
 *   - a Korean collection ("모금", "후원금", "성금") to a personal
 *     account ("개인 계좌", "총무 개인") with its number, under the
 *     older reason of an appeal paid to a private card; a group's own
 *     account ("명의 계좌") or "we never take" ("받지 않") clears it
 *     (-fixers.c);
 *   - a remedy for the joints (or an older complaint) with two
 *     promises of a cure or the money back ("지팡이 없이", "주사보다
 *     낫", "효과 없으면", "100% 환불", "money-back guarantee"), with
 *     somewhere to buy, unless a reader calls it a fraud or
 *     "과장광고": a new reason (-deals.c).
 * In the earlier tests no line moved (the drift of every ham, spam,
 * probe and reader line of the core suite, before and after).
 * Classify's instructions (callgrind, bench-spam) rose 0.19 %.
 * Ten more readers probe the new rules: a landlord who shows the flat
 * first, with his KakaoTalk ID; a restaurant seller who meets in
 * person and names Bunjang's safe payment inside the app; a lane's
 * fund to its council's account, "never a personal one"; a pharmacist
 * on joint supplements, no claim; a hiking club's KakaoTalk ID; a
 * reader quoting the supplement's promises to warn of them; a tenant
 * who lost an officetel deposit so; a reader warning of a fake safe
 * payment link; a choir's fund in English; a parish collection that
 * calls a treasurer's personal account a fraud: none is flagged.
 *
 * After it, still thin, each by one rule at 0.50: the officetel, the
 * Bunjang link, the personal account and the supplement; still missed
 * (0 both ways) the detective agency, the entitlement buyer and the
 * marketing agency, kinds with no rule yet in any language. Time, not
 * a finding, kept them out of that pass.
 *
 * A third pass caught those three, by kind, in a new file
 * (-agencies.c), each rule reading the agency's own voice, somewhere
 * to write and no warning, with three new reasons, translated in fa
 * and ru: desk 12 of 12, dressed 12 of 12, both ways, no reader
 * flagged, and the round now held whole (heldout_round_add_tests()).
 *   - a private detective agency: what it finds (people and debtors,
 *     "외도 증거", "불륜", a car's location; "cheating spouse", "trace
 *     anyone", "infidelidades", "localización de personas") with
 *     what it calls itself ("흥신소", "심부름센터", "private
 *     investigator", "detective privado") or promises ("비밀 보장",
 *     "전액 환불", "100% confidential"), three in all, unless a reader
 *     says it was outlawed, kept her advance or vanished;
 *   - a buyer of what residents are owed: an entitlement or a claim
 *     ("입주권", "딱지", "보상금 채권", "compensation claims",
 *     "relocation rights"), bought ("현금 매입", "매입합니다", "we
 *     buy"; not "매입" alone, inside "구매입니다") at a premium or cash
 *     first ("최고가", "감정평가액보다", "선지급", "at a premium",
 *     "cash today"), unless a reader calls it a broker's advert or
 *     says none will be given;
 *   - a marketing agency: a top place in the results ("상위노출",
 *     "first page of Google", "primera página de Google") in its own
 *     voice ("해드려요", "대행", "guaranteed", "posicionamos") from a
 *     price or a free first month ("만 원부터", "첫 달 무료", "per
 *     month", "free audit").
 * The Korean words are chosen not to sit inside everyday ones ("외도"
 * is in "해외도"; "원부터" in "병원부터"; "삽니다" is "I live").
 * In the earlier tests one line moved, a spam's, up: the fifty-second
 * round's SEO agency ("first page of Google", "Our agency", a price a
 * month), 0.98 to 0.99, now read by the new rule too (the drift of
 * every ham, spam, probe and reader line of the core suite, before and
 * after). Classify's instructions (callgrind, bench-spam) rose 0.29 %.
 * Seven more readers probe the new rules: an estate agent who says the
 * wall gives no 딱지 or 입주권 and not to trust who buys them at a
 * premium, with his number; a wife cheated of a detective agency's
 * advance, with its number; a woman looking for her birth mother
 * through the police's service and its 182 (one term of the kind, a
 * detective agency named only to turn from it); a gukbap shop proud of
 * her real customers' Naver reviews, with her number; a marketer's
 * advice to small shops, no number or offer; a 법무사's free
 * consultations on compensation at the district office, with its
 * number; an English reader warning of a private investigator's
 * retainer: none is flagged.
 *
 * Still thin, each by one rule at 0.50: the three caught in this pass,
 * and, as before, the tip room and the signal room, the loan, the
 * Choryang shaman, the officetel, the Bunjang link, the personal
 * account and the supplement (the Yeongdo shaman at 0.55). Still
 * missed: none.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout54-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "우리 골목 계 총무 박정숙입니더. 3월 곗날은 14일 일요일 오후 2시 경로당이고, 곗돈 20만 원은 현금으로 곗날에만 "
    "받습니더. 못 오시는 분은 010-3382-5196 으로 전화 주이소. 카톡으로 돈 보내라 카는 거는 다 사기라예.",
    "박정숙", "jeongsuk.park@daum.net", NULL },
  { "엄마한테 이런 문자가 왔어요: 「[부산광역시] 민생회복 지원금 25만원 대상자입니다. 미신청 시 소멸 ▶ "
    "busan-go-kr.support-pay.shop 계좌번호 입력」 이거 스미싱이에요!! 시청은 문자로 링크 안 보내요. 118에 "
    "신고했습니다.",
    "정유나", "yuna.jung@naver.com", NULL },
  { "아버지가 카톡 오픈채팅 리딩방에 들어갔다가 '원금 보장, 적중률 90%' 말만 믿고 2천만 원을 날리셨어요. 증권사 "
    "애널리스트 출신이라던 사람은 연락 끊겼고요. 리딩방은 전부 사기입니다. 금융감독원 1332에 신고했어요.",
    "서지훈", "jihoon.seo@gmail.com", NULL },
  { "수정동 '희망공인중개사사무소'입니다. 이번 공사는 재개발이 아니라서 입주권 딱지 같은 건 없습니다. 딱지 "
    "매입한다는 광고는 다 사기예요. 이주하시는 분들 전월세 상담은 무료로 해 드립니다. 등록번호 26170-2019-00042, "
    "전화 051-467-3380.",
    "희망공인중개사", "hope.realty.sujeong@naver.com", NULL },
  { "초량교회에서 알립니다. 이주하시는 어르신들을 위한 반찬 나눔 헌금을 교회 명의 계좌 부산은행 "
    "101-2088-3341-02 (예금주 초량교회)로 받고 있습니다. 영수증은 교회 사무실에서 드립니다. 문의 051-462-7715.",
    "초량교회", "choryang.church@gmail.com", NULL },
  { "[수정1동 행정복지센터 알림] 옹벽 균열 피해 신고를 2월 19일까지 센터 1층 민원실에서 받습니다. 신고는 무료이며 "
    "수수료나 계좌 이체를 요구하지 않습니다. 문의 051-440-6503 (평일 9~18시).",
    "수정1동 행정복지센터", "sujeong1@bsdonggu.go.kr", NULL },
  { "고양이를 찾습니다ㅠㅠ 이름은 '나비', 회색 줄무늬, 2월 3일 초량동 168계단 근처에서 없어졌어요. 보신 분은 "
    "010-2957-4418 로 연락 주세요. 사례금 20만 원 드립니다.",
    "나비집사", "nabi.jipsa@naver.com", NULL },
  { "망양로 '초량슈퍼' 입니더. 공사 동안에도 가게는 문 엽니더. 무거운 물건은 배달해 드리니 전화 주이소 "
    "051-463-2218. 할매들 쌀 포대 무료 배달이라예.",
    "초량슈퍼", "choryang.super@daum.net", NULL },
  { "할머니가 숫자를 잘 못 읽으셔서 삼촌 번호를 한글로 적어 드렸어요: 공일공 삼사오이 칠팔구공. 설명회 날 같이 "
    "가기로 했어요.",
    "김다희", "dahee.kim@gmail.com", NULL },
  { "흥신소나 심부름센터 광고 보고 연락했다가 착수금 100만 원만 떼였어요. 사람 찾기는 경찰에 실종 신고하는 게 "
    "맞습니다. 불법 흥신소는 처벌받아요.",
    "이수민", "sumin.lee.busan@naver.com", NULL },
  { "우리 어무이가 영도 점집에 다니시는데 동티 난다꼬 부적을 50만 원 주고 사 오셨어예 ㅠㅠ 이런 건 다 사기 아이가. "
    "어르신들 속지 마이소.",
    "영도토박이", "yeongdo.tobagi@naver.com", NULL },
  { "통장 빌려주면 월 300만 원 준다는 문자, 절대 응하지 마세요. 대포통장 명의자도 처벌받고 계좌가 정지됩니다. "
    "경찰청 안내를 보니 전자금융거래법 위반이라고 하네요.",
    "최다은", "daeun.choi@gmail.com", NULL },
  { "휴대폰 소액결제 현금화 광고 조심하세요. 동생이 85% 준다는 말에 50만 원 결제했다가 돈은 못 받고 다음 달 요금만 "
    "나왔어요. 방통위 1335에 신고했습니다.",
    "오민지", "minji.oh.busan@gmail.com", NULL },
  { "우리 교회 구역 모임 연락처입니더. 카톡 오픈채팅 '수정동 구역모임' 참여코드는 구역장한테 물어보이소. 돈 걷는 "
    "일은 없습니더.",
    "정순애", "soonae.jung@hanmail.net", NULL },
  { "영도 애기보살이라는 사람이 우리 이모한테 동티 난다고 부적 값으로 80만 원을 받아 갔어요. 번호는 공일공 사칠칠이 "
    "팔팔육일 이었어요. 이건 사기예요, 경찰에 신고했습니다.",
    "하경민", "kyungmin.ha@naver.com", NULL },
  { "초량동 원룸 주인입니다. 이주하시는 분들 단기 임대 놓습니다. 투룸 월 55만 원, 집은 꼭 직접 보시고 계약하세요. 계약금은 "
    "계약서 쓸 때 입금하시면 되고 열쇠는 입주 날 드립니다. 문의 카톡 ID: choryang_owner 또는 010-4471-2093.",
    "박상훈", "sanghoon.park@naver.com", NULL },
  { "저도 식당 정리하면서 업소용 냉장고 팝니다. 직거래만 합니다, 수정동으로 오셔서 보고 가져가세요. 택배 원하시면 번개장터 "
    "앱 안의 안전결제로 하시면 되고, 외부 링크로 결제하라는 건 다 사기예요. 냉장고 30만 원.",
    "김현우", "hyunwoo.kim@gmail.com", NULL },
  { "수정4길 이웃 모임에서 이주 세대 연탄 모금합니다. 후원금은 주민협의회 명의 계좌 부산은행 101-2011-4455-07 로 받고 영수증 "
    "드립니다. 개인 계좌로는 받지 않습니다. 문의 051-466-1020.",
    "수정4길 주민협의회", "sujeong4@naver.com", NULL },
  { "약국 하는 사람입니다. 관절 영양제 문의가 많은데, 글루코사민이나 MSM은 연골을 되살리지 못해요. 무릎이 아프시면 먼저 "
    "정형외과 진료 받으시고, 드시던 약이 있으면 약사와 상담하세요. 저희 약국 051-462-3381.",
    "초량약국", "choryang.pharm@naver.com", NULL },
  { "우리 수정동 등산 모임 카톡 ID: sujeong_hiking 입니다. 회비 없고 토요일 아침 7시에 백스무계단 밑에서 만나요.",
    "이준영", "junyoung.lee@daum.net", NULL },
  { "'관절보감' 광고 조심하세요. 3주 만에 지팡이 없이 걷는다, 효과 없으면 100% 환불이라더니 환불은커녕 전화도 안 받아요. 과장광고 "
    "신고했습니다. 080-702-3355",
    "정미숙", "misuk.jung@gmail.com", NULL },
  { "작년에 호주에 있다는 집주인이 보증금 먼저 입금하면 택배로 카드키 보낸다고 해서 오피스텔 보증금 130만 원 날렸어요. 카톡 "
    "ID: room_owner 였어요. 이거 사기입니다.",
    "한소희", "sohee.han@naver.com", NULL },
  { "번개장터 안전결제 가짜 링크 조심하세요. 직거래는 어렵다면서 bunjang-pay.secure-trade.site 같은 주소 보내는 건 다 "
    "사기입니다.",
    "최유진", "yujin.choi@naver.com", NULL },
  { "Our choir's winter fund for the families below the wall goes to the association's account at Busan Bank, "
    "receipts from the treasurer. Please don't send anything to a personal account. Info: 051-463-7710.",
    "Choir", "choir@example.org", NULL },
  { "우리 성당 구역에서 모금한 성금은 성당 명의 계좌로만 받습니더. 총무 개인 계좌 얘기하는 문자는 사기라예. 051-462-0101",
    "구역장", "gu@naver.com", NULL },
  /* (and the third pass's) */
  { "초량동에서 20년째 중개업 하는 사람입니다. 이번 옹벽 공사는 재개발이 아니라서 딱지도 입주권도 생기지 "
    "않습니다. 입주권을 감정가보다 웃돈 얹어 현금 매입한다는 업자 말 믿지 마세요. 궁금하시면 사무실로 오세요, "
    "051-468-2214.",
    "초량공인중개사", "choryang.realty@naver.com", NULL },
  { "남편 외도 증거 잡아 준다는 흥신소에 착수금 150만 원을 먼저 보냈는데 그 뒤로 전화를 안 받아요. 비밀 보장, "
    "결과 없으면 전액 환불이라던 곳입니다. 번호는 010-6620-3187 이었어요. 다른 분들은 당하지 마세요.",
    "윤서연", "seoyeon.yoon@gmail.com", NULL },
  { "저는 1979년에 부산역 근처에서 헤어진 친어머니를 찾고 있어요. 흥신소에 맡기지 말고 경찰청 '헤어진 가족 "
    "찾기'로 하라고 해서 유전자 등록을 했습니다. 사람 찾기는 경찰 182 (국번 없이)로 전화하면 무료로 안내해 "
    "줍니다. 혹시 수정동에 사시던 김말순 씨를 아시는 분은 연락 주세요.",
    "이은정", "eunjung.lee79@daum.net", NULL },
  { "망양로에서 국밥집 하는 사람입니더. 상위노출 해준다는 전화가 하루에도 몇 통씩 오는데 다 끊습니더. 우리 가게 "
    "네이버 리뷰는 진짜 손님들이 써 준 거라예, 그게 제일 고맙지예. 공사 동안에도 문 엽니더, 051-462-8830.",
    "초량국밥", "choryang.gukbap@naver.com", NULL },
  { "마케팅 일 하는 사람으로서 한마디 하면, 작은 가게는 상위노출 광고에 월 몇십만 원 쓰기보다 네이버 플레이스에 "
    "영업시간, 공사 기간 우회 길, 주차 안내를 정확히 올리고 손님 리뷰에 사장님이 직접 답글 다는 게 훨씬 효과 "
    "있어요. 대행사에 돈 쓰지 마세요.",
    "마케터K", "marketer.k@gmail.com", NULL },
  { "동구 법무사 사무소입니다. 옹벽 균열 피해 보상금과 손해배상 청구는 2월 19일까지 구청 민원실에서 무료 상담을 "
    "해드립니다. 서류 작성도 도와드리고 수수료는 받지 않습니다. 문의 051-440-4015 (화·목 오후).",
    "동구 법무사 상담", "donggu.lawyer@naver.com", NULL },
  { "Beware of the 'private investigator' flyers on the stairs: they asked my aunt for a retainer up front to "
    "trace her son, 100% confidential, and then vanished. The police find missing people for free, call 182.",
    "Grace Park", "grace.park@gmail.com", NULL },
};

static const HeldoutRound round54 = {
  "/spam-heldout54", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story54,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round54);

  return g_test_run ();
}
