# The stories of fresh-imports-25, 01-20 (read by gen.py): everyday
# stories in the examples' shape as copied from a news page with its
# PICTURES, CAPTIONS AND MEDIA in the copy: a photo's caption and credit
# ("Photo: …", "(Foto: dpa)", "照片：…", "Crédito: …", "Image source, …",
# "Image caption, …"), gallery counters ("1 of 12", "Foto 3/8", "View
# gallery"), a video or audio player's lines ("Watch: …", "Play video",
# "02:14", "Listen to this article · 5 min", "Duration 3:05"), a pull
# quote repeating a sentence of the body, "Advertisement" alone on a
# line in the language's words, "Read more: …" links and alt text.
# Written with their expected fields before the importer's caption,
# credit and furniture code was read or run. A caption (with its
# credit) is expected as the importer has kept one since the captions'
# rule: in the body, in italics (the "=" line and the "*…" in "has"),
# never as a plain paragraph; a credit alone is kept with it or in the
# note; the player's, gallery's and advertisement's lines ("~") go.

story('01-en-us-fire-photo-video', 'en', '''
=By Dana Whitlock

=Warehouse fire closes riverside highway for six hours

=November 30, 2026 3:15 p.m. ET
''', 'TRENTON, N.J.', 'A fire at a disused warehouse on the Delaware riverfront closed Route 29 for six hours on Monday and sent smoke across downtown Trenton.',
'''
=Firefighters at the scene on Monday. Photo: Jane Roe/Reuters

No one was hurt, fire officials said, but two firefighters were treated for heat exhaustion after fighting the blaze from the roof of a neighboring building.

~Advertisement

~Watch: Smoke rises over the Trenton riverfront

~Play video

~02:14

The warehouse had been empty since 2019 and was due to be demolished next spring to make way for apartments.

"We had crews in position within four minutes, and the wind did the rest," Fire Director Luis Ortega said.

~Leave a Reply

~What is 3 + 5?

~Post Comment
''', 'Warehouse fire closes riverside highway for six hours', 'Dana Whitlock', '2026-11-30T15:15:00-05:00',
      zone='America/New_York', extra=['*Firefighters at the scene on Monday'])

story('02-en-gb-bbc-image-source', 'en', '''
=Ferry service to island resumes after storm damage

=By Fiona MacLeod

=30 November 2026, 15:15 GMT
''', 'OBAN', 'The ferry to Mull has resumed sailing after a week in which storm damage to the pier at Craignure left the island with no car service.',
'''
=Image source, Getty Images

=Image caption, The pier at Craignure was hit by waves of up to six metres

Engineers worked through the weekend to repair the linkspan, the ramp that lets cars drive on and off the ferry.

Shops on the island ran short of fresh food and fuel by Thursday, and the council sent supplies on a chartered landing craft.

~"We ran out of milk on day three"

Hotel owner Morag Cameron said: "We ran out of milk on day three." She added that the island had coped, as it always did.

~Related Topics

~Leave a comment

~What is 2 + 6?

~Post comment
''', 'Ferry service to island resumes after storm damage', 'Fiona MacLeod', '2026-11-30T15:15:00+00:00',
      # (written first with the credit dropped and the label "Image
      # caption," gone; the importer keeps the BBC's credit and caption
      # with their labels in one caption, as round 7's 12-photo-captions
      # has them: the expectation changed, not the importer)
      extra=['*Image source, Getty Images\\nImage caption, The pier at Craignure'])

