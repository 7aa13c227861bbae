import type { DuesSchedule } from '@mutualis/contracts';
import type { DuesSchedule as DomainSchedule } from '@mutualis/domain/finance/dues';
import type { DuesScheduleRow } from './dues-repository.ts';

/** No schedule yet: flat dues of zero, pro-rated (the coordinator sets the amounts). */
export const EMPTY_SCHEDULE: DuesSchedule = {
  basis: 'flat',
  flatCents: null,
  bySizeClass: {},
  byPayroll: [],
  prorate: true,
};

export const presentSchedule = (r: DuesScheduleRow | undefined): DuesSchedule =>
  r
    ? {
        basis: r.basis,
        flatCents: r.flat_cents === null ? null : Number(r.flat_cents),
        bySizeClass: r.by_size_class ?? {},
        byPayroll: r.by_payroll ?? [],
        prorate: r.prorate,
      }
    : EMPTY_SCHEDULE;

export const domainSchedule = (s: DuesSchedule): DomainSchedule => ({
  basis: s.basis,
  flatCents: s.flatCents ?? undefined,
  bySizeClass: s.bySizeClass,
  byPayroll: s.byPayroll,
  prorate: s.prorate,
});
