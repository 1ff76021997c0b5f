# The stories of fresh-imports-21 written after 01-20's fixes, 26-30 (read by gen.py)

story('26-en-smartnews', 'en', '''
~SmartNews
~Northbay Post

=Library fines scrapped for children’s books across the county

=By Hannah Whitcombe
=Mar 3, 2026, 9:15 AM
''', 'NORTHBAY', 'Children will no longer be fined for returning library books late, after the county council scrapped the charges on Tuesday.',
'''
The council said fines had raised less than £20,000 a year but kept thousands of families away from its 31 libraries.

Librarians said some children had stopped borrowing altogether because their parents were worried about the cost.

“A fine of a few pence can be the reason a child never comes back,” said the county’s head of libraries, Sunita Rao.

Fines for adults will stay for now, the council said.

~Read full article on Northbay Post
~More from Northbay Post
~Northbay council to sell former bus depot for housing
~Two hurt in crash on the coast road
''', 'Library fines scrapped for children’s books across the county', 'Hannah Whitcombe', '2026-03-03T09:15:00+00:00')

story('27-es-msn', 'es', '''
~MSN
~El Periódico Mediterráneo

=Castellón estrena el primer carril bici que une la ciudad con el Grao

=Historia de Javier Morales • 5 h • 2 min de lectura
~© Proporcionado por El Periódico Mediterráneo
''', 'CASTELLÓN', 'Castellón estrenó el martes el primer carril bici que une el centro de la ciudad con el Grao, un recorrido de seis kilómetros junto a la avenida del Mar.',
'''
El carril, separado del tráfico por una mediana de jardín, ha costado 2,4 millones de euros.

El Ayuntamiento calcula que lo usarán unas 3.000 personas al día en verano.

~Continuar leyendo

“Queremos que ir al Grao en bici sea más rápido que ir en coche”, dijo la alcaldesa.

Los comerciantes del Grao pidieron más aparcamientos para bicicletas junto al puerto.

~Contenido patrocinado
~Los médicos no lo creen: este truco elimina el dolor de rodilla
~Salud Hoy
''', 'Castellón estrena el primer carril bici que une la ciudad con el Grao', 'Javier Morales', '', dl='CASTELLÓN')

story('28-it-republish', 'it', '''
~Yahoo Notizie

=Perché le api di città producono più miele di quelle di campagna

=di Marco Rossi, Università di Bologna
~The Conversation
=3 marzo 2026, 09:15
''', '', 'Negli ultimi dieci anni gli apicoltori urbani hanno raccolto in media più miele per alveare dei loro colleghi di campagna.',
'''
La ragione principale è la varietà di fiori che si trova nei parchi, nei giardini e sui balconi delle città.

In campagna, invece, le grandi monocolture fioriscono tutte insieme per poche settimane e poi lasciano le api senza cibo.

##Meno pesticidi

Anche l’uso ridotto di pesticidi nelle aree urbane aiuta le colonie a restare in salute.

Le api di città, però, soffrono di più il caldo estivo.

^Questo articolo è stato pubblicato originariamente su The Conversation. Leggi l’articolo originale.
''', 'Perché le api di città producono più miele di quelle di campagna', 'Marco Rossi', '2026-03-03T09:15:00+00:00', dl='')

story('29-en-msn-wire', 'en', '''
~MSN
~Reuters

=UK water bills to rise by average of 6% from April, regulator says

=Story by Kate Holton • 1h • 2 min read
~© Provided by Reuters
''', 'LONDON, March 3', 'Household water bills in England and Wales will rise by an average of 6% from April, the industry regulator said on Tuesday, the second big increase in two years.',
'''
Ofwat said the increase would pay for new reservoirs and for work to cut sewage spills into rivers and the sea.

The average annual bill will go up by about 36 pounds to 639 pounds.

Consumer groups said the rise would hit low-income households hardest and called for a national social tariff.

(Reporting by Kate Holton; Editing by Mark Potter)

~Continue reading
~Sponsored Content
~Play this game for 1 minute and see why everyone is addicted
~Gaming Rush
''', 'UK water bills to rise by average of 6% from April, regulator says', 'Kate Holton', '', sep=' (Reuters) - ', dl='LONDON', day='-03-03T00:00:00+00:00')

story('30-pt-msn-republish', 'pt', '''
~MSN
~Folha de S.Paulo

=São Paulo vai plantar 100 mil árvores nas margens do rio Tietê

=História de Ana Souza • 3 h • 3 min de leitura
~© Fornecido por Folha de S.Paulo
''', 'SÃO PAULO', 'A Prefeitura de São Paulo vai plantar 100 mil árvores nativas nas margens do rio Tietê até o fim de 2027, anunciou o prefeito nesta terça-feira.',
'''
O plano prevê a recuperação de 40 quilômetros de margens, hoje ocupadas por mato e entulho.

~Leia também: Chuvas de março devem ficar acima da média na capital

Segundo a prefeitura, as árvores vão reduzir a temperatura das avenidas marginais em até dois graus.

“É a maior ação de reflorestamento urbano da história da cidade”, disse o secretário do Verde e do Meio Ambiente.

^Este artigo foi publicado originalmente na Folha de S.Paulo.
''', 'São Paulo vai plantar 100 mil árvores nas margens do rio Tietê', 'Ana Souza', '', dl='SÃO PAULO')
