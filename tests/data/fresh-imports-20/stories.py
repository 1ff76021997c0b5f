# The stories of fresh-imports-20, 01-20 (read by gen.py)

story('01-en-x-ferry', 'en', 'By Lena Okafor', 'Harbour ferry strike called off after late-night deal',
      E, 'PORTVALE', 'A strike that would have stopped every cross-harbour ferry on Wednesday was called off in the early hours of Tuesday, after the crews’ union accepted a new pay offer.',
      '''
The deal gives deckhands and engineers a 6.5 per cent rise this year and a further 4 per cent next spring, the transit authority said.

The union’s branch secretary announced the deal on X shortly after 2am.

> Strike OFF. Members will vote on the offer next week but tomorrow’s sailings run as normal. Thank you to everyone who stood with us. pic.twitter.com/Qx7LmP2aZk
>
> — Portvale Ferry Crews (@PortvaleCrews) March 3, 2026

##Commuters relieved

Commuters who had booked taxis and hire cars for Wednesday said they were cancelling them.

“I had already told my manager I would be working from home,” said Dana Whitfield, who crosses from North Quay every morning.

The authority’s director, Samuel Reyes, said: “Nobody wins when the boats stay in the harbour.”

~Leave a Comment

~3 + 4 =
''', EI)

story('02-en-bbc-gate', 'en', 'By Tom Reid', 'Council apologises after gritters sent out on the wrong roads',
      E, 'NORTHFIELD', 'Northfield council has apologised after its gritters treated the town’s main roads on Monday night while the hill routes to three villages were left icy.',
      '''
Several drivers reported cars sliding on the road to Upper Marsh before 7am, and one bus was unable to climb Copse Hill.

The council’s highways team admitted the mistake in a post on Monday morning.

~Skip twitter post by Northfield Council
~Allow X content?
~This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read X’s cookie policy and privacy policy before accepting. To view this content choose ‘accept and continue’.
~Accept and continue
~The BBC is not responsible for the content of external sites.
~End of twitter post by Northfield Council

##Routes to be checked

Councillor Amir Haddad, who chairs the highways committee, said the gritting schedule would be checked every evening by a supervisor.

“We put the routes into the new system in the wrong order, and that is on us,” he said.
''', EI)

story('03-en-bluesky', 'en', 'By Priya Nair', 'Scientists track first humpback whale in the estuary for forty years',
      E, 'EASTON', 'A humpback whale has been seen in the Easton estuary for the first time in at least forty years, marine scientists at the city’s university said on Tuesday.',
      '''
The whale, thought to be a young male, was first spotted by a ferry crew on Sunday and has stayed near the old pier since.

Dr Hannah Morley, who leads the university’s marine mammal group, shared footage of the animal.

> He surfaced right next to our boat this morning. We think he is following the sprat shoals upriver. Please give him space if you are out on the water!
>
~[image or embed]
> — Dr Hannah Morley (@hmorley.bsky.social) March 3, 2026 at 8:02 AM

The coastguard has asked boat owners to stay at least 100 metres away from the whale.

##How long will it stay?

Scientists said the whale was likely to leave once the sprat moved back out to sea, probably within days.

“Every time the tide turns we hold our breath,” Dr Morley said.
''', EI, absent='image or embed')

story('04-en-police-posts', 'en', 'By Owen Pryce', 'Lorry fire closes motorway for six hours',
      E, 'KINGSBRIDGE', 'Both carriageways of the M9 near Kingsbridge were closed for six hours on Tuesday morning after a lorry carrying paper caught fire.',
      '''
The driver escaped unhurt, police said.

Police first warned drivers shortly after 4am.

> Road closed both ways between J4 and J5
>
> — Kingsbridge Police (@KingsbridgePol) March 3, 2026

A second post followed two hours later.

> Still closed. Please avoid the area
>
> — Kingsbridge Police (@KingsbridgePol) March 3, 2026

The road reopened at 10.20am, but traffic was slow on the diversion through Kingsbridge town centre for most of the day.

##Cause unknown

Fire investigators said they had not yet found what started the blaze.
''', EI)

