# Generates tests/data/fresh-imports-19 stories: a clean story, then the damage
# another format left on it.
import quopri, sys, os, html, re
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')

def moji(text, enc='cp1252'):
    b = text.encode('utf-8')
    out = []
    for ch in b:
        try:
            out.append(bytes([ch]).decode(enc))
        except UnicodeDecodeError:
            out.append(chr(ch))  # cp1252 holes (0x81 0x8D 0x8F 0x90 0x9D) pass through as C1
    return ''.join(out)

def ents(text, named=True):
    out = []
    for ch in text:
        if ch == '&': out.append('&amp;')
        elif ch == '"': out.append('&quot;')
        elif ch == '\u00a0': out.append('&nbsp;')
        elif ord(ch) > 127:
            n = html.entities.codepoint2name.get(ord(ch)) if named else None
            out.append('&%s;' % n if n else '&#%d;' % ord(ch))
        else: out.append(ch)
    return ''.join(out)

stories = []
def story(name, lang, by, head, dateline_text, place, lede, paras, sub, after, date, zone, iso, direction='ltr', byline_names=None, damage=None, lacks='', note=None, wrap=None, dateline_sep=' – '):
    stories.append(dict(name=name, lang=lang, by=by, head=head, datetext=dateline_text, place=place, lede=lede, paras=paras,
                        sub=sub, after=after, zone=zone, iso=iso, direction=direction, names=byline_names, damage=damage, lacks=lacks,
                        note=note, sep=dateline_sep))

def clean(s):
    parts = [s['by'], s['head'], s['datetext'], s['place'] + s['sep'] + s['lede']] + s['paras'] + [s['sub']] + s['after']
    return '\n\n'.join(parts) + '\n'

MAILHDR = ('From: {frm}\nTo: newsdesk@portvale-herald.example\nSubject: {subj}\nDate: Tue, 3 Mar 2026 09:40:12 +0000\n'
           'MIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n')

def d_qp(frm, subj):
    return lambda t: MAILHDR.format(frm=frm, subj=subj) + qp(t)
def d_qp_bare(t):
    return qp(t)
def d_moji(t): return moji(t)
def d_moji1251(t): return moji(t, 'cp1251')
def d_ents(t): return ents(t)
def d_numents(t): return ents(t, named=False)
def d_html(t):
    paras = t.strip('\n').split('\n\n')
    out = []
    for i, p in enumerate(paras):
        if i == 0: out.append('<p class="byline">' + ents(p) + '</p>')
        elif i == 1: out.append('<h1>' + ents(p) + '</h1>')
        elif len(p.split()) <= 6 and not p.endswith('.') and i > 3: out.append('<h2>' + ents(p) + '</h2>')
        else: out.append('<p>' + ents(p).replace('“', '<em>“').replace('”', '”</em>') + '</p>')
    return '\n'.join(out) + '\n'
def d_html_br(t):
    return '<br />\n'.join(p.replace('\n', ' ') for p in t.strip('\n').split('\n\n')) .replace('<br />\n', '<br /><br />\n') + '\n'
def d_word(pagefoot):
    def f(t):
        paras = t.strip('\n').split('\n\n')
        # soft hyphens inside long words, a tab before each paragraph of the story, a form feed and page number half way
        def shy(p):
            return re.sub(r'(\w{5})(\w{4,})', lambda m: m.group(1) + '\u00ad' + m.group(2), p)
        out = []
        for i, p in enumerate(paras):
            q = shy(p) if i >= 3 else p
            out.append(('\t' + q) if i >= 3 else q)
            if i == 5:
                out.append(pagefoot + '\n\f')
        return '\n\n'.join(out).replace(' ', ' ', 0) + '\n\n' + pagefoot.replace('1', '2') + '\n\f'
    return f
def d_quoted(intro, wrote):
    def f(t):
        return intro + '\n\n' + wrote + '\n' + ''.join('> ' + l + '\n' if l else '>\n' for l in t.rstrip('\n').split('\n'))
    return f

