import {
  type ChangeMemberStatusRequest,
  type CreateMemberRequest,
  type Member,
  type MemberContact,
  type MemberContactRequest,
  type MemberHistory,
  type MemberListQuery,
  memberContactEndpoints,
  memberEndpoints,
  type UpdateMemberContactRequest,
  type UpdateMemberRequest,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export { MEMBER_STATUSES, type MemberStatus } from '@mutualis/domain/members/status';
export type { Member, MemberContact, MemberHistory };
export type MemberInput = CreateMemberRequest;
/** A member list query; from the table state (the address bar), so the server checks its values. */
export type MemberQuery = Partial<MemberListQuery>;

/** Downloads the members list as CSV or XLSX. */
export const downloadMembers = (query: Record<string, unknown>, format: 'csv' | 'xlsx') =>
  downloadFrom(memberEndpoints.export, { query: { ...query, format } }, `members.${format}`);

export const memberKeys = {
  all: ['members'] as const,
  list: (query: MemberQuery) => ['members', 'list', query] as const,
  one: (id: string) => ['members', 'one', id] as const,
  contacts: (id: string) => ['members', 'contacts', id] as const,
  history: (id: string) => ['members', 'history', id] as const,
};

export function useMembers(query: MemberQuery) {
  return useQuery({
    queryKey: memberKeys.list(query),
    queryFn: () => call(memberEndpoints.list, { query }),
    placeholderData: (previous) => previous,
  });
}

export function useMember(id: string | undefined) {
  return useQuery({
    queryKey: memberKeys.one(id ?? ''),
    queryFn: () => call(memberEndpoints.get, { params: { memberId: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** The member's contacts (one page holds them all: up to 500). */
export function useMemberContacts(id: string) {
  return useQuery({
    queryKey: memberKeys.contacts(id),
    queryFn: () => call(memberContactEndpoints.list, { params: { memberId: id }, query: { pageSize: 500 } }),
    select: (data) => data.items,
  });
}

export function useSaveMember(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberInput) =>
      id ? call(memberEndpoints.update, { params: { memberId: id }, body }) : call(memberEndpoints.create, { body }),
    onSuccess: (member) => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
      queryClient.setQueryData(memberKeys.one(member.id), member);
    },
  });
}

export function useChangeMemberStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeMemberStatusRequest) =>
      call(memberEndpoints.changeStatus, { params: { memberId: id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export function useAddContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberContactRequest) => call(memberContactEndpoints.add, { params: { memberId }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

export function useUpdateContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateMemberContactRequest & { id: string }) =>
      call(memberContactEndpoints.update, { params: { memberId, contactId: id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

export function useRemoveContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(memberContactEndpoints.remove, { params: { memberId, contactId: id } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

/** A partial change of a member (a member contact: its firm's address, city, postal code, phone, website). */
export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMemberRequest) => call(memberEndpoints.update, { params: { memberId: id }, body }),
    onSuccess: (member) => {
      queryClient.setQueryData(memberKeys.one(member.id), member);
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}

/** The member's history, newest first (one page: the last 500 changes). */
export function useMemberHistory(id: string) {
  return useQuery({
    queryKey: memberKeys.history(id),
    queryFn: () => call(memberEndpoints.history, { params: { memberId: id }, query: { pageSize: 500 } }),
  });
}
