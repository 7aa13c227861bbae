import type {
  ClientInput,
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
import { courseEndpoints, providerEndpoints, topicEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';

export {
  COURSE_STATUSES,
  type CourseStatus,
  PROVIDER_KINDS,
  TRAINING_LANGUAGES,
  TRAINING_MODES,
} from '@mutualis/domain/catalogue/catalogue-vocabulary';
export type { Course, CourseRevision, Provider, Topic };

/** The lists below are read in one page of this size (the largest the API gives). */
const ONE_PAGE = 500;

export function useTopics(includeRetired = false) {
  return useQuery({
    queryKey: ['topics', includeRetired],
    queryFn: () =>
      call(topicEndpoints.list, { query: { includeRetired: includeRetired ? 'true' : undefined, pageSize: ONE_PAGE } }),
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
    items: [r, ...topics.filter((c) => c.parentId === r.id && !c.retired)].map((t) => ({
      value: t.id,
      label: t.id === r.id ? name(t) : `${name(r)} › ${name(t)}`,
    })),
  }));
  return { topics, label, name, options, en };
}

const invalidate = (qc: ReturnType<typeof useQueryClient>, key: string) =>
  void qc.invalidateQueries({ queryKey: [key] });

export function useCreateTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTopicRequest) => call(topicEndpoints.create, { body }),
    onSuccess: () => invalidate(qc, 'topics'),
  });
}

export function useRetireTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retire }: { id: string; retire: boolean }) =>
      call(retire ? topicEndpoints.retire : topicEndpoints.restore, { params: { topicId: id } }),
    onSuccess: () => invalidate(qc, 'topics'),
  });
}

export function useInstallStarterTopics() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(topicEndpoints.installStarter),
    onSuccess: () => invalidate(qc, 'topics'),
  });
}

export function useProviders(includeInactive = false) {
  return useQuery({
    queryKey: ['providers', includeInactive],
    queryFn: () =>
      call(providerEndpoints.list, {
        query: { includeInactive: includeInactive ? 'true' : undefined, pageSize: ONE_PAGE },
      }),
    select: (d) => d.items,
  });
}

export function useProvider(id: string | null | undefined) {
  return useQuery({
    queryKey: ['providers', 'one', id],
    queryFn: () => call(providerEndpoints.get, { params: { providerId: id as string } }),
    enabled: Boolean(id),
  });
}

export function useSaveProvider(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProviderRequest | UpdateProviderRequest) =>
      id
        ? call(providerEndpoints.update, { params: { providerId: id }, body })
        : call(providerEndpoints.create, { body: body as CreateProviderRequest }),
    onSuccess: () => invalidate(qc, 'providers'),
  });
}

/** The filters of the course list (one page of up to 500 courses is read). */
export type CourseQuery = Omit<NonNullable<ClientInput<typeof courseEndpoints.list>['query']>, 'page' | 'pageSize'>;

export function useCourses(query: CourseQuery = {}) {
  return useQuery({
    queryKey: ['courses', query],
    queryFn: () => call(courseEndpoints.list, { query: { ...query, pageSize: ONE_PAGE } }),
    select: (d) => d.items,
  });
}

export function useCourse(id: string | undefined) {
  return useQuery({
    queryKey: ['courses', 'one', id],
    queryFn: () => call(courseEndpoints.get, { params: { courseId: id as string } }),
    enabled: Boolean(id),
  });
}

export function useSaveCourse(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseRequest | UpdateCourseRequest) =>
      id
        ? call(courseEndpoints.update, { params: { courseId: id }, body })
        : call(courseEndpoints.create, { body: body as CreateCourseRequest }),
    onSuccess: () => invalidate(qc, 'courses'),
  });
}

type CourseAction =
  | { action: 'approve' | 'reject'; revisionId: string; note?: string }
  | { action: 'retire' | 'reinstate' };

export function useCourseAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: CourseAction) => {
      const params = { courseId: id };
      if (a.action === 'approve' || a.action === 'reject')
        return call(courseEndpoints[a.action], { params, body: { revisionId: a.revisionId, note: a.note } });
      return call(courseEndpoints[a.action], { params });
    },
    onSuccess: () => invalidate(qc, 'courses'),
  });
}
