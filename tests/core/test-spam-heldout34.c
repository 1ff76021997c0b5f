/* test-spam-heldout34.c: a thirty-fourth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story34: Valparaíso, Chile, where the municipal council votes 6 to
 * 4 to hand four municipal funiculars (ascensores Cordillera, Espíritu
 * Santo, Florida and Villaseca) to a private company, Funiculares del
 * Pacífico SpA, for 15 years; the company will spend CLP 4,200 million
 * on restoring cars, cables and stations; the fare for visitors rises
 * from 100 to 1,000 pesos, residents with a "Tarjeta Vecino" pay 150;
 * the 38 operators' union fears for its contracts; the Cerro Cordillera
 * neighbours' association says the lifts were shut 9 of the last 24
 * months; an 82-year-old climbs 163 steps; a councillor calls it
 * privatising heritage; the contract goes to the Contraloría; an
 * information session on Thursday 19 March at 6.30pm at the Santiago
 * Severín library; UNESCO's list since 2003), in two sets, some of them
 * in Chilean Spanish, Brazilian Portuguese or German.
 *
 * The first, the spam any site's form lets through: a parking fine
 * "notice" to pay at a look-alike site, an electricity subsidy
 * "approved" that wants a RUT and card, search-engine ranking for
 * wedding venues and photographers, a Canada eTA and UK ETA agent, a
 * predatory journal's call for papers to the editor, lonely girls
 * nearby, Adderall and modafinil without a prescription, a loan "sin
 * DICOM" on WhatsApp, theses written to order, an "advance" on a
 * pension fund withdrawal, free solar panels from a "government
 * programme" but for the installation deposit, crypto recovery in
 * Portuguese; and twelve readers.
 *
 * The second, spam dressed as readers: nostalgia under a hair
 * extensions shop's website, a phrase of the story in a BBCode link to
 * a casino, sympathy for the operators turning into an investment
 * adviser's testimonial, a language model's "delicate interplay"
 * summary ending in a consultancy's blog, a guest's five stars for a
 * guesthouse with its booking link, a reply to an old reader that
 * sells stairlifts, product-testing work from home in Spanish, a
 * Brazilian's eSIM discount link, a "compensation" for the fare rise
 * claimed with ClaveÚnica and a card, a lonely neighbour's private
 * photos, a joint supplement for the stairs, a removals firm's code
 * "FUNICULAR"; and twelve readers a naive filter might flag.
 * Before the round, under the story: desk 8 of 12 caught (the parking
 * fine, 0.45, the electricity subsidy, 0.15, the pension fund advance,
 * 0.45, and the free solar panels, 0.15, missed) and 0 of 12 readers
 * flagged; dressed 8 of 12 and 0 of 12, missed: the hair extensions
 * shop's website (0.40), the guesthouse's booking link (0.45), the
 * "compensation" claimed with ClaveÚnica (0.15) and the joint
 * supplement (0.45). The same without the story.
 *
 * Fixed: a notice's subjects in Spanish (a "multa", an "infracción", a
 * "compensación", a "gobierno"'s programme) and its forms ("confirmar
 * su RUT", "datos de su tarjeta", "verifica si calificas", "Clave
 * Única"), and its readers' warnings ("es falso", "no hagan clic")
 * (byline-spam-filter-notices.c); a website named for hair sold by the
 * bundle ("extensions", "wigs") counts as one named for a trade,
 * unless the comment speaks of that trade itself (-ruses.c); a call to
 * "reserve direct" counts as one to "book direct" (-locals.c); "2x1"
 * is a discount (-offers.c). New: a government's own login ("Clave
 * Única") asked for at a made-up address, not where a reader warns
 * (-notices.c). After, under the story: desk 12 of 12 and 0 of 12;
 * dressed 12 of 12 and 0 of 12 (the same without it). The nearest the
 * line: the subsidy and the solar panels (0.57) among the spam; the
 * two in capitals and the links to the state's own sites (0.40) and
 * the photographer's blog (0.41) among the readers.
 *
 * Not yet: none of this round, though the subsidy and the solar panels
 * rest on one rule and a link.
 *
 * Every earlier set's scores compared before and after (3,576
 * comments): none moved.
 *
 * Eight readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: a parking fine SMS
 * quoted as "falso"; the real subsidy's site with "confirmar su RUT";
 * a Clave Única used at the state's own site; a "compensación" message
 * warned of; a parking fine paid at the municipality's site; a
 * cinema's "2x1" with a newspaper's link; a hairdresser under a
 * ".store" named for extensions; a complaint about a hostel with "don't
 * reserve direct here". All eight clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story34 =
  "Valparaíso's municipal council voted 6 to 4 on Wednesday night to hand four of the city's historic funiculars, the Cordillera, Espíritu Santo, Florida and Villaseca lifts, to a private company for 15 years, ending more than half a century of municipal operation.\n\n"
  "Under the concession, Funiculares del Pacífico SpA will spend 4,200 million pesos (about US$4.4 million) restoring the wooden cars, replacing cables and brakes and repairing the four stations within three years. In return it may raise the fare for visitors from 100 to 1,000 pesos a ride. Residents of Valparaíso who register for a new \"Tarjeta Vecino\" will pay 150 pesos, and pensioners and schoolchildren will ride free.\n\n"
  "The lifts have become a symbol of a city that has not been able to pay for them. According to the Cerro Cordillera neighbours' association, its funicular was out of service for nine of the last 24 months, twice for want of a spare part. \"When the lift stops, I stop,\" said Elena Carvajal, 82, who climbs 163 steps from Calle Serrano to her house with her shopping. \"Some weeks I don't go down at all.\"\n\n"
  "The mayor, Rodrigo Salinas, said the city had spent three years looking for public money that never came. \"Either someone repairs them now, or in five years we will be showing tourists photographs of where the funiculars used to be.\" Councillor Paula Henríquez, who voted against, said the council was \"renting out the city's heritage to the highest bidder\" and that a tenfold fare would turn the lifts into \"a ride for cruise passengers, not transport for the hills\".\n\n"
  "The union of the 38 lift operators, some of whom have worked the same cabin for 30 years, said the company had promised to keep them on but had not put it in writing. \"We have heard 'nobody will lose their job' before,\" said its president, Hugo Araya. The union will ask the Labour Directorate to review the transfer of their contracts.\n\n"
  "The contract must still be approved by the Comptroller General's Office (Contraloría) before the company takes over, which the municipality expects in July. Registration for the Tarjeta Vecino will open at the municipality's offices and online in June. The municipality will explain the concession at an information session at the Santiago Severín library on Thursday 19 March at 6.30pm. The historic quarter of Valparaíso has been on UNESCO's World Heritage list since 2003.";

static const Comment desk_spam[] = {
  { "AVISO DE INFRACCIÓN N° 2026-VLP-448172. Su vehículo fue registrado estacionado en zona prohibida en Av. Brasil, Valparaíso, el 03/03/2026. Monto de la multa: $48.500. Si paga dentro de 5 días hábiles obtiene un descuento del 50%. Después de ese plazo la multa será enviada al Registro de Multas No Pagadas. Pague aquí: https://pago-multas-transito-cl.com/infraccion?id=448172", "Juzgado de Policía Local", "notificaciones@pago-multas-transito-cl.com", NULL },
  { "SUBSIDIO ELÉCTRICO 2026 ⚡ Estimado/a beneficiario/a: su postulación al Subsidio Eléctrico fue APROBADA por un monto de $86.400. Para recibir el abono en su cuenta debe confirmar su RUT y los datos de su tarjeta de débito en https://subsidio-electrico-gobcl.com/confirmar antes del 25 de marzo. Si no confirma, el beneficio será asignado a otra familia.", "Subsidio Eléctrico Chile", "beneficios@subsidio-electrico-gobcl.com", NULL },
  { "Do you own a wedding venue, a bridal shop or work as a wedding photographer in Valparaíso or Viña del Mar? 💍 Couples search \"wedding venue Valparaíso\" and \"boda en Viña\" thousands of times a month and they are finding your competitors, not you. We guarantee page 1 on Google in 60 days or your money back. Local SEO packages from US$199/month. Free audit: https://wedding-seo-rankers.com/audit", "WeddingSEO Rankers", "grow@wedding-seo-rankers.com", "https://wedding-seo-rankers.com" },
  { "Travelling to Canada or the UK this year? ✈️ Get your Canada eTA or UK ETA approved in 24 hours without mistakes or rejections. Our visa experts fill in everything for you, 99.7% approval rate, urgent service in 1 hour available. Only US$89 per traveller, families get 15% off. Apply now: https://eta-express-visas.com/apply", "ETA Express Visa Services", "support@eta-express-visas.com", "https://eta-express-visas.com" },
  { "Dear Editor, Greetings of the day! We have gone through your valuable article on the funiculars and we are pleased to invite you to submit your research to the International Journal of Urban Heritage and Transport Studies (IJUHTS), ISSN 3091-2245, impact factor 6.48. Fast peer review within 72 hours, publication in 7 days, indexed in Google Scholar. Article processing charge only US$120. Submit your manuscript to editor.ijuhts@gmail.com. Regards, Dr. M. Kumar, Managing Editor", "Dr. M. Kumar (IJUHTS)", "editor.ijuhts@gmail.com", NULL },
  { "Hey there 😘 There are 27 lonely girls within 5 km of Valparaíso online right now who want to meet TONIGHT. No strings, no fake profiles, 100% discreet 🔥 Create your free account in 30 seconds and see their private photos: https://hot-singles-near.me/valpo 💋", "Valentina 💋", "valentina.hotdate@gmail.com", "https://hot-singles-near.me" },
  { "Buy Adderall, Modafinil, Ritalin and Xanax online without prescription. 💊 Perfect for exams and long work shifts, 100% original pharma grade, discreet packaging, worldwide shipping to Chile, Argentina and Peru in 5-7 days. Pay with bitcoin and get 20% off. Order: https://smartpills-rx-store.com", "SmartPills RX", "orders@smartpills-rx-store.com", "https://smartpills-rx-store.com" },
  { "💰 PRÉSTAMOS RÁPIDOS SIN DICOM 💰 ¿Estás en DICOM y ningún banco te presta? Nosotros sí. Desde $300.000 hasta $5.000.000, depósito el mismo día, sin aval, sin liquidaciones de sueldo, solo tu carnet. Cuotas cómodas. Escríbenos por WhatsApp al +56 9 0000 4417 y pregunta por Don Mario. Atendemos Valparaíso, Viña y Quilpué.", "Créditos Don Mario", "creditos.donmario@gmail.com", NULL },
  { "¿Te atrasaste con la tesis? 🎓 Hacemos tu tesis, memoria de título, informes y ensayos para cualquier universidad (UV, PUCV, USM, UNAB). Trabajo 100% original, pasamos Turnitin garantizado, redacción por profesionales con magíster. Entregas urgentes en 48 horas. Cotiza gratis por WhatsApp +56 9 0000 2291 o en www.tesis-listas-chile.com", "Tesis Listas Chile", "contacto@tesis-listas-chile.com", "https://tesis-listas-chile.com" },
  { "¡ADELANTA TU RETIRO DE FONDOS AFP HOY! No esperes la ley: te adelantamos hasta el 10% de tu fondo en 24 horas, tú solo firmas un poder simple y nosotros hacemos todo el trámite. Comisión mínima, sin consultar DICOM. Cupos limitados este mes. Ingresa tu RUT y tu Clave Única en https://adelanto-afp-express.com y recibe la transferencia mañana.", "Adelanto AFP Express", "tramites@adelanto-afp-express.com", NULL },
  { "☀️ PROGRAMA CASA SOLAR DEL GOBIERNO ☀️ Las familias de la Región de Valparaíso pueden recibir PANELES SOLARES GRATIS y ahorrar hasta 80% en la cuenta de la luz. El Estado financia los paneles, usted solo paga el depósito de instalación de $89.990 (reembolsable). Quedan 40 cupos para la comuna. Verifica si calificas: https://casa-solar-subsidio.com/valparaiso", "Programa Casa Solar", "postulaciones@casa-solar-subsidio.com", "https://casa-solar-subsidio.com" },
  { "Perdeu dinheiro em corretora falsa, pirâmide ou golpe de criptomoedas? 😢 Nós recuperamos! Somos uma equipe de hackers éticos e peritos em blockchain com 97% de sucesso. Já devolvemos mais de R$ 12 milhões para vítimas em todo o Brasil e no Chile. Você só paga a taxa de abertura do caso. Contato: recuperacao.cripto.pro@gmail.com ou Telegram @recupera_cripto_br", "Recupera Cripto Pro", "recuperacao.cripto.pro@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Ten times the fare. For a lift that didn't work half the time. Brilliant.", "Tomás Reyes", "tomas.reyes.valpo@gmail.com", NULL },
  { "Mi mamá tiene 79 años y vive en el Cerro Cordillera, arriba del ascensor. Cuando el ascensor está cerrado, que es casi siempre, no baja al plan en semanas. Le llevo las compras los domingos. Entiendo que la municipalidad no tiene plata, pero me da miedo que la empresa arregle los carros, suba el pasaje y después diga que los vecinos \"no son rentables\". Ojalá la Tarjeta Vecino sea fácil de sacar para la gente mayor, sin páginas web ni filas de tres horas.", "Carolina Soto", "carolina.soto.m@gmail.com", NULL },
  { "QUE VERGÜENZA. LOS ASCENSORES SON DE LA CIUDAD, NO DE UNA EMPRESA DE SANTIAGO. MI ABUELO FUE ASCENSORISTA EN EL VILLASECA 28 AÑOS. LO VOY A DECIR FUERTE EN LA BIBLIOTECA EL JUEVES 19.", "PATRICIO MORALES", "pmorales.cerro@gmail.com", NULL },
  { "I've lived on Cerro Alegre for eleven years and I was against any concession until last winter, when the Espíritu Santo stopped for four months and the neighbours ended up paying a mechanic out of our own pockets just to get a quote. The council had no budget, no spare parts and no plan. I still don't like handing a heritage monument to a company for fifteen years, but I like watching it rot even less. What I want to see is the actual contract: penalties if the lifts are out of service, a cap on future fares, and the operators' jobs written in, not promised. If the Contraloría approves it without those, then Councillor Henríquez was right.", "Daniel Whitaker", "dan.whitaker.valpo@gmail.com", NULL },
  { "\"Either someone repairs them now, or in five years we will be showing tourists photographs of where the funiculars used to be.\" Said like it's not the same municipality that let them get like this. Ten years of councils, zero maintenance.", "Fernanda Rojas", "fer.rojas88@gmail.com", NULL },
  { "Ojo vecinos, a mi papá le llegó este mensaje ayer: \"MUNICIPALIDAD DE VALPARAISO: Inscriba su Tarjeta Vecino antes del 31/03 y evite pagar $1.000 por viaje. Registro inmediato en tarjetavecino-valpo.com\". Es FALSO. La nota dice clarito que la inscripción abre en junio, y esa página pide RUT, Clave Única y tarjeta de crédito. No hagan clic y avísenle a los abuelitos.", "Javiera Muñoz", "javiera.munoz.p@gmail.com", NULL },
  { "For context, UNESCO's page on the historic quarter mentions the funiculars as part of what makes the site exceptional: https://whc.unesco.org/en/list/959/ . If a private operator lets them fall apart it's not just a transport problem, it's the listing.", "Ignacio Fuentes", "ignacio.fuentes.arq@gmail.com", NULL },
  { "🚡❤️ Cuídenlos, por favor 🙏", "Cata", "cata.valpo.22@gmail.com", NULL },
  { "@PATRICIO MORALES Respect to your grandfather. But be fair: the union says the company promised to keep the 38 operators. If it goes in the contract, that's better than the municipality, which left two cabins without operators last year because it couldn't pay overtime.", "Andrés Vergara", "andres.vergara@outlook.com", NULL },
  { "Moro em São Paulo e já fui a Valparaíso três vezes. Os ascensores são a coisa mais bonita da cidade, mas da última vez dois estavam fechados e tivemos que subir a pé com as malas. Pagaria mil pesos sem problema se funcionassem. Só espero que os moradores não paguem a conta.", "Luciana Alves", "luciana.alves.sp@gmail.com", NULL },
  { "Question for the reporter: does the Tarjeta Vecino cover people who work in Valparaíso but live in Viña or Quilpué? Half the people on my morning Cordillera ride are workers from outside the comuna.", "Marcela Pizarro", "marcela.pizarro@gmail.com", NULL },
  { "6 a 4. Lo mismo de siempre: deciden un miércoles en la noche y explican en marzo. ¿Por qué la sesión informativa es DESPUÉS de la votación y no antes? 😤", "Rodrigo Castillo", "rcastillo.valpo@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "This brings back so many memories. I rode the Espíritu Santo every day when I studied in Valparaíso, and the old operator always waited for us if we were running. I hope they keep the wooden cars exactly as they are.", "Isabella Grant", "isabella.grant@luxhair-extensions.store", "https://luxhair-extensions.store/brazilian-virgin-hair-bundles" },
  { "Good decision honestly. [url=https://casino-online-chile.bet/bono-bienvenida]restoring the wooden cars, replacing cables and brakes[/url] should have been done ten years ago, the municipality had its chance.", "Felipe", "felipe.vpo1987@gmail.com", NULL },
  { "My heart goes out to the 38 operators and their families, I know the fear of losing a job after 30 years. When the port cut my hours in 2024 I thought my life was over. Then a colleague introduced me to Mr. Ricardo Salas, a certified investment adviser, who helped me invest just $500.000 and in six weeks I withdrew $3.200.000. I paid my debts and helped my daughter with university. Anyone who is worried, write to him on WhatsApp +1 555 0147 and tell him Gloria sent you 🙏 God bless him.", "Gloria Henríquez", "gloria.henriquez.vpo@gmail.com", NULL },
  { "Valparaíso's decision to grant a 15-year concession for its historic funiculars underscores the delicate interplay between heritage preservation, urban mobility and fiscal sustainability. On the one hand, private investment offers a pragmatic pathway to restoring vital infrastructure; on the other, fare increases raise legitimate concerns about equitable access for residents. Navigating these multifaceted challenges will require transparency, robust oversight and meaningful community input. Ultimately, it will be interesting to see how this model evolves. For more insights on public-private partnerships in smart mobility, visit our blog: https://urbanflow-consulting.net/insights/ppp-mobility", "Ethan Brooks", "ethan@urbanflow-consulting.net", "https://urbanflow-consulting.net" },
  { "We stayed four nights at Casa Mirador Cordillera, right at the top of the funicular, and it was the highlight of our trip to Chile! ⭐⭐⭐⭐⭐ Sea views from the terrace, homemade breakfast, and Doña Pilar explained the whole history of the lifts. Don't book through the big apps, reserve direct here and get 10% off: https://casamirador-cordillera.com/reservas", "Hannah & Luke", "hannahluke.travels@gmail.com", NULL },
  { "@Elena Carvajal 163 steps at 82, you are a hero! But nobody should have to wait for a funicular to get home. StairMove Chile installs curved and straight stairlifts in houses on the hills, with 12 interest-free instalments and installation in 7 days. From $1.990.000, free home visit this month only: https://stairmove-chile.com/salvaescaleras", "StairMove Chile", "ventas@stairmove-chile.com", "https://stairmove-chile.com" },
  { "Qué pena por los ascensoristas 😢 Para los que quedan sin pega o necesitan un ingreso extra: estoy trabajando desde la casa probando productos y dejando reseñas en Mercado Libre y Falabella, gano entre $35.000 y $60.000 diarios desde el celular, sin experiencia. Buscan gente en Valparaíso. Escríbeme al WhatsApp +56 9 0000 7752 y te explico 👍", "Daniela Ríos", "daniela.rios.trabajo@gmail.com", NULL },
  { "Que pena, Valparaíso é apaixonante! 😍 Dica pra quem vai viajar pro Chile e subir os ascensores: não paguem roaming! Comprei um eSIM Chile com internet ilimitada e com meu link vocês ganham 50% de desconto na primeira compra 👉 https://esim-viagem-facil.com/r/lu2026", "Luana Viajante", "luana.viajante@gmail.com", "https://esim-viagem-facil.com" },
  { "VECINOS DE VALPARAÍSO: a los residentes afectados por el alza del pasaje les corresponde una COMPENSACIÓN de $50.000 por grupo familiar. Yo ya la cobré ayer. Ingresen con su Clave Única y los datos de su tarjeta en https://compensacion-ascensores-valpo.com antes de que se acaben los cupos. ¡Compartan!", "Vecina Informada", "vecinainformada.valpo@gmail.com", NULL },
  { "I live on Cerro Alegre too and I used to ride the Espíritu Santo every evening just to watch the sunset... since my divorce it feels so lonely up here 😔 If any gentleman wants to keep me company, I posted some private photos on my page, but only for those who really want to know me 💋 https://sofia-private.love/valpo", "Sofía 🌹", "sofia.private.love@gmail.com", "https://sofia-private.love" },
  { "Mrs Carvajal is an inspiration! My mother also lives on a hill in Valparaíso, and at 78 the stairs were destroying her knees until her neighbour told her about ArtroFlex Gold. After three weeks she goes up and down without pain and no more pills. It is 100% natural and today they have 2x1 with free delivery to all of Chile: https://artroflex-gold.cl-oferta.com 💛", "Patricia Lagos", "patricia.lagos.vpo@gmail.com", NULL },
  { "With fares like this a lot of us will have to leave the hills. If you're moving, my cousins at Mudanzas Pacífico Express moved my whole house from Cerro Florida to Quilpué in one day, they carried everything down the steps and nothing broke. Use the code FUNICULAR for 20% off your quote: https://mudanzas-pacifico-express.com/cotizar", "Marcelo Tapia", "marcelo.tapia.85@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I have the empanada shop at the top of the Cordillera lift, La Estación de Doña Rosa, for 17 years. When the lift is closed I sell half. When the cruise ships come and the lift works I sell double. So I am for the repairs, but if the neighbours stop riding because of the price, the hill will be only for tourists. Empanada de pino is still $2.500 and for anyone who shows me a Tarjeta Vecino in July, the coffee is on me.", "Rosa Valdés", "rosa.valdes.empanadas@gmail.com", NULL },
  { "I've been photographing the ascensores for a personal project since 2015, with the date each one closed and reopened. I've put the Cordillera's record on my blog so people can see the nine months of closures for themselves, with photos of the broken cable from last August: https://ascensores-de-valpo.blogspot.com/2026/03/cordillera-cerrado.html No ads, no shop, just the pictures.", "Matías Olivares", "matias.olivares.foto@gmail.com", "https://ascensores-de-valpo.blogspot.com" },
  { "COMPLETADA SOLIDARIA para el sindicato de ascensoristas 🌭 Sábado 14 de marzo desde las 12:00 en la sede de la junta de vecinos del Cerro Cordillera (calle Castillo). Completo italiano $1.500, bebida $800. Lo reunido es para pagar un abogado laboral que revise los contratos. Encargos al +56 9 0000 6630 (Nelly). ¡Los esperamos!", "Junta de Vecinos Cerro Cordillera", "jjvv.cerrocordillera@gmail.com", NULL },
  { "The concession documents should be public. Municipal tenders in Chile are published on the state procurement portal, https://www.mercadopublico.cl , and the Contraloría publishes its rulings at https://www.contraloria.cl . Search for Valparaíso and \"ascensores\" and you can read the fines and service levels yourself before the 19th.", "Claudia Espinoza", "claudia.espinoza.abog@gmail.com", NULL },
  { "163 STEPS AT 82 YEARS OLD. THAT IS WHAT THIS CITY DOES TO ITS OLD PEOPLE. FIX THE LIFTS, I DON'T CARE WHO DOES IT!!!", "MARIO GÓMEZ", "mario.gomez.vpo@gmail.com", NULL },
  { "Privatización.", "Ale", "ale.cerrobaron@gmail.com", NULL },
  { "Wir waren im Januar in Valparaíso und sind mit dem Ascensor Florida gefahren, ein wunderschönes altes Ding. Ehrlich gesagt hatten wir Angst, als die Kabine so gequietscht hat. 1.000 Pesos sind etwa ein Euro, das zahlt jeder Tourist gern. Hauptsache, die Anwohner fahren weiter billig.", "Sabine Krüger", "sabine.krueger@web.de", NULL },
  { "Warning to anyone renting rooms on the hills: I got an e-mail in English saying \"Funiculares del Pacífico: Tourist Partner Programme – list your hostel on our station screens for only US$250/year, pay today at fdp-partners.net\". The company hasn't even taken over yet and doesn't have a partner programme. It's a scam, don't pay.", "Josefina Carrasco", "josefina.carrasco@gmail.com", NULL },
  { "Para los que viven arriba y no pueden cargar cosas mientras no hay ascensor: don Juan, el fletero de la plaza Echaurren, me subió un refrigerador y una lavadora los 200 escalones del Cerro Cordillera por $25.000 con su hijo, súper cuidadoso. Su número es +56 9 0000 1184. No es pariente mío, solo un buen trabajador.", "Verónica Aguilera", "vero.aguilera@gmail.com", NULL },
  { "Some numbers: a micro from the plan to the hills is $500, a colectivo $800, the Metro Valparaíso from Viña around $500 at peak. The lift at 150 pesos with the card is still the cheapest ride in the city. At 1,000 it's more than a bus, which is fine for a tourist and a disaster for anyone who forgot to register.", "Sebastián Navarro", "seba.navarro@gmail.com", NULL },
  { "Soy ingeniero mecánico jubilado, trabajé 25 años en mantención de ascensores y funiculares. Si la junta de vecinos o el sindicato quiere que alguien lea la parte técnica del contrato (frenos, cables, plazos de reparación) antes de la sesión del 19, lo hago gratis. Escríbanme a h.bustos.ing@gmail.com.", "Hernán Bustos", "h.bustos.ing@gmail.com", NULL },
  { "La Coordinadora de Vecinos de los Cerros está juntando firmas para que el contrato incluya un tope al pasaje de residentes, multas por días sin servicio y la continuidad de los 38 ascensoristas por escrito. Llevamos 2.340 firmas. Firma aquí: https://vecinos-cerros-valpo.org/firma o en la sede de calle Castillo, de lunes a viernes de 18 a 20 h.", "Coordinadora de Vecinos de los Cerros", "contacto@vecinos-cerros-valpo.org", "https://vecinos-cerros-valpo.org" },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Ojo, a mi vecino le llegó un SMS: \"Multa por estacionar en Av. Brasil, pague aquí con 50% de descuento: pago-multas-valpo.com\". Es falso, el Juzgado de Policía Local no cobra por mensaje.", "Ricardo Lagos M.", "ricardo.lagos.m@gmail.com", NULL },
  { "El subsidio eléctrico sí existe, pero para postular hay que confirmar su RUT en el sitio del gobierno, https://www.subsidioelectrico.cl , no en páginas que llegan por WhatsApp.", "Gabriela Toro", "gabriela.toro@gmail.com", NULL },
  { "Revisé mi fondo con mi Clave Única en https://www.chileatiende.gob.cl antes de firmar nada con la AFP. Nadie más debería pedírtela.", "Pedro Saavedra", "pedro.saavedra@gmail.com", NULL },
  { "Me llegó un WhatsApp de una \"compensación por el alza del pasaje\" que pedía la Clave Única en compensacion-pasaje-valpo.com. Es falsa, no hagan clic.", "Luisa Paredes", "luisa.paredes@gmail.com", NULL },
  { "If a court sends you a parking fine, pay the fine only at the municipality's own site: https://www.municipalidaddevalparaiso.cl", "Tom Becker", "tom.becker@gmail.com", NULL },
  { "Los miércoles el Cine Insomnia tiene 2x1 para los vecinos del cerro, y queda a dos cuadras del ascensor: https://www.biobiochile.cl/noticias/cine-insomnia", "Camila Riquelme", "camila.riquelme@gmail.com", NULL },
  { "I do hair extensions in my salon on Cerro Alegre and half my clients come up by the Cordillera. Without the lift I lose them.", "Valeria Núñez", "valeria.nunez@gmail.com", "https://valeria-hair-extensions.store" },
  { "Avoid Hostal Vista Cordillera: five stars on their page, but they cancelled our room the night before and kept the deposit. Don't reserve direct here: https://hostal-vista-cordillera.example.cl", "Anna Schmidt", "anna.schmidt@web.de", NULL },
};

static const HeldoutRound round34 = {
  "/spam-heldout34", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story34,
};

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout34_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story34);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "AVISO DE INFRACCIÓN", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_spam), "SUBSIDIO ELÉCTRICO", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_spam), "☀️ PROGRAMA CASA SOLAR", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_spam), "¡ADELANTA TU RETIRO", "asks for a government login" },
    { HELDOUT_SET (dressed_spam), "VECINOS DE VALPARAÍSO", "asks for a government login" },
    { HELDOUT_SET (dressed_spam), "This brings back", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "We stayed four nights", "a link to book the business it praises" },
    { HELDOUT_SET (dressed_spam), "Mrs Carvajal", "offers a discount and somewhere to buy" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "Ojo vecinos", "asks for a government login" },
    { HELDOUT_SET (desk_probes), "Ojo, a mi vecino", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "El subsidio eléctrico", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "Revisé mi fondo", "asks for a government login" },
    { HELDOUT_SET (desk_probes), "Me llegó un WhatsApp", "asks for a government login" },
    { HELDOUT_SET (desk_probes), "If a court sends", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "I do hair extensions", "is named for a trade spam sells" },
    { HELDOUT_SET (desk_probes), "Avoid Hostal Vista", "a link to book the business it praises" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round34);
  g_test_add_func ("/spam-heldout34/reasons", test_heldout34_reasons);

  return g_test_run ();
}
