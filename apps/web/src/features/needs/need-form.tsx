import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useTopicLabels } from '../catalogue/api.ts';
import {
  LANGUAGES,
  MODES,
  NEED_PRIORITIES,
  type Need,
  upcomingMonths,
  useAnonymousDemand,
  useSaveNeed,
} from './api.ts';

interface Values {
  topicId: string | null;
  seats: number | string;
  languages: string[];
  modes: string[];
  periods: string[];
  regionCode: string | null;
  priority: string;
  maxPrice: number | string;
  notes: string;
}

const fromNeed = (n: Need | null): Values => ({
  topicId: n?.topicId ?? null,
  seats: n?.seats ?? '',
  languages: n?.languages ?? ['fr'],
  modes: n?.modes ?? ['in_person'],
  periods: n?.periods ?? [],
  regionCode: n?.regionCode ?? null,
  priority: n?.priority ?? 'medium',
  maxPrice: n?.maxPricePerSeatCents != null ? n.maxPricePerSeatCents / 100 : '',
  notes: n?.notes ?? '',
});

/** "3 other firms want 7 seats": counts of other firms' open needs on the topic, never names. */
export function DemandHint({ topicId }: { topicId: string | null }) {
  const { t } = useTranslation();
  const { data } = useAnonymousDemand(topicId);
  if (!topicId || !data) return null;
  return (
    <Alert color="teal" variant="light" icon={<IconUsersGroup aria-hidden />} aria-live="polite">
      {data.otherMembers > 0
        ? t('needs:hint.others', { count: data.otherMembers, seats: data.otherSeats })
        : t('needs:hint.none')}
    </Alert>
  );
}

/** Declares or edits a need (member contact: for its own firm; coordinator: memberId given). */
export function NeedFormModal({
  opened,
  onClose,
  need,
  memberId,
  showHint,
}: {
  opened: boolean;
  onClose: () => void;
  need: Need | null;
  memberId?: string;
  showHint?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const save = useSaveNeed(need?.id);
  const form = useFieldErrors();
  // Only the fields typed since the dialog opened; the others show the record's values, so a refetch
  // of the list behind the dialog never wipes what is being typed.
  const [draft, setDraft] = useState<Partial<Values>>({});
  const values: Values = { ...fromNeed(need), ...draft };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (opened) {
      setDraft({});
      form.reset();
    }
  }, [opened]);
  const set = <K extends keyof Values>(key: K, value: Values[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(field);
  };
  const months = [...new Set([...upcomingMonths(18), ...values.periods])].sort();
  const format = useFormat();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body = {
      ...(need ? {} : { memberId }),
      topicId: values.topicId ?? '',
      seats: values.seats === '' ? undefined : Number(values.seats),
      languages: values.languages,
      modes: values.modes,
      periods: values.periods,
      regionCode: values.regionCode ?? undefined,
      priority: values.priority,
      maxPricePerSeatCents: values.maxPrice === '' ? null : dollarsToCents(values.maxPrice),
      notes: values.notes,
    };
    save.mutate(body as Parameters<typeof save.mutate>[0], { onSuccess: onClose, onError: form.fromError });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={need ? t('needs:form.editTitle') : t('needs:form.createTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError form={form} unlessFieldErrors titled />
          <Select
            label={t('needs:fields.topic')}
            required
            searchable
            data={topics.options}
            value={values.topicId}
            onChange={(v) => set('topicId', v)}
            error={form.error('topicId')}
            nothingFoundMessage={t('common:filters.nothingFound')}
          />
          {showHint && <DemandHint topicId={values.topicId} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('needs:fields.seats')}
              required
              min={1}
              max={500}
              allowDecimal={false}
              value={values.seats}
              onChange={(v) => set('seats', v)}
              error={form.error('seats')}
            />
            <Select
              label={t('needs:fields.priority')}
              data={NEED_PRIORITIES.map((p) => ({ value: p, label: t(`needs:priority.${p}`) }))}
              value={values.priority}
              onChange={(v) => v && set('priority', v)}
              allowDeselect={false}
            />
            <Checkbox.Group
              label={t('needs:fields.languages')}
              required
              value={values.languages}
              onChange={(v) => set('languages', v)}
              error={form.error('languages')}
            >
              <Group mt={4}>
                {LANGUAGES.map((l) => (
                  <Checkbox key={l} value={l} label={t(`common:languages.${l}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('needs:fields.modes')}
              required
              value={values.modes}
              onChange={(v) => set('modes', v)}
              error={form.error('modes')}
            >
              <Group mt={4}>
                {MODES.map((m) => (
                  <Checkbox key={m} value={m} label={t(`needs:mode.${m}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </SimpleGrid>
          <MultiSelect
            label={t('needs:fields.periods')}
            description={t('needs:form.periodsHelp')}
            required
            data={format.monthOptions(months)}
            value={values.periods}
            onChange={(v) => set('periods', v)}
            error={form.error('periods')}
            searchable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('needs:fields.region')}
              description={t('needs:form.regionHelp')}
              clearable
              searchable
              data={ref.regionOptions}
              value={values.regionCode}
              onChange={(v) => set('regionCode', v)}
              error={form.error('regionCode')}
            />
            <NumberInput
              label={t('needs:fields.maxPrice')}
              min={0}
              decimalScale={2}
              value={values.maxPrice}
              onChange={(v) => set('maxPrice', v, 'maxPricePerSeatCents')}
              error={form.error('maxPricePerSeatCents')}
            />
          </SimpleGrid>
          <Textarea
            label={t('needs:fields.notes')}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
