# Five more stories of fresh-imports-22, 26-30, written after the
# importer's fixes (read by gen.py)

story('26-en-conversation-three', 'en', '''
=Heatwaves are getting longer in southern Africa. Cities are not ready

=The region’s hottest spells now last twice as long as in the 1980s, and the poorest neighbourhoods feel them most.

=Published: November 12, 2026 8.15am SAST

~Authors
=Thandiwe Mokoena
^Lecturer in Environmental Health, University of the Witwatersrand
=Pieter van der Merwe
^Senior Researcher, Climate Systems Analysis Group, University of Cape Town
=Grace Banda
^Postdoctoral Fellow, University of Malawi

~Disclosure statement
^Thandiwe Mokoena receives funding from the National Research Foundation. Pieter van der Merwe and Grace Banda do not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.

~Partners
~University of Cape Town provides funding as a partner of The Conversation AFRICA.

~View all partners
''', '', 'In February, Johannesburg recorded nine days in a row above 32°C, the longest such spell since records began.',
'''
Our analysis of weather station data from 14 cities shows that heatwaves now last an average of six days, against three in the 1980s.

##Who is most at risk

Informal settlements, with metal roofs and little shade, can be five degrees hotter indoors than the air outside.

Few cities have heat action plans, and those that exist rarely reach the people who need them.

^This article is republished from The Conversation under a Creative Commons license. Read the original article.
''', 'Heatwaves are getting longer in southern Africa. Cities are not ready',
      'Thandiwe Mokoena|Pieter van der Merwe|Grace Banda', '2026-11-12T08:15:00+02:00', zone='Africa/Johannesburg',
      standfirst='The region’s hottest spells now last twice as long as in the 1980s, and the poorest neighbourhoods feel them most.')

story('27-de-ueber-die-autorin', 'de', '''
=Die Pflege braucht mehr als Applaus

=12.11.2026
''', '', 'Vor sechs Jahren klatschten die Menschen auf den Balkonen für die Pflegekräfte. Heute fehlen in Deutschland mehr als 100.000 von ihnen.',
'''
Die Ausbildungszahlen sind zwar gestiegen, doch fast jede dritte Auszubildende bricht ab.

Wer bleibt, arbeitet oft in Teilzeit, weil die Schichten in Vollzeit kaum auszuhalten sind.

##Was jetzt zu tun ist

Die Länder sollten verbindliche Personalschlüssel für alle Stationen festlegen und die Einhaltung auch prüfen.

~Über die Autorin
=Lena Vogt
^Lena Vogt ist Professorin für Pflegewissenschaft an der Hochschule Esslingen und war zwölf Jahre Intensivpflegerin.
''', 'Die Pflege braucht mehr als Applaus', 'Lena Vogt', '2026-11-12T00:00:00+00:00')

story('28-it-lautore', 'it', '''
=Perché le città italiane perdono i loro negozi

=12 novembre 2026
''', '', 'Negli ultimi dieci anni le città italiane hanno perso quasi centomila negozi di vicinato, secondo i dati di Confcommercio.',
'''
La crisi colpisce soprattutto i centri storici delle città medie, dove gli affitti restano alti anche quando i negozi chiudono.

Il commercio elettronico ha fatto la sua parte, ma non spiega tutto.

##Cosa possono fare i comuni

Alcuni comuni hanno ridotto le tasse locali per chi apre un negozio in una via con molte vetrine vuote.

~L'autore
^Marco Bianchi è professore di Economia urbana al Politecnico di Milano.
''', 'Perché le città italiane perdono i loro negozi', 'Marco Bianchi', '2026-11-12T00:00:00+00:00')

story('29-en-oped-underscore-bio', 'en', '''
=Opinion: Let libraries lend more than books

=By Tom Reid
=November 12, 2026
''', '', 'My local library now lends drills, sewing machines and a telescope, and the waiting list for the telescope is eleven weeks long.',
'''
These “libraries of things” cost little to run, because most of the items are donated.

They also keep useful tools out of landfill and save families money they would spend on something used twice.

Every council library service should try one.

^_Tom Reid is a retired engineer and a volunteer at Easton Library._

^The views expressed in this article are the author’s own.
''', 'Opinion: Let libraries lend more than books', 'Tom Reid', '2026-11-12T00:00:00+00:00')

story('30-id-tentang-penulis', 'id', '''
=Saatnya kota-kota kita serius menanam pohon

=12 November 2026
''', '', 'Suhu rata-rata di Jakarta pada siang hari naik hampir satu derajat dalam dua puluh tahun terakhir.',
'''
Salah satu penyebabnya adalah hilangnya ruang hijau yang diganti oleh jalan, gedung, dan lahan parkir.

Pohon peneduh dapat menurunkan suhu permukaan jalan hingga sepuluh derajat pada siang hari.

Pemerintah kota perlu menetapkan target jumlah pohon per kelurahan dan memantaunya setiap tahun.

~Tentang Penulis
^Budi Santoso adalah dosen Perencanaan Wilayah dan Kota di Universitas Gadjah Mada.
''', 'Saatnya kota-kota kita serius menanam pohon', 'Budi Santoso', '2026-11-12T00:00:00+00:00')