story('03-de-foto-dpa-anzeige', 'de', '''
=Von Katrin Hoffmann

=Neue Rheinbrücke in Leverkusen für Lastwagen freigegeben

=30.11.2026, 15:15 Uhr
''', 'LEVERKUSEN', 'Nach fast zehn Jahren Bauzeit dürfen Lastwagen wieder über die Rheinbrücke der Autobahn 1 bei Leverkusen fahren.',
'''
=Die neue Brücke am Montagmorgen kurz nach der Freigabe. (Foto: dpa)

Die alte Brücke war 2012 für schwere Fahrzeuge gesperrt worden, nachdem Risse in den Stahlträgern entdeckt worden waren.

~Anzeige

~Lesen Sie auch: Autobahn 3 wird zwischen Köln und Leverkusen achtspurig

Speditionen hatten seither Umwege von bis zu vierzig Kilometern fahren müssen.

~Bildergalerie

~Foto 3/8

„Für die Region ist das ein großer Tag“, sagte der Verkehrsminister bei der Freigabe.

~Kommentar schreiben

~Was ist 4 + 3?

~Absenden
''', 'Neue Rheinbrücke in Leverkusen für Lastwagen freigegeben', 'Katrin Hoffmann', '2026-11-30T15:15:00+00:00',
      extra=['*Die neue Brücke am Montagmorgen'])

story('04-fr-photo-afp-lire-aussi', 'fr', '''
=Par Camille Durand

=À Lyon, le tramway de nuit entre en service

=Publié le 30 novembre 2026 à 15h15
''', 'LYON', 'Le premier tramway de nuit de Lyon a circulé samedi soir entre la Part-Dieu et Vaulx-en-Velin, avec un départ toutes les vingt minutes jusqu’à trois heures du matin.',
'''
=Une rame du tramway de nuit à la station Part-Dieu, samedi soir. (Photo : AFP)

La ligne doit permettre aux salariés des hôpitaux et de la logistique de rentrer chez eux sans voiture.

~Publicité

~Lire aussi : Les transports en commun gratuits pour les moins de 18 ans

Le service coûtera quatre millions d’euros par an à la métropole.

~Vidéo : le premier départ du tramway de nuit

~Durée 3:05

« Nous voulions que la nuit ne soit plus un désert pour ceux qui travaillent », a déclaré le président de la métropole.

~Laisser un commentaire

~Combien font 2 + 5 ?

~Envoyer
''', 'À Lyon, le tramway de nuit entre en service', 'Camille Durand', '2026-11-30T15:15:00+00:00',
      extra=['*Une rame du tramway de nuit'])

story('05-es-credito-galeria', 'es', '''
=Por Javier Morales

=Valencia abre el primer refugio climático en un antiguo mercado

=30 de noviembre de 2026, 15:15
''', 'VALENCIA', 'El Ayuntamiento de Valencia abrió este lunes un refugio climático en el antiguo mercado de Russafa, con capacidad para doscientas personas en los días de calor extremo.',
'''
=Vecinos en la sala principal del refugio, el día de su apertura. Crédito: EFE/Biel Aliño

El edificio, de 1930, se ha rehabilitado con toldos, fuentes y una cubierta vegetal que baja la temperatura interior hasta seis grados.

~Publicidad

~Ver galería

~Foto 3 de 8

~Lea también: Los veranos en Valencia duran hoy cinco semanas más que en 1980

La concejala de Medio Ambiente, Elena Soler, explicó que el refugio abrirá de junio a septiembre de diez de la mañana a diez de la noche.

«Es un espacio para quien no tiene aire acondicionado en casa», dijo.

~Deja un comentario

~¿Cuánto es 6 + 1?

~Publicar comentario
''', 'Valencia abre el primer refugio climático en un antiguo mercado', 'Javier Morales', '2026-11-30T15:15:00+00:00',
      extra=['*Vecinos en la sala principal del refugio'])

story('06-pt-br-foto-ouca', 'pt', '''
=Por Fernanda Lima

=Recife inaugura parque às margens do Capibaribe

=30/11/2026 15h15
''', 'RECIFE', 'A Prefeitura do Recife inaugurou nesta segunda-feira um parque linear de três quilômetros às margens do rio Capibaribe, com ciclovia e quadras esportivas.',
'''
~Ouça esta reportagem

~5 min

=Moradores caminham pelo novo parque no bairro da Torre — Foto: Marlon Costa/Prefeitura do Recife

O parque custou 48 milhões de reais e levou quatro anos para ficar pronto.

~Publicidade

~Leia também: Ciclovias do Recife ganham iluminação nova

A obra incluiu a retirada de 200 toneladas de lixo do leito do rio.

"O Capibaribe voltou a ser da cidade", disse o prefeito na inauguração.

~Deixe seu comentário

~Quanto é 3 + 4?

~Enviar
''', 'Recife inaugura parque às margens do Capibaribe', 'Fernanda Lima', '2026-11-30T15:15:00+00:00',
      extra=['*Moradores caminham pelo novo parque'])

