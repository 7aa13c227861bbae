import { Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useMe } from '../auth/session.ts';
import { type ExpiryStatus, type LearnerRecord, useCreateRenewalNeed, useLearnerRecord } from './api.ts';

const EXPIRY_COLORS: Record<ExpiryStatus, string> = {
  none: 'gray',
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
};

/** An attestation's standing as a badge: valid until, expiring on, expired since, or no expiry. */
export function ExpiryBadge({ status, expiresOn }: { status: ExpiryStatus; expiresOn: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Badge
      color={EXPIRY_COLORS[status]}
      variant="light"
      h="auto"
      py={2}
      styles={{
        label: {
          color: 'var(--mantine-color-dark-7)',
          textTransform: 'none',
          whiteSpace: 'normal',
          overflow: 'visible',
        },
      }}
    >
      {t(`learning:expiry.${status}`, { date: format.date(expiresOn) })}
    </Badge>
  );
}

/** The renewal need of an attestation: a link to it when it exists, else the one-click button. */
export function RenewalAction({
  attestationId,
  renewal,
  label,
}: {
  attestationId: string;
  renewal: { needId: string } | null;
  label: string;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const message = useErrorMessage();
  const renew = useCreateRenewalNeed();
  if (renewal) {
    return (
      <Anchor component={Link} to={me?.role === 'member_contact' ? '/my-needs' : '/needs'} size="sm">
        {t('learning:renewal.exists')}
      </Anchor>
    );
  }
  return (
    <Button
      size="xs"
      variant="light"
      loading={renew.isPending}
      aria-label={t('learning:renewal.createOf', { what: label })}
      onClick={() =>
        renew.mutate(attestationId, {
          onSuccess: () => notify({ color: 'green', message: t('learning:renewal.created') }),
          onError: (error) => notify({ color: 'red', message: message(error) }),
        })
      }
    >
      {t('learning:renewal.create')}
    </Button>
  );
}

/** The employee page's learner record: training followed, hours, attestations (and their expiry), evaluations. */
export function LearnerRecordCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const record = useLearnerRecord(employeeId);
  const title = (x: { titleFr: string; titleEn: string }) => (i18n.language.startsWith('en') ? x.titleEn : x.titleFr);
  const hours = (n: number) => t('learning:hours', { hours: format.number(n) });
  const r: LearnerRecord | undefined = record.data;
  return (
    <Card withBorder component="section" aria-labelledby="learner-record-title">
      <Title order={2} size="h4" id="learner-record-title" mb="sm">
        {t('learning:record.title')}
      </Title>
      <ErrorAlert error={record.error} />
      {record.isLoading && (
        <Group role="status" gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('common:loading')}
          </Text>
        </Group>
      )}
      {r && (
        <Stack gap="lg">
          <Text size="sm">
            {t('learning:record.totals', {
              sessions: t('learning:record.sessionsCount', {
                count: r.totals.sessions,
                n: format.number(r.totals.sessions),
              }),
              hours: hours(r.totals.hoursAttended),
              attestations: t('learning:record.attestationsCount', {
                count: r.totals.attestations,
                n: format.number(r.totals.attestations),
              }),
            })}
          </Text>

          <section aria-labelledby="learner-sessions-title">
            <Title order={3} size="h5" id="learner-sessions-title" mb="xs">
              {t('learning:record.sessions')}
            </Title>
            {r.sessions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('learning:record.noSessions')}
              </Text>
            ) : (
              <TableScroll minWidth={640} labelledBy="learner-sessions-title">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('learning:fields.training')}</Table.Th>
                      <Table.Th>{t('learning:fields.dates')}</Table.Th>
                      <Table.Th>{t('learning:fields.enrolment')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('learning:fields.hoursAttended')}</Table.Th>
                      <Table.Th>{t('learning:fields.outcome')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.sessions.map((s) => (
                      <Table.Tr key={s.enrolmentId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/sessions/${s.sessionId}`}>
                            {title(s)}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t(`delivery:state.${s.sessionStatus}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {s.firstDay
                            ? s.firstDay === s.lastDay
                              ? format.date(s.firstDay)
                              : `${format.date(s.firstDay)} – ${format.date(s.lastDay)}`
                            : '—'}
                        </Table.Td>
                        <Table.Td>{t(`delivery:enrolmentStatus.${s.enrolmentStatus}`)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          {t('learning:hoursOf', {
                            attended: format.number(s.hoursAttended),
                            scheduled: format.number(s.hoursScheduled),
                          })}
                        </Table.Td>
                        <Table.Td>{s.outcome ? t(`delivery:outcome.${s.outcome}`) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </section>

          <section aria-labelledby="learner-attestations-title">
            <Title order={3} size="h5" id="learner-attestations-title" mb="xs">
              {t('learning:record.attestations')}
            </Title>
            {r.attestations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('learning:record.noAttestations')}
              </Text>
            ) : (
              <TableScroll minWidth={720} labelledBy="learner-attestations-title">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('learning:fields.number')}</Table.Th>
                      <Table.Th>{t('learning:fields.training')}</Table.Th>
                      <Table.Th>{t('learning:fields.dates')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('learning:fields.hours')}</Table.Th>
                      <Table.Th>{t('learning:fields.validity')}</Table.Th>
                      <Table.Th>{t('learning:fields.renewal')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.attestations.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>{a.number}</Table.Td>
                        <Table.Td>{title(a)}</Table.Td>
                        <Table.Td>
                          {a.dateFrom === a.dateTo
                            ? format.date(a.dateTo)
                            : `${format.date(a.dateFrom)} – ${format.date(a.dateTo)}`}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{hours(a.hours)}</Table.Td>
                        <Table.Td>
                          <ExpiryBadge status={a.expiryStatus} expiresOn={a.expiresOn} />
                        </Table.Td>
                        <Table.Td>
                          {a.expiryStatus === 'none' && !a.renewal ? (
                            '—'
                          ) : (
                            <RenewalAction
                              attestationId={a.id}
                              renewal={a.renewal}
                              label={`${title(a)} (${a.number})`}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </section>

          <section aria-labelledby="learner-evaluations-title">
            <Title order={3} size="h5" id="learner-evaluations-title" mb="xs">
              {t('learning:record.evaluations')}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t('learning:record.evaluationsHelp')}
            </Text>
            {r.evaluations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('learning:record.noEvaluations')}
              </Text>
            ) : (
              <TableScroll minWidth={560} labelledBy="learner-evaluations-title">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('learning:fields.training')}</Table.Th>
                      <Table.Th>{t('learning:fields.level')}</Table.Th>
                      <Table.Th>{t('learning:fields.status')}</Table.Th>
                      <Table.Th>{t('learning:fields.when')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.evaluations.map((e) => (
                      <Table.Tr key={`${e.sessionId}-${e.level}`}>
                        <Table.Td>{title(e)}</Table.Td>
                        <Table.Td>{t(`learning:level.${e.level}`)}</Table.Td>
                        <Table.Td>{t(`learning:questionnaire.${e.status}`)}</Table.Td>
                        <Table.Td>
                          {e.status === 'answered'
                            ? format.date(e.answeredAt)
                            : e.status === 'scheduled'
                              ? t('learning:questionnaire.sendsOn', { date: format.date(e.sendOn) })
                              : e.closesOn
                                ? t('learning:questionnaire.closesOn', { date: format.date(e.closesOn) })
                                : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </section>
          <Group>
            <Anchor component={Link} to="/expiries" size="sm">
              {t('learning:record.allExpiries')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
