/* byline-accounts-page.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-core.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_ACCOUNTS_PAGE (byline_accounts_page_get_type())

G_DECLARE_FINAL_TYPE (BylineAccountsPage, byline_accounts_page, BYLINE, ACCOUNTS_PAGE, AdwPreferencesPage)

BylineAccountsPage *byline_accounts_page_new       (BylineStore        *store);
BylineStore        *byline_accounts_page_get_store (BylineAccountsPage *self);
void                byline_accounts_page_set_store (BylineAccountsPage *self,
                                                    BylineStore        *store);
guint               byline_accounts_page_get_n_accounts (BylineAccountsPage *self);

G_END_DECLS
