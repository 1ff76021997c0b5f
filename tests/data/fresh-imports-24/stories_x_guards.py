# Guards (21-24), written with 01-20 before the importer's date code was
# read: a date in a body sentence under a dated header, a story whose
# only date is in its agency dateline, a headline with years in it, and
# a line of the time alone under a dated header.

story('21-en-guard-body-date', 'en', '''
=By Tom Ashworth

=Ferry operator names date for new winter timetable

=Monday 30 November 2026, 15:15 GMT
''', 'STRANRAER', 'The ferry operator on the Stranraer crossing has named the date its winter timetable starts, after a month of complaints about cancelled sailings.',
'''
The new timetable will start on 12 March 2027 at 9am, with two fewer sailings a day but a larger boat.

"We would rather run fewer crossings that actually leave," the operator's manager said.

~Leave a comment

~What is 2 + 7?

~Post comment
''', 'Ferry operator names date for new winter timetable', 'Tom Ashworth', '2026-11-30T15:15:00+00:00')

story('22-en-guard-dateline-only', 'en', '''
=Britain's rail regulator fines operator over late trains

=By Sam Holt
''', 'LONDON', "Britain's rail regulator fined a train operator 2 million pounds on Monday after a year in which one train in four arrived late.",
'''
The operator said it would not appeal and had already hired forty more drivers.

Passenger groups said the fine should be spent on compensation for travellers.

~Leave a comment

~What is 1 + 8?

~Post comment
''', "Britain's rail regulator fines operator over late trains", 'Sam Holt', None,
      opener='LONDON, Nov 30 (Reuters) - ', day='-11-30T00:00:00+00:00', note=['Reuters'])

story('23-en-guard-headline-year', 'en', '''
=By Claire Dunmore

=Town's 2027 budget leaves 1998 flood walls unrepaired

=30/11/2026 15:15
''', 'BEWDLEY', "Bewdley's budget for next year sets aside nothing for the flood walls built after the 1998 floods, despite an engineer's report calling them worn.",
'''
The town council said the walls were the Environment Agency's responsibility.

"Every winter we hold our breath," said a shopkeeper on the riverside.

~Leave a comment

~What is 5 + 5?

~Post comment
''', "Town's 2027 budget leaves 1998 flood walls unrepaired", 'Claire Dunmore', '2026-11-30T15:15:00+00:00')

story('24-en-guard-time-only', 'en', '''
=By Owen Pryce

=Lifeboat crew rescues two walkers cut off by tide

=30 November 2026

=15:15
''', 'TENBY', 'A lifeboat crew rescued two walkers who had been cut off by the rising tide below the cliffs at Tenby on Monday afternoon.',
'''
The pair had climbed onto a ledge and called for help as the water reached their feet.

"They did exactly the right thing by calling us early," the coxswain said.

~Leave a comment

~What is 4 + 2?

~Post comment
''', 'Lifeboat crew rescues two walkers cut off by tide', 'Owen Pryce', '2026-11-30T15:15:00+00:00')
