# The stories of fresh-imports-21, 01-20 (read by gen.py)

story('01-en-msn-independent', 'en', '''
~MSN
~The Independent

=Ferry operator fined £2m after engine fire on crowded crossing

=Story by Lena Okafor • 3h • 3 min read
~© Provided by The Independent
''', '', 'A ferry operator has been fined £2m after a fire broke out in the engine room of a crowded crossing to the Isle of Carra, forcing 340 passengers into their life jackets.',
'''
The fire on the Island Star in August 2024 was put out by the crew within 20 minutes, but the ferry drifted for almost two hours before tugs reached it.

Carra Sea Links admitted failing to maintain a fuel pipe that had been reported as leaking three times in the months before the fire.

~Advertisement

Judge Miriam Cole told the court the company had put “profit before the most basic safety work”.

“Passengers were told to put on life jackets and wait on the open deck in the rain, with children crying around them,” she said.

~Continue reading

The company said it had replaced the fuel systems on all four of its ships and apologised to everyone on board.

Its chief executive, Robert Hale, said: “We let our passengers down that day and we are determined it will never happen again.”

~Sponsored Content
~Seniors Born 1946-1966 Are Getting Huge Payouts. See If You Qualify
~Smart Financial Tips
~Doctors Stunned: This Simple Morning Habit Melts Belly Fat
~Health Insider
''', 'Ferry operator fined £2m after engine fire on crowded crossing', 'Lena Okafor', '', dl='')

story('02-en-yahoo-ap', 'en', '''
~Yahoo News
~Associated Press
=Firefighters contain wildfire near Athens after villages evacuated
=DEREK GATOPOULOS
=Tue, March 3, 2026 at 9:15 AM UTC
~3 min read
''', 'ATHENS, Greece', 'Firefighters on Tuesday contained a wildfire that forced the evacuation of four villages north of Athens overnight, the fire service said.',
'''
More than 200 firefighters, backed by six water-dropping planes and eight helicopters, fought the blaze in pine forest near Marathon through the night.

Nobody was hurt, but at least a dozen homes and several farm buildings were damaged, officials said.

“The wind dropped shortly before dawn and that gave us our chance,” fire service spokesman Yiannis Artopios told state television.

Greece has faced increasingly destructive wildfires in recent years, which scientists link to hotter, drier summers.

The government has promised to hire 500 more seasonal firefighters this year and to clear undergrowth near villages before the summer.

~Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.

~More from Yahoo News:
~Climate: Europe's fire seasons are getting longer, scientists say
~Greece to hire hundreds more seasonal firefighters before summer
~Watch: Drone footage shows scale of fires on Evia
''', 'Firefighters contain wildfire near Athens after villages evacuated', 'Derek Gatopoulos',
'2026-03-03T09:15:00+00:00', sep=' (AP) — ')

story('03-en-conversation', 'en', '''
~Opinion

=Why some winters leave far more potholes than others

=Priya Nair, University of Easton
~The Conversation
=March 3, 2026
''', '', 'Every spring, councils across the country count the cost of the winter in potholes, and some years the bill is far higher than others.',
'''
The reason is not how cold a winter is, but how often the temperature crosses zero.

Water that seeps into cracks in the road freezes and expands, pushing the surface apart. When it thaws, traffic presses the loosened stones out, and the next freeze makes the hole bigger.

~Related: Potholes cost councils more than £1bn a year – here's why they keep coming back

##A freeze-thaw count

In our study of 20 years of road data, the number of days on which the temperature crossed zero explained three-quarters of the difference in potholes from one year to the next.

A winter with a long, hard freeze can actually do less damage than a mild one that freezes and thaws every few days.

This matters because climate change is making some regions' winters milder but more changeable.

Councils that plan their repair budgets on last year's figures will keep being caught out.

^This article is republished from The Conversation under a Creative Commons license. Read the original article.
''', 'Why some winters leave far more potholes than others', 'Priya Nair', '2026-03-03T00:00:00+00:00', dl='')

