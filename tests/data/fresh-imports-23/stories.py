# The stories of fresh-imports-23, 01-20 (read by gen.py): everyday
# stories as a new user would paste them from a newspaper's page,
# written before the importer was read. A photo's caption with its
# credit was written to go to the note; the importer keeps it in the
# body, in italics, as it has since the captions' rule (the lines "=",
# the italics in "has"): the expectation changed, not the importer.

story('01-en-health-role', 'en', '''
=Elmsbury hospital to open night clinic for minor injuries

=By Nadia Farrow, Health Correspondent

=3 March 2023 at 9:15
''', 'ELMSBURY', 'The county hospital will open a minor injuries clinic that runs through the night from April, after waits in its emergency department passed eight hours on most weekends this winter.',
'''
The clinic will be staffed by two nurse practitioners and a doctor on call, and will treat sprains, cuts and small fractures that now go through the main department.

=Nurses at the Elmsbury emergency department during a Saturday night shift. Photo: Colin Marsh

~Advertisement

##Why nights

Figures from the hospital trust show that a third of patients arriving between midnight and six have injuries a nurse could treat alone.

"We are seeing people wait all night with a cut finger because the department is full of very sick people," said Dr Helen Abara, the trust's medical director.

##What patients can expect

The clinic will have its own entrance on Mill Lane and a separate waiting room with twenty seats.

~Leave a comment

~What is 7 + 2?

~Post comment
''', 'Elmsbury hospital to open night clinic for minor injuries', 'Nadia Farrow', '2023-03-03T09:15:00+00:00',
      extra=['*Nurses at the Elmsbury emergency department'])

story('02-en-us-two-authors', 'en', '''
=Riverton school board delays vote on four-day week

=By Carla Mendes and Jon Pike

=Mar. 3, 2023 9:15 a.m. ET
''', 'RIVERTON, Ohio', 'The Riverton school board postponed a vote on moving its schools to a four-day week after more than 300 parents signed a letter asking for more time to plan child care.',
'''
The proposal would close schools on Mondays from next fall and add forty minutes to each of the other four days.

~Read more: Riverton teachers vote to accept new contract

Board president Alan Cho said the delay would allow a survey of families before any decision.

"Nobody on this board wants to spring this on working parents," Cho said at Thursday's meeting.

##Districts that made the switch

At least eleven districts in the state have moved to four-day weeks since 2019, most of them in rural counties that struggle to hire teachers.

Parent Denise Walker said she was not opposed to the plan but could not afford a fifth day of day care.

~2 Comments

~Leave a Reply

~Your email address will not be published. Required fields are marked *

~Comment *

~Name *

~Solve: 4 × 3 =

~Post Comment
''', 'Riverton school board delays vote on four-day week', 'Carla Mendes|Jon Pike', '2023-03-03T09:15:00-05:00',
      zone='America/New_York', sep=' — ')

story('03-es-actualizado', 'es', '''
=Por Marta Quiroga

=El mercado de Villaseca abrirá también los domingos

=Actualizado 14/06/2024 18:40
''', 'VILLASECA', 'El mercado municipal de Villaseca abrirá los domingos por la mañana a partir de julio, después de que los vendedores aprobaran el cambio en una votación celebrada el martes.',
'''
La apertura dominical será de nueve a dos, con al menos la mitad de los puestos obligados a abrir.

~Publicidad

##Una petición de los vecinos

La asociación de vecinos del centro había reunido más de 1.200 firmas para pedir el cambio.

«Muchos trabajamos toda la semana y el sábado no da para todo», explicó su presidenta, Rosa Llamas.

El concejal de Comercio, Andrés Vidal, dijo que el ayuntamiento pagará la limpieza extra de los domingos.

~Deja un comentario

~¿Cuánto es 8 + 1?

~Publicar comentario
''', 'El mercado de Villaseca abrirá también los domingos', 'Marta Quiroga', '2024-06-14T18:40:00+00:00')