story('07-it-foto-ansa-guarda', 'it', '''
=di Giulia Romano

=Bologna, riapre dopo tre anni il portico di San Luca

=30 novembre 2026, 15:15
''', 'BOLOGNA', 'Il portico di San Luca, il più lungo del mondo, è stato riaperto lunedì per intero dopo tre anni di restauri.',
'''
=Il portico di San Luca all'alba del giorno della riapertura (foto Ansa)

I lavori hanno riguardato 666 archi e sono costati undici milioni di euro, in parte raccolti con una colletta tra i cittadini.

~Pubblicità

~Guarda il video

~1 di 12

~Leggi anche: Bologna, la città dei portici diventa patrimonio Unesco

Il sindaco ha percorso a piedi i quattro chilometri del portico insieme a centinaia di bolognesi.

«È la nostra strada di casa», ha detto il sindaco.

~Lascia un commento

~Quanto fa 5 + 2?

~Invia
''', 'Bologna, riapre dopo tre anni il portico di San Luca', 'Giulia Romano', '2026-11-30T15:15:00+00:00',
      extra=["*Il portico di San Luca all'alba"])

story('08-nl-foto-anp-advertentie', 'nl', '''
=Door Sanne de Vries

=Utrecht opent grootste fietsenstalling van het land

=30 november 2026, 15:15
''', 'UTRECHT', 'Bij het station van Utrecht is maandag een nieuwe fietsenstalling geopend met plaats voor 8000 fietsen, de grootste van Nederland.',
'''
=Fietsers in de nieuwe stalling onder het Stationsplein. Foto: ANP

De stalling ligt drie verdiepingen onder het plein en is dag en nacht open.

~Advertentie

~Bekijk de video

~Lees ook: Amsterdam bouwt fietsenstalling onder het IJ

De eerste 24 uur stallen is gratis, daarna kost het 1,35 euro per dag.

"Eindelijk hoef ik niet meer twintig minuten naar een plek te zoeken", zei een reiziger.

~Reageer

~Hoeveel is 2 + 3?

~Verstuur
''', 'Utrecht opent grootste fietsenstalling van het land', 'Sanne de Vries', '2026-11-30T15:15:00+00:00',
      extra=['*Fietsers in de nieuwe stalling'])

story('09-pl-fot-pap-reklama', 'pl', '''
=Autor: Tomasz Nowak

=Kraków otwiera nową linię tramwajową do Mistrzejowic

=30 listopada 2026, 15:15
''', 'KRAKÓW', 'W poniedziałek pierwsze tramwaje wyjechały na nową linię łączącą centrum Krakowa z osiedlami w Mistrzejowicach.',
'''
=Pierwszy tramwaj na nowej linii w poniedziałek rano. Fot. PAP/Łukasz Gągulski

Trasa ma sześć kilometrów i jedenaście przystanków, a jej budowa kosztowała 700 milionów złotych.

~Reklama

~Czytaj także: Kraków kupi pięćdziesiąt nowych tramwajów

~Zobacz galerię

~Zdjęcie 3/8

Mieszkańcy czekali na tramwaj od lat siedemdziesiątych, kiedy powstały pierwsze bloki osiedla.

"Wreszcie dojedziemy do pracy bez przesiadek", mówiła jedna z pasażerek.

~Dodaj komentarz

~Ile to jest 4 + 4?

~Wyślij
''', 'Kraków otwiera nową linię tramwajową do Mistrzejowic', 'Tomasz Nowak', '2026-11-30T15:15:00+00:00',
      extra=['*Pierwszy tramwaj na nowej linii'])

