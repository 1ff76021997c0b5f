/* test-spam-heldout38.c: a thirty-eighth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Da Nang,
 * Vietnam (the riverside and beach roads close to cars and coaches on
 * weekend evenings for a walking street): test-spam-heldout38-data.h,
 * which says what each comment is. Most of them in Vietnamese; others
 * in English, Chinese, Korean, Russian, Thai and French.
 *
 * Before the round, under the story and without it: desk 6 of 12 caught
 * and 0 of 12 readers flagged; dressed 9 of 12 and 0 of 12. What was
 * missed wrote its number so that no check read it, or spoke a trade
 * the rule for its kind did not read in Vietnamese: a loan "không thẩm
 * định" whose Zalo number is spelt half in words ("không chín ba, 8
 * bốn 7…", 0), a task scam's likes and five-star reviews with a Zalo
 * number spaced a digit at a time (0.15), "Meta support" getting hacked
 * Facebook and Zalo accounts back, its number "0.8.6.7.5.3.2.9.1.9"
 * (0), labour export to Korea and Japan with a deposit "để giữ suất"
 * (0; dressed, factory jobs in Osaka, 0), an overdue power bill in an
 * SMS without its marks (0.49), a lucky reader's iPhone for a shipping
 * fee (0.49), a loan app's sign-up written bare (dressed, 0.45), and a
 * parking app's link carrying the author's own referral code in a reply
 * to another reader (dressed, 0).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, and no reader's
 * score in the earlier tests moved (two earlier spam comments rose).
 *   - a telephone number written to slip past the checks for numbers,
 *     a digit at a time between dots or spaces, spelt in words among
 *     digits (English, Indonesian, Vietnamese with and without its
 *     marks) or with an O for a zero, is somewhere to write; and so is
 *     a number after a messenger and the name of whom to ask for ("Zalo
 *     chị Thư: …", "Hotline/Zalo anh Hưng: …") (-disguise.c, read by
 *     -patterns.c's contact and messenger checks);
 *   - a loan without appraisal paid out "trong 10 phút", in Vietnamese
 *     with and without its marks (-services.c), "vaynhanh" a loan
 *     site's name (-hosts.c), and "ở" before an address that sends
 *     readers there (-reach.c);
 *   - a power or water bill overdue and its cut-off, with a payment
 *     form at a made-up address ("evncpc-thanhtoan"), in Vietnamese,
 *     Chinese and Korean, and their readers' warnings ("lừa đảo",
 *     "đừng bấm") (-notices.c);
 *   - a task scam's likes, follows and five-star reviews for pay, in
 *     Vietnamese, Chinese, Korean, Thai and Russian, and a scholarship's
 *     "phí xét hồ sơ" (-agents.c);
 *   - hacked or locked accounts got back for a fee, in Vietnamese,
 *     Korean, Chinese, Thai and Russian ("lấy lại tài khoản… làm xong
 *     mới thu phí", "복구 업체… 선입금") (-rackets.c), and "inbox ngay"
 *     as an invitation to write (-reach.c);
 *   - a job abroad for an all-in fee or a deposit that holds a place,
 *     in Vietnamese, with Chinese's, Thai's and Korean's words
 *     (-brokers.c);
 *   - a lucky reader's prize, and a giveaway's postage, in Vietnamese,
 *     Chinese, Korean, Thai and Russian (-seasonal.c);
 *   - a link whose referral code is the author's own name or e-mail
 *     ("…/app?ref=ngoctram21" from ngoctram.21@…) (-reach.c), and a
 *     reply to another reader that sends them to a site in Vietnamese
 *     ("tải app ở …") (-forms.c);
 *   - spells and charms in Thai, Chinese and Vietnamese ("ทำเสน่ห์
 *     เรียกคนรักกลับ", "bùa yêu") with a number (-trades.c).
 * Twelve readers probe the new rules (probe_readers): a daughter
 * quoting the fake power bill SMS to warn, a reader who pays the real
 * bill at the power company's site, a labour export deposit lost and
 * the ministry's hotline, a Vietnamese and a Korean reader whose hacked
 * accounts the platforms gave back, a lucky-customer text quoted, an
 * event link tagged with the writer's own name (utm_source, no
 * referral), a task scam a sister fell for, a Thai warning of love
 * charms with the charmer's number, a scholarship without a fee, a
 * bank loan told against "vay không thẩm định", a students' free
 * parking app on GitHub: none is flagged.
 *
 * Still thin, though caught: the betting site in the website field of
 * a few words of thanks and the shoe shop behind a phrase of the story
 * (0.67 each, caught before the round); the loan app's sign-up (0.70:
 * the loan rule and its host's name; a loan site named otherwise would
 * be 0.5); the labour export comments are the job-abroad rule and the
 * Zalo number (0.78), either alone 0.55 or 0.5. Two readers stand at
 * 0.49: the one who quotes the fake pass SMS with its ".online" link
 * (a link and a shop-like host; her warning keeps the notice rule off)
 * and the probe who quotes the fake power bill so.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout38-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Mẹ tôi vừa nhận tin: \"[EVNCPC] Thong bao: Quy khach co hoa don tien dien qua han, vui long thanh toan ngay tai http://evncpc-thanhtoan.online/hd de tranh bi ngung cap dien\". Đây là tin nhắn lừa đảo, điện lực không bao giờ gửi link thanh toán, cả nhà đừng bấm.", "Lương Thị Mai", "mai.luong.dn@gmail.com", NULL },
  { "Hóa đơn tiền điện tháng 5 nhà tôi gần 2 triệu vì máy lạnh chạy suốt. Tôi thanh toán ngay tại https://cskh.cpc.vn của Điện lực miền Trung cho khỏi quá hạn, mong tối cuối tuần phố đi bộ thì bớt nóng.", "Nguyễn Văn Bình", "binh.nguyenvan@gmail.com", NULL },
  { "Cháu tôi đi Nhật theo đơn hàng đóng gói, công ty môi giới đòi phí trọn gói 150 triệu, đặt cọc trước 30 triệu rồi mất liên lạc, lừa đảo trắng trợn. Ai muốn đi xuất khẩu lao động thì gọi đường dây nóng của Cục Quản lý lao động ngoài nước 024 3824 9517 để hỏi doanh nghiệp có phép hay không.", "Phan Thị Hoa", "hoa.phanthi@gmail.com", NULL },
  { "Facebook của em bị hack tuần trước, có mấy trang \"lấy lại tài khoản trong 24h\" nhắn tin đòi thu phí trước, toàn lừa đảo. Cuối cùng em tự lấy lại tài khoản qua trang hỗ trợ của Meta, miễn phí: https://www.facebook.com/hacked", "Trần Bảo Ngọc", "baongoc.tran@gmail.com", NULL },
  { "제 인스타 계정이 해킹당해서 복구 업체에 연락했는데 선입금부터 달라고 해서 사기인 걸 알았어요. 결국 인스타그램 고객센터에서 복구했습니다: https://help.instagram.com", "박지훈", "jihoon.park@naver.com", NULL },
  { "Hôm qua tôi nhận tin \"Bạn là khách hàng may mắn của Shopee, nhận iPhone miễn phí chỉ cần thanh toán phí vận chuyển\" kèm link shopee-quatang.online, rõ ràng là lừa đảo. Shopee thật chỉ tặng quà trong app.", "Đinh Công Hải", "conghai.dinh@gmail.com", NULL },
  { "Sự kiện khai trương phố đi bộ có lịch đầy đủ ở đây: https://danang.gov.vn/su-kien/pho-di-bo?utm_source=ngoctram , ai rảnh tối 3/7 ra cầu Rồng xem nhé.", "Ngọc Trâm", "ngoctram.21@gmail.com", NULL },
  { "Em gái tôi bị lừa kiểu \"tuyển CTV làm tại nhà, thả tim, đánh giá 5 sao cho shop, mỗi nhiệm vụ 50k, không cần kinh nghiệm\", họ nhắn qua Telegram t.me/viec_nhe_2026 rồi bắt nạp tiền mới rút được. Đó là lừa đảo, nhà tôi đã báo công an.", "Hồ Thị Thanh", "thanh.hothi@gmail.com", NULL },
  { "ระวังมิจฉาชีพในคอมเมนต์ที่โฆษณาอาจารย์ทำเสน่ห์ เรียกคนรักกลับ เบอร์ 081-455-7788 ให้โอนเงินก่อนนะคะ หลอกลวงทั้งนั้น ส่วนถนนคนเดินที่ดานังน่าไปมากค่ะ", "นิดา", "nida.travel@gmail.com", NULL },
  { "Chương trình học bổng Chính phủ Úc (Australia Awards) là học bổng toàn phần 100%, không thu phí hồ sơ, nộp trực tiếp tại https://vietnam.australiaawards.gov.au . Em học quy hoạch, năm ngoái đậu nhờ tự làm hồ sơ.", "Lê Minh Quân", "minhquan.le@gmail.com", NULL },
  { "Tôi vay 80 triệu ở ngân hàng để sửa quầy, phải thẩm định đàng hoàng, có sổ hộ khẩu, lãi 9% một năm. Mấy app quảng cáo vay không thẩm định, giải ngân trong 10 phút toàn là tín dụng đen, đừng dính vào.", "Võ Văn Tài", "vovantai.dn@gmail.com", NULL },
  { "App bãi đỗ xe mã nguồn mở của sinh viên Bách khoa, miễn phí, không quảng cáo: https://github.com/dut-parking/parkdn/releases . Nhập biển số là xem bãi nào còn chỗ trong bốn bãi tạm.", "Đoàn Nhật Minh", "nhatminh.doan@dut.udn.vn", NULL },
};

static const HeldoutRound round38 = {
  "/spam-heldout38", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story38,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round38);

  return g_test_run ();
}
