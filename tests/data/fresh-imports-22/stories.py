# The stories of fresh-imports-22, 01-20 (read by gen.py); 01 and 02
# are the spot check's two copies of The Conversation's own pages, as
# they were given.

story('01-en-conversation', 'en', '''
=Why bus lanes are back in fashion with city councils

=Published: November 12, 2026 6.04pm GMT

~Author
=Tom Hargreaves
^Senior Lecturer in Transport Planning, University of Leeds

~Disclosure statement
^Tom Hargreaves receives funding from the Economic and Social Research Council.

~Partners
~University of Leeds provides funding as a founding partner of The Conversation UK.

~View all partners
''', '', 'After a decade in which many were painted over, bus lanes are returning to British cities. At least 14 councils have announced new schemes since January.',
'''
The reasons are partly financial: a bus lane costs a fraction of a new tram line, and government grants now reward councils that speed up buses.

##What the evidence says

Studies of bus lanes in Manchester and Bristol found that journey times fell by up to a fifth on the busiest corridors.

"The gains are largest where the lanes run all day, not just at peak hours," said one transport officer.

^This article is republished from The Conversation under a Creative Commons license. Read the original article.
''', 'Why bus lanes are back in fashion with city councils', 'Tom Hargreaves', '2026-11-12T18:04:00+00:00')

story('02-fr-conversation', 'fr', '''
~Auteur
=Claire Dumont
^Maîtresse de conférences en géographie, Université de Lyon

~Déclaration d'intérêts
^Claire Dumont ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d'une organisation qui pourrait tirer profit de cet article.

~Partenaires
~Université de Lyon apporte des fonds en tant que membre fondateur de The Conversation FR.

=Pourquoi les villes moyennes regagnent des habitants

=Publié: 12 novembre 2026, 18:04 CET
''', '', "Après trente ans de déclin, plusieurs villes moyennes françaises voient leur population augmenter de nouveau. Le télétravail n'explique qu'une partie de ce retour.",
'''
Les chiffres de l'Insee publiés en octobre montrent que 62 des 200 villes moyennes ont gagné des habitants entre 2020 et 2025.

##Un effet du télétravail ?

Le télétravail a permis à certains cadres de quitter les métropoles. Mais les nouveaux arrivants sont aussi des retraités et des familles attirées par des logements moins chers.

« Le prix du mètre carré reste le premier facteur », explique une élue de Nevers.

^Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l'article original.
''', 'Pourquoi les villes moyennes regagnent des habitants', 'Claire Dumont', '2026-11-12T18:04:00+01:00',
      zone='Europe/Berlin')

story('03-es-conversation-autores', 'es', '''
=Por qué los incendios forestales llegan cada año más pronto

=Publicado: 12 noviembre 2026 18:04 CET

~Autores
=Ana García Serrano
^Profesora de Ecología Forestal, Universidad de Granada
=Luis Moreno Vidal
^Investigador en Climatología, Universidad Complutense de Madrid

~Declaración de transparencia
^Ana García Serrano recibe fondos del Ministerio de Ciencia para un proyecto sobre incendios. Luis Moreno Vidal no recibe salarios ni fondos de ninguna organización que pueda obtener beneficio de este artículo.

~Socios
~Universidad de Granada aporta financiación como institución colaboradora de The Conversation ES.

~Ver todos los socios
''', '', 'La temporada de incendios en España empieza hoy tres semanas antes que en los años noventa, y los veranos secos no son la única razón.',
'''
El abandono del campo ha dejado más vegetación seca cerca de los pueblos, y los inviernos templados permiten que crezca más matorral.

##Lo que dicen los datos

Los registros de los últimos treinta años muestran que la superficie quemada en primavera se ha duplicado.

“La prevención tiene que empezar en invierno, no en junio”, advierte un técnico forestal de Andalucía.

^Este artículo fue publicado originalmente en The Conversation. Lea el original.
''', 'Por qué los incendios forestales llegan cada año más pronto', 'Ana García Serrano|Luis Moreno Vidal',
      '2026-11-12T18:04:00+01:00', zone='Europe/Berlin')

