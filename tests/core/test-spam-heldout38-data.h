/* test-spam-heldout38-data.h: a thirty-eighth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story38: Da Nang, Vietnam, where the city People's Committee will
 * close 1.2 km of Bach Dang Street on the Han River (Le Duan to Nguyen
 * Van Linh) and 2.4 km of Vo Nguyen Giap Street on the beach (Pham Van
 * Dong to Nguyen Van Thoai) to private cars and tour coaches from 6pm
 * to midnight on Fridays, Saturdays and Sundays from Friday 3 July, in
 * a six-month pilot walking street; coaches drop off at APEC Park, Son
 * Tra night market and the Pham Van Dong beach car park; a vice
 * chairman counts about 45,000 people on a weekend evening, many for
 * the Dragon Bridge fire show at 9pm, and 10.9 million visitors last
 * year, 5.1 million from abroad; the construction department's director
 * on four temporary car parks with 1,350 car spaces at 30,000 dong and
 * 6,000 motorbike spaces at 5,000 dong, 24 electric shuttles every 20
 * minutes, free for three months then 10,000 dong a ride; about 2,300
 * households may apply for a free access pass at the ward office by 20
 * June with ID card and vehicle registration; 214 shops, restaurants
 * and hotels affected, 126 on Bach Dang; a 58-year-old seafood
 * restaurant owner whose customers come 70 per cent by coach, a
 * 67-year-old retired teacher in a lane off Bach Dang worried about
 * late music, a University of Da Nang urban planning lecturer warning
 * traffic will move to Tran Phu and Ho Xuan Huong; a public meeting at
 * the Hai Chau ward People's Committee hall on Tuesday 9 June at 7pm,
 * written comments on the city portal until 20 June, a review in
 * January 2027), in two sets, many of them in Vietnamese, some in
 * English, French, Korean, Chinese, Russian or Thai.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a betting house ("nhà cái") with a first-deposit bonus, cockfights
 *     and fish-shooting games, an "unblocked" link and a Telegram for
 *     new links, the site in the website field (Vietnamese);
 *   - a loan "without appraisal", chip ID card only, the Zalo number
 *     spelled half in words (Vietnamese);
 *   - a fake power company SMS without diacritics, an overdue bill and
 *     a cut-off at 5pm, a link to pay (Vietnamese);
 *   - a task scam: paid likes, follows and five-star Shopee reviews, on
 *     Telegram and a spaced-out Zalo number (Vietnamese);
 *   - a "Meta support" service recovering locked Facebook, fan page and
 *     Zalo accounts, the number written with dots between digits, the
 *     site in the website field (Vietnamese);
 *   - a crypto and gold signals group, "92% win rate", a Telegram
 *     invite and a WhatsApp number with a letter O for a zero (English);
 *   - replica watches and handbags, WeChat and a site, cash on delivery
 *     across Vietnam (Chinese);
 *   - a "student, 22, alone in Da Nang" with a private room and photos
 *     at a bare link (Vietnamese);
 *   - forum link runs and "eternal" backlinks from Vietnamese news sites,
 *     one line (Russian);
 *   - labour export to Korea and Japan for 85 million dong, 15 million
 *     deposit first, a hotline with full-width digits (Vietnamese);
 *   - a "Shopee thank-you" iPhone for the 1,000th reader against a
 *     29,000 dong shipping fee (Vietnamese);
 *   - an "official" Da Nang hotel booking site for Korean tourists, a
 *     KakaoTalk ID, the site in the website field (Korean).
 *
 * And twelve readers (desk_genuine):
 *   - a mother of two in An Thuong for the plan, asking for toilets
 *     and benches (French);
 *   - a shift worker in a lane off Bach Dang against it: where to park
 *     at 10pm (Vietnamese);
 *   - a sarcastic line on paying 30,000 to park and walking a kilometre
 *     each way (Vietnamese);
 *   - capitals on the shuttle every 20 minutes and the 10,000 fare
 *     after three months (Vietnamese);
 *   - emoji only;
 *   - a reply "@Lê Văn Hậu" on the free access pass at the ward office
 *     (Vietnamese);
 *   - a guesthouse owner's question to the reporter on Grab cars and
 *     hotel vans (English);
 *   - a fake "People's Committee" SMS charging 50,000 dong for the pass
 *     quoted with its link to warn, "GIẢ", "LỪA ĐẢO" (Vietnamese);
 *   - the tourism department's 2025 report cited with its link
 *     (Vietnamese);
 *   - a woman of 78 on Bach Dang since 1976, typed by her grandson
 *     (Vietnamese);
 *   - a seafood shop on Vo Nguyen Giap signing with its name, no link
 *     (Vietnamese);
 *   - five words, nice for walking at night (Korean).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - a student's memory of the fire show among the coaches, then
 *     motorbikes to rent at 120k a day, the site also in the website
 *     field (Vietnamese);
 *   - a reply "@Claire Dumont" agreeing with the lecturer, then a
 *     parking app with a referral link and a promo code (Vietnamese);
 *   - a walk from the Dragon Bridge, then a massage with "VIP private
 *     rooms" till 2am and a Zalo number with a letter O (English);
 *   - a souvenir stall owner on Bach Dang who borrowed 80 million
 *     through an app "without appraisal", its sign-up link (Vietnamese);
 *   - thanks to the reporter and the 9 June meeting, a betting site in
 *     the website field only (Vietnamese);
 *   - a quoted phrase of the story as an HTML link to a shoe shop
 *     (English);
 *   - a tourist's night walk by the Han River, then a "master" for love
 *     spells on LINE, the phone number in Thai digits (Thai);
 *   - a mother whose daughter waits tables by the beach, then factory
 *     jobs in Osaka for 120 million, 20 million deposit, on Zalo
 *     (Vietnamese);
 *   - a March holiday on the embankment, then a crypto "mentor" who
 *     made +340% in two months, on Telegram (Russian);
 *   - evening walks on My Khe, then a follower-growth course at 199
 *     yuan with 1,000 followers thrown in, on WeChat (Chinese);
 *   - a planning graduate agreeing with the lecturer, then a "full
 *     scholarship" for a 4.5 million dong file fee paid first, the site
 *     also in the website field (Vietnamese);
 *   - coaches on the riverside with a child, then an account
 *     "recovery" service paid 100,000 won in advance, on Telegram
 *     (Korean).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a teacher's own blog post comparing Nguyen Hue and Hoi An, no
 *     ads, the blog in the website field (English);
 *   - a temple's volunteers giving out 300 free vegetarian meals on
 *     Saturdays, its site with public accounts (Vietnamese);
 *   - sums of car park places, shuttle rides and percentages
 *     (Vietnamese);
 *   - a man of 81 in capitals on an ambulance stuck on Bach Dang
 *     (Vietnamese);
 *   - two links to the city's .gov.vn portal, the draft and the
 *     comment form (Vietnamese);
 *   - the city's free Danang Smart City app recommended, no link
 *     (Vietnamese);
 *   - a residents' group's Zalo notice on the access pass and the
 *     meeting, nothing sold (Vietnamese);
 *   - a long rant on everything "miễn phí" (free) and who makes money
 *     (Vietnamese);
 *   - a visitor from Busan comparing Haeundae's pedestrian street
 *     (Korean);
 *   - a reply thanking "@Phạm Thu Hà" for the pass tip (Vietnamese);
 *   - a father who lost 46 million dong to a fake police call about the
 *     pass, warning, no link (Vietnamese);
 *   - a café in a lane off Bach Dang signing with its name and prices,
 *     no link (Vietnamese).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story38 =
  "Da Nang will close parts of its riverside and beach roads to private cars and tour coaches on weekend evenings from Friday 3 July and turn them into walking streets, the city People's Committee said on Monday, in a six-month pilot it hopes will ease the crowds that gather along the Han River and My Khe beach.\n\n"
  "From 6pm to midnight on Fridays, Saturdays and Sundays, a 1.2-kilometre stretch of Bach Dang Street between Le Duan and Nguyen Van Linh streets, and 2.4 kilometres of Vo Nguyen Giap Street between Pham Van Dong and Nguyen Van Thoai streets, will be open only to pedestrians, bicycles, emergency vehicles and the city's electric shuttles. Tour coaches will drop off and pick up passengers at three points: APEC Park, Son Tra night market and the Pham Van Dong beach car park.\n\n"
  "Tran Minh Khoa, a vice chairman of the People's Committee, said about 45,000 people crowd the two roads on a typical weekend evening, many of them to watch the Dragon Bridge breathe fire at 9pm on Saturdays and Sundays, and that the city received about 10.9 million visitors last year, 5.1 million of them from abroad. \"Families with small children are walking between coaches and cars. We would rather give the road back to people on the nights it is fullest,\" he said.\n\n"
  "Le Thi Hong Van, director of the city's Department of Construction, said four temporary car parks would offer 1,350 spaces for cars at 30,000 dong a visit and 6,000 for motorbikes at 5,000 dong, and 24 electric shuttles would run every 20 minutes on two loops, free for the first three months and 10,000 dong a ride after that. About 2,300 households on the closed stretches can apply for a free access pass at their ward office by 20 June, bringing their citizen ID card and vehicle registration.\n\n"
  "The plan affects 214 shops, restaurants and hotels, 126 of them on Bach Dang. Nguyen Thi Lai, 58, who has run a seafood restaurant on Vo Nguyen Giap for 15 years, said about 70 per cent of her customers arrive by coach. \"The Korean and Chinese groups come at 7pm, eat and leave. If the coach stops a kilometre away, they go to another restaurant,\" she said. Phan Van Tung, 67, a retired teacher who lives in a lane off Bach Dang, welcomed the quiet but worried about music late at night. \"Walking streets are lively until midnight, and then the clean-up lorries come at one,\" he said.\n\n"
  "Hoang Quoc Bao, a lecturer in urban planning at the University of Science and Technology of the University of Da Nang, said the pilot would succeed only if the shuttles were frequent and the car parks close. \"Otherwise the traffic just moves one street inland, to Tran Phu and Ho Xuan Huong,\" he said. The city will hold a public meeting at the Hai Chau ward People's Committee hall on Tuesday 9 June at 7pm, take written comments on its portal until 20 June and review the pilot in January 2027.";

static const Comment desk_spam[] = {
  { "🎰 NHÀ CÁI UY TÍN SỐ 1 CHÂU Á 🎰 Nạp lần đầu tặng 100% tối đa 8.888K, hoàn trả 1,5% mỗi ngày không giới hạn, rút tiền về ngân hàng trong 3 phút ⚡ Cá cược bóng đá, đá gà trực tiếp, xóc đĩa, nổ hũ, bắn cá đổi thưởng... Link vào không bị chặn 👉 https://vn88-vip.top/dangky?ref=DN68 — nhà mạng chặn thì vào Telegram @cskh_vn88vip lấy link mới", "VN88 Chính Thức", "cskh.vn88vip@gmail.com", "https://vn88-vip.top" },
  { "Vay tiền online không thẩm định, không gặp mặt, không cần chứng minh thu nhập 💰 Chỉ cần CCCD gắn chip, giải ngân 15 phút, hạn mức 3 - 50 triệu, nợ xấu nhóm 2-3 vẫn hỗ trợ. Zalo chị Thư: không chín ba, 8 bốn 7, hai mốt, năm 6", "Tài Chính Nhanh 24h", "taichinhnhanh24h.vn@gmail.com", NULL },
  { "[EVNCPC] Thong bao: Quy khach co hoa don tien dien thang 5/2026 qua han thanh toan so tien 1.284.600d. He thong se ngung cap dien luc 17h00 hom nay. Vui long thanh toan ngay tai http://evncpc-thanhtoan.online/hd?ma=PC05DN de tranh gian doan.", "EVNCPC CSKH", "thongbao.evncpc@outlook.com", NULL },
  { "TUYỂN CTV LÀM TẠI NHÀ 📱 Chỉ cần thả tim, follow kênh TikTok và đánh giá 5 sao cho shop trên Shopee theo nhiệm vụ được giao. Mỗi nhiệm vụ 20k - 50k, ngày kiếm 500k - 1tr5, thanh toán ngay sau mỗi đơn, không cần cọc, không cần kinh nghiệm, phù hợp mẹ bỉm sữa, sinh viên. Nhắn Telegram t.me/hr_maianh_2026 hoặc Zalo 0 3 9 . 6 6 1 . 4 4 0 8 để nhận nhiệm vụ đầu tiên có thưởng 68k 🎁", "HR Mai Anh", "maianh.tuyendung2026@gmail.com", NULL },
  { "Facebook bị khóa 956, bị hack mất fanpage, mất quyền quản trị, quên mật khẩu Zalo, Instagram? Đội kỹ thuật lấy lại tài khoản trong 2 - 24h, làm xong mới thu phí, bảo mật 100%. Inbox ngay hoặc gọi 0.8.6.7.5.3.2.9.1.9", "Hỗ Trợ Meta Việt Nam", "hotro.metavn@gmail.com", "https://khoiphuc-taikhoan247.com" },
  { "🚀 FREE VIP signals for BTC, ETH and XAUUSD — 92% win rate, 300 to 500 pips every week. Our mentor turned $500 into $23,400 in six weeks and teaches you step by step. Only 20 seats left in the private group, join before it closes 👉 https://t.me/+GoldBullVN_signals or WhatsApp +84 7O8 225 913", "Kevin Tran | Crypto Mentor", "kevin.goldbull.fx@gmail.com", "https://goldbull-signals.xyz" },
  { "高仿名表、名牌包包 1:1 原单品质，劳力士、欧米茄、LV、Gucci 全系列现货，专柜验货无压力，岘港、会安可当面交易，全越南货到付款。微信：lux-dn2026 ｜ 官网 luxury-aaa.top 全场五折", "越南精品代购", "luxaaa.dn@163.com", "http://luxury-aaa.top" },
  { "Em Linh 22t, sinh viên năm 3, đang ở Đà Nẵng một mình buồn quá 🥺 anh nào rảnh tối nay đi dạo biển với em không, có phòng riêng nha 💋 ảnh em ở đây nè: gaixinh-dn.xyz/linh22", "Linh Cute 💕", "linhcute2k4@gmail.com", "https://gaixinh-dn.xyz" },
  { "Прогон сайта по 50 000 форумов и каталогов, вечные ссылки с вьетнамских новостных сайтов DA 50+, рост трафика за 2 недели. Цены от 1500 руб. — seo-progon.online", "SEO Прогон", "seo.progon.pro@mail.ru", "https://seo-progon.online" },
  { "🇰🇷🇯🇵 TUYỂN GẤP 50 LAO ĐỘNG đi Hàn Quốc visa E-9, E-7 và Nhật Bản kỹ năng đặc định, lương 45 - 60 triệu/tháng, bao ăn ở, không yêu cầu tiếng, không cần thi. Chi phí trọn gói chỉ 85 triệu, đặt cọc trước 15 triệu để giữ suất, có visa bay ngay trong 45 ngày. Hotline/Zalo anh Hưng: ０９１２ ５５８ ３０７ (ưu tiên người Quảng Nam, Đà Nẵng)", "XKLĐ Quốc Tế Minh Phát", "minhphat.xkld@gmail.com", "https://xkld-minhphat.vn" },
  { "🎁 CHÚC MỪNG! Bạn là người đọc may mắn thứ 1.000 hôm nay và được chọn nhận iPhone 16 Pro Max trong chương trình tri ân khách hàng Shopee. Chỉ cần thanh toán phí vận chuyển 29.000đ, nhận quà tại: https://shopee-triankhachhang.online/qua/1000", "Shopee Tri Ân", "triankhachhang.spvn@gmail.com", NULL },
  { "✈️ 다낭 공식 호텔 예약 사이트 ✈️ 미케비치 5성급 리조트 1박 29,000원부터! 한국인 전용 특가, 무료 공항 픽업 + 조식 포함. 여름 성수기 객실 마감 임박 🔥 카카오톡 상담 ID: danangbooking77 / 예약: https://danang-officialhotel.top", "다낭 공식 예약센터", "booking.danang.official@gmail.com", "https://danang-officialhotel.top" },
};

static const Comment desk_genuine[] = {
  { "J'habite à An Thượng depuis quatre ans et le samedi soir, traverser Võ Nguyên Giáp avec deux enfants est un vrai cauchemar : les cars de touristes klaxonnent sans arrêt. Une rue piétonne le week-end, je signe tout de suite. Il faudra juste des toilettes publiques et des bancs.", "Claire Dumont", "claire.dumont.dn@gmail.com", NULL },
  { "Nói thì hay, nhưng nhà tôi ở trong kiệt 42 Bạch Đằng, tối thứ Bảy tôi đi làm ca về lúc 10 giờ thì để xe ở đâu? Bốn bãi tạm với 1.350 chỗ ô tô cho 45.000 người thì thấm tháp gì. Làm thì làm, nhưng phải tính cho người ở đây trước rồi mới tính cho khách.", "Lê Văn Hậu", "hau.levan1979@gmail.com", NULL },
  { "Hay quá, vậy là từ tháng 7 tôi sẽ khỏe ra: gửi ô tô 30 nghìn ở bãi tạm, đi bộ 1 cây số ra biển, rồi đi bộ 1 cây số về. Chắc năm sau thành phố cấm luôn xe máy để dân mình chạy bộ từ Liên Chiểu ra Mỹ Khê 😂", "Hoàng Minh Đức", "ducminhhoang.dn@gmail.com", NULL },
  { "CẤM XE MÀ XE ĐIỆN 20 PHÚT MỚI CÓ MỘT CHUYẾN THÌ AI CHỜ NỔI? HẾT 3 THÁNG MIỄN PHÍ LÀ THU 10 NGHÌN MỘT LƯỢT, CẢ NHÀ 5 NGƯỜI ĐI VỀ MẤT 100 NGHÌN!!! HỌP DÂN NGÀY 9/6 THÌ PHẢI NGHE DÂN NÓI CHỨ ĐỪNG ĐỌC BÁO CÁO RỒI VỀ!!!", "Nguyễn Thanh Tâm", "thanhtam.nguyen68@yahoo.com", NULL },
  { "👏👏👏🌊🚶‍♀️🚶‍♂️❤️", "Mai", "mai.ha.2001@gmail.com", NULL },
  { "@Lê Văn Hậu bài có ghi đó anh: hộ dân trên đoạn bị cấm được làm thẻ ra vào miễn phí ở phường, mang CCCD với giấy đăng ký xe, hạn chót 20/6. Nhà em ở Võ Nguyên Giáp, hôm qua lên phường làm mất có 15 phút.", "Phạm Thu Hà", "thuha.pham.dn@gmail.com", NULL },
  { "Question for the reporter: will Grab cars and hotel shuttle vans be allowed in after 6pm, or do they also have to use the three coach drop-off points? Our guesthouse is right in the middle of the Vo Nguyen Giap stretch and half our guests arrive late on Friday evenings.", "Daniel Hughes", "dan.hughes.vn@outlook.com", NULL },
  { "Cảnh báo cả nhà: sáng nay mẹ tôi nhận tin nhắn \"[UBND TP Da Nang] Ho dan dang ky the ra vao pho di bo truoc 20/6, le phi 50.000d, dang ky tai http://danang-phodibo.online/dangky\". Đây là tin nhắn GIẢ, LỪA ĐẢO nhé! Thẻ cư dân làm ở phường và miễn phí, thành phố không gửi link nào cả. Đừng bấm vào, đừng nhập số tài khoản hay mã OTP.", "Trương Thị Kim Oanh", "kimoanh.truong@gmail.com", NULL },
  { "Số liệu 10,9 triệu lượt khách là của Sở Du lịch, báo cáo tổng kết năm 2025 có đăng ở đây: https://sodulich.danang.gov.vn/thong-ke/bao-cao-tong-ket-2025 . Trong đó khách quốc tế chiếm gần một nửa, nên chuyện xe khách thả khách ở đâu mới là chuyện lớn, chứ không phải ô tô nhà dân.", "Đặng Quốc Huy", "quochuy.dang@gmail.com", NULL },
  { "Tôi năm nay 78 tuổi, ở đường Bạch Đằng từ năm 1976. Hồi đó bờ sông chỉ có ghe thuyền với mấy gánh bánh xèo, tối trời mát cả xóm ra ngồi hóng gió, con nít chạy chơi thoải mái. Nay làm phố đi bộ tôi cũng mừng, chỉ xin đừng mở loa to quá khuya, người già khó ngủ. Cháu nội gõ giùm tôi mấy dòng này.", "Nguyễn Thị Sáu", "minhkhang.nguyen2010@gmail.com", NULL },
  { "Tiệm tôi bán hải sản trên Võ Nguyên Giáp 12 năm, bảy phần khách là đoàn xe du lịch Hàn, Trung tới lúc 7 giờ tối. Cấm xe khách từ 6 giờ mà điểm trả khách cách cả cây số là coi như mất khách. Xin thành phố cho xe khách dừng 10 phút đón trả trước quán, hoặc giảm thuế khoán mấy tháng đầu. — Chủ quán Hải Sản Cô Ba Hoa Sen, Sơn Trà", "Hải Sản Cô Ba Hoa Sen", "cobahoasen.haisan@gmail.com", NULL },
  { "밤에 걷기 좋겠네요 👍", "지은", "jieun.travel@naver.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Hồi sinh viên tối Chủ nhật nào tụi mình cũng ra cầu Rồng đợi 9 giờ xem phun lửa, chen giữa mấy chiếc xe khách muốn nghẹt thở. Làm phố đi bộ là quá hợp lý! Ai ở xa ra Đà Nẵng chơi mà ngại gửi ô tô thì thuê xe máy bên mình nha, giao xe tận khách sạn, chỉ 120k/ngày, xem xe và đặt tại https://thuexemay-danang24h.xyz 🛵", "Quang Huy", "quanghuy.thuexe@gmail.com", "https://thuexemay-danang24h.xyz" },
  { "@Claire Dumont đồng ý với chị, và như thầy Bảo nói, không có chỗ đậu xe thì kẹt xe chỉ dời sang Trần Phú thôi. Mình toàn đặt chỗ trước bằng app ParkNow DN, thấy bãi nào còn trống là giữ chỗ luôn, lần đầu giảm 50%. Tải app ở parknow-dn.online/app?ref=ngoctram21 rồi nhập mã PHODIBO là được.", "Ngọc Trâm", "ngoctram.21@gmail.com", NULL },
  { "Walked from the Dragon Bridge to Han market last weekend and it would be so much nicer without the coaches, fully agree with the plan. After all that walking, treat yourself 😉 Golden Lotus Spa & Massage: full body oil massage, VIP private room for foreign gentlemen, open until 2am, free hotel pick-up. Book at goldenlotus-spa-dn.top or Zalo +84 9O5 117 226", "Anna", "anna.goldenlotus@gmail.com", "https://goldenlotus-spa-dn.top" },
  { "Nhà mình có quầy đồ lưu niệm trên Bạch Đằng, nghe tin cấm xe khách là lo mất ngủ mấy đêm. May mà vay được 80 triệu qua app VayNhanh Plus trong 10 phút, không thẩm định, không cần sổ hộ khẩu, để sửa lại quầy đón khách đi bộ. Bà con tiểu thương nào cần vốn thì đăng ký ở vaynhanhplus.vn/dangky nhé, lãi 0% tháng đầu.", "Thu Hương", "thuhuong.luuniem@gmail.com", NULL },
  { "Bài viết rất chi tiết, cảm ơn phóng viên. Mong thành phố nghe thêm ý kiến tiểu thương ở buổi họp ngày 9/6 trước khi chốt phương án.", "Hoàng Nam", "hoangnam.dn1990@gmail.com", "https://kubet-88vn.top/dangky?code=HN8" },
  { "Loved the line about <a href=\"https://sneakerdeals-outlet.com/walking-shoes\">giving the road back to people</a>, so true for Da Nang. Can't wait to walk the riverside in July!", "Jenny Park", "jenny.sneakerdeals@gmail.com", NULL },
  { "ไปเที่ยวดานังเมื่อปีที่แล้ว เดินริมแม่น้ำฮันตอนกลางคืนสวยมาก แต่รถทัวร์เยอะจริงๆ ถ้าปิดถนนให้คนเดินจะดีมากเลยค่ะ 🙏 ส่วนใครมีปัญหาความรัก แฟนนอกใจ ค้าขายไม่ดี ติดต่ออาจารย์ณัฐ ทำเสน่ห์ แก้กรรม เรียกคนรักกลับ ได้ผลใน 7 วัน ไลน์ @ajarn.nat999 โทร ๐๘๑-๔๕๕-๗๗๘๘", "พลอย", "ploy.travel.th@gmail.com", NULL },
  { "Con gái tôi làm phục vụ ở nhà hàng ven biển Mỹ Khê, nghe cấm xe tối cuối tuần chắc bị giảm ca, lương đã thấp giờ càng khó. Nghĩ lại thì cho cháu đi Nhật cho chắc: công ty bên tôi đang tuyển đơn đóng gói thực phẩm ở Osaka, lương 32 triệu/tháng, không cần tiếng, phí trọn gói 120 triệu, chỉ cọc trước 20 triệu là giữ suất. Gia đình nào có con em muốn đi thì Zalo cô Hạnh: 0 9 3 5 . 2 2 1 . 8 0 4", "Cô Hạnh", "cohanh.duhoc.xkld@gmail.com", NULL },
  { "Был в Дананге в марте, набережная вечером шикарная, но туристические автобусы реально мешают гулять, так что план правильный. Кстати, ту поездку я оплатил благодаря наставнику Игорю: его сигналы по крипте дали мне +340% за два месяца, без всякого опыта. Пишите ему в Telegram @igor_crypto_profit и скажите, что от Марины, он берёт ещё пятерых учеников.", "Марина", "marina.travel88@mail.ru", NULL },
  { "岘港美溪海滩晚上散步真的很舒服，支持改成步行街！我自己是做小红书旅游博主的，三个月从0涨到5万粉，接广告月入过万，全靠这套涨粉课程。现在特价199元，再送1000真人粉丝，想学的加微信 dnx_travel888 领取试听课。", "小鹿爱旅行", "xiaolu.travel@qq.com", NULL },
  { "Thầy Bảo nói quá đúng, hồi học quy hoạch ở Bách khoa tụi em cũng được dạy vậy: không có giao thông công cộng thì phố đi bộ chỉ đẩy kẹt xe sang đường bên cạnh. Bạn nào muốn học thạc sĩ quy hoạch đô thị ở Úc, Hà Lan thì bên em đang có suất học bổng toàn phần 100%, chỉ cần đóng phí xét hồ sơ 4,5 triệu trước 15/6 là cam kết đậu. Đăng ký tại hocbongtoanphan2026.online", "Khánh Linh", "khanhlinh.hocbong@gmail.com", "https://hocbongtoanphan2026.online" },
  { "지난 주말에 다낭 한강변 산책했는데 관광버스가 너무 많아서 아이랑 걷기 위험했어요. 보행자 거리 대찬성입니다! 그런데 여행 중에 인스타나 카톡 계정 해킹당하신 분들, 저도 복구 업체 통해서 하루 만에 되찾았어요. 텔레그램 @recover_sns_kr 로 연락하시면 되고 선입금 10만원만 내면 바로 진행해 줍니다.", "서연맘", "seoyeonmom.trip@naver.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I wrote up a longer piece on my own blog comparing the Bach Dang plan with Nguyen Hue in Saigon and the old town in Hoi An, with photos I took on three Saturday nights at 9pm. No ads, just a teacher who walks a lot: https://walkingdanang.blogspot.com/2026/06/bach-dang-walking-street.html", "Tom Gallagher", "tom.gallagher.teach@gmail.com", "https://walkingdanang.blogspot.com" },
  { "Mỗi tối thứ Bảy, nhóm thiện nguyện của chùa An Lạc Tâm (Sơn Trà) vẫn phát khoảng 300 suất cơm chay miễn phí cho người bán vé số, xe ôm quanh khu cầu Rồng. Nếu phố đi bộ mở, chúng tôi mong thành phố cho đặt một điểm phát cơm cố định. Quý vị muốn góp gạo, rau củ hay công sức có thể xem thông tin và sao kê công khai tại https://comchay-anlactam.org. A Di Đà Phật.", "Nhóm Cơm Chay Chùa An Lạc Tâm", "comchay.anlactam@gmail.com", "https://comchay-anlactam.org" },
  { "Tính thử cho vui: 1.350 chỗ ô tô x 3 người + 6.000 chỗ xe máy x 1,5 người = 4.050 + 9.000 = 13.050 người. Tối cuối tuần có 45.000 người, tức chỉ khoảng 29% có chỗ gửi xe. 24 xe điện x 30 chỗ x 3 chuyến/giờ x 6 giờ ≈ 12.960 lượt, thêm khoảng 29% nữa. Còn lại 42%, tức gần 19.000 người, phải đi taxi, Grab hoặc đi bộ từ nhà. Nếu chỉ 10% trong số đó đi ô tô riêng thì đường Trần Phú sẽ ra sao?", "Ngô Đức Trí", "ductri.ngo@gmail.com", NULL },
  { "TÔI 81 TUỔI, ĐỌC BÁO GIẤY 40 NĂM NAY, GIỜ CON CHÁU CÀI CHO ĐỌC TRÊN ĐIỆN THOẠI. TÔI ỦNG HỘ PHỐ ĐI BỘ NHƯNG XIN CHO XE LĂN VÀ XE CẤP CỨU ĐI ĐƯỢC. NĂM NGOÁI VỢ TÔI LÊN CƠN ĐAU TIM LÚC 9 GIỜ TỐI, XE CẤP CỨU KẸT Ở BẠCH ĐẰNG HƠN 15 PHÚT. CẢM ƠN TÒA SOẠN.", "Trần Văn Khải", "tranvankhai1945@gmail.com", NULL },
  { "Bản dự thảo phương án có đăng đầy đủ trên cổng thông tin thành phố: https://danang.gov.vn/du-thao/pho-di-bo-cuoi-tuan-2026 , còn góp ý thì gửi qua https://gopy.danang.gov.vn/phodibo trước ngày 20/6. Mọi người nên đọc bản gốc, trong đó có sơ đồ bốn bãi xe tạm và ba điểm trả khách, rồi hẵng tranh luận.", "Lâm Chí Thanh", "chithanh.lam@gmail.com", NULL },
  { "Ai lo không biết gửi xe ở đâu thì cài app Danang Smart City, miễn phí, của thành phố làm, có mục bãi đỗ xe và lộ trình xe buýt. Tôi hay dùng để phản ánh đèn đường hư, lần nào cũng được xử lý trong vài ngày. Mong thành phố cập nhật số chỗ trống của bốn bãi tạm lên đó.", "Võ Thị Ngọc Hân", "ngochan.vo@gmail.com", NULL },
  { "Mình chuyển lời từ nhóm Zalo tổ dân phố 18: hộ dân trên đoạn Bạch Đằng từ Lê Duẩn đến Nguyễn Văn Linh mang CCCD và giấy đăng ký xe lên phường làm thẻ ra vào, miễn phí, hạn chót 20/6. Tối thứ Ba 9/6 lúc 19h có buổi họp góp ý ở hội trường UBND phường Hải Châu, bà con đi đông đủ. Ai chưa vào nhóm thì hỏi trực tiếp chú Lộc tổ trưởng.", "Tổ dân phố 18", "totruong.tdp18@gmail.com", NULL },
  { "Cái gì cũng miễn phí: xe điện miễn phí ba tháng, thẻ cư dân miễn phí, xem cầu Rồng phun lửa miễn phí. Rồi sau đó thì sao? Tiền gửi xe 30 nghìn, tiền thuê mặt bằng tăng, tô mì Quảng ở phố đi bộ lên 60 nghìn, dân lao động chỉ đứng nhìn. Ai kiếm tiền? Mấy khách sạn lớn, mấy chuỗi nhà hàng có vốn. Ai mất tiền? Người bán xe đẩy, xe ôm, tiệm nhỏ trong kiệt. Tôi không chống phố đi bộ, tôi chống cái kiểu nói miễn phí rồi móc tiền dân bằng cửa sau. Đề nghị công khai thu chi của bốn bãi xe mỗi quý.", "Huỳnh Tấn Phát", "tanphat.huynh.dn@gmail.com", NULL },
  { "부산 해운대에서 왔어요. 해운대도 구남로를 보행자 중심 거리로 바꿀 때 상인들 반대가 꽤 심했는데, 몇 년 지나니 오히려 손님이 늘었다고 들었어요. 다만 주차 문제는 지금도 여전해요. 다낭도 셔틀버스를 자주 다니게 하면 잘 될 것 같아요.", "김민준", "minjun.kim.busan@naver.com", NULL },
  { "@Phạm Thu Hà cảm ơn chị nhiều nha, em cứ tưởng làm thẻ phải đóng phí nên định để cuối tháng. Mai em lên phường làm luôn.", "Bùi Gia Bảo", "giabao.bui03@gmail.com", NULL },
  { "Tuần trước ba tôi nhận cuộc gọi xưng là công an phường, nói phải \"cập nhật định danh để cấp thẻ phố đi bộ\", rồi hướng dẫn cài một ứng dụng lạ. Chỉ 20 phút sau tài khoản tiết kiệm mất 46 triệu. Công an thật không bao giờ gọi điện bắt cài app hay chuyển tiền. Mọi người nhắc ông bà, cha mẹ mình giùm, đừng để ai bị như ba tôi nữa.", "Đỗ Thị Mỹ Linh", "mylinh.do.dn@gmail.com", NULL },
  { "Quán cà phê nhỏ của tụi mình nằm trong kiệt sát Bạch Đằng, tối cuối tuần đông nhất. Phố đi bộ mở thì tụi mình mở thêm tới 23h: cà phê muối 25k, bạc xỉu 22k, nước ép 30k, ai đi bộ ghé ngồi nghỉ chân cũng được, không cần gọi món 😄 — Cà phê Gác Gỗ, kiệt 56 Bạch Đằng", "Cà phê Gác Gỗ", "cafegacgo.dn@gmail.com", NULL },
};
