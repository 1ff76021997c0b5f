/* test-spam-heldout41.c: a forty-first round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Recife, Brazil
 * (the city to cover 1,280 metres of the Canal das Jaqueiras in Campo
 * Grande with a closed gallery and a cycle path on top, R$ 48.6
 * million, 86 of 212 families to move with an auxílio-moradia of R$ 450
 * a month, flats in a 96-unit block by December 2028, a public hearing
 * on 24 September): test-spam-heldout41-data.h, which says what each
 * comment is. Most of them in Brazilian Portuguese; others in Spanish,
 * English, European Portuguese and Russian.
 *
 * Before the round, under the story and without it: desk 9 of 12
 * caught and 0 of 12 readers flagged; dressed 8 of 12 and 1 of 12. What
 * was missed gave its number so that no check read it, or sold in
 * Brazil's words what no rule read: a "consignado para negativado" loan,
 * "sem consulta SPC/Serasa", its number in words and as "(81)
 * 99I23-4OOO" (0); a Mercado Libre home job, "trabajo desde casa… dar
 * me gusta a productos", at a .site link (0.49); a federal "auxílio
 * emergencial" released for a "taxa de cadastro de R$ 27,90" at a bare
 * gov-look-alike address (0.35); and, dressed, a reader's nod with a bet
 * site's sign-up page, "?afiliado=vitor88", in the website field only
 * (0.40); a "Mãe de santo" with whom "meu marido voltou", "Zap 81 9 9X
 * 12 34 00 00 (o X é 8)" (0); a "fully funded" scholarship for a
 * "refundable application processing fee of USD 120" (0); and a name
 * cleaner, "tira seu nome do Serasa… sem precisar pagar a dívida", at a
 * bare address and a landline (0). The reader flagged was a parish's
 * housing ministry collecting donations, signing with its name at its
 * own .org.br (0.61: the name in the site, and an invitation to it).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, no new reason
 * (each kind had one), and no reader's score in the earlier tests rose
 * (four fell, 0.45 to 0.15: a community energy co-op, a local paper, a
 * library's friends and a mosque, each named in its own .org; two fake
 * charities' appeals fell too, still caught: the twenty-first round's
 * "Christmas Appeal", 0.72 to 0.58, and the thirty-second's "Global
 * Hope Relief", 0.75 to 0.62; one earlier spam comment rose: the
 * thirty-ninth round's dressed reader with an affiliate's code in her
 * website, 0.67 to 0.77).
 *   - Brazil's numbers when disguised: an area code in brackets before
 *     an O or an I for a digit ("(81) 99I23-4OOO"), an X for a digit the
 *     comment tells, and a disguised number of any first digit after a
 *     messenger's name ("Zap 81 9 9X …") (-numbers.c);
 *   - a marketplace's fake home job in Spanish and Portuguese ("CONTRATA…
 *     sin experiencia… dar me gusta a productos"); a scholarship's
 *     "refundable" fee and "monthly stipend"; Brazil's name cleaners
 *     ("tira seu nome do Serasa… via judicial… sem precisar pagar") as
 *     debts written off, with a bare address or a number as well as a
 *     link; "golpe", "cuidado", "estafa" as a reader's warning
 *     (-agents.c);
 *   - a federal benefit "para liberar" for a "taxa de cadastro", the
 *     "Governo Federal" and CadÚnico as the body, at a bare address as
 *     well as a link (-fixers.c);
 *   - an affiliate's code in Portuguese and Spanish ("?afiliado="), and
 *     in the website field with no link in the comment (-notices.c);
 *   - "meu marido voltou", "amor de volta" as a spell's promise, not a
 *     terreiro's "mãe de santo"; "golpe" and "polícia" as a warning
 *     (-trades.c);
 *   - a parish's, a club's or a charity's name at its own ".org" no
 *     longer weighs as a site of the same name (-shape.c);
 *   - a reader who warns of a "golpe" or an "estafa" talks of spam, so
 *     the number she quotes is the swindler's (-hideouts.c).
 * Twelve readers probe the new rules (probe_readers): a warning of bet
 * links with affiliate codes, from a reader whose blog address has a
 * query; a warning of fake Shopee home jobs, the real careers site; a
 * bakery hiring part-time "sem experiência", its landline; CAPES and
 * CNPq scholarships "fully funded… no application fee"; a reader who
 * paid through the Feirão Limpa Nome and warns of "via judicial"
 * cleaners, the Procon's number; Bolsa Família "no taxa de cadastro",
 * gov.br; the auxílio-moradia "para liberar o benefício" at
 * recife.pe.gov.br; a terreiro's "Mãe de santo" inviting to a free
 * festival, its landline; a neighbour robbed by a "mãe de santo",
 * quoting her "Zap 81 9 9X …" with "golpe"; a Spanish warning of the
 * Mercado Libre job; a reader's 4x4 and a landline; a mothers' club
 * collecting clothes at its own .org.br: none is flagged.
 *
 * Still thin, though caught: the scholarship (0.50: its rule alone; its
 * bare address weighs nothing of its own) and the name cleaner (0.50:
 * its rule alone); the bet site in the website field (0.58: a shop-like
 * site and its code, nothing in the text); the lots "sem consulta ao
 * Serasa" (0.55, caught before the round: its WhatsApp number alone,
 * nothing reads the sale). The reader quoting the fake "Prefeitura do
 * Recife" SMS stands at 0.49 (its quoted .online link, beside "golpe"),
 * the Shopee warning at 0.49 (careers.shopee.com.br reads as a shop),
 * and a reader giving a disguised number after "Zap" unquoted would be
 * read as giving it to write to, warning or not.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout41-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Cuidado com esses perfis que respondem todo comentário com \"concordo\" e deixam link de casa de aposta no nome: é divulgação de tigrinho com código de afiliado, ganham por cada cadastro. Denunciem o perfil.", "Juliana Arruda", "juliana.arruda@gmail.com", "https://cadernodojuliana.blogspot.com/?m=1" },
  { "A Shopee e o Mercado Livre contratam de verdade pelos sites de vagas deles, sem taxa nenhuma. Anúncio de \"trabalho home office, sem experiência, só dar like em produtos\" no zap é golpe. Vagas reais: https://careers.shopee.com.br", "Renato Lima", "renato.lima.rh@gmail.com", NULL },
  { "A padaria aqui da Beira do Canal contrata atendente, meio período, sem experiência, pra começar em outubro. Currículo no balcão ou pelo (81) 3222-4455, falar com Seu Zé.", "Padaria Pão da Jaqueira", "paodajaqueira@gmail.com", NULL },
  { "For students reading: the CAPES and CNPq master's scholarships are fully funded, with a monthly stipend, and there is no application fee at all. Apply only through gov.br/capes, never through agents who ask for a \"refundable\" fee.", "Mariana Coutinho", "mariana.coutinho@ufpe.br", NULL },
  { "Fiz o acordo no Feirão Limpa Nome e paguei a dívida com desconto. Não acreditem em quem promete tirar seu nome do SPC via judicial sem precisar pagar a dívida, é golpe. O Procon Recife orienta de graça pelo (81) 3355-3000.", "Sérgio Macedo", "sergiomacedo.pe@gmail.com", NULL },
  { "O Governo Federal paga o benefício do Bolsa Família pelo app Caixa Tem e não existe taxa de cadastro para liberar nada. Se pedirem Pix é golpe. Confiram em https://www.gov.br/mds", "Tereza Nunes", "terezanunes.rec@gmail.com", NULL },
  { "O auxílio-moradia vai ser pago pela Caixa e, para liberar o benefício, a URB precisa do cadastro feito até 30 de outubro. O prazo e a lista de documentos estão em recife.pe.gov.br, na página da obra.", "Roberta Farias", "roberta.farias@gmail.com", NULL },
  { "A Mãe de santo do Terreiro Ilê Axé Oyá, aqui do lado do canal, convida todo mundo para a festa de Iemanjá no sábado, aberta e gratuita, com caruru pras famílias da Vila. Informações pelo telefone do terreiro, (81) 3441-2200.", "Ilê Axé Oyá", "ileaxeoya.recife@gmail.com", NULL },
  { "Minha vizinha pagou R$ 2 mil a uma mãe de santo que jurou que em 7 dias o marido voltou pra casa dela. É golpe, registrem na polícia. Ela ainda recebe mensagens do tal \"Zap 81 9 9X 12 34 00 00 (o X é 8)\".", "Cíntia Alves", "cintia.alves@hotmail.com", NULL },
  { "Mercado Libre publica sus vacantes reales en su sitio de empleos. Eso de \"trabajo desde casa, sin experiencia, dar me gusta a productos y confirmar pedidos\" es una estafa; denuncien en https://www.argentina.gob.ar/justicia", "Pablo Ortiz", "pablo.ortiz.ba@gmail.com", NULL },
  { "Levei minha caminhonete 4x4 pra ajudar na enchente de 2022 e faria de novo. Quem precisar de ajuda na mudança pro apartamento novo, sem cobrar nada, liga (81) 3222-1234 e fala com Dedé.", "André Lins", "andrelins.pe@gmail.com", NULL },
  { "O Clube de Mães da Vila Jaqueira está recolhendo roupas e colchões para as famílias removidas. Tudo registrado no nosso site https://clubedemaesvilajaqueira.org.br e nenhuma doação em dinheiro por Pix de pessoa física.", "Clube de Mães Vila Jaqueira", "clubedemaesvj@gmail.com", "https://clubedemaesvilajaqueira.org.br" },
};

static const HeldoutRound round41 = {
  "/spam-heldout41", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story41,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round41);

  return g_test_run ();
}
