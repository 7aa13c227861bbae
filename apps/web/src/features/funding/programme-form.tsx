import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { COST_CATEGORIES, useCreateProgramme, useFunders } from './api.ts';

const cents = (v: number | string) => (v === '' ? null : dollarsToCents(v));

/** A new programme of a funder: term, coverage, caps, eligible cost categories and eligibility rules. */
export function ProgrammeForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const funders = useFunders();
  const create = useCreateProgramme();
  const form = useFieldErrors();
  const [v, setV] = useState({
    funderId: null as string | null,
    name: '',
    startsOn: '',
    endsOn: '',
    coverage: 50 as number | string,
    categories: ['trainer_fees'] as string[],
    perHour: '' as number | string,
    perActivity: '' as number | string,
    perMember: '' as number | string,
    perYear: '' as number | string,
    sizes: [] as string[],
    teers: [] as string[],
    regions: [] as string[],
    budget: '' as number | string,
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      {
        funderId: v.funderId ?? '',
        name: v.name,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        coveragePpm: Math.round(Number(v.coverage) * 10_000),
        eligibleCategories: v.categories as (typeof COST_CATEGORIES)[number][],
        caps: {
          perParticipantHourCents: cents(v.perHour),
          perActivityCents: cents(v.perActivity),
          perMemberPerYearCents: cents(v.perMember),
          perYearCents: cents(v.perYear),
        },
        eligibility: {
          sizeClasses: v.sizes as ('micro' | 'small' | 'medium' | 'large')[],
          teerLevels: v.teers.map(Number),
          regions: v.regions,
        },
        budgetCents: cents(v.budget),
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('funding:programmes.added') });
          onClose();
        },
        onError: form.fromError,
      },
    );
  };
  const money = (label: string, value: number | string, key: keyof typeof v) => (
    <NumberInput
      label={label}
      value={value}
      onChange={(x) => set({ [key]: x } as Partial<typeof v>)}
      decimalScale={2}
      min={0}
    />
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('funding:programmes.add')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('funding:programmes.funder')}
            data={(funders.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={v.funderId}
            onChange={(x) => set({ funderId: x })}
            required
            error={form.error('funderId')}
          />
          <TextInput
            label={t('funding:programmes.name')}
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            required
            error={form.error('name')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t('funding:programmes.startsOn')}
              value={v.startsOn}
              onChange={(e) => set({ startsOn: e.currentTarget.value })}
              required
              error={form.error('startsOn')}
            />
            <TextInput
              type="date"
              label={t('funding:programmes.endsOn')}
              value={v.endsOn}
              onChange={(e) => set({ endsOn: e.currentTarget.value })}
              required
              error={form.error('endsOn')}
            />
            <NumberInput
              label={t('funding:programmes.coverage')}
              value={v.coverage}
              onChange={(x) => set({ coverage: x })}
              min={0}
              max={100}
              decimalScale={4}
              suffix=" %"
            />
            {money(t('funding:programmes.budget'), v.budget, 'budget')}
            {money(t('funding:programmes.perHour'), v.perHour, 'perHour')}
            {money(t('funding:programmes.perActivity'), v.perActivity, 'perActivity')}
            {money(t('funding:programmes.perMember'), v.perMember, 'perMember')}
            {money(t('funding:programmes.perYear'), v.perYear, 'perYear')}
          </SimpleGrid>
          <Checkbox.Group
            label={t('funding:programmes.categories')}
            value={v.categories}
            onChange={(x) => set({ categories: x })}
            error={form.error('eligibleCategories')}
          >
            <Group mt={4}>
              {COST_CATEGORIES.map((c) => (
                <Checkbox key={c} value={c} label={t(`funding:category.${c}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect
            label={t('funding:programmes.sizes')}
            data={ref.sizeClassOptions}
            value={v.sizes}
            onChange={(x) => set({ sizes: x })}
          />
          <MultiSelect
            label={t('funding:programmes.teers')}
            data={['0', '1', '2', '3', '4', '5']}
            value={v.teers}
            onChange={(x) => set({ teers: x })}
          />
          <MultiSelect
            label={t('funding:programmes.regions')}
            data={ref.regionOptions}
            value={v.regions}
            onChange={(x) => set({ regions: x })}
            searchable
          />
          <FormError form={form} unlessFieldErrors />
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