story('04-fr-publie-mis-a-jour', 'fr', '''
=Saint-Aubrac : la piscine municipale rouvre après deux ans de travaux

=Par Élise Fournier

=Publié le 5 avril 2024 à 7h30, mis à jour à 10h02
''', 'SAINT-AUBRAC', 'La piscine municipale de Saint-Aubrac rouvre ses portes samedi, après deux ans de travaux et un budget qui a presque doublé.',
'''
Le bassin de vingt-cinq mètres a été entièrement refait et un petit bassin pour les enfants a été ajouté.

=Le nouveau bassin de la piscine de Saint-Aubrac. Photo : Marc Delorme

##Un chantier plus cher que prévu

Le coût des travaux est passé de 4,1 à 7,8 millions d'euros, notamment à cause de la hausse du prix de l'énergie.

« Nous avons fait le choix de ne pas arrêter le chantier, même quand les devis ont grimpé », a expliqué le maire, Jacques Perrin.

Les écoles de la commune reprendront les cours de natation dès la rentrée de mai.

~Lire aussi : À Saint-Aubrac, le marché de Noël change de place

~Laisser un commentaire

~Combien font 6 + 2 ?

~Envoyer
''', 'Saint-Aubrac : la piscine municipale rouvre après deux ans de travaux', 'Élise Fournier', '2024-04-05T07:30:00+00:00',
      extra=['*Le nouveau bassin de la piscine'])

story('05-de-zwei-autoren', 'de', '''
=Holzheim bekommt eine zweite Grundschule

=Der Stadtrat hat den Neubau am Lindenweg beschlossen. Er soll zum Schuljahr 2027 fertig sein.

=Von Jana Keller und Tobias Brandt

=12.09.2024, 16:45 Uhr
''', 'HOLZHEIM', 'Der Stadtrat von Holzheim hat am Mittwochabend mit großer Mehrheit den Bau einer zweiten Grundschule beschlossen.',
'''
Die neue Schule soll Platz für 300 Kinder bieten und eine eigene Turnhalle bekommen.

~Anzeige

##Zu wenig Platz in der alten Schule

Die bisherige Grundschule am Markt ist für 220 Kinder gebaut, besucht wird sie derzeit von 340.

„Wir unterrichten schon in Containern auf dem Schulhof“, sagte Rektorin Sabine Maurer.

##Kosten von 18 Millionen Euro

Das Land übernimmt etwa die Hälfte der Baukosten, den Rest muss die Stadt über Kredite finanzieren.

~Kommentar schreiben

~Bitte lösen Sie: 3 + 9 =

~Absenden
''', 'Holzheim bekommt eine zweite Grundschule', 'Jana Keller|Tobias Brandt', '2024-09-12T16:45:00+00:00',
      standfirst='Der Stadtrat hat den Neubau am Lindenweg beschlossen. Er soll zum Schuljahr 2027 fertig sein.')

story('06-pt-tres-autores', 'pt', '''
=Por Ana Paula Reis, Bruno Tavares e Carla Nunes

=Feira de Vila Serena volta à praça central depois de três anos

=03/10/2024 às 09h15
''', 'VILA SERENA', 'A feira livre de Vila Serena volta a ocupar a praça central a partir de sábado, depois de três anos instalada num estacionamento afastado do centro.',
'''
A mudança foi pedida pelos próprios feirantes, que dizem ter perdido metade dos clientes desde 2021.

~Publicidade

##Obras terminadas

A praça passou por uma reforma que trocou o piso e criou pontos de água e energia para as barracas.

“Aqui o cliente passa a pé, para, conversa. Lá no estacionamento ninguém vinha”, disse a feirante Lúcia Andrade.

A prefeitura vai proibir o estacionamento nas ruas ao redor da praça aos sábados pela manhã.

~Leia também: Prefeitura anuncia novo horário dos ônibus

~Deixe seu comentário

~Quanto é 5 + 4?

~Enviar
''', 'Feira de Vila Serena volta à praça central depois de três anos', 'Ana Paula Reis|Bruno Tavares|Carla Nunes', '2024-10-03T09:15:00+00:00')

story('07-it-sezione-tag', 'it', '''
~Cronaca

=Val Sarnia, riapre la scuola di montagna chiusa da dieci anni

=di Giulia Ferrante

=7 maggio 2024, ore 11:20
''', 'PIANELLO', 'La scuola elementare di Pianello, in Val Sarnia, riaprirà a settembre con una sola classe di nove bambini, dopo dieci anni di chiusura.',
'''
La riapertura è stata possibile grazie all'arrivo di quattro famiglie che lavorano a distanza.

##Una pluriclasse

I nove alunni, dai sei ai dieci anni, studieranno insieme con due maestre.

«Per un paese di duecento abitanti la scuola è tutto», ha detto il sindaco, Paolo Vetri.

La Regione coprirà le spese del trasporto per i bambini delle frazioni.

~Tag: scuola, Val Sarnia, montagna

~Lascia un commento

~Quanto fa 2 + 7?

~Invia
''', 'Val Sarnia, riapre la scuola di montagna chiusa da dieci anni', 'Giulia Ferrante', '2024-05-07T11:20:00+00:00',
      section='Cronaca', tags='scuola|Val Sarnia|montagna')

