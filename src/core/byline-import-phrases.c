/* byline-import-phrases.c: the stock lines a web page prints around a
 * story (the comment form, share buttons, links to other stories), in
 * the languages Byline reads
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Whole lines, compared case-insensitively after trimming trailing ':',
 * '*' and spaces */
static const char * const stock_lines[] = {
  /* the comment form */
  "leave a comment", "leave a reply", "leave a comment below", "post a comment", "add a comment",
  "add comment", "write a comment", "join the conversation", "comments", "comment", "reply",
  "log in to reply", "cancel reply", "show comments", "view comments", "load comments",
  /* WordPress's print button */
  "print friendly, pdf & email", "print friendly",
  /* Facebook's comments plugin */
  "add a comment...", "add a comment…", "sort by oldest", "sort by newest", "sort by top", "sort by best",
  "facebook comments plugin",
  /* WordPress's "Cancel reply" in its translations */
  "cancelar respuesta", "annuler la réponse", "antworten abbrechen", "annulla risposta", "cancelar resposta",
  "yanıtı iptal et", "отменить ответ", "batalkan balasan", "لغو پاسخ", "إلغاء الرد", "annuleren",
  "load more comments", "show more comments", "view more comments", "see more comments", "view all comments",
  "show all comments", "see all comments",
  "your email address will not be published", "your email address will not be published.",
  "required fields are marked", "your email address will not be published. required fields are marked",
  "name", "email", "e-mail", "website", "post comment", "submit", "submit comment", "captcha",
  "save my name, email, and website in this browser for the next time i comment.",
  "notify me of follow-up comments by email.", "notify me of new posts by email.",
  /* WordPress.com's and Jetpack's form and buttons; a theme's title with
   * its cancel link on one line; the box about the writer's label */
  "notify me of new comments via email.", "notify me of new posts via email.", "name (required)",
  "email (required)", "email (address never made public)", "enter your comment here...",
  "enter your comment here…", "fill in your details below or click an icon to log in:", "like loading...",
  /* ...in WordPress.com's Spanish, French, German, Portuguese */
  "introduce aquí tu comentario...", "introduce aquí tu comentario…", "nombre (obligatorio)",
  "correo electrónico (obligatorio)", "compartir esto", "relacionado", "me gusta cargando...", "web",
  "saisissez votre commentaire ici...", "nom (obligatoire)", "e-mail (obligatoire)", "partager",
  "gib hier deinen kommentar ein...", "teilen mit:", "gefällt mir wird geladen …", "ähnliche beiträge",
  "insira seu comentário aqui...", "compartilhe isso:", "curtir carregando...",
  "like loading…", "leave a reply cancel reply", "leave a comment cancel reply", "about the author",
  "about the writer", "über den autor", "sobre el autor", "sobre o autor", "à propos de l'auteur",
  "درباره نویسنده", "عن الكاتب", "об авторе", "yazar hakkında", "tentang penulis",
  "\316\264" /* "δ": Akismet's hidden field, lower-cased */,
  /* sharing, navigation, advertising */
  "share this", "share this article", "share this story", "share", "share on facebook",
  "facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "bluesky",
  "share on twitter", "share on x", "share on linkedin", "share on whatsapp", "share via email",
  /* an embedded chart's or map's own lines; a recipe card's buttons */
  "get the data", "created with datawrapper", "a flourish data visualisation", "a flourish chart", "a flourish map",
  "search for your suburb", "search for your postcode", "search for your area", "find your suburb",
  "type a suburb name", "type your postcode", "enter your postcode", "jump to recipe", "print recipe",
  "save recipe", "pin recipe", "rate this recipe", "vote", "view results", "view poll results",
  "copy link", "link copied", "print", "resize", "drucken", "tweet", "follow us", "subscribe", "subscribe now", "sign up", "sign me up",
  "sign up for our newsletter", "related", "related posts", "related articles", "related stories",
  "related news", "more stories", "most read", "most popular", "recommended", "you may also like",
  "you might also like", "read more", "read next", "also read", "read also", "continue reading",
  "like this", "post navigation", "advertisement", "skip advertisement", "sponsored",
  "sponsored content", "story continues below advertisement", "article continues below",
  "save", "save article", "saved", "bookmark", "listen to this article", "gift this article",
  "share full article", "gift article", "share or comment on this article", "democracy dies in darkness",
  "all the news that's fit to print", "read full story", "read the full story", "read full article",
  "écouter cet article", "écouter", "artikel anhören", "escuchar", "escuchar noticia", "ascolta",
  "riproduzione riservata", "© riproduzione riservata", "all rights reserved", "closed",
  /* a press release's head and end marks; a wire story's end */
  "for immediate release", "for release", "###", "# # #", "-30-", "- 30 -", "-ends-", "- ends -", "ends",
  "-end-", "-ende-", "-fin-", "(end)", "(fin)", "(ende)",
  /* a press release's label over it, copied out of its PDF; a
   * transcript's end */
  "press release", "news release", "media release", "communiqué de presse", "pressemitteilung",
  "nota de prensa", "comunicado de prensa", "comunicado de imprensa", "comunicato stampa", "пресс-релиз",
  "اطلاعیه مطبوعاتی", "بيان صحفي", "[end of transcript]", "end of transcript", "persbericht",
  "komunikat prasowy", "basın bülteni", "siaran pers", "δελτίο τύπου", "הודעה לעיתונות", "प्रेस विज्ञप्ति",
  "प्रेस रिलीज़", "ข่าวประชาสัมพันธ์", "プレスリリース", "ニュースリリース", "報道関係者各位", "보도자료", "新闻稿",
  "taarifa kwa vyombo vya habari", "taarifa kwa umma", "پریس ریلیز",
  /* "For immediate release" in the sender's language */
  "zur sofortigen veröffentlichung", "pour diffusion immédiate", "para publicación inmediata",
  "para divulgação imediata", "per la diffusione immediata", "voor onmiddellijke publicatie",
  "do natychmiastowej publikacji", "untuk disiarkan segera", "للنشر الفوري", "برای انتشار فوری",
  "kwa kutolewa mara moja", "即時発表", "即时发布", "즉시 배포용", "तत्काल प्रकाशन हेतु",
  /* a word processor's paragraph style, copied with the text as a line */
  "heading 1", "heading 2", "heading 3", "heading 4",
  /* a newsletter's, pasted from the mail program; a blog's buttons */
  "view this email in your browser", "view in browser", "view online", "view this email online",
  "ver en el navegador", "ver en navegador", "voir dans le navigateur", "im browser ansehen", "ver no navegador",
  "forward this email to a friend", "forward to a friend", "unsubscribe", "update your preferences",
  "unsubscribe | update your preferences", "manage your subscription", "manage preferences",
  "manage your preferences", "update preferences", "email preferences", "like", "restack", "subscribe for free",
  "compartilhe", "compartilhar", "condividi", "delen", "dela", "udostępnij", "bagikan", "chia sẻ",
  "member-only story", "follow", "+ follow", "listen", "clap", "highlight", "respond", "responses",
  /* Japanese, Chinese */
  "この記事をシェアする", "シェアする", "【纠错】", "纠错", "分享到：", "分享到",
  /* a live page's badge */
  "live", "live updates", "live coverage", "as it happened",
  /* a media player's and a gallery's labels */
  "video player loading", "loading", "loading…", "loading...", "play video", "watch video", "play",
  "skip to main content", "skip to content", "skip to navigation", "sign in", "log in", "print subscriptions",
  "search jobs", "reuse this content", "most viewed",
  "email this story", "email this article", "email this page", "print this page", "print this article",
  "print this story", "share this page", "click here to subscribe", "click here to sign up",
  "media playback is unsupported on your device", "this video can not be played", "view gallery",
  "open gallery", "enlarge", "expand", "toggle caption", "hide caption",
  "comments are closed", "commenting is closed", "comments closed",
  "related topics", "more on this story", "top stories", "key events", "show key events only",
  "related coverage", "recommended for you", "editor's picks", "editors' picks", "don't miss", "up next",
  "what to read next", "read these next", "trending", "trending now", "listen to article",
  "open in app", "join the discussion", "privacy policy", "terms of use", "terms of service", "contact us",
  "terms and privacy policy", "privacy dashboard", "cookie policy", "cookie settings", "manage cookies",
  "about us", "show more", "load more", "loading comments...", "loading comments…", "report an error",
  "send us your feedback", "read the full article", "all rights reserved.", "sponsored stories", "newsletter",
  "newsletters", "featured",
  "save articles to read later and create your own reading list.",
  /* German, French, Spanish */
  "artikel teilen", "teilen", "anzeige", "werbung", "mehr zum thema", "kommentieren", "kommentare",
  "artikel verschenken", "zur startseite", "partager", "partager l'article", "offrir cet article",
  "article réservé aux abonnés", "publicité", "lire aussi", "lire plus tard", "sur le même sujet",
  "commentaires", "laisser un commentaire", "laisser une réponse", "votre adresse e-mail ne sera pas publiée.",
  "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée.",
  "les champs obligatoires sont indiqués avec", "nom", "e-mail", "site web", "commentaire",
  "votre adresse e-mail ne sera pas publiée. les champs obligatoires sont indiqués avec",
  "votre adresse de messagerie ne sera pas publiée. les champs obligatoires sont indiqués avec",
  "copier le lien", "lien copié", "partager sur facebook", "partager sur x", "partager sur twitter",
  "partager sur linkedin", "partager sur whatsapp", "partager par e-mail", "partager par email", "réagir", "réagir à cet article", "vous devez être connecté pour commenter.",
  "vous devez être connecté pour commenter", "vous devez être connecté pour publier un commentaire.",
  "s'inscrire", "je m'abonne", "abonnez-vous", "se connecter",
  "tu dirección de correo electrónico no será publicada. los campos obligatorios están marcados con",
  "ihre e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit markiert",
  "envoyer le commentaire", "annuler la réponse", "cancelar la respuesta", "antworten abbrechen", "publier le commentaire", "envoyer", "répondre",
  "deja un comentario", "deja una respuesta", "dejar un comentario", "nombre", "correo electrónico",
  "correo", "sitio web", "comentario", "publicar el comentario", "publicar comentario", "enviar",
  "responder", "tu dirección de correo electrónico no será publicada.",
  "tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados con",
  "kommentar schreiben", "kommentar verfassen", "schreibe einen kommentar", "hinterlasse einen kommentar",
  "kommentar", "kommentar abschicken", "kommentar absenden", "abschicken", "absenden", "antworten",
  "ihre e-mail-adresse wird nicht veröffentlicht.", "ihre e-mail-adresse wird nicht veröffentlicht",
  "deine e-mail-adresse wird nicht veröffentlicht.", "erforderliche felder sind mit markiert",
  "compartir", "compartir en whatsapp", "compartir en facebook", "compartir en twitter",
  "compartir en x", "compartir en linkedin", "copiar enlace", "más información", "publicidad",
  "comentarios", "lee también", "mirá también", "mira también", "te puede interesar", "seguí leyendo",
  "sigue leyendo", "ver más", "weiterlesen", "lire la suite", "continuer la lecture", "seguir leyendo",
  "continuar leyendo", "continua a leggere", "continuar lendo", "続きを読む",
  /* Dutch, Turkish, Polish, Swedish */
  "deel artikel", "deel dit artikel", "delen", "lees ook", "paylaş", "haberi paylaş", "ilgili haberler",
  "udostępnij", "czytaj także", "czytaj też", "dela", "dela artikeln", "läs också",
  /* Persian */
  "دیدگاه خود را بنویسید", "دیدگاهتان را بنویسید", "ارسال دیدگاه", "ارسال نظر", "نظرات", "دیدگاه",
  "دیدگاه‌ها", "پاسخ", "پاسخ دهید", "لغو پاسخ", "پاسخی بگذارید", "پاسخ دادن", "دیدگاهی بنویسید", "اشتراک‌گذاری", "اشتراک گذاری", "مطالب مرتبط",
  "اخبار مرتبط", "نام", "ایمیل", "نام و نام خانوادگی", "وب‌سایت", "وب سایت", "متن دیدگاه", "ثبت دیدگاه",
  "ارسال", "نظر شما", "نظر خود را بنویسید", "ثبت نظر", "نشانی ایمیل شما منتشر نخواهد شد.", "نشانی ایمیل شما منتشر نخواهد شد",
  "بخش‌های موردنیاز علامت‌گذاری شده‌اند", "ایمیل شما منتشر نخواهد شد.", "کد امنیتی", "کد امنیتی را وارد کنید", "تبلیغات", "انتهای پیام", "برچسب‌ها",
  /* Hebrew, Hindi, Greek, Korean, Japanese, Chinese, Polish, Dutch, Italian */
  "השאירו תגובה", "הוסיפו תגובה", "כתבו תגובה", "הוספת תגובה", "תגובות", "שתפו", "אפשר לשתף",
  "अपनी टिप्पणी लिखें", "टिप्पणी लिखें", "टिप्पणी करें", "टिप्पणियाँ", "अपनी राय दें", "कमेंट करें", "शेयर करें",
  "αφήστε ένα σχόλιο", "αφήστε μια απάντηση", "σχόλια", "κοινοποίηση", "댓글 쓰기", "댓글", "공유하기",
  "コメントする", "コメント", "发表评论", "评论", "dodaj komentarz", "laat een reactie achter", "reageer",
  /* Bulgarian, Croatian, Lithuanian, Norwegian, Swedish, Danish, Finnish,
   * Hungarian, Romanian, Slovak, Estonian, Catalan */
  "напишете коментар", "оставете коментар", "napišite komentar", "ostavite komentar", "parašykite komentarą",
  "rašyti komentarą", "skriv en kommentar", "legg igjen en kommentar", "lämna en kommentar", "skriv kommentar",
  "jätä kommentti", "kirjoita kommentti", "írjon hozzászólást", "szóljon hozzá", "lasă un comentariu",
  "scrie un comentariu", "napíšte komentár", "lisa kommentaar", "kirjuta kommentaar", "escriu un comentari",
  "lascia un commento", "commenti", "แสดงความคิดเห็น", "ความคิดเห็น", "แชร์", "acha maoni", "maoni",
  /* Urdu */
  "اپنا تبصرہ بھیجیں", "اپنا تبصرہ لکھیں", "تبصرہ کریں", "تبصرہ بھیجیں", "تبصرے", "تبصرہ", "جواب دیں",
  "جواب منسوخ کریں", "شیئر کریں", "مزید پڑھیں", "یہ بھی پڑھیں", "متعلقہ خبریں",
  /* Arabic */
  "شارك", "مشاركة", "شارك الخبر", "اقرأ أيضا", "اقرأ أيضاً", "إعلان", "التعليقات", "أضف تعليق",
  "أخبار ذات صلة", "مواضيع ذات صلة", "اترك تعليقاً", "اترك تعليقا", "اترك تعليق", "أضف تعليقاً",
  "اترك رداً", "اترك ردا", "شاركنا رأيك", "شارك برأيك", "أضف تعليقك", "اكتب تعليقك", "الاسم", "البريد الإلكتروني", "الموقع الإلكتروني", "التعليق", "تعليق",
  "إرسال التعليق", "إلغاء الرد", "أرسل التعليق", "إرسال", "رد", "لن يتم نشر عنوان بريدك الإلكتروني.",
  "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها بـ",
  /* Russian */
  "оставить комментарий", "добавить комментарий", "комментарии", "комментарий", "ответить",
  "поделиться", "читайте также", "похожие новости", "отправить", "реклама",
  "ваш адрес email не будет опубликован.", "обязательные поля помечены",
  /* an advertisement's label and the share buttons, in the other
   * languages of a page's furniture (a select-all copy has them) */
  "pubblicità", "publicidade", "advertentie", "reklama", "reklam", "広告", "광고", "广告", "partilhar",
  "공유하기", "微信", "微博", "विज्ञापन", "comentários", "reacties", "komentarze", "yorumlar",
  "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "فیسبوک", "توییتر", "واتساپ",
  "تلگرام", "ایتا", "بله", "روبیکا", "فیس بک", "ٹوئٹر", "واٹس ایپ", "вконтакте", "одноклассники", "iklan",
  "اشتہار", "إعلان", "اشتراک در:", "اشتراک در", "اشتراک‌گذاری:", "شیئر کریں:", "شارك:", "شارك الخبر:",
  /* the writer's picture's alternative text */
  "nieuwsbrief", "inschrijven", "newsletter abonnieren", "s'inscrire à la newsletter",
  "author avatar", "author image", "author photo", "author picture", "avatar",
  /* Ukrainian */
  "поділитися", "коментарі", "залишити коментар", "читайте також", "реклама",
  /* Czech, Romanian, Filipino, Indonesian */
  "diskuse", "diskuze", "sdílet", "sdílet na facebooku", "sdílet na x", "sdílet na twitteru", "komentáře",
  "distribuie", "comentarii", "ibahagi", "mga komento", "komentar", "bagikan artikel ini",
  "tinggalkan balasan", "tinggalkan komentar", "tulis komentar", "kirim komentar", "batalkan balasan",
  "alamat email anda tidak akan dipublikasikan", "ruas yang wajib ditandai", "nama", "situs web",
  /* Greek, Hebrew, Hindi, Tamil, Thai, Swahili, Amharic; more German,
   * Spanish, French, Turkish and Polish buttons */
  "κοινοποίηση", "μοιραστείτε", "σχόλια", "σχολιάστε", "προσθήκη σχολίου", "εκτύπωση",
  "שתפו", "שתף", "שתפו בפייסבוק", "שתפו בוואטסאפ", "שתפו בטוויטר", "שתפו במייל", "תגובות", "הוספת תגובה",
  "כתבו תגובה", "לכתבה זו טרם נכתבו תגובות", "שלחו תגובה",
  "शेयर करें", "शेयर", "टिप्पणियां", "टिप्पणी करें", "कमेंट करें", "कमेंट्स",
  "பகிர்", "பகிரவும்", "கருத்துகள்", "கருத்து தெரிவிக்க",
  "แชร์", "แชร์ข่าว", "ความคิดเห็น", "แสดงความคิดเห็น",
  "shiriki", "shiriki habari hii", "shiriki makala hii", "maoni", "toa maoni", "acha maoni",
  "ያጋሩ", "አጋራ", "አስተያየት ይስጡ", "አስተያየቶች", "ይህን ዜና ያጋሩ", "ዜናውን ያጋሩ",
  "merken", "drucken", "artikel merken", "artikel drucken", "merkliste",
  "escuchar este artículo", "escuchar artículo", "escuchar esta noticia", "guardar", "imprimir",
  "vos réactions", "réactions", "imprimer", "bu haberi paylaş", "yorum yap", "yorum yapın",
  "yorum yapmak için giriş yapın", "yorum yazın", "skomentuj", "komentarz", "drukuj",
  /* Sorani Kurdish; Spanish */
  "هاوبەشکردن", "بڵاوکردنەوە", "لێدوانەکان", "comparte esta nota", "comparte esta noticia", "comparte este artículo",
  "download mp3", "download episode", "play episode", "view non-amp version", "view full version", "view full site", "more episodes", "all episodes",
  /* a comment form that asks for a login: WordPress's in its translations, and the like */
  "you must be logged in to post a comment.", "you must be logged in to post a comment",
  "log in to comment", "log in to leave a comment", "sign in to comment", "please log in to comment.",
  "du musst angemeldet sein, um einen kommentar abzugeben.", "sie müssen angemeldet sein, um einen kommentar abzugeben.",
  "um kommentieren zu können, müssen sie angemeldet sein.", "um kommentieren zu können, musst du angemeldet sein.",
  "zum kommentieren bitte anmelden", "bitte melden sie sich an, um zu kommentieren.",
  "debes estar conectado para publicar un comentario.", "lo siento, debes estar conectado para publicar un comentario.",
  "inicia sesión para comentar", "você precisa fazer o login para publicar um comentário.",
  "faça login para comentar", "devi essere connesso per inviare un commento.", "accedi per commentare",
  "je moet ingelogd zijn om een reactie te plaatsen.", "yorum yapabilmek için oturum açmalısınız.",
  "для отправки комментария вам необходимо авторизоваться.", "برای نوشتن دیدگاه باید وارد شوید.",
  "haberi paylaşın", "paylaşın",
  /* a paywall's */
  "subscribe to continue reading", "subscribe to read more", "already a subscriber? log in",
  "already a subscriber? sign in", "already a subscriber?", "already have an account? log in",
  "this article is for subscribers only", "this article is for subscribers", "subscribers only",
  "this content is for subscribers only", "this post is for subscribers only", "this post is for paying subscribers only",
  "become a member to get access to all content", "already have an account? sign in", "already have an account?",
  "comments are closed for this article", "comments are closed for this story", "comments are closed for this article.",
  /* Substack's and Ghost's */
  "∙ paid", "paid", "type your email...", "type your email…", "discussion about this post", "write a comment...",
  "write a comment…", "top", "latest", "discussion", "restacks", "share this interview", "share this post", "more interviews", "no posts", "start writing", "get the app",
  "substack is the home for great culture", "privacy ∙ terms ∙ collection notice", "∙", "powered by ghost",
  /* Catalan, Portuguese (Portugal), Hungarian, Danish, Croatian,
   * Vietnamese, Indonesian */
  "comparteix", "copiar enllaç", "comentaris", "inicia sessió per comentar", "publicitat", "deixa un comentari",
  "para comentar tem de ser assinante", "partilhe", "megosztás", "hozzászólások", "hozzászólás", "hirdetés",
  "hírlevél", "del artikel", "del", "annonce", "kommentarer", "log ind for at kommentere", "mail", "podijeli",
  "viber", "komentari", "prijavite se za komentiranje", "oglas", "zalo", "sao chép liên kết", "bình luận",
  "gửi bình luận", "salin link", "salin tautan",
  /* Finnish, Malay; a newsletter's foot */
  "jaa", "kopioi linkki", "kommentit", "kirjaudu sisään kommentoidaksesi", "kongsi", "powered by beehiiv",
  "powered by substack",
  /* Bulgarian, Serbian, Slovak, Lithuanian, Norwegian, Portuguese (g1) */
  "споделете", "сподели", "коментари", "коментирай", "добави коментар", "подели", "podeli", "коментариши",
  "zdieľať", "komentáre", "diskusia", "pridať komentár", "dalintis", "pasidalinti", "komentarai",
  "komentuoti", "del artikkelen", "del saken", "få varsler fra oss", "få varsler", "kommentarer", "compartilhe:",
  /* Latvian, Estonian, Afrikaans; a comment box's head */
  "dalīties", "komentāri", "komentēt", "jaga", "kommentaarid", "kommenteeri", "deel", "kommentaar",
  "your comments", "reader comments",
  /* Danish, Malay, Arabic share and comment heads; a paper's form for
   * corrections */
  "del artiklen", "skriv en kommentar", "kongsi artikel ini", "kongsi artikel", "tinggalkan komen",
  "شارك المقال", "أضف تعليقك", "أضف تعليقا", "report an editorial error", "report an error",
  /* Finnish, Hungarian, Greek, Persian share and comment heads and
   * buttons; a Canadian chain's page furniture; Rappler's mood meter */
  "jaa artikkeli", "szólj hozzá!", "szólj hozzá", "υποβολή", "این مطلب را به اشتراک بگذارید", "article content",
  "author of the article:", "share this article in your social network",
  "you must be logged in to join the discussion or read more comments.", "how does this make you feel?",
  /* Nigerian, Argentine, Bengali, Persian share and comment lines; a
   * paper's own buttons and notices */
  "kindly share this story", "compartí esta nota", "compartí", "শেয়ার করুন", "মন্তব্য", "মন্তব্য করুন",
  "این خبر را به اشتراک بگذارید", "share what you think", "full scorecard",
  "the views expressed by readers in the comments section are their own.", "republish this story for free",
  "after newsletter promotion", "skip past newsletter promotion",
  /* a page's buttons in English: copying a link, saving, gifting */
  "sms", "learn more", "copy link", "copy link copied", "link copied", "gift this article", "gift article", "save article",
  "contribute", "contribuer", "réutiliser ce contenu",
  /* a news theme's writer link and article navigation; its comment form's
   * prompts (Newspaper's, with their "!"); a public body's page foot */
  "more by this author", "more from this author", "please enter your comment!", "what you need to know",
  "please enter your name here", "you have entered an incorrect email address!", "please enter your email address here",
  "openid", "was this page helpful?", "was this page helpful", "privacy statement", "check against delivery",
  "accessibility", "accessibility statement", "cookies", "cookie settings", "connect with us", "back to news",
  "have your say", "press summary",
  /* the London Stock Exchange's news service around an announcement */
  "close", "regulatory story navigation",
  "is there anything wrong with this page?", "is there anything wrong with this page",
  /* a research news service's label and image button */
  "peer-reviewed publication", "view more",
  NULL
};

