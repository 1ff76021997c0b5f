/* byline-spam-filter-agencies.c: what agencies sell to a page's
 * readers: a private detective's tracing and an affair's evidence, a
 * buyer's cash for relocation rights and compensation claims, a
 * marketing agency's top place in the search results
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Since the fifty-fourth round, under Busan's hillside road works:
 * "흥신소 / 심부름센터: 사람 찾기, 배우자 외도 증거 수집, 차량 위치
 * 확인, 비밀 100% 보장" (and the same agency's "cheating spouse,
 * trace anyone, 100% confidential", "detective privado,
 * infidelidades"); "입주권, 딱지, 보상금 채권 최고가 현금 매입,
 * 감정평가액보다 +30%" (a buyer of what residents are owed, "cash for
 * your settlement at a premium"); "플레이스 상위노출, 스마트스토어
 * 세팅, 월 19만 9천 원부터" (an agency's "first page of Google,
 * guaranteed"). Readers name each kind too: who was cheated of an
 * advance, an estate agent who says there are no entitlements to
 * sell, a shop owner proud of her reviews, a marketer's advice. Each
 * kind counts only with somewhere to write, the agency's own voice
 * (what it does and what it promises) and no warning. Words in Latin
 * letters are whole words, others anywhere (_byline_spam_terms_found()):
 * the Korean ones are chosen not to sit inside everyday words ("외도" is
 * in "해외도", "매입" in "구매입니다", "삽니다" is "I live").
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A detective agency, by what it calls itself... */
static const char * const detective_agencies[] = {
  "흥신소", "심부름센터", "심부름 센터", "탐정사무소", "탐정 사무소", "민간조사",
  "private investigator", "private investigators", "private detective", "private detectives", "detective agency",
  "detective privado", "detectives privados", "agencia de detectives", "investigador privado", "détective privé",
  "प्राइवेट डिटेक्टिव", "जासूसी एजेंसी", "प्राइवेट जासूस", "частный детектив", "私家侦探", "征信社", "興信所",
  NULL
};

/* ...what it finds: people and debtors, a spouse's affair, a car */
static const char * const detective_services[] = {
  "사람 찾기", "사람찾기", "소재 파악", "소재파악", "외도 증거", "외도증거", "배우자 외도", "불륜", "위치 추적",
  "위치추적", "차량 위치", "뒷조사",
  "cheating spouse", "cheating partner", "cheating husband", "cheating wife", "infidelity", "trace anyone",
  "locate anyone", "find anyone", "background checks", "surveillance", "pre-matrimonial",
  "infidelidad", "infidelidades", "localización de personas", "localizacion de personas", "seguimientos",
  "infidélité", "filatures", "बेवफाई", "शादी से पहले", "поиск людей", "измены",
  NULL
};

/* ...and what it promises: secrecy, a refund, a team on its way */
static const char * const detective_pledges[] = {
  "비밀 보장", "비밀보장", "비밀 100%", "100% 비밀", "전액 환불", "결과 없으면", "당일 출동",
  "100% confidential", "strictly confidential", "discreet", "discretion", "confidencial", "confidencialidad",
  "discreción", "discrecion", "गोपनीय", "конфиденциально",
  NULL
};

/* What residents are owed and a buyer wants: an entitlement to a new
 * flat (Korea's "입주권", its "딱지"), a compensation or a settlement */
static const char * const entitlements[] = {
  "입주권", "딱지", "분양권", "이주대책", "보상금 채권", "보상 채권",
  "relocation rights", "relocation entitlement", "relocation entitlements", "compensation claim",
  "compensation claims", "structured settlement", "lawsuit settlement", "derechos de reubicación",
  "indemnizaciones",
  NULL
};

/* ...bought ("매입합니다", not "매입" alone, which is in "구매입니다") */
static const char * const entitlement_buying[] = {
  "매입합", "매입해", "현금 매입", "현금매입", "고가 매입", "매입 전문", "사드립니다", "사 드립니다",
  "we buy", "buy your", "cash for your", "compramos",
  NULL
};

