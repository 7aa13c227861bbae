import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useQuotes } from '../quotes/api.ts';
import { useCourses, useProvider } from './api.ts';
import { CoursesTable } from './courses-table.tsx';

/** Trainer: its provider, its courses (edits wait for approval) and the requests for quotes to answer. */
export function MyProviderPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const provider = useProvider(me.providerId);
  const courses = useCourses({ providerId: me.providerId ?? undefined });
  const quotes = useQuotes('open');
  const toAnswer = (quotes.data ?? []).filter((q) => q.myStatus === 'sent');
  const p = provider.data;
  return (
    <>
      <PageHeader title={p?.name ?? t('nav:myProvider')} subtitle={p && t(`catalogue:kinds.${p.kind}`)} />
      <Stack>
        <ErrorAlert error={provider.error ?? courses.error} />
        {p && (
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <div>
                <Text size="sm" c="dimmed">
                  {t('catalogue:providers.accreditation')}
                </Text>
                <Text>{p.accreditationNumber ?? '—'}</Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('catalogue:providers.email')}
                </Text>
                <Text>{p.email ?? '—'}</Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('catalogue:providers.regions')}
                </Text>
                <Text>{p.regions.map((r) => ref.regionLabel(r)).join(', ') || '—'}</Text>
              </div>
            </SimpleGrid>
          </Card>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('catalogue:myProvider.quotes')}
          </Title>
          {toAnswer.length === 0 ? (
            <Text c="dimmed">{t('catalogue:myProvider.noQuotes')}</Text>
          ) : (
            <Stack gap={4}>
              {toAnswer.map((q) => (
                <Anchor key={q.id} component={Link} to={`/quotes/${q.id}`}>
                  {t('catalogue:myProvider.quoteLine', {
                    title: q.title,
                    seats: t('common:count.seats', { count: q.seats }),
                  })}
                </Anchor>
              ))}
            </Stack>
          )}
        </Card>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('catalogue:myProvider.courses')}
          </Title>
          <Button component={Link} to="/courses/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('catalogue:courses.add')}
          </Button>
        </Group>
        <CoursesTable courses={courses.data ?? []} caption={t('catalogue:myProvider.courses')} showProvider={false} />
      </Stack>
    </>
  );
}