story('08-tr-guncelleme', 'tr', '''
=Haber: Mehmet Yıldız

=Yeşilköy'de sahil yolu bisiklet yoluna dönüşüyor

=15.05.2024 14:30 | Güncelleme: 15.05.2024 16:05
''', 'YEŞİLKÖY', "Yeşilköy Belediyesi, sahil yolunun iki kilometrelik bölümünü hafta sonları araç trafiğine kapatarak bisiklet ve yaya yoluna dönüştürecek.",
'''
Uygulama haziran ayının ilk cumartesi günü başlayacak ve eylül sonuna kadar sürecek.

~Reklam

##Esnaf ikiye bölündü

Sahildeki kafe sahipleri kararı memnuniyetle karşılarken, bazı dükkan sahipleri müşteri kaybından endişe ediyor.

Belediye Başkanı Aylin Korkmaz, "Sahil herkesindir, sadece arabaların değil" dedi.

~Yorumlar (2)

~Yorum yaz

~Güvenlik sorusu: 6 + 3 = ?

~Gönder
''', "Yeşilköy'de sahil yolu bisiklet yoluna dönüşüyor", 'Mehmet Yıldız', '2024-05-15T14:30:00+00:00')

story('09-ar-eastern-digits', 'ar', '''
=بقلم: خالد منصور

=افتتاح أول مكتبة عامة في حي الزيتون

=٣ مارس ٢٠٢٤ - ١٠:٤٥
''', 'الواحة', 'افتتحت بلدية الواحة أول مكتبة عامة في حي الزيتون، بعد سنوات من مطالبات السكان بمكان للقراءة والدراسة.',
'''
وتضم المكتبة أكثر من ١٢ ألف كتاب وقاعة للأطفال ومختبرا صغيرا للحاسوب.

~إعلان

##مكان للطلاب

وقال مدير المكتبة سامي الخطيب إن المكتبة ستفتح حتى العاشرة مساء خلال فترة الامتحانات.

وقالت الطالبة ريم حداد: «كنا ندرس في المقاهي لأنه لم يكن هناك مكان آخر».

~أضف تعليقاً

~٥ + ٢ =

~إرسال
''', 'افتتاح أول مكتبة عامة في حي الزيتون', 'خالد منصور', '2024-03-03T10:45:00+00:00', direction='rtl')

story('10-fa-khabarnegar', 'fa', '''
=بازگشایی پل تاریخی شهر سبزدشت پس از مرمت

=خبرنگار: نگار رضایی

=تاریخ انتشار: ۱۸ اردیبهشت ۱۴۰۳ - ۰۹:۳۰

~کد خبر: ۸۴۵۲۱۰
''', 'سبزدشت', 'پل تاریخی سبزدشت پس از دو سال مرمت از امروز دوباره به روی عابران پیاده باز شد.',
'''
این پل که بیش از سیصد سال قدمت دارد، در سیل سال ۱۴۰۰ آسیب جدی دیده بود.

##هزینه مرمت

به گفته اداره میراث فرهنگی، مرمت پل ۴۲ میلیارد ریال هزینه داشته است.

یکی از ساکنان محل گفت: «این پل برای ما فقط یک پل نیست، خاطره همه ماست.»

~دیدگاه‌ها (۲)

~دیدگاه خود را بنویسید

~حاصل عبارت را وارد کنید: ۴ + ۳ =

~ارسال
''', 'بازگشایی پل تاریخی شهر سبزدشت پس از مرمت', 'نگار رضایی', '2024-05-07T09:30:00+03:30', zone='Asia/Tehran', direction='rtl')

story('11-ru-obnovleno', 'ru', '''
=Автор: Ольга Смирнова

=В Заречье откроют новую поликлинику

=3 марта 2024, 09:15

=Обновлено: 3 марта 2024, 11:40
''', 'ЗАРЕЧЬЕ', 'В Заречье до конца года откроется новая поликлиника на 400 посещений в смену, сообщили в районной администрации.',
'''
Здание строят на месте бывшего рынка на улице Садовой, работы выполнены почти наполовину.

~Реклама

##Очереди к врачам

Сейчас жители района ждут приёма у терапевта в среднем две недели.

«Мы наконец перестанем ездить в город ради каждого анализа», — сказала пенсионерка Галина Петрова.

~Комментарии (2)

~Оставить комментарий

~Сколько будет 5 + 4?

~Отправить
''', 'В Заречье откроют новую поликлинику', 'Ольга Смирнова', '2024-03-03T09:15:00+00:00')

