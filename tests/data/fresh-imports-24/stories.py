# The stories of fresh-imports-24, 01-20 (read by gen.py): everyday
# stories in the examples' shape that differ mainly in their DATE AND
# TIME LINE (12-hour clocks with a language's own AM/PM words, other
# calendars and eras, named zones and offsets, numeric orders, weekday
# forms, "Published … | Updated …"), written with their expected date
# and zone before the importer's date code was read or run.

story('01-en-us-slash-pm-et', 'en', '''
=By Dana Whitlock

=Clearwater council approves late-night bus route

=Published 11/30/2026 3:15 p.m. (ET) | Updated 11/30/2026 5:02 p.m. (ET)
''', 'CLEARWATER, Pa.', 'The Clearwater city council approved a late-night bus route on Monday that will run from the hospital to the rail station until 2 a.m.',
'''
Night-shift workers had asked for the route for three years, saying taxis cost them a fifth of their wages.

"This is the single most requested change we have ever had," council member Ruth Ames said.

~Leave a Reply

~What is 3 + 5?

~Post Comment
''', 'Clearwater council approves late-night bus route', 'Dana Whitlock', '2026-11-30T15:15:00-05:00',
      zone='America/New_York')

story('02-es-co-p-m-utc-offset', 'es', '''
=Por Camilo Restrepo

=Pueblo Alto estrena su primera biblioteca pública

=Lunes, 30 de noviembre de 2026, 3:15 p. m. (UTC−05:00)
''', 'PUEBLO ALTO', 'El municipio de Pueblo Alto abrió este lunes su primera biblioteca pública, con cuatro mil libros donados por los vecinos y una sala para niños.',
'''
La biblioteca funcionará en la antigua estación del tren, que llevaba veinte años cerrada.

«Los niños tenían que viajar dos horas para pedir un libro prestado», dijo la alcaldesa, Lucía Ospina.

~Deja un comentario

~¿Cuánto es 4 + 3?

~Publicar comentario
''', 'Pueblo Alto estrena su primera biblioteca pública', 'Camilo Restrepo', '2026-11-30T15:15:00-05:00',
      zone='-05:00')

story('03-ko-ohu', 'ko', '''
=해안도로 자전거길 내년 봄 개통

=김민지 기자

=입력 2026.11.30. 오후 3:15  수정 2026.11.30. 오후 5:02
''', '강릉', '강릉시는 해안도로를 따라 12킬로미터 길이의 자전거길을 내년 봄에 개통한다고 30일 밝혔다.',
'''
시는 이번 사업에 모두 48억 원을 들여 전용 차로와 쉼터 다섯 곳을 만든다.

한 시민은 "주말마다 자전거를 타는데 차와 함께 달려서 늘 불안했다"고 말했다.

~댓글 쓰기

~3 + 4 = ?

~등록
''', '해안도로 자전거길 내년 봄 개통', '김민지', '2026-11-30T15:15:00+00:00')

story('04-ja-gogo-jifun', 'ja', '''
=港町の朝市、冬も毎週開催へ

=記者：高橋健一

=2026年11月30日 午後3時15分
''', '函館', '函館市の朝市組合は30日、これまで冬に休んでいた朝市を今年から毎週日曜に開くと発表した。',
'''
組合によると、冬の観光客が増えたことから、出店者の半数以上が通年の営業を望んでいたという。

組合長は「寒い朝でも温かい汁物を出せば人は来てくれる」と話した。

~コメントを書く

~5 + 2 = ?

~送信
''', '港町の朝市、冬も毎週開催へ', '高橋健一', '2026-11-30T15:15:00+00:00')

story('05-zh-xiawu', 'zh', '''
=古城墙修复工程完工 下月起免费开放

=记者 王磊

=2026年11月30日 下午3:15
''', '西安', '历时两年的南门古城墙修复工程30日完工，市文物局表示城墙步道将从下月起免费向市民开放。',
'''
修复工程共更换了一万二千块城砖，并加固了三处地基。

一位附近居民说：“小时候常在城墙下玩，现在终于能走上去看看了。”

~发表评论

~6 + 1 = ?

~提交
''', '古城墙修复工程完工 下月起免费开放', '王磊', '2026-11-30T15:15:00+00:00')