story('05-en-instagram', 'en', 'By Marta Silva', 'Bakery’s giant cinnamon bun breaks regional record',
      E, 'MILLBROOK', 'A family bakery in Millbrook has baked what it says is the largest cinnamon bun ever made in the region, at 1.8 metres across.',
      '''
The bun took fourteen hours to prove and bake in an oven borrowed from a pizza restaurant.

The bakery posted a video of the bun being carried out of the restaurant.

~View this post on Instagram
> A post shared by Hartley’s Bakery (@hartleysbakes)

Slices were sold for £2 each, with the money going to the town’s food bank.

##A record to beat

The previous record, 1.5 metres, was set by a bakery in Easton in 2019.

“We’ve had three other bakeries message us already, so I doubt it will stand for long,” said owner Jo Hartley.
''', EI)

story('06-en-threads-tiktok', 'en', 'By Leo Grant', 'Teenager’s video of crumbling school ceiling prompts inspection',
      E, 'ASHFORD HILL', 'Inspectors will visit Ashford Hill secondary school this week after a pupil’s video of a classroom ceiling falling in was watched more than two million times.',
      '''
Nobody was in the room when the plaster came down on Friday afternoon.

The video was posted by a Year 11 pupil on TikTok.

> @sam.ashford this was literally my maths room 😭 #school #ceiling ♬ original sound - sam

The county council responded on Threads on Monday.

> Post by @ashfordcountycouncil
~View on Threads

##Repairs over half-term

The council said the repairs would be carried out over the February half-term and that the room would stay closed until then.

Parents said they had raised concerns about the building for two years.
''', EI)

story('07-en-facebook', 'en', 'By Chris Bell', 'Firefighters rescue horse stuck in ditch for five hours',
      E, 'LOWER DENT', 'Firefighters used a crane and two slings to lift a horse out of a flooded ditch near Lower Dent on Monday evening.',
      '''
The horse, a 22-year-old mare called Duchess, had slipped into the ditch while grazing.

The fire service described the rescue on its Facebook page.

> Crews from Dentbridge and Marlow worked in freezing water for over three hours to free Duchess. She is now warm, dry and eating hay. Great job everyone.
>
> Posted by Dentshire Fire and Rescue Service on Monday, March 2, 2026

A vet who was at the scene said the horse was cold but had no broken bones.

##Ditches a danger

Owners were urged to fence off ditches after a week of heavy rain.
''', EI)

story('08-en-roundup', 'en', 'By Nadia Rahman', 'Stadium decision splits the city',
      E, 'RIVERTON', 'Riverton’s council voted on Monday night to let the city’s football club build its new stadium on the old gasworks site, ending a two-year argument.',
      '''
The vote was 31 to 27.

##What people are saying

The club’s chair welcomed the vote within minutes.

> A historic night for Riverton. Thank you to every councillor who backed the plan. Spades in the ground this summer.
>
> — Riverton FC (@RivertonFC) March 2, 2026

Residents of the streets around the gasworks were less pleased.

> 27 councillors listened to us. 31 did not. We will keep fighting this in the courts.
>
> — Save Gasworks Park (@SaveGasworks) March 2, 2026

The opposition leader, Kate Moss, said the council had ignored its own traffic report.

> The traffic report said the ring road cannot take another 20,000 cars on a match day. Tonight we voted to find out the hard way.
>
> — Cllr Kate Moss (@KateMossRiverton) March 2, 2026

##What happens next

The club hopes to open the stadium for the start of the 2028 season.
''', EI)

