/* test-spam-heldout51.c: a fifty-first round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Cusco, Peru
 * (Calle Saphi closed from 1 March to 30 November 2027 while 420 metres
 * of the buried Saphi river are opened, S/ 46.8 million, S/ 1,200 a
 * month for up to nine months to the 38 shops that lose sales, claims
 * free of charge at the municipal service desk or the municipality's
 * site until 16 April 2027, a public meeting on 20 February 2027, the
 * municipality's free line 0800-1-4270): test-spam-heldout51-data.h,
 * which says what each comment is. Most of them in Peruvian Spanish
 * (Cusco's Quechua loans, Lima's slang), several in Cusco Quechua, alone
 * or mixed with Spanish in one sentence, and two in English.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 9 of 12 caught and 0 of 12 readers flagged; dressed 8 of
 * 12 and 0 of 12. What was missed was read in no rule's Spanish or
 * Quechua, and a Peruvian mobile's nine digits, a 9 first, were no
 * number when disguised: an Olva Courier notice, "su envío… no pudo ser
 * entregado… paga la tarifa de reenvío de S/ 4.90… Actualice aquí:
 * olva-pe.rastreo-envio.online" (0.40, the shop-like host alone), no
 * courier's Spanish read; papers sold, "brevetes A-I y A-IIb SIN
 * EXAMEN… Todo registrado en el sistema, 100% verificable", the number
 * "nueve ocho cuatro, setecientos doce, 369" (0), neither the licence
 * without its exam in Spanish nor Spanish's hundreds read; an Inti
 * Raymi draw, "Su número fue seleccionado… Para liberar su premio
 * deposite S/ 120 de gastos de envío al Yape 962 508 114" (0), no prize
 * read in Spanish, Yape no mobile money; dressed, a digital marketing
 * agency's "Llámanos al 984 520 731 o entra a qosqodigital-marketing.pe"
 * in a comment of some 70 words (0), "llámanos" no call and the comment
 * too long for the advert's number and address; a Quechua testimonial
 * for a coca reader, "Mama Justina kukata qhawaspa yanapawarqan…
 * Lectura de coca, limpias… Waqyaychis: isqun, pusaq, tawa, 605 213"
 * (0), neither the reading nor Quechua's numbers read; a digital
 * "pandero", "entras con S/ 200 y a los 15 días recibes S/ 600", with a
 * WhatsApp group (0.41), the sol no currency and "a los 15 días" no
 * span; and a Quechua "asociación" for the flooded, "unuwan
 * hunt'achirqan… yanapayta munaspaqa, qullqiykita apachimuy Yape 947
 * 336 120 (Marleni Q.)" (0), neither the flood nor the gift read in
 * Quechua, Yape no payment app.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, both ways, no reader flagged, no new
 * reason. In the earlier tests (the drift of every ham, spam, probe and
 * reader line of the core suite, before and after) no line moved.
 * Classify's instructions (callgrind, bench-spam) rose 0.62 %, the
 * Spanish number reader tried only at its words' first two letters.
 *   - a Peruvian mobile's nine digits, a 9 first, as a number when
 *     disguised ("9O4 61O 228"); read out in Spanish's tens and hundreds
 *     ("setecientos doce", "noventa y seis", "ciento dos"), a "nueve"
 *     first, in -readout.c; Quechua's digits ("isqun, pusaq, tawa")
 *     among its digits (-numbers.c, -numerals.c);
 *   - Peru's mobile money, "Yape" and "Plin", with a number after them
 *     as somewhere to pay, and as payment apps (-messengers.c,
 *     -fixers.c);
 *   - a courier's notice in Spanish ("su envío", "no pudo ser
 *     entregado", "actualice sus datos", "paga la tarifa", "tarifa de
 *     reenvío" as its fee, "rastreo" and "envio" in a made-up host), a
 *     reader's "estafa" as the warning it was (-notices.c);
 *   - Spanish's licence without its exam ("brevetes… sin examen"), the
 *     papers "registrado en el sistema", "verificable", "reserva total";
 *     "delito", "denuncia", "no existen" as a driving school's warning
 *     (-reach.c);
 *   - a prize in Spanish, a number "fue seleccionado", a "código
 *     ganador", with a fee first ("liberar su premio", "gastos de
 *     envío"); not "premio" or "ganador" alone, a school raffle's;
 *     "estafa", "policía", "denuncia" as a reader's (-offers.c);
 *   - money multiplied in soles ("S/ 200… a los 15 días… S/ 600"), not
 *     a share paid "al mes"; "estafa", "pirámide" as warnings
 *     (-earnings.c);
 *   - the Andes' healer ("regreso del ser amado", "limpias con cuy"),
 *     coca leaves read as fortunes are ("lectura de coca", "kukata
 *     qhawaspa"), Quechua's "waqyaychis" and Spanish's "llámenla" as the
 *     referral, "estafador", "llulla" as warnings (-trades.c);
 *   - the flooded and the gift in Spanish and Quechua ("inundados",
 *     "mana imayuqmi", "yanapayta munaspaqa", "qullqiykita apachimuy"),
 *     "estafa", "ama pimanpas" as warnings (-fixers.c);
 *   - "llámanos", "escríbenos" as calls; a number and a bare address in
 *     a longer comment when the address and the website given both bear
 *     the author's name, no ".org" (-forms.c).
 * Twelve readers probe the new rules (probe_readers): an uncle's number
 * written in Spanish words for a grandmother; a broth seller's number
 * in Quechua's digits; an Olva SMS quoted, "ES ESTAFA"; a driving
 * school's "no existen brevetes sin examen" quoting the advert and its
 * WhatsApp, "delito"; the Inti Raymi draw quoted with its Yape number,
 * "estafa"; a school's raffle, "premio", "ganador", boletos paid by
 * Yape; a parish's call for blankets for the flooded, "no manden plata
 * al Yape…"; a market's pandero, S/ 200 al mes, S/ 2,000 after ten
 * months, with its e-mail; a paqo's "amarres… lectura de coca" quoted
 * with his WhatsApp, "estafador"; a Quechua wife whose husband came back
 * from Lima, "waqyaychis" and his number for work; the Junta Vecinal's
 * "llámanos al… o entra a juntavecinalsaphi.org", its website the
 * same; an English warning of "sold out" Machu Picchu tickets: none is
 * flagged (all 0.00).
 *
 * Still thin, though caught, each by one rule alone: the marketing
 * agency (0.50, the number and its address), the Quechua coca reader's
 * testimonial (0.50, the reading with its referral), the Inti Raymi
 * draw (0.55, the prize with its fee) and the Quechua "asociación"
 * (0.55, a disaster's appeal paid to a private number). Nearest of the
 * readers, all of the round's own: the cyclists' collective with its
 * WhatsApp group (0.41) and the reader shouting in capitals (0.40).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout51-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Mi abuela no lee los números, así que le escribí en letras el celular de mi tío, que la acompañará a la "
    "plataforma de atención por lo del padrón: nueve ocho cuatro, setecientos doce, 305. El trámite es gratis, "
    "no le paguen a nadie.",
    "Yessica Quispe", "yessica.quispe.cusco@gmail.com", NULL },
  { "Mamay Justinaqa caldo de gallinata Ccascaparo mercadopi qhatun, puesto 41. Mana WhatsAppniyuqchu, "
    "chayrayku celularninta qillqani: isqun, pusaq, tawa, 330 512. Misk'illañam, caserakuna!",
    "Wilma Huaman", "wilma.huaman.qosqo@gmail.com", NULL },
  { "A mi hermana le llegó: «Olva Courier: su envío no pudo ser entregado, paga la tarifa de reenvío de S/ 4.90 "
    "y actualice sus datos en olva-pe.rastreo-envio.online». ES ESTAFA: Olva no cobra por SMS, el reparto se "
    "reprograma en su agencia o en su web oficial.",
    "Rodrigo Puma", "rodrigo.puma@outlook.com", NULL },
  { "Tengo una escuela de manejo en Wanchaq hace 15 años. No existen brevetes sin examen: los que ofrecen "
    "«brevetes A-I sin examen, todo registrado en el sistema, WhatsApp 951 480 227» son una estafa y es delito. "
    "Denuncien en la comisaría.",
    "Javier Cusi", "javier.cusi.manejo@gmail.com", NULL },
  { "Cuidado con este mensaje: «¡Felicidades! Su número fue seleccionado en el sorteo Inti Raymi, para liberar su "
    "premio deposite S/ 120 de gastos de envío al Yape 962 508 114». Es estafa, ningún sorteo cobra por "
    "entregar. Denuncien a la policía.",
    "Sonia Mamani", "sonia.mamani.cusco@gmail.com", NULL },
  { "La rifa de la promoción del Colegio de Ciencias: premio mayor una canasta de Inti Raymi, el ganador se "
    "sortea el 24 de junio en el patio del colegio. Boletos a S/ 5, se pagan al recogerlos por Yape 984 330 117 "
    "(tesorera de la APAFA).",
    "APAFA Colegio de Ciencias", "apafa.ciencias@gmail.com", NULL },
  { "Las familias inundadas de Saphi necesitan frazadas. La parroquia de Belén recibe donaciones en su local y "
    "entrega recibo; no manden plata al Yape 947 336 120 ni a ningún número que les escriban: es estafa. Ama "
    "pimanpas qullqita apachiychischu.",
    "Padre Víctor Ccoa", "vccoa.belen@gmail.com", NULL },
  { "Nuestro pandero del mercado: somos 10 socias, cada una pone S/ 200 al mes y a los 10 meses cada una recibió "
    "S/ 2,000 una vez. Sin intereses ni milagros. Los «panderos digitales» que prometen S/ 600 en 15 días son "
    "una estafa piramidal. Si quieren armar uno, escríbannos: panderomercado.wanchaq@gmail.com",
    "Norma Ttito", "norma.ttito.mercado@gmail.com", NULL },
  { "Mi tía pagó S/ 900 a un «paqo» que ofrecía «amarres de amor, regreso del ser amado y lectura de coca, "
    "WhatsApp 951 204 773». Nada volvió: es un estafador. La lectura de coca de verdad la hacen los paqos de "
    "las comunidades, no por celular. Denuncien.",
    "Rosario Huillca", "rosario.huillca@gmail.com", NULL },
  { "Qusaypas wasiman kutimurqan Lima llamk'aymanta, kunanqa Saphipi ferreteriapi llamk'an. Pay hina "
    "llamk'aqkunata maskhachkankichis chayqa, waqyaychis: 984 517 203. Allinta llamk'an, ama qunqaychischu.",
    "Eulalia Ccori", "eulalia.ccori@gmail.com", NULL },
  { "Soy de la Junta Vecinal Saphi y les recuerdo que la reunión es el sábado 20 de febrero a las 6 p. m. en el "
    "auditorio municipal. Vamos a pedir que la obra pare a las 10 de la noche y que se respeten los muros "
    "incas. Si no pueden ir, escríbanos sus preguntas y las llevamos: llámanos al 984 602 118 o entra a "
    "juntavecinalsaphi.org, donde está el acta de la última asamblea. Nadie cobra nada.",
    "Junta Vecinal Saphi", "juntavecinalsaphi@gmail.com", "https://juntavecinalsaphi.org" },
  { "Heads up to anyone booking Machu Picchu: if an agency says the official site is sold out but it still has "
    "guaranteed entries for US$ 95 paid by Western Union or PayPal friends & family, it's a scam. Buy only at "
    "the Ministry of Culture's site or a licensed agency with a receipt.",
    "Claire Dawson", "claire.dawson.travels@gmail.com", NULL },
};

static const HeldoutRound round51 = {
  "/spam-heldout51", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story51,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round51);

  return g_test_run ();
}