E = 'March 3, 2026 - 09:15'; EI = '2026-03-03T09:15:00+00:00'
story('01-en-qp-email', 'en', 'By Lena Okafor', 'Harbour board approves £40m upgrade of the old grain quay',
      E, 'PORTVALE', 'The harbour board on Tuesday approved a £40m plan to rebuild the old grain quay so that it can take the larger cargo ships now calling at the port.',
      ['Work is due to start in the autumn and take about two years, the board’s chair, Maria Costa, told a packed meeting at the harbour office.',
       '“We can’t keep turning ships away to ports that have spent the money,” she said. “Every ship we lose takes jobs with it.”'],
      'Objections from residents',
      ['Residents of the streets behind the quay said lorries would use their roads day and night once the quay reopened.',
       'The board said a new access road from the ring road would open before the first ship berthed.'],
      None, 'UTC', EI, damage=d_qp('Lena Okafor <lena.okafor@portvale-herald.example>', 'COPY: grain quay'),
      lacks='Content-Transfer-Encoding|Content-Type|MIME-Version|=E2|=C2')
story('02-de-qp-email', 'de', 'Von Jana Krüger', 'Straßenbahn nach Grünau fährt ab Mai wieder im Zehn-Minuten-Takt',
      '3. März 2026 - 09:15', 'LEIPZIG', 'Die Straßenbahnlinie nach Grünau fährt ab Mai wieder alle zehn Minuten, teilten die Leipziger Verkehrsbetriebe am Dienstag mit.',
      ['Seit dem Herbst war die Linie wegen fehlender Fahrerinnen und Fahrer nur alle zwanzig Minuten gefahren.',
       '„Wir haben 42 neue Kolleginnen und Kollegen eingestellt, die jetzt ihre Prüfungen bestanden haben“, sagte Sprecherin Petra Hölzel.'],
      'Baustelle am Hauptbahnhof',
      ['Wegen einer Baustelle am Hauptbahnhof müssen Fahrgäste im Juni allerdings noch einmal umsteigen.',
       'Die Verkehrsbetriebe kündigten Ersatzbusse zwischen Hauptbahnhof und Goerdelerring an.'],
      None, 'UTC', EI, damage=d_qp('Jana Krüger <j.krueger@lvz.example>', 'Text Straßenbahn Grünau'),
      lacks='Content-Transfer-Encoding|Content-Type|MIME-Version|=C3|=E2')
story('03-fa-qp-email', 'fa', 'مریم احمدی', 'بازگشایی پل تاریخی خواجو پس از دو سال مرمت',
      '۱۲ اسفند ۱۴۰۴ - ۱۰:۲۰', 'اصفهان', 'پل تاریخی خواجو پس از دو سال مرمت روز سه‌شنبه دوباره به روی مردم باز شد.',
      ['مرمت پل که در سال ۱۴۰۲ آغاز شده بود، شامل بازسازی پله‌ها و کاشی‌های طاق‌ها بود.',
       '«این پل متعلق به همه مردم اصفهان است و ما آن را همان‌طور که بود نگه داشتیم»، مدیر میراث فرهنگی استان گفت.'],
      'ساعات بازدید',
      ['پل هر روز از ساعت هشت صبح تا ده شب به روی بازدیدکنندگان باز است.',
       'بازدید از طبقه پایین پل تا پایان فروردین ممنوع خواهد بود.'],
      None, 'Asia/Tehran', '2026-03-03T10:20:00+03:30', direction='rtl',
      damage=d_qp('Maryam Ahmadi <m.ahmadi@isfahan-news.example>', 'Khaju bridge'),
      lacks='Content-Transfer-Encoding|Content-Type|MIME-Version|=D8|=DB')
