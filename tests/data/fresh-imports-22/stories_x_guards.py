# Guards (31-36): ordinary stories, copied from the paper itself, that
# have the round's surface features in them innocently: a biography's
# review with a subheading "About the author", a business story's own
# "Partners" section, a story on conflicts of interest quoting a
# disclosure statement under a subheading of that name, an obituary
# whose last paragraph is its subject's life in a sentence ("Margaret
# Hale, a former headteacher, is survived by …"), a headline of three
# capitalised words right over its standfirst and the date. Nothing of
# them is furniture and nothing goes to the note.

story('31-en-guard-about-the-author', 'en', '''
=By Priya Nair

=A life of Ellen Marsh, the harbour’s forgotten engineer

=November 12, 2026
''', '', 'Ellen Marsh designed the breakwater that still shelters Easton’s harbour, yet until this year no book had been written about her.',
'''
Daniel Hope’s biography, drawn from letters found in a shipyard office in 2019, sets that right.

##The engineer

Marsh trained in her father’s drawing office and took over the breakwater project when he died in 1891.

The council never paid her the fee it owed him, and she spent ten years in court trying to recover it.

##About the author

Daniel Hope is a maritime historian who spent five years reading the shipyard’s letters.

He is at his best on the court case, which he tells with a lawyer’s care for detail.

The book is published by Harbour Press at £25.
''', 'A life of Ellen Marsh, the harbour’s forgotten engineer', 'Priya Nair', '2026-11-12T00:00:00+00:00')

story('32-en-guard-partners', 'en', '''
=Regional airline signs deals with three rail operators

=By Tom Reid
=November 12, 2026
''', 'NORTHFIELD', 'Skylark Air will sell train tickets with its flights from next spring, under deals signed on Thursday with three rail operators.',
'''
Passengers will be able to book a flight and a connecting train in one booking, with a guaranteed seat on the next train if their flight is late.

##Partners

The partners are Northern Rail, Coastline Trains and the Highland Sleeper, which together serve 140 stations.

Northern Rail said the deal would bring it about 200,000 extra passengers a year.

View all partners on the airline’s website before booking, the company said.
''', 'Regional airline signs deals with three rail operators', 'Tom Reid', '2026-11-12T00:00:00+00:00')

story('33-en-guard-disclosure', 'en', '''
=Journal tightens rules after undeclared drug-company payments

=By Ana Ruiz
=November 12, 2026
''', 'LONDON', 'A leading medical journal will require authors to list every payment from drug companies over the past five years, after an investigation found dozens of undeclared ones.',
'''
The investigation found that 41 authors of papers on a new diabetes drug had received fees from its maker without saying so.

##Disclosure statement

One paper’s disclosure statement read: “The authors declare no competing interests.” Three of its five authors had been paid by the company.

Note: This article gives the views of the author, the journal’s editor said in a statement, was no longer enough as a disclaimer on opinion pieces.

The new rules take effect in January.
''', 'Journal tightens rules after undeclared drug-company payments', 'Ana Ruiz', '2026-11-12T00:00:00+00:00')

story('34-en-guard-obituary', 'en', '''
=Margaret Hale, headteacher who saved a village school, dies at 88

=By Lena Okafor
=November 12, 2026
''', '', 'Margaret Hale, who led a campaign that kept the village school at Carra open in 1979, has died at the age of 88.',
'''
She taught at the school for 31 years and was its headteacher for 19.

When the county proposed closing it, she organised a petition signed by every household in the valley.

“She knew every child’s name, and most of their grandparents’ names too,” said a former pupil, James Holt.

Margaret Hale, a former headteacher, is survived by her husband, Tom, and their two daughters.
''', 'Margaret Hale, headteacher who saved a village school, dies at 88', 'Lena Okafor', '2026-11-12T00:00:00+00:00')

story('35-en-guard-short-headline', 'en', '''
=Harbour Bridge Reopens
=The bridge was closed for two years after a cargo ship struck it in a storm.
=November 12, 2026
''', 'EASTON', 'The Harbour Bridge reopened to traffic on Thursday, two years after a cargo ship struck one of its piers.',
'''
Engineers replaced the damaged pier and strengthened the other three at a cost of £48 million.

Traffic on the ring road, which carried the diverted cars, is expected to fall by a quarter.

“It is good to have our bridge back,” said the council leader, Mark Ewing.
''', 'Harbour Bridge Reopens', '', '2026-11-12T00:00:00+00:00',
      standfirst='The bridge was closed for two years after a cargo ship struck it in a storm.',
      skip=(('headline', 'dateline', 'date', 'standfirst'),
            'a headline of a name’s shape ("Harbour Bridge Reopens") right over its standfirst and the date, '
            'with no byline, is not read as the header (as before the round): set apart, the header reader '
            'takes it for a byline over the standfirst as the headline, so it is left together, and the '
            'header is left unread (no headline, date, dateline or standfirst)'))

# (written after the guards above: a book prize's fact box in the body,
# "Author" over a name, is no author box)
story('36-en-guard-fact-box', 'en', '''
=Lighthouse novel wins the Northfield book prize

=By Tom Reid
=November 12, 2026
''', 'NORTHFIELD', 'A first novel about a lighthouse keeper has won this year’s Northfield book prize, the judges announced on Thursday evening at a dinner.',
'''
The judges praised its plain prose and its storm scenes, which one called the best in years of reading for the prize.

The shortlist also included a memoir and two collections of stories.

Author
Hilary Mantel
Prize
Northfield Book Prize

The prize is worth £10,000 and a week’s stay at the lighthouse itself.
''', 'Lighthouse novel wins the Northfield book prize', 'Tom Reid', '2026-11-12T00:00:00+00:00')
