import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { observedMutualQueryFields } from './evidence.ts';

// Targeting (issue #12.4): reach by firm size, participants' TEER and education, region and sector,
// against the board's targets, with alerts; firms never served and job classes never trained.

const pct = z.number().nullable();
const count = z.number().int().nullable().meta({ description: 'null: a small cell, suppressed' });

export const reachCellSchema = z
  .object({
    key: z.string(),
    firms: count,
    participants: count,
    firmsPct: pct,
    participantsPct: pct,
    populationPct: pct,
  })
  .meta({ id: 'ReachCell' });

export const targetingAlertSchema = z
  .object({
    kind: z.enum(['micro_small_firms', 'micro_firms', 'low_skilled']),
    actualPct: z.number().nullable().meta({ description: 'null: below target, but the share is a small cell' }),
    targetPct: z.number(),
  })
  .meta({ id: 'TargetingAlert' });

export const targetingReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    audience: z.enum(['all_firms', 'consenting_firms']),
    servedFirms: z.number().int(),
    memberFirms: z.number().int(),
    participants: count,
    shares: z.object({ microSmallFirmsPct: pct, microFirmsPct: pct, lowSkilledPct: pct }),
    targets: z.object({ microSmallFirmsPct: z.number(), microFirmsPct: z.number(), lowSkilledPct: z.number() }),
    alerts: z.array(targetingAlertSchema),
    bySizeClass: z.array(reachCellSchema),
    byTeer: z.array(reachCellSchema),
    byEducation: z.array(reachCellSchema),
    byRegion: z.array(reachCellSchema),
    bySector: z.array(reachCellSchema),
    neverServedCount: z.number().int(),
    neverServed: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          sizeClass: z.string(),
          regionCode: z.string(),
          scianCode: z.string(),
        }),
      )
      .meta({ description: 'The firms themselves: coordinators only (others get the count)' }),
    untrainedJobClasses: z.array(
      z.object({ nocCode: z.string(), teer: z.number().int(), employees: count, firms: count }),
    ),
  })
  .meta({ id: 'TargetingReport' });
export type TargetingReport = z.infer<typeof targetingReportSchema>;

export const targetingQuerySchema = z.object({
  ...observedMutualQueryFields,
  from: isoDateSchema.optional().meta({ description: 'First day of the period (default: a year before `to`)' }),
  to: isoDateSchema.optional().meta({ description: 'Last day of the period (default: today)' }),
});

export const targetingEndpoints = {
  report: endpoint({
    method: 'get',
    path: '/api/targeting',
    tag: 'targeting',
    summary:
      'Reach of the period’s training by size class, TEER, education, region and sector, against the board’s targets, with alerts',
    query: targetingQuerySchema,
    response: targetingReportSchema,
  }),
};
