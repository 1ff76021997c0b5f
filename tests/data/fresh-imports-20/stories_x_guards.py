# Guards (31-35): ordinary stories of the examples' shape that have the
# round's surface features in them innocently: the words of a platform's
# button or a gate in a sentence or a subheading, a handle in a sentence,
# a dialogue's dash before a handle, a writer's sign-off with a handle, a
# blog's "Posted by … at 9:15 AM". Nothing of them is furniture and
# nothing of them may be quoted.

story('31-en-guard-social-course', 'en', 'By Lena Okafor', 'Library teaches pensioners to spot fake posts',
      E, 'PORTVALE', 'Portvale central library has started a free course that teaches pensioners how to tell a real social-media post from a fake one.',
      '''
The first lesson explains what a page means when it says “View this post on Instagram” and why a screenshot proves nothing.

Questions can be sent to the library’s account (@portvalelib) or left at the front desk.

##Accept and continue

The second lesson is about the boxes that ask readers to accept cookies before a video plays.

“Most of our learners just click the biggest button,” said tutor Grace Obi.

— Grace Obi, course tutor

~Leave a Comment

~3 + 4 =
''', EI, absent='> —|> Questions')

story('32-de-guard-externer-inhalt', 'de', 'Von Jana Krüger', 'Gericht: Zeitungen dürfen Beiträge aus sozialen Netzwerken einbetten',
      '3. März 2026 - 09:15', 'LEIPZIG', 'Das Landgericht Leipzig hat entschieden, dass eine Zeitung Beiträge aus sozialen Netzwerken in ihre Artikel einbetten darf, ohne die Urheber zu fragen.',
      '''
Geklagt hatte ein Fotograf, dessen Bild in einem eingebetteten Beitrag zu sehen war.

##Externer Inhalt

Das Gericht entschied, dass ein Link auf externe Inhalte keine Zustimmung der Urheber braucht.

„Wer öffentlich postet, muss damit rechnen, dass andere darauf verweisen“, sagte der Vorsitzende Richter.

Der Fotograf will in Berufung gehen.
''', EI)

story('33-ru-guard-dialogue', 'ru', 'Анна Смирнова', 'В Казани фигуристка открыла бесплатную школу для детей',
      '3 марта 2026, 09:15', 'КАЗАНЬ', 'Фигуристка Елена Иванова открыла в Казани бесплатную школу катания для детей из малообеспеченных семей.',
      '''
Занятия проходят трижды в неделю на катке у Кремлёвской набережной.

— Приходите все, коньки дадим, — написала Иванова в своём канале (@ivanova_sk) 3 марта 2026 года.

Публикация от понедельника собрала больше ста тысяч просмотров.

##Запись в школу

Записаться можно по телефону или через сайт школы.

«Я сама училась кататься на дворовом катке», — рассказала спортсменка.
''', EI, absent='> —')

story('34-en-guard-blog-signoff', 'en', 'By Jane Hill', 'Why our town still needs its market hall',
      E, 'MILLBROOK', 'Millbrook’s market hall has survived two fires, a war and a supermarket, and it deserves to survive the council’s budget too.',
      '''
The hall’s forty stalls pay more in rent than the building costs to run.

Closing it would save the council nothing and cost the town its centre.

##What the council should do

It should sign a long lease with the traders’ association and let them run the hall.

— Jane Hill (@janehill)

Posted by Jane Hill at 9:15 AM
''', EI, absent='> It should|> —|> Posted')

story('35-fa-guard-post-sentence', 'fa', 'مریم احمدی', 'بازنشر گسترده پست شهردار درباره پل خواجو',
      '۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰', 'اصفهان', 'پست شهردار اصفهان درباره بازگشایی پل خواجو در کمتر از یک روز هزاران بار بازنشر شد.',
      '''
پستی که شهردار (@alirezaei_isf) صبح سه‌شنبه منتشر کرد، بیش از ده هزار بار بازنشر شد.

بسیاری از کاربران عکس‌های قدیمی خود از پل را زیر این پست گذاشتند.

##واکنش کاربران

یکی از کاربران نوشت: «این پل خاطره کودکی همه ماست.»
''', '2026-03-03T10:20:00+03:30', zone='Asia/Tehran', direction='rtl', absent='> پستی')
