# Guards (21-24), written with 01-20 before the importer's caption and
# furniture code was read: paragraphs that begin "Watch" and "Listen" or
# hold "Photo"; a quoted sentence set apart that no paragraph repeats
# (no pull quote); a real one-line paragraph "1 of 12 councillors voted
# against."; a story whose last paragraph has only a credit line under
# it (that paragraph is no caption).

story('21-en-guard-watch-listen-photo', 'en', '''
=By Claire Dunmore

=Birdwatchers flock to estuary after rare heron sighting

=30 November 2026, 15:15
''', 'RYE', 'Hundreds of birdwatchers have travelled to the Rother estuary after a purple heron, rarely seen in Britain, was spotted in the reed beds on Saturday.',
'''
Watch for it at dawn, local warden Peter Hale advised visitors, when the heron feeds at the edge of the reeds.

Listen carefully and you will hear it before you see it, he said, because its call carries across the marsh.

One visitor's photo of the heron in flight has been shared more than 40,000 times since Sunday.

Photographs of the bird taken from the sea wall have been sent to the county's bird records committee.

~Leave a comment

~What is 5 + 5?

~Post comment
''', 'Birdwatchers flock to estuary after rare heron sighting', 'Claire Dunmore', '2026-11-30T15:15:00+00:00',
      absent='*Watch for it|*Listen carefully|*One visitor|*Photographs of')

story('22-en-guard-quote-not-pull', 'en', '''
=By Sam Holt

=Headteacher writes to parents as school faces closure

=30 November 2026, 15:15
''', 'KENDAL', 'The headteacher of a village school facing closure has written to every family on its roll asking them to answer the council’s consultation before Friday.',
'''
The letter, sent home with pupils on Monday, sets out the case for keeping the school open.

It ends with a single line in bold:

“A village without a school is a village without a future.”

The council will decide in February whether to merge the school with one eight miles away.

~Leave a comment

~What is 2 + 2?

~Post comment
''', 'Headteacher writes to parents as school faces closure', 'Sam Holt', '2026-11-30T15:15:00+00:00')

story('23-en-guard-one-of-twelve', 'en', '''
=By Ruth Elling

=Council backs new cycle lanes on the high street

=30 November 2026, 15:15
''', 'FROME', 'Frome town council has voted to put protected cycle lanes on the high street, removing twenty parking spaces.',
'''
The vote came after a two-hour debate in a packed council chamber.

1 of 12 councillors voted against.

The lanes are due to be built next summer at a cost of £350,000, most of it from a government grant.

~Leave a comment

~What is 3 + 3?

~Post comment
''', 'Council backs new cycle lanes on the high street', 'Ruth Elling', '2026-11-30T15:15:00+00:00',
      extra=['1 of 12 councillors voted against.'])

story('24-en-guard-credit-last', 'en', '''
=By Marcus Dale

=Allotment waiting list passes 500 as town seeks new land

=30 November 2026, 15:15
''', 'STROUD', 'More than 500 people are now waiting for an allotment in Stroud, and the council says some could wait ten years for a plot.',
'''
The council is looking at three fields on the edge of the town that could hold another 120 plots.

Allotment holders say smaller half-plots would let more people grow their own food sooner.

=Photo: Jane Roe/Stroud News

~Leave a comment

~What is 4 + 1?

~Post comment
''', 'Allotment waiting list passes 500 as town seeks new land', 'Marcus Dale', '2026-11-30T15:15:00+00:00',
      absent='*Allotment holders say')
