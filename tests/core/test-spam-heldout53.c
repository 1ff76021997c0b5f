/* test-spam-heldout53.c: a fifty-third round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Addis Ababa,
 * Ethiopia (214 shops and 37 houses along 1.6 km of the Shola market
 * road in Yeka sub-city demolished from 1 March 2027, Yekatit 22, 2019
 * E.C., for a 40-metre corridor with a bus lane, 2.38 billion birr, a
 * relocation payment of 180,000 birr to licensed shop owners, claims
 * free of charge at the Woreda 7 office or the city's site until 26
 * February 2027, a public consultation on 13 February, the corridor
 * office's free line 7075): test-spam-heldout53-data.h, which says what
 * each comment is. Most of them in Amharic (Ethiopic script), several in
 * Afaan Oromo (Qubee), some in romanised Amharic as typed on phones, and
 * three in English.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 6 of 12 caught and 0 of 12 readers flagged; dressed 6 of
 * 12 and 1 of 12. What was missed was read in no rule's Amharic or
 * Afaan Oromo, and telebirr and CBE Birr were no mobile money: a quick
 * loan app to "ቴሌብር፣ CBE Birr ወይም M-Pesa", "+251 9O 7l2 4O58" (0); a
 * condominium lottery's "የምዝገባ ክፍያ 850 ብር ብቻ በቴሌብር" at a look-alike
 * host (0.35); the Ethiopian Postal Service's parcel "held at customs"
 * (0.40, the host alone); a tenqway's "ክታብ", "ጠበል", his number in
 * Amharic words (0); papers sold, "የመንጃ ፈቃድ … ያለ ፈተና … በሲስተም
 * የተመዘገበ", the number a digit at a time (0); a drought appeal in Afaan
 * Oromo, "Gargaarsa keessan t-e-l-e-b-i-r-r 0935 …-tti ergaa" (0).
 * Dressed, a digital agency's "ይደውሉ 0977 … ወይም …et" (0); a nun's holy
 * water, her number half in Amharic words (0); a "digital equb" tripling
 * 2,000 birr in ten days (0.15, the link); a flat let unseen from
 * "America", "3 wer deposit be telebirr" (0); a Telegram task scam (0);
 * and a "charity association" for the 37 families paid to "telebirr
 * 0948 … (Margaa D.)" (0). One reader was flagged: a reader quoting a
 * scam SMS with its "addisababa-gov-et" look-alike host, "ማጭበርበር ነው"
 * (0.61: no word of her warning read).
 *
 * Fixed first, by kind, not all of the round: desk 8 of
 * 12, dressed 8 of 12, both ways, no reader flagged, no new reason.
 * In the earlier tests (the drift of every ham, spam, probe and reader
 * line of the core suite, before and after) no line moved. Classify's
 * instructions (callgrind, bench-spam) rose 0.29 %, a few more words
 * looked up in the index.
 *   - telebirr and CBE Birr, in Latin letters and in Ethiopic ("ቴሌብር"),
 *     as mobile money (-messengers.c);
 *   - Amharic's "ማጭበርበር", "አጭበርባሪ" and Afaan Oromo's "gowwoomsaa" as
 *     talk of fraud, a reader's warning (-hideouts.c);
 *   - a drought, a famine, the displaced, homes pulled down in Amharic
 *     and Afaan Oromo ("ድርቅ", "ተፈናቀሉ", "gogiinsa", "buqqa'anii",
 *     "diigamuuf") and "your help" ("ድጋፋችሁን", "gargaarsa keessan") paid
 *     to a wallet's number; a receipt ("ደረሰኝ", "nagahee") or a fraud
 *     named a real collection's (-fixers.c);
 *   - the licence without its test in Amharic ("የመንጃ ፈቃድ … ያለ ፈተና"),
 *     "በሲስተም የተመዘገበ" as the papers' vouch, "አጭበርባሪ", "ሐሰተኛ",
 *     "ፖሊስ" as a driving school's warning (-reach.c);
 *   - "ይደውሉ", "ደውሉ", "ያግኙን" as calls (-forms.c).
 * Twelve readers probe the new rules (probe_readers): an aunt's telebirr
 * SMS quoted with its number, "ማጭበርበር ነው"; an iddir's treasurer's
 * phone, dues only against a receipt; an Afaan Oromo equb's contact; a
 * church's collection for the displaced to its bank account, receipts
 * from its office; a job agency licensed by the ministry, "no fee"; an
 * uncle's number in Amharic words for a grandmother; a warning of loan
 * apps; a healer's advert quoted in Afaan Oromo, "gowwoomsaa"; a driving
 * school quoting "ያለ ፈተና መንጃ ፈቃድ", "አጭበርባሪ ደላሎች"; a landlord
 * letting a flat after a visit; a post office's real notice with its
 * phone; a school's drought collection in Afaan Oromo to its bank
 * account, "nagahee": none is flagged.
 *
 * A second pass caught the rest, by kind: desk 12 of 12, dressed
 * 12 of 12, both ways, no reader flagged, no new reason. In the earlier
 * tests no line moved (the drift of every ham, spam, probe and reader
 * line of the core suite, before and after).
 *   - an Ethiopian mobile read out in Amharic's number words, tried
 *     only where a zero's word, "ዜሮ", starts it: the units, the tens
 *     and a unit ("ሰላሳ ሁለት", "አስራ አንድ"), a unit's hundreds ("መቶ"),
 *     Ethiopic's comma between the parts (-numerals.c, -numbers.c); and
 *     romanised Amharic's digit words among a number's digits ("09
 *     sebat 3…", -numbers.c);
 *   - the tenqway's words in Amharic, read inside words ("ክታብ", "መተት",
 *     "ድግምት", "ጥንቆላ", "ጠንቋይ"; not holy water, "ጠበል", alone), "call
 *     them" ("ይደውሉላቸው") as the referral, "ዋስትና" as a guarantee, and
 *     Amharic's and Afaan Oromo's fraud as a reader's warning (-trades.c);
 *   - a parcel held at customs, a lottery's draw, a compensation in
 *     Amharic ("ጥቅል", "ጉምሩክ", "ዕጣ", "ካሳ"), "pay", "confirm", "register"
 *     ("ይክፈሉ", "ያረጋግጡ"), "የምዝገባ ክፍያ" as a form's fee, and
 *     Amharic's warnings (-notices.c);
 *   - a quick loan in Amharic: "no guarantor needed", "no proof of
 *     salary", "only your ID" ("ዋስ አያስፈልግም", "መታወቂያ ብቻ"), paid "in 10
 *     minutes" ("በ10 ደቂቃ"), romanised ("bidir") and in Afaan Oromo
 *     ("liqii", "wabii malee"); a reader's "beware", "the police"
 *     (-services.c);
 *   - money multiplied in birr ("ብር", "birr") within Amharic's days,
 *     weeks or months ("በ10 ቀን"), a share "a month" ("በወር") no money
 *     put in; likes, shares or videos watched for birr earned ("ላይክ …
 *     ብር አገኛለሁ") (-earnings.c);
 *   - a flat let unseen in Amharic and romanised Amharic: "ኪራይ",
 *     "kiray", and the keys after "you send" or "deposit" ("ከላካችሁ
 *     በኋላ", "kaskemetachihu buhala"); a landlord's "come and see it"
 *     ("metachihu ayachihut") a reader's (-services.c).
 * Classify's instructions (callgrind, bench-spam) rose 0.14 %, Amharic's
 * words tried only at an Ethiopic letter. Six readers more probe the
 * second session's rules: an equb's shares and its draw, with its
 * treasurer's phone; a family's holy
 * water pilgrimage with the parish office's phone; a reader warning of
 * a tenqway, his number in Amharic words, "ማጭበርበር ነው"; a reader
 * quoting a parcel SMS with its look-alike host; a designer working
 * from home for a wage a month; a landlord letting a condominium after
 * a visit, in romanised Amharic: none is flagged.
 *
 * Still thin, though caught: the loan app, the task scam (0.50, one
 * rule each), the tenqway and the nun (0.55, the healer's words with a
 * number read out), the digital agency (0.50, the number and its
 * address), the drought appeal and the "charity association" (0.55).
 * Nearest of the readers: the Afaan Oromo equb (0.45), the aunt's
 * telebirr SMS quoted and the reader shouting in capitals (0.40).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout53-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "ለአክስቴ ትናንት ይሄ መልዕክት መጣ፦ «ውድ የቴሌብር ደንበኛ፣ አካውንትዎ ታግዷል፣ PIN እና OTP ወደ 0927 318 406 ይላኩ»። ይሄ "
    "ማጭበርበር ነው! ቴሌብር PIN ወይም OTP በፍጹም አይጠይቅም፣ ጥርጣሬ ካለ 127 ይደውሉ።",
    "Bezawit Tadesse", "bezawit.tadesse@gmail.com", NULL },
  { "የመገናኛ ሰፈር ዕድር ማስታወቂያ፦ ለሚነሱ አባላት ቤተሰቦች የቀብር አገልግሎቱ ይቀጥላል። ወርሃዊ መዋጮ 50 ብር፣ የሚከፈለው በየወሩ "
    "የመጨረሻ እሑድ ስብሰባ ላይ በደረሰኝ ብቻ ነው። ለጥያቄ ገንዘብ ያዡን ወ/ሮ ሙሉ ከበደን በ0912 55 30 71 ያግኙ።",
    "Mulu Kebede", "mulu.kebede.idir@gmail.com", NULL },
  { "Iqqubni daldaltoota Shola keenya torbanitti birrii 500 walitti qaba, maqaan baafamu walga'ii Sanbataa irratti "
    "ifatti baafama, galmeen hundi barreeffamaan jira. Namni haaraa seenuu barbaadu dura walga'iitti dhufee nu "
    "haa argu, bilbila 0916 42 87 05. Telegram irratti maallaqa hin funaannu, sobaaf of eeggadhaa.",
    "Tolera Gudeta", "tolera.gudeta@gmail.com", NULL },
  { "የቦሌ መድኃኔዓለም ቤተ ክርስቲያን ልማት ኮሚቴ፦ ለተፈናቀሉ ቤተሰቦች የምግብና የልብስ ማሰባሰብ ጀምረናል። ድጋፍ በቤተ ክርስቲያኑ ስም "
    "በአቢሲኒያ ባንክ ሒሳብ ቁጥር 10284537 ማስገባት ይቻላል፣ ደረሰኝ ከቢሮው ይሰጣል። በግል ቴሌብር ቁጥር የሚጠይቅ ካለ አታምኑት።",
    "Bole Medhanealem Committee", "bolemedhanealem.committee@gmail.com", NULL },
  { "በውጭ ሀገር ሥራ ለምትፈልጉ፦ እኔ የምሠራበት ኤጀንሲ በሠራተኛና ክህሎት ሚኒስቴር ፈቃድ የተሰጠው ነው፣ ወደ ሳውዲ የሚሄዱ ሠራተኞች "
    "ምንም ክፍያ አይከፍሉም፣ ወጪውን አሰሪው ይሸፍናል። ምዝገባ በሚኒስቴሩ ሥርዓት ብቻ ነው። በቴሌብር ቅድሚያ ክፍያ የሚጠይቅ ደላላ "
    "አጭበርባሪ ነው። ቢሮአችን ቦሌ፣ ስልክ 0116 67 42 90።",
    "Abebech Girma", "abebech.girma.agency@gmail.com", NULL },
  { "አያቴ ቁጥር ማንበብ ስለማይችሉ የአጎቴን ስልክ በቃላት ጻፍኩላቸው፦ ዜሮ ዘጠኝ፣ አስራ ሁለት፣ ሰላሳ አራት፣ ሃምሳ ስድስት፣ ሰባ ስምንት። "
    "ወደ ወረዳ 7 ጽ/ቤት ማመልከቻ ሲያስገቡ አብሯቸው ይሄዳል፣ ምዝገባው በነፃ ነው።",
    "Rediet Alemayehu", "rediet.alemayehu@gmail.com", NULL },
  { "ስለ ፈጣን ብድር መተግበሪያዎች ተጠንቀቁ፦ የአጎቴ ልጅ በፋይዳ መታወቂያ ብቻ 5,000 ብር ወሰደ፣ ከሳምንት በኋላ 12,000 ብር ጠየቁት፣ "
    "በስልኩ ያሉትን ሁሉ እናዋርድሃለን ብለው አስፈራሩት። ብድር ከባንክ ወይም ከተመዘገበ የቁጠባና ብድር ማኅበር ብቻ ውሰዱ፣ ለፖሊስ አመልክቱ።",
    "Yared Fikre", "yared.fikre@gmail.com", NULL },
  { "Haadha koo \"ogeessa aadaa\" tokko beeksisa Telegram irratti argitee birrii 8,000 telebirr-iin ergite: jaalala "
    "deebisuu, buda irraa eeguu, 100% wabii, bilbila zeeroo sagal, kudha tokko... Homaa hin jiru, lakkoofsi "
    "cufameera. Kun gowwoomsaa dha, poolisiitti himaa.",
    "Chaltu Bekele", "chaltu.bekele@gmail.com", NULL },
  { "ለ22 ዓመት የመንጃ ማሠልጠኛ ትምህርት ቤት አለኝ። «ያለ ፈተና መንጃ ፈቃድ በ3 ቀን፣ 100% በሲስተም የተመዘገበ» የሚሉት ሁሉ አጭበርባሪ "
    "ደላሎች ናቸው፣ የሚሰጡት ሐሰተኛ ወረቀት ነው፣ ፖሊስ ሲይዛችሁ ክስ ይመሠረትባችኋል። ፈቃድ የሚገኘው በትራንስፖርት ቢሮ ፈተና ብቻ ነው።",
    "Getnet Ayalew", "getnet.driving.school@gmail.com", NULL },
  { "Ene Kotebe akababi 2 kifil bet alegn, le Shola beteseboch be wer 15,000 birr. Mejemeriya metachihu ayachihut, "
    "kewedachihut wul enifermalen, kezaw kiray. Key be zaw ken esetalehu. Silk 0911 38 64 20, ene rasé ezaw "
    "new yemnorew.",
    "Tsion Mekonnen", "tsion.mekonnen@gmail.com", NULL },
  { "የኢትዮጵያ ፖስታ አገልግሎት የመገናኛ ቅርንጫፍ ሠራተኛ ነኝ። በግንባታው ወቅት ቅርንጫፉ ወደ ኮተቤ መንገድ ይዛወራል፣ ጥቅል ለመውሰድ "
    "መታወቂያና የመከታተያ ቁጥር ይዛችሁ ኑ፣ ስልክ 0116 18 52 34። «ጥቅልዎ ተይዟል፣ በቴሌብር ይክፈሉ» የሚል SMS ቢመጣ ማጭበርበር ነው።",
    "Abel Worku", "abel.worku.post@gmail.com", NULL },
  { "Mana barumsaa keenya keessatti maatii gogiinsaan buqqa'aniif meeshaa barumsaa walitti qabaa jirra. Gargaaruu "
    "yoo barbaaddan herrega mana barumsaa Baankii Daldalaa Itoophiyaa 1000312457689 irratti galchaa, tokkoon "
    "tokkoon kennaaf nagahee ni kennina, herregni walga'ii maatii irratti ni dhiyaata.",
    "Gammachuu Fayyisaa", "gammachuu.fayyisaa@gmail.com", NULL },
  /* (and the second session's) */
  { "የሰፈራችን እቁብ በሳምንት 500 ብር ያዋጣል፣ 10 አባላት ነን፣ በ10 ሳምንት ውስጥ ሁሉም ተራውን 5,000 ብር ይወስዳል። ዕጣው እሑድ "
    "ስብሰባ ላይ በግልጽ ይወጣል፤ መግባት የምትፈልጉ ገንዘብ ያዡን በ0911 22 33 44 አግኙ።",
    "Alemitu Desta", "alemitu.desta@gmail.com", NULL },
  { "ባለፈው ወር እናቴን ወደ እንጦጦ ማርያም ጠበል ወሰድናት፣ ለአንድ ሳምንት ቆየን። ለመሄድ ለምትፈልጉ የደብሩ ቢሮ ስልክ 0111 23 45 67 "
    "ነው፣ ማደሪያ በነፃ ነው።",
    "Meseret Haile", "meseret.haile@gmail.com", NULL },
  { "አንድ «ባለ ክታብ» ጠንቋይ አጎቴን 20,000 ብር አጭበረበረው፣ ቁጥሩ ዜሮ ዘጠኝ፣ ሃያ ሁለት፣ ሰላሳ አራት፣ 56 78 ነው። ማጭበርበር ነው፣ "
    "ለፖሊስ አመልክተናል።",
    "Dawit Mengistu", "dawit.mengistu@gmail.com", NULL },
  { "የቴሌብር SMS መጣልኝ፦ «ጥቅልዎ በጉምሩክ ተይዟል፣ ይክፈሉ፦ ethiopost-et.pay-parcel.online» ይሄ ማጭበርበር ነው፣ ፖስታ ቤት "
    "በSMS ክፍያ አይጠይቅም።",
    "Hirut Bekele", "hirut.bekele@gmail.com", NULL },
  { "ከቤቴ ሆኜ በኦንላይን እሠራለሁ፣ ዲዛይን ሥራ ነው፣ በወር 15,000 ብር አገኛለሁ። ፍላጎት ያላችሁ ለመማር ቴሌግራም @tigist_design ላይ "
    "ጠይቁኝ፣ ክፍያ አልጠይቅም።",
    "Tigist Alemu", "tigist.alemu.design@gmail.com", NULL },
  { "Ene Bole akababi 3 kifil condominium kiray alegn, be wer 20,000 birr. Metachihu ayachihut buhala wul "
    "enifermalen. Silk 0912 44 55 66.",
    "Yonas Girma", "yonas.girma@gmail.com", NULL },
};

static const HeldoutRound round53 = {
  "/spam-heldout53", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story53,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round53);

  return g_test_run ();
}
