/* byline-spam-filter-shape.c: the reasons for what spam looks like on a
 * site that has taught the filter nothing yet
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patterns themselves (which hosts look like shops, which names like
 * adverts, which phrases like praise for any article) are in
 * byline-spam-filter-patterns.c; here they are weighed and put in the
 * editor's words. Since the forty-first round, a parish's, a club's or
 * a charity's name at its own ".org" ("Pastoral da Moradia Santa
 * Luzia" at pastoraldamoradia-santaluzia.org.br) is where readers find
 * it, not a sign of spam.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* How many of the words of normalised @name (three letters or more)
 * are inside @host, and in *@words how many words it has: "Best Water
 * Damage Restoration Austin TX" at austinwaterdamagepros.example has 3
 * of 7, a person's name at her blog one of two at most. */
static guint
name_words_in_host (const char *name,
                    const char *host,
                    guint      *words)
{
  guint found = 0;

  *words = 0;
  for (const char *p = name; *p; )
    {
      const char *q = p;

      while (*q && g_ascii_isalnum (*q))
        q++;
      if (q > p)
        {
          char word[32];
          gsize len = MIN ((gsize) (q - p), sizeof word - 1);

          (*words)++;
          memcpy (word, p, len);
          word[len] = '\0';
          found += len >= 3 && strstr (host, word) != NULL;
          p = q;
        }
      else
        p = g_utf8_next_char (p);
    }

  return found;
}

/* What spam looks like before the filter has learnt anything (see
 * byline-spam-filter-patterns.c): where it sends readers and what the
 * author calls themselves. @outside_links: links to other than official
 * bodies. */
/* The beginnings of HTML's event handler attributes ("onerror",
 * "onmouseover", "onpointerdown"…), not "onward" or "one" */
static const char * const handlers[] = {
  "onerror", "onload", "onunload", "onclick", "ondblclick", "onauxclick", "oncontextmenu", "onmouse", "onpointer",
  "ontouch", "onkey", "onfocus", "onblur", "onchange", "oninput", "onsubmit", "onreset", "onselect", "onwheel",
  "onscroll", "onresize", "ondrag", "ondrop", "oncopy", "oncut", "onpaste", "onanimation", "ontransition",
  "ontoggle", "onbegin", "onend", "onbefore", "onafter", "onpage", "onhashchange", "onmessage", "onplay",
  "onshow", "onstart", "oninvalid", "onsearch", "onpopstate",
  NULL
};

/* Whether @tag (just after its "<") carries an event handler among its
 * attributes before its ">": "<img src=x onerror=…>", "<svg/onload=…>" */
