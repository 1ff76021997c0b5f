/* test-spam-heldout35.c: a thirty-fifth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Eskişehir,
 * Turkey (the city raises its subsidised bread from 7.5 to 12 lira and
 * closes 14 of its 96 kiosks): test-spam-heldout35-data.h, which says
 * what each comment is. Many of them in Turkish; others in Indonesian,
 * Polish, Vietnamese, Arabic, French and German.
 *
 * Before the round, under the story and without it: desk 10 of 12
 * caught (a gas bill's cut-off "last warning" at a look-alike site,
 * 0.15, and an app that pays to watch videos with a sponsor's code,
 * 0.15, missed) and 0 of 12 readers flagged; dressed 5 of 12 and 0 of
 * 12, missed: nostalgia under a perfume testers' shop (0.40), a
 * language model's "compelling look" summary ending at a consultancy
 * (0.15), packing work from home by WhatsApp in Turkish (0.45), a
 * "bread support" claimed with a card's number, expiry and CVV (0.15),
 * a lonely widow's private photos in Turkish (0.15), a blood sugar
 * supplement "3 boxes for the price of 1" (0.15) and a bakery
 * franchise's "80,000 TL a month" (0.15).
 *
 * Fixed: a bill's cut-off, a fine and a refund in Turkish, its forms
 * ("ödeyin") and readers' warnings ("sahte", "tıklamayın"), and hosts
 * named "fatura" or "kargo" (byline-spam-filter-notices.c); a card's
 * number and security code asked for to claim money, and "support" paid
 * to one's card, in Turkish too (-bait.c); "özel fotoğraf" and "I am
 * lonely" in Turkish (-bait.c); extra income ("ek gelir", "revenu
 * complémentaire") as a job, and weekly and daily pay and earnings in
 * Turkish (-ruses.c); a sponsor's code ("code parrain GAIN5") with one
 * figure in it (-pitches.c); a model's look at a price rise
 * (-pitches.c); "for the price of 1" and "buy one, get one" as
 * discounts, and a franchise as easy earnings (-offers.c); perfume and
 * testers as a trade spam sells, an outlet as its shop (-ruses.c). New:
 * a remedy said to be natural and harmless for an ailment, with
 * somewhere to buy (byline-spam-filter-deals.c). After, under the story
 * and without it: desk 12 of 12 and 0 of 12; dressed 12 of 12 and 0 of
 * 12. The nearest the line: the franchise (0.53), the USDT arbitrage
 * (0.53), the Vietnamese job (0.55), the gas bill, the followers and
 * the French app (0.57).
 *
 * Not yet: none of this round.
 *
 * Every earlier set's scores compared before and after (5,485 scores of
 * the earlier tests' comments, each under each story they are scored
 * with): two moved, both spam and both up, a blood sugar supplement's
 * and a herbal capsule's ("no side effects"), 0.79 → 0.85 and 0.75 →
 * 0.83; no reader's.
 *
 * Eight readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story; all eight clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout35-data.h"

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Annemin telefonuna \"Doğalgaz faturanız ödenmedi, yarın kesinti var, hemen ödeyin: esgaz-odeme-bilgi.com\" diye mesaj geldi. Sahte, tıklamayın.", "Ayşe Kaya", "ayse.kaya@gmail.com", NULL },
  { "My doctor says the new diabetes drug has no side effects for most people, and the NHS page agrees: https://www.nhs.uk/medicines/", "Mark Hale", "mark.hale@outlook.com", NULL },
  { "L'inscription à la cantine se fait sur l'appli de la mairie, mon code famille est sur la facture.", "Claire Martin", "claire.martin@orange.fr", NULL },
  { "I review perfumes on my blog and the Halk Ekmek queue smells better than most of them.", "Selin Aydın", "selin.aydin@gmail.com", "https://my-perfume-diary.blogspot.com" },
  { "The franchise owners of the bakery chain in my town say they earn barely 20,000 TL a month after rent.", "Burak Şen", "burak.sen@gmail.com", NULL },
  { "Ek gelir için hafta sonları pazarda günlük 500 TL'ye çalışıyorum, iş zor ama ekmek parası çıkıyor.", "Mehmet Ak", "mehmet.ak@gmail.com", NULL },
  { "Three loaves for the price of two at the private bakery on Saturdays, and still dearer than Halk Ekmek.", "Zeynep", "zeynep.esk@gmail.com", NULL },
  { "This raises important questions about the kiosks, and there are valuable lessons in how Ankara handled it.", "Emre Yılmaz", "emre.yilmaz@gmail.com", NULL },
};

static const HeldoutRound round35 = {
  "/spam-heldout35", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story35,
};

/* What each catch says, and what the readers keep off them */
static void
test_heldout35_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story35);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "⚠️ SON UYARI", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_spam), "Vous cherchez", "passes on the author’s own referral code" },
    { HELDOUT_SET (dressed_spam), "Reading this took", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "This article offers", "praise in a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "Büfede çalışan", "offers paid work by the day" },
    { HELDOUT_SET (dressed_spam), "ESKİŞEHİRLİLER", "give bank details to claim money" },
    { HELDOUT_SET (dressed_spam), "Ben de Gültepe", "private photos" },
    { HELDOUT_SET (dressed_spam), "Honestly the price", "sells a remedy said to be natural and harmless" },
    { HELDOUT_SET (dressed_spam), "The chamber is right", "claims easy earnings and sends readers to a site" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "Arkadaşlar dikkat", "give bank details to claim money" },
    { HELDOUT_SET (desk_probes), "Annemin telefonuna", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "My doctor says", "sells a remedy said to be natural and harmless" },
    { HELDOUT_SET (desk_probes), "L'inscription", "passes on the author’s own referral code" },
    { HELDOUT_SET (desk_probes), "I review perfumes", "is named for a trade spam sells" },
    { HELDOUT_SET (desk_probes), "The franchise owners", "claims easy earnings and sends readers to a site" },
    { HELDOUT_SET (desk_probes), "Ek gelir", "offers paid work by the day" },
    { HELDOUT_SET (desk_probes), "This raises", "praise in a language model’s stock phrases" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round35);
  g_test_add_func ("/spam-heldout35/reasons", test_heldout35_reasons);

  return g_test_run ();
}