story('10-ru-foto-tass-reklama', 'ru', '''
=Анна Соколова

=В Казани открыли новый мост через Казанку

=30 ноября 2026, 15:15
''', 'КАЗАНЬ', 'В Казани в понедельник открыли движение по новому мосту через реку Казанку, который соединил центр города с Ново-Савиновским районом.',
'''
=Новый мост через Казанку в день открытия. Фото: ТАСС

Мост длиной 800 метров строили три года, на него потратили девять миллиардов рублей.

~Реклама

~Читайте также: В Казани продлят линию метро

~Смотрите видео

~1 из 12

По словам мэра, мост разгрузит две старые переправы, где в часы пик стоят пробки.

«Теперь дорога до работы займёт у меня двадцать минут вместо часа», — сказала жительница района.

~Оставить комментарий

~Сколько будет 3 + 3?

~Отправить
''', 'В Казани открыли новый мост через Казанку', 'Анна Соколова', '2026-11-30T15:15:00+00:00',
      extra=['*Новый мост через Казанку в день открытия'])

story('11-ar-sura-iqra-aydan', 'ar', '''
=كتب: خالد العتيبي

=افتتاح أول خط للحافلات الكهربائية في عمّان

=٣٠ نوفمبر ٢٠٢٦ - ١٥:١٥
''', 'عمّان', 'افتتحت أمانة عمّان يوم الاثنين أول خط للحافلات الكهربائية في العاصمة، يربط وسط البلد بالجامعة الأردنية.',
'''
=حافلة كهربائية في محطة وسط البلد صباح الاثنين. (صورة: رويترز)

ويضم الخط عشرين حافلة تعمل من السادسة صباحا حتى منتصف الليل.

~إعلان

~اقرأ أيضا: أمانة عمّان توسع شبكة الباص السريع

~شاهد: أول رحلة للحافلة الكهربائية

وقال أمين عمّان إن الأمانة تخطط لتحويل نصف أسطولها إلى الكهرباء خلال خمس سنوات.

وقالت إحدى الراكبات: «الحافلة هادئة ونظيفة، وأتمنى أن تصل إلى حيّنا».

~اترك تعليقاً

~كم يساوي ٣ + ٤؟

~إرسال
''', 'افتتاح أول خط للحافلات الكهربائية في عمّان', 'خالد العتيبي', '2026-11-30T15:15:00+00:00',
      direction='rtl', extra=['*حافلة كهربائية في محطة وسط البلد'])

story('12-fa-aks-tabligh', 'fa', '''
=مریم رضایی

=بازگشایی پل تاریخی خواجو پس از مرمت

=۹ آذر ۱۴۰۵ - ۱۵:۱۵
''', 'اصفهان', 'پل تاریخی خواجو در اصفهان پس از دو سال مرمت روز دوشنبه دوباره به روی مردم باز شد.',
'''
=پل خواجو در روز بازگشایی. عکس: ایرنا

مرمت پل شامل بازسازی ۲۴ طاق و پاک‌سازی سنگ‌فرش‌های آن بوده است.

~تبلیغات

~بیشتر بخوانید: زاینده‌رود دوباره در اصفهان جاری شد

~گالری تصاویر

مدیر میراث فرهنگی استان گفت که هزینه مرمت از محل بودجه ملی تأمین شده است.

یکی از شهروندان گفت: «این پل بخشی از خاطرات همه ما است.»

~دیدگاه خود را بنویسید

~۲ + ۵ =
''', 'بازگشایی پل تاریخی خواجو پس از مرمت', 'مریم رضایی', '2026-11-30T15:15:00+03:30',
      # (written first as UTC; a Solar Hijri date line is Tehran's time,
      # as round 24's 08-fa-badazzohr has it: the expectation's slip)
      zone='Asia/Tehran', direction='rtl', extra=['*پل خواجو در روز بازگشایی'])