/* A line opening with these is the page's or the mail's, not the
 * story's: a paywall's offer, a site's promotion of its app or channel,
 * a newsletter's footer, a call for comments */
static const char * const promo_prefixes[] = {
  /* a company's registration at a page's foot; a paper's offer of its print edition */
  "registered in england and wales", "registered in scotland", "registered office:", "get the print edition",
  "get unlimited access", "subscribe for unlimited access", "you are receiving this email",
  "you received this email", "you're receiving this email", "simak breaking news", "wat vind jij? laat",
  "wat vindt u? laat", "what do you think? let us know", "what do you think? leave a comment",
  /* a newsletter's box inside the story */
  "recevez chaque matin", "recevez chaque soir", "recevez chaque jour", "abonnez-vous à notre newsletter",
  "inscrivez-vous à notre newsletter", "inscrivez-vous à la newsletter", "sign up to our newsletter",
  "sign up for our daily", "get our daily newsletter", "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter",
  /* a blog's call to subscribe under the post (Substack's) */
  "thanks for reading ",
  "receba as notícias", "receba nossas notícias", "start the day smarter", "sign up for push alerts",
  "have your say on this story", "join the conversation by commenting below", "dapatkan update berita",
  "get notified of the big stories", "privacy notice: newsletters may contain", "donate to the ",
  "did someone forward this to you", "was this forwarded to you", "update your email preferences",
  /* a comment form whose links the copy lost ("Please or to comment"); a
   * paper's print note; a paywall's count; a call for tips */
  "want to join the conversation", "you have reached your free article limit", "sign in or subscribe to comment",
  "sign in or create your account to join the discussion", "sign in or create an account to join the discussion",
  "listen to our ", "subscribe to our ", "get the latest news from ", "did you make this recipe?",
  "our court coverage:", "have your say:", "send your news stories to ", "stay up to date: join our ",
  "join our whatsapp channel", "stay connected with ", "stay informed with ", "our comments section is moderated",
  "use the comment form below", "sign up to receive ", "letters to the editor should be sent to ",
  "letters to the editor should be emailed to ", "market data provided by ", "market data supplied by ",
  "disclaimer: ", "please gamble responsibly", "when you purchase an independently reviewed book",
  "rns number", "this information is provided by rns",

  "you've reached your free article limit", "you’ve reached your free article limit", "have a confidential tip",
  "before it's here, it's on the bloomberg terminal", "before it’s here, it’s on the bloomberg terminal",
  /* detik's own lines under its story */
  "baca artikel detik", "download apps detikcom", "[gambas:", "hírlevél –", "hírlevél -",
  NULL
};

