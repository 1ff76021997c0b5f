/* test-spam-heldout30.c: a thirtieth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story30: Sherbrooke, Quebec, votes 11 to 4 to pick up black-bin
 * garbage every two weeks from April 6, with bigger bins, exemptions
 * and two information sessions), in two sets. The first, the spam any
 * site's form lets through (an Interac e-Transfer "from the city" to
 * deposit at a link, an "asset recovery agent", a remote job paid
 * daily on WhatsApp, a girl "just moved to Sherbrooke", a guest-post
 * seller, Russian link blasting, Indonesian slots, tramadol without a
 * prescription, an essay mill, a "Government of Canada" relief payment
 * to confirm, a dying widow's fund, a printer help line) and twelve
 * readers. The second, spam dressed as readers: a web studio's pitch
 * after a complaint about the city's site, a dumpster rental behind
 * "bigger bin", a raccoon story with a wildlife firm's number and "$50
 * off" for mentioning the article, a cousin's "$8,200 a month", a
 * language model's summary ending "for more insights", a bin-cleaning
 * firm's shout-out under its own website, a sentence of the story and
 * a compost caddy "40% off this week only" at the author's site, a
 * no-credit-check loan in a reply, a petition with a gift-card draw, a
 * composter's "best tumblers" link with an affiliate's tag, thanks from
 * a keyword-named mover, an "expert trader" on Telegram; and twelve
 * readers. Before the round, under the story: desk 10 of 12 caught and
 * 0 of 12 readers flagged; dressed 6 of 12 and 0 of 12.
 *
 * Fixed: money "sent" to the reader by a payment app ("has sent you",
 * "you have received"), to take at a made-up address ("deposit your
 * funds", "select your financial institution"), and a link with an
 * affiliate's code ("?aff=", an associate's "?tag=…-20"), the more so
 * to a buyer's guide or the author's own site (byline-spam-filter-
 * notices.c, whose notice rule now reads "confirm your eligibility"
 * and "confirm your direct deposit" too); a public body said to owe
 * money now includes the Government of Canada, the Canada Revenue
 * Agency and the Receiver General (-fixers.c), and canada.ca,
 * quebec.ca, ontario.ca and alberta.ca are governments' own sites
 * (-patterns.c); the writer's own firm "starting at" a price, under its
 * website, and a model's digest of the story ("comprehensive
 * overview", "key points include") as its stock phrases, three or more
 * (-pitches.c); money off for readers who "mention this article",
 * beside a business's number (-rackets.c); a sale ("% off", "this week
 * only") at the author's own website in the same sentence, and "shout
 * out to", "friendly staff" as a review's words, under a business's
 * site or one it writes from (-locals.c). Every rule steps back for a
 * reader's warning ("scam", "not from", "delete it", "ripped off",
 * "hidden fees") and a shopkeeper who says the shop is hers ("I run",
 * "full disclosure"). After, under the story: desk 12 of 12 and 0 of
 * 12; dressed 12 of 12 and 0 of 12 (the same without it). The nearest
 * the line: the cousin's "$8,200 a month" (0.53, older rules), the
 * raccoon firm's money off (0.55), the e-Transfer, the girl's photos,
 * the petition and the affiliate's tag (0.57) among the spam; the
 * reader giving away two bins by e-mail (0.45, the older "contact the
 * author") and the two in capitals (0.40) among the readers.
 *
 * Not yet: none of this round.
 *
 * Every earlier set's scores compared before and after (3,342
 * comments): ten moved, none across the line. No reader rose; one fell
 * (round 11's brother and his work permit, 0.15 to 0, its canada.ca
 * link a government's now). Nine spam caught before rose: the boiler
 * grant "check your eligibility" (round 12, 0.50 to 0.75), the winter
 * grant (round 19, 0.62 to 0.81), the driving test finder "from just
 * £39" (round 29, 0.75 to 0.86), four essay mills, a café's "deals"
 * site and a Pandora clearance (a sale at the author's own site).
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: an e-Transfer a
 * neighbour sent for a spare bin, Interac's own help linked; a GST
 * credit "confirm your direct deposit" with the Canada Revenue Agency
 * at canada.ca; a hauler's "plans from $45" and its hidden fees, from
 * a reader with her own site; a pest control flyer's "mention this
 * article and get $50 off", called a scam; a shout-out to the
 * ecocentre's friendly staff; a hardware store's "20% off this week
 * only" two sentences before the reader's own blog; a shopkeeper's own
 * "20% off this week only", in full disclosure (0.45, the older
 * discount rule); the public works report's "comprehensive overview"
 * and "valid concerns raised"; a compost club's blog "?tag=tumblers-
 * 2024"; a wildlife firm's number with no money off. All ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story30 =
  "Sherbrooke households will have their garbage picked up only every second week starting April 6, after city council voted 11 to 4 on Monday night to end weekly collection of black bins in all six boroughs. Brown organics bins and blue recycling bins will stay on their current schedules.\n\n"
  "The city says the change will save about $1.4 million a year in contractor costs and keep thousands of tonnes of food waste out of the regional landfill. A pilot project in part of the Fleurimont borough, running since the spring of 2023, saw the weight of black-bin waste fall by 31 per cent, according to a report the public works department presented to council.\n\n"
  "\"The numbers from Fleurimont are very clear,\" said councillor Nathalie Bérubé, who chairs the environment committee. \"When people know the black bin only goes out every two weeks, they start using the brown bin properly. Most of what we were picking up every week was food scraps that should never have gone to landfill in the first place.\"\n\n"
  "Not everyone is convinced. Councillor Daniel Ouellet, who voted against the plan, said families with babies in diapers and tenants in older apartment buildings with shared bins would be hit hardest. \"A six-unit building on Belvédère with one bin for everybody cannot wait fourteen days in July,\" he said. \"We are going to see bags on the sidewalk and raccoons in every lane.\"\n\n"
  "Households that need more room can request a larger 360-litre black bin at no extra cost until the end of June, the city said, and families with children under two or residents with medical needs can apply for a weekly pickup exemption. Larger apartment buildings will be assessed case by case, and landlords will receive a letter in March.\n\n"
  "Residents can ask questions at two public information sessions: Thursday, March 12 at the Rock Forest community centre, and Tuesday, March 17 at the Jacques-Cartier branch library, both starting at 7 p.m. The new collection calendar will be mailed to every address in early March and posted on the city's website the same week.";

static const Comment desk_spam[] = {
  { "INTERAC e-Transfer: Ville de Sherbrooke has sent you $118.40 CAD (Waste Collection Fee Adjustment 2026). This transfer expires in 48 hours. Deposit your funds securely by selecting your financial institution: https://interac-etransfer-deposit.ca-secure-pay.com/dep/8Kq2Lx", "INTERAC e-Transfer", "notify@ca-secure-pay.com", "https://interac-etransfer-deposit.ca-secure-pay.com" },
  { "I never believed I would see my money again. I lost $62,400 in USDT to a fake trading platform I was introduced to by someone I met online, and the police and my bank told me nothing could be done. A colleague referred me to Agent Marcus Hale of Sentinel Asset Retrieval and within nine days his team traced the wallets and recovered almost everything. If you have been scammed, please don't give up. Reach him by email: marcushale.retrieval (at) cyberhelpdesk-mail dot net or WhatsApp +1 819 555 0134. Tell him Linda sent you.", "Linda Carver", "linda.carver1962@inboxnorth-mail.com", NULL },
  { "Hiring in Sherbrooke and area!! Part-time remote position, only 2-3 hours a day from your phone, $380-$650 per day paid DAILY by Interac. No experience needed, training provided, must be 23+. Only 15 spots left this week. Send the word JOB on WhatsApp to Ms. Caroline at +1 (819) 555-0177 to start today.", "Caroline - HR Recruitment", "caroline.hr.team@jobsnow-canada.net", NULL },
  { "hey 😘 I'm Vika, 24, just moved to Sherbrooke for work and I don't know anyone here yet... so bored tonight 🙈 if you want to chat or meet, my private photos are here 👉 https://vika-meets.club/s/sherb24", "Vika 💋", "vika.sweet24@lovelymeet-mail.com", "https://vika-meets.club" },
  { "Hello, I hope you are doing well. I came across your website while reading this article about the waste collection changes and really enjoyed the quality of your local reporting. I am reaching out because I manage a network of high-authority news and lifestyle sites (DA 50-80, real organic traffic) and we offer sponsored guest posts with permanent do-follow links from $45. We would also be happy to pay for a quality article with one link to be published on your site. Please let me know if this is of interest and I will share our full site list and prices. Kind regards, Olivia Bennett, Outreach Manager", "Olivia Bennett", "olivia@outreachlinkpros.com", "https://outreachlinkpros.com" },
  { "Привет всем! Прогон сайта по 15 000 форумам, каталогам и профилям — рост позиций в Яндекс и Google уже через 2 недели. Ссылочная масса, трастовые ссылки, отчёт после каждого прогона. Цены от 2900 руб. Пишите в Telegram @progon_seo_pro или заходите на https://progon-seo-baza.ru/ceny", "ProgonSEO", "info@progon-seo-baza.ru", "https://progon-seo-baza.ru" },
  { "Situs slot gacor hari ini gampang maxwin 2026! Daftar sekarang di KILATWIN777, deposit via DANA, OVO dan QRIS mulai 10 ribu saja, bonus new member 100% dan cashback mingguan. RTP live 98% terpercaya. Link alternatif anti blokir: https://kilatwin777-gacor.xyz/daftar", "kilatwin777 slot gacor", "cs@kilatwin777-gacor.xyz", "https://kilatwin777-gacor.xyz" },
  { "Buy Tramadol 100mg online without prescription - overnight shipping to all of Canada, discreet packaging, no doctor needed. Also available: Xanax 2mg, Oxycodone, Adderall, Valium. Pay with Bitcoin and get 20% off your first order >>> https://rx-canada-meds24.shop/tramadol", "Buy Tramadol Online Canada", "orders@rx-canada-meds24.shop", "https://rx-canada-meds24.shop" },
  { "What a great case study in the trade-offs of municipal policy! If any college or university students are writing about this for a public administration or environmental studies class and feel stuck, our team of PhD-qualified writers can help with essays, research papers, case studies and dissertations. 100% plagiarism-free, deadlines from 3 hours, free revisions. Use code STUDENT15 for 15% off your first order: https://topgrade-essaywriters.co/order", "TopGrade Essay Writers", "support@topgrade-essaywriters.co", "https://topgrade-essaywriters.co" },
  { "GOVERNMENT OF CANADA - IMPORTANT NOTICE: Quebec residents eligible for the 2026 Cost of Living Relief Payment ($680 per adult) must confirm their direct deposit information before February 28. Unclaimed payments will be returned to the Receiver General and cannot be reissued. Confirm your eligibility now: https://canada-benefit-relief.info/qc/confirm?id=SHB2026", "Service Canada Benefits", "notice@canada-benefit-relief.info", "https://canada-benefit-relief.info" },
  { "Dearest in the Lord, please forgive my intrusion on this page. I am Mrs. Margaret Ellison, a widow from Ohio now in a hospital in Toronto with terminal cancer of the oesophagus, and my doctors have given me only a few months. My late husband Richard left US$4,700,000 in a fixed deposit account and I have no children to inherit it. I want a God-fearing person to use this fund for orphans, widows and the less privileged in their community. As I read about your city today I felt the Holy Spirit lead me to you. Please reply with your full name, country and phone number to my private email mrs.margaret.ellison@ministry-mails.org so my lawyer can contact you. Remain blessed.", "Mrs. Margaret Ellison", "mrs.margaret.ellison@ministry-mails.org", NULL },
  { "Just a tip for anyone planning to print the new collection calendar when the city posts it: if your printer says offline or won't connect to the wifi (happened to me with both my HP and my Canon), the printer support line sorted it out over the phone in about 10 minutes, 24/7 and no charge for the first call: 1-888-555-0143. Saved me a trip to the store.", "Robert Gagné", "rgagne.sherb@northpost-mail.ca", NULL },
};

static const Comment desk_genuine[] = {
  { "About time.", "Guy R.", "guy.rioux@postemail-qc.ca", NULL },
  { "So my property tax went up 4.9% in January and now I get half the garbage service. Where exactly is this $1.4 million \"saving\" going? Not back to me, I can guarantee that. Eleven councillors who have never dragged a bin through a snowbank in February decided this in one evening. Unbelievable.", "Marc Tremblay", "marc.tremblay74@courrielmail.ca", NULL },
  { "FOURTEEN DAYS IN JULY WITH DIAPERS. HAS ANYONE ON COUNCIL EVER CHANGED ONE??? I WILL BE AT ROCK FOREST ON THE 12TH AND EVERY PARENT IN THIS CITY SHOULD BE THERE TOO.", "Stéphanie L.", "steph.lavoie.mom@courrielmail.ca", NULL },
  { "Enfin une décision logique. À Fleurimont on est passés aux deux semaines il y a presque trois ans et honnêtement on ne s'en rend même plus compte. Le bac brun fait tout le travail. Seul conseil : rincez-le pendant l'été, sinon bonjour les vers.", "Hélène Beaudoin", "h.beaudoin@videotronmail-qc.ca", NULL },
  { "For the people asking why the city is even doing this: Quebec has provincial targets for keeping organic waste out of landfills and the money municipalities get back from the province is partly tied to how much they divert. The background is here: https://www.quebec.ca/en/environment-and-natural-resources/residual-materials . Doesn't mean you have to like it, but it isn't just the council's idea.", "Paul Whitcombe", "pwhitcombe@eastmail-townships.ca", NULL },
  { "If you want a bigger brown bin before the city ones come in, Quincaillerie Lapointe on King Ouest had the 240 L ones last week for around $70. Not cheap, but ours has survived three winters and a plow.", "Denis Pelletier", "denis.pelletier@courrielmail.ca", NULL },
  { "\"Larger apartment buildings will be assessed case by case.\" That one sentence is doing a lot of work. I'm in a twelve-unit on Galt with two black bins for everybody and they're already full by Thursday. Who do we even call?", "Amira Haddad", "amira.h@postemail-qc.ca", NULL },
  { "Heads up: my mother got a text this morning that said \"Ville de Sherbrooke: New bin collection fee of $24.99 must be paid before March 1 to keep your service. Pay now: sherb-collecte-paiement.com\". It is NOT from the city. The city doesn't charge per bin and doesn't text you payment links. Delete it and please tell your parents.", "Karen Moffatt", "kmoffatt@eastmail-townships.ca", NULL },
  { "@Marc Tremblay it's children under two, not three, and you have to apply for it, it's not automatic. Paragraph five. Call before the end of June if you need the bigger bin too.", "Julie Fortin", "julie.fortin88@courrielmail.ca", NULL },
  { "The medical exemption sounds nice, but why should I have to explain my husband's health to city hall to get my garbage picked up? We go through a lot of ostomy supplies. That is nobody's business but ours.", "Louise G.", "louise.gervais@videotronmail-qc.ca", NULL },
  { "Raccoon buffet.", "Frank", "frank.oneill@eastmail-townships.ca", NULL },
  { "I grew up in Sherbrooke, spent twenty years in Ontario and came back in 2019, so I've already been through this exact change once. When my old city went to garbage every two weeks there was a month of panic, a few bags on the curb, a lot of angry letters to the paper, and then everybody just adjusted. The real difference was the green bin. Once people actually used it, the garbage bin was half empty by pickup day. What did NOT work, and what I'd warn council about, was the apartment buildings. Landlords didn't add bins, tenants had no room, and the lanes behind the six-plexes were a mess every August. If the city is serious about \"case by case\", it should name an actual person responsible and give a phone number, not just a form on the website. Otherwise Councillor Ouellet will be proven right by July.", "Gordon MacLeod", "g.macleod@eastmail-townships.ca", NULL },
};

static const Comment dressed_spam[] = {
  { "Really clear article, thank you. Shame the city's own website is so hard to use, I tried to find the Fleurimont pilot map and gave up after ten minutes. Local businesses have exactly the same problem: if people can't find your hours or your phone number in two clicks, they leave. That is what we fix at our studio, fast mobile-friendly websites for Eastern Townships businesses starting at $799, with local SEO included.", "Estrie Web Studio | Web Design Sherbrooke", "hello@estriewebstudio.ca", "https://estriewebstudio.ca" },
  { "Honestly every two weeks works fine if you're organised. We did the pilot in Fleurimont and the only thing that helped was getting a <a href=\"https://bestdumpsterdeals-quebec.com/mini-bin-rental-sherbrooke\">bigger bin</a> for the summer months. Problem solved.", "Julie M.", "juliem.qc@mailboxnorth.com", NULL },
  { "Councillor Ouellet is right about the raccoons. We had a mother and four babies under our shed last spring after they found the bags. The only people who got them out humanely were Mike and his crew at Townships Wildlife Control, 819-555-0188, mention this article and they take $50 off the inspection.", "Sandra P.", "sandrap.townships@mailboxnorth.com", NULL },
  { "Fewer pickups and higher taxes, typical. Meanwhile my cousin in Magog is making $8,200 a month working part time from home on her laptop. She got laid off in the fall and now she earns more than the mayor lol. This is what she does → https://homeincome-daily.net/ca/start", "Brenda Lacroix", "brenda.lacroix77@mailboxnorth.com", "https://homeincome-daily.net" },
  { "This article provides a comprehensive overview of Sherbrooke's transition to biweekly garbage collection. Key points include the projected $1.4 million in annual savings, the 31% reduction in waste observed during the Fleurimont pilot project, and the valid concerns raised regarding multi-unit residential buildings. Ultimately, the success of this initiative will depend on community engagement, clear communication and effective support for vulnerable households. For more insights on sustainable waste management practices, visit https://greenlivinghub-insights.com/waste-management-guide", "GreenLiving Insights", "editor@greenlivinghub-insights.com", "https://greenlivinghub-insights.com" },
  { "Just want to give a shoutout to Sparkle Bin Cleaning Sherbrooke!! With garbage only every two weeks the smell this summer is going to be REAL. They pressure wash and deodorize your garbage and compost bins right at the curb for $15 a bin, eco-friendly products, super friendly staff. Best bin cleaning service in Sherbrooke, Magog and Lennoxville, highly recommend!!", "Karine Bouchard", "karine.b@sparklebincleaning-sherbrooke.ca", "https://sparklebincleaning-sherbrooke.ca" },
  { "\"When people know the black bin only goes out every two weeks, they start using the brown bin properly.\" So true. The hard part is keeping the food scraps from smelling up the kitchen. The FreshSeal countertop compost caddy with the charcoal filter is the only one that has worked for us, and it's 40% off this week only at freshseal-home.com", "Nathalie Roy", "nroy.home@mailboxnorth.com", "https://freshseal-home.com" },
  { "@Denise I hear you, between the tax increase and grocery prices it's so hard to keep up right now. When I was short last winter I got $2,000 from QuickCash Direct in under an hour, no credit check even with my bad credit, and the payments are small. Just search QuickCash Direct Canada or go to quickcashdirect-loans.ca, it really helped my family.", "Melissa Dion", "melissa.dion.qc@mailboxnorth.com", NULL },
  { "If you agree this is a bad idea there is a petition going around to keep weekly pickup, already 3,000+ signatures from Sherbrooke residents. It takes 30 seconds and everyone who signs is entered in a draw for a $500 grocery card: https://sherbrooke-weekly-pickup.petitionrewards.co/sign?ref=44821", "Keep Weekly Pickup Sherbrooke", "team@petitionrewards.co", NULL },
  { "We've been composting in the backyard in Lennoxville for six years and honestly it cut our black bin down to one bag every two weeks anyway, so this change won't affect us much. If anyone is thinking of starting, I tested 14 compost tumblers over two winters and wrote up the ones that actually survive a Quebec January here: https://backyardcompostguide.com/best-compost-tumblers-canada-2026/?tag=bcguide-20", "Tom @ Backyard Compost Guide", "tom@backyardcompostguide.com", "https://backyardcompostguide.com" },
  { "Merci pour cet article très clair sur le nouveau calendrier de collecte, je vais le partager avec mes voisins. Continuez votre excellent travail !", "Déménagement Sherbrooke pas cher", "info@demenagement-sherbrooke-pascher.ca", "https://demenagement-sherbrooke-pascher.ca" },
  { "$1.4 million \"saved\" and we won't see a single cent of it on our tax bills. I stopped waiting for governments to fix my finances back in 2024. I started investing with expert trader Mrs. Evelyn Carter and I've received $23,400 in profits in six weeks, paid straight to my account. She is licensed and 100% legit. Reach her on Telegram @EvelynCarterFX or WhatsApp +1 (819) 555-0112 and thank me later.", "Daniel Whitaker", "dwhitaker.invest@mailboxnorth.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I own Café Le Grain on Wellington Sud, so full disclosure. Commercial pickup isn't changing, I checked with the city: we already pay a private hauler because of the coffee grounds and milk cartons. So don't worry about downtown smelling worse. And if anyone composts at home, our used grounds are free, just ask at the counter.", "Annie Gosselin", "annie@cafelegrain-sherbrooke.ca", "https://cafelegrain-sherbrooke.ca" },
  { "The PDF of the pilot zones is impossible to read on a phone, so I traced the Fleurimont streets and the new collection days onto a proper map: https://www.jplessard.ca/cartes/collecte-2026 . I did it by hand from the city's document, so corrections are welcome.", "Jean-Philippe Lessard", "jp@jplessard.ca", "https://www.jplessard.ca" },
  { "St. Andrew's Church on Dufferin is hosting a free brown bin and home composting evening with the Friends of the Magog River on Saturday, March 14, 2 to 4 pm. Coffee and muffins provided, all welcome. Seniors who need a ride can call the church office at 819-555-0126.", "Rev. Catherine Boyd", "office@standrews-sherbrooke.ca", NULL },
  { "For anyone who wants the federal numbers on how much household food ends up in landfill (it's a lot more than I thought): https://www.canada.ca/en/environment-climate-change/services/managing-reducing-waste/food-loss-waste/taking-action-household-food-waste-canada.html", "Martin Desrosiers", "mdesrosiers@courrielmail.ca", NULL },
  { "PLEASE READ THE PART ABOUT THE EXEMPTION. IF YOU HAVE A BABY OR MEDICAL NEEDS YOU CAN STILL GET WEEKLY PICKUP. CALL 311. MY SISTER ALREADY DID AND IT TOOK FIVE MINUTES.", "Ginette Côté", "ginette.cote51@videotronmail-qc.ca", NULL },
  { "Merci! 🙏", "Sylvie", "sylvie.b@courrielmail.ca", NULL },
  { "Vivo en un edificio de seis apartamentos en la calle Belvédère y compartimos un solo contenedor negro. Ya ahora se llena antes del día de recogida. ¿Alguien sabe si el propietario tiene que pedir más contenedores o si lo podemos pedir nosotros? Gracias.", "Valentina Rojas", "vale.rojas@postemail-qc.ca", NULL },
  { "WARNING: a man is going door to door in Rock Forest with a clipboard saying he's from \"Sherbrooke Bin Services\" and that \"all residents must buy the new approved bin lock for $35 before April 6 or your collection will be refused\". There is no such rule. I called the city and they said to report it to the police. He left a flyer with sherbrookebinservices.com on it, don't go there and don't pay cash. My neighbour already did.", "Richard Poirier", "r.poirier@eastmail-townships.ca", NULL },
  { "We just moved and have two spare brown bins in good shape, the little kitchen one and a big 240 L, free to anyone in Lennoxville who needs them. Email me at dlafleur.lennox@postemail-qc.ca and I'll leave them on the porch.", "Diane Lafleur", "dlafleur.lennox@postemail-qc.ca", NULL },
  { "Hi everyone, I'm a master's student in environmental studies and my thesis is on exactly this pilot. If you live in Fleurimont and have 10 minutes, my anonymous survey is here: https://enquete-collecte-estrie.ca/s/fleurimont2026 . No prizes, sorry, just my gratitude. Results will be public in the fall.", "Camille Nadeau", "camille.nadeau@etu-estrie-univ.ca", "https://enquete-collecte-estrie.ca" },
  { "Quick math: $1.4 million divided by roughly 80,000 households is about $17.50 each per year. That's $1.46 a month to keep weekly pickup. I would happily pay that. Put it on the tax bill as an option and see how many people tick the box.", "Alain Bergeron", "alain.bergeron@courrielmail.ca", NULL },
  { "Best $30 I ever spent: a bin with a latching lid from the hardware store, the raccoons gave up after a week. Second tip, free: put meat and fish scraps in a bag in the freezer and only take them out the night before pickup. No smell, no worms, even in August.", "Pierre-Luc Ménard", "plmenard@videotronmail-qc.ca", NULL },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Denis, Julie has sent you $40 by Interac e-Transfer for the spare brown bin. Deposit the funds by selecting your bank in the notice, or from your bank's app; Interac's help page if it says expired: https://www.interac.ca/en/consumers/support/", "Marc-André", "ma.cote@courrielmail.ca", NULL },
  { "The Government of Canada's GST credit payment lands on April 5. If yours didn't come, confirm your direct deposit with the Canada Revenue Agency in My Account: https://www.canada.ca/en/revenue-agency/services/e-services/cra-login-services.html", "Suzanne", "suzanne.b@videotronmail-qc.ca", NULL },
  { "Our six-plex asked a private hauler to keep weekly pickup: plans from $45 a month per bin, plus hidden fees for the lane. Cheaper to ask the city for the bigger bin.", "Amélie Roy", "amelie@amelieroy.ca", "https://amelieroy.ca" },
  { "A man calling himself Townships Pest Control is leaving flyers on Belvédère: \"mention this article and get $50 off, call 819-555-0199\". It's a scam, the city has no such contractor.", "Yves", "yves.t@eastmail-townships.ca", NULL },
  { "Shout out to the friendly staff at the Rock Forest ecocentre, who took our cracked bin for free. Highly recommend going on a weekday morning, there's no line.", "Nicole", "nicole.p@courrielmail.ca", NULL },
  { "Quincaillerie Lapointe has the 240 L brown bins 20% off this week only. I compared four bins over two winters on my blog, marielaval.ca, and the cheap ones crack in the cold.", "Marie Laval", "marie@marielaval.ca", "https://marielaval.ca" },
  { "Full disclosure, I run the hardware store on King Ouest (https://quincaillerielapointe.ca). We can't compete with the city's free 360-litre bins, and our kitchen caddies are 20% off this week only anyway.", "Denis Lapointe", "denis@quincaillerielapointe.ca", "https://quincaillerielapointe.ca" },
  { "The public works report gives a comprehensive overview of the Fleurimont pilot, tonnage month by month, but the valid concerns raised by Councillor Ouellet about six-plexes get one paragraph: https://www.sherbrooke.ca/fr/vie-municipale/conseil", "Hugo", "hugo.m@postemail-qc.ca", NULL },
  { "Our compost club's notes on tumblers that survive a Quebec January are on the blog: https://compostestrie.example.org/blog?tag=tumblers-2024 . Free to read, and the best ones cost under $150.", "Claire", "claire@compostestrie.example.org", NULL },
  { "Townships Wildlife Control got our raccoons out humanely, 819-555-0188, and the city's page lists the other licensed trappers. Mention the bags under the shed when you call, it changes the quote.", "Sandra", "sandra.v@mailboxnorth.com", NULL },
};

static const HeldoutRound round30 = {
  "/spam-heldout30", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story30,
};

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout30_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story30);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "INTERAC e-Transfer", "says money was sent to the reader" },
    { HELDOUT_SET (desk_spam), "GOVERNMENT OF CANADA", "says a public body owes readers money" },
    { HELDOUT_SET (desk_spam), "GOVERNMENT OF CANADA", "with a form at an address that is not the official one" },
    { HELDOUT_SET (dressed_spam), "Really clear article", "sells the writer’s own services from a starting price" },
    { HELDOUT_SET (dressed_spam), "Councillor Ouellet", "offers money off to readers who say they read of the business here" },
    { HELDOUT_SET (dressed_spam), "This article provides", "a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "Just want to give", "reads like a customer’s review of a business" },
    { HELDOUT_SET (dressed_spam), "\"When people know", "announces a sale at the author’s own website" },
    { HELDOUT_SET (dressed_spam), "We've been composting", "links with an affiliate’s code" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_probes), "Denis, Julie", "says money was sent to the reader" },
    { HELDOUT_SET (desk_probes), "The Government of Canada", "says a public body owes readers money" },
    { HELDOUT_SET (desk_probes), "Our six-plex", "from a starting price" },
    { HELDOUT_SET (desk_probes), "A man calling himself", "offers money off to readers" },
    { HELDOUT_SET (desk_probes), "Shout out to", "reads like a customer’s review of a business" },
    { HELDOUT_SET (desk_probes), "Quincaillerie Lapointe", "announces a sale at the author’s own website" },
    { HELDOUT_SET (desk_probes), "Full disclosure", "announces a sale at the author’s own website" },
    { HELDOUT_SET (desk_probes), "The public works report", "a language model’s stock phrases" },
    { HELDOUT_SET (desk_probes), "Our compost club", "links with an affiliate’s code" },
    { HELDOUT_SET (desk_probes), "Townships Wildlife Control", "offers money off to readers" },
    { HELDOUT_SET (desk_genuine), "Heads up", "says money was sent to the reader" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round30);
  g_test_add_func ("/spam-heldout30/reasons", test_heldout30_reasons);

  return g_test_run ();
}