story('04-id-conversation', 'id', '''
=Mengapa banjir rob makin sering melanda pesisir utara Jawa

=Diterbitkan: 12 November 2026 18.04 WIB

~Penulis
=Dewi Lestari
^Dosen Teknik Kelautan, Institut Teknologi Bandung

~Pernyataan Pengungkapan
^Dewi Lestari menerima dana dari Kementerian Pendidikan untuk penelitian tentang penurunan muka tanah.

~Mitra
~Institut Teknologi Bandung menyediakan dana sebagai mitra The Conversation ID.

~Lihat semua mitra
''', '', 'Banjir rob kini datang hampir setiap bulan di sejumlah kota di pesisir utara Jawa, dari Jakarta hingga Semarang dan Pekalongan.',
'''
Penyebab utamanya bukan hanya naiknya permukaan laut, tetapi juga penurunan muka tanah akibat pengambilan air tanah yang berlebihan.

##Tanah yang terus turun

Di beberapa bagian Semarang, tanah turun hingga sepuluh sentimeter per tahun, jauh lebih cepat daripada kenaikan air laut.

Pemerintah daerah telah membangun tanggul laut, tetapi tanggul saja tidak cukup tanpa pasokan air bersih dari pipa.

^Artikel ini diterbitkan ulang dari The Conversation di bawah lisensi Creative Commons. Baca artikel sumber.
''', 'Mengapa banjir rob makin sering melanda pesisir utara Jawa', 'Dewi Lestari',
      '2026-11-12T18:04:00+07:00', zone='Asia/Jakarta')

story('05-pt-conversation', 'pt', '''
=Por que o preço do café subiu tanto em 2026

=Publicado: 12 novembro 2026, 18:04 BRT

~Autor
=Marcos Oliveira
^Professor de Economia Agrícola, Universidade Federal de Lavras

~Declaração de transparência
^Marcos Oliveira não presta consultoria, não trabalha, não possui ações e não recebe financiamento de qualquer empresa ou organização que poderia se beneficiar com a publicação deste artigo.

~Parceiros
~Universidade Federal de Lavras oferece apoio como parceira da The Conversation Brasil.

~Ver todos os parceiros
''', '', 'O preço do café arábica na bolsa de Nova York chegou ao maior valor em quase cinquenta anos, e o consumidor brasileiro já sente a diferença no supermercado.',
'''
A seca de 2025 em Minas Gerais reduziu a colheita, e os estoques mundiais estão no nível mais baixo da década.

##O clima e o mercado

Produtores do sul de Minas relatam perdas de até um terço nas lavouras mais atingidas pela estiagem.

“Quem tinha irrigação conseguiu salvar parte da safra, mas são poucos”, diz um cooperado de Lavras.

^Este artigo foi republicado do The Conversation sob uma licença Creative Commons. Leia o artigo original.
''', 'Por que o preço do café subiu tanto em 2026', 'Marcos Oliveira', '2026-11-12T18:04:00-03:00',
      zone='America/Sao_Paulo')

story('06-en-conversation-authors', 'en', '''
=Published: November 12, 2026 9.30am EST

=Four-day weeks worked in the trial. Will they last?

~Authors
=Rachel Moss
^Associate Professor of Management, University of Toronto
=Samuel Achebe
^Research Fellow in Labour Economics, McGill University

~Disclosure statement
^Rachel Moss has received funding from the Social Sciences and Humanities Research Council of Canada. Samuel Achebe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.

~Partners
~University of Toronto provides funding as a founding partner of The Conversation CA.
~McGill University provides funding as a member of The Conversation CA.

~View all partners
''', '', 'A year after 41 Canadian firms moved their staff to a four-day week, nearly all of them have kept it, and sick days have fallen by a third.',
'''
We followed the firms through the trial and for six months after it ended, interviewing managers and staff at each one.

##What changed

Most firms cut meetings in half and moved routine reporting to shared documents that staff could update on their own time.

“The first month was chaos, and then it wasn’t,” one manager told us.

##What did not

Firms that serve customers by phone found the change hardest, and two returned to five days.

^This article is republished from The Conversation under a Creative Commons license. Read the original article.
''', 'Four-day weeks worked in the trial. Will they last?', 'Rachel Moss|Samuel Achebe',
      '2026-11-12T09:30:00-05:00', zone='America/New_York')