story('06-hi-aparahn-ist', 'hi', '''
=नगर निगम ने शुरू की रात की बस सेवा

=रिपोर्ट: राहुल शर्मा

=प्रकाशित: 30 नवंबर 2026, अपराह्न 3:15 (IST)
''', 'इंदौर', 'नगर निगम ने सोमवार को शहर में रात की बस सेवा शुरू की, जो रेलवे स्टेशन से हवाई अड्डे तक रात दो बजे तक चलेगी।',
'''
पहले सप्ताह में यात्रियों से कोई किराया नहीं लिया जाएगा।

एक यात्री ने कहा, "रात की पाली के बाद घर लौटना अब आसान हो जाएगा।"

~अपनी टिप्पणी लिखें

~2 + 5 = ?

~भेजें
''', 'नगर निगम ने शुरू की रात की बस सेवा', 'राहुल शर्मा', '2026-11-30T15:15:00+05:30',
      zone='Asia/Kolkata')

story('07-ar-masaan-gmt3', 'ar', '''
=افتتاح أكبر حديقة عامة في المدينة

=كتب: خالد العتيبي

=الاثنين ٣٠ نوفمبر ٢٠٢٦ - ٣:١٥ مساءً (GMT+3)
''', 'الطائف', 'افتتحت أمانة الطائف يوم الاثنين أكبر حديقة عامة في المدينة على مساحة ستين ألف متر مربع.',
'''
وتضم الحديقة ممرات للمشي بطول أربعة كيلومترات وملاعب للأطفال.

وقال أحد الزوار: «كنا ننتظر هذا المكان منذ سنوات طويلة».

~اترك تعليقاً

~٤ + ٣ = ؟

~إرسال
''', 'افتتاح أكبر حديقة عامة في المدينة', 'خالد العتيبي', '2026-11-30T15:15:00+03:00',
      zone='+03:00', direction='rtl')

story('08-fa-badazzohr', 'fa', '''
=مریم رضایی

=بازگشایی کتابخانه مرکزی پس از نوسازی

=۹ آذر ۱۴۰۵ - ساعت ۳:۱۵ بعدازظهر
''', 'شیراز', 'کتابخانه مرکزی شیراز پس از دو سال نوسازی از امروز دوباره به روی مراجعه‌کنندگان باز شد.',
'''
در این نوسازی سالن مطالعه بزرگ‌تر شد و بخش تازه‌ای برای کودکان ساخته شد.

رئیس کتابخانه گفت: «امیدواریم جوانان بیشتری به کتابخانه بیایند.»

~دیدگاه خود را بنویسید

~۳ + ۲ =
''', 'بازگشایی کتابخانه مرکزی پس از نوسازی', 'مریم رضایی', '2026-11-30T15:15:00+03:30',
      zone='Asia/Tehran', direction='rtl')

story('09-th-buddhist-na', 'th', '''
=เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลอง

=โดย สมชาย ใจดี

=30 พ.ย. 2569 15.15 น.
''', 'อยุธยา', 'เทศบาลนครอยุธยาเปิดตลาดน้ำแห่งใหม่ริมคลองเมื่อวันจันทร์ มีร้านค้ากว่าหนึ่งร้อยร้าน',
'''
ตลาดจะเปิดทุกวันเสาร์และวันอาทิตย์ ตั้งแต่เช้าจนถึงค่ำ

แม่ค้าคนหนึ่งกล่าวว่า "ดีใจที่มีที่ขายของใกล้บ้าน"

~แสดงความคิดเห็น

~2 + 6 = ?

~ส่ง
''', 'เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลอง', 'สมชาย ใจดี', '2026-11-30T15:15:00+00:00')

story('10-id-wita', 'id', '''
=Pelabuhan Bira Tambah Jadwal Kapal Penyeberangan

=Oleh: Andi Pratama

=Senin, 30 Nov 2026 15:15 WITA
''', 'BULUKUMBA', 'Pelabuhan Bira di Bulukumba menambah dua jadwal kapal penyeberangan ke Pulau Selayar mulai Desember, setelah antrean kendaraan mencapai dua kilometer pada akhir pekan.',
'''
Kapal tambahan akan berangkat setiap pagi dan sore dari dermaga baru.

"Kami sering menunggu sampai malam hanya untuk menyeberang," kata seorang sopir truk.

~Tinggalkan komentar

~Berapa 3 + 6?

~Kirim
''', 'Pelabuhan Bira Tambah Jadwal Kapal Penyeberangan', 'Andi Pratama', '2026-11-30T15:15:00+08:00',
      zone='Asia/Makassar')

