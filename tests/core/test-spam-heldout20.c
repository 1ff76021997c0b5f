/* test-spam-heldout20.c: the spam filter against a twentieth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the twentieth round read the rules,
 * of what a newsroom's WordPress gets past an arithmetic captcha in
 * late 2026 under a story about a council's new AI assistant: spam that
 * sells artificial intelligence, or sells with it, a kind the earlier
 * sets had only touched (an essay "humanizer", "Quantum AI" trading).
 * Thirty spam: ChatGPT Plus, Claude and Midjourney accounts shared and
 * resold, in English, Persian, Arabic and Spanish, and access "without a
 * VPN" from a Russian Telegram bot; Sora and Veo invite codes; an AI
 * girlfriend; an app that undresses photos, in English and in Russian on
 * a Telegram bot; face swaps from an app store, a cloned voice "for
 * pranks"; money made "with AI agents" on autopilot, faceless YouTube
 * channels, AI trading in Spanish, an AI influencer on a Linktree, Kindle
 * books written by AI, a prompt pack on Gumroad, courses in Persian,
 * Arabic, German and French; AI articles sold to the editor; a language
 * model's praise signed by an AI headshot firm and a long, on-topic
 * argument that ends at an AI agency's demo; KI portraits with a code;
 * an AI psychic; free "GPT-5 API credits" at an address borrowing
 * OpenAI's name; a Ghibli portrait app; an automation freelancer; a
 * French video generator. Forty readers near those shapes: a reader who
 * pays for ChatGPT herself, a school's letter on "nudify" apps with
 * Childline's link and StopNCII's, an open-source bus bot on GitHub, a
 * library's free AI course, "$10,000 a month with AI agents" and a
 * "Quantum AI" loss quoted to warn, a photographer and a café under
 * their own websites, a cloned voice and a family password, readers in
 * Persian, Arabic, Russian, German, Spanish and French (sanctions and
 * Plus accounts, courses sold on Instagram and TikTok as scams, WhatsApp
 * "AI trading" groups, ChatGPT behind a VPN, a Telegram bot undressing
 * classmates, data protection, an IT firm's failed chatbots, a
 * newspaper's inquiry, an illustrator), a bot's praise quoted and
 * mocked, AI books on Kindle, a union, the council's own assistant, a
 * meetup, Whisper, homework apps, Be My Eyes, Sora codes on eBay, a
 * psychologist on AI girlfriends, an AI founder arguing under his own
 * website, free Copilot at the university, a "shared account" WhatsApp
 * quoted, freedom of information.
 *
 * Untrained, before any change, the filter caught 10 of the 30 and
 * flagged none of the 40: that is the held-out figure. It caught the
 * shared accounts sold by WhatsApp in English, Spanish and Arabic and
 * by Telegram in Persian (0.75 each), the Russian bot "without a VPN"
 * (0.55), the AI girlfriend (0.53, for the ".app" ending), AI trading in
 * Spanish (0.57), the AI articles offered to the editor (0.82), the KI
 * portraits with a code (0.64) and the automation freelancer's WhatsApp
 * (0.75). It missed the Sora invite codes at a ".shop" (0.49), the
 * undressing app (0.15) and the Russian undressing bot (0.15), the face
 * swap app (0.15), the cloned voice (0.45), AI agents on autopilot
 * (0.15), faceless YouTube (0.45), the headshot firm's signed praise
 * (0.20), the agency's long argument (0.15), the prompt pack (0.15), the
 * AI influencer (0.15), Kindle books (0.45), the AI psychic (0.15), the
 * OpenAI credits (0.15), the Ghibli app (0.15), the Persian course
 * (0.45), the Arabic one (0.15), the German webinar (0.15), the French
 * course (0.15) and the French video generator (0.45). The readers
 * scored at most 0.35 (a Persian warning of the courses, for its
 * "کسب درآمد"; the quoted "shared account" WhatsApp, for "message me").
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-ai.c: AI named (in capitals, "AI", "IA", "KI",
 * "ИИ"; by a product's name; as a part of a link or a handle; by what
 * only AI does to a photo or a voice) together with somewhere of the
 * seller's to go or to write (not an AI maker's own site, a code host,
 * an official body or a newspaper), no warning (scam, estafa, arnaque,
 * мошенники, احتيال, کلاهبرداری...), and what it is sold as: an app that
 * undresses photos, swaps faces or clones voices, unless the comment
 * names children, parents, victims or the law (0.6); AI accounts or
 * invite codes resold (0.55); money made with AI (0.4 to 0.55, by the
 * seller's words beside it); any other AI product in a seller's words,
 * one of them more than "free" or "try" (ease and speed, a deal, a
 * promise of trust: 0.5, 0.55); a comment turning to the writer's own AI
 * business with a link to a site named for AI (0.5); a signature
 * "founder of … AI" (0.4); an AI company's name in an address not its
 * own (0.5). Money, companions and "any other product" count only with
 * a place of the product's own (a site named for AI, a shop on a sales
 * platform, an app store's or a link list's page whose link names AI,
 * a messenger or a bot), and companions, accounts and "any other
 * product" not when a library, a school or a charity offers them. With
 * them the set is 30 of 30 and none of 40, no longer held out; its
 * readers still score at most 0.35, as before. Not one score of an
 * earlier set moved (the first version raised heldout13's AI
 * "humanizer" from 0.50 to 0.78; the place of its own, later, does not
 * count a bare "humanize-pro.ai"). bench-spam: precision, recall and
 * untrained recall alike with and without the round's rules; counted by
 * callgrind inside byline_spam_filter_classify() over bench-spam's run
 * (a debugoptimized build), 1089.9 million instructions without them
 * and 1113.3 million with them (+2.1%).
 *
 * Then five more of the round's kinds (three spam, two readers), written
 * with the set before the round read the rules and kept apart, were
 * scored once after them: 2 of 3 caught and none of 2 flagged. The one
 * missed, an AI "novia virtual" (0.15), is caught since by two general
 * additions (an AI girlfriend or companion offered; "without limits" as
 * a seller's word): see spam_later below.
 *
 * Twenty-four readers then probed the rules from the other side (the
 * same words innocently, with somewhere to go): eleven were flagged by
 * the rules as they stood, each fixed by a kind (see neighbours below),
 * and all are kept as guards. A spot check of five more spam, written
 * after the guards, caught 3 at first sight and 4 after two general
 * fixes (see spot_spam below).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* AI subscriptions resold, invite codes */
  { "Why pay $20 a month? ChatGPT Plus, Claude Pro and Midjourney shared accounts from $4.99, instant "
    "delivery, 30 days warranty. WhatsApp +1 (302) 555-0148",
    "AI Accounts Store", "aiaccounts.store@gmail.com", NULL },
  { "Sora 2 and Veo 3 invite codes available now 🔥 only $15 each, sent within 5 minutes. Order: "
    "https://invitecodes-ai.shop",
    "Kevin", "kevin.codes.ai@gmail.com", NULL },
  /* companions, undressing, face swaps, cloned voices */
  { "Honestly the council's chatbot has more personality than most people I meet 😅 My AI girlfriend Luna "
    "actually listens to me every night, you can try her free here: https://lunalove-ai.app/free",
    "Brandon", "brandon.m.1994@gmail.com", NULL },
  { "Remove clothes from any photo with AI in one click, 100% private, first 3 free 👉 https://undress-ai.pro",
    "AI Studio", "contact@undress-ai.pro", NULL },
  { "Put your face into any movie scene in seconds! Best face swap AI of 2026, download free: "
    "https://play.google.com/store/apps/details?id=com.faceswap.magicvideo.pro",
    "Face Magic", "facemagic.dev@gmail.com", NULL },
  { "Clone any voice in 10 seconds — your boss, your ex, a celebrity 😂 Perfect for pranks. Try VoxClone "
    "free: https://voxclone.io/?ref=news",
    "VoxClone", "hello@voxclone.io", NULL },
  /* money "with AI" */
  { "I made $11,400 last month with AI agents that run on autopilot. No coding, no experience. I explain "
    "everything in my free masterclass: https://ai-income-academy.com/masterclass",
    "Ryan Carter | AI Income Coach", "ryan@ai-income-academy.com", "https://ai-income-academy.com" },
  { "Faceless YouTube channels are the easiest money in 2026. AI writes the script, AI makes the voice, you "
    "collect the AdSense. My full course is 80% off today: https://whop.com/faceless-ai-empire",
    "Tyler", "tyler.faceless@gmail.com", NULL },
  { "Mi vida cambió gracias a la inteligencia artificial. Invertí 250 € en la plataforma de trading con IA "
    "que recomiendan los expertos y en tres semanas ya tenía 4.800 €. Regístrate aquí antes de que cierren "
    "las plazas: https://ia-inversion-es.com/registro",
    "Lucía Fernández", "lucia.fernandez.inv@gmail.com", NULL },
  { "Hi Editor, I run a content agency that produces 500 SEO-optimised AI articles a month, fully humanised "
    "and ranking on page 1. Perfect for news sites that want more traffic. Packages from $199, email "
    "contentscale.ai@gmail.com",
    "Sophie – ContentScale AI", "contentscale.ai@gmail.com", NULL },
  /* a language model's praise or argument, signed by an AI business */
  { "What a thoughtful and well-researched piece. The way you balance the council's ambitions with "
    "residents' concerns about accuracy is exactly the kind of nuanced journalism we need. Thank you for "
    "shedding light on this important topic!\n\n— Emma, founder of HeadshotPro AI (professional headshots "
    "in 5 minutes)",
    "Emma Collins", "emma@headshotpro-ai.com", "https://headshotpro-ai.com" },
  { "The point about the chatbot giving wrong bin dates is a fair one, but I'd argue the problem is not AI "
    "itself, it's how the council deployed it. A model answering from a stale PDF will always hallucinate; "
    "you need retrieval over live data and a human fallback for anything involving benefits or housing. "
    "Done properly, these systems can cut waiting times dramatically, which is what residents actually "
    "want. We've helped over 40 local authorities and businesses do exactly that at "
    "https://agentforge.ai/book-demo, happy to share our playbook with the council for free.",
    "Daniel Price", "daniel.price@agentforge.ai", NULL },
  { "Bewerbungsfotos ohne Fotografen! Unsere KI erstellt in 10 Minuten 100 professionelle Porträts aus "
    "deinen Selfies. Nur heute 50 % Rabatt mit dem Code NEWS50: https://ki-portraitstudio24.de",
    "KI Portraitstudio", "info@ki-portraitstudio24.de", NULL },
  /* prompts, automations, influencers, books, psychics */
  { "10,000 ChatGPT prompts that make money 💸 Copy, paste, profit. Instant download, lifetime updates: "
    "https://gumroad.com/l/10k-money-prompts",
    "Prompt King", "promptking.ai@gmail.com", NULL },
  { "Great article! I build custom AI chatbots and automations for local businesses — restaurants, "
    "dentists, estate agents. Save 20 hours a week. DM me on Instagram @ai.automate.jake or WhatsApp "
    "+44 7451 220 913",
    "Jake | AI Automation", "jake.aiautomation@gmail.com", NULL },
  { "My AI influencer makes $3,000 a month on Fanvue while I sleep 😴 She's not even real. I'll show you "
    "how to create yours step by step: https://linktr.ee/ai.influencer.blueprint",
    "Mila", "mila.aiqueen@gmail.com", NULL },
  { "Publish 50 Kindle books a month with AI and earn royalties forever. Our tool writes, formats and "
    "designs the covers. Start your free trial: https://bookbot-ai.com/trial",
    "BookBot AI", "team@bookbot-ai.com", NULL },
  { "Ask our AI psychic anything about love, money or your future 🔮 First reading free, 98% accuracy: "
    "https://oracle-ai-tarot.com",
    "Madame Aurora AI", "aurora@oracle-ai-tarot.com", NULL },
  /* an AI company's name borrowed, an app store's page */
  { "🚨 OpenAI is giving 5,000 free GPT-5 API credits to the first 10,000 users to celebrate 1 billion "
    "users. Claim yours before midnight: https://openai-credits-claim.com",
    "OpenAI Rewards", "rewards@openai-credits-claim.com", NULL },
  { "Turn your selfie into a Studio Ghibli portrait in seconds ✨ 4.9 stars, free download! "
    "https://apps.apple.com/app/ghibli-ai-portrait-art/id6741234567",
    "ArtMagic", "artmagic.studio.app@gmail.com", NULL },
  /* Persian */
  { "خرید اکانت ChatGPT Plus و Gemini Pro با تحویل فوری و قیمت استثنایی 🔥 بدون نیاز به کارت بین‌المللی، "
    "با گارانتی کامل. سفارش در تلگرام: @gptplus_iran_shop",
    "فروشگاه هوش مصنوعی", "gptplus.iran@gmail.com", NULL },
  { "با هوش مصنوعی ماهی ۲۰۰ میلیون تومان درآمد داشته باش! دوره جامع کسب درآمد دلاری با ChatGPT، بدون "
    "سرمایه و بدون تجربه. ثبت‌نام با تخفیف ویژه: https://ai-daramad.ir/course",
    "مهدی رضایی", "mahdi.ai.daramad@gmail.com", NULL },
  /* Arabic */
  { "اشتراك ChatGPT Plus لمدة شهر بـ 25 ريال فقط بدلاً من 75! تفعيل فوري على حسابك الشخصي مع ضمان كامل. "
    "للطلب تواصل واتساب: +966 55 123 4567",
    "متجر الذكاء", "ai.store.ksa@gmail.com", NULL },
  { "اربح 500 دولار يومياً باستخدام الذكاء الاصطناعي من هاتفك فقط، بدون خبرة وبدون رأس مال. سجّل الآن في "
    "الدورة المجانية: https://ai-profit-arab.com",
    "أحمد الشمري", "ahmed.ai.profit@gmail.com", NULL },
  /* Russian */
  { "ChatGPT, Claude и Midjourney без VPN и зарубежной карты! Удобный бот в Телеграме, первые 50 запросов "
    "бесплатно 👉 @NeuroHelperRuBot",
    "НейроПомощник", "neurohelper.bot@gmail.com", NULL },
  { "Нейросеть раздевает любое фото за 5 секунд 🔞 Анонимно, без регистрации. Бот: t.me/razdevator_ai_bot",
    "Алина", "alina.ai.2005@mail.ru", NULL },
  /* German, Spanish, French */
  { "Mit KI-Agenten 5.000 € im Monat passiv verdienen – ohne Vorkenntnisse! Ich zeige dir in meinem "
    "kostenlosen Webinar, wie es geht. Jetzt Platz sichern: https://ki-einkommen-akademie.de/webinar",
    "Marco Berger", "marco@ki-einkommen-akademie.de", NULL },
  { "¿Por qué pagar 20 dólares? Cuentas de ChatGPT Plus compartidas a solo 5 USD al mes, entrega inmediata "
    "y garantía. Escríbeme por WhatsApp: +52 55 4821 9930",
    "Cuentas IA México", "cuentasia.mx@gmail.com", NULL },
  { "Formation IA rentable : crée ton agence d'automatisation et gagne 10 000 € par mois depuis chez toi. "
    "Places limitées, inscription ici : https://formation-ia-business.fr",
    "Julien | Business IA", "julien.businessia@gmail.com", NULL },
  { "Crée des vidéos virales avec l'IA en 1 clic ! Voix, sous-titres et montage automatiques. Essai gratuit "
    "de 7 jours : https://clipmagic-ia.com/essai",
    "ClipMagic IA", "contact@clipmagic-ia.com", NULL },
};

