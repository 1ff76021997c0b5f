/* byline-spam-filter-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-spam-filter.h"

G_BEGIN_DECLS

#define MAX_TOKEN_CHARS 30

/* A letter, digit or mark of a word, or Persian's zero-width non-joiner.
 * Inline, with ASCII first: the rules ask it of every character of
 * every comment, and no ASCII character but a letter or a digit is
 * any of these in Unicode. */
static inline gboolean
_byline_spam_is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == 0x200C;
}

/* g_utf8_get_char(), inline for an ASCII byte (what most characters of
 * most comments are): it is that byte. */
static inline gunichar
_byline_spam_char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

/* Whether @p starts "http://", "https://" or "www.": the same as
 * g_str_has_prefix() with each, cheaper for a loop that asks it at each
 * character (most are not an "h" or a "w"). */
static inline gboolean
_byline_spam_at_link_start (const char *p)
{
  if (p[0] == 'h')
    return strncmp (p, "http://", 7) == 0 || strncmp (p, "https://", 8) == 0;
  if (p[0] == 'w')
    return strncmp (p, "www.", 4) == 0;
  return FALSE;
}

/* One piece of evidence: how strongly it says spam (0 to 1, combined as
 * a noisy OR) and why, in the editor's words */
typedef struct
{
  double  weight;
  char   *reason;
} Evidence;

void        _byline_spam_add_evidence   (GArray                 *evidence,
                                         double                  weight,
                                         char                   *reason);

char       *_byline_spam_normalize      (const char             *text);
char       *_byline_spam_url_host       (const char             *url);
guint       _byline_spam_scan_links     (const char             *text,
                                         GHashTable             *tokens,
                                         GPtrArray              *hosts);
GHashTable *_byline_spam_sample_sources (const BylineSpamSample *sample);
GHashTable *_byline_spam_sample_tokens  (const BylineSpamSample *sample,
                                         const char             *content);
typedef enum
{
  BYLINE_SPAM_FACT_CONTACT,
  BYLINE_SPAM_FACT_PRIVATE_CONTACT,
  BYLINE_SPAM_FACT_MESSENGER_CONTACT,
  BYLINE_SPAM_FACT_NAMES_ADDRESS,
  BYLINE_SPAM_FACT_TALKS_OF_SPAM,
  BYLINE_SPAM_N_FACTS
} BylineSpamFact;

/* A text's words outside its links, and their characters */
typedef struct
{
  int   words;
  guint chars;
} BylineSpamCounts;

/* byline-spam-filter-index.c */
BylineSpamCounts *_byline_spam_indexed_counts (const char *text);
typedef struct
{
  GPtrArray *hosts;   /* (element-type utf8): the hosts, in order */
  guint      links;
} BylineSpamLinks;

void        _byline_spam_index_text     (const char             *text);
void        _byline_spam_index_also     (const char             *text);
gboolean    _byline_spam_fact           (const char             *text,
                                         BylineSpamFact          fact,
                                         gboolean              (*answer) (const char *text));
const char *_byline_spam_indexed_blanked (const char            *text);
BylineSpamLinks *_byline_spam_indexed_links (const char        *text);
gboolean    _byline_spam_contains_word  (const char             *text,
                                         const char             *word);
gboolean    _byline_spam_contains_string (const char            *text,
                                         const char             *string);
const char *_byline_spam_find            (const char             *text,
                                         const char             *string);
gboolean    _byline_spam_any_word       (const char             *text,
                                         const char * const     *words);
guint       _byline_spam_words_found    (const char             *text,
                                         const char * const     *words);
guint       _byline_spam_strings_found  (const char             *text,
                                         const char * const     *strings);
guint       _byline_spam_terms_found    (const char             *text,
                                         const char * const     *words);
/* byline-spam-filter-features.c, continued */
gboolean    _byline_spam_has_currency_sign (const char             *text);
char       *_byline_spam_window         (const char             *text,
                                         const char             *p,
                                         gsize                   len,
                                         gsize                   radius,
                                         const char            **start);
typedef guint (*BylineSpamFound) (const char         *text,
                                  const char * const *words);
