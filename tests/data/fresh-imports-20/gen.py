# Generates tests/data/fresh-imports-20: stories with social-media posts
# embedded in them, as a browser's copy gives them (the post's text and
# its "— Name (@handle) date" line, Instagram's "View this post on
# Instagram", Bluesky's "[image or embed]", Threads' "View on Threads",
# a consent gate in place of the post), and the clean story under clean/.
#
# Lines of a story's body start with a mark: "~" furniture (in the story,
# not in clean/, no line of the body may open with it), ">" a line of an
# embedded post (kept, and quoted: "> " in the body), "##" a subheading;
# other lines are the story's paragraphs.
import os, sys, textwrap
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SPECIAL = '\\`*_{}[]()#+-.!|>~<'
stories = []

def story(name, lang, by, head, datetext, place, lede, body, iso, zone='UTC', direction='ltr',
          bylines=None, pre='', sep=' – ', top='', deck=None, standfirst=None, header=None, dl=None, absent=None, notyet=None):
    stories.append(dict(name=name, lang=lang, by=by, head=head, datetext=datetext, place=place, lede=lede,
                        body=body, iso=iso, zone=zone, direction=direction, bylines=bylines, pre=pre, sep=sep,
                        top=top, deck=deck, standfirst=standfirst, header=header, dl=dl, absent=absent, notyet=notyet))

def cut(s, n):
    s = s[:n]
    for i, ch in enumerate(s):
        if ch in SPECIAL:
            s = s[:i]
            break
    return s.rstrip()

def render(s):
    raw, clean, has, lacks = [], [], [], []
    def add_block(text, to_has):
        for line in text.strip('\n').split('\n'):
            if line == '':
                raw.append(''); clean.append(''); continue
            m, rest = line[0], line[1:].lstrip(' ') if line[0] in '~>' else line
            if line.startswith('##'):
                rest = line[2:].strip()
                raw.append(rest); clean.append(rest)
                if to_has: has.append('## ' + rest)
            elif m == '~':
                raw.append(rest)
                if cut(rest, 24) or rest[:24]: lacks.append(rest[:24].rstrip())
            elif m == '>':
                raw.append(rest); clean.append(rest)
                if to_has and cut(rest, 30): has.append('> ' + cut(rest, 30))
            else:
                raw.append(line); clean.append(line)
                if to_has and cut(line, 40) and len(has) < 12: has.append(cut(line, 40))
    if s['top']:
        add_block(s['top'], False); raw.append(''); clean.append('')
    for part in (s['by'], s['head']) if s['by'] else (s['head'],):
        raw.append(part); clean.append(part); raw.append(''); clean.append('')
    if s['deck']:
        raw += [s['deck'], '']; clean += [s['deck'], '']
    raw += [s['datetext'], '']; clean += [s['datetext'], '']
    if s['pre']:
        add_block(s['pre'], True); raw.append(''); clean.append('')
    lede = s['place'] + s['sep'] + s['lede']
    raw += [lede, '']; clean += [lede, '']
    add_block(s['body'], True)
    return '\n'.join(raw).rstrip('\n') + '\n', '\n'.join(clean).rstrip('\n') + '\n', has, lacks

PREFIX = ('By ', 'Von ', 'Par ', 'Por ', 'di ', 'Door ', 'Автор: ', '本报记者 ')
E = 'March 3, 2026 - 09:15'; EI = '2026-03-03T09:15:00+00:00'

HERE = os.path.dirname(os.path.abspath(__file__))
for f in sorted(n for n in os.listdir(HERE) if n.startswith('stories') and n.endswith('.py')):
    exec(open(os.path.join(HERE, f), encoding='utf-8').read())

def ini_escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
os.makedirs(os.path.join(OUT, 'clean'), exist_ok=True)
ini = []
only = sys.argv[2:]
for s in sorted(stories, key=lambda s: s['name']):
    if only and s['name'] not in only: continue
    text, c, has, lacks = render(s)
    open(os.path.join(OUT, s['name'] + '.txt'), 'w', encoding='utf-8').write(text)
    open(os.path.join(OUT, 'clean', s['name'] + '.txt'), 'w', encoding='utf-8').write(c)
    by = s['by']
    for p in PREFIX:
        if by.startswith(p): by = by[len(p):]
    e = []
    if s['notyet']:
        has = [x for x in has if x != s['notyet'][0]]
        e += textwrap.wrap('not yet: ' + s['notyet'][1], 70, initial_indent='# ', subsequent_indent='# ')
    e += ['[%s]' % s['name'], 'headline=' + s['head'], 'bylines=' + (s['bylines'] if s['bylines'] is not None else by),
         'dateline=' + (s['dl'] or s['place'].strip('【】')), 'date=' + s['iso'], 'time_zone=' + s['zone'],
         'language=' + s['lang'], 'direction=' + s['direction'],
         'standfirst=' + (s['standfirst'] or s['lede']), 'has=' + '|'.join(has)]
    hdr = [h for h in (s['header'] or '').split('|') if h]
    if len(s['datetext'].split()) >= 6: hdr.append(s['datetext'])
    if hdr: e.append('header=' + '|'.join(hdr))
    if lacks: e.append('lacks=' + ini_escape('|'.join(lacks)))
    if s['absent']: e.append('absent=' + s['absent'])
    ini.append('\n'.join(e))
sys.stdout.write('\n\n'.join(ini) + '\n')