story('07-en-project-syndicate', 'en', '''
=Europe’s Quiet Bet on Cheap Power
=Nov 12, 2026

=Europe’s governments are spending more on the electricity grid than at any time since the 1970s. Whether the bet pays off depends on what they do with the power once it is cheap.

=Jane Doe
''', 'BRUSSELS', 'For most of the past decade, Europe’s energy debate was about where its gas would come from.',
'''
Now it is about wires. Grid operators across the continent plan to spend more than €600 billion by 2030 connecting wind farms, solar parks and batteries to the homes and factories that need their power.

The spending is overdue. But the harder question is whether cheap power will bring back the heavy industry that left.

Subsidies alone cannot do that. Firms choose where to build on the price of power over twenty years, not on the grants of a single budget.

Europe therefore needs long contracts for power, open to any firm that will build, not only to the largest.

^Jane Doe, a former director-general for energy at the European Commission, is a senior fellow at the Bruegel institute.
''', 'Europe’s Quiet Bet on Cheap Power', 'Jane Doe', '2026-11-12T00:00:00+00:00',
      standfirst='Europe’s governments are spending more on the electricity grid than at any time since the 1970s. Whether the bet pays off depends on what they do with the power once it is cheap.')

story('08-en-lse-blog', 'en', '''
=Why select committees matter more than ever

=November 12th, 2026
''', '', 'Parliament’s select committees have become the main place where ministers are questioned at length, and their reports are read more widely than ever.',
'''
In the last session, committees held more than 1,400 evidence sessions, a record since the modern system was set up in 1979.

Their chairs are now elected by the whole House, which has given them a standing that whips cannot easily take away.

##A stronger hand

Committees have also begun to follow up their own recommendations, asking departments a year later what they have done.

This matters because governments accept about 40 per cent of recommendations but act on far fewer.

^Note: This article gives the views of the author, not the position of LSE British Politics and Policy, nor of the London School of Economics.

~About the author

=Sarah Whitfield
^Sarah Whitfield is Assistant Professor in Politics at the University of Kent, where she researches parliamentary scrutiny.
''', 'Why select committees matter more than ever', 'Sarah Whitfield', '2026-11-12T00:00:00+00:00')

story('09-en-think-tank', 'en', '''
~Commentary

=The Baltic states are rearming faster than anyone expected

=12 November 2026

~Author
=Dr Kate Mallory
^Senior Research Fellow, Europe Programme
''', '', 'Estonia, Latvia and Lithuania will each spend more than 3.5 per cent of their national income on defence next year, a level no other NATO member outside the United States has reached in decades.',
'''
The rise is a direct answer to the war in Ukraine, but it also reflects a judgment that allies may be slow to come.

Much of the money goes to air defence and long-range artillery, bought jointly to cut costs and to make sure the three armies can use each other’s stocks.

The harder part is people. All three countries have small populations and tight labour markets, and conscription is unpopular with employers.

Governments will need to show that the spending brings jobs at home, not only contracts abroad.

~Related experts
~Dr Kate Mallory
~Senior Research Fellow, Europe Programme
~Tomas Berzins
~Associate Fellow, Russia and Eurasia Programme
''', 'The Baltic states are rearming faster than anyone expected', 'Dr Kate Mallory', '2026-11-12T00:00:00+00:00')

story('10-en-substack', 'en', '''
=The bus that nobody takes

=Why my town’s newest route runs empty, and what it would take to fill it

=Rachel Kim
=Nov 12, 2026
~42
~7
~Share
''', '', 'Every weekday at 7.12am, the number 9 bus leaves the station with room for 60 passengers. Most days it carries four.',
'''
I rode it for a week to find out why, and the answer is mostly about where it stops.

The route was drawn to serve a business park that lost its two biggest tenants in 2024.

##Where people actually go

The county’s own survey shows that most trips start in the estates east of the river and end at the hospital.

A route that went there every twenty minutes would cost no more than the one that runs now.

~Subscribe to Rachel’s Notebook
~Discussion about this post
~Comments
~Restacks
~Ready for more?
~Subscribe
''', 'The bus that nobody takes', 'Rachel Kim', '2026-11-12T00:00:00+00:00',
      standfirst='Why my town’s newest route runs empty, and what it would take to fill it')

story('11-en-medium', 'en', '''
=How we cut our build times in half

=Daniel Brooks
~Follow
=6 min read · Nov 12, 2026
~Listen
~Share
''', '', 'Our monorepo’s continuous integration took 48 minutes per change in January, and by October it took 22.',
'''
Most of the saving came from three changes that any team can make in a week.

##Cache what you can

We moved our dependency downloads into a shared cache, which alone saved nine minutes per run.

##Split the slow tests

Our end-to-end tests ran one after another. Spread across six machines, they now finish in a quarter of the time.

~Written by Daniel Brooks
~312 followers
^Engineer at a payments start-up. Writes about build systems and the people who maintain them.
~Follow
''', 'How we cut our build times in half', 'Daniel Brooks', '2026-11-12T00:00:00+00:00')

