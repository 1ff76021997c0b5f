/* byline-import-media.c: a page's players, galleries and their labels
 * between a story's paragraphs
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story copied from a news page carries the lines of what was shown
 * in it: a video or audio player's ("Play video", "Watch: Smoke rises
 * over …", "02:14", "Listen to this article · 5 min", "Durée 3:05"), a
 * gallery's ("Bildergalerie", "Foto 3/8", "1 di 12"), an advertising
 * marker and a link to another story in languages the stock lines
 * (byline-import-phrases.c) and the markers (byline-import-inserts.c)
 * do not know ("Annons", "Scroll untuk melanjutkan", "延伸阅读：…").
 * They are dropped here, line by line, each only in its own short shape:
 * a label made of the player's or gallery's words alone, a counter of
 * two figures alone, a duration alone next to a player's label. A
 * sentence that opens "Watch" or "Listen", a paragraph of "1 of 12
 * councillors …", stays. A picture's caption and credit are the
 * story's, kept in italics (byline-import-captions.c); the shapes of a
 * credit at a caption's end in the languages that print it their own
 * way (Japanese "＝共同", Chinese "。照片：…") are read here too.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "byline-import-private.h"

/* A player's button or label, the whole line */
static const char * const player_labels[] = {
  "play video", "watch video", "watch the video", "play audio", "listen to this article", "listen to this story",
  "listen to article", "listen to the article", "video", "audio", "watch", "listen", "watch now", "play now",
  "video abspielen", "video ansehen", "artikel anhören", "anhören", "audio abspielen", "artikel vorlesen lassen",
  "lire la vidéo", "regarder la vidéo", "écouter l'article", "écouter l’article", "écouter cet article", "vidéo",
  "reproducir video", "reproducir vídeo", "ver video", "ver vídeo", "escuchar artículo", "escuchar este artículo",
  "escuchar la noticia", "reproduzir vídeo", "assista ao vídeo", "assistir ao vídeo", "ouça esta reportagem",
  "ouvir reportagem", "ouça a reportagem", "ouvir notícia", "ouça a notícia", "ouvir matéria", "ouvir", "vídeo",
  "guarda il video", "riproduci video", "ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo",
  "bekijk de video", "bekijk video", "video afspelen", "luister naar dit artikel", "luister naar artikel",
  "odtwórz wideo", "zobacz wideo", "wideo", "posłuchaj artykułu", "odsłuchaj artykuł", "posłuchaj",
  "смотрите видео", "смотреть видео", "воспроизвести видео", "видео", "слушать статью", "прослушать статью",
  "videoyu izle", "videoyu oynat", "haberi dinle", "izle", "dinle",
  "lyssna på artikeln", "lyssna", "spela upp video", "se videon", "spela upp",
  "動画を再生", "動画", "音声で聞く", "播放视频", "视频", "播放視頻", "視頻", "听新闻", "收听",
  "동영상 보기", "영상 보기", "기사 듣기", "동영상",
  "شاهد الفيديو", "تشغيل الفيديو", "فيديو", "استمع إلى المقال", "استمع للمقال",
  "پخش ویدیو", "مشاهده ویدیو", "ویدیو", "ویدئو", "شنیدن خبر",
  "putar video", "tonton video", "dengarkan artikel", "xem video", "nghe bài viết", "click to play video",
  "click to play", "tap to play", "дивіться відео", "дивитися відео", "відео", "слухати статтю", "παρακολουθήστε",
  "βίντεο", "סרטון", "צפו בסרטון", "वीडियो देखें", "वीडियो", "ดูวิดีโอ", "katso video", "se video", "spill av",
  NULL
};