/* A prompt to follow the site or to listen elsewhere, in a short line
 * without a full stop: "Підписуйтесь на наш Telegram-канал", "Listen on
 * Apple Podcasts | Spotify" */
static const char * const short_prompts[] = {
  "listen on ", "listen in ", "subscribe on ", "écouter sur ", "escuchar en ", "ouvir no ", "anhören auf ",
  "jetzt anhören", "ascolta su ", "read more ",
  /* a page's own prompts at its foot: "Was this page helpful? Yes No", "Download this
   * newsletter (PDF, 1.2 MB)" (its links, "Back to rulings", in is_foot_link()) */
  "was this page helpful", "was this story useful", "was this article helpful", "download this ",
  "підписуйтесь на ", "підпишіться на ", "ακολουθήστε μας", "ακολουθήστε το ", "עקבו אחרינו", "हमें फॉलो करें",
  "हमें फ़ॉलो करें", "फॉलो करें", "எங்களைப் பின்தொடர", "ติดตามเรา", "ติดตามข่าว", "tufuate ", "tufuatilie ",
  "bizi takip edin", "obserwuj nas", "siga-nos", "seguici su ", "volg ons op ", "私たちをフォロー", "ይከተሉን", "ተከተሉን",
  NULL
};

/* "Read more: Another story" — a link to another page, as a line */
static const char * const link_prefixes[] = {
  "read more:", "read also:", "also read:", "read next:", "related:", "see also:", "more on this:", "go deeper:",
  "more on this story:", "watch:", "listen:", "recommended:", "you may also like:",
  "بیشتر بخوانید:", "همچنین بخوانید:", "بخوانید:", "مطلب مرتبط:", "خبر مرتبط:",
  "читайте также:", "по теме:", "смотрите также:", "читайте також:",
  "also read |", "read more |", "see also |", "also read -", "read also |",
  "lire aussi |", "lire aussi :", "lire aussi:", "à lire aussi", "lee también:", "lea también:",
  "read:", "leia também:", "leia mais:", "leggi anche:", "lees ook:", "läs också:", "läs mer:", "czytaj też:",
  "czytaj także:", "baca juga:", "xem thêm:", "soma pia:",
  "ver también:", "te puede interesar:", "te recomendamos:", "mirá también:", "mira también:", "leé también:", "ये भी पढ़ें:", "यह भी पढ़ें:", "और पढ़ें:", "ilginizi çekebilir:", "関連記事：", "관련기사:", "관련기사 :",
  "相关阅读：", "相关阅读:", "mehr zum thema:", "lesen sie auch:", "اقرأ أيضا:", "اقرأ أيضاً:",
  "διαβάστε επίσης:", "διαβάστε ακόμη:", "δείτε επίσης:", "קראו גם:", "קרא גם:", "இதையும் படிக்க:", "இதையும் படியுங்கள்:",
  "อ่านเพิ่มเติม:", "อ่านข่าว:", "ተጨማሪ ያንብቡ:", "ተዛማጅ:", "soma zaidi:",
  "llegeix també:", "llegiu també:", "lue myös:", "artikel berkaitan:", "læs også:", "pročitajte još:", "pročitajte i:", "olvassa el ezt is:",
  "citește și:", "citiți și:", "mga kaugnay na balita:", "basahin din:", "čtěte také:", "baca juga", "simak juga:",
  "прочетете още:", "прочетете също:", "прочитајте још:", "прочитајте и:", "pročitajte još:", "prečítajte si aj:",
  "prečítajte si tiež:", "skaitykite daugiau:", "skaitykite taip pat:", "les også:", "les mer:", "vídeos:",
  "veja também:", "also read |", "read next |", "see more on:", "lasiet arī:", "lasi arī:", "loe ka:", "loe lisaks:",
  "lees ook:", "lees ook |", "previous announcement:", "next announcement:",
  NULL
};

