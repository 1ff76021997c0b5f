/* test-spam-heldout51-data.h: a fifty-first round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented local story (story51:
 * Cusco, Peru, where Calle Saphi will close to traffic from Monday 1
 * March to Tuesday 30 November 2027 while the Provincial Municipality
 * lifts the concrete slab off 420 metres of the buried Saphi river, from
 * the Santa Ana steps to Plaza Regocijo, and rebuilds the channel in
 * stone with a footpath on each bank; the manager for the historic
 * centre puts the cost at S/ 46.8 million, S/ 31.2 million of it from
 * the Ministry of Housing and S/ 15.6 million from the municipality, for
 * the open channel, two footbridges, a larger culvert under Plaza
 * Regocijo and flood gates upstream at Picchu; the nine combi routes
 * that use the street go by Avenida Ejército; the 38 shops and workshops
 * on the street that show lower sales can claim S/ 1,200 a month for up
 * to nine months, claims open until Friday 16 April 2027 at the
 * municipal service desk on the Plaza de Armas or on the municipality's
 * website, free of charge; a hardware shop owner, 61, on the street
 * since 1989, "nine months without cars is nine months without
 * customers"; a woman, 67, who has sold corn with cheese on the corner
 * for twenty years, says in Quechua that street vendors are not on the
 * list; the Junta Vecinal Saphi, 23 houses flooded in January 2026, asks
 * for work to stop at 10pm; a public meeting on Saturday 20 February
 * 2027 at 6pm in the municipal auditorium, questions to the
 * municipality's free line 0800-1-4270), in four sets, most of them in
 * Peruvian Spanish (with Cusco's Quechua loans: arí, wawqi, caserita,
 * and Lima slang: pe, causa, al toque, chamba), several in Cusco Quechua
 * (Runasimi, with ch', k', p', q', qh, alone or mixed with Spanish in one
 * sentence as Cusco speaks it) and two in English.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a quick loan app, S/ 500 to S/ 15,000 to Yape or Plin in five
 *     minutes "even if you are in Infocorp" (the credit bureau), a
 *     Cyrillic A in "PRÉSTAMOS", a WhatsApp number with letters O for
 *     zeros, no link (Spanish, Lima slang);
 *   - a fake "Bono Apoyo Familiar 2027", S/ 760 a household for rain and
 *     works in Cusco, Puno and Apurímac, "check with your DNI", a
 *     "bonoapoyo-gob-pe." look-alike .site host without a scheme
 *     (Spanish);
 *   - a fake Olva Courier notice, a parcel not delivered in Cusco, S/
 *     4.90 to resend, an "olva-pe." look-alike .online host without a
 *     scheme (Spanish);
 *   - a fake SUNAT tax refund, S/ 1,284.50, "validate your Clave SOL and
 *     card number", a "sunat-devoluciones.gob-pe." look-alike .click
 *     host, the same host in the website field (Spanish);
 *   - betting tips on Cienciano against Deportivo Garcilaso, odds of
 *     4.80, a S/ 30 a week VIP group paid by Yape, a promo code spelt
 *     letter by letter with spaces, a Telegram channel (Spanish with a
 *     Quechua word);
 *   - a Bitcoin and forex "mentor" who turned S/ 800 into S/ 38,500 in
 *     six weeks and runs your account herself, a WhatsApp number
 *     (Spanish);
 *   - factory jobs in Japan and South Korea, a S/ 4,500 fee, half in
 *     advance by Yape, a Quechua opening and a Quechua call to young
 *     Quechua speakers, a WhatsApp number and a Telegram handle
 *     (Spanish and Quechua);
 *   - DNI, driving licences without an exam, clean criminal records,
 *     UNSAAC degrees, passports, the number half in Spanish words
 *     (Spanish);
 *   - a "paqo" healer from Q'ero, love spells in three days, offerings to
 *     the Pachamama, luck at the Tinka lottery, guinea pig cleansings and
 *     coca leaf reading, a Quechua invocation first, the number spaced
 *     digit by digit (Spanish with Quechua);
 *   - sponsored articles with dofollow links on the site, casino,
 *     betting, loans and crypto accepted, S/ 180 an article, an .example
 *     host in the text and the website field (Spanish);
 *   - an adult come-on, "Cusco girls 18+", the .xyz host written with
 *     "[punto]" and spaced letters, a Snapchat handle, the host in the
 *     website field (Spanish);
 *   - a fake Inti Raymi anniversary draw, S/ 15,000 and a motorbike won,
 *     a S/ 120 "shipping fee" to a Yape number, soft hyphens between the
 *     letters of the draw's name (Spanish with a Quechua sentence).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother in lower Saphi whose house flooded knee-deep in
 *     January 2026, for the works if the 30 November date holds
 *     (Spanish);
 *   - against: a combi driver on the Saphi route for 14 years, 20 minutes
 *     more a trip by Ejército, no S/ 1,200 for drivers, "a work for the
 *     photo and the tourists" (Spanish, "pe");
 *   - sarcasm: the Chinchero airport promised in the seventies, the Saphi
 *     to be "recovered" in 2012 and 2019, "the only thing on time will be
 *     February's rain" (Spanish, "arí");
 *   - a reply to "@Rubén Cjuno": the Junta Vecinal asked for a temporary
 *     stop at Santa Ana, see you at the meeting on the 20th (Spanish and
 *     Quechua mixed);
 *   - a reader shouting in capitals, models, promises, floods every
 *     January in Saphi and Pumacurco, "where is the money of the 2019
 *     works", all to the auditorium on 20 February (Spanish);
 *   - a wave, a mountain, a roadworks sign, praying hands and the
 *     Peruvian flag only;
 *   - a question from a street vendor: the shops get S/ 1,200, do vendors
 *     like her get it too, "what will I eat for nine months" (Quechua);
 *   - a reader quoting a WhatsApp message to his father, a S/ 1,200
 *     "compensation" and a S/ 30 fee to a Yape number, to warn that it is
 *     a scam (Spanish, a Quechua sentence);
 *   - the municipality's site and the Ministry of Economy's spending
 *     tracker cited for the ordinance, the list of 38 businesses and the
 *     technical file (Spanish);
 *   - a reader born on Calle Saphi in 1941 who remembers the river open,
 *     washerwomen and paper boats, asks the engineers to keep the Inca
 *     walls and ask the old people where the water comes out (Spanish);
 *   - a bakery on the Saphi slope since 1978, nine workers, signing with
 *     its name, asking where and when it can load during the works, no
 *     phone, no link (Spanish);
 *   - a very short comment, "Allinpaqyá kachun." (Quechua).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - strength to the 38 businesses and the shop owner's words, then a
 *     digital marketing agency, online shops and paid ads from S/ 199 a
 *     month, a phone number and its site (Spanish);
 *   - the vendor's point taken, then a fake compensation site, S/ 1,200
 *     to Yape in 48 hours for a S/ 25 "processing fee", a "cusco-gob-pe"
 *     look-alike .site host (Quechua with Spanish words);
 *   - a reply to "@Gonzalo Zamalloa" agreeing that Chinchero is a legend,
 *     a betting referral link in the website field only (Spanish);
 *   - the January 2026 floods and a leaking tin roof, then roof
 *     waterproofing behind an HTML <a href> on "impermeabilizante de
 *     techos barato Cusco" (Spanish);
 *   - a traveller glad for the river, then "sold out" Machu Picchu and
 *     Huayna Picchu tickets at US$ 95, 50% deposit by Western Union or
 *     PayPal friends & family, an .example host (English);
 *   - the vendor's words hurt, then a coca leaf reader in Wanchaq who
 *     brought back trade and a husband, the number half in Quechua words
 *     (Quechua with Spanish);
 *   - the compensation will come late, then a digital "pandero" (rotating
 *     savings), S/ 200 turned into S/ 600 in 15 days, a WhatsApp group
 *     link (Spanish);
 *   - a furnished flat in San Blas for families fleeing the dust, S/
 *     1,400 a month, the owner "in Spain", two months' deposit by Yape,
 *     one digit of the number in a Spanish word (Spanish);
 *   - the dust and noise to come, then a task scam, "likes" on YouTube
 *     and TikTok for S/ 150 a day, a Telegram handle (Spanish);
 *   - luck to the traders, then phones "from a Tacna customs auction" at
 *     half price, 50% in advance, an HTML <a href>, letters O and l for
 *     digits in the number (Spanish);
 *   - the 23 flooded families, then a charity "association" whose money
 *     goes to a personal Yape number, "the association's account will
 *     be opened later" (Quechua with a Spanish sentence);
 *   - the river as a place to walk dogs, then husky puppies "given away",
 *     only S/ 180 of Olva shipping from Arequipa by Yape, a WhatsApp
 *     number (Spanish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the police's 105 and the municipality's free line
 *     0800-1-4270, "the municipality never asks for money", and how to
 *     have a transfer blocked (Spanish with a Quechua sentence);
 *   - a seller of chicken broth on the Saphi corner for 14 years giving
 *     her new place at the Ccascaparo market, stall 58, and her phone for
 *     old customers (Quechua with a Spanish sentence);
 *   - the municipality's own page, posted by the municipality, the dates,
 *     the detours, the meeting and the free line, the site in the website
 *     field (Spanish);
 *   - the sums worked out: soles a metre, the ministry's and the
 *     municipality's shares in percent, the compensation against the
 *     cost, a driver's lost hours a month (Spanish);
 *   - a reader quoting a scam SMS with its "cusco-gob-pe" look-alike link
 *     to warn that only cusco.gob.pe and the service desk are real
 *     (Spanish);
 *   - a cyclists' collective, rides on Thursdays from Plaza San
 *     Francisco, its WhatsApp group, "the collective asks no one for
 *     money" (Spanish);
 *   - a lawyer explaining that the municipality, not a "gestor", approves
 *     the compensation from SUNAT sales figures, and that licensed street
 *     vendors can ask in writing to be added (Spanish);
 *   - a reader recommending the Ombudsman's Cusco office, free, its hours
 *     and its free line, Quechua spoken there (Spanish with a Quechua
 *     sentence);
 *   - a licensed tour guide of 22 years on the Inca river under the
 *     street, the Ministry of Culture's page linked (English);
 *   - a doctor at the Antonio Lorena hospital on diarrhoea and pneumonia
 *     after floods, for the works if the dust is kept down (Spanish);
 *   - a Quechua radio presenter giving his programme's station, frequency
 *     and hours, who will read the story in Quechua with the free line
 *     (Quechua);
 *   - a reader mocking the spam under the story, the paqo, the bono,
 *     Japan, the pandero, the huskies, the Tacna phones, the San Blas flat
 *     (Spanish with a Quechua sentence).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story51 =
  "Cusco to close Calle Saphi and open the buried Saphi river along 420 metres in 2027\n\n"
  "CUSCO, Peru — Calle Saphi will close to traffic from Monday 1 March to Tuesday 30 November 2027 while the "
  "Provincial Municipality of Cusco lifts the concrete slab off 420 metres of the Saphi river, from the Santa "
  "Ana steps to Plaza Regocijo, and rebuilds the channel in stone with a footpath on each bank, the "
  "municipality said.\n\n"
  "Rocío Ccorimanya Valer, the municipality's manager for the historic centre, put the cost at S/ 46.8 "
  "million, S/ 31.2 million of it transferred by the Ministry of Housing and S/ 15.6 million from the "
  "municipality, for the open channel, two footbridges, a larger culvert under Plaza Regocijo and flood gates "
  "upstream at Picchu. The nine combi routes that use Calle Saphi will go by Avenida Ejército while the street "
  "is shut. The 38 shops and workshops on the street that show lower sales can claim S/ 1,200 a month for up "
  "to nine months. Claims are open until Friday 16 April 2027 at the municipal service desk on the Plaza de "
  "Armas or on the municipality's website, free of charge.\n\n"
  "\"Nine months without cars is nine months without customers,\" said Julio Cárdenas, 61, who has run a "
  "hardware shop on Calle Saphi since 1989.\n\n"
  "Vicentina Quispe, 67, who has sold corn with cheese on the corner for twenty years, said in Quechua that "
  "street vendors are not on the list: \"Who will remember us?\"\n\n"
  "The residents' group Junta Vecinal Saphi says the river flooded 23 houses in January 2026 and asks for work "
  "to stop at 10pm. A public meeting is set for Saturday 20 February 2027 at 6pm in the municipal auditorium. "
  "Questions go to the municipality's free line, 0800-1-4270.";

static const Comment desk_spam[] = {
  { "🔥 PRÉSTАMOS AL TOQUE 🔥 Desde S/ 500 hasta S/ 15,000 depositados a tu Yape o Plin en 5 minutos, sin aval, "
    "sin boletas de pago, ¡aunque estés en Infocorp! Solo con tu DNI. Cuota diaria desde S/ 9. Comerciantes, "
    "mototaxistas y choferes de combi bienvenidos. Escribe al WhatsApp +51 9O4 61O 228 y pregunta por la Srta. "
    "Milagros. ¡Cusco, tu chamba no espera!",
    "Préstamos Al Toque Cusco", "prestamosaltoque.cusco@gmail.com", NULL },
  { "📢 BONO APOYO FAMILIAR 2027 – S/ 760 POR HOGAR 📢 El Gobierno del Perú abrió la consulta del nuevo bono "
    "para familias afectadas por lluvias y obras en Cusco, Puno y Apurímac. Consulta con tu DNI si eres "
    "beneficiario y registra tu cuenta antes del 28/02/2027: bonoapoyo-gob-pe.consulta-dni.site/cusco Cobro "
    "por Yape, Plin o Banco de la Nación. ¡Comparte con tu familia!",
    "Gob.pe Bonos", "consultas@consulta-dni.site", NULL },
  { "Olva Courier: Su envío N° 7731-0849-2215 no pudo ser entregado en CUSCO por dirección incompleta. El "
    "paquete será devuelto al remitente en 24 h si no actualiza sus datos y paga la tarifa de reenvío de S/ "
    "4.90. Actualice aquí: olva-pe.rastreo-envio.online/actualizar",
    "Olva Courier Perú", "notificaciones@rastreo-envio.online", NULL },
  { "SUNAT – DEVOLUCIÓN DE IMPUESTOS 2026: Estimado contribuyente, usted tiene un saldo a favor de S/ 1,284.50 "
    "pendiente de abono. Para recibirlo valide su Clave SOL y el número de su tarjeta de débito en: "
    "https://sunat-devoluciones.gob-pe.click/validar Plazo: 72 horas. Caso contrario el saldo pasará al Tesoro "
    "Público.",
    "SUNAT Devoluciones", "devoluciones@gob-pe.click", "https://sunat-devoluciones.gob-pe.click" },
  { "⚽💰 FIJA DEL DÍA 💰⚽ Cienciano vs Deportivo Garcilaso: más de 2.5 goles + gana Cienciano, cuota 4.80. Ayer "
    "salió la combinada de cuota 31 🔥 Grupo VIP S/ 30 la semana, pagos por Yape. Regístrate en la casa de "
    "apuestas con el código  Q O S Q O 5 1  y te doblan tu primer depósito. Telegram: @fijas_qosqo_vip ✅ "
    "Kachkaniraqmi causa, ¡a ganar!",
    "Fijas Qosqo VIP", "fijasqosqo.vip@gmail.com", NULL },
  { "Hola a todos 🙏 Hace un año yo era cobrador de combi en Wanchaq, sin futuro. Gracias a mi mentora, la Lic. "
    "Andrea Salazar, experta en trading de Bitcoin y forex, convertí S/ 800 en S/ 38,500 en solo seis semanas. "
    "Ella misma opera tu cuenta, tú solo ves crecer tus ganancias cada viernes en tu Yape. Si quieres cambiar "
    "tu vida como yo, escríbele a su WhatsApp +51 936 402 817 y dile que vas de parte de Edwin. ¡Dios la "
    "bendiga! 💯",
    "Edwin Huillca", "edwinhuillca.trader@gmail.com", NULL },
  { "🇯🇵 ¡JAPÓNPI LLAMK'AY! 🇰🇷 Trabajo en fábricas de autopartes y empacadoras en Japón y Corea del Sur, sueldo "
    "desde US$ 2,300, visa de trabajo en 45 días, vivienda incluida, no necesitas hablar japonés. Costo del "
    "trámite S/ 4,500, 50% adelantado por Yape o depósito. Qhichwa rimaq waynakuna, sipaskuna, ¡kayqa "
    "qamkunapaqmi! Pocas vacantes. WhatsApp +51 974 118 530 · Telegram @trabajo_japon_peru",
    "Agencia Nikkei Empleos", "nikkei.empleos.peru@gmail.com", NULL },
  { "¿Necesitas documentos rápido? Tramitamos DNI, brevetes A-I y A-IIb SIN EXAMEN, certificados de "
    "antecedentes penales y policiales limpios, títulos de la UNSAAC y de institutos, partidas de nacimiento, "
    "pasaportes y visas. Todo registrado en el sistema, 100% verificable. Entrega en Cusco en 3 días, reserva "
    "total. Llama o escribe: nueve ocho cuatro, setecientos doce, 369. Pregunta por Jhonatan.",
    "Trámites Rápidos Cusco", "tramitesrapidos.cusco@gmail.com", NULL },
  { "Apukunaq, Pachamamaq sutinpi 🙏🏔️ Soy el GRAN MAESTRO PAQO Q'ERO Don Santos Apaza, altomisayoq heredero de "
    "los Apus Ausangate y Salkantay. Amarres de amor en 3 días, regreso del ser amado rendido a tus pies, "
    "despachos a la Pachamama para el negocio, suerte en la Tinka, limpias con cuy y lectura de hoja de coca. "
    "Trabajos garantizados, también a distancia. WhatsApp: 9 5 1 - 2 0 4 - 7 7 3 . ¡Sulpayki Pachamama!",
    "Maestro Santos Apaza", "paqo.santosapaza@gmail.com", NULL },
  { "¡Hola equipo del diario! Ofrecemos publicación de artículos patrocinados con enlaces dofollow permanentes "
    "en su web. Aceptamos nichos de casino, apuestas, préstamos y criptomonedas. Pagamos S/ 180 por artículo o "
    "US$ 50 por PayPal. También tenemos más de 300 medios peruanos con DA 30+. Catálogo y tarifas: "
    "https://linkbuilding-peru.example/tarifas",
    "Valeria Ríos | Link Building Perú", "valeria@linkbuilding-peru.example", "https://linkbuilding-peru.example" },
  { "🔞 Chiquillas cusqueñas y extranjeras 18+ 🔥 videollamadas sin censura, contenido exclusivo y citas en "
    "Wanchaq, San Blas y Magisterio 💋 Entra ya 👉 c u s c o h o t [punto] x y z /vip ✨ o agrégame en Snap: "
    "caro.cusco18",
    "Caro 🔥", "caro@cuscohot.xyz", "http://cuscohot.xyz" },
  { "🎁🎉 ¡FELICIDADES! Su número fue seleccionado en el S\u00ado\u00adr\u00adt\u00ade\u00ado "
    "A\u00adN\u00adI\u00adV\u00adE\u00adR\u00adS\u00adA\u00adR\u00adI\u00adO Inti Raymi 2027: S/ 15,000 en "
    "efectivo + una moto Honda 150 cc 🏍️ Para liberar su premio deposite S/ 120 de gastos de envío al Yape 962 "
    "508 114 (a nombre de Jhon C. Mamani, agente de pagos) antes de 24 horas. ¡Kusikuy, ayllukunawan "
    "raymichakuy! Código ganador: IR-27-CUS-0518",
    "Sorteo Aniversario Inti Raymi", "sorteo.intiraymi2027@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Vivo en la parte baja de Saphi, cerca de Regocijo. En enero de 2026 el agua entró a mi casa hasta la "
    "rodilla, perdimos la refrigeradora y los cuadernos de mis hijos. Si abrir el río y poner compuertas en "
    "Picchu evita eso, bienvenida la obra. Nueve meses de polvo se aguantan; otra inundación, no. Eso sí, que "
    "cumplan la fecha del 30 de noviembre.",
    "Maribel Huallpa Ttito", "maribel.huallpa@gmail.com", NULL },
  { "Manejo en la ruta que baja por Saphi hace 14 años. Desviarnos por Ejército son 20 minutos más por vuelta, "
    "pe, con el tráfico de la mañana. Nadie nos ha preguntado nada. La gente de Tica Tica y de Picchu va a "
    "tener que caminar o pagar taxi. ¿Y el pasaje quién lo paga? A nosotros nadie nos da S/ 1,200. Esta obra "
    "es para la foto y para los turistas, no para el cusqueño.",
    "Rubén Cjuno", "rubencjuno.transportes@hotmail.com", NULL },
  { "Qué bonito. El aeropuerto de Chinchero lo prometieron en los setenta, el tren de cercanías en cada "
    "campaña, y el Saphi lo iban a «recuperar» en 2012 y otra vez en 2019. Ahora sí, 1 de marzo de 2027 🙃 Yo "
    "apuesto a que lo único que va a llegar a tiempo es la lluvia de febrero. Ya veremos, arí.",
    "Gonzalo Zamalloa", "gzamalloa@yahoo.es", NULL },
  { "@Rubén Cjuno te entiendo, wawqi, mi tío también maneja combi. Pero la Junta Vecinal ya pidió que las "
    "rutas de Tica Tica tengan un paradero provisional en Santa Ana para que la gente no camine tanto. Kay "
    "sábado 20 p'unchaw auditoriopi rimasunchis, ama qunqaychu. Que vayan todos los choferes.",
    "Yeny Condori", "yeny.condori93@gmail.com", NULL },
  { "¡¡YA BASTA!! CADA GESTIÓN LO MISMO: MAQUETAS, PROMESAS, FOTOS CON EL ALCALDE, ¡Y CADA ENERO EL SAPHI SE "
    "METE A LAS CASAS DE SAPHI Y DE PUMACURCO! 46.8 MILLONES, ¿DÓNDE ESTÁ LA PLATA DE LA OBRA DE 2019?! ¡TODOS "
    "AL AUDITORIO ESTE 20 DE FEBRERO! ¡NO NOS VAN A SEGUIR VACILANDO!",
    "Wilfredo Quispe", "wilfredo.quispe.cusco@gmail.com", NULL },
  { "🌊🏔️🚧🙏🇵🇪",
    "Ruth", "ruth.cusihuaman@gmail.com", NULL },
  { "Allin p'unchay. Ñuqaqa Saphi k'ikllupi choclota kisuwan qhatuni, iskay chunka watañan. Municipalidadqa "
    "1,200 solesta tiendakunaman qunqa, ¿ñuqa hina qhatuqkunamanpas qunqachu? Isqun killa mana qhatuspa "
    "¿imatataq mikhusaq? Yusulpayki.",
    "Fortunata Sullca", "sullca.fortunata@gmail.com", NULL },
  { "¡Cuidado! A mi papá le llegó este WhatsApp: «Municipalidad del Cusco: usted figura en el padrón de "
    "comerciantes de la calle Saphi. Compensación S/ 1,200. Envíe S/ 30 de inscripción al Yape 951 377 402 "
    "antes del viernes». ¡ES ESTAFA! La municipalidad no cobra nada, el trámite es en la plataforma de "
    "atención o en su web, gratis. Ama pimanpas qullqita apachiychischu.",
    "Kevin Ccahuana", "kevin.ccahuana@outlook.com", NULL },
  { "Para los que preguntan por los documentos: la ordenanza, el padrón de los 38 negocios y el formato de "
    "solicitud están en https://www.cusco.gob.pe (sección Centro Histórico). El expediente técnico y el avance "
    "del gasto se pueden ver en la Consulta Amigable del MEF, "
    "https://apps5.mineco.gob.pe/transparencia/Navegador/default.aspx , buscando «Saphi». Las solicitudes van "
    "hasta el 16 de abril de 2027, sin costo.",
    "Diego Astete", "diego.astete@gmail.com", NULL },
  { "Nací en la calle Saphi en 1941, en la casa de mis abuelos, y me acuerdo del río cuando todavía corría "
    "descubierto: las lavanderas bajaban los sábados y los chiquillos soltábamos barquitos de papel. Lo "
    "taparon cuando yo estaba en el Colegio de Ciencias. A mis 85 años me daría gusto volver a oírlo antes de "
    "irme. Solo pido que no tumben los muros incas del fondo y que los señores ingenieros pregunten a los "
    "viejos del barrio por dónde se sale el agua. Gracias al diario.",
    "Alberto Olivera Farfán", "albertoolivera41@yahoo.es", NULL },
  { "Somos la Panadería Santa Ana, en la subida de Saphi desde 1978, con nueve trabajadores. Cada madrugada "
    "entra la harina y sale el pan en camioneta. No estamos en contra de abrir el río, pero necesitamos que la "
    "municipalidad nos diga por dónde y a qué hora vamos a poder cargar y descargar durante los nueve meses. "
    "Estaremos en la reunión del 20 de febrero. — Panadería Santa Ana, Cusco",
    "Panadería Santa Ana", "panaderiasantaana.cusco@gmail.com", NULL },
  { "Allinpaqyá kachun.",
    "Wilber", "wilber.qh@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Mucha fuerza a los 38 negocios de la calle Saphi, nueve meses sin carros es durísimo, como dice el señor "
    "Cárdenas. Justamente por eso hay que vender por internet: en Qosqo Digital armamos tu tienda en Facebook, "
    "Instagram y TikTok con campañas pagadas para que te lleguen pedidos aunque la calle esté cerrada. Plan "
    "emprendedor desde S/ 199 al mes. Llámanos al 984 520 731 o entra a qosqodigital-marketing.pe",
    "Qosqo Digital", "ventas@qosqodigital-marketing.pe", "https://qosqodigital-marketing.pe" },
  { "Mama Vicentinaqa chiqaqtan rimachkan, manan pipas qhatuqkunata yuyanchu. Ichaqa kunanqa internetpin "
    "compensacionniykita mañakuyta atinki: S/ 1,200 48 horaspi Yapeykiman chayamunqa, S/ 25 trámite nisqallata "
    "pagaspa. DNI-ykiwan kaypi qillqakuy: compensacion-saphi.cusco-gob-pe.site ¡Llapa ayllukunaman willaychis!",
    "Nélida Mamani", "nelidamamani.cusco@gmail.com", NULL },
  { "@Gonzalo Zamalloa 😂 exacto, lo de Chinchero ya es leyenda. Igual voy a ir el 20 al auditorio a ver qué "
    "cuentan esta vez.",
    "Gonza", "gonza.cusco.88@gmail.com", "https://apuesta-inka.top/registro?ref=GONZA51" },
  { "En enero de 2026 a mi vecina de Saphi se le llenó la casa de agua, y no solo por el río: el techo de "
    "calamina también filtraba. Nosotros impermeabilizamos techos y muros antes de la temporada de lluvias y "
    "ni una gota. Miren aquí: <a "
    "href=\"https://impermeabiliza-cusco.shop/ofertas?ref=saphi51\">impermeabilizante de techos barato "
    "Cusco</a>, 30% de descuento hasta marzo.",
    "Lucía Pacheco", "luciapacheco.cusco@gmail.com", NULL },
  { "Great to see Cusco giving the Saphi back to the city, I walked down that street every day on my last "
    "trip. Heads up for travellers: Machu Picchu circuit tickets for June to August 2027 are already sold out "
    "on the official site, but our agency still holds guaranteed entries, Huayna Picchu included, for US$ 95 "
    "per person. 50% deposit by Western Union or PayPal friends & family. WhatsApp +51 940 612 388 or "
    "machupicchu-tickets-official.example",
    "Inca Trails Tickets", "booking@machupicchu-tickets-official.example", NULL },
  { "Mama Vicentinaq rimasqanqa sunquyta nanachin, chay qhatuqkunataqa manan pipas yuyanchu. Ñuqapas "
    "qhatuyniypi mana allinchu karqani, hinaspa Mama Justina kukata qhawaspa yanapawarqan: negocioy "
    "kutirimurqan, qusaypas wasiman kutimurqan. Lectura de coca, limpias y pagos a la Pachamama en Wanchaq. "
    "Waqyaychis: isqun, pusaq, tawa, 605 213.",
    "Rosa Huamán", "rosahuaman.wanchaq@gmail.com", NULL },
  { "La compensación de S/ 1,200 va a llegar tarde, así es el Estado, y los negocios de Saphi necesitan plata "
    "desde marzo. Yo estoy en un pandero digital hace 5 meses: entras con S/ 200 y a los 15 días recibes S/ "
    "600, sin intereses y sin bancos. Ya cobré cuatro veces. Únete al grupo de WhatsApp: "
    "chat.whatsapp.com/PanderoQosqoGold",
    "Carmen Rosa Villafuerte", "carmenrosa.pandero@gmail.com", NULL },
  { "Para las familias de Saphi que no quieran aguantar nueve meses de polvo y ruido: alquilo departamento "
    "amoblado de 2 dormitorios en San Blas, con terma y wifi, S/ 1,400 al mes. Yo vivo en España, mi sobrino "
    "les entrega las llaves después de que depositen 2 meses de garantía por Yape. WhatsApp: 9 siete 3 418 "
    "025, Sr. Álvarez.",
    "Jorge Álvarez", "jorgealvarez.madrid.pe@gmail.com", NULL },
  { "Tanto polvo y ruido que se viene en Saphi, ojalá terminen a tiempo. Mientras tanto les cuento: trabajo "
    "desde casa dando «me gusta» a videos de YouTube y TikTok, gano S/ 150 diarios y me pagan por Yape al "
    "toque. Solo necesitas un celular. Escríbele a mi coordinadora en Telegram @ana_tareas_pe y dile que vas "
    "de parte de Sheyla 👍",
    "Sheyla Choque", "sheylachoque2000@gmail.com", NULL },
  { "Con la calle cerrada los comerciantes de Saphi van a tener que vender de otra forma, mucha suerte. Para "
    "los que necesitan celular para vender por WhatsApp: iPhone 15 y Samsung S24 de remate de aduanas de "
    "Tacna, sellados, a mitad de precio. Adelanto 50% por Yape o Plin, envío por agencia a todo Cusco. <a "
    "href=\"https://remate-aduanas-tacna.shop\">celulares de remate baratos</a> WhatsApp 9O8 2l4 563.",
    "Remates Tacna", "rematestacna.celulares@gmail.com", NULL },
  { "Saphi mayuqa 2026 watapi 23 wasikunata unuwan hunt'achirqan, chay ayllukunaqa mana imayuqmi kanku. "
    "Ñuqayku «Qosqo Yanapanakuy» asociacionmanta frazadakunata, mikhunata, hampikunata apachkayku. Yanapayta "
    "munaspaqa, qullqiykita apachimuy Yape 947 336 120 (Marleni Q.). La cuenta de la asociación la vamos a "
    "abrir más adelante. Diospagarapusunki 🙏",
    "Qosqo Yanapanakuy", "qosqoyanapanakuy@gmail.com", NULL },
  { "Qué lindo sería tener el Saphi abierto para pasear con los perros por la orilla 🐶 Por viaje regalo en "
    "adopción cachorros husky siberiano de ojos azules, vacunados y desparasitados, solo pagan el envío por "
    "Olva desde Arequipa, S/ 180 por Yape. Escríbeme al WhatsApp +51 958 330 471, quedan 2.",
    "Katherine Díaz", "katherine.huskys@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Para nuestros papás y abuelos: la municipalidad NUNCA pide plata, ni código de Yape, ni la clave del "
    "banco para la compensación de Saphi. Si les llega un mensaje raro: Policía 105, línea gratuita de la "
    "municipalidad 0800-1-4270, y si ya enviaron plata llamen de inmediato a su banco para bloquear la "
    "operación y denuncien en la comisaría. El número del estafador se puede reportar a su operador. ¡Ama "
    "pimanpas qullqita apachiychischu!",
    "Silvia Yupanqui", "silvia.yupanqui@gmail.com", NULL },
  { "Kaseraykuna, ñuqam kani Hilaria Ccahuana, Saphi k'iklluq esquinanpi chunka tawayuq watañan caldo de "
    "gallinata qhatuni. Obra qallarisqanmanta, marzo 1 p'unchawmanta, Mercado Ccascaparopi tariwankichis, "
    "puesto 58. Celularniyqa kikillanmi: 984 271 603. El precio tampoco cambia, ¡los espero, caseritos! 🍲",
    "Hilaria Ccahuana", "hilaria.ccahuana@gmail.com", NULL },
  { "Comunicado de la Municipalidad Provincial del Cusco: la información oficial sobre la recuperación del río "
    "Saphi está en https://www.cusco.gob.pe/rio-saphi : plano de la obra, cronograma (1 de marzo al 30 de "
    "noviembre de 2027), desvíos de las nueve rutas de transporte por la Av. Ejército, padrón de los 38 "
    "negocios y formato de solicitud de compensación (S/ 1,200 mensuales, hasta nueve meses). Solicitudes "
    "hasta el viernes 16 de abril de 2027, sin costo. Reunión pública: sábado 20 de febrero, 6 p. m., "
    "auditorio municipal. Línea gratuita: 0800-1-4270.",
    "Municipalidad Provincial del Cusco", "comunicaciones@cusco.gob.pe", "https://www.cusco.gob.pe" },
  { "Hice las cuentas. S/ 46.8 millones ÷ 420 m = S/ 111,429 por metro de río. El Ministerio pone S/ 31.2 "
    "millones (66.7 %) y la municipalidad S/ 15.6 millones (33.3 %). La compensación máxima: 38 negocios × S/ "
    "1,200 × 9 meses = S/ 410,400, o sea menos del 0.9 % de la obra. Y un chofer que da 8 vueltas al día con "
    "20 minutos más por vuelta pierde 160 minutos diarios: unas 69 horas al mes con 26 días de trabajo.",
    "Renzo Cáceres", "renzo.caceres@gmail.com", NULL },
  { "Ojo, que ya empezaron. A mi mamá le llegó este SMS ayer: «MUNICIPALIDAD CUSCO: su negocio fue aprobado "
    "para la compensación Saphi de S/ 1,200. Valide sus datos antes del 25/02: "
    "saphi-compensacion.cusco-gob-pe.site». La página pide el número de tarjeta y la clave de Yape. ES ESTAFA: "
    "la única web es cusco.gob.pe, y el trámite también se hace en la plataforma de atención de la "
    "municipalidad, gratis.",
    "Andrea Salas", "andrea.salas@yahoo.com", NULL },
  { "Colectivo «Cusco en Bici»: vamos a proponer que las veredas nuevas del Saphi tengan ciclovía y "
    "estacionamientos para bicis. Nos reunimos todos los jueves a las 7 p. m. en la Plaza San Francisco y "
    "salimos a rodar juntos. Grupo de WhatsApp abierto: chat.whatsapp.com/CuscoEnBici2027 . El colectivo no "
    "cobra nada ni pide cuotas.",
    "Mijaíl Guevara", "mijail.guevara@gmail.com", NULL },
  { "Soy abogada en Cusco y aclaro algo que veo en los comentarios. La compensación la aprueba la "
    "municipalidad con el informe de la gerencia, comparando las ventas declaradas a la SUNAT en 2026 con las "
    "de 2027; no hay «tramitadores» ni «gestores» que la aceleren. Los ambulantes con autorización municipal "
    "vigente pueden pedir por escrito su inclusión en el padrón, aunque la ordenanza no los nombre. Y nadie "
    "tiene que pagar para presentar la solicitud.",
    "Patricia Valer", "patricia.valer.abogada@gmail.com", NULL },
  { "Si la municipalidad no les responde o no los incluye en el padrón, la oficina de la Defensoría del Pueblo "
    "en Cusco atiende gratis quejas contra entidades públicas, de lunes a viernes de 8:30 a. m. a 4:30 p. m., "
    "y también por su línea gratuita 0800-15-170. Tienen personal que habla quechua. Mamaypas chayman rirqan, "
    "allintan yanaparqanku.",
    "Edith Puma", "edith.puma@outlook.com", NULL },
  { "I've been a licensed tour guide in Cusco for 22 years, and every group asks why a street is called Saphi "
    "when there's no river in sight. The Saphi was one of the two rivers that framed Inca Qosqo, and its stone "
    "channels are still under the street. If the works are done carefully with the Ministry of Culture's "
    "archaeologists, this could be the best thing to happen to the historic centre in decades. Their Cusco "
    "office posts its monitoring reports at https://www.gob.pe/cultura-cusco",
    "Hernán Cusihuamán", "hernan.cusihuaman@gmail.com", NULL },
  { "Soy médica en el Hospital Antonio Lorena. Después de cada desborde del Saphi atendemos niños con diarreas "
    "y adultos mayores con caídas y neumonías, porque las casas quedan húmedas por semanas. Apoyo la obra, "
    "pero pido que durante los nueve meses la municipalidad riegue la calle y controle el polvo: en junio y "
    "julio, con las heladas, ya tenemos demasiadas infecciones respiratorias.",
    "Karina Olivares", "kolivares.md@gmail.com", NULL },
  { "Napaykullaykichis. Ñuqaqa «Runasimi Willakuy» programapi willakuqmi kani, Radio Wayna Qosqo 101.3 FM, "
    "sapa p'unchay tutamanta 5 horamanta 6 horakama. Paqarin kay willakuyta qhichwapi ñawirisaq: Saphi k'ikllu "
    "wichq'akunqa marzo 1 p'unchawmanta noviembre 30 p'unchawkama, municipalidadpa mana qullqiyuq telefononpas "
    "0800-1-4270. Mana castellano rimaqkuna uyariychis, ayllukunaman willaychis.",
    "Teófilo Huamán", "teofilo.runasimi@gmail.com", NULL },
  { "Jajaja los comentarios de acá parecen feria 😂 Hay de todo: el maestro paqo Q'ero, el bono de S/ 760, "
    "trabajo en Japón, el pandero digital, huskies por Olva, iPhones de remate de Tacna, depa en San Blas con "
    "dueño en España… El Saphi por lo menos avisa cuando se desborda, los estafadores no. Ama pimanpas "
    "qullqita apachiychischu, causas.",
    "Luis Ángel Ttito", "luisangel.ttito@gmail.com", NULL },
};