/* A gallery's head, the whole line */
static const char * const gallery_heads[] = {
  "gallery", "photo gallery", "photos", "see all photos", "view all photos", "view gallery", "open gallery", "bildergalerie", "fotogalerie",
  "galerie", "galerie photos", "voir les photos", "ver galería", "galería de fotos", "fotogalería", "ver fotos",
  "veja fotos", "veja as fotos", "galeria de fotos", "fotogaleria", "galleria fotografica", "fotogallery",
  "guarda la gallery", "sfoglia la gallery", "fotoserie", "bekijk de foto's", "fotoalbum", "zobacz galerię",
  "galeria zdjęć", "zobacz zdjęcia", "фотогалерея", "галерея", "смотрите фото", "گالری تصاویر", "گالری عکس",
  "گالری", "معرض الصور", "الصور", "galeri", "foto galeri", "fotoğraf galerisi", "bildspel", "se bilderna",
  "图集", "组图", "圖集", "写真特集", "写真", "포토", "사진 보기", "galeri foto", "lihat foto", "slideshow",
  "view slideshow", "diaporama", "voir le diaporama", "bildstrecke", "fotostrecke", "zur bildergalerie", "galerij",
  "presentación", "galeria", "фотогалерея", "фоторепортаж", "xem ảnh", "bộ ảnh", "φωτογραφίες", "גלריה",
  NULL
};

/* The word over a gallery's counter ("Foto 3/8", "Zdjęcie 3/8") */
static const char * const counter_words[] = {
  "photo", "foto", "image", "picture", "slide", "bild", "imagen", "immagine", "afbeelding", "zdjęcie",
  "фото", "снимок", "fotoğraf", "görsel", "صورة", "تصویر", "عکس", "사진", "写真", "图", "图集", "圖",
  NULL
};

/* Between a counter's figures: "3 of 8", "3 de 8", "1 di 12", "1 из 12" */
static const char * const counter_joins[] = {
  "/", "of", "de", "di", "von", "van", "z", "из", "sur", "av", "af", "od", "från", "/", NULL
};

/* A duration's label: "Duration 3:05", "Durée 3:05" */
static const char * const duration_labels[] = {
  "duration", "durée", "duración", "duração", "dauer", "durata", "duur", "czas trwania", "длительность",
  "продолжительность", "süre", "längd", "المدة", "مدت", "時間", "时长", "재생시간", "durasi", NULL
};

/* An advertising marker in the languages the markers' list does not
 * speak, the whole line */
static const char * const ad_lines[] = {
  "annons", "annonse", "reklame", "mainos", "hirdetés", "διαφήμιση", "פרסומת", "โฆษณา", "quảng cáo",
  "scroll untuk melanjutkan", "scroll untuk melanjutkan membaca", "scroll to continue", "scroll to continue reading",
  "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt", "la suite après cette publicité",
  "la suite après la publicité", "continúa después de la publicidad", "continua dopo la pubblicità",
  "continua após a publicidade", "artikel gaat verder onder de advertentie", "статья продолжается ниже",
  "reklamdan sonra devam ediyor", "annonsen fortsätter nedan",
  NULL
};

/* A link to another story: its label, the words before the colon */
static const char * const link_labels[] = {
  "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "相关报道", "あわせて読みたい", "関連ニュース",
  "ilgili haber", "ilgili haberler", "ayrıca okuyun", "bunu da okuyun", "ayrıca bakınız", "ver más", "lee más",
  "lea más", "lee también", "noticia relacionada", "relacionado", "saiba mais", "leia também", "leia mais",
  "leggi anche", "leggi pure", "lees meer", "lees ook", "zobacz też", "zobacz także", "przeczytaj też",
  "przeczytaj także", "czytaj więcej", "читайте", "читать также", "читайте также", "смотрите также", "lesen sie mehr",
  "auch interessant", "mehr dazu", "weitere artikel", "lesen sie auch", "lire également", "à lire", "à voir aussi",
  "voir aussi", "lire aussi", "see more", "more", "관련 기사", "관련기사", "함께 보면 좋은 기사", "اقرأ المزيد",
  "مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "بیشتر بخوانید", "بخوانید", "baca selengkapnya", "lihat juga",
  "baca juga", "läs även", "läs också", "se också", "læs mere", "læs også", "les også",
  NULL
};

/* A label over the story's own title ("Watch: Smoke rises over …",
 * "Vidéo : le premier départ …"), the words before the colon */
static const char * const titled_labels[] = {
  "watch", "video", "vídeo", "vidéo", "ver video", "ver vídeo", "assista", "guarda", "bekijk", "смотрите",
  "видео", "شاهد", "فيديو", "izle", "video haber", "视频", "視頻", "動画", "영상", "동영상", "ویدیو", "ویدئو",
  "listen", "audio", "podcast", "écouter", "escucha", "ouça", "ascolta", "luister", "lyssna", "posłuchaj",
  NULL
};