static const Comment genuine[] = {
  { "I use ChatGPT to translate the council's letters for my mum, and honestly it's better than the "
    "leaflets. But I pay for Plus myself, £20 a month, and I wouldn't trust it with her benefit forms.",
    "Priya Shah", "priya.shah@gmail.com", NULL },
  { "Our school sent a letter after pupils in Year 10 used a 'nudify' app on a classmate's photos. If this "
    "has happened to your child, Childline and the IWF can get the images taken down: "
    "https://www.childline.org.uk/report-remove/",
    "Mrs Okafor", "r.okafor@gmail.com", NULL },
  { "For adults, StopNCII lets you block intimate images, real or fake, from the big platforms without "
    "uploading them: https://stopncii.org",
    "Hannah", "hannah.l@outlook.com", NULL },
  { "I wrote a small open-source bot that answers bus times from the live feed instead of guessing. The "
    "council is welcome to it: https://github.com/tomwhitby/harbourside-bus-bot",
    "Tom Whitby", "tom.whitby@gmail.com", NULL },
  { "The central library runs a free 'AI for beginners' course on Tuesday mornings, no laptop needed. "
    "Details: https://www.harbourside.gov.uk/libraries/digital-skills",
    "Jean", "jean.m@gmail.com", NULL },
  { "Every YouTube video before this story was an ad promising '$10,000 a month with AI agents, no "
    "experience'. It's the same get-rich-quick scam with a new word in front. Don't pay for the "
    "'masterclass'.",
    "Colin", "colin.f@gmail.com", NULL },
  { "My dad lost £3,000 to a 'Quantum AI' trading site he saw with a fake BBC article. Reported to Action "
    "Fraud (0300 123 2040) and his bank. Please talk to your parents about these.",
    "Sarah", "sarah.b@gmail.com", NULL },
  { "As a portrait photographer in town, I've lost half my headshot bookings to AI apps this year. Fine, "
    "but the council shouldn't be using AI-generated 'staff photos' on its website.",
    "Lena Marsh", "lena@lenamarshphotography.co.uk", "https://lenamarshphotography.co.uk" },
  { "We tried an AI booking assistant at our café last spring. It double-booked Mother's Day and told a "
    "coeliac customer the cake was gluten-free. We went back to a phone and a notebook.",
    "Gino – Caffè Marino", "gino@caffemarino.co.uk", "https://caffemarino.co.uk" },
  { "Someone cloned my son's voice from his TikTok and rang my mum asking for money. She only hung up "
    "because we have a family password. Set one up today, it takes a minute.",
    "Denise", "denise.h@gmail.com", NULL },
  /* Persian */
  { "من برای کارم از ChatGPT استفاده می‌کنم ولی از ایران خرید اکانت پلاس بدون کارت بین‌المللی تقریباً "
    "غیرممکن است. این تحریم‌ها به مردم عادی آسیب می‌زند نه به دولت.",
    "نیلوفر", "niloofar.k@gmail.com", NULL },
  { "مراقب باشید! در اینستاگرام پر از تبلیغ «دوره کسب درآمد دلاری با هوش مصنوعی» است. برادرم پنج میلیون "
    "تومان داد و فقط چند ویدیوی رایگان یوتیوب تحویل گرفت. کلاهبرداری است.",
    "امیر", "amir.t@yahoo.com", NULL },
  /* Arabic */
  { "جربت المساعد الذكي للبلدية باللغة العربية، وكانت الإجابات ركيكة ومليئة بالأخطاء. أتمنى أن يشركوا "
    "مترجمين حقيقيين قبل إطلاقه لكل السكان.",
    "ليلى حداد", "layla.haddad@gmail.com", NULL },
  { "انتبهوا من مجموعات واتساب التي تعد بأرباح يومية من «التداول بالذكاء الاصطناعي». خسر جاري كل "
    "مدخراته. هذا احتيال، بلّغوا الشرطة.",
    "خالد", "khalid.m@hotmail.com", NULL },
  /* Russian */
  { "В России ChatGPT официально недоступен, все сидят через VPN. Интересно, как наши чиновники собираются "
    "внедрять у себя такие же чат-боты.",
    "Андрей", "andrey.p@yandex.ru", NULL },
  { "В школе моей дочери мальчики прогнали фото одноклассниц через телеграм-бота, который «раздевает» "
    "снимки. Это уголовное дело, а не шутка. Родители, поговорите с детьми.",
    "Ольга", "olga.v@mail.ru", NULL },
  /* German */
  { "Ein KI-Chatbot bei der Stadtverwaltung klingt praktisch, aber wo werden die Daten gespeichert? Der "
    "Bundesdatenschutzbeauftragte hat dazu klare Hinweise: https://www.bfdi.bund.de",
    "Stefan Krüger", "stefan.krueger@web.de", NULL },
  { "Ich leite eine kleine IT-Firma hier im Ort. Wir haben Chatbots für zwei Arztpraxen getestet und wieder "
    "abgeschaltet: zu viele falsche Auskünfte. Die Stadt sollte klein anfangen.",
    "Thomas Wendt", "thomas@wendt-it.de", "https://wendt-it.de" },
  /* Spanish */
  { "En mi ayuntamiento pusieron un asistente de IA y ahora nadie coge el teléfono. Para pedir cita del "
    "padrón tuve que ir en persona tres veces.",
    "Carmen Ruiz", "carmen.ruiz@gmail.com", NULL },
  { "Cuidado con los 'cursos de IA para ganar dinero' que anuncian en TikTok. Mi sobrino pagó 300 euros y "
    "era una estafa. La OCU tiene una guía: https://www.ocu.org",
    "Javier", "javier.g@hotmail.es", NULL },
  /* French */
  { "Le Monde a publié une enquête très complète sur l'IA dans les services publics, à lire avant de "
    "juger : https://www.lemonde.fr/pixels/",
    "Claire Dubois", "claire.dubois@orange.fr", NULL },
  { "Je suis illustratrice et je vois mes dessins recopiés par des générateurs d'images IA sans mon "
    "accord. Qu'une mairie utilise ces outils pour ses affiches me fait mal au cœur.",
    "Margaux", "margaux.illustration@gmail.com", "https://margaux-illustration.fr" },
  /* the same words, innocently */
  { "Half the comments under the last story were clearly written by a bot: 'What a thoughtful and nuanced "
    "piece! Thank you for shedding light on this important topic.' Then a link. Mods, please keep deleting "
    "them.",
    "Phil", "phil.r@gmail.com", NULL },
  { "I self-published a local history book on Kindle two years ago. Now the same category is flooded with "
    "AI-written 'guides' with fake reviews. Amazon needs to label them.",
    "Margaret Hill", "margaret.hill@btinternet.com", NULL },
  { "Unison is collecting signatures against replacing the council's contact centre staff with the "
    "chatbot: https://www.unison.org.uk",
    "Dave (Unison rep)", "dave.unison@gmail.com", NULL },
  { "If you want to try it yourself, the assistant is at https://www.harbourside.gov.uk/ask — it told me my "
    "bin day was Thursday. It's Monday.",
    "Ben", "ben.t@gmail.com", NULL },
  { "Asked the chatbot about parking permits. It invented a form that doesn't exist. Brilliant.",
    "Kath", "kath.w@gmail.com", NULL },
  { "There's an AI and ethics meetup at the university's innovation hub every month, open to anyone "
    "curious: https://www.meetup.com/harbourside-ai-ethics/",
    "Raj", "raj.p@gmail.com", NULL },
  { "For anyone who needs transcripts of council meetings: Whisper is free and open source and runs on a "
    "normal laptop. Download it from GitHub, no account needed.",
    "Alan", "alan.c@gmail.com", NULL },
  { "My daughter's whole class uses an app that solves maths homework from a photo. The teachers know. I'm "
    "not sure what homework is for any more.",
    "Nadia", "nadia.k@gmail.com", NULL },
  { "I'm blind and AI apps that describe photos have changed my life: Be My Eyes reads my post and tells me "
    "which tin is soup. Please don't throw all AI out with the chatbot.",
    "Martin", "martin.e@gmail.com", NULL },
  { "Apparently Sora invite codes were being sold on eBay for £50 when it launched. People will sell "
    "anything.",
    "Gary", "gary.n@gmail.com", NULL },
  { "I'm a psychologist. Several clients now talk about their 'AI girlfriend' or 'AI boyfriend' more than "
    "about real people. There's early research on companion apps and loneliness worth reading: "
    "https://www.nature.com/articles/s42256-025-01093-9",
    "Dr Ruth Adler", "ruth.adler@gmail.com", NULL },
  { "AI slop everywhere.",
    "Mo", "mo.b@gmail.com", NULL },
  { "Was this article written by ChatGPT? Genuinely asking.",
    "Liz", "liz.k@gmail.com", NULL },
  { "I founded a small AI start-up in the old docks building. We were never asked to bid, and I'd happily "
    "explain to councillors for free why their setup gives wrong answers. No sales pitch, just local "
    "expertise.",
    "Oliver Grant", "oliver@docklight.ai", "https://docklight.ai" },
  { "Students at the university get free GPU time and Copilot through the IT service, so nobody needs to "
    "buy 'cheap accounts' from strangers: https://www.harbourside.ac.uk/it/ai-tools",
    "Imogen", "imogen.s@harbourside.ac.uk", NULL },
  { "Got this WhatsApp today: 'ChatGPT Plus only £5/month, shared account, message me'. Shared accounts get "
    "banned and they can read everything you type. Don't.",
    "Neil", "neil.d@gmail.com", NULL },
  { "My bank's AI fraud system froze my card at the chemist. Annoying, but it did stop a fake 'AI "
    "investment' payment from my dad last year.",
    "Yvonne", "yvonne.a@gmail.com", NULL },
  { "Will the council publish how much the chatbot cost? A freedom of information request would do it: "
    "https://www.whatdotheyknow.com",
    "Ken", "ken.o@gmail.com", NULL },
};