story('04-ru-qp-email', 'ru', 'Анна Смирнова', 'В Казани продлят линию метро до Юдино',
      '3 марта 2026, 09:15', 'КАЗАНЬ', 'Власти Казани во вторник утвердили проект продления второй линии метро до посёлка Юдино.',
      ['Новый участок длиной семь километров получит четыре станции, сообщили в мэрии.',
       '«Жители Юдино сегодня тратят на дорогу до центра больше часа», — сказал мэр города.'],
      'Сроки строительства',
      ['Строительство начнётся летом и займёт около четырёх лет.',
       'Стоимость проекта оценивается в 48 миллиардов рублей.'],
      None, 'UTC', EI, damage=d_qp('Anna Smirnova <a.smirnova@kazan-news.example>', 'Metro Yudino'),
      lacks='Content-Transfer-Encoding|Content-Type|MIME-Version|=D0|=D1')
story('05-fr-mojibake', 'fr', 'Par Claire Dubois', 'Nantes : la ligne de tramway vers l’aéroport ouvrira en décembre',
      '3 mars 2026 - 09:15', 'NANTES', 'La ligne de tramway qui reliera le centre de Nantes à l’aéroport ouvrira en décembre, a annoncé mardi la métropole.',
      ['Les essais des rames ont commencé la semaine dernière sur les huit kilomètres de la nouvelle ligne.',
       '« C’est une étape très attendue par les salariés de la zone aéroportuaire », a déclaré la vice-présidente chargée des déplacements.'],
      'Un trajet de vingt minutes',
      ['Le trajet entre la gare et l’aérogare prendra une vingtaine de minutes.',
       'Les billets coûteront le même prix que sur le reste du réseau.'],
      None, 'UTC', EI, damage=d_moji, lacks='Ã|â€')
story('06-es-mojibake', 'es', 'Por Lucía Fernández', 'Sevilla abrirá en junio la nueva biblioteca del barrio de Triana',
      '3 de marzo de 2026 - 09:15', 'SEVILLA', 'El Ayuntamiento de Sevilla abrirá en junio la nueva biblioteca pública del barrio de Triana, tras tres años de obras.',
      ['El edificio, una antigua fábrica de cerámica, tendrá salas de estudio abiertas hasta medianoche en época de exámenes.',
       '“Triana llevaba décadas pidiendo una biblioteca a la altura del barrio”, dijo la concejala de Cultura.'],
      '¿Qué ofrecerá?',
      ['La biblioteca tendrá 40.000 libros, un espacio infantil y una sala de música.',
       'El préstamo será gratuito para todos los vecinos de la ciudad.'],
      None, 'UTC', EI, damage=d_moji, lacks='Ã|â€|Â')
story('07-tr-mojibake', 'tr', 'Ayşe Demir', 'İzmir’de yeni vapur hattı nisan ayında açılıyor',
      '3 Mart 2026 - 09:15', 'İZMİR', 'İzmir Büyükşehir Belediyesi, Karşıyaka ile Üçkuyular arasındaki yeni vapur hattının nisan ayında açılacağını salı günü duyurdu.',
      ['Hat üzerinde günde on iki sefer yapılacak ve yolculuk kırk dakika sürecek.',
       '“Körfezin iki yakası artık çok daha yakın olacak” dedi belediye başkanı.'],
      'Bilet fiyatları',
      ['Yeni hatta biletler şehir içi vapurlarla aynı fiyatta olacak.',
       'Öğrenciler ve yaşlılar indirimli kartlarını kullanabilecek.'],
      None, 'UTC', EI, damage=d_moji, lacks='Ä|Å|Ã|â€')
story('08-ru-mojibake-1251', 'ru', 'Дмитрий Волков', 'В Самаре откроют новый мост через реку Самару',
      '3 марта 2026, 09:15', 'САМАРА', 'Новый мост через реку Самару откроют для движения в конце апреля, сообщили во вторник в правительстве области.',
      ['Мост длиной девятьсот метров строили четыре года.',
       '«Мы ждём, что пробки на старом мосту сократятся вдвое», — сказал министр транспорта области.'],
      'Движение транспорта',
      ['По мосту пойдут четыре автобусных маршрута.',
       'Грузовикам въезд на мост будет закрыт по ночам.'],
      None, 'UTC', EI, damage=d_moji1251, lacks='Р’|Рњ|Рџ|РЎ')