static gboolean
tag_has_handler (const char *tag)
{
  for (const char *p = tag; *p != '\0' && *p != '>' && *p != '<'; p++)
    {
      const char *q;

      if ((*p != ' ' && *p != '/' && *p != '"' && *p != '\'' && *p != '\t' && *p != '\n') ||
          p[1] != 'o' || p[2] != 'n')
        continue;
      for (q = p + 3; g_ascii_islower (*q); q++)
        ;
      while (*q == ' ')
        q++;
      if (*q != '=')
        continue;
      for (guint i = 0; handlers[i] != NULL; i++)
        {
          if (strncmp (p + 1, handlers[i], strlen (handlers[i])) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* What a script written to attack a page does: read the reader's
 * cookies, send the page elsewhere, fetch or run more */
static const char * const script_deeds[] = {
  "document.cookie", "document.location", "window.location", "location.href", "document.write", "alert(",
  "eval(", "fetch(", "atob(", "fromcharcode", "xmlhttprequest", "src=\"http", "src='http", "src=http",
  "src=\"//", "src='//", "src=//",
  NULL
};

/* Whether a script in @text (from its first "<script" to its last end
 * tag) does one of those (once over the text, however many scripts) */
static gboolean
script_attacks (const char *text)
{
  const char *start = strstr (text, "<script");
  const char *end = NULL;

  if (start == NULL)
    return FALSE;
  for (const char *p = strstr (start, "</script"); p != NULL; p = strstr (p + 1, "</script"))
    end = p;
  if (end == NULL)
    return FALSE;
  for (guint i = 0; script_deeds[i] != NULL; i++)
    {
      if (g_strstr_len (start, end - start, script_deeds[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether normalised @text holds markup that would run in a browser, as
 * an attack on the site or its readers does: a script that reads the
 * cookies, moves the page or loads a script from elsewhere, an event
 * handler in a tag, a "javascript:" or HTML "data:" address in an
 * attribute. A reader who writes of "<script> tags" in a story about a
 * hack, quotes a template's <script src="app.js"></script> or pastes a
 * video's <iframe> writes none of them. */
static gboolean
has_attack_markup (const char *text)
{
  static const char * const schemes[] = { "javascript:", "vbscript:", "data:text/html", NULL };
  const char *open;

  if ((open = strchr (text, '<')) == NULL)
    return FALSE;
  if (script_attacks (open))
    return TRUE;
  for (const char *p = open; (p = strchr (p, '<')) != NULL; p++)
    {
      if (g_ascii_isalpha (p[1]) && tag_has_handler (p + 1))
        return TRUE;
    }
  for (guint i = 0; schemes[i] != NULL; i++)
    {
      for (const char *p = strstr (open, schemes[i]); p != NULL; p = strstr (p + 1, schemes[i]))
        {
          const char *q = p;

          /* (in an attribute: href="javascript:…", src=data:text/html…) */
          while (q > text && (q[-1] == '"' || q[-1] == '\'' || q[-1] == ' '))
            q--;
          if (q > text && q[-1] == '=')
            return TRUE;
        }
    }
  return FALSE;
}

void
_byline_spam_shape_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             GPtrArray              *hosts,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  g_autofree char *name = _byline_spam_normalize (sample->author_name);
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  g_autofree char *site = url[0] != '\0' ? _byline_spam_url_host (url) : NULL;
  gboolean has_site = site != NULL && !_byline_spam_host_is_official (site);
  /* (a reader telling of a scam passes on its contact and its shop:
   * what she does not pass on is her own) */
  g_autofree char *own = _byline_spam_own_words (content);
  g_autofree char *shop = _byline_spam_bare_shop (own != NULL ? own : content);
  gboolean own_blog = FALSE;
  gboolean own_name = has_site && _byline_spam_host_is_own_name (sample, site);
  gboolean contact, praise, same_name = own_name, platforms_only = hosts->len > 0;
  guint words, word_chars, kind, pitch, support;

  if (has_attack_markup (content))
    _byline_spam_add_evidence (evidence, 0.6,
                               g_strdup (_("holds code that would run in a reader’s browser, as attacks on a site "
                                           "do")));

  /* An escort's or a webcam's site says more than a shop's: no reader
   * signs with one, and "thanks for writing this" is all it needs */
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);
      g_autofree char *quoted = _byline_spam_quote_for_reason (host);

      /* (a regulator's name may hold its trade's: pharmacyregulation.org;
       * a fraud's link a reader quotes to warn of it is the fraud's) */
      if (_byline_spam_host_is_consumer_body (host) || _byline_spam_only_passed_on (content, own, host))
        continue;
      if (_byline_spam_host_is_adult (host))
        _byline_spam_add_evidence (evidence, 0.55,
                                   /* Translators: %s is a web site's name */
                                   g_strdup_printf (_("links to %s, an adult, escort or webcam site"), quoted));
      else if (_byline_spam_host_is_commercial (host))
        _byline_spam_add_evidence (evidence, 0.4,
                                   /* Translators: %s is a web site's name, as cheap-shoes.example */
                                   g_strdup_printf (_("links to %s, which looks like a shop or an advert"), quoted));
      else
        continue;
      break;
    }

  if (has_site && _byline_spam_host_is_adult (site))
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (site);

      _byline_spam_add_evidence (evidence, 0.55,
                                 /* Translators: %s is a web site's name */
                                 g_strdup_printf (_("the author’s website %s is an adult, escort or webcam site"),
                                                  quoted));
    }
  /* A site named for its author ("Tom Whitaker", tomwhitaker.xyz) is
   * his own, whatever its ending; one named for the business the writer
   * says he runs, word for word, is his shop's, not an advert's */
  else if (has_site && _byline_spam_host_is_commercial (site) && !own_name &&
           !_byline_spam_site_is_own_business (content, site))
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (site);

      _byline_spam_add_evidence (evidence, 0.4,
                                 /* Translators: %s is a web site's name, as cheap-shoes.example */
                                 g_strdup_printf (_("the author’s website %s looks like a shop or an advert"), quoted));
    }

  g_strstrip (name);
  if ((kind = _byline_spam_name_is_advert (name)) > 0)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (sample->author_name);
      g_autofree char *name_host = kind == 2 && strchr (name, ' ') == NULL ? _byline_spam_url_host (name) : NULL;
      double weight = kind == 2 ? 0.55 : 0.45;

      /* A blogger signs with her blog's address, her website the same
       * ("hollinfordhistory.blog"): an address alone, no shop's, says
       * less than one selling something ("rx-pharmacy24.shop"), and her
       * mention of her own site is that same address */
      if (name_host != NULL && !_byline_spam_host_is_commercial (name_host) && !_byline_spam_host_is_adult (name_host))
        {
          weight = 0.35;
          same_name = has_site && g_str_equal (name_host, site);
        }
      _byline_spam_add_evidence (evidence, weight,
                                 /* Translators: %s is the name the commenter gave, as Best VPN Deals */
                                 g_strdup_printf (_("the author’s name “%s” reads like an advert"), quoted));
    }
  else
    {
      for (guint i = 0; i < hosts->len; i++)
        {
          const char *host = g_ptr_array_index (hosts, i);

          if (_byline_spam_name_in_host (name, host))
            {
              g_autofree char *quoted = NULL;

              same_name = TRUE;
              /* (a body's own ".org", under its name, is its address,
               * no shop's: a parish collecting for families) */
              if (_byline_spam_host_is_org (host) && !_byline_spam_host_is_commercial (host) &&
                  !_byline_spam_host_is_adult (host))
                break;
              quoted = _byline_spam_quote_for_reason (sample->author_name);
              _byline_spam_add_evidence (evidence, 0.35,
                                         /* Translators: %s is the name the commenter gave */
                                         g_strdup_printf (_("the author “%s” links to a site of the same name"), quoted));
              break;
            }
        }
    }

  /* A name that is the keywords of the website given with it, as link
   * sellers fill the field a comment's link is written behind: a trade,
   * a city and "best" or "services" (a food bank's volunteers signing
   * with its name sell nothing) */
  if (has_site)
    {
      guint name_words, in_host = name_words_in_host (name, site, &name_words);

      if (name_words >= 4 && in_host >= 2 && (kind == 1 || _byline_spam_host_is_commercial (site)))
        _byline_spam_add_evidence (evidence, 0.3,
                                   g_strdup (_("the author’s name is the keywords of the website given with it")));
    }

  /* Praise that fits any article is what readers say too; it tells only
   * when it comes with somewhere to go and little else. */
  words = _byline_spam_count_words (content, &word_chars);
  /* (a name that is a web address is somewhere to go, as a website is) */
  praise = words <= 40 && (outside_links > 0 || has_site || shop != NULL || kind == 2) &&
    _byline_spam_is_praise (content);
  /* A link alone to where readers link (a petition, a post, a video)
   * is a reader's "Signed." or answer more often than an advert */
  for (guint i = 0; i < hosts->len && platforms_only; i++)
    platforms_only = _byline_spam_host_is_platform (g_ptr_array_index (hosts, i));
  if (outside_links > 0 && words <= 3 && word_chars <= 20)
    _byline_spam_add_evidence (evidence, platforms_only ? 0.3 : 0.6, g_strdup (_("nothing but a link")));
  else if (praise && (outside_links > 0 || shop != NULL))
    _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("praise that would fit any article, with a link")));
  /* Praise with only the author's website is the writer's own when she
   * goes on to say who she is: a club's secretary, a locksmith, a baker
   * whose site names what she sells */
  else if (praise && !_byline_spam_tells_own_part (content))
    _byline_spam_add_evidence (evidence, 0.35,
                               g_strdup (_("praise that would fit any article, from an author with a website")));

  /* Praise that says nothing in particular, signed with the very name
   * of the website in the author field, and that name a trade's
   * ("Garage Door Repair Phoenix" at garagedoorrepair-phoenix.example):
   * a business leaving its address, not a reader with her own blog */
  if (praise && has_site && kind == 0 && _byline_spam_name_weak_words (name) > 0 &&
      _byline_spam_name_in_host (name, site))
    _byline_spam_add_evidence (evidence, 0.3,
                               g_strdup (_("praise signed with the name of the business in the website field")));

  /* Telling readers to go somewhere weighs more than mentioning one's
   * blog; more again with somewhere to go: a link or a website, or, a
   * little less, an address or number in the text (a reader offering
   * the journalist documents leaves one too); a charity's or a national
   * help line's number, which readers pass on, weighs little, and a
   * reader whose dog ran off, or who found one, gives hers and the page
   * of the street's group, for that alone, as does one who adds
   * neighbours to the street's group (byline-spam-filter-neighbours.c);
   * one who sends readers to the number on the back of their own card
   * sends them to no one's (byline-spam-filter-relays.c). */
  kind = _byline_spam_promotion (own != NULL ? own : content);
  contact = _byline_spam_has_contact (own != NULL ? own : content);
  /* ...and a blogger who asks readers to her post, at the blog she
   * signs with, in a comment that says something of its own, asks less
   * than a shop: she sends them to more of what she wrote here */
  if (kind == 2 && has_site && outside_links > 0 && words >= 30 && !_byline_spam_has_phone (content) &&
      !_byline_spam_has_messenger_contact (content) && !_byline_spam_host_is_commercial (site) &&
      !_byline_spam_host_is_adult (site))
    {
      own_blog = TRUE;
      for (guint i = 0; i < hosts->len && own_blog; i++)
        {
          const char *host = g_ptr_array_index (hosts, i);

          own_blog = g_str_equal (host, site) || _byline_spam_host_is_official (host) ||
            _byline_spam_host_is_news (host);
        }
    }
  if (kind == 2)
    _byline_spam_add_evidence (evidence, _byline_spam_sends_to_card_line (content) ? 0.15
                               : _byline_spam_tells_of_lost (content) || _byline_spam_street_group (content) ||
                               own_blog ? 0.3
                               : outside_links > 0 || has_site ? 0.5
                               : _byline_spam_names_public_help (content) ? 0.15 : contact ? 0.45 : 0.35,
                               g_strdup (_("asks readers to visit or contact the author")));
  /* A reader who links to her blog under her own name and says "on my
   * blog" tells one thing twice: that the link is her own. Counted once,
   * by the name; an invitation to visit is more, and still counts.
   * An invite into a club's group is the contact, not the author's own:
   * money to make there is read in byline-spam-filter-hideouts.c. A
   * reader warning of a fraud tells of its link ("оплату по ссылке они
   * не просят… мошенники"), not of her own (byline-spam-filter-
   * relays.c), and gives no messenger to write to, as a "recovery"
   * firm that talks of scams does. */
  else if (kind == 1 && !same_name)
    _byline_spam_add_evidence (evidence,
                               contact && !_byline_spam_has_group_invite (content) &&
                               !_byline_spam_street_group (content) && !_byline_spam_community_body (content) &&
                               (!_byline_spam_warns_of_fraud (content) ||
                                _byline_spam_has_messenger_contact (content)) ? 0.45
                               : 0.3,
                               g_strdup (_("mentions the author’s own site, business or messenger")));

  /* (a residents' association's or a tenants' union's channel, with no
   * money in it, is where neighbours read its news) */
  if (_byline_spam_has_messenger_contact (own != NULL ? own : content))
    _byline_spam_add_evidence (evidence, _byline_spam_community_body (content) ? 0.2 : 0.55,
                               g_strdup (_("gives a WhatsApp, Telegram or similar number to write to")));

  /* Two phrases of the link and marketing trade: written to the site's
   * owner, not to its readers (in the author's own words: a site owner
   * who quotes the offers she gets, "sponsored posts and do-follow
   * links", makes none) */
  if ((pitch = _byline_spam_count_pitch (own != NULL ? own : content)) >= 2)
    _byline_spam_add_evidence (evidence, pitch >= 3 ? 0.6 : 0.5,
                               g_strdup (_("reads like a business offer to the site’s owner")));

  if ((support = _byline_spam_support_line (content)) >= 2)
    _byline_spam_add_evidence (evidence, support >= 3 ? 0.55 : 0.45,
                               g_strdup (_("a phone number given as a help line, as fake support lines do")));

  /* A linguist with nowhere to send anyone quotes the look-alike letter
   * she explains ("'pаypal' with a Cyrillic a") */
  if (_byline_spam_has_mixed_script_word (content))
    _byline_spam_add_evidence (evidence,
                               !_byline_spam_has_reach (sample, content, outside_links) &&
                               _byline_spam_names_scripts (content) ? 0.2 : 0.5,
                               g_strdup (_("words mix Latin letters with Cyrillic or Greek ones")));

  _byline_spam_reach_evidence (sample, content, shop, outside_links, evidence);
}


/* Whether a comment gives readers somewhere to go or a way to write:
 * a link to other than an official body or a newspaper, an address or
 * a number in the text (not a council's), or a website in the author field. Without one, naming a product
 * sells nothing: readers write about payday loans and online pharmacies
 * too. */
gboolean
_byline_spam_has_reach (const BylineSpamSample *sample,
                        const char             *content,
                        guint                   outside_links)
{
  return outside_links > 0 || _byline_spam_has_private_contact (content) ||
    (sample->author_url != NULL && sample->author_url[0] != '\0');
}
