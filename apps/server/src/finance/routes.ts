import { financeEndpoints as finance } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { closeBooks } from './close-books.ts';
import { createAccount } from './create-account.ts';
import { exportLedger } from './export-ledger.ts';
import { getFinanceSettings } from './get-finance-settings.ts';
import { getGeneralLedger } from './get-general-ledger.ts';
import { getJournalEntry } from './get-journal-entry.ts';
import { getTrialBalance } from './get-trial-balance.ts';
import { listAccounts } from './list-accounts.ts';
import { listJournal } from './list-journal.ts';
import { postAdjustment } from './post-adjustment.ts';
import { reverseEntry } from './reverse-entry.ts';
import { updateAccount } from './update-account.ts';
import { updateFinanceSettings } from './update-finance-settings.ts';

const COORDINATOR = ['coordinator'] as const;

/** The ledger and the money settings: the mutual's coordinators. */
export function registerFinanceRoutes(app: App, deps: Deps) {
  serve(app, finance.settings, COORDINATOR, (_, caller) => getFinanceSettings(deps, caller));
  serve(app, finance.updateSettings, COORDINATOR, ({ body }, caller) => updateFinanceSettings(deps, caller, body));
  serve(app, finance.close, COORDINATOR, ({ body }, caller) => closeBooks(deps, caller, body));
  serve(app, finance.accounts, COORDINATOR, ({ query }, caller) => listAccounts(deps, caller, query));
  serve(app, finance.createAccount, COORDINATOR, ({ body }, caller) => createAccount(deps, caller, body));
  serve(app, finance.updateAccount, COORDINATOR, ({ params, body }, caller) =>
    updateAccount(deps, caller, { accountId: params.accountId, changes: body }),
  );
  serve(app, finance.journal, COORDINATOR, ({ query }, caller) => listJournal(deps, caller, query));
  serve(app, finance.entry, COORDINATOR, ({ params }, caller) => getJournalEntry(deps, caller, params));
  serve(app, finance.postEntry, COORDINATOR, ({ body }, caller) => postAdjustment(deps, caller, body));
  serve(app, finance.reverseEntry, COORDINATOR, ({ params, body }, caller) =>
    reverseEntry(deps, caller, { entryId: params.entryId, ...body }),
  );
  serve(app, finance.trialBalance, COORDINATOR, ({ query }, caller) => getTrialBalance(deps, caller, query));
  serve(app, finance.generalLedger, COORDINATOR, ({ params, query }, caller) =>
    getGeneralLedger(deps, caller, { accountId: params.accountId, ...query }),
  );
  serve(app, finance.exportLedger, COORDINATOR, ({ query }, caller) => exportLedger(deps, caller, query));
}