story('09-en-entities', 'en', 'By Tom Reid', 'Council’s “green bins” plan delayed until autumn',
      E, 'NORTHFIELD', 'Northfield council has put off the start of its garden waste collections until September, after the company running them went into administration.',
      ['About 14,000 households had paid £45 each for the service, which was due to begin in April.',
       '“Residents will get every penny back or a longer year of collections – their choice,” said the council’s leader, Sarah O’Neill.'],
      'What happens to the money',
      ['Refunds will be paid within 28 days of a request, the council said.',
       'Those who keep their subscription will get 15 months of collections for the price of 12.'],
      None, 'UTC', EI, damage=d_ents, lacks='&amp;|&rsquo;|&ldquo;|&#')
story('10-it-entities', 'it', 'di Giulia Romano', 'A Bologna la nuova linea del tram sarà pronta entro l’estate',
      '3 marzo 2026 - 09:15', 'BOLOGNA', 'La prima linea del tram di Bologna sarà pronta entro l’estate, ha annunciato martedì il Comune, con sei mesi di ritardo sul programma.',
      ['I lavori in via Stalingrado e in via Marconi termineranno a maggio.',
       '«Sappiamo che i cantieri hanno pesato sulla città, ma il risultato ripagherà l’attesa», ha detto l’assessora alla mobilità.'],
      'Le fermate',
      ['La linea avrà trentaquattro fermate tra Borgo Panigale e il CAAB.',
       'Il biglietto costerà come quello dell’autobus.'],
      None, 'UTC', EI, damage=d_numents, lacks='&#|&amp;')
story('11-en-html-tags', 'en', 'By Priya Nair', 'New cycle lanes on Mill Road open after two years of works',
      E, 'EASTON', 'The protected cycle lanes along Mill Road opened on Tuesday, two years after works began and six months later than planned.',
      ['Cyclists now have a kerbed lane in each direction for the full 2.4 km between the station and the ring road.',
       '“It’s the first time I’ve felt safe taking my kids to school by bike,” said Tom Hale, a parent at Mill Road Primary.'],
      'Parking moved',
      ['The 80 parking spaces removed from Mill Road have been replaced by a car park behind the library.',
       'Traders said they would watch closely how many shoppers still came by car.'],
      None, 'UTC', EI, damage=d_html, lacks='<p|</p>|<h1>|<h2>|<em>|&amp;')
story('12-ja-html-br', 'ja', '佐藤健太', '札幌市、地下鉄の終電を30分繰り下げへ　来年4月から試行',
      '2026年3月3日 9時15分', '【札幌】', '札幌市は3日、市営地下鉄の終電を来年4月から30分繰り下げる試行を始めると発表した。',
      ['観光客の増加と深夜勤務の利用者の要望に応える。',
       '市交通局は「まず1年間試し、利用状況を見て続けるか決めたい」としている。'],
      '人件費の増加',
      ['終電の繰り下げで、年間約2億円の人件費が増える見込みだ。',
       '市は運賃の値上げは考えていないとしている。'],
      None, 'UTC', EI, damage=d_html_br, lacks='<br', dateline_sep='')
story('13-en-word-text', 'en', 'By Owen Pryce', 'Hospital trust to reopen Ward 9 for winter patients',
      E, 'KINGSBRIDGE', 'Kingsbridge hospital trust will reopen Ward 9, closed since 2024, to ease pressure on beds over the coming winter, its board decided on Tuesday.',
      ['The ward’s 28 beds will be staffed by nurses recruited from overseas over the past year.',
       '“We would rather open a ward than see patients waiting on trolleys in corridors,” the trust’s chief executive, Helen Marsh, said.'],
      'Agency staff',
      ['The trust spent £12m on agency staff last year and hopes to halve that.',
       'Unions welcomed the decision but warned that nurses were already stretched.'],
      None, 'UTC', EI, damage=d_word('- 1 -'), lacks='- 1 -|- 2 -|\f')
