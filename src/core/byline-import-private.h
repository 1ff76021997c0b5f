/* byline-import-private.h: the line readers shared by the wire-copy importer
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-article.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *lines;             /* (element-type utf8) lines of one paragraph */
  gboolean   after_furniture;   /* page furniture was dropped right above it */
  gboolean   post;              /* an embedded post's text or attribution */
  gboolean   after_skip;        /* right under a post's "Skip twitter post by …" */
} Block;

typedef struct
{
  char      **bylines;
  char       *headline;
  GDateTime  *date;
  char       *time_zone;
  char       *deck;              /* a line under the headline: the standfirst */
  char       *place;             /* "Madrid - 28 nov 2026": the dateline's place */
  guint       consumed_blocks;   /* whole blocks read as the header */
  GPtrArray  *extra;             /* header lines that are neither: body */
  char       *section;           /* a blog post's category */
  char       *byline_line;       /* the byline as printed, when it says more than its names */
  char       *page_credit;       /* the page's credit for the note: "Editor: Dimas Pratama", "Source: GNA" */
} Header;

typedef struct
{
  int    family;        /* -1: no interview; which labels mark the turns */
  char  *interviewer;   /* "JD": turns marked by initials, the questions' */
} Interview;

/* byline-import-header.c */
void      _byline_import_read_header            (GPtrArray   *blocks,
                                                 GTimeZone   *default_zone,
                                                 Header      *h);
void      _byline_import_header_clear           (Header      *h);

/* byline-import-clock.c */
gboolean  _byline_import_is_weekday_word        (const char  *word);
void      _byline_import_weekday_order          (const char  *line,
                                                 int          year,
                                                 int         *month,
                                                 int         *day);

/* byline-import-date.c */
gboolean  _byline_import_is_date_word           (const char  *word);
gboolean  _byline_import_is_clock_time          (const char  *line);
gboolean  _byline_import_parse_dateline_date    (const char  *text,
                                                 GTimeZone   *default_zone,
                                                 GDateTime  **date,
                                                 char       **time_zone);
int       _byline_import_implied_year           (GTimeZone   *zone,
                                                 int          month,
                                                 int          day);

/* byline-import-clock.c */
gboolean  _byline_import_is_date_filler         (const char  *lower);
char     *_byline_import_rewrite_clock          (const char  *line);
void      _byline_import_join_spaced_hour       (char        *ascii);
gboolean  _byline_import_add_clock_time         (GDateTime  **date,
                                                 char       **time_zone,
                                                 const char  *line,
                                                 GTimeZone   *default_zone);

/* byline-import-zones.c */
char     *_byline_import_parse_zone             (const char  *word);
char     *_byline_import_rewrite_zone_names     (const char  *line);

/* byline-import-dateforms.c */
char     *_byline_import_rewrite_date_forms     (const char  *line);
char     *_byline_import_caseless_dateline_head (const char  *line,
                                                 gsize        length,
                                                 GTimeZone   *default_zone);
gboolean  _byline_import_is_timed_entry         (const char  *line,
                                                 GTimeZone   *default_zone);
char     *_byline_import_portal_stamp           (const char  *line,
                                                 GTimeZone   *zone);

/* byline-import-dateline.c */
gboolean  _byline_import_has_cased_letter       (const char  *text);
gboolean  _byline_import_split_dateline         (const char  *line,
                                                 GTimeZone   *default_zone,
                                                 char       **place,
                                                 char       **rest,
                                                 GDateTime  **date,
                                                 char       **time_zone,
                                                 char       **agency);

char     *_byline_import_lone_dateline          (const char  *para);

/* byline-import-ledehead.c */
gboolean  _byline_import_take_lede_date         (char       **rest,
                                                 GTimeZone   *default_zone,
                                                 GDateTime  **date,
                                                 char       **time_zone);