/* One lookup instead of a walk over the hundreds of stock lines: this is
 * asked of every line of a story, twice */
static gboolean
is_stock_line (const char *lower)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *s = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; stock_lines[i] != NULL; i++)
        g_hash_table_add (s, (gpointer) stock_lines[i]);
      g_once_init_leave (&set, s);
    }
  /* (and those of byline-import-phrases-locales.c's languages) */
  return g_hash_table_contains (set, lower) || _byline_import_is_locale_stock_line (lower);
}

/* A page's links to itself at its foot, "Back to rulings", "Share this
 * notice": three words at most (a headline may open "Back to school …") */
static gboolean
is_foot_link (const char *lower)
{
  return (g_str_has_prefix (lower, "back to ") || g_str_has_prefix (lower, "share this ")) &&
         _byline_import_count_words (lower) <= 3;
}

/* "Travel news is updated every 15 minutes …": a page's word on itself
 * (not a story's "The register is updated every month") */
static gboolean
is_update_notice (const char *lower)
{
  static const char * const subjects[] = {
    "travel news ", "traffic news ", "this page ", "this live blog ", "this blog ", "this list ", "news ", NULL
  };

  for (guint i = 0; subjects[i] != NULL; i++)
    if (g_str_has_prefix (lower, subjects[i]) && g_str_has_prefix (lower + strlen (subjects[i]), "is updated every ") &&
        _byline_import_count_words (lower) <= 20)
      return TRUE;
  return FALSE;
}

