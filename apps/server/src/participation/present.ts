import type { Prospect } from '@mutualis/contracts';
import type { BarrierReason } from '@mutualis/domain/participation/reasons';
import type { ProspectRow } from './prospect-repository.ts';

export function presentProspect(r: ProspectRow, consentGranted: boolean): Prospect {
  return {
    id: r.id,
    legalName: r.legal_name,
    neq: r.neq,
    scianCode: r.scian_code,
    regionCode: r.region_code,
    headcount: r.headcount,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    stage: r.stage,
    stageChangedOn: r.stage_changed_on,
    reasons: r.reasons as BarrierReason[],
    notes: r.notes,
    memberId: r.member_id,
    reportsOutcomes: r.reports_outcomes,
    consentGranted,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