story('12-en-ghost', 'en', '''
=The library that stayed open all night

=For one week in November, a small-town library never closed its doors. Here is who came.

=Emma Lind
=Nov 12, 2026
~4 min read
''', '', 'At 2am on a Tuesday, the reading room of Halden Public Library had eleven people in it.',
'''
Some were students with exams. Two were night-shift nurses waiting for the first bus home. One was a man who said he had not slept well since his wife died.

The library’s director, Ola Berg, said the week was an experiment to see whether there was any demand at all.

“We thought we would get a handful of insomniacs,” she said. “We got a town.”

The council will decide in January whether to fund a monthly late night.

~Share
~Subscribe to The Halden Letter
~Emma Lind
^Emma Lind is a freelance writer in Halden who covers libraries, schools and local government.
''', 'The library that stayed open all night', 'Emma Lind', '2026-11-12T00:00:00+00:00',
      standfirst='For one week in November, a small-town library never closed its doors. Here is who came.')

story('13-en-oped-italic-bio', 'en', '''
~Opinion

=Our hospitals cannot keep running on overtime

=November 12, 2026
''', '', 'Nurses at Northfield General worked 41,000 hours of overtime last year, the equivalent of 24 full-time jobs that the hospital never filled.',
'''
I know, because for fifteen years I was one of them.

Overtime is cheaper than hiring in the short run. In the long run it burns out the people a hospital can least afford to lose.

The state should fund training places for 2,000 more nurses a year, and tie hospital grants to safe staffing levels.

Until it does, every winter will be worse than the last.

^*Maria Lopez is a professor of nursing at Northfield University and a former intensive-care nurse.*
''', 'Our hospitals cannot keep running on overtime', 'Maria Lopez', '2026-11-12T00:00:00+00:00',
      note=['professor of nursing at Northfield University'])

story('14-en-oped-dash-bio', 'en', '''
=Opinion | Cities should stop building parking garages

=By David Osei
=Nov. 12, 2026
''', '', 'Last month, my city council approved a $38 million parking garage downtown. It will open in 2029 to a city that needs it less every year.',
'''
Downtown parking occupancy has fallen from 85 percent in 2019 to 61 percent today, according to the city’s own counts.

Meanwhile, the bus routes that serve downtown have seen ridership return to pre-pandemic levels.

That money could pay for ten years of frequent service on three routes.

The council still has time to change its mind before construction begins.

^— David Osei is a senior fellow at the Urban Futures Institute and a former city planner.
''', 'Opinion | Cities should stop building parking garages', 'David Osei', '2026-11-12T00:00:00+00:00',
      note=['senior fellow at the Urban Futures Institute'])

story('15-de-gastbeitrag', 'de', '''
~Gastbeitrag

=Warum wir mehr Wohnungen auf Supermärkte bauen sollten

=Gastbeitrag von Anna Berger
=12.11.2026, 18:04 Uhr
''', '', 'In Deutschland gibt es rund 25.000 eingeschossige Supermärkte, und fast alle stehen auf Grundstücken, die viel mehr tragen könnten.',
'''
Würde man nur auf jedem fünften zwei Geschosse mit Wohnungen setzen, entstünden mehr als 100.000 neue Wohnungen, ohne einen Quadratmeter Boden zu versiegeln.

In Berlin und München gibt es dafür bereits Beispiele, doch sie bleiben die Ausnahme.

##Was fehlt

Es fehlt nicht am Geld, sondern an Bebauungsplänen, die Wohnen über dem Einzelhandel überhaupt erlauben.

Die Kommunen könnten das in wenigen Monaten ändern.

^Zur Autorin: Anna Berger ist Professorin für Stadtplanung an der HafenCity Universität Hamburg.
''', 'Warum wir mehr Wohnungen auf Supermärkte bauen sollten', 'Anna Berger', '2026-11-12T18:04:00+00:00')

