# The later five of fresh-imports-23, 26-30 (read by gen.py): everyday
# stories of other shapes and languages, written after the importer's
# fixes and before they were run.

story('26-en-ie-standfirst-photograph', 'en', '''
=Galway Road quarry plan refused after 900 objections

=Planners said the site was too close to two schools and a nature reserve.

=By Siobhán Keane and Declan Moore

=Tue 4 Jun 2024 07.00
''', 'BALLYCARRIG', 'Councillors in Ballycarrig have refused permission for a limestone quarry on the Galway Road, after more than 900 residents lodged objections.',
'''
=Residents outside the council chamber before the vote. Photograph: Aidan Kerr

The quarry would have run for 25 years and sent up to 60 lorries a day through the village.

##Schools and a reserve

Two primary schools lie within a kilometre of the site, as does the Carrig Bog nature reserve.

“We are not against jobs, we are against lorries outside the school gate,” said parent Nuala Byrne.

The company behind the plan, Westrock Aggregates, can appeal within four weeks.

~14 comments

~Leave a comment

~Solve: 9 − 4 =

~Submit
''', 'Galway Road quarry plan refused after 900 objections', 'Siobhán Keane|Declan Moore', '2024-06-04T07:00:00+00:00',
      standfirst='Planners said the site was too close to two schools and a nature reserve.',
      extra=['*Residents outside the council chamber'])

story('27-es-ar-dejá-tu-comentario', 'es', '''
=Por Valentina Ruiz y Martín Sosa

=Villa Ceibo tendrá su primer hospital de día

=04/06/2024 - 08:30
''', 'VILLA CEIBO', 'El municipio de Villa Ceibo anunció la construcción de un hospital de día que atenderá a unos 40.000 vecinos de la zona norte.',
'''
La obra comenzará en agosto y debería estar terminada a fines del año próximo.

~Mirá también: Cortes de agua en el barrio Norte por obras

##Menos viajes a la capital

Hoy los pacientes deben viajar 80 kilómetros para hacerse estudios de rutina.

"Perdemos un día de trabajo cada vez que hay que ir al médico", contó Rosa Medina, vecina del barrio.

~Dejá tu comentario

~¿Cuánto es 3 + 3?

~Publicar
''', 'Villa Ceibo tendrá su primer hospital de día', 'Valentina Ruiz|Martín Sosa', '2024-06-04T08:30:00+00:00',
      sep=' - ')

story('28-pl-autor-dodaj-komentarz', 'pl', '''
=Nowy most na Wierzbnej otwarty dla pieszych

=Autor: Anna Nowak

=04.06.2024, 10:15
''', '', 'Po dwóch latach budowy nowy most na rzece Wierzbnej w Lipowcu został otwarty dla pieszych i rowerzystów.',
'''
Most ma 120 metrów długości i zastąpił drewnianą kładkę z lat sześćdziesiątych.

##Samochody dopiero jesienią

Ruch samochodowy zostanie wpuszczony na most po zakończeniu prac przy drogach dojazdowych.

„Wreszcie dzieci nie muszą chodzić do szkoły naokoło”, powiedziała mieszkanka Lipowca Ewa Kowalczyk.

~Komentarze (2)

~Dodaj komentarz

~Ile to jest 2 + 5?

~Wyślij
''', 'Nowy most na Wierzbnej otwarty dla pieszych', 'Anna Nowak', '2024-06-04T10:15:00+00:00')

story('29-nl-door-reageer', 'nl', '''
=Door Pieter de Vries

=Amersfoort krijgt een tweede overdekte fietsenstalling bij het station

=4 juni 2024, 09:40
''', 'AMERSFOORT', 'De gemeente Amersfoort bouwt aan de achterkant van het station een tweede overdekte fietsenstalling met plek voor 3.000 fietsen.',
'''
De huidige stalling aan de voorkant is op werkdagen al om acht uur 's ochtends vol.

~Advertentie

##Eerste 24 uur gratis

Net als in de bestaande stalling kunnen reizigers hun fiets de eerste 24 uur gratis parkeren.

"Nu zetten mensen hun fiets overal neer, ook op de stoep", zei wethouder Karin Smit.

~Reageer

~Hoeveel is 4 + 2?

~Verzenden
''', 'Amersfoort krijgt een tweede overdekte fietsenstalling bij het station', 'Pieter de Vries', '2024-06-04T09:40:00+00:00',
      sep=' - ')

story('30-ko-gija-ipryeok', 'ko', '''
=해안시, 시내버스 전 노선 무료화 검토

=최지우 기자

=입력 2024.06.04 09:15
''', '', '해안시가 내년부터 시내버스 전 노선을 무료로 운영하는 방안을 검토하고 있다고 4일 밝혔다.',
'''
시는 연간 약 120억 원의 예산이 필요할 것으로 보고 있다.

##시민 의견 수렴

시는 이달 말까지 시민 설문조사를 진행한 뒤 최종 결정을 내릴 계획이다.

한 시민은 "버스비가 없어지면 차를 두고 다닐 것"이라고 말했다.

~댓글 쓰기

~보안 문자: 3 + 4 =

~등록
''', '해안시, 시내버스 전 노선 무료화 검토', '최지우', '2024-06-04T09:15:00+00:00')