story('12-id-baca-juga', 'id', '''
=Pasar Terapung Sungai Rawa Dibuka Lagi untuk Wisatawan

=Oleh: Rina Wulandari

=Senin, 3 Juni 2024 | 14:20 WIB
''', 'BANJARSARI', 'Pasar terapung di Sungai Rawa kembali dibuka untuk wisatawan setelah dua tahun ditutup karena pendangkalan sungai.',
'''
Pemerintah kota telah mengeruk sungai sepanjang tiga kilometer agar perahu pedagang bisa kembali berlabuh.

~Baca juga: Harga Beras di Banjarsari Mulai Turun

##Pedagang kembali

Sekitar 80 pedagang sayur, buah dan kue kembali berjualan dari perahu mereka setiap pagi.

"Kami sudah menunggu lama, sekarang pembeli mulai datang lagi," kata Siti Aminah, pedagang kue.

~Tulis komentar

~Berapa hasil 3 + 6?

~Kirim
''', 'Pasar Terapung Sungai Rawa Dibuka Lagi untuk Wisatawan', 'Rina Wulandari', '2024-06-03T14:20:00+07:00', zone='Asia/Jakarta')

story('13-ja-kisha', 'ja', '''
=桜浜市、駅前に保育園を新設へ

=記者：佐藤美咲

=2024年6月3日 9時15分
''', '', '桜浜市は3日、駅前の市有地に定員120人の保育園を新設すると発表した。開園は2026年4月の予定。',
'''
市内では待機児童が昨年度より30人増え、駅に近い保育園への希望が特に多いという。

##待機児童の解消へ

市は建設費として約8億円を来年度予算に計上する方針だ。

市長は記者会見で「働く親が駅で子どもを預けられる街にしたい」と述べた。

~コメントを書く

~計算してください：3 + 5 =

~送信
''', '桜浜市、駅前に保育園を新設へ', '佐藤美咲', '2024-06-03T09:15:00+00:00')

story('14-zh-laiyuan', 'zh', '''
=青川县新建三座社区图书馆

=作者：李明

=2024-06-03 09:15
''', '', '青川县日前宣布，将在今年年底前新建三座社区图书馆，方便居民就近借阅。',
'''
三座图书馆分别位于城东、城西和河滨社区，每座藏书约两万册。

##延长开放时间

新图书馆将每天开放至晚上九点，周末全天开放。

一位居民说：“以前借书要坐半小时公交车，现在走路十分钟就到了。”

~发表评论

~验证码：2 + 6 = ?

~提交
''', '青川县新建三座社区图书馆', '李明', '2024-06-03T09:15:00+00:00')

story('15-en-iso-tags-comments', 'en', '''
=Brackwater primary schools to get free breakfast clubs

=By Tom Akers, Education Reporter

=2024-09-12 08:05
''', 'BRACKWATER', 'Every primary school in Brackwater will run a free breakfast club from January, the town council announced on Wednesday.',
'''
The clubs will open at 7.45am and serve cereal, toast and fruit to any pupil who turns up.

~Read more: New crossing outside Brackwater Academy approved

##Paid for by the council

The scheme will cost about 310,000 a year and is funded from the council's public health budget.

"Children who eat breakfast concentrate better, it is as simple as that," said councillor Mary Osei.

~Tags: schools, Brackwater, breakfast clubs

~2 Comments

~Janet Cole

~September 12, 2024 at 9:40 am

~Brilliant news, my two will be first in the queue.

~Reply

~Phil Darby

~September 12, 2024 at 10:02 am

~Who is going to staff these at quarter to eight?

~Reply

~Leave a Reply

~What is 3 + 5?

~Post Comment
''', 'Brackwater primary schools to get free breakfast clubs', 'Tom Akers', '2024-09-12T08:05:00+00:00',
      tags='schools|Brackwater|breakfast clubs')

story('16-en-three-updated-caption', 'en', '''
=By Ruth Elling, Marcus Dale and Priya Okoro

=Millbrook footbridge finally opens after flood delays

=Updated 14:20, 3 Jun 2024
''', 'MILLBROOK', 'The footbridge over the River Mill opened to walkers on Monday, eighteen months late after the winter floods twice washed away its scaffolding.',
'''
=The new footbridge over the River Mill at Millbrook. Photo: Sam Reed

The 40-metre steel bridge links the station to the new housing on the east bank.

~Advertisement

##Two floods

Work started in the summer of 2022 but stopped in December that year and again in February when the river burst its banks.

“We had to start the foundations again from scratch,” said site manager Owen Price.

~Share this article

~Facebook

~Twitter

~Email

~Leave a comment

~Solve: 4 × 3 =

~Submit
''', 'Millbrook footbridge finally opens after flood delays', 'Ruth Elling|Marcus Dale|Priya Okoro', '2024-06-03T14:20:00+00:00',
      extra=['*The new footbridge over the River Mill'])