/* @lower's label, the words before its first colon (":" "：" " :"), and
 * what follows it; FALSE when it has none */
static gboolean
split_label (const char  *lower,
             char       **label,
             const char **rest)
{
  const char *colon = strstr (lower, ":");
  const char *wide = strstr (lower, "：");

  if (wide != NULL && (colon == NULL || wide < colon))
    {
      *rest = wide + strlen ("：");
      colon = wide;
    }
  else if (colon != NULL)
    *rest = colon + 1;
  else
    return FALSE;
  *label = g_strstrip (g_strndup (lower, colon - lower));
  *rest = _byline_import_skip_spaces (*rest);
  return **label != '\0';
}

/* "02:14", "3:05", "1:02:33", "5 min", "5 Min.", "5분", "5分": a length */
static gboolean
is_duration (const char *lower)
{
  static const char * const units[] = {
    "min", "min.", "mins", "minutes", "minuten", "minutos", "minuti", "минут", "мин", "dk", "dakika", "분", "分",
    "分钟", "دقیقه", "دقائق", NULL
  };
  const char *p = lower;
  guint groups = 0;

  while (groups < 3)
    {
      gsize n = strspn (p, "0123456789");

      if (n == 0 || n > 2)
        break;
      p += n;
      groups++;
      if (*p != ':')
        break;
      p++;
    }
  if (groups >= 2 && *p == '\0')
    return TRUE;
  if (groups != 1 || p[-1] == ':')
    return FALSE;
  return g_strv_contains (units, _byline_import_skip_spaces (p));
}

/* "Duration 3:05", "Durée : 3:05", "Listen to this article · 5 min": a
 * label, then a length */
static gboolean
is_labelled_duration (const char *lower)
{
  static const char * const seps[] = { " · ", " • ", " | ", " - ", " – ", ": ", " : ", " ", NULL };

  for (guint i = 0; seps[i] != NULL; i++)
    {
      const char *sep = g_strrstr (lower, seps[i]);
      g_autofree char *label = NULL;

      if (sep == NULL || sep == lower || !is_duration (sep + strlen (seps[i])))
        continue;
      label = g_strstrip (g_strndup (lower, sep - lower));
      while (label[0] != '\0' && strchr (":·|-", label[strlen (label) - 1]) != NULL)
        label[strlen (label) - 1] = '\0';
      g_strstrip (label);
      if (g_strv_contains (duration_labels, label) || g_strv_contains (player_labels, label))
        return TRUE;
    }
  return FALSE;
}

/* "Foto 3/8", "Photo 3 of 8", "1 di 12", "1 из 12", "图集 3/8"; a bare
 * "3/8" only when @bare */
static gboolean
is_counter (const char *lower,
            gboolean    bare)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  guint n = g_strv_length (words);
  guint first = 0;
  unsigned a, b;
  int end = -1;

  if (n > 0 && g_strv_contains (counter_words, words[0]))
    first = 1;
  /* ("3/8", with its slash between figures) */
  if (n == first + 1 && sscanf (words[first], "%u/%u%n", &a, &b, &end) == 2 && end == (int) strlen (words[first]))
    return (first == 1 || bare) && a >= 1 && a <= b && b <= 200;
  if (n != first + 3 || !g_strv_contains (counter_joins, words[first + 1]))
    return FALSE;
  if (sscanf (words[first], "%u%n", &a, &end) != 1 || end != (int) strlen (words[first]))
    return FALSE;
  if (sscanf (words[first + 2], "%u%n", &b, &end) != 1 || end != (int) strlen (words[first + 2]))
    return FALSE;
  return a >= 1 && a <= b && b <= 200;
}

/* Whether @lower, a whole line without its final colon or spaces, is
 * sure to be a player's, a gallery's or an advertisement's, or a link
 * to another story */
static gboolean
is_media_label (const char *lower)
{
  g_autofree char *label = NULL;
  const char *rest = NULL;

  if (g_strv_contains (player_labels, lower) || g_strv_contains (gallery_heads, lower) ||
      g_strv_contains (ad_lines, lower) || is_labelled_duration (lower) || is_counter (lower, FALSE))
    return TRUE;
  /* "Bildergalerie (12 Bilder)", "View gallery (8 photos)": with its count */
  {
    const char *open = strstr (lower, " (");

    if (open != NULL && g_str_has_suffix (lower, ")") && g_ascii_isdigit (open[2]))
      {
        g_autofree char *head = g_strndup (lower, open - lower);

        if (g_strv_contains (gallery_heads, head) || g_strv_contains (player_labels, head))
          return TRUE;
      }
  }
  /* "延伸阅读：…", "İlgili Haber: …": a link under its label */
  return split_label (lower, &label, &rest) && rest[0] != '\0' && _byline_import_count_words (rest) <= 25 &&
         g_strv_contains (link_labels, label);
}