gboolean  _byline_import_is_initials            (const char  *text);
gboolean  _byline_import_opens_with_dateline    (const char  *line);
gboolean  _byline_import_opens_shouted_dateline (const char *line);
gboolean  _byline_import_split_lede_colon       (const char  *lede,
                                                 GPtrArray   *blocks,
                                                 guint        next,
                                                 char       **place,
                                                 char       **rest);

/* byline-import-furniture.c */
gboolean  _byline_import_is_navigation          (const char * const *lines,
                                                 guint               n,
                                                 GTimeZone          *default_zone,
                                                 gboolean            headline_next);
char    **_byline_import_parse_signature        (const char * const *lines,
                                                 guint               n,
                                                 const char         *story,
                                                 GTimeZone          *default_zone,
                                                 gboolean           *is_time_line,
                                                 char              **place);
char    **_byline_import_split_date_line        (const char         *line);
gboolean  _byline_import_credit_part            (const char         *part,
                                                 char              **agency);
char     *_byline_import_date_line_place        (const char         *line,
                                                 GTimeZone          *default_zone);
gboolean  _byline_import_is_header_date         (const char         *line,
                                                 GTimeZone          *default_zone);
char     *_byline_import_unglue_date_line       (const char         *line);

/* byline-import-blocks.c: @dropped's value for a line that was a post's
 * "Skip twitter post by …" (TRUE for other furniture) */
#define BYLINE_IMPORT_DROPPED_SKIP 2

/* byline-import-blocks.c */
GPtrArray *_byline_import_split_lines           (const char     *text);
GPtrArray *_byline_import_make_blocks           (GPtrArray      *lines,
                                                 const gboolean *dropped);

/* byline-import-bylabels.c */
typedef struct
{
  const char *prefix;        /* "by ", "von " (lower case) */
  const char *conjunction;   /* " and " of its language, or NULL */
  gboolean    full_names;    /* each name after it a full name ("Di Maio resigns") */
} BylinePrefix;

const BylinePrefix *_byline_import_byline_prefixes (guint *n);

/* byline-import-headline.c */
char     *_byline_import_without_site_name      (const char *headline);
char     *_byline_import_take_kicker            (GPtrArray  *candidates,
                                                 const char *next);

/* byline-import-boilerplate.c */
gboolean  _byline_import_is_boilerplate         (const char *line);
gboolean  _byline_import_is_captcha             (const char *line);
gboolean  _byline_import_is_copyright           (const char *line);

/* byline-import-formtail.c */
void      _byline_import_drop_form_tail         (GPtrArray  *lines,
                                                 gboolean   *dropped);

/* byline-import-lines.c */
guint     _byline_import_count_words            (const char *text);
gboolean  _byline_import_ends_with_punctuation  (const char *line);
gboolean  _byline_import_has_letter             (const char *line);
const char *_byline_import_skip_spaces          (const char *p);
gboolean  _byline_import_read_number            (const char **p,
                                                 gboolean     words_too);
gboolean  _byline_import_is_stock_phrase        (const char *lower);
char     *_byline_import_lower                  (const char *line);
gboolean  _byline_import_opens_with_any        (const char         *lower,
                                               const char * const *openings);
void      _byline_import_space_out_lines        (GPtrArray  *lines);
void      _byline_import_split_head_deck        (GPtrArray  *lines);
gboolean  _byline_import_is_section_list        (const char * const *lines,
                                                 guint               n);

/* byline-import-pagetop.c */
void      _byline_import_cut_page_top           (GPtrArray  *lines,
                                                 GString    *note);
char    **_byline_import_split_attached_and     (char      **names);
gboolean  _byline_import_is_links_head          (const char *line);
gboolean  _byline_import_is_post_category       (const char *lower);
gboolean  _byline_import_is_photo_credit        (const char *line);
gboolean  _byline_import_ends_with_photo_credit (const char *line);
gboolean  _byline_import_is_credit_line         (const char *line);
gboolean  _byline_import_has_figure             (const char *line);
gboolean  _byline_import_is_update_line         (const char *line);
const char *_byline_import_skip_update_words    (const char *line);
gboolean  _byline_import_is_update_time         (const char *line);
gboolean  _byline_import_is_relative_time       (const char *line);
gboolean  _byline_import_is_edge_space          (gunichar    c);
char     *_byline_import_plain_spaces           (const char *line);