story('17-es-mx-lee-tambien', 'es', '''
=Por Luis Herrera, corresponsal

=San Pedro Tlalco estrena su primera ciclovía

=3 de junio de 2024 · 10:15 hrs
''', 'SAN PEDRO TLALCO', 'El municipio de San Pedro Tlalco inauguró este lunes su primera ciclovía, un carril de cuatro kilómetros que une el centro con la preparatoria.',
'''
La obra costó 12 millones de pesos y fue pagada con fondos estatales.

~Lee también: Suben las tarifas del transporte en San Pedro Tlalco

##Más seguridad para los estudiantes

Según el ayuntamiento, unos 600 alumnos van cada día a la escuela en bicicleta por la carretera federal.

"Por fin mis hijos no tienen que ir entre los camiones", dijo María Ortega, madre de dos estudiantes.

~3 comentarios

~Deja tu comentario

~¿Cuánto es 8 + 1?

~Enviar
''', 'San Pedro Tlalco estrena su primera ciclovía', 'Luis Herrera', '2024-06-03T10:15:00+00:00')

story('18-en-au-posted', 'en', '''
=Coastal town's lifeguards to patrol through winter

=By Jess Waring

=Posted Mon 3 Jun 2024 at 6:30am
''', 'SANDY CAPE', 'Lifeguards will patrol the main beach at Sandy Cape through the winter for the first time, after two drownings last July.',
'''
The surf club will put two lifeguards on the beach from 9am to 4pm every weekend and on school holidays.

~Advertisement

##A busier winter beach

Winter visitor numbers have doubled in five years as more people move to the town from the city.

"The water is cold but people still swim, and they swim where it is not safe," club president Dan Hollis said.

~Read more:

~Sandy Cape surf club gets new rescue boat

~Council votes to extend beach car park

~Leave a comment

~*

~Post
''', "Coastal town's lifeguards to patrol through winter", 'Jess Waring', '2024-06-03T06:30:00+00:00')

story('19-de-aktualisiert', 'de', '''
=Von Miriam Roth

=Neue Buslinie verbindet Auenthal mit dem Bahnhof

=Aktualisiert am 12.09.2024 um 18:10 Uhr
''', 'AUENTHAL', 'Ab Montag fährt eine neue Buslinie alle zwanzig Minuten zwischen Auenthal und dem Bahnhof der Kreisstadt.',
'''
Die Linie 14 ersetzt den bisherigen Rufbus, der nur nach telefonischer Anmeldung fuhr.

##Erste Bilanz nach einem Monat

Der Verkehrsverbund will nach vier Wochen zählen, wie viele Fahrgäste die neue Linie nutzen.

„Endlich kann man zur Arbeit pendeln, ohne ein Auto zu brauchen“, sagte Anwohnerin Petra Lang.

~Kommentare (2)

~Kommentar schreiben

~Wie viel ist 4 + 4?

~Senden
''', 'Neue Buslinie verbindet Auenthal mit dem Bahnhof', 'Miriam Roth', '2024-09-12T18:10:00+00:00')

story('20-en-us-pt-share', 'en', '''
=By Dana Whitfield and Roberto Salas

=Desert Springs approves water limits for new subdivisions

=June 3, 2024, 6:45 p.m. PT
''', 'DESERT SPRINGS, Ariz.', 'The Desert Springs city council voted 5-2 on Monday to cap the water that new subdivisions may draw, the first limit of its kind in the valley.',
'''
=The Desert Springs water treatment plant. (Photo by Lena Ortiz / Desert Herald)

New homes will be limited to 120 gallons a day each, about half the city's current average.

##Builders push back

The valley's homebuilders association said the rule would add several thousand dollars to the price of each house.

"We are not against growth, we are against growth we cannot serve," Mayor Kate Lund said before the vote.

~Share this story

~Facebook

~X

~Email

~Comments (2)

~Leave a comment

~What is 1 + 6?

~Submit
''', 'Desert Springs approves water limits for new subdivisions', 'Dana Whitfield|Roberto Salas', '2024-06-03T18:45:00-07:00',
      zone='America/Los_Angeles', sep=' — ', extra=['*The Desert Springs water treatment plant'])
