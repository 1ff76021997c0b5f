# The stories of fresh-imports-20 written after 01-20, 26-30 (read by gen.py)

story('26-en-mastodon-youtube', 'en', 'By Tom Reid', 'Library’s robot book sorter goes viral',
      E, 'NORTHFIELD', 'A video of Northfield library’s new book-sorting machine has been watched more than a million times, after a librarian posted it on Mastodon.',
      '''
The machine, which cost £180,000, reads the chip in each returned book and drops it into one of fourteen crates.

> Post by @northfieldlibrary@mastodon.social
~View on Mastodon

The council also shared a longer film of the machine at work.

~Skip youtube video by Northfield Council
~Allow YouTube content?
~This article contains content provided by Google YouTube. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read Google’s cookie policy and privacy policy before accepting. To view this content choose ‘accept and continue’.
~Accept and continue
~Warning: Third party content may contain adverts
~End of youtube video by Northfield Council

##Staff freed up

The library said the machine would free two members of staff to run children’s reading groups.

“Nobody went into librarianship to sort crates,” said the head librarian, Ruth Evans.
''', EI)

story('27-es-bluesky-x', 'es', 'Por Javier Morales', 'Valencia recupera la barca de pasajeros de la Albufera',
      '3 de marzo de 2026 - 09:15', 'VALENCIA', 'La Albufera de Valencia volverá a tener una barca de pasajeros regular a partir de abril, treinta años después de que dejara de funcionar la última.',
      '''
La barca unirá El Palmar con el embarcadero de Catarroja cuatro veces al día.

La asociación de barqueros lo celebró en Bluesky.

> Treinta años esperando este día. Gracias a todos los vecinos que firmaron.
>
~[image or embed]
> — Barquers de l’Albufera (@barquers.bsky.social) 3 de marzo de 2026, 8:40

##Billete de dos euros

El billete costará dos euros, y los vecinos de los pueblos del lago viajarán gratis.

> ¡Por fin! Mi abuelo era barquero.
>
> — Marta Ribes (@martaribes) March 3, 2026

“Es un servicio para los vecinos, no solo para turistas”, dijo la concejala de Pueblos de Valencia.
''', EI, absent='image or embed')

story('28-de-sz-gate', 'de', 'Von Lukas Becker', 'Freiburger Münsterturm wieder ohne Gerüst',
      '3. März 2026 - 09:15', 'FREIBURG', 'Der Turm des Freiburger Münsters ist nach fast zwanzig Jahren zum ersten Mal wieder ganz ohne Gerüst zu sehen.',
      '''
Die letzten Stangen wurden am Montagabend abgebaut.

Die Münsterbauhütte zeigte den Turm in einem Video.

~Externer Inhalt von Instagram
~Um Ihre Daten zu schützen, wurde er nicht ohne Ihre Zustimmung geladen.
~Ich bin einverstanden, dass mir externe Inhalte von Instagram angezeigt werden. Damit können personenbezogene Daten an die Betreiber des Portals zur Nutzungsanalyse übermittelt werden. Mehr Informationen und eine Widerrufsmöglichkeit finden Sie unter sz.de/datenschutz.

##Nächste Baustelle

Schon im Herbst beginnt die Sanierung des Chors.

~Diesen Beitrag auf Instagram ansehen
> Ein Beitrag geteilt von Freiburger Münsterbauverein (@muensterbauverein)

„Wir genießen den Anblick, solange er dauert“, sagte Münsterbaumeisterin Yvonne Faller.
''', EI)

story('29-en-x-two-paragraphs', 'en', 'By Nadia Rahman', 'River rescue volunteers honoured by the King',
      E, 'RIVERTON', 'Eleven volunteers from Riverton’s river rescue team have been named in a list of honours for community service published on Tuesday.',
      '''
The team has pulled more than 200 people from the river since it was founded in 2009.

Its founder, Mark Dale, said the award belonged to every volunteer.

> Seventeen years, 214 rescues, and not one of us paid a penny.
>
> This is for every volunteer who has ever got out of bed at 3am for a stranger.
>
> — Riverton River Rescue (@RivertonRescue) March 3, 2026

The team posted a photograph from its first year.

> pic.twitter.com/Lp0xRt5Zq1
>
> — Riverton River Rescue (@RivertonRescue) March 3, 2026

##Boat appeal

The team is raising £60,000 for a second boat.
''', EI)

story('30-ja-x-instagram', 'ja', '山田花子', '気象庁、今年初の春一番を発表',
      '2026年3月3日 9時15分', '【東京】', '気象庁は3日、関東地方で今年初めての春一番が吹いたと発表した。',
      '''
昨年より10日遅い観測となった。

気象庁は公式アカウントで注意を呼びかけた。

> 関東地方で春一番が吹きました。強風に注意してください。
>
> — 気象庁 (@JMA_kishou) 2026年3月3日

##花粉の飛散

花粉の飛散量も増える見込みだ。

~この投稿をInstagramで見る
> ウェザーニュース(@weathernews_jp)がシェアした投稿

都内では最大瞬間風速20メートルを観測した。
''', EI, sep='')
