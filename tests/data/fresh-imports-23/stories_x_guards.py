# Guards (21-24), written with 01-20 before the importer was read:
# ordinary stories whose own text could be taken for the page's
# furniture or its header: a story quoting a card that reads "Leave a
# comment", a story about a maths test with "3 + 4 = 7" in it, a
# headline that is a name, a one-paragraph story with no date. Their
# own comment forms at the end are furniture; nothing else is.

story('21-en-guard-leave-a-comment', 'en', '''
=Memorial bench becomes a guest book for the whole village

=By Alice Brennan

=June 3, 2024
''', 'KIRKBY MOOR', 'A notebook left in a tin on a memorial bench above Kirkby Moor has been filled by more than 2,000 walkers in a year.',
'''
The bench remembers Arthur Dean, a shepherd who walked the fell every day for sixty years.

His daughter, Joan, put the first notebook there with a card taped to the lid.

Leave a comment

That was all the card said, and walkers took it at its word.

"People write about their dogs, their divorces, the weather, everything," Joan Dean said.

~Leave a Reply

~What is 2 + 2?

~Post comment
''', 'Memorial bench becomes a guest book for the whole village', 'Alice Brennan', '2024-06-03T00:00:00+00:00')

story('22-en-guard-maths-test', 'en', '''
=Seven-year-olds in Ashby sit new times-tables check

=By Ben Carver

=June 3, 2024 at 11:00
''', 'ASHBY', "Pupils at Ashby's four primary schools sat the new national arithmetic check this week, and teachers say most of them finished early.",
'''
The first question on the paper was the same for every child:

3 + 4 = 7

Children had to say whether the sum was right, and then move on to harder ones.

##What the test checks

The check has twenty-five questions and a six-second limit on each one.

"It is not a captcha, it is a maths test, and they treat it like a game," said head teacher Laura Finch.

~Leave a comment

~What is 5 + 3?

~Post comment
''', 'Seven-year-olds in Ashby sit new times-tables check', 'Ben Carver', '2024-06-03T11:00:00+00:00',
      extra=['3 + 4 = 7'])

story('23-en-guard-name-headline', 'en', '''
=Ada Lindqvist

=The ferry captain who never missed a crossing in forty years

=By Tom Reid

=June 3, 2024
''', 'PORTVALE', 'Ada Lindqvist, who took the Portvale ferry across the harbour every day for four decades, has died at the age of 88.',
'''
She joined the ferry company as a deckhand in 1958 and became its first woman captain in 1971.

##Forty winters

Colleagues said she refused to cancel a crossing unless the harbour master ordered it.

"She would say the sea was only rough if you were looking at it," said her former mate, Peter Hall.

~Leave a comment

~What is 4 + 1?
''', 'Ada Lindqvist', 'Tom Reid', '2024-06-03T00:00:00+00:00',
      standfirst='The ferry captain who never missed a crossing in forty years')

story('24-en-guard-one-paragraph', 'en', '''
=Library closes early for burst pipe

=By Sam Hughes
''', 'ORCHARD HILL', "Orchard Hill library closed at noon on Monday after a pipe burst in the children's section, and the council said it hoped to reopen on Wednesday once the carpets had dried.",
'''
~Leave a comment

~What is 6 + 1?
''', 'Library closes early for burst pipe', 'Sam Hughes', '')