/* A player's label over its video's or recording's title ("Watch: Smoke
 * rises over the riverfront", "Vidéo : le premier départ"): short (its
 * caller asks that it is no sentence, with its full stop) */
static gboolean
is_titled_media (const char *lower)
{
  g_autofree char *label = NULL;
  const char *rest = NULL;

  return split_label (lower, &label, &rest) && rest[0] != '\0' && _byline_import_count_words (rest) <= 15 &&
         g_strv_contains (titled_labels, label);
}

/* @line lower-cased, with plain spaces, its final colon, full stop and
 * spaces trimmed ("Listen to this article:"); NULL for a long line */
static char *
media_lower (const char *line)
{
  char *lower;
  gsize len;

  if (line[0] == '\0' || strlen (line) > 300)
    return NULL;
  lower = _byline_import_lower_plain (line);
  /* (Turkish's dotted capital lower-cases as "i" and a combining dot:
   * "İlgili Haber" reads "ilgili haber") */
  if (strstr (lower, "i\xCC\x87") != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (lower, "i\xCC\x87", -1);

      g_free (lower);
      lower = g_strjoinv ("i", parts);
    }
  len = strlen (lower);
  while (len > 0 && strchr (":. ", lower[len - 1]) != NULL)
    lower[--len] = '\0';
  return lower;
}

static guint
next_filled_line (GPtrArray *lines,
                  guint      i)
{
  while (i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] == '\0')
    i++;
  return i;
}

/**
 * _byline_import_drop_media:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 * @dropped: for each line, whether it was blanked; set for those blanked here
 *
 * Blanks a page's player, gallery and advertising lines and links to
 * other stories (see the top of this file), and a length or counter
 * alone ("02:14", "5 min", "3/8") right over or under one of them.
 */
void
_byline_import_drop_media (GPtrArray *lines,
                           gboolean  *dropped)
{
  g_autofree gboolean *media = g_new0 (gboolean, lines->len + 1);
  gboolean story_begun = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = media_lower (line);

      if (line[0] != '\0' && _byline_import_count_words (line) >= 6 && _byline_import_ends_with_punctuation (line))
        story_begun = TRUE;
      if (lower == NULL)
        continue;
      /* (a titled video over the story's lede could be its headline,
       * "Watch: …": only among the story's paragraphs) */
      media[i] = is_media_label (lower) ||
                 (story_begun && !_byline_import_ends_with_punctuation (line) && is_titled_media (lower));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *lower = NULL;
      guint next;

      if (media[i] || line[0] == '\0' || (lower = media_lower (line)) == NULL ||
          (!is_duration (lower) && !is_counter (lower, TRUE)))
        continue;
      /* (a time alone elsewhere is a live page's entry or the story's
       * date: only a player's or a gallery's own) */
      next = next_filled_line (lines, i + 1);
      for (guint j = i; j > 0; j--)
        {
          if (((const char *) g_ptr_array_index (lines, j - 1))[0] != '\0')
            {
              media[i] = media[j - 1];
              break;
            }
        }
      media[i] |= next < lines->len && media[next];
    }
  for (guint i = 0; i < lines->len; i++)
    {
      if (!media[i])
        continue;
      dropped[i] |= TRUE;
      g_free (g_ptr_array_index (lines, i));
      g_ptr_array_index (lines, i) = g_strdup ("");
    }
}

/**
 * _byline_import_opens_with_own_credit:
 *
 * "照片：新华社", "사진=연합뉴스", "Crédito: EFE", "Fot. PAP/…", "Ảnh: Văn
 * Phong", "© AFP": a credit under its label as its language prints it,
 * a name, no sentence; or an agency and its photographer, "EFE/Manuel
 * Bruque"
 */
