import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { today, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import {
  CALENDAR_VIEWS,
  type CalendarView,
  monthWeeks,
  type ScheduleDay,
  shiftView,
  useSchedule,
  viewRange,
  weekDays,
} from './api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One meeting day of a session: its times, title (in the reader's language), place and, for a firm, whether it takes part. */
function Entry({ d, compact }: { d: ScheduleDay; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const title = i18n.language.startsWith('en') ? d.titleEn : d.titleFr;
  const where = d.mode === 'virtual' ? t('delivery:schedule.virtual') : (d.place ?? '');
  return (
    <Box
      p={4}
      style={{
        borderInlineStart: `3px solid var(--mantine-color-${d.status === 'cancelled' ? 'red' : d.ownFirm ? 'teal' : 'blue'}-6)`,
        background: 'var(--mantine-color-gray-0)',
        borderRadius: 4,
        minWidth: 0,
      }}
    >
      <Text size="xs" fw={600}>
        {d.startsAt}–{d.endsAt}
      </Text>
      <Anchor
        component={Link}
        to={`/sessions/${d.sessionId}`}
        size="sm"
        style={{ overflowWrap: 'anywhere', textDecoration: d.status === 'cancelled' ? 'line-through' : undefined }}
      >
        {title}
      </Anchor>
      {!compact && where && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {where}
        </Text>
      )}
      <Group gap={4} mt={2}>
        {d.status !== 'scheduled' && d.status !== 'confirmed' && (
          <Text size="xs" c="dimmed">
            {t(`delivery:state.${d.status}`)}
          </Text>
        )}
        {d.ownFirm && (
          <Badge
            size="xs"
            variant="light"
            color="teal"
            styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none' } }}
          >
            {t('delivery:schedule.ownFirm')}
          </Badge>
        )}
      </Group>
    </Box>
  );
}

/**
 * /schedule: the calendar of sessions, month and week views, of what the caller may see (a
 * coordinator the mutual's sessions, a member contact the open ones and its firm's, a trainer its
 * own). The view and the date live in the address bar. A month shows as a grid of weeks on a wide
 * screen and as the list of its days with sessions on a phone.
 */
export function SchedulePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const view: CalendarView = (CALENDAR_VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as CalendarView)
    : 'month';
  const date = ISO_DATE.test(params.get('date') ?? '') ? (params.get('date') as string) : today();
  const range = viewRange(view, date);
  const schedule = useSchedule(range.from, range.to);
  const go = (next: { view?: CalendarView; date?: string }) =>
    setParams((p) => {
      const out = new URLSearchParams(p);
      out.set('view', next.view ?? view);
      out.set('date', next.date ?? date);
      return out;
    });
  const byDay = new Map<string, ScheduleDay[]>();
  for (const d of schedule.data?.items ?? []) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  const month = date.slice(0, 7);
  const todayIso = today();
  const monthName = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utc(`${month}-01`),
  );
  const weekday = (iso: string, width: 'short' | 'long') =>
    new Intl.DateTimeFormat(format.locale, { weekday: width, timeZone: 'UTC' }).format(utc(iso));
  const dayLabel = (iso: string) =>
    new Intl.DateTimeFormat(format.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      utc(iso),
    );
  const week = weekDays(date);
  const heading =
    view === 'month'
      ? monthName.charAt(0).toLocaleUpperCase(format.locale) + monthName.slice(1) // a heading starts with a capital: « Novembre 2026 »
      : t('delivery:schedule.weekOf', { from: format.date(week[0]), to: format.date(week[6]) });
  const count = schedule.data?.items.filter((d) => view === 'week' || d.day.startsWith(month)).length ?? 0;

  const dayList = (days: string[]) => {
    const withSessions = days.filter((d) => byDay.has(d));
    if (withSessions.length === 0) return <Text c="dimmed">{t('delivery:schedule.empty')}</Text>;
    return (
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {withSessions.map((d) => (
          <li key={d} aria-label={dayLabel(d)}>
            <Title order={3} size="h6" mb={4}>
              {dayLabel(d)}{' '}
              {d === todayIso && (
                <Badge size="xs" variant="outline">
                  {t('delivery:schedule.today')}
                </Badge>
              )}
            </Title>
            <Stack gap={4}>
              {(byDay.get(d) ?? []).map((x) => (
                <Entry key={x.meetingDayId} d={x} compact={false} />
              ))}
            </Stack>
          </li>
        ))}
      </Stack>
    );
  };

  const grid = (weeks: string[][], compact: boolean) => (
    <Table layout="fixed" withTableBorder withColumnBorders aria-labelledby="schedule-heading">
      <Table.Thead>
        <Table.Tr>
          {weeks[0]?.map((d) => (
            <Table.Th key={d} ta="center" fz="xs">
              <abbr title={weekday(d, 'long')} style={{ textDecoration: 'none' }}>
                {weekday(d, 'short')}
              </abbr>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((w) => (
          <Table.Tr key={w[0]}>
            {w.map((d) => {
              const outside = view === 'month' && !d.startsWith(month);
              return (
                <Table.Td
                  key={d}
                  p={4}
                  h={compact ? 96 : 160}
                  style={{
                    verticalAlign: 'top',
                    background: outside
                      ? 'var(--mantine-color-gray-1)'
                      : d === todayIso
                        ? 'var(--mantine-color-blue-0)'
                        : undefined,
                  }}
                >
                  <Text size="xs" fw={d === todayIso ? 700 : 400} c={outside ? 'dimmed' : undefined}>
                    <VisuallyHidden>{dayLabel(d)}</VisuallyHidden>
                    <span aria-hidden>{utc(d).getUTCDate()}</span>
                  </Text>
                  <Stack gap={4}>
                    {(byDay.get(d) ?? []).map((x) => (
                      <Entry key={x.meetingDayId} d={x} compact={compact} />
                    ))}
                  </Stack>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <>
      <PageHeader
        title={t('delivery:schedule.pageTitle')}
        subtitle={t(
          `delivery:schedule.subtitle.${me?.role === 'member_contact' || me?.role === 'trainer' ? me.role : 'coordinator'}`,
        )}
      />
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="sm" onClick={() => go({ date: shiftView(view, date, -1) })}>
            {t(`delivery:schedule.previous.${view}`)}
          </Button>
          <Button variant="default" size="sm" onClick={() => go({ date: todayIso })}>
            {t('delivery:schedule.today')}
          </Button>
          <Button variant="default" size="sm" onClick={() => go({ date: shiftView(view, date, 1) })}>
            {t(`delivery:schedule.next.${view}`)}
          </Button>
        </Group>
        <SegmentedControl
          aria-label={t('delivery:schedule.view')}
          value={view}
          onChange={(v) => go({ view: v as CalendarView })}
          data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`delivery:schedule.views.${v}`) }))}
        />
      </Group>
      <Title order={2} size="h3" id="schedule-heading" mb="xs">
        {heading}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" role="status">
        {t('delivery:schedule.count', { count, n: format.number(count) })}
      </Text>
      <ErrorAlert error={schedule.error} />
      {schedule.data &&
        (wide
          ? grid(view === 'month' ? monthWeeks(date) : [week], view === 'month')
          : dayList(
              view === 'month'
                ? monthWeeks(date)
                    .flat()
                    .filter((d) => d.startsWith(month))
                : week,
            ))}
    </>
  );
}