story('13-ja-shashin-kyodo', 'ja', '''
=港の新しい客船ターミナルが完成

=記者：高橋健一

=2026年11月30日 15時15分
''', '横浜', '横浜港の大さん橋に新しい客船ターミナルが完成し、30日に記念式典が開かれた。',
'''
=完成した客船ターミナル（30日、横浜市）＝写真：共同

新しいターミナルは大型客船二隻が同時に着岸でき、年間の寄港数を倍に増やせるという。

~広告

~関連記事：横浜港、クルーズ船の寄港が過去最多に

~動画を再生

~1/12

市の担当者は「世界中からの観光客を迎える玄関口にしたい」と話した。

~コメントを書く

~3 + 4 = ?

~送信
''', '港の新しい客船ターミナルが完成', '高橋健一', '2026-11-30T15:15:00+00:00',
      extra=['*完成した客船ターミナル'])

story('14-zh-zhaopian-guanggao', 'zh', '''
=古镇老街修缮完成 重新对游客开放

=记者 王磊

=2026年11月30日 15:15
''', '苏州', '苏州市平江路历史街区经过一年半的修缮，于30日重新对游客开放。',
'''
=修缮后的平江路老街。照片：新华社记者 李明 摄

此次修缮共涉及沿街建筑一百二十栋，并更换了全部的地下管线。

~广告

~延伸阅读：苏州古城保护条例正式实施

~图集 3/8

街区管理办公室负责人表示，修缮期间所有商户都得到了租金减免。

一位游客说：“老街比以前更干净了，但味道没有变。”

~发表评论

~3 + 4 = ?

~提交
''', '古镇老街修缮完成 重新对游客开放', '王磊', '2026-11-30T15:15:00+00:00',
      extra=['*修缮后的平江路老街'])

story('15-tr-fotograf-aa-reklam', 'tr', '''
=Ayşe Demir

=İzmir'de yeni tramvay hattı hizmete girdi

=30.11.2026 15:15
''', 'İZMİR', "İzmir'de Çiğli ile Karşıyaka arasını bağlayan yeni tramvay hattı pazartesi günü hizmete girdi.",
'''
=Yeni tramvay hattının ilk seferi. (Fotoğraf: AA)

Hat on bir kilometre uzunluğunda ve on dört duraktan oluşuyor.

~Reklam

~İlgili Haber: İzmir metrosu Narlıdere'ye uzadı

~Videoyu izle

Belediye başkanı, hattın günde yetmiş bin yolcu taşımasının beklendiğini söyledi.

"Artık işe otobüs değiştirmeden gidebileceğim", dedi bir yolcu.

~Yorum yaz

~4 + 3 kaç eder?

~Gönder
''', "İzmir'de yeni tramvay hattı hizmete girdi", 'Ayşe Demir', '2026-11-30T15:15:00+00:00',
      extra=['*Yeni tramvay hattının ilk seferi'])

story('16-en-uk-listen-pull-quote', 'en', '''
=By Tom Ashworth

=Library saved from closure after village raises £80,000

=30 November 2026, 15:15
''', 'HEBDEN BRIDGE', 'A village library that was due to close in January has been saved after residents raised £80,000 in six weeks to keep it open for three more years.',
'''
~Listen to this article · 5 min

The council had planned to close the library and four others to save £400,000 a year.

Volunteers will now staff the library on two days a week, and the council will pay for a librarian on the other three.

~“This library is where half the village learned to read”

Organiser Helen Moss said the campaign had surprised even her. “This library is where half the village learned to read,” she said. “We were not going to let it go quietly.”

~Read more: Councils close one library in ten since 2010

The money came from more than 1,200 donations, the largest of them £5,000 from a local builder.

~Leave a comment

~What is 1 + 6?

~Post comment
''', 'Library saved from closure after village raises £80,000', 'Tom Ashworth', '2026-11-30T15:15:00+00:00')

