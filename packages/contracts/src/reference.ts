import { z } from 'zod';
import { endpoint } from './endpoint.ts';

const label = { fr: z.string(), en: z.string() };

/** Everything GET /api/reference returns: the lists the forms and filters offer, in French and English. */
export const referenceDataSchema = z
  .object({
    regions: z.array(z.object({ code: z.string(), ...label })),
    scianSectors: z.array(z.object({ code: z.string(), ...label, prefixes: z.array(z.string()) })),
    scianSubsectors: z.array(z.object({ code: z.string(), sector: z.string(), ...label })),
    nocBroadCategories: z.array(z.object({ code: z.string(), ...label })),
    teerLevels: z.array(
      z.object({ teer: z.number().int(), ...label, descriptionFr: z.string(), descriptionEn: z.string() }),
    ),
    educationLevels: z.array(z.object({ code: z.string(), ...label, lowSkilled: z.boolean() })),
    languages: z.array(z.object({ code: z.string(), ...label })),
    sizeClasses: z.array(
      z.object({ code: z.string(), min: z.number().int(), max: z.number().int().nullable(), ...label }),
    ),
    endReasons: z.array(z.object({ code: z.string(), ...label })),
    memberStatuses: z.array(z.object({ code: z.string(), ...label, next: z.array(z.string()) })),
    employeeImportColumns: z.array(
      z.object({ field: z.string(), ...label, required: z.boolean(), aliases: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'ReferenceData' });
export type ReferenceData = z.infer<typeof referenceDataSchema>;

/** Reference data: regions, SCIAN, NOC/TEER, education, languages, size classes, statuses, import columns. */
export const referenceEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/reference',
    tag: 'reference',
    summary: 'All reference data (French and English labels); public and cacheable',
    response: referenceDataSchema,
  }),
};