gboolean
_byline_import_opens_with_own_credit (const char *text)
{
  static const char * const credits[] = {
    "写真", "照片", "图片", "圖片", "摄影", "攝影", "图", "사진", "crédito", "créditos", "fot.", "foto",
    "صورة", "عکس", "تصوير", "фото", "zdjęcie", "fotoğraf", "credit", "ảnh", "©", NULL
  };
  /* (an agency, then its photographer: "EFE/Manuel Bruque", "dpa/Boris
   * Roessler") */
  static const char * const agencies[] = {
    "efe", "reuters", "ap", "afp", "dpa", "epa", "epa-efe", "anadolu", "ansa", "europa press", "pa", "pap",
    "xinhua", "tass", "kyodo", "yonhap", "lusa", "imago", "sipa", "abaca", "picture alliance", "belga", "anp",
    "keystone", "apa", "ctk", "tt", "ntb", "ritzau", "lehtikuva", "bernama", "antara", "pti", "ani", "ians",
    "agência brasil", "notimex", "sputnik", "ria novosti", NULL
  };
  g_autofree char *lower = NULL;
  const char *slash;

  if (strlen (text) > 200 || _byline_import_count_words (text) > 8 || g_utf8_strlen (text, -1) > 60 ||
      g_str_has_suffix (text, ".") || g_str_has_suffix (text, "。"))
    return FALSE;
  lower = g_utf8_strdown (_byline_import_skip_spaces (text), -1);
  if ((slash = strchr (lower, '/')) != NULL && _byline_import_count_words (text) <= 6)
    {
      g_autofree char *agency = g_strndup (lower, slash - lower);
      const char *name = _byline_import_skip_spaces (text) + (slash - lower) + 1;

      if (g_strv_contains (agencies, g_strstrip (agency)) && g_unichar_isupper (g_utf8_get_char (name)))
        return TRUE;
    }
  for (guint i = 0; credits[i] != NULL; i++)
    {
      const char *after = lower + strlen (credits[i]);

      /* (the label, then its mark: "照片：", "사진=", "Crédito: ", "Fot. ";
       * then the name) */
      /* (a space is a mark after "Fot." and "©" only: "Credit card fees
       * rise" is a subheading) */
      if (g_str_has_prefix (lower, credits[i]) && after[0] != '\0' &&
          (g_str_has_prefix (after, "：") || g_str_has_prefix (after, ":") || g_str_has_prefix (after, "=") ||
           g_str_has_prefix (after, "/") || g_str_has_suffix (credits[i], ".") ||
           (g_str_equal (credits[i], "©") && g_str_has_prefix (after, " "))))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_ends_with_own_credit:
 *
 * A caption ending in its credit the way its language prints it:
 * Japanese "…（30日、横浜市）＝共同" or "＝写真：共同", Chinese "…老街。照片：
 * 新华社", Korean "… 있다. 사진=연합뉴스", Spanish "… apertura. Crédito:
 * EFE", Polish "… rano. Fot. PAP/…", Arabic "(صورة: رويترز)", Vietnamese
 * "… khánh thành. Ảnh: Văn Phong", "… lundi matin. © AFP"
 */
gboolean
_byline_import_ends_with_own_credit (const char *line)
{
  const char *mark;
  const char *tail = NULL;

  if (strlen (line) > 400)
    return FALSE;
  /* (Japanese: the agency after "＝", a paragraph's end is "。") */
  if ((mark = g_strrstr (line, "＝")) != NULL && mark != line && g_utf8_strlen (mark, -1) <= 16 &&
      !g_str_has_suffix (line, "。"))
    return TRUE;
  if ((mark = g_strrstr (line, "。")) != NULL && mark[strlen ("。")] != '\0')
    tail = mark + strlen ("。");
  else if (g_str_has_suffix (line, ")") && (mark = strrchr (line, '(')) != NULL && mark != line)
    tail = mark + 1;
  else if ((mark = g_strrstr (line, ". ")) != NULL && mark != line)
    {
      /* ("… rano. Fot. PAP/Łukasz Gągulski": the stop before the
       * credit's own abbreviation) */
      const char *before = g_strrstr_len (line, mark - line, ". ");

      tail = before != NULL && before != line && mark - before <= 6 ? before + 2 : mark + 2;
    }
  return tail != NULL && _byline_import_opens_with_own_credit (tail);
}
