import { Badge, Button, Card, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  type Topic,
  useCreateTopic,
  useInstallStarterTopics,
  useRetireTopic,
  useTopicLabels,
  useTopics,
} from './api.ts';
import { CatalogueTabs } from './catalogue-tabs.tsx';

/** Coordinator: the mutual's topic tree; add a topic, retire or restore one, install the starter list. */
export function TopicsPage() {
  const { t } = useTranslation();
  const [showRetired, setShowRetired] = useState(false);
  const { data: topics = [], error, isLoading } = useTopics(true);
  const labels = useTopicLabels();
  const retire = useRetireTopic();
  const starter = useInstallStarterTopics();
  const [adding, setAdding] = useState(false);
  const visible = topics.filter((tp) => showRetired || !tp.retired);
  const roots = visible.filter((tp) => !tp.parentId).sort((a, b) => a.sortOrder - b.sortOrder);
  const children = (id: string) => visible.filter((tp) => tp.parentId === id).sort((a, b) => a.sortOrder - b.sortOrder);

  const row = (tp: Topic, child: boolean) => (
    <Group
      key={tp.id}
      justify="space-between"
      wrap="nowrap"
      pl={child ? 'xl' : 0}
      py={4}
      component="li"
      style={{ listStyle: 'none' }}
    >
      <Group gap="xs" wrap="nowrap">
        <Text fw={child ? 400 : 700} td={tp.retired ? 'line-through' : undefined}>
          {labels.name(tp)}
        </Text>
        <Text size="xs" c="dimmed">
          {tp.code}
        </Text>
        {tp.nocCodes.length > 0 && (
          <Badge size="xs" variant="outline" color="gray" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
            {t('catalogue:topics.noc', { codes: tp.nocCodes.join(', ') })}
          </Badge>
        )}
        {tp.retired && (
          <Badge size="xs" color="gray" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
            {t('catalogue:topics.retired')}
          </Badge>
        )}
      </Group>
      <Button
        size="compact-xs"
        variant="subtle"
        color={tp.retired ? 'blue' : 'red'}
        onClick={() => retire.mutate({ id: tp.id, retire: !tp.retired })}
        aria-label={t(tp.retired ? 'catalogue:topics.restoreOne' : 'catalogue:topics.retireOne', {
          name: labels.name(tp),
        })}
      >
        {tp.retired ? t('catalogue:topics.restore') : t('catalogue:topics.retire')}
      </Button>
    </Group>
  );

  return (
    <>
      <PageHeader
        title={t('catalogue:topics.title')}
        subtitle={t('catalogue:topics.subtitle', { count: topics.filter((x) => !x.retired).length })}
        actions={
          <>
            <Button
              variant="default"
              loading={starter.isPending}
              onClick={() =>
                starter.mutate(undefined, {
                  onSuccess: (r) =>
                    notify({ color: 'green', message: t('catalogue:topics.starterDone', { count: r.added }) }),
                })
              }
            >
              {t('catalogue:topics.starter')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('catalogue:topics.add')}
            </Button>
          </>
        }
      />
      <CatalogueTabs />
      <Stack>
        <Switch
          label={t('catalogue:topics.showRetired')}
          checked={showRetired}
          onChange={(e) => setShowRetired(e.currentTarget.checked)}
        />
        <ErrorAlert error={error ?? retire.error} />
        {!isLoading && (
          <Card withBorder>
            <ul aria-label={t('catalogue:topics.title')} style={{ margin: 0, padding: 0 }}>
              {roots.map((r) => (
                <li key={r.id} style={{ listStyle: 'none' }}>
                  <ul style={{ margin: 0, padding: 0 }}>
                    {row(r, false)}
                    {children(r.id).map((c) => row(c, true))}
                  </ul>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </Stack>
      <AddTopicModal
        opened={adding}
        onClose={() => setAdding(false)}
        parents={topics.filter((x) => !x.parentId && !x.retired)}
      />
    </>
  );
}

function AddTopicModal({ opened, onClose, parents }: { opened: boolean; onClose: () => void; parents: Topic[] }) {
  const { t } = useTranslation();
  const labels = useTopicLabels();
  const create = useCreateTopic();
  const form = useFieldErrors();
  const [parentId, setParentId] = useState<string | null>(null);
  const [nameFr, setNameFr] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [noc, setNoc] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const nocCodes = noc
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    create.mutate(
      { parentId, nameFr, nameEn, nocCodes },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('catalogue:topics.added') });
          setNameFr('');
          setNameEn('');
          setNoc('');
          onClose();
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('catalogue:topics.add')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {form.general && Object.keys(form.errors).length === 0 ? <ErrorAlert error={form.general} /> : null}
          <Select
            label={t('catalogue:topics.parent')}
            placeholder={t('catalogue:topics.noParent')}
            clearable
            searchable
            data={parents.map((p) => ({ value: p.id, label: labels.name(p) }))}
            value={parentId}
            onChange={setParentId}
            error={form.error('parentId')}
          />
          <TextInput
            label={t('catalogue:topics.nameFr')}
            required
            value={nameFr}
            onChange={(e) => setNameFr(e.currentTarget.value)}
            error={form.error('nameFr')}
          />
          <TextInput
            label={t('catalogue:topics.nameEn')}
            required
            value={nameEn}
            onChange={(e) => setNameEn(e.currentTarget.value)}
            error={form.error('nameEn')}
          />
          <TextInput
            label={t('catalogue:topics.nocCodes')}
            description={t('catalogue:topics.nocHelp')}
            value={noc}
            onChange={(e) => setNoc(e.currentTarget.value)}
            error={form.error('nocCodes')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