gboolean    _byline_spam_found_near     (const char             *text,
                                         const char * const     *words,
                                         const char * const     *near,
                                         gsize                   radius,
                                         BylineSpamFound         found);
gboolean    _byline_spam_next_bare_host (const char             *text,
                                         const char            **pos,
                                         const char            **start,
                                         const char            **dot,
                                         const char            **end);
gboolean    _byline_spam_any_substring  (const char             *text,
                                         const char * const     *strings);
gboolean    _byline_spam_host_in        (const char             *host,
                                         const char * const     *domains);
char       *_byline_spam_quote_for_reason (const char           *text);

/* byline-spam-filter-shape.c */
void        _byline_spam_shape_evidence (const BylineSpamSample *sample,
                                         const char             *content,
                                         GPtrArray              *hosts,
                                         guint                   outside_links,
                                         GArray                 *evidence);
gboolean    _byline_spam_has_reach      (const BylineSpamSample *sample,
                                         const char             *content,
                                         guint                   outside_links);

/* byline-spam-filter-disguise.c */
char       *_byline_spam_unmask             (const char *normalized);
char       *_byline_spam_decode_entities    (const char *text);
guint       _byline_spam_count_coded_letters (const char *text);
guint       _byline_spam_count_broken_words (const char *text);
guint       _byline_spam_count_keycap_digits (const char *text);
gboolean    _byline_spam_has_styled_letters (const char *text);
guint       _byline_spam_spelt_address      (const char *text);

/* byline-spam-filter-numbers.c */
guint       _byline_spam_number_at          (const char *text,
                                             const char *p,
                                             gboolean   *disguised);
gboolean    _byline_spam_has_spelt_number   (const char *text);
gboolean    _byline_spam_number_after_messenger (const char *text,
                                                 const char *p);
guint       _byline_spam_grouped_number_at  (const char *text,
                                             const char *p);

/* byline-spam-filter-numerals.c */
/* A number's word, as a number is read out, and the digit it stands for */
typedef struct
{
  const char *word;
  char        digit;
} BylineSpamNumberWord;

char        _byline_spam_number_word_at     (const char                 *p,
                                             const BylineSpamNumberWord *words,
                                             gsize                      *w);
gsize       _byline_spam_said_number_at     (const char *p,
                                             char       *digits,
                                             guint       room,
                                             guint      *len);
gboolean    _byline_spam_said_number_starts (const char *text,
                                             const char *p);
gsize       _byline_spam_put_number         (const char *p,
                                             const char *end,
                                             const char *out,
                                             guint       n,
                                             char       *digits,
                                             guint       room,
                                             guint      *len);
void        _byline_spam_read_unit          (const char                 **q,
                                             gsize                        join,
                                             const BylineSpamNumberWord  *units,
                                             char                        *out,
                                             guint                       *n);

/* byline-spam-filter-readout.c */
gsize       _byline_spam_french_number_at   (const char *p,
                                             char       *digits,
                                             guint       room,
                                             guint      *len);
gsize       _byline_spam_wolof_number_at    (const char *p,
                                             char       *digits,
                                             guint       room,
                                             guint      *len);
gsize       _byline_spam_spanish_number_at  (const char *p,
                                             char       *digits,
                                             guint       room,
                                             guint      *len);

/* Whether a number read out in those words may start at @p of @text at
 * all: at a Czech number's first letter ("njdtcpso", "č", "š"), or at a
 * Greek or a Cyrillic letter's first byte after a space or a sign.
 * Inline: asked at each byte of a comment, most are passed over here. */
static inline gboolean
_byline_spam_said_number_may_start (const char *text,
                                    const char *p)
{
  guchar c = *p;

  if (c < 0x80)
    return c != '\0' && strchr ("njdtcpso", c) != NULL;

  return c == 0xC4 || c == 0xC5 ||
    (c >= 0xCE && c <= 0xD2 && (p == text || (guchar) p[-1] < 0x80));
}

/* byline-spam-filter-hosts.c */
gboolean    _byline_spam_host_is_news          (const char *host);
gboolean    _byline_spam_host_is_consumer_body (const char *host);