story('04-en-propublica', 'en', '''
=A desert town's wells are running dry. The state let a golf resort keep pumping.

=by Kavya Menon, ProPublica, and Dan Whitaker, The Desert Sun
=March 3, 2026, 9:15 a.m. EST
~ProPublica is a Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.
~Republish this story
''', '', 'For three summers running, the wells that supply the town of Mesa Verde have dropped so low that residents have been told to stop watering their gardens.',
'''
Ten miles away, a golf resort has pumped more than 900 million gallons from the same aquifer over the same period, records obtained by ProPublica and The Desert Sun show.

State regulators approved the resort's permit in 2019 despite warnings from their own hydrologists that the aquifer could not support it.

“We told them the numbers did not add up,” said one former state scientist, who asked not to be named because she still works in the field.

“We were never asked”

Residents of Mesa Verde said they learned about the permit only when their taps began to sputter.

“We were never asked, and nobody ever explained anything to us,” said Rosa Delgado, who has lived in the town for 41 years.

The resort's owner said in a statement that it complied with every condition of its permit and had cut its water use by 15% since 2022.

The state's water board said it would review the permit at its meeting in April.

^This story was originally published by ProPublica.
''', "A desert town's wells are running dry. The state let a golf resort keep pumping.", 'Kavya Menon|Dan Whitaker',
'2026-03-03T09:15:00-05:00', zone='America/New_York', dl='')

story('05-en-cnn-partner', 'en', '''
~KTVZ
~News
~Weather
~Sports

=Airline grounds entire fleet for two hours after booking system outage

=By Tom Reid, CNN
=Published 9:15 AM on March 3, 2026
''', '', 'A regional airline grounded all of its flights for two hours on Tuesday morning after a fault in its booking and check-in system.',
'''
Passengers at several airports reported long queues at check-in desks, and at least 80 flights left late, according to the flight tracking site FlightAware.

The airline said the fault was in a software update installed overnight and was not the result of a cyberattack.

“We apologize to our customers for the disruption and are working to get everyone to their destinations as quickly as possible,” the airline said in a statement.

Flights resumed shortly after 8 a.m. local time.

~The-CNN-Wire™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.
''', 'Airline grounds entire fleet for two hours after booking system outage', 'Tom Reid',
'2026-03-03T09:15:00+00:00', opener='(CNN) — ', dl='')

story('06-en-newsbreak', 'en', '''
~NewsBreak
~Open in App
~Portvale Gazette
~Follow

=Council to reopen Westgate swimming pool after £3m repair

=By Owen Pryce
=Mar 3, 2026
''', 'PORTVALE', 'Westgate swimming pool will reopen in June after a £3m repair of its roof, the council said on Tuesday.',
'''
The pool closed in 2024 after engineers found that concrete panels in its roof were made of the crumbly material known as RAAC.

Swimming clubs have since travelled to pools in neighbouring towns, some more than 40 minutes away.

“Our children have been getting up at five to swim in another town,” said Carol Benn, who chairs the Westgate Otters club.

The council said the new roof would also carry solar panels, cutting the pool's energy bill by about a third.

~Comments / 0
~Add a Comment
~YOU MAY ALSO LIKE
~Portvale man charged after high-speed chase on the A40
~Portvale Gazette · 1d
''', 'Council to reopen Westgate swimming pool after £3m repair', 'Owen Pryce', '2026-03-03T00:00:00+00:00')

story('07-en-reader-view', 'en', '''
~portvalegazette.co.uk

=Harbour tunnel to close for eight weekends of repairs

=Lena Okafor
~4–5 minutes
=Published March 3, 2026 at 9:15 AM
''', 'PORTVALE', 'The harbour tunnel will close for eight weekends from April while its lighting and drainage are replaced, the port authority said on Tuesday.',
'''
Traffic will be sent over the Swing Bridge, which the authority warned could add up to 30 minutes to journeys at busy times.

The tunnel carries about 40,000 vehicles a day and has not had a major repair since it opened in 1991.

##Buses diverted

Buses on routes 4 and 12 will use the bridge, and an extra ferry will run on Saturdays.

Local businesses said they were worried about losing weekend trade.

“Every closure costs us customers we never get back,” said café owner Tariq Bashir.
''', 'Harbour tunnel to close for eight weekends of repairs', 'Lena Okafor', '2026-03-03T09:15:00+00:00')

story('08-en-reuters-yahoo', 'en', '''
~Reuters

=Norway's wealth fund posts record return on tech shares

=Tue, Mar 3, 2026, 9:15 AM UTC
~2 min read
~In this article:
~EQNR.OL
~^GSPC
=By Terje Solsvik
''', 'OSLO, March 3', "Norway's $1.9 trillion sovereign wealth fund, the world's largest, posted a record return last year on the back of its technology holdings, it said on Tuesday.",
'''
The fund returned 16.8% in 2025, or 3.1 trillion crowns, beating its benchmark index by 0.2 percentage points.

Technology shares, led by U.S. chipmakers, returned 34%, the fund said.

"It was a very strong year, but we should not expect such returns every year," the fund's chief executive told a news conference.

The fund, built on Norway's oil and gas revenue, invests in more than 8,500 companies around the world.

(Reporting by Terje Solsvik; Editing by Kirsten Donovan)

~View comments
''', "Norway's wealth fund posts record return on tech shares", 'Terje Solsvik', '2026-03-03T09:15:00+00:00',
sep=' (Reuters) - ', dl='OSLO')