story('14-de-word-text', 'de', 'Von Lukas Becker', 'Stadtbibliothek Freiburg verlängert Öffnungszeiten am Wochenende',
      '3. März 2026 - 09:15', 'FREIBURG', 'Die Stadtbibliothek Freiburg öffnet ab April auch sonntags, hat der Gemeinderat am Dienstag beschlossen.',
      ['Die Bibliothek war bisher an Sonntagen und Feiertagen geschlossen.',
       '„Gerade Studierende und Familien haben uns um längere Öffnungszeiten gebeten“, sagte die Leiterin der Bibliothek, Sabine Wolff.'],
      'Mehr Personal',
      ['Für den Sonntagsbetrieb stellt die Stadt sechs zusätzliche Mitarbeiter ein.',
       'Die Kosten liegen bei rund 400.000 Euro im Jahr.'],
      None, 'UTC', EI, damage=d_word('Seite 1'), lacks='Seite 1|Seite 2|\f')
story('15-pl-rtf-text', 'pl', 'Katarzyna Nowak', 'Kraków wprowadzi nocne tramwaje na stałe',
      '3 marca 2026 - 09:15', 'KRAKÓW', 'Kraków wprowadzi na stałe nocne linie tramwajowe, które od jesieni jeździły w ramach pilotażu, zdecydowali we wtorek radni.',
      ['Z nocnych tramwajów korzystało średnio cztery tysiące pasażerów każdej nocy.',
       '„To pokazało, że miasto żyje także po północy” – powiedział wiceprezydent miasta.'],
      'Nowe linie',
      ['Od maja pojadą dwie nowe linie nocne, do Nowej Huty i na Ruczaj.',
       'Tramwaje będą kursować co trzydzieści minut.'],
      None, 'UTC', EI, damage=d_word('Strona 1'), lacks='Strona 1|Strona 2|\f')
story('16-en-quoted-reply', 'en', 'By Sam Whitaker', 'School bus route cut leaves village pupils without a ride',
      E, 'HOLBROOK', 'Pupils in three villages near Holbrook will have no school bus from next term after the county council cut the route to save money.',
      ['About 60 children use the bus to reach Holbrook Academy each day.',
       '“There is no safe way to walk along that road,” said parent Gemma Lyle. “It has no pavement and no lights.”'],
      'Council’s answer',
      ['The county council said families could apply for help with the cost of travel.',
       'A decision on the appeal by parents is due in April.'],
      None, 'UTC', EI, damage=d_quoted('Resending below as the first one bounced. Sam',
                                       'On Tue, 3 Mar 2026 at 09:40, Sam Whitaker <sam.whitaker@holbrook-news.example> wrote:'),
      lacks='On Tue, 3 Mar 2026|> |Resending below', note='Resending below as the first one bounced.')
story('17-ar-qp-example', 'ar', 'أحمد منصور', 'افتتاح مكتبات عامة جديدة في عمّان',
      '3 مارس 2026 - 10:20', 'عمّان', 'أعلنت أمانة عمّان أنها ستفتتح خمس مكتبات عامة جديدة في المدينة قبل نهاية العام المقبل.',
      ['وقالت الأمانة إن المكتبات ستقام في الأحياء الشرقية التي تفتقر إلى مرافق ثقافية.',
       '«هدفنا أن تكون هناك مكتبة على بعد عشر دقائق سيراً من كل بيت»، قال مدير الثقافة في الأمانة.'],
      'ساعات العمل',
      ['ستفتح المكتبات من التاسعة صباحاً حتى التاسعة مساءً طوال أيام الأسبوع.',
       'وستكون العضوية مجانية لجميع سكان المدينة.'],
      None, 'UTC', '2026-03-03T10:20:00+00:00', direction='rtl', damage=d_qp_bare, lacks='=D8|=D9')