story('09-en-post-first', 'en', 'By Lena Okafor', 'Mayor resigns in a post on X',
      E, 'PORTVALE', 'Portvale’s mayor, Daniel Frost, resigned on Tuesday morning, announcing his decision on social media before telling his own cabinet.',
      '''
Frost, 58, had led the city since 2021 and had been under pressure since a report last month criticised his handling of the harbour contract.

The deputy mayor, Ruth Okonjo, will take over until an election in May.

##Cabinet not told

Two cabinet members said they learned of the resignation from their phones.

“I found out the way everyone else did,” said one.
''', EI, pre='''
> After seven years, today I have written to the council to resign as mayor. It has been the honour of my life to serve this city.
>
> — Daniel Frost (@DanFrostMayor) March 3, 2026
''')

story('10-fa-x-instagram', 'fa', 'مریم احمدی', 'بازگشایی پل تاریخی خواجو پس از دو سال مرمت',
      '۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰', 'اصفهان', 'پل تاریخی خواجو پس از دو سال مرمت روز سه‌شنبه دوباره به روی مردم باز شد.',
      '''
شهردار اصفهان خبر بازگشایی را در شبکه ایکس اعلام کرد.

> پل خواجو امروز دوباره متعلق به مردم اصفهان است. از همه استادکارانی که دو سال برای این روز زحمت کشیدند سپاسگزارم.
>
> — علی رضایی (@alirezaei_isf) March 3, 2026

##ساعات بازدید

پل هر روز از ساعت هشت صبح تا ده شب به روی بازدیدکنندگان باز است.

صفحه میراث فرهنگی استان نیز تصاویری از مرمت کاشی‌ها منتشر کرد.

~مشاهده این پست در اینستاگرام
> پستی که میراث فرهنگی اصفهان (@miras_isfahan) به اشتراک گذاشته است

«این پل متعلق به همه مردم اصفهان است»، مدیر میراث فرهنگی استان گفت.

~دیدگاه خود را بنویسید

~۲ + ۵ =
''', '2026-03-03T10:20:00+03:30', zone='Asia/Tehran', direction='rtl')

story('11-ar-x-instagram', 'ar', 'أحمد منصور', 'افتتاح أول خط للحافلات الكهربائية في عمّان',
      '3 مارس 2026 - 10:20', 'عمّان', 'أطلقت أمانة عمّان يوم الثلاثاء أول خط للحافلات الكهربائية في المدينة، يربط وسط البلد بالجامعة الأردنية.',
      '''
ويضم الخط عشرين حافلة تعمل من السادسة صباحاً حتى منتصف الليل.

ونشرت وزارة النقل صوراً من الرحلة الأولى على منصة إكس.

> انطلقت صباح اليوم أولى رحلات الحافلات الكهربائية في عمّان، خطوة جديدة نحو نقل عام أنظف.
>
> — وزارة النقل (@MOT_Jordan) March 3, 2026

##أسعار التذاكر

وقالت الأمانة إن سعر التذكرة سيبقى كما هو في الحافلات الأخرى.

~عرض هذا المنشور على Instagram
> تمت مشاركة منشور بواسطة أمانة عمّان (@ammancity)

«نريد أن تصبح الحافلة الخيار الأول لسكان المدينة»، قال مدير النقل في الأمانة.
''', '2026-03-03T10:20:00+00:00', direction='rtl')

story('12-ru-instagram-x', 'ru', 'Анна Смирнова', 'В Казани открыли первый ледовый каток на Кремлёвской набережной',
      '3 марта 2026, 09:15', 'КАЗАНЬ', 'На Кремлёвской набережной Казани во вторник открылся бесплатный каток площадью две тысячи квадратных метров.',
      '''
Каток будет работать до конца марта, если позволит погода.

Мэрия опубликовала видео с открытия в своём аккаунте.

~Посмотреть эту публикацию в Instagram
> Публикация от Мэрия Казани (@kazan_mayor)

##Прокат коньков

Прокат коньков стоит 300 рублей в час, для школьников — бесплатно.

Фигуристка Елена Иванова поделилась впечатлениями в X.

> Лёд отличный, народу много, музыка громкая. Приходите вечером, будет фейерверк!
>
> — Елена Иванова (@elena_ivanova_sk) March 3, 2026

«Мы давно хотели каток в центре города», — сказал заместитель мэра.
''', EI)

