import {
  BOARD_BREACHES,
  BOARD_OFFICES,
  BOARD_SEAT_KINDS,
  BOARD_WARNINGS,
  CONTRIBUTION_KINDS,
  DECISION_OUTCOMES,
  LEADER_ROLES,
  MEETING_KINDS,
} from '@mutualis/domain/governance/board';
import { PARTNER_KINDS, SUPPORT_KINDS } from '@mutualis/domain/governance/ecosystem';
import {
  MUTUAL_BASES,
  RECOGNITION_EVENTS,
  RECOGNITION_FILE_GAPS,
  RECOGNITION_STATUSES,
} from '@mutualis/domain/governance/recognition';
import {
  INDICATOR_KEYS,
  INDICATOR_SOURCES,
  INDICATOR_STATUSES,
  INDICATOR_UNITS,
  RATING_REASONS,
  RATINGS,
  SCORECARD_DIMENSIONS,
  TREND_DIRECTIONS,
} from '@mutualis/domain/governance/scorecard';
import { SIZE_CLASS_CODES } from '@mutualis/domain/reference/size-class';
import { z } from 'zod';
import { centsSchema } from './catalogue.ts';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer, fileUpload, noContent } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Governance of one mutual (issue #13, points 1–4): its recognition file and status history, its
// board, meetings and leaders, its partners and the support they give, and its health scorecard.
// Coordinators keep them; the board reads them (its chair also records meetings, decision 33).

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
const year = z.number().int().min(1990).max(2100);

export const mutualBasisSchema = z
  .enum(MUTUAL_BASES)
  .meta({ id: 'MutualBasis', description: 'The basis of recognition (s.3)' });
export const recognitionStatusSchema = z.enum(RECOGNITION_STATUSES).meta({ id: 'RecognitionStatus' });
export const recognitionEventKindSchema = z.enum(RECOGNITION_EVENTS).meta({ id: 'RecognitionEventKind' });
export const boardSeatKindSchema = z.enum(BOARD_SEAT_KINDS).meta({ id: 'BoardSeatKind' });
export const boardOfficeSchema = z.enum(BOARD_OFFICES).meta({ id: 'BoardOffice' });
export const meetingKindSchema = z.enum(MEETING_KINDS).meta({ id: 'MeetingKind' });
export const decisionOutcomeSchema = z.enum(DECISION_OUTCOMES).meta({ id: 'DecisionOutcome' });
export const leaderRoleSchema = z.enum(LEADER_ROLES).meta({ id: 'LeaderRole' });
export const contributionKindSchema = z.enum(CONTRIBUTION_KINDS).meta({ id: 'ContributionKind' });
export const partnerKindSchema = z.enum(PARTNER_KINDS).meta({ id: 'PartnerKind' });
export const supportKindSchema = z.enum(SUPPORT_KINDS).meta({ id: 'SupportKind' });
export const indicatorKeySchema = z.enum(INDICATOR_KEYS).meta({ id: 'IndicatorKey' });

export const governanceDocumentSchema = z
  .object({
    id: uuid,
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedAt: z.string(),
    uploadedByName: z.string().nullable(),
  })
  .meta({ id: 'GovernanceDocument' });
export type GovernanceDocument = z.infer<typeof governanceDocumentSchema>;

// ---------- recognition ----------

export const recognitionEventSchema = z
  .object({
    id: uuid,
    kind: recognitionEventKindSchema,
    occurredOn: z.string(),
    answerDueOn: z.string().nullable(),
    note: z.string(),
    documents: z.array(governanceDocumentSchema),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
  })
  .meta({ id: 'RecognitionEvent' });
export type RecognitionEvent = z.infer<typeof recognitionEventSchema>;

export const recognitionStandingSchema = z
  .object({
    mutualId: uuid,
    status: recognitionStatusSchema,
    since: z.string().nullable(),
    answerDueOn: z.string().nullable(),
    paymentsCount: z
      .boolean()
      .meta({ description: 'Whether payments to the mutual count as training spending today (s.1)' }),
  })
  .meta({ id: 'RecognitionStanding' });
export type RecognitionStanding = z.infer<typeof recognitionStandingSchema>;

export const recognitionFileSchema = z
  .object({
    mutualId: uuid,
    mutualName: z.string(),
    basis: mutualBasisSchema,
    legalName: z.string(),
    neq: z.string(),
    incorporatedOn: z.string().nullable(),
    address: z.string(),
    skillsProblems: z.string(),
    poolingRationale: z.string(),
    collaboration: z.string(),
    viableMembers: z.number().int().nullable(),
    viabilityBudgetCents: z.number().int().nullable(),
    viabilityActivity: z.string(),
    resolutionRequired: z
      .boolean()
      .meta({ description: 'A sectoral group needs its CSMO’s supporting resolution (s.5)' }),
    resolutionBody: z.string(),
    resolutionAdoptedOn: z.string().nullable(),
    resolutionReference: z.string(),
    standing: recognitionStandingSchema,
    nextEvents: z.array(recognitionEventKindSchema),
    events: z.array(recognitionEventSchema),
    activeMembers: z.number().int(),
    members: z.array(
      z.object({
        id: uuid,
        legalName: z.string(),
        sizeClass: z.enum(SIZE_CLASS_CODES),
        regionCode: z.string(),
        joinedOn: z.string().nullable(),
      }),
    ),
    boardCompliant: z.boolean(),
    boardBreaches: z.array(z.enum(BOARD_BREACHES)),
    gaps: z.array(z.enum(RECOGNITION_FILE_GAPS)).meta({ description: 'What the application still lacks (s.4–5)' }),
    documents: z.array(governanceDocumentSchema),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'RecognitionFile' });
export type RecognitionFile = z.infer<typeof recognitionFileSchema>;

export const updateRecognitionFileSchema = z
  .object({
    basis: mutualBasisSchema,
    legalName: text(200),
    neq: z
      .string()
      .regex(/^[0-9]{10}$/, 'ten digits')
      .or(z.literal('')),
    incorporatedOn: isoDateSchema.nullable(),
    address: text(500),
    skillsProblems: text(5000),
    poolingRationale: text(5000),
    collaboration: text(5000),
    viableMembers: z.number().int().min(1).max(100_000).nullable(),
    viabilityBudgetCents: centsSchema.nullable(),
    viabilityActivity: text(5000),
    resolutionBody: text(200),
    resolutionAdoptedOn: isoDateSchema.nullable(),
    resolutionReference: text(200),
  })
  .partial()
  .meta({ id: 'UpdateRecognitionFile' });
export type UpdateRecognitionFile = z.infer<typeof updateRecognitionFileSchema>;

export const recordRecognitionEventSchema = z
  .object({
    kind: recognitionEventKindSchema,
    occurredOn: isoDateSchema,
    answerDueOn: isoDateSchema
      .nullable()
      .optional()
      .meta({ description: 'For a notice: at least 10 days after it (s.7)' }),
    note: text(5000).optional(),
  })
  .meta({ id: 'RecordRecognitionEvent' });
export type RecordRecognitionEvent = z.infer<typeof recordRecognitionEventSchema>;

// ---------- board ----------

export const boardCompositionSchema = z
  .object({
    on: z.string(),
    sitting: z.number().int(),
    employer: z.number().int(),
    workforce: z.number().int(),
    other: z.number().int(),
    employerMajorityNeeds: z.number().int(),
    vacantSeats: z.number().int(),
    breaches: z.array(z.enum(BOARD_BREACHES)),
    warnings: z.array(z.enum(BOARD_WARNINGS)),
    compliant: z.boolean(),
  })
  .meta({ id: 'BoardComposition' });

export const boardMemberSchema = z
  .object({
    id: uuid,
    seatId: uuid,
    seatKind: boardSeatKindSchema,
    seatLabel: z.string(),
    name: z.string(),
    organisation: z.string(),
    memberId: uuid.nullable(),
    memberName: z.string().nullable(),
    email: z.string().nullable(),
    office: boardOfficeSchema,
    termStart: z.string(),
    termEnd: z.string().nullable(),
    sitting: z.boolean(),
    userId: uuid.nullable(),
  })
  .meta({ id: 'BoardMember' });
export type BoardMember = z.infer<typeof boardMemberSchema>;

export const boardSeatSchema = z
  .object({
    id: uuid,
    kind: boardSeatKindSchema,
    label: z.string(),
    position: z.number().int(),
    active: z.boolean(),
    holderId: uuid.nullable(),
    holderName: z.string().nullable(),
  })
  .meta({ id: 'BoardSeat' });
export type BoardSeat = z.infer<typeof boardSeatSchema>;

export const boardSchema = z
  .object({
    seats: z.array(boardSeatSchema),
    members: z.array(boardMemberSchema),
    composition: boardCompositionSchema,
    canManage: z
      .boolean()
      .meta({ description: 'Whether the caller may change the board and record its meetings (coordinator or chair)' }),
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof boardSchema>;

export const boardQuerySchema = z.object({
  on: isoDateSchema.optional().meta({ description: 'The day the composition is checked on (default today)' }),
});

export const createBoardSeatSchema = z
  .object({ kind: boardSeatKindSchema, label: text(120).min(1) })
  .meta({ id: 'CreateBoardSeat' });
export const updateBoardSeatSchema = z
  .object({
    kind: boardSeatKindSchema,
    label: text(120).min(1),
    position: z.number().int().min(0).max(1000),
    active: z.boolean(),
  })
  .partial()
  .meta({ id: 'UpdateBoardSeat' });

const boardMemberFields = {
  seatId: uuid,
  name: text(200).min(1),
  organisation: text(200),
  memberId: uuid.nullable(),
  email: z.string().trim().email().max(254).nullable(),
  office: boardOfficeSchema,
  termStart: isoDateSchema,
  termEnd: isoDateSchema.nullable(),
  userId: uuid.nullable().meta({
    description: 'A board_viewer account of the mutual; when the office is chair, that account records meetings',
  }),
};
export const createBoardMemberSchema = z
  .object({
    ...boardMemberFields,
    organisation: boardMemberFields.organisation.optional(),
    memberId: boardMemberFields.memberId.optional(),
    email: boardMemberFields.email.optional(),
    office: boardOfficeSchema.optional(),
    termEnd: boardMemberFields.termEnd.optional(),
    userId: boardMemberFields.userId.optional(),
  })
  .meta({ id: 'CreateBoardMember' });
export type CreateBoardMember = z.infer<typeof createBoardMemberSchema>;
export const updateBoardMemberSchema = z.object(boardMemberFields).partial().meta({ id: 'UpdateBoardMember' });
export type UpdateBoardMember = z.infer<typeof updateBoardMemberSchema>;

export const meetingAttendanceSchema = z.object({
  boardMemberId: uuid,
  name: z.string(),
  seatKind: boardSeatKindSchema,
  office: boardOfficeSchema,
  present: z.boolean(),
});
export const boardDecisionSchema = z
  .object({ id: uuid, position: z.number().int(), text: z.string(), outcome: decisionOutcomeSchema })
  .meta({ id: 'BoardDecision' });

export const boardMeetingSummarySchema = z
  .object({
    id: uuid,
    heldOn: z.string(),
    kind: meetingKindSchema,
    held: z.boolean(),
    present: z.number().int(),
    sitting: z.number().int(),
    quorum: z.boolean(),
    decisions: z.number().int(),
  })
  .meta({ id: 'BoardMeetingSummary' });
export const boardMeetingSchema = z
  .object({
    id: uuid,
    heldOn: z.string(),
    kind: meetingKindSchema,
    held: z.boolean(),
    agenda: z.string(),
    minutes: z.string(),
    present: z.number().int(),
    sitting: z.number().int(),
    quorum: z.boolean(),
    attendance: z.array(meetingAttendanceSchema),
    decisions: z.array(boardDecisionSchema),
    documents: z.array(governanceDocumentSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'BoardMeeting' });
export type BoardMeeting = z.infer<typeof boardMeetingSchema>;
export const boardMeetingListSchema = pagedListSchema(boardMeetingSummarySchema, 'BoardMeetingList');
export const boardMeetingListQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  ...pageQueryFieldsUpTo(200),
});

export const createBoardMeetingSchema = z
  .object({
    heldOn: isoDateSchema,
    kind: meetingKindSchema.optional(),
    held: z.boolean().optional(),
    agenda: text(10_000),
    minutes: text(20_000).optional(),
  })
  .meta({ id: 'CreateBoardMeeting' });
export type CreateBoardMeeting = z.infer<typeof createBoardMeetingSchema>;
export const updateBoardMeetingSchema = z
  .object({
    heldOn: isoDateSchema,
    kind: meetingKindSchema,
    held: z.boolean(),
    agenda: text(10_000),
    minutes: text(20_000),
  })
  .partial()
  .meta({ id: 'UpdateBoardMeeting' });
export const recordAttendanceSchema = z
  .object({
    present: z
      .array(uuid)
      .max(200)
      .meta({ description: 'The board members present; every other member sitting that day is absent' }),
  })
  .meta({ id: 'RecordAttendance' });
export const addDecisionSchema = z
  .object({ text: text(5000).min(1), outcome: decisionOutcomeSchema })
  .meta({ id: 'AddBoardDecision' });

// ---------- leaders ----------

export const leaderYearSchema = z.object({
  year: z.number().int(),
  meetings: z.number().int(),
  firmsRecruited: z.number().int(),
  resourcesCents: z.number().int(),
});
export const leaderSchema = z
  .object({
    id: uuid,
    name: z.string(),
    role: leaderRoleSchema,
    memberId: uuid.nullable(),
    memberName: z.string().nullable(),
    boardMemberId: uuid.nullable(),
    email: z.string().nullable(),
    since: z.string(),
    until: z.string().nullable(),
    active: z.boolean(),
    involvement: z.array(leaderYearSchema).meta({
      description: 'By year: meetings attended (board meetings and others), firms recruited, resources secured',
    }),
  })
  .meta({ id: 'Leader' });
export type Leader = z.infer<typeof leaderSchema>;
export const leaderListSchema = pagedListSchema(leaderSchema, 'LeaderList');
export const leaderListQuerySchema = z.object({ ...pageQueryFieldsUpTo(200) });
const leaderFields = {
  name: text(200).min(1),
  role: leaderRoleSchema,
  memberId: uuid.nullable(),
  boardMemberId: uuid.nullable(),
  email: z.string().trim().email().max(254).nullable(),
  since: isoDateSchema,
  until: isoDateSchema.nullable(),
};
export const createLeaderSchema = z
  .object({
    ...leaderFields,
    memberId: leaderFields.memberId.optional(),
    boardMemberId: leaderFields.boardMemberId.optional(),
    email: leaderFields.email.optional(),
    until: leaderFields.until.optional(),
  })
  .meta({ id: 'CreateLeader' });
export type CreateLeader = z.infer<typeof createLeaderSchema>;
export const updateLeaderSchema = z.object(leaderFields).partial().meta({ id: 'UpdateLeader' });
export const addContributionSchema = z
  .object({
    kind: contributionKindSchema,
    occurredOn: isoDateSchema,
    memberId: uuid.nullable().optional().meta({ description: 'The firm recruited' }),
    amountCents: centsSchema.nullable().optional().meta({ description: 'The resource secured, in cents' }),
    note: text(2000).optional(),
  })
  .meta({ id: 'AddLeaderContribution' });
export type AddContribution = z.infer<typeof addContributionSchema>;

// ---------- ecosystem ----------

export const partnerSupportSchema = z
  .object({
    id: uuid,
    kind: supportKindSchema,
    description: z.string(),
    amountCents: z.number().int().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
  })
  .meta({ id: 'PartnerSupport' });
export const partnerAgreementSchema = z
  .object({
    id: uuid,
    title: z.string(),
    signedOn: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    notes: z.string(),
    documents: z.array(governanceDocumentSchema),
  })
  .meta({ id: 'PartnerAgreement' });
export const partnerContactSchema = z
  .object({
    id: uuid,
    name: z.string(),
    roleTitle: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'PartnerContact' });

export const partnerSummarySchema = z
  .object({
    id: uuid,
    name: z.string(),
    kind: partnerKindSchema,
    since: z.string(),
    until: z.string().nullable(),
    active: z.boolean(),
    supportKinds: z.array(supportKindSchema),
    financialCents: z.number().int().meta({ description: 'Financial support over the partner’s whole relation' }),
    lastSupportOn: z.string().nullable(),
  })
  .meta({ id: 'PartnerSummary' });
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;
export const partnerSchema = partnerSummarySchema
  .extend({
    website: z.string(),
    notes: z.string(),
    supports: z.array(partnerSupportSchema),
    agreements: z.array(partnerAgreementSchema),
    contacts: z.array(partnerContactSchema),
  })
  .meta({ id: 'Partner' });
export type Partner = z.infer<typeof partnerSchema>;
export const partnerListSchema = pagedListSchema(partnerSummarySchema, 'PartnerList');
export const partnerListQuerySchema = z.object({
  kind: partnerKindSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
  ...pageQueryFieldsUpTo(200),
});

const partnerFields = {
  name: text(200).min(1),
  kind: partnerKindSchema,
  website: text(300),
  notes: text(5000),
  since: isoDateSchema,
  until: isoDateSchema.nullable(),
};
export const createPartnerSchema = z
  .object({
    ...partnerFields,
    website: partnerFields.website.optional(),
    notes: partnerFields.notes.optional(),
    until: partnerFields.until.optional(),
  })
  .meta({ id: 'CreatePartner' });
export type CreatePartner = z.infer<typeof createPartnerSchema>;
export const updatePartnerSchema = z.object(partnerFields).partial().meta({ id: 'UpdatePartner' });
export const addSupportSchema = z
  .object({
    kind: supportKindSchema,
    description: text(2000).min(1),
    amountCents: centsSchema
      .nullable()
      .optional()
      .meta({ description: 'Required for financial support; the value of material support when known' }),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema
      .nullable()
      .optional()
      .meta({ description: 'Last day of a support that lasts (a one-off support has none)' }),
  })
  .meta({ id: 'AddPartnerSupport' });
export type AddSupport = z.infer<typeof addSupportSchema>;
export const addAgreementSchema = z
  .object({
    title: text(300).min(1),
    signedOn: isoDateSchema.nullable().optional(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema.nullable().optional(),
    notes: text(5000).optional(),
  })
  .meta({ id: 'AddPartnerAgreement' });
export const addPartnerContactSchema = z
  .object({
    name: text(200).min(1),
    roleTitle: text(200).optional(),
    email: z.string().trim().email().max(254).nullable().optional(),
    phone: text(40).nullable().optional(),
  })
  .meta({ id: 'AddPartnerContact' });

export const ecosystemSchema = z
  .object({
    mutual: z.object({ id: uuid, name: z.string() }),
    partners: z.array(
      z.object({
        id: uuid,
        name: z.string(),
        kind: partnerKindSchema,
        supportKinds: z.array(supportKindSchema),
        financialCents: z.number().int(),
        active: z.boolean(),
      }),
    ),
    members: z.array(z.object({ id: uuid, name: z.string(), sizeClass: z.enum(SIZE_CLASS_CODES) })),
    timeline: z.array(
      z.object({
        year: z.number().int(),
        activePartners: z.number().int(),
        material: z.number().int(),
        organisational: z.number().int(),
        financialCents: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'Ecosystem',
    description: 'The network (the mutual, its partners and its active member firms) and support by year',
  });
export type Ecosystem = z.infer<typeof ecosystemSchema>;

// ---------- scorecard ----------

export const thresholdSchema = z.object({ green: z.number(), amber: z.number() }).meta({ id: 'Threshold' });
export const indicatorValueSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
});
export const scorecardIndicatorSchema = z
  .object({
    key: indicatorKeySchema,
    dimension: z.enum(SCORECARD_DIMENSIONS),
    unit: z.enum(INDICATOR_UNITS),
    better: z.enum(['higher', 'lower']),
    source: z.enum(INDICATOR_SOURCES),
    threshold: thresholdSchema.nullable(),
    thresholdIsDefault: z.boolean(),
    values: z.array(indicatorValueSchema),
    current: indicatorValueSchema,
    rating: z.enum(RATINGS),
    reason: z.enum(RATING_REASONS),
    trend: z.object({
      direction: z.enum(TREND_DIRECTIONS),
      improving: z.boolean().nullable(),
      change: z.number().nullable(),
    }),
  })
  .meta({ id: 'ScorecardIndicator' });
export type ScorecardIndicator = z.infer<typeof scorecardIndicatorSchema>;
export const scorecardSchema = z
  .object({
    mutualId: uuid,
    mutualName: z.string(),
    basis: mutualBasisSchema,
    year: z.number().int(),
    years: z.array(z.number().int()),
    suppressed: z
      .boolean()
      .meta({ description: 'True when seen from outside the mutual: cells under 5 people or 3 firms are not shown' }),
    indicators: z.array(scorecardIndicatorSchema),
    dimensions: z.array(
      z.object({
        dimension: z.enum(SCORECARD_DIMENSIONS),
        green: z.number().int(),
        amber: z.number().int(),
        red: z.number().int(),
        none: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Scorecard' });
export type Scorecard = z.infer<typeof scorecardSchema>;
export const scorecardQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .meta({ description: 'The year rated (default: the current year)' }),
  from: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .meta({ description: 'First year of the trajectories (default: 9 years before)' }),
});
export const setThresholdsSchema = z
  .object({
    thresholds: z
      .array(
        z.object({
          indicator: indicatorKeySchema,
          green: z.number().min(-1e12).max(1e12).nullable(),
          amber: z.number().min(-1e12).max(1e12).nullable(),
        }),
      )
      .min(1)
      .max(INDICATOR_KEYS.length)
      .meta({ description: 'null green and amber return the indicator to its default' }),
  })
  .meta({ id: 'SetScorecardThresholds' });
export type SetThresholds = z.infer<typeof setThresholdsSchema>;

export const activityYearSchema = z
  .object({
    year: z.number().int(),
    firmsServed: z.number().int(),
    microSmallFirmsServed: z.number().int(),
    workersServed: z.number().int(),
    lowSkilledWorkersServed: z.number().int(),
    source: z.enum(['report', 'mutualis']).meta({
      description:
        'report: figures of the annual activity report (s.16) entered by hand; mutualis: computed from the sessions held in Mutualis',
    }),
  })
  .meta({ id: 'ActivityYear' });
export type ActivityYear = z.infer<typeof activityYearSchema>;
export const activityYearListSchema = pagedListSchema(activityYearSchema, 'ActivityYearList');
export const activityYearListQuerySchema = z.object({ ...pageQueryFieldsUpTo(100) });
const count = z.number().int().min(0).max(10_000_000);
export const saveActivityYearSchema = z
  .object({
    year,
    firmsServed: count,
    microSmallFirmsServed: count,
    workersServed: count,
    lowSkilledWorkersServed: count,
  })
  .refine((v) => v.microSmallFirmsServed <= v.firmsServed, {
    message: 'cannot exceed the firms served',
    path: ['microSmallFirmsServed'],
  })
  .refine((v) => v.lowSkilledWorkersServed <= v.workersServed, {
    message: 'cannot exceed the workers served',
    path: ['lowSkilledWorkersServed'],
  })
  .meta({ id: 'SaveActivityYear' });
export type SaveActivityYear = z.infer<typeof saveActivityYearSchema>;

// ---------- endpoints ----------

const idParam = <K extends string>(name: K) => z.object({ [name]: uuid } as Record<K, typeof uuid>);
const docAnswer = fileAnswer('application/pdf', 'application/octet-stream', 'image/png', 'image/jpeg', 'text/plain');

export const governanceEndpoints = {
  standing: endpoint({
    method: 'get',
    path: '/api/recognition/standing',
    tag: 'governance',
    summary: 'Whether the mutual is recognised today and payments to it count as training spending (s.1)',
    response: recognitionStandingSchema,
  }),
  recognition: endpoint({
    method: 'get',
    path: '/api/recognition',
    tag: 'governance',
    summary: 'The recognition file, its status history and what it still lacks',
    response: recognitionFileSchema,
  }),
  updateRecognition: endpoint({
    method: 'patch',
    path: '/api/recognition',
    tag: 'governance',
    summary: 'Change the recognition file (basis, legal identity, resolution, skills problems, viability)',
    body: updateRecognitionFileSchema,
    response: recognitionFileSchema,
  }),
  recordEvent: endpoint({
    method: 'post',
    path: '/api/recognition/events',
    tag: 'governance',
    summary:
      'Record a step of the recognition: applied, recognised, refused, notice (≥ 10 days to answer), suspended, revoked, restored',
    body: recordRecognitionEventSchema,
    response: recognitionFileSchema,
    status: 201,
  }),
  uploadFileDocument: endpoint({
    method: 'post',
    path: '/api/recognition/documents',
    tag: 'governance',
    summary: 'Attach a document to the recognition file (the application, the CSMO resolution…)',
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201,
  }),
  uploadEventDocument: endpoint({
    method: 'post',
    path: '/api/recognition/events/{eventId}/documents',
    tag: 'governance',
    summary: 'Attach a document to a step of the recognition (letter of recognition, notice, answer)',
    params: idParam('eventId'),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201,
  }),
  document: endpoint({
    method: 'get',
    path: '/api/governance/documents/{documentId}',
    tag: 'governance',
    summary: 'Download a governance document',
    params: idParam('documentId'),
    response: docAnswer,
  }),
  deleteDocument: endpoint({
    method: 'delete',
    path: '/api/governance/documents/{documentId}',
    tag: 'governance',
    summary: 'Remove a governance document',
    params: idParam('documentId'),
    response: noContent,
    status: 204,
  }),

  board: endpoint({
    method: 'get',
    path: '/api/board',
    tag: 'governance',
    summary: 'The board: seats, members and their terms, and the composition checked against s.3',
    query: boardQuerySchema,
    response: boardSchema,
  }),
  createSeat: endpoint({
    method: 'post',
    path: '/api/board/seats',
    tag: 'governance',
    summary: 'Add a board seat',
    body: createBoardSeatSchema,
    response: boardSchema,
    status: 201,
  }),
  updateSeat: endpoint({
    method: 'patch',
    path: '/api/board/seats/{seatId}',
    tag: 'governance',
    summary: 'Change a board seat',
    params: idParam('seatId'),
    body: updateBoardSeatSchema,
    response: boardSchema,
  }),
  createBoardMember: endpoint({
    method: 'post',
    path: '/api/board/members',
    tag: 'governance',
    summary: 'Seat a board member for a term',
    body: createBoardMemberSchema,
    response: boardSchema,
    status: 201,
  }),
  updateBoardMember: endpoint({
    method: 'patch',
    path: '/api/board/members/{boardMemberId}',
    tag: 'governance',
    summary: 'Change a board member (office, term; end a term by setting its last day)',
    params: idParam('boardMemberId'),
    body: updateBoardMemberSchema,
    response: boardSchema,
  }),
  meetings: endpoint({
    method: 'get',
    path: '/api/board/meetings',
    tag: 'governance',
    summary: 'The board’s meetings, newest first',
    query: boardMeetingListQuerySchema,
    response: boardMeetingListSchema,
  }),
  createMeeting: endpoint({
    method: 'post',
    path: '/api/board/meetings',
    tag: 'governance',
    summary: 'Record a board meeting (agenda)',
    body: createBoardMeetingSchema,
    response: boardMeetingSchema,
    status: 201,
  }),
  meeting: endpoint({
    method: 'get',
    path: '/api/board/meetings/{meetingId}',
    tag: 'governance',
    summary: 'A meeting: agenda, attendance, decisions, documents',
    params: idParam('meetingId'),
    response: boardMeetingSchema,
  }),
  updateMeeting: endpoint({
    method: 'patch',
    path: '/api/board/meetings/{meetingId}',
    tag: 'governance',
    summary: 'Change a meeting (date, agenda, minutes, held)',
    params: idParam('meetingId'),
    body: updateBoardMeetingSchema,
    response: boardMeetingSchema,
  }),
  recordAttendance: endpoint({
    method: 'put',
    path: '/api/board/meetings/{meetingId}/attendance',
    tag: 'governance',
    summary: 'Record who attended (every member sitting that day; the others are absent)',
    params: idParam('meetingId'),
    body: recordAttendanceSchema,
    response: boardMeetingSchema,
  }),
  addDecision: endpoint({
    method: 'post',
    path: '/api/board/meetings/{meetingId}/decisions',
    tag: 'governance',
    summary: 'Record a decision of the meeting',
    params: idParam('meetingId'),
    body: addDecisionSchema,
    response: boardMeetingSchema,
    status: 201,
  }),
  uploadMeetingDocument: endpoint({
    method: 'post',
    path: '/api/board/meetings/{meetingId}/documents',
    tag: 'governance',
    summary: 'Attach a document to a meeting (minutes, resolution)',
    params: idParam('meetingId'),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201,
  }),

  leaders: endpoint({
    method: 'get',
    path: '/api/leaders',
    tag: 'governance',
    summary: 'The mutual’s leaders and their involvement year by year',
    query: leaderListQuerySchema,
    response: leaderListSchema,
  }),
  createLeader: endpoint({
    method: 'post',
    path: '/api/leaders',
    tag: 'governance',
    summary: 'Add a leader (chair, coordinator, champion in a member firm)',
    body: createLeaderSchema,
    response: leaderSchema,
    status: 201,
  }),
  updateLeader: endpoint({
    method: 'patch',
    path: '/api/leaders/{leaderId}',
    tag: 'governance',
    summary: 'Change a leader',
    params: idParam('leaderId'),
    body: updateLeaderSchema,
    response: leaderSchema,
  }),
  addContribution: endpoint({
    method: 'post',
    path: '/api/leaders/{leaderId}/contributions',
    tag: 'governance',
    summary: 'Record a leader’s involvement: a meeting attended, a firm recruited, a resource secured',
    params: idParam('leaderId'),
    body: addContributionSchema,
    response: leaderSchema,
    status: 201,
  }),

  partners: endpoint({
    method: 'get',
    path: '/api/partners',
    tag: 'governance',
    summary: 'Partner organisations of the mutual',
    query: partnerListQuerySchema,
    response: partnerListSchema,
  }),
  createPartner: endpoint({
    method: 'post',
    path: '/api/partners',
    tag: 'governance',
    summary: 'Add a partner organisation',
    body: createPartnerSchema,
    response: partnerSchema,
    status: 201,
  }),
  partner: endpoint({
    method: 'get',
    path: '/api/partners/{partnerId}',
    tag: 'governance',
    summary: 'A partner: support, agreements, contacts',
    params: idParam('partnerId'),
    response: partnerSchema,
  }),
  updatePartner: endpoint({
    method: 'patch',
    path: '/api/partners/{partnerId}',
    tag: 'governance',
    summary: 'Change a partner (end the relation by setting its last day)',
    params: idParam('partnerId'),
    body: updatePartnerSchema,
    response: partnerSchema,
  }),
  addSupport: endpoint({
    method: 'post',
    path: '/api/partners/{partnerId}/supports',
    tag: 'governance',
    summary: 'Record support received: material, organisational or financial (with its amount and dates)',
    params: idParam('partnerId'),
    body: addSupportSchema,
    response: partnerSchema,
    status: 201,
  }),
  addAgreement: endpoint({
    method: 'post',
    path: '/api/partners/{partnerId}/agreements',
    tag: 'governance',
    summary: 'Record an agreement with the partner',
    params: idParam('partnerId'),
    body: addAgreementSchema,
    response: partnerSchema,
    status: 201,
  }),
  addPartnerContact: endpoint({
    method: 'post',
    path: '/api/partners/{partnerId}/contacts',
    tag: 'governance',
    summary: 'Add a contact at the partner',
    params: idParam('partnerId'),
    body: addPartnerContactSchema,
    response: partnerSchema,
    status: 201,
  }),
  uploadAgreementDocument: endpoint({
    method: 'post',
    path: '/api/partners/agreements/{agreementId}/documents',
    tag: 'governance',
    summary: 'Attach the signed agreement',
    params: idParam('agreementId'),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201,
  }),
  ecosystem: endpoint({
    method: 'get',
    path: '/api/ecosystem',
    tag: 'governance',
    summary: 'The network view and the support received year by year',
    response: ecosystemSchema,
  }),

  scorecard: endpoint({
    method: 'get',
    path: '/api/scorecard',
    tag: 'governance',
    summary: 'The mutual’s health scorecard',
    query: scorecardQuerySchema,
    response: scorecardSchema,
  }),
  setThresholds: endpoint({
    method: 'put',
    path: '/api/scorecard/thresholds',
    tag: 'governance',
    summary: 'Set the board’s thresholds (null returns to the default)',
    body: setThresholdsSchema,
    response: scorecardSchema,
  }),
  activityYears: endpoint({
    method: 'get',
    path: '/api/activity-years',
    tag: 'governance',
    summary:
      'Firms and workers reached each year: the annual reports’ figures, or those computed from Mutualis sessions',
    query: activityYearListQuerySchema,
    response: activityYearListSchema,
  }),
  saveActivityYear: endpoint({
    method: 'put',
    path: '/api/activity-years',
    tag: 'governance',
    summary: 'Save a year’s figures from the annual activity report (s.16)',
    body: saveActivityYearSchema,
    response: activityYearSchema,
  }),
};