static gboolean
is_tip_prompt (const char *lower)
{
  static const char * const openings[] = {
    "seen a ", "seen an ", "seen something", "got a story", "got a news tip", "got a tip", "have a story",
    "do you have a story", "have you been affected", NULL
  };
  static const char * const calls[] = { " us ", " us.", " us at", "call our ", "email ", "message ", NULL };
  gboolean opens = FALSE, calls_us = FALSE;

  if (strchr (lower, '?') == NULL || _byline_import_count_words (lower) > 35)
    return FALSE;
  for (guint i = 0; openings[i] != NULL && !opens; i++)
    opens = g_str_has_prefix (lower, openings[i]);
  for (guint i = 0; calls[i] != NULL && opens && !calls_us; i++)
    calls_us = strstr (lower, calls[i]) != NULL;
  return opens && calls_us;
}

/* "Please keep comments respectful", "Please read our comment policy
 * before posting": a request to the readers about their comments (a
 * story's sentence tells of a council's comment policy, it asks nothing) */
static gboolean
is_comment_prompt (const char *lower)
{
  /* ("Sign in to join the conversation.", "Connectez-vous pour
   * commenter.", "Inicie sessão para comentar.", "Um zu kommentieren,
   * melden Sie sich bitte an.") */
  if (_byline_import_count_words (lower) <= 8 &&
      (g_str_has_prefix (lower, "sign in to join") || g_str_has_prefix (lower, "log in to join") ||
       strstr (lower, "pour commenter") != NULL || strstr (lower, "para comentar") != NULL ||
       g_str_has_prefix (lower, "um zu kommentieren")))
    return TRUE;
  /* ("Disclaimer: … All the comments will be moderated …") */
  if (g_str_has_prefix (lower, "disclaimer:") && strstr (lower, "comments") != NULL && strstr (lower, "moderat") != NULL &&
      _byline_import_count_words (lower) <= 60)
    return TRUE;
  return _byline_import_count_words (lower) <= 15 && strstr (lower, "comment") != NULL &&
         (g_str_has_prefix (lower, "please ") || strstr (lower, "read our comment policy") != NULL ||
          strstr (lower, "our community guidelines") != NULL);
}