/* byline-import-boxes.c */
gboolean  _byline_import_is_box_block           (Block      *block);
void      _byline_import_read_header_past_boxes (GPtrArray  *blocks,
                                                 GTimeZone  *default_zone,
                                                 Header     *h);
void      _byline_import_drop_pull_quotes       (GPtrArray  *blocks,
                                                 guint       first);
/* byline-import-captions.c */
guint     _byline_import_caption_blocks         (GPtrArray  *blocks,
                                                 guint       i);

/* byline-import-media.c */
void      _byline_import_drop_media             (GPtrArray  *lines,
                                                 gboolean   *dropped);
gboolean  _byline_import_ends_with_own_credit   (const char *line);
gboolean  _byline_import_opens_with_own_credit  (const char *text);

/* byline-import-inserts.c */
gboolean *_byline_import_drop_inserts           (GPtrArray  *lines);
gboolean  _byline_import_heads_story_part       (GPtrArray  *lines,
                                                 guint       i);
gboolean  _byline_import_contains_any           (const char         *lower,
                                                 const char * const *words);
char     *_byline_import_lower_plain            (const char         *line);

/* byline-import-cjk.c */
gboolean  _byline_import_split_cjk_dateline     (const char  *line,
                                                 GTimeZone   *default_zone,
                                                 char       **place,
                                                 char       **rest,
                                                 GDateTime  **date,
                                                 char       **time_zone,
                                                 char      ***writers);

/* byline-import-consent.c */
guint     _byline_import_consent_box            (GPtrArray  *lines,
                                                 guint       i,
                                                 const char *lower_first);

/* byline-import-embeds.c */
guint     _byline_import_embed_furniture        (GPtrArray  *lines,
                                                 guint       i,
                                                 const char *lower);
guint     _byline_import_post_attribution       (const char *line);
gboolean  _byline_import_is_skip_line           (const char *lower);
void      _byline_import_mark_posts             (GPtrArray  *blocks,
                                                 guint       first);
guint     _byline_import_append_post            (GString    *body,
                                                 GPtrArray  *blocks,
                                                 guint       i);

/* byline-import-interview.c */
void      _byline_import_find_interview         (GPtrArray          *blocks,
                                                 guint               first,
                                                 Interview          *iv);
void      _byline_import_interview_clear        (Interview          *iv);
gboolean  _byline_import_is_labelled_turn       (const char         *line);
gboolean  _byline_import_opens_transcript       (GPtrArray          *blocks,
                                                 guint               i);
gboolean  _byline_import_append_interview       (GString            *body,
                                                 const char * const *lines,
                                                 guint               n,
                                                 const Interview    *iv);

/* byline-import-place.c */
char     *_byline_import_place_line             (const char         *line,
                                                 gboolean            mixed_case_ok);
char     *_byline_import_byline_place           (const char         *line,
                                                 const char         *story);
gboolean  _byline_import_story_mentions         (const char         *story,
                                                 const char         *words);
gboolean  _byline_import_is_outlet_name         (const char         *text);
char     *_byline_import_staff_credit           (const char         *plain);
gboolean  _byline_import_names_site_over        (const char  *plain,
                                                 const Block *next);
gboolean  _byline_import_is_masthead            (const char         *plain,
                                                 gboolean           *agency);
gboolean  _byline_import_has_quote_mark         (const char         *text);

/* byline-import-lists.c */
gboolean  _byline_import_is_list_item           (const char         *line);
guint     _byline_import_list_run               (const char * const *lines,
                                                 guint               n);
void      _byline_import_append_list            (GString            *body,
                                                 const char * const *lines,
                                                 guint               n);
