import type {
  AttendanceRequest,
  Attestation,
  AttestationListQuery,
  CalendarFeedListItem,
  CalendarFeedRequest,
  CreateSessionRequest,
  DeliverySettingsRequest,
  Enrolment,
  EvaluationResults,
  MeetingDaysRequest,
  Mutual,
  QuestionnaireAnswers,
  RegisterEntryDto,
  RegisterUpdate,
  ReservationRequest,
  ResultsRequest,
  Roster,
  ScheduleDay,
  SessionDetail,
  SessionStateDto,
  SessionSummary,
  SessionTransitionRequest,
  UpdateSessionRequest,
} from '@mutualis/contracts';
import {
  attendanceEndpoints,
  attestationEndpoints,
  calendarEndpoints,
  employeeEndpoints,
  enrolmentEndpoints,
  evaluationEndpoints,
  memberEndpoints,
  mutualEndpoints,
  pathOf,
  registerEndpoints,
  scheduleEndpoints,
  sessionEndpoints,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export {
  CALENDAR_VIEWS,
  type CalendarView,
  monthWeeks,
  shiftView,
  viewRange,
  weekDays,
} from '@mutualis/domain/delivery/calendar-grid';
export { ENROLMENT_OUTCOMES, enrolmentIsActive } from '@mutualis/domain/delivery/enrolment';
export { SCALE_POINTS } from '@mutualis/domain/delivery/evaluation';
export { CALENDAR_FEED_KINDS, type CalendarFeedKind } from '@mutualis/domain/delivery/ical';
export {
  SESSION_STATES,
  type SessionState,
  sessionIsDelivered,
  sessionIsOpenForEnrolment,
  sessionTakesAttendance,
  sessionTakesResults,
  sessionWasHeld,
} from '@mutualis/domain/delivery/lifecycle';
export type {
  Attestation,
  CalendarFeedListItem,
  Enrolment,
  EvaluationResults,
  Mutual,
  RegisterEntryDto,
  Roster,
  ScheduleDay,
  SessionDetail,
  SessionSummary,
};

// The pages show delivery lists whole: one page of up to 500 (the lists' largest page).
const WHOLE = { pageSize: 500 };

/** The meeting days from `from` to `to` of the sessions the caller may see (the calendar of sessions). */
export const useSchedule = (from: string, to: string) =>
  useQuery({
    queryKey: ['delivery', 'schedule', from, to],
    queryFn: () => call(scheduleEndpoints.days, { query: { from, to } }),
    placeholderData: (previous) => previous,
  });

export const useSessions = (status?: SessionStateDto) =>
  useQuery({
    queryKey: ['delivery', 'sessions', status ?? ''],
    queryFn: () => call(sessionEndpoints.list, { query: { status, ...WHOLE } }),
    select: (page) => page.items,
  });

export const useSession = (id: string | undefined) =>
  useQuery({
    queryKey: ['delivery', 'session', id],
    queryFn: () => call(sessionEndpoints.get, { params: { sessionId: id as string } }),
    enabled: !!id,
  });

export const useEnrolments = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['delivery', 'enrolments', sessionId],
    queryFn: () => call(enrolmentEndpoints.listOfSession, { params: { sessionId }, query: WHOLE }),
    select: (page) => page.items,
    enabled,
  });

export const useRoster = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['delivery', 'roster', sessionId],
    queryFn: () => call(attendanceEndpoints.roster, { params: { sessionId } }),
    enabled,
  });

export const useAttestations = (sessionId: string, enabled: boolean) => useAttestationList({ sessionId }, enabled);

/** Attestations of a firm, of one participant or of a session (a member contact: only its firm's). */
export const useAttestationList = (
  query: Pick<AttestationListQuery, 'memberId' | 'employeeId' | 'sessionId'>,
  enabled = true,
) =>
  useQuery({
    queryKey: ['delivery', 'attestation-list', query],
    queryFn: () => call(attestationEndpoints.list, { query: { ...query, ...WHOLE } }),
    select: (page) => page.items,
    enabled,
  });

/** Where an attestation's PDF is downloaded (a plain link: the browser sends the session cookie). */
export const attestationPdfUrl = (attestationId: string) => pathOf(attestationEndpoints.pdf, { attestationId });

export const useRegister = (year: number) =>
  useQuery({
    queryKey: ['delivery', 'register', year],
    queryFn: () => call(registerEndpoints.list, { query: { year, ...WHOLE } }),
    select: (page) => page.items,
  });