story('09-en-apple-news', 'en', '''
~Shared from Apple News

=Care homes told to stop charging families for empty rooms

~The Northbay Post
=By Hannah Whitcombe
=March 3, 2026
''', 'NORTHBAY', 'Care homes in the Northbay region have been told to stop charging families for a resident’s room for weeks after their death.',
'''
The county’s trading standards office said it had received more than 60 complaints in a year about fees charged for rooms that were empty.

One family was billed £4,200 for the four weeks after their mother died, even though her belongings had been cleared within days.

“It felt like we were paying for grief,” said her son, Michael Grant.

The care homes’ trade body said most of its members already limited the charges to three days.

~Read in Apple News
~Sent from my iPad
''', 'Care homes told to stop charging families for empty rooms', 'Hannah Whitcombe', '2026-03-03T00:00:00+00:00')

story('10-de-msn', 'de', '''
~MSN
~Frankfurter Rundschau

=Frankfurter Zoo bekommt nach 20 Jahren wieder Giraffen

=Geschichte von Lukas Becker • 2 Std. • 3 Min. Lesezeit
~© Bereitgestellt von Frankfurter Rundschau
''', 'Frankfurt', 'Der Frankfurter Zoo bekommt nach zwanzig Jahren wieder Giraffen: Drei junge Weibchen sollen im Mai aus einem Zoo in den Niederlanden kommen.',
'''
Für die Tiere wurde in den vergangenen zwei Jahren ein neues Haus mit einer sechs Meter hohen Halle gebaut.

Die Anlage hat rund neun Millionen Euro gekostet, den größten Teil hat die Stadt bezahlt.

„Giraffen gehörten für viele Frankfurter früher einfach zum Zoo“, sagte Zoodirektorin Christina Geiger.

~Weiterlesen

##Eröffnung im Sommer

Die Besucher sollen die Giraffen ab Juli sehen können, wenn sich die Tiere eingewöhnt haben.

Der Zoo hofft, dass die neue Anlage jährlich bis zu 100.000 zusätzliche Besucher anzieht.

~Gesponserte Inhalte
~Ärzte verblüfft: Dieses einfache Hausmittel hilft gegen Gelenkschmerzen
~Gesundheitsratgeber
''', 'Frankfurter Zoo bekommt nach 20 Jahren wieder Giraffen', 'Lukas Becker', '', sep=' – ')

story('11-de-tonline', 'de', '''
~t-online
~Regional

=Leipziger Straßenbahn fährt bald ohne Fahrer im Depot

=Aktualisiert am 03.03.2026 - 09:15 Uhr
~Lesedauer: 2 Min.
=Von Jana Krüger
''', 'Leipzig', 'Die Leipziger Verkehrsbetriebe testen als erste in Deutschland Straßenbahnen, die im Depot ohne Fahrer rangieren.',
'''
Die Bahnen sollen nachts selbstständig zur Waschanlage und auf ihre Abstellgleise fahren.

Das spart nach Angaben des Unternehmens täglich mehrere Stunden Arbeitszeit.

~Lesen Sie auch: Bahn streicht im Sommer mehrere Fernzüge nach Leipzig

Auf den Strecken in der Stadt bleiben die Fahrer aber an Bord, betonte eine Sprecherin.

„Im Straßenverkehr ist das noch Zukunftsmusik“, sagte sie.

~Verwendete Quellen:
~Nachrichtenagentur dpa
''', 'Leipziger Straßenbahn fährt bald ohne Fahrer im Depot', 'Jana Krüger', '2026-03-03T09:15:00+00:00',
sep=' (dpa) - ')

story('12-fr-conversation', 'fr', '''
~Yahoo Actualités

=Pourquoi les hirondelles reviennent de plus en plus tôt au printemps

=Par Claire Dufresne
~The Conversation
=3 mars 2026 à 09:15
''', '', 'Depuis une trentaine d’années, les hirondelles rustiques arrivent en France en moyenne dix jours plus tôt qu’auparavant.',
'''
Ce décalage suit de près la hausse des températures en Afrique du Nord et en Espagne, où les oiseaux font étape pendant leur migration.

Mais arriver tôt n’est pas toujours un avantage : un coup de froid en mars peut priver les oiseaux des insectes dont ils se nourrissent.

~À lire aussi : Les oiseaux des villes chantent-ils plus fort que ceux des campagnes ?

##Des nids moins nombreux

Les comptages menés par des bénévoles montrent que le nombre de nids a baissé d’un tiers en vingt ans.

La disparition des étables ouvertes, où les hirondelles construisent leurs nids, en est l’une des principales causes.

^Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l’article original.
''', 'Pourquoi les hirondelles reviennent de plus en plus tôt au printemps', 'Claire Dufresne',
'2026-03-03T09:15:00+00:00', dl='')