gboolean  _byline_import_append_with_lists      (GString            *body,
                                                 const char * const *lines,
                                                 guint               n);
gboolean  _byline_import_append_table           (GString            *body,
                                                 const char * const *lines,
                                                 guint               n);

/* byline-import.c */
gboolean  _byline_import_is_subheading          (const char         *para);

/* byline-import-casing.c */
void      _byline_import_lower_particles        (char               *name);
char     *_byline_import_sentence_case          (const char         *line,
                                                 const char         *story);
gboolean  _byline_import_is_colon_heading       (const char         *para,
                                                 const char         *next);
char     *_byline_import_heading_text           (const char         *para,
                                                 const char         *story);
guint     _byline_import_colon_headings         (GPtrArray          *blocks,
                                                 guint               first);
gboolean  _byline_import_opens_chapters         (GPtrArray          *blocks,
                                                 guint               at);

/* byline-import-authorbox.c */
void      _byline_import_take_author_boxes      (GPtrArray          *lines,
                                                 GString            *note);
void      _byline_import_take_foot_author       (GPtrArray          *blocks,
                                                 guint               first,
                                                 char             ***bylines,
                                                 GString            *note);
gboolean  _byline_import_opens_with_byline_word (const char         *line);
gboolean  _byline_import_heads_bio_section      (GPtrArray          *lines,
                                                 guint               i);
/* byline-import-aside.c */
gboolean  _byline_import_is_end_mark            (const char         *line);
guint     _byline_import_count_slashed_codes    (const char         *line);
gboolean  _byline_import_is_editors_codes       (const char *lower);
gboolean  _byline_import_is_subscribe_prompt    (const char         *line);
gboolean  _byline_import_is_score_line          (const char         *line);
gboolean  _byline_import_is_star_rating         (const char         *line);
gboolean  _byline_import_is_notice              (const char         *line);
void      _byline_import_take_author_bio        (GPtrArray          *blocks,
                                                 guint               first,
                                                 const char * const *bylines,
                                                 GString            *note);
void      _byline_import_read_tail              (GPtrArray          *blocks,
                                                 guint               first,
                                                 GTimeZone          *default_zone,
                                                 Header             *h,
                                                 GString            *note);

/* byline-import-footblock.c */
gboolean  _byline_import_take_labelled_foot     (GPtrArray          *blocks,
                                                 guint               first,
                                                 GTimeZone          *default_zone,
                                                 Header             *h,
                                                 GString            *note);
char     *_byline_import_take_mail_header       (GPtrArray          *lines,
                                                 GTimeZone          *default_zone,
                                                 GDateTime         **date,
                                                 char              **time_zone);

void      _byline_import_take_issue_lines       (GPtrArray          *lines,
                                                 const char         *mail_header,
                                                 GString            *note);

/* byline-import-mail.c */
void      _byline_import_take_mail_wrapping     (GPtrArray          *lines,
                                                 GString            *note);
void      _byline_import_take_wire_wrapping     (GPtrArray          *lines,
                                                 GString            *note);

/* byline-import-tools.c */
void      _byline_import_take_tool_wrapping     (GPtrArray          *lines,
                                                 GString            *note);

/* byline-import-apps.c */
void      _byline_import_take_app_wrapping      (GPtrArray          *lines,
                                                 GString            *note);
char     *_byline_import_capitalize_headline    (const char         *headline);
BylineArticle *_byline_import_front_matter_story (const char     *text,
                                                 GTimeZone      *default_zone,
                                                 gboolean       *taken,
                                                 GError        **error);
void      _byline_import_take_page_properties   (char              **text,
                                                 GString            *note);

/* byline-import-chat.c */
typedef struct _BylineImportChat BylineImportChat;

BylineImportChat *_byline_import_take_chat     (GPtrArray          *lines,
                                                 GTimeZone          *default_zone,
                                                 GString            *note);
gboolean  _byline_import_chat_date              (BylineImportChat   *chat,
                                                 const char         *headline,
                                                 GDateTime         **date,
                                                 char              **zone);