/* ...at a premium, or cash before the payment comes */
static const char * const entitlement_premiums[] = {
  "최고가", "감정평가액보다", "감정가보다", "웃돈", "선지급", "즉시 송금", "당일 지급",
  "at a premium", "above appraisal", "above the appraisal", "cash today", "same-day cash", "top dollar",
  "pago inmediato", "efectivo hoy", "por encima del avalúo",
  NULL
};

/* A place at the top of the search results or of a map's listing... */
static const char * const top_rankings[] = {
  "상위노출", "상위 노출", "상단노출", "상단 노출", "1페이지 노출",
  "first page of google", "first page on google", "top of google", "page one of google", "google's first page",
  "#1 on google", "top of naver", "primera página de google", "primera pagina de google",
  "première page de google", "गूगल के पहले पेज",
  NULL
};

/* ...that an agency sets up, in its own voice... */
static const char * const agency_voices[] = {
  "해드려요", "해 드려요", "해드립니다", "해 드립니다", "대행", "세팅", "보장",
  "we get", "we put", "we will get", "we'll get", "guaranteed", "guarantee", "our agency", "garantizado",
  "garantizada", "posicionamos", "गारंटी",
  NULL
};

/* ...from a price, or with a first month or a check free */
static const char * const agency_prices[] = {
  "만 원부터", "만원부터", "천 원부터", "천원부터", "첫 달 무료", "무료 컨설팅", "무료 진단", "무료 상담",
  "per month", "a month", "/month", "free audit", "free consultation", "free seo audit", "al mes",
  "consulta gratis", "auditoría gratis",
  NULL
};

/* What a reader says of any of these: a scam, a fraud, beware; an
 * agency of its own work says none */
static const char * const agency_warnings[] = {
  "사기", "조심", "속지", "믿지 마", "당하지 마", "당했", "scam", "scams", "scammed", "fraud", "beware", "estafa",
  "fraude", "धोखा", "мошенн",
  NULL
};

/* ...and of a detective agency, that it is outlawed, kept her advance
 * or was gone ("불법 흥신소는 처벌받아요", "착수금만 떼였어요")... */
static const char * const detective_warnings[] = {
  "불법", "처벌", "떼였", "떼먹", "착수금만", "연락이 끊", "연락 두절", "vanished", "illegal", "ilegal", NULL
};

/* ...of a buyer of entitlements, a broker's advert (an agency's own
 * says "consulting", not "advert"), or that none will be given ("딱지는
 * 나오지 않습니다") */
static const char * const entitlement_warnings[] = { "광고", "브로커", "나오지 않", NULL };

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_agency_evidence (const char *content,
                              guint       outside_links,
                              GArray     *evidence)
{
  guint services;

  /* (somewhere to write first: most comments give none, and the lists
   * are read only then) */
  if (outside_links == 0 && !_byline_spam_has_private_contact (content) && !_byline_spam_names_address (content))
    return;

  /* An agency names three of what it finds, calls itself and
   * promises, one a thing it finds; a reader looking for her mother
   * through the police names two at most */
  services = _byline_spam_terms_found (content, detective_services);
  if (services > 0 &&
      services + _byline_spam_terms_found (content, detective_agencies) +
      _byline_spam_terms_found (content, detective_pledges) >= 3 &&
      _byline_spam_terms_found (content, agency_warnings) == 0 &&
      _byline_spam_terms_found (content, detective_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("offers a private detective to trace people or prove an affair, with "
                                           "a number or an address")));

  /* An estate agent says there are none to sell, and warns of who buys */
  if (_byline_spam_terms_found (content, entitlements) > 0 &&
      _byline_spam_terms_found (content, entitlement_buying) > 0 &&
      _byline_spam_terms_found (content, entitlement_premiums) > 0 &&
      _byline_spam_terms_found (content, agency_warnings) == 0 &&
      _byline_spam_terms_found (content, entitlement_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("buys residents’ relocation rights or compensation claims for cash, at "
                                           "a premium")));

  /* A shop owner proud of her reviews, a marketer's advice: neither
   * sets a shop up from a price */
  if (_byline_spam_terms_found (content, top_rankings) > 0 &&
      _byline_spam_terms_found (content, agency_voices) > 0 &&
      _byline_spam_terms_found (content, agency_prices) > 0 &&
      _byline_spam_terms_found (content, agency_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("sells businesses a top place in search results, from a price, with a "
                                           "number or an address")));
}
