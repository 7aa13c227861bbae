import { ENROLMENT_OUTCOMES, ENROLMENT_STATUSES } from '@mutualis/domain/delivery/enrolment';
import { z } from 'zod';
import { sessionIdParamSchema } from './delivery-sessions.ts';
import { endpoint, noContent } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Delivery, enrolment: employees named into seats, the waitlist, withdrawal, substitution and
// requests for more seats.

const uuid = z.string().uuid();

export const enrolmentStatusSchema = z.enum(ENROLMENT_STATUSES).meta({ id: 'EnrolmentStatus' });
export type EnrolmentStatusDto = z.infer<typeof enrolmentStatusSchema>;
/** A participant's result: passed, not passed, or none yet (null). */
export const enrolmentOutcomeSchema = z.enum(ENROLMENT_OUTCOMES);

export const enrolmentSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    sessionTitle: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    jobTitle: z.string(),
    status: enrolmentStatusSchema,
    /** Rank on the waitlist (1 = next), null when not waitlisted. */
    waitlistRank: z.number().int().nullable(),
    outcome: enrolmentOutcomeSchema.nullable(),
    score: z.number().nullable(),
    createdAt: z.string(),
    statusChangedAt: z.string(),
  })
  .meta({ id: 'Enrolment' });
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolmentListSchema = pagedListSchema(enrolmentSchema, 'EnrolmentList');
export type EnrolmentList = z.infer<typeof enrolmentListSchema>;
// Up to 500 a page: a session's enrolments are shown in one page.
export const sessionEnrolmentListQuerySchema = z.object(pageQueryFieldsUpTo(500));
export const enrolmentListQuerySchema = z.object({ employeeId: uuid.optional(), ...pageQueryFieldsUpTo(500) });
export type EnrolmentListQuery = z.infer<typeof enrolmentListQuerySchema>;

export const enrolRequestSchema = z.object({ employeeId: uuid }).meta({ id: 'EnrolRequest' });
export const withdrawRequestSchema = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .meta({ id: 'WithdrawRequest' });
export const substituteRequestSchema = z.object({ employeeId: uuid }).meta({ id: 'SubstituteRequest' });
export const seatRequestSchema = z
  .object({ seats: z.number().int().min(1).max(100), note: z.string().trim().max(2000).optional() })
  .meta({ id: 'SeatRequest' });
export type SeatRequest = z.infer<typeof seatRequestSchema>;

export const enrolManyRequestSchema = z
  .object({ employeeIds: z.array(uuid).min(1).max(100) })
  .meta({ id: 'EnrolManyRequest', description: 'Employees of one or several firms, enrolled in this order' });
export type EnrolManyRequest = z.infer<typeof enrolManyRequestSchema>;
/** Enrolments answered together (a batch, a waitlist), in order. */
export const enrolmentsSchema = z.object({ items: z.array(enrolmentSchema) }).meta({ id: 'Enrolments' });
export type Enrolments = z.infer<typeof enrolmentsSchema>;
export const moveRequestSchema = z
  .object({
    sessionId: uuid,
    /** When the firm has no seat in the target session: put the person on its waitlist (else 409 capacity_exceeded). */
    waitlistIfFull: z.boolean().optional(),
  })
  .meta({ id: 'MoveEnrolmentRequest' });
export type MoveRequest = z.infer<typeof moveRequestSchema>;
export const waitlistOrderRequestSchema = z.object({ enrolmentIds: z.array(uuid).max(500) }).meta({
  id: 'WaitlistOrderRequest',
  description: 'Every waitlisted enrolment of the session once, first served first',
});
export type WaitlistOrderRequest = z.infer<typeof waitlistOrderRequestSchema>;

export const enrolmentIdParamSchema = z.object({ enrolmentId: uuid });

/** The enrolment endpoints: a member contact names its firm's employees; coordinators see every firm's. */
export const enrolmentEndpoints = {
  listOfSession: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/enrolments',
    tag: 'enrolment',
    summary: "A session's enrolments (a member contact: only its own employees), waitlist in order",
    params: sessionIdParamSchema,
    query: sessionEnrolmentListQuerySchema,
    response: enrolmentListSchema,
  }),
  enrol: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/enrolments',
    tag: 'enrolment',
    summary: 'Enrol an employee: confirmed if the firm has a seat (its reservation or a free seat), else waitlisted',
    params: sessionIdParamSchema,
    body: enrolRequestSchema,
    response: enrolmentSchema,
    status: 201,
  }),
  enrolMany: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/enrolments/batch',
    tag: 'enrolment',
    summary:
      "Enrol several employees at once (a coordinator on a firm's behalf): all or none, each decided in turn like one enrolment",
    description:
      'Each is confirmed while its firm has a seat (its reservation or a free seat), else waitlisted. A bad employee refuses the whole batch, naming employeeIds.<index>.',
    params: sessionIdParamSchema,
    body: enrolManyRequestSchema,
    response: enrolmentsSchema,
    status: 201,
  }),
  reorderWaitlist: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/waitlist',
    tag: 'enrolment',
    summary: "Reorder a session's waitlist by hand (coordinators): every waitlisted enrolment once, first served first",
    params: sessionIdParamSchema,
    body: waitlistOrderRequestSchema,
    response: enrolmentsSchema,
  }),
  requestSeats: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/seat-requests',
    tag: 'enrolment',
    summary: 'A member contact asks the coordinators for more seats (e-mail through the outbox)',
    params: sessionIdParamSchema,
    body: seatRequestSchema,
    response: noContent,
    status: 202,
  }),
  list: endpoint({
    method: 'get',
    path: '/api/enrolments',
    tag: 'enrolment',
    summary: "Enrolments across sessions (a member contact: its firm's), newest first",
    query: enrolmentListQuerySchema,
    response: enrolmentListSchema,
  }),
  withdraw: endpoint({
    method: 'post',
    path: '/api/enrolments/{enrolmentId}/withdraw',
    tag: 'enrolment',
    summary:
      "Withdraw: free until the mutual's deadline, a late cancellation (billed) after it; the seat goes to the waitlist",
    params: enrolmentIdParamSchema,
    body: withdrawRequestSchema,
    response: enrolmentSchema,
  }),
  move: endpoint({
    method: 'post',
    path: '/api/enrolments/{enrolmentId}/move',
    tag: 'enrolment',
    summary:
      'Move a participant to another open session (coordinators): decided there like an enrolment of its firm; the seat left goes to the waitlist',
    description:
      'The old enrolment becomes moved (neither a withdrawal nor a late cancellation). Without a seat for the firm in the target session: 409 capacity_exceeded, unless waitlistIfFull.',
    params: enrolmentIdParamSchema,
    body: moveRequestSchema,
    response: enrolmentSchema,
  }),
  promote: endpoint({
    method: 'post',
    path: '/api/enrolments/{enrolmentId}/promote',
    tag: 'enrolment',
    summary:
      'Promote a waitlisted person by hand, out of turn (coordinators), when the firm has a seat available (else 409 capacity_exceeded)',
    params: enrolmentIdParamSchema,
    response: enrolmentSchema,
  }),
  substitute: endpoint({
    method: 'post',
    path: '/api/enrolments/{enrolmentId}/substitute',
    tag: 'enrolment',
    summary: 'Replace a confirmed participant by another employee of the same firm, until the deadline',
    params: enrolmentIdParamSchema,
    body: substituteRequestSchema,
    response: enrolmentSchema,
  }),
};