story('13-es-originalmente', 'es', '''
~Infórmate

=Valencia plantará 5.000 árboles en los patios de sus colegios

=Por Javier Morales
=3 de marzo de 2026 - 09:15
''', 'VALENCIA', 'El Ayuntamiento de Valencia plantará 5.000 árboles en los patios de 120 colegios públicos antes de 2028, para dar sombra a los alumnos en los meses de más calor.',
'''
Los primeros 40 colegios recibirán los árboles este otoño, según el plan presentado el martes.

En muchos patios la temperatura del suelo supera los 50 grados en junio, según las mediciones del propio ayuntamiento.

~LEE TAMBIÉN: Las olas de calor obligan a adelantar el horario escolar en junio

“Los niños no pueden jugar en un patio que quema”, dijo la concejala de Educación, Marta Ribes.

Las familias de varios colegios llevaban años pidiendo toldos o árboles.

^Este artículo fue publicado originalmente en Levante Diario. Lea el original.
''', 'Valencia plantará 5.000 árboles en los patios de sus colegios', 'Javier Morales', '2026-03-03T09:15:00+00:00')

story('14-fa-republish', 'fa', '''
~خبرگزاری برنا

=آغاز ساخت نخستین پارک آبی شیراز

=نویسنده: مریم احمدی
=۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰
''', 'شیراز', 'عملیات ساخت نخستین پارک آبی شیراز روز سه‌شنبه با حضور شهردار این شهر آغاز شد.',
'''
این پارک در زمینی به مساحت هشت هکتار در شمال غرب شهر ساخته می‌شود.

به گفته شهردار شیراز، ساخت پارک حدود دو سال طول می‌کشد.

~بیشتر بخوانید: افتتاح دو ایستگاه جدید متروی شیراز

او افزود: «این پارک برای خانواده‌ها در تابستان‌های گرم شیراز یک تفریح ارزان خواهد بود.»

هزینه ساخت این پارک از محل درآمدهای شهرداری و سرمایه‌گذاری بخش خصوصی تأمین می‌شود.

^این مطلب نخستین بار در وب‌سایت همشهری منتشر شده است.
~منبع: خبرگزاری برنا
''', 'آغاز ساخت نخستین پارک آبی شیراز', 'مریم احمدی', '2026-03-03T10:20:00+03:30', zone='Asia/Tehran', direction='rtl')

story('15-ar-republish', 'ar', '''
~عربي21

=المغرب يفتتح أطول جسر معلق في أفريقيا

=أحمد منصور
=3 مارس 2026 - 10:20
''', 'الرباط', 'افتتح المغرب يوم الثلاثاء جسرا معلقا بطول 950 مترا فوق وادي أبي رقراق، وهو الأطول من نوعه في أفريقيا.',
'''
ويربط الجسر بين مدينتي الرباط وسلا، ويختصر الطريق بين المدينتين بنحو عشرين دقيقة.

واستغرق بناء الجسر أربع سنوات، بكلفة بلغت نحو ملياري درهم.

~اقرأ أيضا: افتتاح خط جديد للقطار فائق السرعة بين طنجة والدار البيضاء

وقال وزير التجهيز إن الجسر سيخفف الازدحام في وسط الرباط.

^نُشر هذا التقرير في الأصل على موقع هسبريس.
~المصدر: عربي21
''', 'المغرب يفتتح أطول جسر معلق في أفريقيا', 'أحمد منصور', '2026-03-03T10:20:00+00:00', direction='rtl')

story('16-ja-yahoo', 'ja', '''
~Yahoo!ニュース

=北陸新幹線、敦賀駅で新しい乗り換え改札を開設

=3/3(火) 9:15配信
~毎日新聞
~コメント12件
''', '', '北陸新幹線の敦賀駅で3日、在来線特急との乗り換えを短縮する新しい改札口が開設された。',
'''
これまで乗り換えには平均で8分ほどかかっていたが、新しい改札の開設で約3分に短縮されるという。

JR西日本によると、乗り換え客は1日平均約1万2000人に上る。

利用者からは「荷物が多いときに助かる」との声が聞かれた。

同社は今後、案内表示も増やす方針だ。

~【関連記事】
~北陸新幹線、延伸ルートの議論が再燃
~敦賀駅周辺、観光客が前年比2割増
~最終更新:3/3(火) 10:02
~毎日新聞
''', '北陸新幹線、敦賀駅で新しい乗り換え改札を開設', '', '', day='-03-03T09:15:00+00:00', dl='')

