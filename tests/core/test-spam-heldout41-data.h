/* test-spam-heldout41-data.h: a forty-first round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story41: Recife, Brazil, where the city will cover 1,280 metres of
 * the Canal das Jaqueiras in Campo Grande, replacing the open drains of
 * Rua Beira do Canal with a closed concrete gallery topped by a 2.4
 * metre cycle path linked to the lane on Avenida Norte; the Secretary
 * of Infrastructure puts the cost at R$ 48.6 million, R$ 31.2 million
 * of it a federal Novo PAC loan, works from February 2027 for 22
 * months, 140 street lights and 310 trees; the president of the URB
 * says 86 of the street's 212 families will move, with an
 * auxílio-moradia of R$ 450 a month for up to 24 months, then flats in
 * a 96-unit block on a former bus depot 600 metres away due by
 * December 2028, 19 shop and bar owners compensated case by case,
 * door-to-door registration until Friday 30 October; a resident of 41
 * years, 67, flooded in May 2022, for the cover but saying R$ 450
 * rents nothing; the residents' association president asking for
 * R$ 800 and a promise of no move beyond one kilometre; a UFPE
 * hydraulic engineering professor asking for inspection hatches every
 * 40 metres and a tide gate; a public hearing on Thursday 24 September
 * at 6.30pm at the Escola Municipal Campo Grande), in two sets, most of
 * them in Brazilian Portuguese, some in Spanish, English, European
 * Portuguese or Russian.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - the "jogo do tigrinho" (Fortune Tiger) on a "plataforma nova
 *     pagando", a Pix bonus and a referral link on a .xyz host, the
 *     same host in the website field (Portuguese);
 *   - a "renda extra" task scam, liking videos and rating shops on
 *     Google Maps, a +55 number spaced and dashed, a Telegram handle
 *     (Portuguese);
 *   - a fake Banco Central "Valores a Receber" notice, a CPF with
 *     R$ 2.314,57 to collect in 48 hours, a link on a .online host
 *     (Portuguese);
 *   - a fake Serasa "Feirão Limpa Nome", debts cleared for R$ 49,90 by
 *     Pix, a bare .top host in the text and the website field
 *     (Portuguese);
 *   - a "consignado para negativado" loan for INSS pensioners, the
 *     number in words and then with letter I and letter Os for digits
 *     (Portuguese);
 *   - a fake Correios SMS, "taxa de importação" pending, no accents, a
 *     .com.br name nested inside a .xyz host (Portuguese);
 *   - a testimony of a crypto "trader" who turned 300 dollars into
 *     4,200, WhatsApp and Instagram (Spanish);
 *   - an "amarração amorosa" by a "pai de santo", the number split
 *     digit by digit with spaces, his site in the website field
 *     (Portuguese);
 *   - "real Brazilian" Instagram and TikTok followers for sale, a bare
 *     .shop host (English);
 *   - a fake Mercado Libre home job in pesos, then the same for
 *     Shopee and Mercado Livre in reais, a .site link (Spanish and
 *     Portuguese);
 *   - a dating/escort come-on with an 18+ link on a .top host
 *     (Russian);
 *   - a fake federal "auxílio emergencial" of R$ 1.200 with a
 *     R$ 27,90 registration fee on a look-alike .com.br host
 *     (Portuguese).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a resident since 2003 for the work, mud and smell (Portuguese);
 *   - a resident against: R$ 450 against rents of R$ 700, 96 flats
 *     (Portuguese);
 *   - sarcasm in internet Portuguese, "vcs", "kkkk", the cycle path
 *     opening in the 2028 election (Portuguese);
 *   - all-capitals anger at promises every winter (Portuguese);
 *   - emoji only;
 *   - a reply to "@Ronaldo Bezerra", for the work but for a higher
 *     allowance (Portuguese);
 *   - a question to the reporter: do tenants get the allowance
 *     (Portuguese);
 *   - a reader quoting a fake "Prefeitura do Recife" SMS with its
 *     .online link to warn it is "golpe" (Portuguese);
 *   - a recife.pe.gov.br page and a news site's page cited
 *     (Portuguese);
 *   - an 81-year-old resident, her granddaughter typing, lower case
 *     (Portuguese);
 *   - a corner shop owner signing with the shop's name, no phone, no
 *     link (Portuguese);
 *   - a very short comment (Portuguese).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a memory of the 2022 flood, then a removals firm with a number
 *     and its site (Portuguese);
 *   - praise for the cycle path, the phrase "ciclovia em cima do canal
 *     coberto" an HTML link to a bike shop (Portuguese);
 *   - a reply to "@Cláudia Menezes" agreeing, a bet site with an
 *     affiliate code in the website field only (Portuguese);
 *   - sympathy for the flooded resident, then a "Mãe de santo" who
 *     brought a husband back, the number spaced with an X for a digit
 *     (Portuguese);
 *   - a memory of living in Boa Viagem, then a Bitcoin "trader", a
 *     Telegram handle and a +44 number (Spanish);
 *   - the allowance called a joke, then a loan "pra negativado", the
 *     number split by dashes and spaces (Portuguese);
 *   - a former resident now in Portugal, then an agency for jobs in
 *     Portugal and Ireland with a R$ 1.850 visa fee, a bare .online
 *     host and a +351 number (Portuguese);
 *   - the wait for flats questioned, then plots in Igarassu,
 *     "escritura na hora", a broker's number and site (Portuguese);
 *   - the allowance praised, then a fake federal "Auxílio Reconstrução"
 *     with a release fee by Pix on a gov-br look-alike host
 *     (Portuguese);
 *   - the professor's point praised by a student, then a "fully
 *     funded" scholarship with an application fee (English);
 *   - praise for the residents' association, then a digital marketing
 *     course from R$ 997 to R$ 97 (Portuguese);
 *   - agreement with the association, then a "limpa nome" service by
 *     "via judicial", a bare .com.br host and a landline (Portuguese).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post on the canal's history with her father's
 *     photos, no ads (Portuguese);
 *   - a parish housing ministry collecting furniture and money for
 *     moved families, its own site, a Pix key by CNPJ (Portuguese);
 *   - the cost worked out per metre, the allowance in reais and
 *     percentages of the budget (Portuguese);
 *   - an 86-year-old reader of the paper since 1971, all in capitals
 *     (Portuguese);
 *   - two official pages, recife.pe.gov.br and gov.br (Portuguese);
 *   - the free Conecta Recife app recommended, no link (Portuguese);
 *   - a neighbourhood WhatsApp group's notice of a meeting, "ninguém
 *     cobra nada", nothing sold (Portuguese);
 *   - a long rant on promoções, grátis, cashback, pix and dinheiro
 *     (Portuguese);
 *   - a reader in Lisbon comparing the covered caneiro de Alcântara
 *     (European Portuguese);
 *   - a reply thanking "@Patrícia Lemos" for the link (Portuguese);
 *   - a daughter whose mother paid a fake URB "taxa de vistoria" by
 *     Pix, warning, no link (Portuguese);
 *   - a lanchonete signing with its name, prices and hours, no link
 *     (Portuguese).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story41 =
  "RECIFE, Brazil — The city of Recife will cover 1,280 metres of the Canal das Jaqueiras in the Campo Grande neighbourhood, replacing the open drains along Rua Beira do Canal with a closed concrete gallery topped by a cycle path, and will move 86 of the 212 families who live on the street's flood-prone banks, the city's infrastructure secretary said on Tuesday.\n\n"
  "Mariana Coutinho Lins, Recife's Secretary of Infrastructure, said the works would cost R$ 48.6 million, R$ 31.2 million of it from a federal Novo PAC loan and the rest from the city budget, and were due to start in February 2027 and take 22 months. The covered canal, 3.5 metres wide, will carry rainwater from Avenida Norte down to the Capibaribe river, and the 2.4-metre cycle path on top will join the existing cycle lane on Avenida Norte, with 140 new street lights and 310 trees along the route.\n\n"
  "Families whose houses stand on the canal's edge will receive an auxílio-moradia, a rent allowance, of R$ 450 a month for up to 24 months, said Fábio Tenório, president of the Autarquia de Urbanização do Recife (URB). They will then be offered flats in a 96-unit housing block the city is building on a former bus depot on Rua Manoel Arruda, 600 metres away, due to be finished by December 2028. Tenório said 19 shop and bar owners on the street would be compensated case by case, and that the registration of families, carried out door to door by URB social workers, would close on Friday 30 October.\n\n"
  "Josefa Ramos da Silva, 67, who has lived on the street for 41 years, said the water reached her kitchen table in the floods of May 2022. \"I want the canal covered, I have lost two fridges,\" she said. \"But R$ 450 does not rent a room anywhere in Campo Grande. They are asking us to leave and wait two years with nothing in our hands.\"\n\n"
  "Edvaldo Ferreira, known as Seu Vado, president of the Associação de Moradores da Vila das Jaqueiras, said the association supported the project but wanted the allowance raised to R$ 800 and a written guarantee that no family would be moved more than one kilometre away. \"This street was built by the people who live on it. They should be the first to ride on the cycle path, not the last to be pushed out,\" he said.\n\n"
  "Luciana Albuquerque Meira, a professor of hydraulic engineering at the Federal University of Pernambuco (UFPE), said covering a canal that rises and falls with the tide could make it harder to clean, and that the design needed inspection hatches at least every 40 metres and a tide gate where it meets the river. \"Recife's canals fill with rubbish and silt. When you cannot see the water, you stop cleaning it, until the next flood reminds you,\" she said. A public hearing on the project will be held on Thursday 24 September at 6.30pm at the Escola Municipal Campo Grande, and the plans are published on the city's website.";

static const Comment desk_spam[] = {
  { "🐯🔥 PLATAFORMA NOVA PAGANDO MUITO!! Jogo do tigrinho (Fortune Tiger) soltando carta toda hora, ontem fiz R$ 1.870 com banca de R$ 20 🤑🤑 Cadastra pelo meu link e ganha bônus de R$ 30 no primeiro depósito via Pix, saque cai na hora: https://tigrinhopaga777.xyz/?ref=JULIA26 ⚠️ horários pagantes liberados só hoje no grupo VIP", "Júlia Bets", "julinha.sorte777@gmail.com", "https://tigrinhopaga777.xyz" },
  { "Oi, tudo bem? 😊 Estou selecionando pessoas para RENDA EXTRA em casa, só pelo celular: curtir vídeos, seguir perfis e fazer avaliações de lojas no Google Maps. Ganhos de R$ 50 a R$ 380 por dia, tudo pago via Pix no mesmo dia. Não precisa pagar nada para começar! Chama no zap +55 (11) 9 1234 - 0000 ou no Telegram @renda_tarefas_br e diz que veio do Recife 👍", "Vanessa RH", "vanessa.tarefas.br@gmail.com", NULL },
  { "BANCO CENTRAL DO BRASIL informa: o seu CPF possui VALORES A RECEBER no total de R$ 2.314,57 esquecidos em instituições financeiras. O prazo para resgate termina em 48h, depois disso o valor retorna ao Tesouro Nacional. Consulte e resgate via Pix em: https://valoresareceber-bcb.online/consulta?cpf= (Sistema Valores a Receber - SVR)", "Banco Central SVR", "atendimento@svr-bcb.online", NULL },
  { "Nome sujo? 😱 FEIRÃO LIMPA NOME SERASA 2026: dívidas com até 99% de desconto! Quite com R$ 49,90 no Pix e seu nome sai do SPC e Serasa em até 5 dias úteis, score sobe na hora. Acesse serasa-feirao-limpanome.top/acordo e digite seu CPF", "Feirão Limpa Nome", "acordos@limpanome-oficial.top", "http://serasa-feirao-limpanome.top" },
  { "EMPRÉSTIMO CONSIGNADO PARA NEGATIVADO ✅ Aposentados e pensionistas do INSS, servidores e quem recebe Bolsa Família. Sem consulta SPC/Serasa, dinheiro na conta em 24h, liberamos até R$ 15 mil com a menor taxa do mercado. Fale com Rogério: (oitenta e um) nove nove um dois três, quatro zero zero zero — ou zap (81) 99I23-4OOO (troque o I por 1 e os O por zero)", "Rogério Crédito", "rogerio.consignado81@hotmail.com", NULL },
  { "Correios: Sua encomenda NB482930123BR foi taxada pela Receita Federal. Taxa de importacao pendente de R$ 38,73. Regularize em ate 24h ou o objeto sera devolvido ao remetente: https://correios-rastreio.com.br.taxaobjeto.xyz/NB482930123BR", "Correios", "naoresponda@taxaobjeto.xyz", NULL },
  { "Hola a todos 👋 quiero compartir mi testimonio: hace tres meses estaba endeudada y sin trabajo, hasta que conocí a la señora Valentina Ríos, trader profesional de criptomonedas. Invertí 300 dólares y en 7 días recibí 4.200 dólares directo en mi cuenta, sin trucos ni comisiones. Ella trabaja con Brasil, Argentina, México y España. Escríbele por WhatsApp +1 (555) 012-3400 o en Instagram @valentina.trader.fx y dile que vas de parte de Mariela 🙏💸", "Mariela Gutiérrez", "marielagtz.ok@hotmail.com", NULL },
  { "AMARRAÇÃO AMOROSA DEFINITIVA EM 3 DIAS ❤️🔥 Pai Tadeu de Oxóssi, 35 anos de trabalhos espirituais. Trago a pessoa amada de volta, afasto rival, abro caminhos financeiros, desfaço feitiço e inveja. Trabalho garantido ou seu dinheiro de volta. Atendo Recife, todo o Brasil e exterior. Zap: 8 1 - 9 8 7 6 - 0 0 0 0 ... ligue já, não deixe pra amanhã quem você ama hoje", "Pai Tadeu de Oxóssi", "paitadeu.amarracao@yahoo.com.br", "https://paitadeu-amarracao.online" },
  { "Want to grow fast? Buy REAL Brazilian Instagram & TikTok followers, likes and views 🇧🇷 1,000 followers for $2.99, no password needed, instant delivery, 30-day refill guarantee. Trusted by 50,000+ influencers. Order now at followboost-br.shop", "FollowBoost BR", "sales@followboost-br.shop", "https://followboost-br.shop" },
  { "📦 MERCADO LIBRE CONTRATA: trabajo desde casa, medio tiempo, sin experiencia. Solo necesitas un celular para confirmar pedidos y dar me gusta a productos. Sueldo de 150.000 a 400.000 pesos por semana, cupos limitados, inscríbete hoy: https://ml-empleos-latam.site/registro — Vagas também para o Brasil! Trabalho home office Shopee e Mercado Livre, ganhos de R$ 2.800/mês, cadastro no mesmo link", "RRHH Mercado Libre", "rrhh.mercadolibre.empleos@gmail.com", NULL },
  { "Привет 😘 Меня зовут Алина, мне 24. Ищу серьёзного мужчину для встреч, можно без обязательств. Мои фото и видео 18+ здесь: http://alina-dating.top/p/8812 — жду тебя, напиши мне сегодня 💋", "Алина", "alina.love2002@mail.ru", "http://alina-dating.top" },
  { "ATENÇÃO FAMÍLIAS DE BAIXA RENDA!! O Governo Federal liberou o AUXÍLIO EMERGENCIAL 2026 de R$ 1.200 por família inscrita no CadÚnico. Para liberar o benefício é necessário pagar a taxa de cadastro de R$ 27,90 (emissão do cartão). Faça seu cadastro em gov-auxilio-emergencial.com.br/cadastro antes que encerre!! Compartilhe com quem precisa 🇧🇷🙏", "Ministério do Desenvolvimento Social", "cadastro@gov-auxilio-emergencial.com.br", "https://gov-auxilio-emergencial.com.br" },
};

static const Comment desk_genuine[] = {
  { "Moro na Beira do Canal desde 2003 e já perdi a conta de quantas vezes tirei lama de dentro de casa. Cobrir esse canal é o sonho de todo mundo aqui, a catinga no verão é insuportável e as crianças vivem com diarreia e micose. Que venha a obra, só peço que a prefeitura cumpra o prazo dessa vez.", "Cláudia Menezes", "claudiamenezes.rec@gmail.com", NULL },
  { "Sou contra do jeito que está. R$ 450 não aluga nem um quartinho em Campo Grande, o mais barato que achei aqui foi R$ 700 sem água e luz. E um prédio de 96 apartamentos pra 86 famílias removidas, e as outras que vão ficar dois anos do lado da obra comendo poeira? Já vi esse filme em outras comunidades: sai todo mundo e o apartamento nunca fica pronto.", "Ronaldo Bezerra", "ronaldo.bezerra71@yahoo.com.br", NULL },
  { "kkkkk ciclovia em cima do canal, vcs tão de brincadeira né? o povo lá nem saneamento tem e a prefeitura pensando em bike 🚲 aposto que inauguram em setembro de 2028 bem na época da eleição kkkk", "thiagoo_pe", "thiago.pe.2001@hotmail.com", NULL },
  { "TODO INVERNO É A MESMA COISA!!! A ÁGUA ENTRA NAS CASAS, O PREFEITO APARECE NA TV, PROMETE OBRA E DEPOIS SOME. EM 2022 A GENTE PERDEU TUDO E NINGUÉM VEIO AQUI. AGORA QUEREM TIRAR A GENTE DE CASA COM ESMOLA DE 450 REAIS. VERGONHA!!!", "Marinalva Souza", "marinalvasouza.pe@gmail.com", NULL },
  { "🌊🏠😢➡️🚲🌳🙏", "Bia", "bia.campogrande@gmail.com", NULL },
  { "@Ronaldo Bezerra entendo sua preocupação, mas não dá pra deixar do jeito que está. O neto da minha vizinha quase morreu na enchente de 2022, a correnteza levou ele até a grade do canal. Prefiro lutar pra aumentar o auxílio, como o Seu Vado falou, do que ser contra a obra.", "Sandra Lúcia", "sandralucia.oliveira@gmail.com", NULL },
  { "Pergunta para a repórter: a matéria diz que o cadastro termina no dia 30 de outubro. Quem mora de aluguel na beira do canal também tem direito ao auxílio-moradia ou só o dono da casa? Aqui na rua tem muita gente que aluga de outros moradores, sem contrato.", "Paulo Henrique Alves", "phalves.recife@gmail.com", NULL },
  { "CUIDADO, É GOLPE! Minha tia recebeu esse SMS hoje: \"PREFEITURA DO RECIFE: seu cadastro no auxilio-moradia Canal das Jaqueiras esta pendente. Confirme seus dados em https://recife-auxiliomoradia.cadastro-pe.online em ate 24h\". A prefeitura não manda link por SMS e a URB faz o cadastro de porta em porta, como está na matéria. Não cliquem e avisem os mais velhos!", "Fernanda Cavalcanti", "fecavalcanti@outlook.com", NULL },
  { "Pra quem quiser ler o projeto inteiro, com o mapa dos imóveis atingidos, está no site da prefeitura: https://www2.recife.pe.gov.br/noticias/canal-das-jaqueiras-projeto-e-audiencia-publica . O JC também publicou uma matéria sobre as obras de canais pela cidade: https://jc.uol.com.br/cidades/obras-canais-recife-novo-pac.html", "Patrícia Lemos", "patricia.lemos.arq@gmail.com", NULL },
  { "eu tenho 81 anos e moro na rua do canal desde que ali era tudo mangue, meu finado marido ajudou a aterrar. não sei mexer nesse computador quem escreve é minha neta mas as palavras são minhas. não quero sair daqui, quero morrer na minha casa. se for cobrir o canal que deixem a gente ficar. deus abençoe a todos", "Dona Hilda", "larissa.netadahilda@gmail.com", NULL },
  { "Tenho comércio na Beira do Canal há 27 anos. Quando chove forte perco mercadoria e fico três dias fechado. Sou a favor da obra, mas quero saber como vai ser a indenização dos comerciantes, porque ninguém da URB passou aqui ainda. Geraldo Batista — Mercadinho Jaqueira", "Mercadinho Jaqueira", "mercadinhojaqueira@gmail.com", NULL },
  { "Já era hora.", "Antônio C.", "antonioc1958@bol.com.br", NULL },
};

static const Comment dressed_spam[] = {
  { "Lembro da enchente de 2022, ajudei a tirar os móveis da casa de uma tia na Beira do Canal com água pela cintura. Pra quem vai ser remanejado agora: a Carreto Recife Mudanças faz frete e mudança residencial com desconto pra moradores da Vila, caminhão baú, desmontagem e montagem de móveis. Orçamento grátis no zap (81) 9 8123-0000, falar com Jailson 🚚", "Jailson Carreto Recife", "carretorecife.mudancas@gmail.com", "https://carretorecifemudancas.com.br" },
  { "Ótima notícia! Uma <a href=\"https://pedalshop-nordeste.com.br/bicicletas-urbanas\">ciclovia em cima do canal coberto</a> vai mudar a cara de Campo Grande, e quem sabe o povo começa a deixar o carro em casa. Parabéns à prefeitura.", "Rafael Pedal", "contato@pedalshop-nordeste.com.br", "https://pedalshop-nordeste.com.br" },
  { "@Cláudia Menezes concordo com você, a catinga daquele canal no verão é de matar, passei lá semana passada. Tomara que a obra saia mesmo dessa vez.", "Vitor Sousa", "vitor.sousa88@gmail.com", "https://recifebet365.vip/cadastro?afiliado=vitor88" },
  { "Força pra Dona Josefa, eu sei o que é perder tudo na água. Em 2022 eu estava igual a ela, casa alagada, marido foi embora e as dívidas só crescendo. Uma amiga me indicou a Mãe Cida de Iemanjá e em 7 dias meu marido voltou pra casa, arrumei emprego e saí do aluguel. Ela é séria e não cobra adiantado a consulta. Zap 81 9 9X 12 34 00 00 (o X é 8) 🙏", "Rosângela Vieira", "rosangela.vieira.pe@gmail.com", NULL },
  { "Qué buena noticia para Recife, viví dos años en Boa Viagem y siempre me impresionaron los canales cuando llovía. Yo también pasé momentos difíciles hasta que el trader Martín Ledesma me ayudó a invertir en Bitcoin: con 250 dólares gané 3.800 en dos semanas y ahora ayudo a toda mi familia. Contáctalo por Telegram @MartinLedesmaFX o WhatsApp +44 7700 900 123, es 100% confiable.", "Lucía Fernández", "lucia.fernandez.bsas@gmail.com", NULL },
  { "R$ 450 de auxílio-moradia é piada, ninguém aluga nada com isso no Recife. Quem precisar completar o aluguel ou comprar os móveis do apartamento novo, eu consegui pela CrediFácil Nordeste: empréstimo pra negativado, sem consulta ao SPC, só com RG e CPF, caiu R$ 3.000 na minha conta no mesmo dia. Chama o Sr. Anderson no zap: 81 - 9 - 9 1 2 3 - 4 0 0 0", "Marcos Tavares", "marcostavares.rec@hotmail.com", NULL },
  { "Eu morava na Beira do Canal e saí em 2019, hoje estou em Portugal trabalhando na construção civil ganhando 1.400 euros. Pra quem vai ser removido fica a dica: a agência Europa Trabalho consegue contrato de trabalho e visto em 30 dias, vagas em obras, limpeza e restaurantes em Portugal e na Irlanda. Só paga a taxa de processamento do visto de R$ 1.850 e a passagem eles adiantam. Informações em europatrabalho.online ou WhatsApp +351 912 340 000", "Cleiton Rocha", "cleiton.rocha.pt@gmail.com", NULL },
  { "Esperar apartamento até 2028 recebendo R$ 450 por mês? Façam as contas, gente. Com o que vocês pagariam de aluguel dá pra pagar um lote próprio: Loteamento Parque das Águas em Igarassu, lotes de 160 m² a partir de R$ 299 por mês, sem entrada, escritura na hora e sem consulta ao Serasa. Fala com o corretor Wellington (CRECI 0000-PE) no zap (81) 9 9812-3400.", "Wellington Corretor", "wellington.lotes@gmail.com", "https://parquedasaguas-lotes.com.br" },
  { "Muito bom o auxílio-moradia, mas pouca gente sabe que as famílias atingidas por alagamento também têm direito ao Auxílio Reconstrução do governo federal, R$ 5.100 em parcela única. Eu recebi o meu semana passada! Consulta pelo CPF em https://auxilio-reconstrucao.gov-br.site/consulta e é só pagar a taxa de liberação de R$ 34,90 no Pix. Passem pra frente, o prazo acaba esse mês.", "Edilene Santos", "edilene.santos1979@gmail.com", NULL },
  { "Prof. Meira's point about inspection hatches every 40 metres is spot on; I study civil engineering and we looked at exactly this problem with tidal canals. For other students reading: I got a fully funded master's scholarship in Canada through the Global Scholars Bridge programme, with tuition, flights and a monthly stipend of CAD 2,500. They only ask a refundable application processing fee of USD 120. Apply before the deadline at globalscholarsbridge.org/apply", "Gabriel M. Freitas", "gabrielmfreitas.eng@gmail.com", NULL },
  { "Parabéns ao Seu Vado e à Associação de Moradores, luta bonita! Mas fica uma dica de quem trabalha com isso: associação sem Instagram não é ouvida pela prefeitura. No meu curso Engajamento Comunitário Digital eu ensino lideranças a viralizar suas causas e ainda ganhar dinheiro com a página. De R$ 997 por apenas R$ 97 só essa semana, acesso vitalício: https://pay.cursoengajadigital.online/lideres 🚀", "Priscila Marketing Social", "priscila@cursoengajadigital.online", "https://cursoengajadigital.online" },
  { "Concordo com o Seu Vado, tem que aumentar o auxílio. E tem outro problema que ninguém fala: muita família da Vila vai precisar de crédito pra mobiliar o apartamento e está com o nome sujo. A Limpa Nome Legal tira seu nome do Serasa, SPC e Boa Vista em até 15 dias por via judicial, sem precisar pagar a dívida, e o score volta a subir! Consulta gratuita em limpanomelegal.com.br ou pelo (81) 3000-1234", "Adriana Reis", "adrianareis.consultora@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Escrevi no meu blog um texto sobre a história do Canal das Jaqueiras, com fotos que meu pai tirou em 1984, quando ainda tinha caranguejo e a maré subia até perto da Avenida Norte. Não tem propaganda nenhuma, é só memória do bairro: https://cadernodecampogrande.wordpress.com/2026/09/o-canal-antes-do-concreto", "Helena Barros", "helenabarros.recife@gmail.com", "https://cadernodecampogrande.wordpress.com" },
  { "A Pastoral da Moradia da Paróquia Santa Luzia de Campo Grande está recolhendo doações para as famílias que vão ser remanejadas: móveis, colchões, fogões e também dinheiro para ajudar no aluguel enquanto o auxílio não sai. Toda doação é registrada e prestamos contas no nosso site: https://pastoraldamoradia-santaluzia.org.br/doacoes . A chave Pix é o CNPJ da paróquia, que está no site. Deus abençoe!", "Pastoral da Moradia Santa Luzia", "pastoralmoradia.santaluzia@gmail.com", "https://pastoraldamoradia-santaluzia.org.br" },
  { "Fiz as contas: R$ 48,6 milhões por 1.280 metros dá uns R$ 37.969 por metro de canal. O auxílio para 86 famílias a R$ 450 por 24 meses soma R$ 928.800, menos de 2% da obra (1,9%). Se subir para os R$ 800 que a associação pede, vai a R$ 1.651.200, ou 3,4% do total. Ou seja, com uns 1,5% a mais do orçamento dá para atender o pedido dos moradores. E 64,2% do dinheiro (R$ 31,2 mi) nem é da prefeitura, é do Novo PAC.", "Eduardo Lins Farias", "eduardo.linsfarias@gmail.com", NULL },
  { "SOU LEITOR DESTE JORNAL DESDE 1971 E TENHO 86 ANOS. CONHECI ESSE CANAL QUANDO ERA RIACHO. COBRIR CANAL É BOM MAS QUEM VAI LIMPAR POR BAIXO? A PROFESSORA DA FEDERAL ESTÁ CERTA. NO MEU TEMPO A PREFEITURA MANDAVA GARI TODA SEMANA. PEÇO AO JORNAL QUE ACOMPANHE ESSA OBRA ATÉ O FIM. OBRIGADO.", "JOSÉ EVERALDO DE MELO", "jeveraldomelo@uol.com.br", NULL },
  { "Os documentos oficiais para quem vai à audiência: o edital da audiência pública está em https://www2.recife.pe.gov.br/servico/audiencia-publica-canal-das-jaqueiras e as regras federais de reassentamento das obras do Novo PAC em https://www.gov.br/cidades/pt-br/assuntos/habitacao/reassentamento-novo-pac . Vale ler antes do dia 24.", "Luana Tavares", "luana.tavares.adv@gmail.com", NULL },
  { "Dica pra quem mora perto de canal: baixem o app Conecta Recife, é da prefeitura e é gratuito. Dá pra abrir chamado de limpeza de canal, buraco e poste apagado e acompanhar pelo número do protocolo. Pedi limpeza do trecho perto da ponte e em 9 dias a equipe veio.", "Rodrigo Sales", "rodrigosales.pe@gmail.com", NULL },
  { "Repassando do grupo Vizinhos da Beira do Canal: 📢 AVISO: reunião da Associação de Moradores no sábado, 19/09, às 16h na quadra da escola, pra preparar as perguntas da audiência pública. Tragam conta de luz e documento de quem mora na casa. A URB faz o cadastro de casa em casa e ninguém cobra nada por isso, se alguém pedir dinheiro é golpe. Não estamos vendendo nada, só organizando os moradores.", "Vizinhos da Beira do Canal", "vizinhosbeiracanal@gmail.com", NULL },
  { "Tudo nessa cidade agora é promoção, tudo é grátis, frete grátis, cashback, pix premiado, e na hora que a água entra em casa ninguém dá nada de graça. Dinheiro pra ciclovia tem, dinheiro pra propaganda da prefeitura no Instagram tem, dinheiro pra show no Marco Zero tem. Agora pra família que perdeu geladeira, sofá e documento na enchente, aí é R$ 450 e olhe lá. Eu fiz um pix de 200 reais pra minha vizinha em 2022 porque ninguém ajudou, e a grande promoção que a prefeitura ofereceu foi uma cesta básica. Ciclovia é bonita, mas quem vai andar de bicicleta ali é quem não mora mais lá.", "Jurandir Alves", "jurandiralves63@gmail.com", NULL },
  { "Escrevo de Lisboa, onde vivo há seis anos. Cá temos o caneiro de Alcântara, uma ribeira que foi toda coberta há décadas, e quando há chuvadas fortes com maré cheia ainda alaga a Avenida de Ceuta e a baixa de Alcântara. A Câmara está agora a construir túneis de drenagem enormes por causa disso. Tapar o canal não resolve sozinho; a professora tem toda a razão quanto à manutenção e à comporta. Boa sorte aos moradores.", "Inês Carvalho", "ines.carvalho.lx@sapo.pt", NULL },
  { "@Patrícia Lemos muito obrigada pelo link, consegui ver o mapa e a casa da minha mãe está no trecho da primeira fase. Vou levar as perguntas na audiência. Valeu mesmo! 🙏", "Daniela Freire", "danifreire.rec@gmail.com", NULL },
  { "Fica o alerta: minha mãe, de 72 anos, recebeu uma ligação de um homem dizendo que era da URB e que ela precisava pagar R$ 380 de taxa de vistoria para entrar no cadastro do auxílio-moradia. Ela fez o Pix na hora. Depois descobrimos que era golpe e o banco não devolveu nada. A URB não cobra nada. Não paguem e não passem dados pelo telefone.", "Kátia Rodrigues", "katiarodrigues.pe@hotmail.com", NULL },
  { "Sou a favor, obra traz trabalhador e cliente. E quem for na audiência e quiser passar depois: Lanchonete da Neide, na esquina da Beira do Canal, tapioca de queijo R$ 8, cuscuz com ovo R$ 10, suco de cajá R$ 6 e o PF do dia R$ 18. Aberto das 6h às 15h. Neide e família.", "Lanchonete da Neide", "lanchonetedaneide@gmail.com", NULL },
};