const char *_byline_import_chat_writer         (BylineImportChat   *chat);
void      _byline_import_chat_free              (BylineImportChat   *chat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineImportChat, _byline_import_chat_free)

/* byline-import-reader.c */
gboolean  _byline_import_is_host                (const char         *line);
void      _byline_import_take_reader_wrapping   (GPtrArray          *lines,
                                                 GString            *note);

/* byline-import-syndication.c */
void      _byline_import_take_syndication_wrapping (GPtrArray      *lines,
                                                    GTimeZone      *default_zone,
                                                    GString        *note);

/* byline-import-pdf.c */
void      _byline_import_take_pdf_furniture     (GPtrArray          *lines);
char     *_byline_import_take_page_breaks       (const char         *text,
                                                 gsize              *length);
char     *_byline_import_undo_format_marks      (char               *text);

/* byline-import-wrap.c */
guint     _byline_import_wrap_width             (GPtrArray          *blocks,
                                                 guint               first);
guint     _byline_import_unwrap_blocks          (GPtrArray          *blocks,
                                                 guint               first);
void      _byline_import_split_kickers          (GPtrArray          *blocks);
void      _byline_import_split_headings         (GPtrArray          *blocks,
                                                 guint               first);
gboolean  _byline_import_append_quote           (GString            *body,
                                                 Block              *block,
                                                 guint               width);

/* byline-import-months.c */
int       _byline_import_parse_month            (const char *word);
char     *_byline_import_join_month_words       (const char *line);
char     *_byline_import_drop_lunar_hijri       (const char *line);
char     *_byline_import_convert_lunar_hijri    (const char *line);

/* byline-import-names.c */
gboolean  _byline_import_is_agency              (const char *text);
gboolean  _byline_import_is_name                (const char *text);
gboolean  _byline_import_is_job_title           (const char *line);
gboolean  _byline_import_ends_with_role         (const char *line);
gboolean  _byline_import_is_full_name           (const char *text);
char     *_byline_import_unshout                (const char *name);
char     *_byline_import_byline_text            (const char *line);
gboolean  _byline_import_is_shouted             (const char *text);
char    **_byline_import_more_writers           (const char *line,
                                                 gboolean    alone,
                                                 const char *byline,
                                                 const char *story);
char    **_byline_import_parse_byline           (const char *line);
char    **_byline_import_parse_signed_line      (const char *line,
                                                 gboolean    after_headline);
char    **_byline_import_parse_credit_line      (const char *line);

/* byline-import-writers.c */
void      _byline_import_unshout_surnames       (char      **names);
char    **_byline_import_sign_off_writers       (const char *para);
void      _byline_import_drop_reporter_words    (char      **names);
char     *_byline_import_slashed_role           (const char *line);
gboolean  _byline_import_split_slash            (const char  *line,
                                                 char       **left,
                                                 char       **right);
gboolean  _byline_import_is_writer_role         (const char *line);
gboolean  _byline_import_names_no_one           (const char *text);
char    **_byline_import_uncased_byline         (const char *line,
                                                 char      **place);
char     *_byline_import_greek_nominative       (const char *names);
char    **_byline_import_unlabelled_names       (const char *line);
void      _byline_import_add_writers            (char     ***bylines,
                                                 char      **names);
char    **_byline_import_split_at               (const char         *text,
                                                 const char * const *separators);
gboolean  _byline_import_take_editor_line       (const char         *line,
                                                 char              **editor_line);
char     *_byline_import_name_with_agency       (const char  *line);
char    **_byline_import_unlabelled_byline      (const char  *line,
                                                 const char  *story,
                                                 char       **place);
gboolean  _byline_import_under_byline           (const char  *line,
                                                 gboolean     headline_read,
                                                 char       **bylines,
                                                 char       **place,
                                                 char       **byline_line);
gboolean  _byline_import_take_reporting_place   (const char         *line,
                                                 char              **place);
