import sys, os, quopri
exec(open(os.path.join(os.path.dirname(__file__), 'gen.py')).read().split("\nE = 'March 3")[0])
OUT = sys.argv[1]
E = 'March 3, 2026 - 09:15'; EI = '2026-03-03T09:15:00+00:00'
def d_qp_latin1(t):
    return ('From: Claire Dubois <c.dubois@ouest.example>\nSubject: Papier piscine\nDate: Tue, 3 Mar 2026 09:40:12 +0100\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n'
            + quopri.encodestring(t.replace('’', "'").replace('–', '-').encode('latin-1')).decode('ascii'))
def d_html_list(t):
    paras = t.strip('\n').split('\n\n')
    out = []
    for i, p in enumerate(paras):
        if i == 1: out.append('<h1>' + ents(p) + '</h1>')
        elif p.startswith('- '): out.append('<ul>\n' + '\n'.join('  <li>' + ents(l[2:]) + '</li>' for l in p.split('\n')) + '\n</ul>')
        elif p.startswith('“'): out.append('<blockquote><p>' + ents(p) + '</p></blockquote>')
        elif len(p.split()) <= 6 and not p.endswith('.') and i > 3: out.append('<h2>' + ents(p) + '</h2>')
        else: out.append('<p>' + ents(p).replace(' – ', '&nbsp;&ndash; ') + '</p>')
    return '\n'.join(out) + '\n'
story('26-fr-qp-latin1', 'fr', 'Par Claire Dubois', 'Rennes : la piscine Saint-Georges rouvre après deux ans de travaux',
      '3 mars 2026 - 09:15', 'RENNES', "La piscine Saint-Georges, la plus ancienne de Rennes, rouvrira ses bassins au public le 14 mars après deux ans de rénovation, a annoncé mardi la ville.",
      ["Les mosaïques de 1926 ont été restaurées une à une par des artisans de la région.",
       "« Nous avons voulu garder l'âme du lieu tout en le rendant accessible à tous », a déclaré l'adjointe aux sports."],
      'Des horaires élargis',
      ["La piscine ouvrira désormais dès 7 heures en semaine.",
       "Le prix de l'entrée reste fixé à 3,10 euros."],
      None, 'UTC', EI, damage=d_qp_latin1, lacks='Content-Transfer-Encoding|Content-Type|MIME-Version|=E9|=E0')
story('27-de-mojibake', 'de', 'Von Tobias Weber', 'Hamburg baut neue Fahrradbrücke über den Kanal in Barmbek',
      '3. März 2026 - 09:15', 'HAMBURG', 'Hamburg baut eine neue Brücke für Radfahrer und Fußgänger über den Osterbekkanal in Barmbek, teilte die Verkehrsbehörde am Dienstag mit.',
      ['Die Brücke soll 2028 fertig sein und rund neun Millionen Euro kosten.',
       '„Damit schließen wir eine der größten Lücken im Veloroutennetz“, sagte Senator Jörg Möller.'],
      'Anwohner skeptisch',
      ['Einige Anwohner fürchten, dass für die Rampen Bäume gefällt werden müssen.',
       'Die Behörde kündigte eine Bürgerversammlung für April an.'],
      None, 'UTC', EI, damage=d_moji, lacks='Ã|â€')
story('28-en-html-list', 'en', 'By Hannah Cole', 'Library extends opening hours as exam season nears',
      E, 'WESTBURY', 'Westbury’s central library will stay open until 10pm on weekdays from next week, the council said on Tuesday, as students prepare for exams.',
      ['The later hours will run until the end of June.',
       '- Monday to Friday: 8am to 10pm\n- Saturday: 9am to 6pm\n- Sunday: 11am to 4pm',
       '“Students told us they had nowhere quiet to work in the evenings,” said councillor Ravi Patel.'],
      'Cost met by a grant',
      ['The extra hours are paid for by a £60,000 grant from a local trust.',
       'The council will decide in July whether to keep them.'],
      None, 'UTC', EI, damage=d_html_list, lacks='<ul>|<li>|</ul>|<blockquote>|&nbsp;|&ndash;')
story('29-uk-word-text', 'uk', 'Олена Коваленко', 'У Львові відкриють новий дитячий садок на Сихові',
      '3 березня 2026, 09:15', 'ЛЬВІВ', 'У Львові в травні відкриють новий дитячий садок на Сихові, розрахований на двісті дітей, повідомили у вівторок у міській раді.',
      ['Будівництво садка тривало два роки і коштувало сто двадцять мільйонів гривень.',
       '«Черги в садки на Сихові були найдовшими в місті», — сказала заступниця міського голови.'],
      'Укриття для дітей',
      ['У садку облаштували укриття, де діти можуть продовжувати заняття під час тривоги.',
       'Запис до садка відкриється в квітні.'],
      None, 'UTC', EI, damage=d_word('Сторінка 1'), lacks='Сторінка 1|Сторінка 2|\f')
story('30-fa-quoted-reply', 'fa', 'سارا کریمی', 'افتتاح خط جدید اتوبوس برقی در تبریز',
      '۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰', 'تبریز', 'نخستین خط اتوبوس برقی تبریز روز سه‌شنبه با حضور شهردار این شهر به بهره‌برداری رسید.',
      ['این خط میدان ساعت را به دانشگاه تبریز وصل می‌کند و ده اتوبوس در آن کار می‌کنند.',
       '«هوای تبریز در زمستان بسیار آلوده است و این تنها آغاز کار است»، شهردار تبریز گفت.'],
      'بلیت رایگان',
      ['سوار شدن به این اتوبوس‌ها تا پایان فروردین رایگان است.',
       'شهرداری قصد دارد تا دو سال دیگر سه خط دیگر راه‌اندازی کند.'],
      None, 'Asia/Tehran', '2026-03-03T10:20:00+03:30', direction='rtl',
      damage=d_quoted('دوباره فرستادم، نسخه قبلی ناقص بود. سارا',
                      'در تاریخ سه‌شنبه ۳ مارس ۲۰۲۶، ساعت ۹:۴۰، سارا کریمی <s.karimi@tabriz-news.example> نوشت:'),
      lacks='در تاریخ سه‌شنبه|> |دوباره فرستادم', note='دوباره فرستادم، نسخه قبلی ناقص بود.')
exec(open(os.path.join(os.path.dirname(__file__), 'gen.py')).read().split("PREFIX = ")[1].join(["PREFIX = ", ""]) if False else "PREFIX = " + open(os.path.join(os.path.dirname(__file__), 'gen.py')).read().split("PREFIX = ")[1])