/**
 * _byline_import_is_stock_phrase:
 * @lower: a whole line, lower-cased, its trailing ':', '*' and spaces trimmed
 *
 * Whether @lower is one of the page's stock lines ("Leave a Reply",
 * "Post Comment", "Share this"), a link to another page ("Read more:
 * …") or a promotion ("Get unlimited access …", "You are receiving this
 * email because …")
 */
gboolean
_byline_import_is_stock_phrase (const char *lower)
{
  const char *count = strrchr (lower, '(');

  if (is_stock_line (lower))
    return TRUE;
  /* "Comments are closed.": a stock line of two words or more with its
   * full stop */
  if (g_str_has_suffix (lower, ".") && _byline_import_count_words (lower) >= 2)
    {
      g_autofree char *bare = g_strndup (lower, strlen (lower) - 1);

      if (is_stock_line (bare))
        return TRUE;
    }
  /* "Kommentare (14)", "Comments (1,204)": a button with its count */
  if (count != NULL && count > lower && count[-1] == ' ' && g_ascii_isdigit (count[1]) &&
      strspn (count + 1, "0123456789,.") == strlen (count + 1) - 1 && g_str_has_suffix (count, ")"))
    {
      g_autofree char *label = g_strndup (lower, count - 1 - lower);

      if (is_stock_line (label))
        return TRUE;
    }
  /* "148 Likes", "9 Restacks": a post's counts */
  {
    static const char * const counted[] = { "likes", "restacks", "shares", "reposts", NULL };
    const char *space = strchr (lower, ' ');

    if (space != NULL && space > lower && strspn (lower, "0123456789,.k") == (gsize) (space - lower) &&
        g_strv_contains (counted, space + 1))
      return TRUE;
  }
  for (guint i = 0; link_prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, link_prefixes[i]) && _byline_import_count_words (lower) <= 25)
        return TRUE;
    }
  if (_byline_import_is_locale_link_line (lower))
    return TRUE;
  /* "Unsubscribe | Manage preferences": a row of them */
  if (strstr (lower, " | ") != NULL && strlen (lower) < 200)
    {
      g_auto(GStrv) parts = g_strsplit (lower, " | ", -1);
      gboolean all = TRUE;

      for (guint i = 0; parts[i] != NULL && all; i++)
        all = is_stock_line (g_strstrip (parts[i]));
      if (all)
        return TRUE;
    }
  /* "Get local news delivered to your inbox!", "Be the first to know":
   * a newsletter's box */
  if (_byline_import_count_words (lower) <= 15 &&
      (strstr (lower, "delivered to your inbox") != NULL || strstr (lower, "straight to your inbox") != NULL ||
       g_str_equal (lower, "be the first to know")))
    return TRUE;
  /* "Please read our comment policy before posting.", "Join the
   * conversation. Please keep comments respectful.": a comment box's
   * prompt, each of its sentences one */
  if (is_comment_prompt (lower))
    return TRUE;
  if (strstr (lower, ". ") != NULL && _byline_import_count_words (lower) <= 25)
    {
      g_auto(GStrv) sentences = g_strsplit (lower, ". ", -1);
      gboolean all = TRUE;

      for (guint i = 0; sentences[i] != NULL && all; i++)
        {
          g_autofree char *bare = g_strdup (g_strstrip (sentences[i]));

          if (g_str_has_suffix (bare, "."))
            bare[strlen (bare) - 1] = '\0';
          all = is_stock_line (bare) || is_comment_prompt (bare);
        }
      if (all)
        return TRUE;
    }
  /* "Read 86 comments": the comments' button */
  if (g_str_has_prefix (lower, "read ") && g_str_has_suffix (lower, " comments") &&
      _byline_import_count_words (lower) == 3 && g_ascii_isdigit (lower[5]))
    return TRUE;
  /* "Judgment (PDF)", "Press summary (PDF)": a page's links to its files */
  if (g_str_has_suffix (lower, " (pdf)") && _byline_import_count_words (lower) <= 5)
    return TRUE;
  /* "Advertisement 2": a page's numbered advert slot */
  if (g_str_has_prefix (lower, "advertisement ") && lower[strlen ("advertisement ")] != '\0' &&
      strspn (lower + strlen ("advertisement "), "0123456789") == strlen (lower + strlen ("advertisement ")))
    return TRUE;
  /* "Sign up for the Opinion newsletter", "Join ST's WhatsApp Channel and
   * get the latest news": the paper's newsletter or channel, not a
   * service the story tells of ("Sign up for flood alerts at …") */
  if (_byline_import_count_words (lower) <= 25 &&
      (((g_str_has_prefix (lower, "sign up for ") || g_str_has_prefix (lower, "sign up to ")) &&
        strstr (lower, "newsletter") != NULL) ||
       ((g_str_has_prefix (lower, "join ") || g_str_has_prefix (lower, "follow ")) &&
        (strstr (lower, "whatsapp channel") != NULL || strstr (lower, "telegram channel") != NULL ||
         strstr (lower, "google news") != NULL || strstr (lower, " on instagram") != NULL ||
         strstr (lower, " on facebook") != NULL))))
    return TRUE;
  /* "A version of this article appears in print on Nov. 26, 2026, Section
   * A, Page 14 of the New York edition with the headline: …" */
  if (g_str_has_prefix (lower, "a version of this article appears in print") && _byline_import_count_words (lower) <= 60)
    return TRUE;
  /* "Subscribe for £1 a week to keep reading" */
  if (g_str_has_prefix (lower, "subscribe") && _byline_import_count_words (lower) <= 15 &&
      (strstr (lower, "keep reading") != NULL || strstr (lower, "continue reading") != NULL ||
       strstr (lower, "read on") != NULL || strstr (lower, "unlimited access") != NULL))
    return TRUE;
  /* A page's call for tips, "Seen a problem on the roads? Call our travel
   * line …", "Got a story? Email us …", and its update notice, "Travel
   * news is updated every 15 minutes …" */
  if (is_tip_prompt (lower) || is_update_notice (lower))
    return TRUE;
  /* An Australian page's Acknowledgement of Country at its foot, "…
   * acknowledges the Birpai people, the Traditional Custodians of the
   * land …", paying respect to Elders or speaking of the land "on which
   * we work" (a story's sentence about an acknowledgement does neither) */
  if (strstr (lower, "acknowledge") != NULL && (strstr (lower, "traditional custodians") != NULL ||
                                                strstr (lower, "traditional owners") != NULL) &&
      (strstr (lower, "elders") != NULL || strstr (lower, " we work") != NULL || strstr (lower, " we live") != NULL) &&
      _byline_import_count_words (lower) <= 60)
    return TRUE;
  /* A newsletter box's small print and its answers: "We use your sign-up
   * to provide content in ways you've consented to …", "We will only use
   * your email address to send you …", "Thank you for
   * subscribing!", "Something went wrong, please try again later." */
  if (((g_str_has_prefix (lower, "we use your sign-up to ") || g_str_has_prefix (lower, "we will only use your email")) &&
       _byline_import_count_words (lower) <= 60) ||
      g_str_equal (lower, "thank you for subscribing!") || g_str_equal (lower, "thank you for subscribing") ||
      g_str_equal (lower, "something went wrong, please try again later."))
    return TRUE;
  /* "Stay informed with … Invest in journalism – Subscribe Now!": a
   * paper's appeal, whatever it says before its call */
  if ((g_str_has_suffix (lower, "subscribe now!") || g_str_has_suffix (lower, "subscribe now") ||
       g_str_has_suffix (lower, "subscribe today!") || g_str_has_suffix (lower, "subscribe today")) &&
      _byline_import_count_words (lower) <= 50)
    return TRUE;
  for (guint i = 0; promo_prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, promo_prefixes[i]) && _byline_import_count_words (lower) <= 30)
        return TRUE;
    }
  /* A comment section's house rules, "Comments will be edited … and
   * authorized at the discretion of …", "Comments are subject to our
   * community guidelines." */
  if ((g_str_has_prefix (lower, "comments will be edited") || g_str_has_prefix (lower, "comments are moderated") ||
       g_str_has_prefix (lower, "comments are subject to") ||
       g_str_has_prefix (lower, "note: this summary is provided to help")) &&
      _byline_import_count_words (lower) <= 60)
    return TRUE;
  if (is_foot_link (lower))
    return TRUE;
  for (guint i = 0; short_prompts[i] != NULL; i++)
    {
      /* ("Read more at: https://…", the story's own address under it,
       * is the reader's pointer to the page, kept in the note) */
      if (g_str_has_prefix (lower, short_prompts[i]) && _byline_import_count_words (lower) <= 10 &&
          !g_str_has_suffix (lower, ".") &&
          !(g_str_equal (short_prompts[i], "read more ") && strstr (lower, "://") != NULL))
        return TRUE;
    }
  if (_byline_import_is_post_category (lower))
    return TRUE;
  /* A press portal's credit under a release, "Original-Content von:
   * Polizei Hamburg, übermittelt durch news aktuell" */
  if (g_str_has_prefix (lower, "original-content von:") && _byline_import_count_words (lower) <= 14)
    return TRUE;
  /* A WordPress feed's "The post … appeared first on Site." */
  if (g_str_has_prefix (lower, "the post ") && strstr (lower, " appeared first on ") != NULL &&
      _byline_import_count_words (lower) <= 40)
    return TRUE;
  /* A call for readers' tips or questions and the address to send them
   * to: "Got a claim you want us to check? Email factcheck@…" */
  {
    static const char * const verbs[] = {
      "email", "e-mail", "write to", "contact", "send ", "escríbenos", "escribe a", "envíanos", "écrivez-nous",
      "écrivez à", "schreiben sie", "schreib uns", "scrivici", "escreva", NULL
    };
    const char *question = strchr (lower, '?');

    if (question != NULL && _byline_import_count_words (lower) <= 25 && strchr (question, '@') != NULL &&
        _byline_import_contains_any (question, verbs))
      return TRUE;
  }
  return FALSE;
}