/* The held-out figure, 10 of 30, as a floor; no reader flagged */
static void
test_heldout20_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 10);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout20_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Five more, written before the round read the rules (with the set,
 * kept apart) and scored once after them: 2 of 3 caught and none of 2
 * flagged. Caught: a homework app (0.82, by earlier rules: its ".app"
 * address and "homework" in it; it names AI only inside a word,
 * "HomeworkAI", which the round does not read) and ChatGPT Plus shared
 * in German on Telegram (0.80). Missed: an AI "novia virtual", "gratis y
 * sin límites", at a link (0.15): a companion offered was not a kind,
 * and "without limits" not a seller's word. Both are since, in general
 * words (an AI girlfriend or companion offered with any seller's word,
 * in eight languages; "unlimited", "sin límites", "без ограничений"...
 * as ease), and it scores 0.57. */
static const Comment spam_later[] = {
  { "Snap a photo of any homework question and get the answer in seconds. Trusted by 2 million students 📚 "
    "https://homeworkai-solver.app/download",
    "HomeworkAI", "support@homeworkai-solver.app", NULL },
  { "Endlich ChatGPT Plus für nur 4,99 € im Monat! Geteilter Zugang, sofort aktiv, mit Garantie. Schreib mir "
    "auf Telegram: @ki_zugang_de",
    "Lukas", "lukas.kizugang@gmail.com", NULL },
  { "Tu novia virtual con IA te espera 💋 chatea gratis y sin límites: https://amor-ia.chat",
    "Valeria", "valeria.ia.chat@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "The council's AI pilot report is on the committee papers page — it cost £240,000 for one year: "
    "https://democracy.harbourside.gov.uk/ieListDocuments.aspx?MId=4512",
    "Fiona", "fiona.g@gmail.com", NULL },
  { "Ma mère a reçu un appel avec la voix clonée de mon frère qui demandait de l'argent. Arnaque signalée sur "
    "https://www.cybermalveillance.gouv.fr — méfiez-vous.",
    "Sébastien", "seb.martin@free.fr", NULL },
};