story('13-de-consent', 'de', 'Von Jana Krüger', 'Leipziger Zoo zeigt erstmals seine neuen Elefanten',
      '3. März 2026 - 09:15', 'LEIPZIG', 'Der Leipziger Zoo hat am Dienstag seine drei neuen Elefantenkühe zum ersten Mal den Besuchern gezeigt.',
      '''
Die Tiere waren im Januar aus einem Zoo in Polen nach Leipzig gekommen und hatten sich seitdem im Stall eingewöhnt.

Der Zoo teilte ein Video vom ersten Ausflug ins Freigehege.

~Empfohlener externer Inhalt
~An dieser Stelle finden Sie einen externen Inhalt von X.com, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.
~Externer Inhalt
~Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.

##Großer Andrang

Schon am Vormittag standen Hunderte Besucher am Gehege.

Auch der Oberbürgermeister meldete sich zu Wort.

> Willkommen in Leipzig, Kaja, Mala und Nuri! Ein schöner Tag für unseren Zoo.
>
> — Burkhard Jung (@OBM_Leipzig) March 3, 2026

„Die drei haben sich besser eingelebt, als wir gehofft hatten“, sagte Zoodirektor Jörg Junhold.
''', EI)

story('14-es-x-instagram', 'es', 'Por Lucía Fernández', 'Sevilla prohíbe los patinetes eléctricos en el casco histórico',
      '3 de marzo de 2026 - 09:15', 'SEVILLA', 'El Ayuntamiento de Sevilla prohibirá desde abril la circulación de patinetes eléctricos en las calles del casco histórico.',
      '''
La medida se aprobó el lunes en el pleno con los votos de todos los grupos salvo uno.

El alcalde defendió la decisión en X.

> El centro de Sevilla es de los peatones. A partir del 1 de abril, los patinetes tendrán que aparcarse fuera del casco histórico.
>
> — Alcalde de Sevilla (@AlcaldeSevilla) 3 de marzo de 2026

##Multas de hasta 200 euros

Quien incumpla la norma se enfrentará a multas de hasta 200 euros.

Una asociación de usuarios respondió en Instagram.

~Ver esta publicación en Instagram
> Una publicación compartida por Patinetes Sevilla (@patinetessevilla)

“Nos están echando del centro sin ofrecer alternativas”, dijo su portavoz.
''', EI)

story('15-fr-consent-instagram', 'fr', 'Par Claire Dubois', 'Nantes : les Machines de l’île dévoilent leur nouveau héron géant',
      '3 mars 2026 - 09:15', 'NANTES', 'Les Machines de l’île ont présenté mardi à Nantes leur héron géant, une machine de vingt mètres d’envergure qui emmènera des passagers au-dessus des jardins.',
      '''
Il aura fallu six ans aux constructeurs pour achever la machine.

La présentation a été filmée et partagée sur les réseaux sociaux.

~Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.
~Gérer mes choix
~Autoriser

##Premiers vols en juin

Les premiers passagers pourront embarquer en juin, pour un tarif de 12 euros.

~Voir cette publication sur Instagram
> Une publication partagée par Les Machines de l’île (@machinesdelile)

« C’est l’aboutissement d’un rêve de vingt ans », a déclaré le directeur artistique, François Delarozière.
''', EI)

story('16-ja-x-instagram', 'ja', '佐藤健太', '札幌市、雪まつりの来場者が過去最多に',
      '2026年3月3日 9時15分', '【札幌】', '札幌市は3日、今年のさっぽろ雪まつりの来場者数が過去最多の約270万人だったと発表した。',
      '''
海外からの観光客が前年より3割増えた。

市の公式アカウントは感謝のメッセージを投稿した。

> 今年も雪まつりにお越しいただき、ありがとうございました！また来年お会いしましょう。
>
> — 札幌市 (@sapporo_city) March 3, 2026

##雪像の解体

大雪像の解体作業は4日から始まる。

~この投稿をInstagramで見る
> 雪まつり公式(@snowfes_official)がシェアした投稿

市は来年の開催に向けて会場の拡大を検討している。
''', EI, sep='')