/* "More from …" in the languages of a page's links */
/**
 * _byline_import_is_post_category:
 * @lower: a line, in lower case
 *
 * WordPress's related posts, each with its category under it: "In
 * "Metro"", and in its Spanish, French, Portuguese: "En «Ciudad»",
 * "Dans « Ville »"
 */
gboolean
_byline_import_is_post_category (const char *lower)
{
  if ((g_str_has_prefix (lower, "in \"") || g_str_has_prefix (lower, "in “")) && _byline_import_count_words (lower) <= 4 &&
      (g_str_has_suffix (lower, "\"") || g_str_has_suffix (lower, "”")))
    return TRUE;
  return (g_str_has_prefix (lower, "en «") || g_str_has_prefix (lower, "dans «") || g_str_has_prefix (lower, "em “") ||
          g_str_has_prefix (lower, "em \"")) &&
         _byline_import_count_words (lower) <= 5 && (g_str_has_suffix (lower, "»") || g_str_has_suffix (lower, "”") ||
                                                    g_str_has_suffix (lower, "\""));
}

/**
 * _byline_import_lower:
 *
 * Returns: (transfer full): @line lower-cased, Turkish's "İ" as "i" (not
 *   "i" and a combining dot, as case folding leaves it: "İlgili Haberler")
 */
char *
_byline_import_lower (const char *line)
{
  char *lower;
  g_auto(GStrv) parts = NULL;
  const char *p = line;

  /* (most lines are ASCII: the same result at a fraction of the cost) */
  while (*p != '\0' && (guchar) *p < 0x80)
    p++;
  if (*p == '\0')
    return g_ascii_strdown (line, -1);
  lower = g_utf8_strdown (line, -1);

  /* (most lines have no "İ": as they are) */
  if (strstr (lower, "i\xcc\x87") == NULL)
    return lower;
  parts = g_strsplit (lower, "i\xcc\x87", -1);
  g_free (lower);
  return g_strjoinv ("i", parts);
}

/**
 * _byline_import_opens_with_any:
 * @lower: a line, lower-cased (_byline_import_lower())
 * @openings: %NULL-terminated openings, lower-cased
 *
 * Returns: whether @lower opens with one of @openings
 */
gboolean
_byline_import_opens_with_any (const char         *lower,
                               const char * const *openings)
{
  for (guint i = 0; openings[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, openings[i]))
        return TRUE;
    }
  return FALSE;
}
