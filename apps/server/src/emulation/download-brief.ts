import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderEmulationBriefPdf } from '../documents/emulation-brief-pdf.ts';
import { presentScenario } from './present.ts';
import { visibleScenario } from './scenario-owner.ts';

/** The scenario's brief as a PDF: the result with its assumptions beside it (in `lang`, by default the caller's). */
export async function downloadBrief(deps: Deps, caller: Caller, input: { scenarioId: string; lang?: 'fr' | 'en' }) {
  const lang = input.lang ?? caller.locale;
  const scenario = presentScenario((await visibleScenario(deps, caller, input.scenarioId)).row);
  const pdf = await renderEmulationBriefPdf(scenario, lang, todayInMontreal(deps.now()));
  const slug =
    scenario.name
      .normalize('NFD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'scenario';
  return {
    filename: `${lang === 'fr' ? 'note-emulation' : 'emulation-brief'}-${slug}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(pdf),
  };
}
