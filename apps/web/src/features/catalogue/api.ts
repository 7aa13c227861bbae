import type {
  Course,
  CourseRevision,
  CreateCourseRequest,
  CreateProviderRequest,
  CreateTopicRequest,
  Provider,
  Topic,
  UpdateCourseRequest,
  UpdateProviderRequest,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, type Query } from '../../api/client.ts';

export type { Course, CourseRevision, Provider, Topic };

export function useTopics(includeRetired = false) {
  return useQuery({
    queryKey: ['topics', includeRetired],
    queryFn: () => apiFetch<{ items: Topic[] }>('/api/topics', { query: { includeRetired: includeRetired ? 'true' : undefined } }),
    select: (d) => d.items,
    staleTime: 60_000,
  });
}

/** Topic names in the current language, and Select options grouped by family (active topics only). */
export function useTopicLabels() {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const { data: topics = [] } = useTopics(true);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const name = (t: Pick<Topic, 'nameFr' | 'nameEn'> | undefined) => (t ? (en ? t.nameEn : t.nameFr) : '');
  const label = (id: string | null | undefined) => {
    const t = id ? byId.get(id) : undefined;
    if (!t) return '';
    const parent = t.parentId ? byId.get(t.parentId) : undefined;
    return parent ? `${name(parent)} › ${name(t)}` : name(t);
  };
  const roots = topics.filter((t) => !t.parentId && !t.retired);
  const options = roots.map((r) => ({
    group: name(r),
    items: [r, ...topics.filter((c) => c.parentId === r.id && !c.retired)].map((t) => ({ value: t.id, label: t.id === r.id ? name(t) : `${name(r)} › ${name(t)}` })),
  }));
  return { topics, label, name, options, en };
}

const invalidate = (qc: ReturnType<typeof useQueryClient>, key: string) => void qc.invalidateQueries({ queryKey: [key] });

export function useCreateTopic() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: CreateTopicRequest) => apiFetch<Topic>('/api/topics', { method: 'POST', body }), onSuccess: () => invalidate(qc, 'topics') });
}

export function useRetireTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retire }: { id: string; retire: boolean }) => apiFetch<Topic>(`/api/topics/${id}/${retire ? 'retire' : 'restore'}`, { method: 'POST' }),
    onSuccess: () => invalidate(qc, 'topics'),
  });
}

export function useInstallStarterTopics() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ added: number; total: number }>('/api/topics/starter', { method: 'POST' }),
    onSuccess: () => invalidate(qc, 'topics'),
  });
}

export function useProviders(includeInactive = false) {
  return useQuery({
    queryKey: ['providers', includeInactive],
    queryFn: () => apiFetch<{ items: Provider[] }>('/api/providers', { query: { includeInactive: includeInactive ? 'true' : undefined } }),
    select: (d) => d.items,
  });
}

export function useProvider(id: string | null | undefined) {
  return useQuery({ queryKey: ['providers', 'one', id], queryFn: () => apiFetch<Provider>(`/api/providers/${id}`), enabled: Boolean(id) });
}

export function useSaveProvider(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProviderRequest | UpdateProviderRequest) =>
      id ? apiFetch<Provider>(`/api/providers/${id}`, { method: 'PATCH', body }) : apiFetch<Provider>('/api/providers', { method: 'POST', body }),
    onSuccess: () => invalidate(qc, 'providers'),
  });
}

export function useCourses(query: Query = {}) {
  return useQuery({
    queryKey: ['courses', query],
    queryFn: () => apiFetch<{ items: Course[] }>('/api/courses', { query }),
    select: (d) => d.items,
  });
}

export function useCourse(id: string | undefined) {
  return useQuery({ queryKey: ['courses', 'one', id], queryFn: () => apiFetch<Course>(`/api/courses/${id}`), enabled: Boolean(id) });
}

export function useSaveCourse(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseRequest | UpdateCourseRequest) =>
      id ? apiFetch<Course>(`/api/courses/${id}`, { method: 'PATCH', body }) : apiFetch<Course>('/api/courses', { method: 'POST', body }),
    onSuccess: () => invalidate(qc, 'courses'),
  });
}

export function useCourseAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, revisionId, note }: { action: 'approve' | 'reject' | 'retire' | 'reinstate'; revisionId?: string; note?: string }) =>
      apiFetch<Course>(`/api/courses/${id}/${action}`, { method: 'POST', body: revisionId ? { revisionId, note } : undefined }),
    onSuccess: () => invalidate(qc, 'courses'),
  });
}