/** Saves the register of a year as XLSX or PDF, under the server's file name. */
export const downloadRegister = (kind: 'xlsx' | 'pdf', year: number | string) =>
  downloadFrom(
    kind === 'xlsx' ? registerEndpoints.exportXlsx : registerEndpoints.exportPdf,
    { query: { year } },
    `register-${year}.${kind}`,
  );

/** The roster and sign-in sheet of a session (PDF), in the interface's language. */
export const downloadSignInSheet = (sessionId: string, lang: 'fr' | 'en') =>
  downloadFrom(
    attendanceEndpoints.signInSheet,
    { params: { sessionId }, query: { lang } },
    `${lang === 'fr' ? 'feuille-presence' : 'sign-in-sheet'}.pdf`,
  );

/** Prints the personal questionnaire sheets of the participants without an e-mail (fresh links each time) and saves the PDF. */
export async function printQuestionnaireSheets(sessionId: string) {
  const blob = await call(evaluationEndpoints.questionnaireSheets, { params: { sessionId } });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: 'questionnaires.pdf' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Evaluation results of one session, or over a course, a provider or all delivered sessions. */
export const useEvaluation = (scope: { sessionId?: string; courseId?: string; providerId?: string }, enabled = true) =>
  useQuery({
    queryKey: ['delivery', 'evaluation', scope],
    queryFn: () =>
      scope.sessionId
        ? call(evaluationEndpoints.ofSession, { params: { sessionId: scope.sessionId } })
        : call(evaluationEndpoints.results, { query: { courseId: scope.courseId, providerId: scope.providerId } }),
    enabled,
  });

export const useCalendarFeeds = () =>
  useQuery({
    queryKey: ['delivery', 'feeds'],
    queryFn: () => call(calendarEndpoints.list, { query: WHOLE }),
    select: (page) => page.items,
  });

/** A write of the delivery API; refreshes every delivery query afterwards. */
function useDeliveryWrite<V, R>(write: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: ['delivery'] }) });
}

export const useCreateSession = () =>
  useDeliveryWrite((body: CreateSessionRequest) => call(sessionEndpoints.create, { body }));
export const useUpdateSession = (sessionId: string) =>
  useDeliveryWrite((body: UpdateSessionRequest) => call(sessionEndpoints.update, { params: { sessionId }, body }));
export const useSetMeetingDays = (sessionId: string) =>
  useDeliveryWrite((body: MeetingDaysRequest) =>
    call(sessionEndpoints.setMeetingDays, { params: { sessionId }, body }),
  );
export const useTransitionSession = (sessionId: string) =>
  useDeliveryWrite((body: SessionTransitionRequest) =>
    call(sessionEndpoints.transition, { params: { sessionId }, body }),
  );
export const useReserveSeats = (sessionId: string) =>
  useDeliveryWrite((body: ReservationRequest) => call(sessionEndpoints.reserve, { params: { sessionId }, body }));

export const useEnrol = (sessionId: string) =>
  useDeliveryWrite((employeeId: string) =>
    call(enrolmentEndpoints.enrol, { params: { sessionId }, body: { employeeId } }),
  );
export const useEnrolMany = (sessionId: string) =>
  useDeliveryWrite((employeeIds: string[]) =>
    call(enrolmentEndpoints.enrolMany, { params: { sessionId }, body: { employeeIds } }),
  );
export const useMoveEnrolment = () =>
  useDeliveryWrite((v: { enrolmentId: string; sessionId: string; waitlistIfFull: boolean }) =>
    call(enrolmentEndpoints.move, {
      params: { enrolmentId: v.enrolmentId },
      body: { sessionId: v.sessionId, waitlistIfFull: v.waitlistIfFull },
    }),
  );
export const usePromote = () =>
  useDeliveryWrite((enrolmentId: string) => call(enrolmentEndpoints.promote, { params: { enrolmentId } }));
export const useReorderWaitlist = (sessionId: string) =>
  useDeliveryWrite((enrolmentIds: string[]) =>
    call(enrolmentEndpoints.reorderWaitlist, { params: { sessionId }, body: { enrolmentIds } }),
  );
export const useWithdraw = () =>
  useDeliveryWrite((enrolmentId: string) => call(enrolmentEndpoints.withdraw, { params: { enrolmentId }, body: {} }));
