import { Button, Group, Select, Stack, Switch } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { COURSE_STATUSES, type CourseStatus, useCourses, useProviders, useTopicLabels } from './api.ts';
import { CatalogueTabs } from './catalogue-tabs.tsx';
import { CoursesTable } from './courses-table.tsx';

/** Coordinator: every course, filtered; "changes to approve" lists trainers' pending revisions. */
export function CoursesPage() {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const providers = useProviders(true);
  const [status, setStatus] = useState<CourseStatus | null>(null);
  const [providerId, setProviderId] = useState<string | null>(null);
  const [topicId, setTopicId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { data = [], error } = useCourses({
    status: status ?? undefined,
    providerId: providerId ?? undefined,
    topicId: topicId ?? undefined,
    pendingReview: pending ? 'true' : undefined,
  });
  return (
    <>
      <PageHeader
        title={t('catalogue:courses.title')}
        subtitle={t('catalogue:courses.subtitle')}
        actions={
          <Button component={Link} to="/courses/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('catalogue:courses.add')}
          </Button>
        }
      />
      <CatalogueTabs />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('catalogue:courses.status')}
            placeholder={t('common:filters.all')}
            clearable
            data={COURSE_STATUSES.map((s) => ({ value: s, label: t(`catalogue:courseStatus.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as CourseStatus | null)}
            w={170}
          />
          <Select
            label={t('catalogue:courses.provider')}
            placeholder={t('common:filters.all')}
            clearable
            data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={providerId}
            onChange={setProviderId}
            w={240}
          />
          <Select
            label={t('catalogue:courses.topic')}
            placeholder={t('common:filters.all')}
            clearable
            searchable
            data={topics.options}
            value={topicId}
            onChange={setTopicId}
            w={300}
          />
          <Switch
            label={t('catalogue:courses.pendingOnly')}
            checked={pending}
            onChange={(e) => setPending(e.currentTarget.checked)}
            mb={6}
          />
        </Group>
        <ErrorAlert error={error} />
        <CoursesTable courses={data} caption={t('catalogue:courses.title')} />
      </Stack>
    </>
  );
}