story('11-pt-br-hora-de-brasilia', 'pt', '''
=Por Beatriz Lacerda

=Ponte sobre o rio Claro será reaberta em dezembro

=Publicado em 30/11/2026 às 15h15 (hora de Brasília)
''', 'RIO CLARO', 'A ponte sobre o rio Claro, fechada desde a enchente de março, será reaberta ao trânsito de carros em meados de dezembro, segundo a prefeitura.',
'''
Os caminhões só poderão voltar a passar depois de uma nova vistoria, prevista para janeiro.

“A gente levava uma hora para chegar ao outro lado da cidade”, contou o comerciante Paulo Siqueira.

~Deixe seu comentário

~Quanto é 2 + 3?

~Enviar
''', 'Ponte sobre o rio Claro será reaberta em dezembro', 'Beatriz Lacerda', '2026-11-30T15:15:00-03:00',
      zone='America/Sao_Paulo')

story('12-fr-heure-de-paris', 'fr', '''
=Par Hélène Marchand

=Montreval : le marché de Noël s'installe sur la place du château

=Publié le 30 novembre 2026 à 15 h 15 (heure de Paris), mis à jour à 17 h 02
''', 'MONTREVAL', "Le marché de Noël de Montreval ouvrira vendredi sur la place du château, avec une soixantaine de chalets et une patinoire.",
'''
La mairie a choisi de déplacer le marché pour libérer la rue commerçante, où les piétons se bousculaient l'an dernier.

« Nous voulions un lieu plus grand et plus sûr pour les familles », a expliqué l'adjointe au maire.

~Laisser un commentaire

~Combien font 3 + 3 ?

~Envoyer
''', "Montreval : le marché de Noël s'installe sur la place du château", 'Hélène Marchand', '2026-11-30T15:15:00+01:00',
      zone='Europe/Paris', absent='mis à jour')

story('13-de-wochentag-mez', 'de', '''
=Von Lukas Hofmann

=Lindau bekommt einen neuen Fähranleger

=Mo 30.11.2026 – 15.15 Uhr MEZ
''', 'LINDAU', 'Die Stadt Lindau baut bis zum Sommer einen neuen Fähranleger am Hafen, weil der alte Steg für die größeren Schiffe zu kurz ist.',
'''
Der Bau kostet nach Angaben der Stadt rund vier Millionen Euro, die Hälfte zahlt das Land.

„Im Sommer stehen die Leute hier eine Stunde in der Schlange“, sagte der Hafenmeister.

~Kommentar schreiben

~Bitte lösen Sie: 5 + 4 =

~Absenden
''', 'Lindau bekommt einen neuen Fähranleger', 'Lukas Hofmann', '2026-11-30T15:15:00+01:00',
      zone='Europe/Berlin')

story('14-fi-klo', 'fi', '''
=Anna Virtanen

=Kirjasto avaa lauantaisin myös iltaisin

=Julkaistu 30.11.2026 klo 15.15 | Päivitetty 30.11.2026 klo 17.02
''', 'TAMPERE', 'Tampereen pääkirjasto alkaa pitää ovensa auki lauantaisin iltakahdeksaan asti joulukuun alusta lähtien.',
'''
Kirjaston mukaan lauantai on viikon vilkkain päivä, ja moni asiakas on toivonut pidempiä aukioloaikoja.

"Iltaisin täällä on rauhallista lukea", sanoi kirjaston vakituinen asiakas.

~Kirjoita kommentti

~Paljonko on 2 + 4?

~Lähetä
''', 'Kirjasto avaa lauantaisin myös iltaisin', 'Anna Virtanen', '2026-11-30T15:15:00+00:00')

