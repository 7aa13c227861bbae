import { type Deps, inTransaction } from '../caller.ts';
import { checkGoNoGo } from './check-go-no-go.ts';
import { sendDueQuestionnaires } from './send-due-questionnaires.ts';
import { sendReminders } from './send-reminders.ts';

/** One pass of delivery's timed work: go/no-go alerts, reminders, questionnaires that fall due. */
export async function runDeliveryPass(deps: Deps) {
  const alerted = await checkGoNoGo(deps);
  const reminded = await sendReminders(deps);
  const questionnaires = await inTransaction(deps, (tx) => sendDueQuestionnaires(tx));
  return { alerted: alerted.length, reminded, questionnaires };
}