story('17-zh-instagram-x', 'zh', '本报记者 李华', '上海外滩灯光秀吸引数十万市民观看',
      '2026年3月3日 09:15', '本报上海3月3日电', '上海外滩周一晚举行了新年以来规模最大的灯光秀，吸引了数十万市民和游客前来观看。',
      '''
灯光秀持续了四十分钟，使用了两千多架无人机。

主办方在社交媒体上分享了现场视频。

~在 Instagram 查看这篇帖子
> 上海文旅 (@shanghai_travel) 分享的帖子

##交通管制

当晚外滩周边道路实行了交通管制，地铁二号线延长运营一小时。

> Drones over the Bund tonight. Never seen anything like it.
>
> — Lin Wei (@linwei_sh) March 2, 2026

“我们希望每年都能举办这样的活动。”一位市民说。
''', EI, sep='　', dl='上海', standfirst='上海外滩周一晚举行了新年以来规模最大的灯光秀，吸引了数十万市民和游客前来观看。')

story('18-en-guardian-gate', 'en', 'By Helen Marsh', 'Cathedral’s peregrine falcons return for twentieth year',
      E, 'WESTMINSTER CROSS', 'The peregrine falcons that have nested on Westminster Cross cathedral’s spire since 2006 have returned for the breeding season, the cathedral said on Tuesday.',
      '''
The pair, known to volunteers as Percy and Grace, were seen on the ledge on Sunday.

~Skip past X post
~Allow X content?
~This article includes content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content, click ‘Allow and continue’.
~Allow and continue

The cathedral will again stream pictures from a camera on the nest.

##Eggs expected in April

Volunteers expect the first eggs in early April and chicks in May.

“They are part of the building now,” said the dean, the Very Rev Anne Kerr.
''', EI)

story('19-it-instagram-x', 'it', 'di Giulia Romano', 'A Bologna riapre la torre Garisenda dopo tre anni',
      '3 marzo 2026 - 09:15', 'BOLOGNA', 'La torre Garisenda di Bologna riaprirà ai visitatori a maggio, dopo tre anni di lavori per metterla in sicurezza, ha annunciato martedì il Comune.',
      '''
La torre era stata chiusa nel 2023 dopo che i sensori avevano segnalato movimenti anomali.

Il sindaco ha dato la notizia sui social.

> La Garisenda torna ai bolognesi. Grazie a tecnici e operai che l’hanno salvata.
>
> — Matteo Lepore (@MatteoLepore) March 3, 2026

##Visite su prenotazione

Le visite saranno su prenotazione, in gruppi di dieci persone.

~Visualizza questo post su Instagram
> Un post condiviso da Comune di Bologna (@comunedibologna)

«È un simbolo della città e meritava questo lavoro», ha detto l’assessora alla cultura.
''', EI)

story('20-pt-bluesky-x', 'pt', 'Por Ana Souza', 'Porto Alegre inaugura ciclovia na orla do Guaíba',
      '3 de março de 2026 - 09:15', 'PORTO ALEGRE', 'A prefeitura de Porto Alegre inaugurou nesta terça-feira uma ciclovia de nove quilômetros ao longo da orla do Guaíba.',
      '''
A ciclovia liga o Centro Histórico ao bairro Ipanema.

Um grupo de ciclistas comemorou nas redes sociais.

> Pedalamos hoje de ponta a ponta da nova ciclovia. Faltam bicicletários, mas é um começo!
>
~[image or embed]
> — Bike POA (@bikepoa.bsky.social) 3 de março de 2026 às 08:40

##Críticas

Moradores reclamaram da retirada de vagas de estacionamento.

> A ciclovia é bonita, mas ninguém perguntou aos comerciantes da orla.
>
> — Associação Orla Viva (@orlaviva) March 3, 2026

“Vamos avaliar os pedidos com cuidado”, disse o secretário de Mobilidade.
''', EI, absent='image or embed')