story('17-ko-naver', 'ko', '''
~본문 바로가기
~한국일보
=부산 도시철도 사상~하단선 12월 개통…역 7곳
=입력2026.03.03. 오전 9:15
=수정2026.03.03. 오전 10:02
~기사원문
=김민준 기자
~공감
~댓글
~본문 요약봇
~텍스트 음성 변환 서비스 사용하기
~글자 크기 변경하기
~SNS 보내기
~인쇄하기
''', '', '부산 도시철도 사상~하단선이 오는 12월 개통한다고 부산교통공사가 3일 밝혔다.',
'''
사상~하단선은 총연장 6.9㎞로, 역 7곳이 새로 생긴다.

개통되면 사상역에서 하단역까지 이동 시간이 40분에서 13분으로 줄어든다.

공사 관계자는 "시운전을 거쳐 안전 점검을 마친 뒤 운행을 시작할 예정"이라고 말했다.

=김민준 기자 mjkim@hankookilbo.com

~Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.
~이 기사는 언론사에서 사회 섹션으로 분류했습니다.
~기사 섹션 분류 안내
''', '부산 도시철도 사상~하단선 12월 개통…역 7곳', '김민준', '2026-03-03T09:15:00+00:00', dl='')

story('18-ko-daum', 'ko', '''
~Daum

=광주 첫 수소 트램 시운전 시작

=이서연 기자
=입력 2026. 3. 3. 09:15
~수정 2026. 3. 3. 10:02
~타임톡
~음성으로 듣기
~번역 설정
~글씨크기 조절하기
~인쇄하기
''', '', '광주광역시의 첫 수소 트램이 3일 시운전을 시작했다.',
'''
트램은 광주역에서 상무지구까지 8.4㎞ 구간을 오가며 두 달 동안 안전성을 점검한다.

한 번 충전으로 최대 150㎞를 달릴 수 있으며, 배출가스가 전혀 없다.

광주시는 시운전이 끝나면 오는 6월부터 시민 시승 행사를 열 계획이다.

~ⓒ 경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 및 재배포 금지
''', '광주 첫 수소 트램 시운전 시작', '이서연', '2026-03-03T09:15:00+00:00', dl='')

story('19-en-calmatters', 'en', '''
~Local News

=California will pay farmers to leave fields unplanted to save groundwater

=By Ana Ruiz, CalMatters
=March 3, 2026
''', '', 'California will pay farmers in the San Joaquin Valley to leave up to 50,000 acres unplanted this year, in an effort to slow the draining of the region’s groundwater.',
'''
The $90 million program, approved by the state water board on Monday, pays growers up to $1,200 an acre for land they do not farm.

~READ MORE: California's reservoirs are full. Why is groundwater still falling?

Some fields will be planted with native wildflowers to feed bees and hold down dust.

“It is cheaper to pay for a field to rest than to dig deeper wells every year,” said board member Luis Carranza.

~Related: Drought or not, San Joaquin Valley towns are still sinking

Farm groups said the payments were welcome but too small to make up for the loss of a crop.

^This story was originally published by CalMatters. Sign up for their newsletters.
''', 'California will pay farmers to leave fields unplanted to save groundwater', 'Ana Ruiz', '2026-03-03T00:00:00+00:00', dl='')

story('20-en-yahoo-guardian', 'en', '''
~Yahoo News UK
~The Guardian

=Bats return to Victorian railway tunnel after 40 years

=Marta Lindqvist Environment correspondent
=Tue, 3 March 2026 at 9:15 am GMT
~4-min read
''', '', 'A colony of rare bats has returned to a disused Victorian railway tunnel in Somerset for the first time in 40 years, after conservationists sealed it against disturbance.',
'''
Surveyors counted 63 greater horseshoe bats hibernating in the tunnel this winter, one of the largest colonies found in England in a decade.

The tunnel was fitted with a grille in 2021 to stop people from entering while letting the bats fly in and out.

“We hoped they would come back, but we did not dare to think it would be this fast,” said ecologist Fiona Marsh.

Greater horseshoe bats were once common across southern England but their numbers fell by more than 90% in the 20th century.

~Continue reading
~Read full article
~Sponsored Content
''', 'Bats return to Victorian railway tunnel after 40 years', 'Marta Lindqvist', '2026-03-03T09:15:00+00:00', dl='')