story('17-es-mx-reproducir-video', 'es', '''
=Por Lucía Hernández

=Monterrey estrena su línea 6 del metro

=30 de noviembre de 2026, 15:15
''', 'MONTERREY', 'La línea 6 del metro de Monterrey comenzó a operar este lunes con nueve estaciones entre el centro y el municipio de Apodaca.',
'''
~Reproducir video

~02:14

~Duración 2:14

La obra tuvo un costo de 15 mil millones de pesos y se retrasó dos años por problemas con el proveedor de los trenes.

~“Vamos a ahorrar una hora diaria”

El gobernador dijo que la línea transportará a 150 mil personas al día. Una usuaria, Marisol Treviño, contó: “Vamos a ahorrar una hora diaria”.

~Publicidad

~Ver más: Así será la línea 4 del metro

Los trenes circularán cada cuatro minutos en horas pico.

~Deja tu comentario

~¿Cuánto es 5 + 3?

~Publicar
''', 'Monterrey estrena su línea 6 del metro', 'Lucía Hernández', '2026-11-30T15:15:00+00:00')

story('18-ko-sajin-yonhap', 'ko', '''
=해안 산책로 10킬로미터 전 구간 개통

=김민지 기자

=2026.11.30 15:15
''', '부산', '부산 해운대에서 송정까지 이어지는 해안 산책로 10킬로미터 전 구간이 30일 개통했다.',
'''
=30일 개통한 해안 산책로를 시민들이 걷고 있다. 사진=연합뉴스

산책로에는 전망대 세 곳과 쉼터 열두 곳이 들어섰다.

~광고

~관련기사: 부산 해안 관광객 역대 최다

~동영상 보기

구청 관계자는 "주말마다 만 명이 넘는 시민이 찾을 것으로 본다"고 말했다.

~댓글 쓰기

~3 + 4 = ?

~등록
''', '해안 산책로 10킬로미터 전 구간 개통', '김민지', '2026-11-30T15:15:00+00:00',
      extra=['*30일 개통한 해안 산책로를'])

story('19-sv-foto-tt-lyssna', 'sv', '''
=Av Erik Lindqvist

=Nytt badhus öppnar i Umeå efter fem års bygge

=30 november 2026 kl. 15.15
''', 'UMEÅ', 'Umeås nya badhus öppnade på måndagen med en femtiometersbassäng och ett hopptorn på tio meter.',
'''
~Lyssna på artikeln

~Annons

=Badgäster i den nya bassängen på måndagen. Foto: TT

Bygget blev två år försenat och kostade 900 miljoner kronor, nästan dubbelt så mycket som planerat.

~Läs också: Simkunnigheten bland barn minskar

Kommunen räknar med 400 000 besök om året.

"Nu slipper vi åka till Skellefteå för att träna", sa en simtränare.

~Skriv en kommentar

~Vad är 2 + 2?

~Skicka
''', 'Nytt badhus öppnar i Umeå efter fem års bygge', 'Erik Lindqvist', '2026-11-30T15:15:00+00:00',
      extra=['*Badgäster i den nya bassängen'])

story('20-id-foto-antara-iklan', 'id', '''
=Oleh: Andi Pratama

=Jembatan Baru di Samarinda Resmi Dibuka

=Senin, 30 Nov 2026 15:15
''', 'SAMARINDA', 'Jembatan baru yang menghubungkan Samarinda Seberang dengan pusat kota resmi dibuka untuk kendaraan pada Senin.',
'''
=Kendaraan melintas di jembatan baru Samarinda, Senin (30/11/2026). (Foto: Antara)

~Iklan

~Scroll untuk melanjutkan

Jembatan sepanjang 700 meter itu dibangun selama empat tahun dengan biaya 1,2 triliun rupiah.

~Baca juga: Samarinda bangun terowongan pertama di Kalimantan

Wali kota mengatakan jembatan itu akan memangkas waktu tempuh warga hingga setengah jam.

"Sekarang saya bisa pulang sebelum magrib", kata seorang pengemudi ojek.

~Tulis komentar

~Berapa 3 + 4?

~Kirim
''', 'Jembatan Baru di Samarinda Resmi Dibuka', 'Andi Pratama', '2026-11-30T15:15:00+00:00',
      extra=['*Kendaraan melintas di jembatan baru'])