export const useSubstitute = (enrolmentId: string) =>
  useDeliveryWrite((employeeId: string) =>
    call(enrolmentEndpoints.substitute, { params: { enrolmentId }, body: { employeeId } }),
  );

export const useRecordAttendance = (sessionId: string) =>
  useDeliveryWrite((body: AttendanceRequest) =>
    call(attendanceEndpoints.recordAttendance, { params: { sessionId }, body }),
  );
export const useAllPresent = (sessionId: string) =>
  useDeliveryWrite((meetingDayId: string) =>
    call(attendanceEndpoints.allPresent, { params: { sessionId }, body: { meetingDayId } }),
  );
export const useRecordResults = (sessionId: string) =>
  useDeliveryWrite((body: ResultsRequest) => call(attendanceEndpoints.recordResults, { params: { sessionId }, body }));

export const useUpdateRegisterEntry = (sessionId: string) =>
  useDeliveryWrite((body: RegisterUpdate) => call(registerEndpoints.update, { params: { sessionId }, body }));
export const useReissueAttestation = () =>
  useDeliveryWrite((attestationId: string) => call(attestationEndpoints.reissue, { params: { attestationId } }));

export const useCreateCalendarFeed = () =>
  useDeliveryWrite((body: CalendarFeedRequest) => call(calendarEndpoints.create, { body }));
export const useRevokeCalendarFeed = () =>
  useDeliveryWrite((feedId: string) => call(calendarEndpoints.revoke, { params: { feedId } }));

// ---------- public pages (no login) ----------

/** The questionnaire a personal link opens. */
export const useQuestionnaire = (token: string | undefined) =>
  useQuery({
    queryKey: ['questionnaire', token],
    queryFn: () => call(evaluationEndpoints.questionnaire, { params: { questionnaireToken: token as string } }),
    retry: false,
  });

export const useAnswerQuestionnaire = (token: string | undefined) =>
  useMutation({
    mutationFn: (answers: QuestionnaireAnswers['answers']) =>
      call(evaluationEndpoints.answer, { params: { questionnaireToken: token as string }, body: { answers } }),
  });

/** The public check of an attestation number. */
export const useVerifyAttestation = (number: string | undefined) =>
  useQuery({
    queryKey: ['verify', number],
    queryFn: () => call(attestationEndpoints.verify, { params: { attestationNumber: number as string } }),
    retry: false,
  });

// ---------- other areas' endpoints used by delivery pages ----------

/** The employees of a firm (the member contact's own, or a picked one), to name into seats or pick a participant. */
const employeesOf = (memberId: string) =>
  call(employeeEndpoints.listOfMember, { params: { memberId }, query: { pageSize: 200 } });

/** The employees of the member contact's firm, to name into seats. */
export const useMyEmployees = (memberId: string | null | undefined) =>
  useQuery({
    queryKey: ['delivery', 'employees', memberId],
    queryFn: () => employeesOf(memberId as string),
    enabled: !!memberId,
  });

/** Employees of one firm, for pickers. */
export const useEmployeeOptions = (memberId: string | null | undefined) =>
  useQuery({
    queryKey: ['delivery', 'employees', memberId],
    queryFn: () => employeesOf(memberId as string),
    select: (d) => d.items.map((e) => ({ value: e.id, label: `${e.firstName} ${e.lastName}` })),
    enabled: !!memberId,
  });

/** Firms of the mutual (coordinator), for pickers. */
export const useMemberOptions = (enabled = true) =>
  useQuery({
    queryKey: ['delivery', 'member-options'],
    queryFn: () => call(memberEndpoints.list, { query: { pageSize: 200 } }),
    select: (d) => d.items.map((m) => ({ value: m.id, label: m.legalName })),
    enabled,
  });

/** The mutual of the signed-in coordinator, with its delivery settings. */
export const useMutual = (mutualId: string | null | undefined) =>
  useQuery({
    queryKey: ['delivery', 'mutual', mutualId],
    queryFn: () => call(mutualEndpoints.get, { params: { mutualId: mutualId as string } }),
    enabled: !!mutualId,
  });

/** Saves the mutual's delivery settings (deadlines, go/no-go lead time, completion threshold, minimum firms). */
export const useSaveDeliverySettings = (mutualId: string | null | undefined) =>
  useDeliveryWrite((body: DeliverySettingsRequest) =>
    call(mutualEndpoints.updateDeliverySettings, { params: { mutualId: mutualId as string }, body }),
  );
