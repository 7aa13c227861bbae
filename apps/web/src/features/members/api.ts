import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeMemberStatusRequest,
  CreateMemberRequest,
  Member,
  MemberContact,
  MemberContactRequest,
  MemberList,
  memberHistorySchema,
  UpdateMemberRequest,
} from '@mutualis/contracts';
import type { z } from 'zod';
import { apiFetch, type Query } from '../../api/client.ts';

export type { Member, MemberContact };
export type MemberStatus = Member['status'];
export const MEMBER_STATUSES: MemberStatus[] = ['prospect', 'active', 'lapsed', 'withdrawn'];
export type MemberInput = CreateMemberRequest;
export type MemberHistory = z.infer<typeof memberHistorySchema>;

export const memberKeys = {
  all: ['members'] as const,
  list: (query: Query) => ['members', 'list', query] as const,
  one: (id: string) => ['members', 'one', id] as const,
  contacts: (id: string) => ['members', 'contacts', id] as const,
  history: (id: string) => ['members', 'history', id] as const,
};

export function useMembers(query: Query) {
  return useQuery({
    queryKey: memberKeys.list(query),
    queryFn: () => apiFetch<MemberList>('/api/members', { query }),
    placeholderData: (previous) => previous,
  });
}

export function useMember(id: string | undefined) {
  return useQuery({
    queryKey: memberKeys.one(id ?? ''),
    queryFn: () => apiFetch<Member>(`/api/members/${id}`),
    enabled: Boolean(id),
  });
}

export function useMemberContacts(id: string) {
  return useQuery({
    queryKey: memberKeys.contacts(id),
    queryFn: () => apiFetch<{ items: MemberContact[] }>(`/api/members/${id}/contacts`),
    select: (data) => data.items,
  });
}

export function useSaveMember(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberInput) =>
      id
        ? apiFetch<Member>(`/api/members/${id}`, { method: 'PATCH', body })
        : apiFetch<Member>('/api/members', { method: 'POST', body }),
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
      apiFetch<Member>(`/api/members/${id}/status`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export function useAddContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberContactRequest) =>
      apiFetch<MemberContact>(`/api/members/${memberId}/contacts`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

export function useUpdateContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<MemberContactRequest> & { id: string }) =>
      apiFetch<MemberContact>(`/api/members/${memberId}/contacts/${id}`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

export function useRemoveContact(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/members/${memberId}/contacts/${id}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: memberKeys.contacts(memberId) }),
  });
}

/** A partial change of a member (a member contact: its firm's address, city, postal code, phone, website). */
export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMemberRequest) => apiFetch<Member>(`/api/members/${id}`, { method: 'PATCH', body }),
    onSuccess: (member) => {
      queryClient.setQueryData(memberKeys.one(member.id), member);
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}

export function useMemberHistory(id: string) {
  return useQuery({
    queryKey: memberKeys.history(id),
    queryFn: () => apiFetch<MemberHistory>(`/api/members/${id}/history`),
  });
}
