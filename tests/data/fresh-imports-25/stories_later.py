# The five of fresh-imports-25 written after the round's fixes (25-29),
# with their expected fields before their first run, in forms the round
# did not tune on: an American AP caption and a player's "Click to play
# video", a German "Bild: picture alliance" and "Artikel anhören", a
# French "Diaporama" and "© AFP", a Ukrainian "Фото:" and "Дивіться
# відео", a Vietnamese "Ảnh:" and "Quảng cáo".

story('25-en-us-ap-photo-slideshow', 'en', '''
=By Maria Delgado

=Flooded county opens shelters as river crests

=November 30, 2026 3:15 p.m. ET
''', 'CEDAR RAPIDS, Iowa', 'Linn County opened three emergency shelters on Monday as the Cedar River crested four feet above flood stage, forcing about 600 people from their homes.',
'''
=Volunteers fill sandbags outside City Hall in Cedar Rapids, Iowa, on Monday, Nov. 30, 2026. (AP Photo/Charlie Neibergall)

~Click to play video

~1:47

The river is expected to stay above flood stage until Thursday, the National Weather Service said.

~Slideshow

~Photo 2 of 9

~Story continues below advertisement

~"We are asking people to leave now, not tonight"

Emergency manager Dana Lutz urged residents of low-lying streets to go to the shelters. "We are asking people to leave now, not tonight," she said.

~Leave a Reply

~What is 6 + 2?

~Post Comment
''', 'Flooded county opens shelters as river crests', 'Maria Delgado', '2026-11-30T15:15:00-05:00',
      zone='America/New_York', extra=['*Volunteers fill sandbags outside City Hall'])

story('26-de-bild-picture-alliance', 'de', '''
=Von Jonas Becker

=Hamburg eröffnet neue U-Bahn-Haltestelle in der Hafencity

=30.11.2026, 15:15 Uhr
''', 'HAMBURG', 'In der Hamburger Hafencity hat am Montag die neue U-Bahn-Haltestelle Elbbrücken II den Betrieb aufgenommen.',
'''
~Artikel anhören · 4 Min.

=Fahrgäste auf dem Bahnsteig der neuen Haltestelle am Montagmorgen. Bild: picture alliance/dpa

Die Haltestelle soll täglich rund 20.000 Fahrgäste aufnehmen und die Linie U4 entlasten.

~Anzeige

~Bild 2 von 10

~Mehr zum Thema: Hamburgs U5 wird teurer als geplant

„Damit ist die Hafencity endlich richtig angebunden“, sagte die Verkehrssenatorin.

~Kommentar verfassen

~Was ist 3 + 5?

~Senden
''', 'Hamburg eröffnet neue U-Bahn-Haltestelle in der Hafencity', 'Jonas Becker', '2026-11-30T15:15:00+00:00',
      extra=['*Fahrgäste auf dem Bahnsteig der neuen Haltestelle'])

story('27-fr-diaporama-copyright', 'fr', '''
=Par Louise Martin

=Marseille rouvre ses calanques après l’incendie de l’été

=30 novembre 2026 à 15h15
''', 'MARSEILLE', 'Les sentiers des calanques de Sormiou et de Morgiou ont rouvert lundi aux randonneurs, trois mois après l’incendie qui avait brûlé 600 hectares.',
'''
=Des randonneurs sur le sentier de Sormiou, lundi matin. © AFP

~Diaporama

~1 / 8

Les forestiers ont replanté 40 000 pins et chênes verts depuis septembre.

~Publicité

~À lire aussi : Le parc national des Calanques limite l’accès en été

« La nature reprend ses droits plus vite que prévu », a expliqué le directeur du parc national.

~Laisser un commentaire

~Combien font 4 + 4 ?

~Envoyer
''', 'Marseille rouvre ses calanques après l’incendie de l’été', 'Louise Martin', '2026-11-30T15:15:00+00:00',
      extra=['*Des randonneurs sur le sentier de Sormiou'])

story('28-uk-foto-dyvitsia-video', 'uk', '''
=Олена Коваленко

=У Львові відкрили новий міст через залізницю

=30 листопада 2026, 15:15
''', 'ЛЬВІВ', 'У Львові в понеділок відкрили рух новим мостом через залізничні колії, який з’єднав Сихів із центром міста.',
'''
=Новий міст у день відкриття. Фото: Укрінформ

Міст завдовжки 400 метрів будували два роки.

~Реклама

~Дивіться відео

~Читайте також: У Львові запустять новий трамвайний маршрут

За словами мера, міст скоротить дорогу до центру на пів години.

«Нарешті не треба стояти в заторах на переїзді», — сказав один із водіїв.

~Залишити коментар

~Скільки буде 2 + 5?

~Надіслати
''', 'У Львові відкрили новий міст через залізницю', 'Олена Коваленко', '2026-11-30T15:15:00+00:00',
      extra=['*Новий міст у день відкриття'])

story('29-vi-anh-quang-cao', 'vi', '''
=Nguyễn Văn An

=Đà Nẵng khánh thành cầu đi bộ qua sông Hàn

=Thứ Hai, 30/11/2026, 15:15
''', 'ĐÀ NẴNG', 'Thành phố Đà Nẵng đã khánh thành cây cầu đi bộ đầu tiên bắc qua sông Hàn vào chiều thứ Hai.',
'''
=Người dân đi bộ trên cầu mới trong ngày khánh thành. Ảnh: Văn Phong

Cây cầu dài 300 mét, có đèn chiếu sáng và chỗ ngồi cho du khách.

~Quảng cáo

~Xem thêm: Đà Nẵng mở thêm tuyến xe buýt ven biển

Chủ tịch thành phố cho biết cầu sẽ mở cửa từ 6 giờ sáng đến nửa đêm.

"Giờ tôi có thể đi bộ qua sông để đến chợ", một người dân nói.

~Viết bình luận

~3 + 4 = ?

~Gửi
''', 'Đà Nẵng khánh thành cầu đi bộ qua sông Hàn', 'Nguyễn Văn An', '2026-11-30T15:15:00+00:00',
      extra=['*Người dân đi bộ trên cầu mới'])