/* byline-spam-filter-offers.c */
gboolean    _byline_spam_host_is_platform      (const char *host);
gboolean    _byline_spam_has_private_contact   (const char *text);
const char *_byline_spam_next_handle           (const char  *text,
                                                const char **from,
                                                gboolean     dots,
                                                guint       *len,
                                                guint       *marks);
char       *_byline_spam_blank_sources         (const char *text);
void        _byline_spam_offer_evidence        (const char *content,
                                                const char *valid,
                                                GPtrArray  *hosts,
                                                guint       outside_links,
                                                gboolean    shouting,
                                                GArray     *evidence);

/* byline-spam-filter-bait.c */
gboolean    _byline_spam_host_is_shortener     (const char *host);
const char *_byline_spam_bare_link             (const char *p,
                                                const char *text);
void        _byline_spam_bait_evidence         (const BylineSpamSample *sample,
                                                const char             *content,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-lures.c */
gboolean    _byline_spam_host_is_messenger     (const char *host);
gboolean    _byline_spam_host_is_adult         (const char *host);
void        _byline_spam_lure_evidence         (const BylineSpamSample *sample,
                                                const char             *content,
                                                const char             *valid,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-trades.c */
void        _byline_spam_trade_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-reach.c */
gboolean    _byline_spam_praise_elsewhere      (const char *text);
guint       _byline_spam_promotion_elsewhere   (const char *text);
gboolean    _byline_spam_tells_own_part        (const char *text);
char       *_byline_spam_bare_shop             (const char *text);
void        _byline_spam_reach_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                const char             *shop,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-pitches.c */
void        _byline_spam_pitch_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-services.c */
gboolean    _byline_spam_names_address         (const char *text);
gboolean    _byline_spam_has_toll_free         (const char *text);
void        _byline_spam_service_evidence      (const char *content,
                                                guint       outside_links,
                                                GArray     *evidence);

/* byline-spam-filter-fixers.c */
gboolean    _byline_spam_names_payment_app     (const char *text);
void        _byline_spam_fixer_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-agents.c */
void        _byline_spam_agent_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-agencies.c */
void        _byline_spam_agency_evidence       (const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-forms.c */
void        _byline_spam_form_evidence         (const BylineSpamSample *sample,
                                                const char             *content,
                                                const char             *valid,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-ruses.c */
gboolean    _byline_spam_names_public_help     (const char *text);
gboolean    _byline_spam_links_to_gambling_host (const char *text);
void        _byline_spam_ruse_evidence         (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-notices.c */
void        _byline_spam_notice_evidence       (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);
void        _byline_spam_guise_evidence        (const char             *content,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-earnings.c */
gboolean    _byline_spam_offers_home_money     (const char *text);
guint       _byline_spam_vouched_returns       (const char *text);
gboolean    _byline_spam_multiplies_money      (const char *text);
gboolean    _byline_spam_sweetened_interest    (const char *text);

/* byline-spam-filter-wallets.c */
void        _byline_spam_wallet_evidence       (const char *content,
                                                guint       outside_links,
                                                GArray     *evidence);

/* byline-spam-filter-referrals.c */
gboolean    _byline_spam_has_affiliate_query   (const char *text);
gboolean    _byline_spam_has_affiliate_code    (const char *text);
gboolean    _byline_spam_signup_referral       (const char *url);
gboolean    _byline_spam_affiliate_link_is_own_guide (const char *text,
                                                      const char *site);

/* byline-spam-filter-hideouts.c */
gboolean    _byline_spam_has_group_invite      (const char *text);
gboolean    _byline_spam_names_scripts         (const char *text);
gboolean    _byline_spam_talks_of_spam         (const char *text);
void        _byline_spam_hideout_evidence      (const BylineSpamSample *sample,
                                                const char             *content,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-relays.c */
char       *_byline_spam_own_words             (const char *content);
gboolean    _byline_spam_only_passed_on        (const char *content,
                                                const char *own,
                                                const char *string);
gboolean    _byline_spam_sends_to_card_line    (const char *text);
gboolean    _byline_spam_warns_of_fraud        (const char *content);

/* byline-spam-filter-ai.c */
void        _byline_spam_ai_evidence           (const BylineSpamSample *sample,
                                                const char             *content,
                                                const char             *valid,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-echo.c */
void        _byline_spam_echo_evidence         (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-seasonal.c */
void        _byline_spam_seasonal_evidence     (const char *content,
                                                GPtrArray  *hosts,
                                                guint       outside_links,
                                                GArray     *evidence);

/* byline-spam-filter-neighbours.c */
gboolean    _byline_spam_tells_of_lost         (const char *text);
gboolean    _byline_spam_street_group          (const char *text);
gboolean    _byline_spam_community_body        (const char *text);
gboolean    _byline_spam_host_looks_alike      (const char *host);
gboolean    _byline_spam_has_grouped_phone     (const char *text);
typedef enum
{
  BYLINE_SPAM_GUISE_LOOK_ALIKE      = 1 << 0,
  BYLINE_SPAM_GUISE_GOVERNMENT      = 1 << 1,
  BYLINE_SPAM_GUISE_GOVERNMENT_FORM = 1 << 2,
  BYLINE_SPAM_GUISE_CLAIMS_FIRM     = 1 << 3,
  BYLINE_SPAM_GUISE_CLAIMS_LINE     = 1 << 4,
  BYLINE_SPAM_GUISE_EARNINGS        = 1 << 5,
  BYLINE_SPAM_GUISE_RELIEF          = 1 << 6,
  BYLINE_SPAM_GUISE_EARNINGS_OFFER  = 1 << 7,
} BylineSpamGuise;

BylineSpamGuise _byline_spam_neighbour_guises  (const char *content,
                                                GPtrArray  *hosts,
                                                guint       outside_links);

/* byline-spam-filter-locals.c */
gboolean    _byline_spam_host_is_own_name      (const BylineSpamSample *sample,
                                                const char             *host);
gboolean    _byline_spam_site_is_own_business  (const char *content,
                                                const char *site);
char       *_byline_spam_blank_own_name        (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   links);
void        _byline_spam_local_evidence        (const BylineSpamSample *sample,
                                                const char             *content,
                                                GPtrArray              *hosts,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-rackets.c */
void        _byline_spam_racket_evidence       (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-brokers.c */
void        _byline_spam_broker_evidence       (const BylineSpamSample *sample,
                                                const char             *content,
                                                guint                   outside_links,
                                                GArray                 *evidence);

/* byline-spam-filter-patterns.c */
extern const char * const _byline_spam_default_suspect_words[];

gboolean    _byline_spam_host_is_official      (const char *host);
gboolean    _byline_spam_host_is_commercial    (const char *host);
gboolean    _byline_spam_host_is_org           (const char *host);
guint       _byline_spam_name_is_advert        (const char *name);
guint       _byline_spam_name_weak_words       (const char *name);
gboolean    _byline_spam_name_in_host          (const char *name,
                                                const char *host);
gboolean    _byline_spam_is_praise             (const char *text);
guint       _byline_spam_promotion             (const char *text);
gboolean    _byline_spam_has_contact           (const char *text);
gboolean    _byline_spam_has_phone             (const char *text);
guint       _byline_spam_phone_digits_at       (const char *p,
                                                const char *text);
guint       _byline_spam_count_pitch           (const char *text);
guint       _byline_spam_support_line          (const char *text);
guint       _byline_spam_count_capitals        (const char *text,
                                                guint      *letters);
guint       _byline_spam_count_words           (const char *text,
                                                guint      *chars);
gboolean    _byline_spam_has_mixed_script_word (const char *text);

/* byline-spam-filter-messengers.c */
gboolean    _byline_spam_has_messenger_contact (const char *text);
gboolean    _byline_spam_has_wallet_number     (const char *text);
gboolean    _byline_spam_names_wallet          (const char *text);
gboolean    _byline_spam_has_named_number      (const char *text);

/* byline-spam-filter-deals.c */
gboolean    _byline_spam_offers_discount (const char *text);
void        _byline_spam_remedy_evidence (const char *content,
                                          GArray     *evidence);
void        _byline_spam_delivery_evidence (const char *content,
                                            GArray     *evidence);

G_END_DECLS