story('18-pt-mojibake-example', 'pt', 'Por Ana Souza', 'Porto Alegre terá nova linha de ônibus para o aeroporto',
      '3 de março de 2026 - 09:15', 'PORTO ALEGRE', 'A prefeitura de Porto Alegre anunciou nesta terça-feira uma nova linha de ônibus ligando o centro ao aeroporto Salgado Filho.',
      ['A linha terá ônibus a cada quinze minutos, das cinco da manhã à meia-noite.',
       '“Vamos acabar com a dependência do táxi para chegar ao aeroporto”, disse o secretário de Mobilidade.'],
      'Preço da passagem',
      ['A passagem custará o mesmo que nas demais linhas da cidade.',
       'A operação começa no dia 1º de abril.'],
      None, 'UTC', EI, damage=d_moji, lacks='Ã|â€|Â')
story('19-nl-entities-example', 'nl', 'Door Sanne de Vries', 'Utrecht krijgt een nieuwe fietsenstalling bij het station',
      '3 maart 2026 - 09:15', 'UTRECHT', 'De gemeente Utrecht opent in september een nieuwe fietsenstalling voor 8.000 fietsen aan de westkant van het centraal station, maakte zij dinsdag bekend.',
      ['De bestaande stalling aan het Stationsplein is op drukke dagen al om acht uur ’s ochtends vol.',
       '“We zien elk jaar meer reizigers die met de fiets naar de trein komen,” zei wethouder Jeroen Bakker.'],
      'Eerste 24 uur gratis',
      ['Net als in de andere stallingen is parkeren de eerste 24 uur gratis.',
       'Daarna kost het € 1,35 per dag.'],
      None, 'UTC', EI, damage=d_ents, lacks='&rsquo;|&ldquo;|&euro;|&#')
story('20-es-quoted-example', 'es', 'Por Javier Morales', 'Valencia ampliará el carril bici hasta el puerto',
      '3 de marzo de 2026 - 09:15', 'VALENCIA', 'El Ayuntamiento de Valencia ampliará el carril bici de la avenida del Puerto hasta la Marina antes del verano, anunció este martes.',
      ['El nuevo tramo tendrá 2,5 kilómetros y separará a los ciclistas del tráfico con un bordillo.',
       '“Es la conexión que más nos piden los vecinos del Grao”, dijo la concejala de Movilidad.'],
      'Obras de noche',
      ['Las obras se harán de noche para no cortar el tráfico hacia el puerto.',
       'El presupuesto es de 3,2 millones de euros.'],
      None, 'UTC', EI, damage=d_quoted('Te lo reenvío, el anterior salió cortado. Javier',
                                       'El mar, 3 mar 2026 a las 9:40, Javier Morales <j.morales@levante.example> escribió:'),
      lacks='El mar, 3 mar 2026|> |Te lo reenvío', note='Te lo reenvío, el anterior salió cortado.')

PREFIX = ('By ', 'Von ', 'Par ', 'Por ', 'di ', 'Door ')
def ini_escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\f', '\\f').replace('\t', '\\t')
os.makedirs(os.path.join(OUT, 'clean'), exist_ok=True)
ini = []
only = sys.argv[2:] 
for s in stories:
    if only and s['name'] not in only: continue
    c = clean(s)
    text = s['damage'](c)
    open(os.path.join(OUT, s['name'] + '.txt'), 'w', encoding='utf-8', newline='').write(text)
    open(os.path.join(OUT, 'clean', s['name'] + '.txt'), 'w', encoding='utf-8').write(c)
    by = s['by']
    for p in PREFIX:
        if by.startswith(p): by = by[len(p):]
    place = s['place'].strip('【】')
    has = ['## ' + s['sub']] + [p[:40].rstrip() for p in s['paras'] + s['after']]
    e = ['[%s]' % s['name'], 'headline=' + s['head'], 'bylines=' + by, 'dateline=' + place,
         'date=' + s['iso'], 'time_zone=' + s['zone'], 'language=' + s['lang'], 'direction=' + s['direction'],
         'standfirst=' + s['lede'], 'has=' + '|'.join(has)]
    if len(s['datetext'].split()) >= 6: e.append('header=' + s['datetext'])
    if s['lacks']: e.append('lacks=' + ini_escape(s['lacks']))
    if s['note']: e.append('note=' + s['note'])
    ini.append('\n'.join(e))
sys.stdout.write('\n\n'.join(ini) + '\n')
