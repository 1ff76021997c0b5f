# Guards (31-35): ordinary stories, copied from the paper itself, that
# have the round's surface features in them innocently: a last paragraph
# that opens "Originally published in 1962, …", a headline that opens
# "Story by story", an opinion piece quoting a label's "© 2026 … All
# rights reserved." in a sentence, a subheading "Related risks" over the
# story's own paragraphs, a figure's source under the story ("منبع: مرکز
# آمار ایران"), a portal's name in a sentence. Nothing of them is
# furniture and nothing goes to the note.

story('31-en-guard-originally-published', 'en', '''
=By Priya Nair

=Town’s favourite novel returns to the stage after sixty years

=March 3, 2026 - 09:15
''', 'EASTON', 'A stage version of “The Quiet Harbour”, the novel set in Easton’s fishing quarter, opens at the Lyceum on Friday for the first time in sixty years.',
'''
The book’s author, Margaret Hale, grew up above her father’s net shop on Quay Street.

Its first stage version, in 1966, was closed after a week when the theatre’s roof collapsed in a storm.

“Everyone in Easton has a grandmother who was in the audience that week,” said the director, Sam Ellis.

This article’s writer saw a rehearsal on Monday; the storm scene is played with real water.

Originally published in 1962, the novel has never been out of print.
''', 'Town’s favourite novel returns to the stage after sixty years', 'Priya Nair', '2026-03-03T09:15:00+00:00')

story('32-en-guard-story-by-story', 'en', '''
=By Tom Reid

=Story by story, a flooded library is rebuilt by its readers

=March 3, 2026 - 09:15
''', 'NORTHFIELD', 'Volunteers have rebuilt Northfield’s flooded library one floor at a time, and the last of its three storeys reopens on Saturday.',
'''
The river flooded the building in 2024, ruining 30,000 books and every shelf on the ground floor.

Readers raised £400,000, some of it from a page on Yahoo that was shared by thousands.

##Related risks

The library still sits in the flood plain, and the council says the river could rise again within a decade.

Its new ground floor has no books at all: it is a café and meeting room that can be hosed down.

“We learned the hard way what water does to paper,” said the librarian, Ruth Evans.
''', 'Story by story, a flooded library is rebuilt by its readers', 'Tom Reid', '2026-03-03T09:15:00+00:00')

story('33-en-guard-copyright-opinion', 'en', '''
=By Nadia Rahman

=Opinion: A folk song cannot belong to a record label

=March 3, 2026 - 09:15
''', 'RIVERTON', 'The court case over “The Riverton Reel”, a tune that fiddlers in this valley have played for two centuries, should never have been brought.',
'''
The label printed “© 2026 Harbour Records. All rights reserved.” on the sleeve of a recording of the tune, and then sent letters to pubs where it is played.

Nobody wrote the Riverton Reel; it belongs to everyone who plays it.

Copyright law protects a recording, not the tune underneath it, and the label knows it.

Published by The Riverton Times, this column is the writer’s view and not the paper’s.
''', 'Opinion: A folk song cannot belong to a record label', 'Nadia Rahman', '2026-03-03T09:15:00+00:00')

story('34-de-guard-portal', 'de', '''
=Von Lukas Becker

=Yahoo schließt Büro in München

=3. März 2026 - 09:15
''', 'MÜNCHEN', 'Der Internetkonzern Yahoo schließt sein Büro in München, rund 60 Beschäftigte verlieren ihre Arbeit.',
'''
Das Büro betreute zuletzt vor allem die deutschsprachige Nachrichtenseite des Konzerns.

Ein Sprecher sagte, die Seite werde künftig aus Dublin betreut.

MSN, Yahoo und t-online gehören zu den meistbesuchten Nachrichtenportalen in Deutschland.

##Quellen

Die Zahlen stammen aus der Erhebung der Arbeitsgemeinschaft Online-Forschung für das vergangene Jahr.
''', 'Yahoo schließt Büro in München', 'Lukas Becker', '2026-03-03T09:15:00+00:00')

story('35-fa-guard-source', 'fa', '''
=مریم احمدی

=نرخ بیکاری در زمستان کاهش یافت

=۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰
''', 'تهران', 'نرخ بیکاری در زمستان امسال به ۷٫۶ درصد رسید که نسبت به زمستان سال گذشته نیم درصد کمتر است.',
'''
بیشترین کاهش بیکاری در میان جوانان ۱۸ تا ۳۵ ساله ثبت شده است.

نرخ مشارکت اقتصادی زنان نیز اندکی افزایش یافته است.

منبع: مرکز آمار ایران
''', 'نرخ بیکاری در زمستان کاهش یافت', 'مریم احمدی', '2026-03-03T10:20:00+03:30', zone='Asia/Tehran', direction='rtl')
