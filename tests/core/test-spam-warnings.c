/* test-spam-warnings.c: a reader's warning of a fraud, and what it
 * passes on
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader who warns of a fraud quotes its message, its link and its
 * number, or tells in her own words who wrote to her and what they
 * asked: none of it is her own invitation. The same message posted as
 * it is, and the adverts and testimonials that talk of fraud to sell,
 * remain spam.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

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

/* A reader who warns that someone else wrote to her, or to her family,
 * on WhatsApp and a number she gives ("a man calling himself Rashid
 * wrote to my mother on WhatsApp +44 …") passes on the number of the
 * one who wrote, not her own; a "warning" that goes on to send readers
 * to someone, or to the author, is still spam */
static void
test_spam_third_party_approach (void)
{
  static const char * const readers[] = {
    "Careful everyone: a man calling himself Rashid wrote to my mother on WhatsApp +44 7700 900123 saying he was "
    "from the council. It is a scam, do not answer him.",
    "Scam warning: scammers texted my dad on WhatsApp +1 415 555 0199 pretending to be his bank. Don't reply to "
    "them.",
    "Fraud alert, the caller rang my gran from Telegram +44 7700 900123 and said she owed council tax. Hang up on "
    "them.",
    "Ojo, es estafa: alguien me escribió por WhatsApp 987 654 321 diciendo que era de la municipalidad. No le den "
    "ningún dato.",
    "Attention arnaque : un homme m'a écrit sur WhatsApp 06 12 34 56 78 en se disant de la mairie. Ne répondez "
    "pas !",
    "Achtung Betrug! Ein Mann schrieb meiner Oma auf WhatsApp +49 151 23456789 und gab sich als Beamter aus. Nicht "
    "antworten.",
    "Attenzione, truffa! Un tizio mi ha scritto su WhatsApp +39 333 123 4567 dicendo di essere del comune. Non "
    "rispondete.",
  };
  static const char * const spam[] = {
    "Beware of scammers! Someone contacted me about the flats, but Agent Mark on WhatsApp +1 555 201 7788 is the "
    "real housing officer, he helped me.",
    "Scam alert: fraudsters are calling people. The real council line is my WhatsApp +44 7700 900999, message me "
    "for a flat.",
    "Beware, scam! Someone sent me a link. Get the real grant from me, WhatsApp +234 803 555 0101.",
  };

  assert_readers_and_spam (readers, G_N_ELEMENTS (readers), spam, G_N_ELEMENTS (spam));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam/quoted-warning", test_spam_quoted_warning);
  g_test_add_func ("/spam/relayed-warning", test_spam_relayed_warning);
  g_test_add_func ("/spam/card-line-advice", test_spam_card_line_advice);
  g_test_add_func ("/spam/quoted-fraud-link", test_spam_quoted_fraud_link);
  g_test_add_func ("/spam/third-party-demand", test_spam_third_party_demand);
  g_test_add_func ("/spam/third-party-approach", test_spam_third_party_approach);

  return g_test_run ();
}
