import type {
  AddContribution,
  AddSupport,
  Board,
  BoardMeeting,
  CreateBoardMeeting,
  CreateBoardMember,
  CreateLeader,
  CreatePartner,
  RecordRecognitionEvent,
  SaveActivityYear,
  SetThresholds,
  UpdateBoardMember,
  UpdateRecognitionFile,
} from '@mutualis/contracts';
import { governanceEndpoints as g, observatoryEndpoints as o } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { Board, BoardMeeting };

/** Invalidates the governance answers after a change (they read each other: board ↔ recognition ↔ scorecard). */
function useSaved() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['governance'] });
}

export const useStanding = (enabled = true) =>
  useQuery({ queryKey: ['governance', 'standing'], queryFn: () => call(g.standing), enabled, staleTime: 60_000 });
export const useRecognition = () =>
  useQuery({ queryKey: ['governance', 'recognition'], queryFn: () => call(g.recognition) });

export function useUpdateRecognition() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UpdateRecognitionFile) => call(g.updateRecognition, { body }),
    onSuccess: saved,
  });
}

export function useRecordRecognitionEvent() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: RecordRecognitionEvent) => call(g.recordEvent, { body }), onSuccess: saved });
}

/** Uploads a document to the recognition file, one of its steps, a meeting or an agreement. */
export function useUploadDocument() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({
      owner,
      id,
      file,
    }: {
      owner: 'file' | 'event' | 'meeting' | 'agreement';
      id?: string;
      file: File;
    }) => {
      if (owner === 'file') return call(g.uploadFileDocument, { body: file });
      if (owner === 'event') return call(g.uploadEventDocument, { params: { eventId: id as string }, body: file });
      if (owner === 'meeting')
        return call(g.uploadMeetingDocument, { params: { meetingId: id as string }, body: file });
      return call(g.uploadAgreementDocument, { params: { agreementId: id as string }, body: file });
    },
    onSuccess: saved,
  });
}

export const useBoard = (on?: string) =>
  useQuery({
    queryKey: ['governance', 'board', on ?? null],
    queryFn: () => call(g.board, { query: on ? { on } : {} }),
  });

export function useCreateSeat() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { kind: Board['seats'][number]['kind']; label: string }) => call(g.createSeat, { body }),
    onSuccess: saved,
  });
}

export function useCreateBoardMember() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: CreateBoardMember) => call(g.createBoardMember, { body }),
    onSuccess: saved,
  });
}

export function useUpdateBoardMember() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateBoardMember }) =>
      call(g.updateBoardMember, { params: { boardMemberId: id }, body }),
    onSuccess: saved,
  });
}

export const useMeetings = (page: number) =>
  useQuery({
    queryKey: ['governance', 'meetings', page],
    queryFn: () => call(g.meetings, { query: { page, pageSize: 20 } }),
    placeholderData: (p) => p,
  });
export const useMeeting = (id: string | undefined) =>
  useQuery({
    queryKey: ['governance', 'meeting', id],
    queryFn: () => call(g.meeting, { params: { meetingId: id as string } }),
    enabled: Boolean(id),
  });

export function useCreateMeeting() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: CreateBoardMeeting) => call(g.createMeeting, { body }), onSuccess: saved });
}

export function useUpdateMeeting(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { agenda?: string; minutes?: string; held?: boolean }) =>
      call(g.updateMeeting, { params: { meetingId: id }, body }),
    onSuccess: saved,
  });
}

export function useRecordAttendance(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (present: string[]) => call(g.recordAttendance, { params: { meetingId: id }, body: { present } }),
    onSuccess: saved,
  });
}

export function useAddDecision(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { text: string; outcome: BoardMeeting['decisions'][number]['outcome'] }) =>
      call(g.addDecision, { params: { meetingId: id }, body }),
    onSuccess: saved,
  });
}

export const useLeaders = () =>
  useQuery({ queryKey: ['governance', 'leaders'], queryFn: () => call(g.leaders, { query: { pageSize: 200 } }) });

export function useCreateLeader() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: CreateLeader) => call(g.createLeader, { body }), onSuccess: saved });
}

export function useAddContribution() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AddContribution }) =>
      call(g.addContribution, { params: { leaderId: id }, body }),
    onSuccess: saved,
  });
}

export const usePartners = (query: { page: number; pageSize: number; kind?: string; active?: string }) =>
  useQuery({
    queryKey: ['governance', 'partners', query],
    queryFn: () => call(g.partners, { query: query as never }),
    placeholderData: (p) => p,
  });
export const usePartner = (id: string | undefined) =>
  useQuery({
    queryKey: ['governance', 'partner', id],
    queryFn: () => call(g.partner, { params: { partnerId: id as string } }),
    enabled: Boolean(id),
  });
export const useEcosystem = () => useQuery({ queryKey: ['governance', 'ecosystem'], queryFn: () => call(g.ecosystem) });

export function useCreatePartner() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: CreatePartner) => call(g.createPartner, { body }), onSuccess: saved });
}

export function useAddSupport(partnerId: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: AddSupport) => call(g.addSupport, { params: { partnerId }, body }),
    onSuccess: saved,
  });
}

export function useAddAgreement(partnerId: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { title: string; startsOn: string; endsOn?: string | null; signedOn?: string | null }) =>
      call(g.addAgreement, { params: { partnerId }, body }),
    onSuccess: saved,
  });
}

export function useAddPartnerContact(partnerId: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { name: string; roleTitle?: string; email?: string | null; phone?: string | null }) =>
      call(g.addPartnerContact, { params: { partnerId }, body }),
    onSuccess: saved,
  });
}

export const useScorecard = (year?: number) =>
  useQuery({
    queryKey: ['governance', 'scorecard', year ?? null],
    queryFn: () => call(g.scorecard, { query: year ? { year } : {} }),
  });

export function useSetThresholds() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: SetThresholds) => call(g.setThresholds, { body }), onSuccess: saved });
}

export const useActivityYears = () =>
  useQuery({
    queryKey: ['governance', 'activity'],
    queryFn: () => call(g.activityYears, { query: { pageSize: 100 } }),
  });

export function useSaveActivityYear() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: SaveActivityYear) => call(g.saveActivityYear, { body }), onSuccess: saved });
}

export const useResearchConsent = () =>
  useQuery({ queryKey: ['governance', 'consent'], queryFn: () => call(o.consent) });

export function useSetResearchConsent() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { consented: boolean; note?: string }) => call(o.setConsent, { body }),
    onSuccess: saved,
  });
}

/** Saves a governance document under its file name. */
export const downloadDocument = (document: { id: string; filename: string }) =>
  downloadFrom(g.document, { params: { documentId: document.id } }, document.filename);