story('15-no-kl-two-digit-year', 'nb', '''
=Av Ingrid Solberg

=Ny gangbru over elva åpner før jul

=Publisert: 30.11.26 kl. 15.15
''', 'DRAMMEN', 'Den nye gangbrua over Drammenselva åpner for fotgjengere og syklister uken før jul, opplyser kommunen.',
'''
Brua er 220 meter lang og erstatter en midlertidig bro som har stått i tre år.

– Vi har gledet oss lenge til å slippe omveien, sier en syklist som krysser elva hver dag.

~Skriv en kommentar

~Hva er 4 + 4?

~Send
''', 'Ny gangbru over elva åpner før jul', 'Ingrid Solberg', '2026-11-30T15:15:00+00:00')

story('16-sv-kl-cet-uppdaterad', 'sv', '''
=Av Erik Lindqvist

=Västerås bygger ny simhall vid ån

=Publicerad 30 november 2026 kl. 15:15 CET · Uppdaterad 30 november 2026 kl. 17:02 CET
''', 'VÄSTERÅS', 'Västerås kommun bygger en ny simhall vid Svartån, och den ska vara klar hösten 2028.',
'''
Den gamla simhallen från 1960-talet har stängts två gånger i år på grund av läckor i taket.

– Vi har lagat och lagat, men nu går det inte längre, säger fritidschefen.

~Lämna en kommentar

~Vad är 1 + 6?

~Skicka
''', 'Västerås bygger ny simhall vid ån', 'Erik Lindqvist', '2026-11-30T15:15:00+01:00',
      zone='Europe/Berlin')

story('17-ja-reiwa-jst', 'ja', '''
=山あいの小学校、来春から給食を地元産に

=記者：中村さくら

=令和8年11月30日 15時15分 JST
''', '高山', '高山市の教育委員会は30日、市内の小学校の給食で使う野菜を来年4月からすべて地元産にすると発表した。',
'''
市内の農家二十軒と契約し、季節ごとの献立を組むという。

教育長は「子どもたちに自分の町の野菜の味を知ってほしい」と話した。

~コメントを書く

~4 + 1 = ?

~送信
''', '山あいの小学校、来春から給食を地元産に', '中村さくら', '2026-11-30T15:15:00+09:00',
      zone='Asia/Tokyo')

story('18-ar-hijri-alone', 'ar', '''
=تدشين مركز صحي جديد في حي الروضة

=بقلم: فهد الشمري

=الإثنين ٢٠ جمادى الآخرة ١٤٤٨ هـ
''', 'بريدة', 'دشن أمير المنطقة يوم الاثنين مركزاً صحياً جديداً في حي الروضة يخدم أكثر من ثلاثين ألف نسمة.',
'''
ويضم المركز عيادات للأطفال والأسنان وقسماً للطوارئ يعمل على مدار الساعة.

وقال مدير المركز: «سنخفف الضغط عن مستشفى المدينة الرئيسي».

~اترك تعليقاً

~٢ + ٢ = ؟

~إرسال
''', 'تدشين مركز صحي جديد في حي الروضة', 'فهد الشمري', '2026-11-30T00:00:00+00:00',
      direction='rtl')

story('19-he-hebrew-beside', 'he', '''
=נפתח שביל אופניים חדש לאורך החוף

=מאת: נועה כהן

=יום שני, כ' בכסלו תשפ"ז, 30.11.2026, 15:15
''', 'נתניה', 'עיריית נתניה פתחה ביום שני שביל אופניים חדש באורך שישה קילומטרים לאורך החוף.',
'''
השביל מחבר את הטיילת הצפונית עם הנמל ועובר ליד שלושה בתי ספר.

"עד היום רכבנו על הכביש בין המכוניות", אמר אחד הרוכבים.

~הוסיפו תגובה

~3 + 1 = ?

~שליחה
''', 'נפתח שביל אופניים חדש לאורך החוף', 'נועה כהן', '2026-11-30T15:15:00+00:00',
      direction='rtl')

story('20-en-pk-pkt', 'en', '''
=Karachi port opens new container berth

=Imran Qureshi

=November 30, 2026 | 03:15 PM PKT
''', 'KARACHI', 'Karachi port opened a new container berth on Monday that officials say will cut waiting times for ships by a third.',
'''
The berth can handle vessels of up to 14,000 containers, twice the size of the largest the port could take before.

"Ships were waiting three days at anchor in the busy months," a port official said.

~Leave a comment

~What is 6 + 2?

~Submit
''', 'Karachi port opens new container berth', 'Imran Qureshi', '2026-11-30T15:15:00+05:00',
      zone='Asia/Karachi')