static void
test_heldout20_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers probing the round's rules from the other side: the same
 * words used innocently, with somewhere to go. The first eight were
 * written with the rules' first version and none was flagged; of the
 * next six, written after the later five's fixes, four were flagged by
 * the rules as they stood: a nephew's start-up that "helped three
 * farms", with a report's link (0.57, a business's "we" with any link:
 * now only a link to a site named for AI); Age UK on AI companions'
 * "free chats" (0.57: a companion now needs a seller's word beyond
 * "free" and a place of the product's own); a library's AI tutor,
 * "unlimited free help, sign up" (0.57: a library, a school, a charity
 * are public bodies offering help) and a grandmother's Sora cartoon
 * "free for a week" on YouTube (0.57: a link to where readers post is
 * no seller's). Then seven more: an FOI reply's "free, unlimited and
 * private", RIA's "бесплатно и без регистрации", the CNIL's free guide
 * "in 10 minutes" were flagged (0.57 each: any AI product in a seller's
 * words now needs a place of its own: a site named for AI, a shop on a
 * sales platform, an app store's page whose link names AI, a messenger)
 * and so was a council press office's handle (0.50: a handle or an
 * address is no shop); a library lending ChatGPT accounts and Ofcom's
 * guide on "undress" apps for parents were written with their fixes
 * (public bodies lend accounts; parents, children, the law are what
 * readers of those apps name); Which? on "passive income" courses was
 * never flagged. After the spot check below, three readers linking an
 * AI event's own site, "free" and "booked out in 10 minutes", were
 * flagged (0.57 each; "ki-harbourside.de" was before the spot check's
 * fix too, "ki2026-harbourside.de" only after it): an event is
 * announced, not sold (conference, meetup, Konferenz, همایش...). */
static const Comment neighbours[] = {
  { "Our library's free AI course still has places: sign up at the front desk or online at "
    "https://harboursidelibraries.org.uk/ai-course",
    "Jean", "jean.m@gmail.com", NULL },
  { "Before paying for Plus, try ChatGPT's free tier for a month; most people never need more: "
    "https://chatgpt.com",
    "Raj", "raj.p@gmail.com", NULL },
  { "The council's assistant is open source, you can download the code and try it yourself: "
    "https://github.com/harbourside/assistant",
    "Tom Whitby", "tom.whitby@gmail.com", NULL },
  { "Sign the petition to keep a human on the council's phone line, 100% of our members back it: "
    "https://www.change.org/p/keep-humans-at-harbourside",
    "Dave", "dave.unison@gmail.com", NULL },
  { "Polizei-Tipp: Wer eine KI-App findet, die Fotos „auszieht“, sollte sie melden. Infos: "
    "https://www.klicksafe.de",
    "Sabine", "sabine.h@web.de", NULL },
  { "Le nouveau cours gratuit d'initiation à l'IA de la médiathèque commence en janvier, inscription à "
    "l'accueil : https://mediatheque-harbourside.fr/ateliers",
    "Élodie", "elodie.b@orange.fr", NULL },
  { "برای کسانی که کارت بین‌المللی ندارند: نسخه رایگان ChatGPT کافی است و نیازی به خرید اکانت نیست. "
    "راهنما: https://help.openai.com",
    "نیلوفر", "niloofar.k@gmail.com", NULL },
  { "I'm a wedding photographer; AI headshots take 5 minutes but they're not you. My work, if you're "
    "curious: https://annaleephotography.co.uk",
    "Anna Lee", "anna@annaleephotography.co.uk", "https://annaleephotography.co.uk" },
  /* (after the later five's fixes) */
  { "My nephew's start-up builds AI tools for farmers; we've helped three farms near here cut their water use. "
    "The report: https://www.harbourside-farmers.org.uk/water-report",
    "Graham", "graham.t@gmail.com", NULL },
  { "AI companion apps offer free chats around the clock, and lonely older people are using them. Age UK's "
    "advice is worth a read: https://www.ageuk.org.uk/information-advice/",
    "Dr Ruth Adler", "ruth.adler@gmail.com", NULL },
  { "Good piece, and fair to the council.\n— Priya, co-founder of the Harbourside AI ethics meetup",
    "Priya", "priya.n@gmail.com", "https://www.meetup.com/harbourside-ai-ethics/" },
  { "The library's AI tutor gives unlimited free help with homework, sign up with your library card: "
    "https://harboursidelibraries.org.uk/tutor",
    "Jean", "jean.m@gmail.com", NULL },
  { "Ask @harbourside_council on Instagram why the chatbot cost £240,000. They answer within 5 minutes, "
    "unlike the phone line.",
    "Bev", "bev.w@gmail.com", NULL },
  { "Sora 2 made my grandson's school play into a cartoon in seconds. Free for a week, then I cancelled: "
    "https://www.youtube.com/watch?v=x1y2z3",
    "Maureen", "maureen.p@btinternet.com", NULL },
  /* (after the fixes above) */
  { "Free, unlimited and private: the council's AI assistant runs on its own servers, says the FOI reply: "
    "https://www.whatdotheyknow.com/request/ai_assistant_costs",
    "Ken", "ken.o@gmail.com", NULL },
  { "Бесплатно и без регистрации: нейросеть GigaChat теперь отвечает на вопросы о ЖКХ, пишет РИА Новости: "
    "https://ria.ru/20261128/gigachat.html",
    "Игорь", "igor.s@yandex.ru", NULL },
  { "Le guide gratuit de la CNIL explique en 10 minutes comment refuser que vos données servent à entraîner "
    "une IA : https://www.cnil.fr/fr/ia",
    "Hélène", "helene.r@orange.fr", NULL },
  { "Try the council's AI assistant yourself, it's free and instant. Complaints to @HarboursideCC_press",
    "Bev", "bev.w@gmail.com", NULL },
  { "The Harbourside Library lends ChatGPT Plus accounts free for a week, instant access with your library "
    "card: https://harboursidelibraries.org.uk/ai",
    "Jean", "jean.m@gmail.com", NULL },
  { "Ofcom now fines apps that 'undress' photos with AI; the free guide for parents takes 5 minutes to read: "
    "https://www.internetmatters.org/nudify",
    "Hannah", "hannah.l@outlook.com", NULL },
  { "Which? tested AI 'passive income' courses sold on TikTok: all failed. Free report, 5 minutes to read: "
    "https://www.which.co.uk/news/ai-courses",
    "Ray", "ray.d@gmail.com", NULL },
  /* (after the spot check's fixes) */
  { "Die KI-Konferenz im Rathaus war kostenlos und in 10 Minuten ausgebucht. Programm: https://ki2026-harbourside.de",
    "Jörg", "joerg.b@web.de", NULL },
  { "Die KI-Konferenz im Rathaus war kostenlos und in 10 Minuten ausgebucht. Programm: https://ki-harbourside.de",
    "Jörg", "joerg.b@web.de", NULL },
  { "The AI meetup's talks are free to watch, each under 10 minutes: https://ai2026-harbourside.org",
    "Raj", "raj.p@gmail.com", NULL },
};

static void
test_heldout20_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* A spot check, five spam of the round's kinds written after its rules
 * and the guards, before these two fixes, and scored once: 3 of 5
 * caught (an AI logo maker at a ".ai" site, 0.84; an "AI girl" at a
 * ".love" site, 0.57, by an earlier round's rule; Russian earnings "на
 * нейросетях" on Telegram, 0.85). Missed: "ChatGPT-5 Pro lifetime
 * access only €29" at gpt5-lifetime.store (0.49: "gpt5" was not read as
 * a host naming AI, nor "only €" as a deal, "only $" was) and AI
 * answers reviewed from home for "$200/day" at a Google Form (0.15).
 * Since: a host's parts are read with digits apart, and "only", "just"
 * and "from" with "€" and "£" as with "$" (0.74). The task job at a
 * form stays a miss: a form is where readers answer surveys and
 * consultations ("how much do you earn? 5 minutes"), and money with a
 * form alone would flag them. */
static const Comment spot_spam[] = {
  { "Need a logo? Our AI designs 50 logos in 2 minutes, 70% off this week: https://logomagic.ai",
    "LogoMagic", "hi@logomagic.ai", NULL },
  { "Earn $200/day reviewing AI answers from home, no experience needed. Apply here: https://forms.gle/Rv8AiJobs",
    "Remote Jobs", "aijobs.remote@gmail.com", NULL },
  { "ChatGPT-5 Pro lifetime access only €29 👉 https://gpt5-lifetime.store",
    "Max", "max.deals24@gmail.com", NULL },
  { "Lonely tonight? Chat with Sofia, the AI girl who never judges you 💕 https://sofia-chat.love",
    "Sofia", "sofia.chat.love@gmail.com", NULL },
  { "Доход от 3000 ₽ в день на нейросетях, обучение бесплатно, пиши в телеграм @neuro_dohod",
    "Марина", "marina.neuro@mail.ru", NULL },
};

static void
test_heldout20_spot_check (void)
{
  check_heldout_floor (spot_spam, G_N_ELEMENTS (spot_spam), 5, NULL, 0, 0, 4);
}

/* A second spot check, by another engineer, written before reading the
 * round's rules (a story about a council's AI chatbot for bin days):
 * seven spam and eight readers. Before the round: 3 of 7 caught (Gemini
 * Advanced resold on Telegram 0.75, an AI trading bot on WhatsApp 0.62,
 * AI essays 0.77), none of 8 flagged. After it, at first sight: 4 of 7
 * (and a German "mit KI Geld verdienen" course, 0.62), none flagged.
 * Missed: an AI receptionist "$29/month, 14-day free trial" at its
 * founder's "-ai"-named site, opening as a reader does (0.15); a
 * talking-photo app on Google Play, "no watermark, no signup" (0.15);
 * a Russian "заработок на нейросетях от 150 000 руб" course at
 * neuro-dohod.ru (0.45). The readers near them (a council's chatbot, a
 * library's free AI class, a school's warning of nudify apps, an AI
 * start-up's founder disagreeing, a WhatsApp trading bot reported, a
 * German library's free KI course) stay at 0.15 or below.
 *
 * Since, two general fixes: a subscription's price with its figure
 * ("$29/month", "2€/mes", "500 ₽/мес") is a seller's deal, as "only
 * $" is, and a host that spells нейросеть "neuro" beside the money
 * ("neuro-dohod") is named for AI (0.57 and 0.75: 6 of 7). The
 * talking-photo app stays a miss: "no signup" and "no watermark" are a
 * reader's words too when she passes a free tool on. Eight readers
 * probe the fixes (prices per month in an FOI reply, a school's, a
 * parish council's; a neurology clinic's and a Russian institute's
 * "neuro-" sites with AI, "free" and "income" in the text; a
 * neuroscience society's talk): the first form of the host rule (any
 * "neuro" part) raised the clinic and the institute to 0.49; with the
 * money beside it, all eight stay at 0.15 or below. */
static const Comment desk_spam[] = {
  { "Great piece. Councils are slow but small businesses don't have to be: our AI receptionist answers every call 24/7 for $29/month, 14-day free trial at https://replyra-ai.com", "Daniel Hoyt", "dan@replyra-ai.com", "https://replyra-ai.com" },
  { "Want Gemini Advanced + 2TB for 1 year? Only 9.99 EUR, activation on your own account in 5 minutes. DM on Telegram @gem_pro_deals", "Sasha", "sasha.deals@gmail.com", NULL },
  { "Turn any photo into a talking video with our AI, no watermark, no signup! Download Talkify on Google Play https://play.google.com/store/apps/details?id=com.talkify.ai", "Talkify", "hello@talkify.app", NULL },
  { "I was sceptical too but this AI trading bot made me 2,300 euros in my first week. Everything is automated. Ask me how: wa.me/447700900321", "Emma Richards", "emma.rich88@gmail.com", NULL },
  { "Заработок на нейросетях от 150 000 руб в месяц без опыта! Бесплатный интенсив тут: https://neuro-dohod.ru/start", "Ирина", "irina.neuro@mail.ru", NULL },
  { "Lernen Sie in 7 Tagen, mit KI Geld zu verdienen! Jetzt kostenlos anmelden: https://ki-einkommen-akademie.de", "Markus", "info@ki-einkommen-akademie.de", NULL },
  { "Undetectable AI essays for any subject, 100% plagiarism free, delivered in 3 hours. Order at essaygenius-ai.net", "EssayGenius", "support@essaygenius-ai.net", NULL },
};
static const Comment desk_genuine[] = {
  { "I asked the council's new AI chatbot when my bins go out and it gave me last year's calendar. Free to use, sure, but useless. Their own page is right: https://www.leeds.gov.uk/bins", "Harriet", "harriet.k@example.org", NULL },
  { "For anyone worried: the library runs a free 'AI for beginners' class every Tuesday, book at https://www.elmsfordlibraries.org.uk/events", "Graham", "graham.l@example.org", NULL },
  { "My son's school sent a letter about AI apps that make fake nude photos of classmates. If it happens to your child, report it: https://www.ceop.police.uk", "Anita", "anita.m@example.org", NULL },
  { "Full disclosure, I run a small AI start-up in town (https://fernbrook-ai.co.uk) and even we think the council rushed this. Nobody asked residents first.", "Tom Ellery", "tom@fernbrook-ai.co.uk", "https://fernbrook-ai.co.uk" },
  { "Got a WhatsApp from 'Emma' promising an AI trading bot that makes 2,000 a week. Blocked and reported. Please warn your parents.", "Kev", "kev.n@example.org", NULL },
  { "ChatGPT Plus costs me £20 a month and I still wouldn't trust it with council tax questions.", "Priya", "priya.o@example.org", NULL },
  { "Воспользовался чат-ботом мэрии, бесплатно и быстро, но ответ был неверный. Позвонил — за 5 минут всё решили.", "Олег", "oleg.p@example.org", NULL },
  { "Die Stadtbibliothek bietet einen kostenlosen KI-Kurs für Senioren an, Anmeldung unter https://www.stadtbibliothek-kiel.de/kurse", "Ute", "ute.q@example.org", NULL },
};

static const Comment desk_guards[] = {
  { "The council pays £4,000/month for the chatbot, says this FOI reply: https://www.whatdotheyknow.com/request/ai_chatbot_costs", "Ruth", "ruth.a@example.org", NULL },
  { "ChatGPT Plus is $20/month; my son's school pays for it instead: https://www.bbc.co.uk/news/education-123", "Sam", "sam.b@example.org", NULL },
  { "Neurologists at https://www.neuro-clinic-bristol.co.uk use AI to read scans, free for NHS patients, and they say it earns back its cost in a year.", "Jo", "jo.c@example.org", NULL },
  { "В НИИ нейрохирургии (https://neuro-nii.ru) нейросеть читает снимки МРТ бесплатно для пенсионеров, доход больницы не вырос.", "Павел", "pavel.d@example.org", NULL },
  { "La app del ayuntamiento cuesta 2€/mes y usa IA para avisar de la recogida: https://www.valencia-residuos.es/app", "Marta", "marta.e@example.org", NULL },
  { "My startup's AI costs $49/month with a 14-day free trial, and even I wouldn't use it for council work: https://medium.com/@founder/why-councils-shouldnt", "Ben", "ben.f@example.org", NULL },
  { "We pay $12/month for an AI transcription tool at the parish council (https://otter.ai) and it still mangles every Cornish place name.", "Kerensa", "kerensa.g@example.org", NULL },
  { "The neuroscience society's free talk on AI and memory is on Thursday, details at https://neuro-society-bristol.org.uk/events", "Alan", "alan.h@example.org", NULL },
};

static void
test_heldout20_desk_check (void)
{
  check_heldout_floor (desk_spam, G_N_ELEMENTS (desk_spam), 7, desk_genuine, G_N_ELEMENTS (desk_genuine), 8, 6);
  check_none_flagged (desk_guards, G_N_ELEMENTS (desk_guards));
}

/* Each kind names itself */
static void
test_heldout20_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Why pay", "AI accounts or invite codes" },
    { spam, G_N_ELEMENTS (spam), "Sora 2", "AI accounts or invite codes" },
    { spam, G_N_ELEMENTS (spam), "Remove clothes", "undresses photos" },
    { spam, G_N_ELEMENTS (spam), "Нейросеть", "undresses photos" },
    { spam, G_N_ELEMENTS (spam), "Clone any", "clones voices" },
    { spam, G_N_ELEMENTS (spam), "I made", "money made with AI" },
    { spam, G_N_ELEMENTS (spam), "Mit KI", "money made with AI" },
    { spam, G_N_ELEMENTS (spam), "با هوش", "money made with AI" },
    { spam, G_N_ELEMENTS (spam), "Turn your selfie", "AI app or service" },
    { spam, G_N_ELEMENTS (spam), "The point about", "own AI business" },
    { spam, G_N_ELEMENTS (spam), "What a thoughtful", "signed by the founder of an AI business" },
    { spam, G_N_ELEMENTS (spam), "🚨 OpenAI", "an AI company’s name" },
    { spam, G_N_ELEMENTS (spam), "Honestly", "AI girlfriend or companion" },
    { spam_later, G_N_ELEMENTS (spam_later), "Tu novia", "AI girlfriend or companion" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the shapes this round's rules look for
 * cut short at the end of the text */
static void
test_heldout20_tiny (void)
{
  static const char * const contents[] = {
    "", "AI", "ai", "-ai", "ai-", "x-ai", "x-ai.", "@", "@ai", "@abcbot", "@ab_bot", "\n", "\n—", "a\n-", "made $",
    "makes", "earn 5", "5 seconds", " seconds", "за 5 секунд", "t.me/", "undress", "AI free", "AI free 1 click",
    "openai.", ".ai", "—",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout20/untrained", test_heldout20_untrained);
  g_test_add_func ("/spam-heldout20/after", test_heldout20_after);
  g_test_add_func ("/spam-heldout20/later", test_heldout20_later);
  g_test_add_func ("/spam-heldout20/neighbours", test_heldout20_neighbours);
  g_test_add_func ("/spam-heldout20/reasons", test_heldout20_reasons);
  g_test_add_func ("/spam-heldout20/tiny", test_heldout20_tiny);
  g_test_add_func ("/spam-heldout20/spot-check", test_heldout20_spot_check);
  g_test_add_func ("/spam-heldout20/desk-check", test_heldout20_desk_check);

  return g_test_run ();
}
