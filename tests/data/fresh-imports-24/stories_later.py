# The five of fresh-imports-24 written after the round's fixes (25-29),
# with their expected date and zone before their first run, in forms
# the round did not tune on: an Australian "Posted … at 3:15pm AEDT", a
# Vietnamese "Thứ Hai, 30/11/2026, 15:15 (GMT+7)", a Turkish "(TSİ)", a
# Greek "3:15 μ.μ.", a Saudi Hijri date with "الموافق" and its Gregorian
# one.

story('25-en-au-posted-aedt', 'en', '''
=Parramatta light rail extension gets green light

=By Chloe Nguyen

=Posted Mon 30 Nov 2026 at 3:15pm AEDT
''', 'PARRAMATTA', 'The state government has approved a six-kilometre extension of the Parramatta light rail line, with construction to start in the middle of next year.',
'''
The extension will add seven stops and link the line to the ferry wharf at Rydalmere.

"Commuters have waited long enough for this," the transport minister said.

~Leave a comment

~What is 3 + 4?

~Post comment
''', 'Parramatta light rail extension gets green light', 'Chloe Nguyen', '2026-11-30T15:15:00+11:00',
      zone='Australia/Sydney')

story('26-vi-gmt7', 'vi', '''
=Nguyễn Văn An

=Đà Nẵng mở thêm tuyến xe buýt ra sân bay

=Thứ Hai, 30/11/2026, 15:15 (GMT+7)
''', 'ĐÀ NẴNG', 'Thành phố Đà Nẵng sẽ mở thêm một tuyến xe buýt từ trung tâm ra sân bay từ đầu tháng tới, với giá vé bằng một nửa giá taxi.',
'''
Tuyến xe buýt mới chạy mười lăm phút một chuyến, từ năm giờ sáng đến mười một giờ đêm.

Một hành khách cho biết: "Tôi thường phải đi taxi vì xe buýt cũ chỉ chạy đến bảy giờ tối."

~Gửi bình luận

~2 + 3 = ?

~Gửi
''', 'Đà Nẵng mở thêm tuyến xe buýt ra sân bay', 'Nguyễn Văn An', '2026-11-30T15:15:00+07:00',
      zone='+07:00')

story('27-tr-tsi', 'tr', '''
=Yazan: Elif Kaya

=Bursa'da yeni tramvay hattı için ihale yapıldı

=30 Kasım 2026 Pazartesi 15:15 (TSİ)
''', 'BURSA', "Bursa Büyükşehir Belediyesi, şehir merkezini organize sanayi bölgesine bağlayacak yeni tramvay hattı için ihaleyi pazartesi günü yaptı.",
'''
Yaklaşık dokuz kilometrelik hattın iki yıl içinde tamamlanması planlanıyor.

Bir fabrika işçisi, "Her sabah iki otobüs değiştirmek zorunda kalıyoruz" dedi.

~Yorum yaz

~3 + 5 = ?

~Gönder
''', "Bursa'da yeni tramvay hattı için ihale yapıldı", 'Elif Kaya', '2026-11-30T15:15:00+03:00',
      zone='Europe/Istanbul')

story('28-el-mm', 'el', '''
=Γιώργος Παπαδόπουλος

=Νέο λιμάνι για τα κρουαζιερόπλοια στο Ηράκλειο

=Δευτέρα, 30 Νοεμβρίου 2026, 3:15 μ.μ.
''', 'ΗΡΑΚΛΕΙΟ', 'Το λιμάνι του Ηρακλείου θα αποκτήσει νέα προβλήτα για τα κρουαζιερόπλοια έως το καλοκαίρι του 2028, ανακοίνωσε ο οργανισμός λιμένα.',
'''
Η νέα προβλήτα θα μπορεί να δέχεται δύο μεγάλα πλοία ταυτόχρονα.

«Οι επιβάτες θα φτάνουν πιο κοντά στην πόλη», δήλωσε ο πρόεδρος του οργανισμού.

~Γράψτε ένα σχόλιο

~4 + 2 = ?

~Αποστολή
''', 'Νέο λιμάνι για τα κρουαζιερόπλοια στο Ηράκλειο', 'Γιώργος Παπαδόπουλος', '2026-11-30T15:15:00+00:00')

story('29-ar-hijri-muwafiq', 'ar', '''
=افتتاح جسر جديد على طريق الملك فهد

=كتب: سلمان الحربي

=الاثنين 20 جمادى الآخرة 1448 هـ الموافق 30 نوفمبر 2026 م - 3:15 مساءً
''', 'الدمام', 'افتتحت أمانة المنطقة الشرقية يوم الاثنين جسراً جديداً على طريق الملك فهد يخفف الزحام عند مدخل المدينة.',
'''
ويبلغ طول الجسر ثمانمئة متر ويضم ثلاثة مسارات في كل اتجاه.

وقال أحد السائقين: «كنا نقف هنا نصف ساعة كل صباح».

~اترك تعليقاً

~٥ + ١ = ؟

~إرسال
''', 'افتتاح جسر جديد على طريق الملك فهد', 'سلمان الحربي', '2026-11-30T15:15:00+00:00',
      direction='rtl')