char     *_byline_import_signature_leftover     (char * const       *lines,
                                                 const gboolean     *times,
                                                 char * const       *names,
                                                 const char         *place);
char    **_byline_import_name_over_title        (GPtrArray          *candidates,
                                                 char              **byline_line);
char     *_byline_import_byline_leftover        (const char         *line,
                                                 const char * const *names,
                                                 const char         *place);
void      _byline_import_note_byline            (GString            *note,
                                                 const char         *line,
                                                 const char         *page_credit);
void      _byline_import_note_agency            (GString    *note,
                                                 const char *agency);
gboolean  _byline_import_is_sentence_case_title (const char *line);
char     *_byline_import_first_credit           (const char *line);
char    **_byline_import_japanese_byline        (const char *line);
char     *_byline_import_lower_case_byline      (const char *line);

/* byline-import-lines.c */
char         **_byline_import_split_text_lines     (const char   *text);
void           _byline_import_replace_line         (GPtrArray    *lines,
                                                    guint         i,
                                                    char         *text);
void           _byline_import_add_to_note          (GString      *note,
                                                    const char   *text);
gboolean       _byline_import_is_label_in          (const char * const *list,
                                                    const char   *line);

/* byline-import-forms.c */
void           _byline_import_drop_share_x         (GPtrArray    *lines);
char         **_byline_import_take_tags_line       (GPtrArray    *lines);
gboolean  _byline_import_is_label_line          (const char  *line);
gboolean       _byline_import_is_section_name      (const char   *line);
gboolean       _byline_import_is_quoted_form_head  (GPtrArray    *lines,
                                                    guint         i);

/* byline-import-postmeta.c */
gboolean       _byline_import_read_post_meta       (const char   *line,
                                                    GTimeZone    *default_zone,
                                                    Header       *h);
gboolean       _byline_import_is_section_part      (const char   *part,
                                                    Header       *h);

/* byline-import-labels.c */
BylineArticle *_byline_import_labelled_story       (const char  *text,
                                                    GTimeZone   *default_zone);

/* byline-import-markdown.c */
gboolean       _byline_import_is_markdown_document (const char  *text);
BylineArticle *_byline_import_markdown_document    (const char  *text,
                                                    GTimeZone   *default_zone,
                                                    GError     **error);

/* byline-import-months.c (Afghanistan's names of the Solar Hijri months) */
int       _byline_import_parse_afghan_month     (const char  *word);

/* byline-import-dateforms-locales.c */
char     *_byline_import_rewrite_locale_dates   (const char  *line);
char     *_byline_import_khmer_digits_to_ascii  (const char  *text);
gboolean  _byline_import_bikram_sambat_to_gregorian (int     year,
                                                     int     month,
                                                     int     day,
                                                     GDate  *date);

/* byline-import-dateforms-locales2.c: Irish, Maltese, Luxembourgish,
 * Somali and Marathi dates */
char     *_byline_import_rewrite_more_locale_dates (const char *line);

/* byline-import-dateline-locales.c */
char     *_byline_import_ethiopic_dateline      (const char  *line);
gboolean  _byline_import_is_caseless_letter     (gunichar     c);
gboolean  _byline_import_split_locale_dateline  (const char  *line,
                                                 GTimeZone   *default_zone,
                                                 char       **place,
                                                 char       **rest,
                                                 GDateTime  **date,
                                                 char       **time_zone,
                                                 char       **agency);

/* byline-import-phrases-locales.c */
gboolean  _byline_import_is_locale_stock_line   (const char  *lower);
gboolean  _byline_import_is_locale_links_head   (const char  *lower);
gboolean  _byline_import_is_locale_link_line    (const char  *lower);

/* byline-import-dateline-locales.c, byline-import-bylabels.c, byline-import-clock.c (round 31) */
char     *_byline_import_pad_lone_dateline      (const char  *line);
gboolean  _byline_import_opens_with_role        (const char  *line);
char     *_byline_import_first_stamp            (const char  *line);

G_END_DECLS