story('16-fr-tribune', 'fr', '''
~Tribune

=Il faut rouvrir les petites lignes de train

=Par Jean Martin, professeur d'économie à l'université de Bordeaux

=Publié le 12 novembre 2026 à 18h04
''', '', "Depuis 1980, la France a fermé plus de 9 000 kilomètres de lignes ferroviaires régionales, souvent au nom d'économies qui ne se sont jamais vérifiées.",
'''
Les cars qui les ont remplacées transportent moins de voyageurs, et beaucoup d'habitants ont fini par prendre leur voiture.

Or le coût d'une petite ligne rénovée est souvent inférieur à celui d'une route élargie.

Les régions qui ont rouvert des lignes, comme l'Occitanie, voient leur fréquentation augmenter chaque année.

L'État doit les aider, plutôt que de laisser chaque région décider seule.
''', "Il faut rouvrir les petites lignes de train", 'Jean Martin', '2026-11-12T18:04:00+00:00',
      note=["professeur d'économie à l'université de Bordeaux"])

story('17-es-sobre-el-autor', 'es', '''
=La diplomacia del agua en el Mediterráneo

=12 de noviembre de 2026
''', '', 'La sequía que sufre el sur de Europa ha convertido el agua en un asunto de política exterior, y no solo de política agrícola.',
'''
Marruecos, España y Argelia negocian desde hace dos años un acuerdo para compartir datos sobre acuíferos que cruzan sus fronteras.

Las desaladoras, que antes eran un recurso de emergencia, son ahora una parte estable del suministro en muchas ciudades costeras.

##Un acuerdo difícil

El obstáculo principal no es técnico sino político: cada país teme que los datos se usen en su contra.

~Sobre el autor
=Carlos Ruiz
^Carlos Ruiz es investigador principal del Real Instituto Elcano y profesor de Relaciones Internacionales en la Universidad Autónoma de Madrid.
''', 'La diplomacia del agua en el Mediterráneo', 'Carlos Ruiz', '2026-11-12T00:00:00+00:00')

story('18-en-msn-more-for-you', 'en', '''
~MSN

=Council approves £40m plan to reopen town’s lido

=Story by Hannah Price • 5h • 2 min read
''', '', 'A lido that closed in 1993 will reopen in 2028 after councillors approved a £40 million plan to restore it.',
'''
The pool at Riverside Park will be heated by a heat pump drawing water from the river, and open all year.

Campaigners have spent eleven years raising money and signatures for the restoration.

“We have waited a generation for this,” said Jean Holt, who swam there as a child.

The council will borrow £28 million, with the rest coming from a lottery grant.

~Continue reading
~More for You
~Sponsored Content
~Woman finds rare coin worth thousands in her change
~Feedback
''', 'Council approves £40m plan to reopen town’s lido', 'Hannah Price', '', dl='')

story('19-en-blog-about-the-authors', 'en', '''
=What the new curriculum means for rural schools

=November 12th, 2026
''', '', 'The national curriculum that comes into force next September asks every secondary school to teach two modern languages until the age of 16.',
'''
For small rural schools, that may mean sharing teachers, or teaching one language online.

Our survey of 120 head teachers found that a third had no qualified teacher for a second language.

##Sharing staff

Federations of schools have shared specialist teachers for years, and the model could be extended.

But it only works where schools are within a short drive of each other.

^Note: This article gives the views of the authors, not the position of the Education Policy Blog, nor of the University of Exeter.

~About the authors

^Helen Carter is Professor of Education at the University of Exeter.

^James Doyle is a Research Fellow at the University of Exeter’s Graduate School of Education.
''', 'What the new curriculum means for rural schools', 'Helen Carter|James Doyle', '2026-11-12T00:00:00+00:00')

story('20-en-substack-bio', 'en', '''
=The quiet return of the corner shop

=Mark Ellison
^Writer on small business and high streets. Former shopkeeper.
=Nov 12, 2026
~18
~Share
''', '', 'For twenty years, corner shops closed at a rate of about a thousand a year. In 2026, for the first time, more opened than closed.',
'''
The new shops are not the old ones. Many sell fresh food, coffee and parcels, and stay open until midnight.

Their owners told me that delivery apps, which were meant to kill them, now bring a fifth of their sales.

Rents on secondary high streets have also fallen, making small units affordable again.

~Subscribe to High Street Notes
~Discussion about this post
~Comments
''', 'The quiet return of the corner shop', 'Mark Ellison', '2026-11-12T00:00:00+00:00')
