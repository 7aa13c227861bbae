import { Group, Text } from '@mantine/core';
import type { Ecosystem } from '@mutualis/contracts';
import { useTranslation } from 'react-i18next';

const KIND_COLOR: Record<string, string> = {
  csmo: '#1c7ed6',
  college: '#7048e8',
  school_service_centre: '#ae3ec9',
  services_quebec: '#0c8599',
  employer_association: '#e8590c',
  chamber_of_commerce: '#f08c00',
  funder: '#2f9e44',
  trainer: '#c2255c',
  other: '#868e96',
};
const SIZE_RADIUS: Record<string, number> = { micro: 3, small: 4.5, medium: 6, large: 7.5 };
const SUPPORT_LETTER = { material: 'M', organisational: 'O', financial: '$' } as const;

/**
 * The mutual at the centre, its partners on the inner ring (colour: kind; letters: the support they
 * give), its member firms on the outer ring (size: size class). A text list follows for screen readers.
 */
export function NetworkView({ ecosystem }: { ecosystem: Ecosystem }) {
  const { t } = useTranslation();
  const W = 720;
  const H = 520;
  const cx = W / 2;
  const cy = H / 2;
  const partners = ecosystem.partners;
  const members = ecosystem.members;
  const at = (i: number, n: number, r: number, offset = -Math.PI / 2) => {
    const a = offset + (2 * Math.PI * i) / Math.max(n, 1);
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), a };
  };
  const summary = t('governance:network.summary', {
    partners: partners.filter((p) => p.active).length,
    members: members.length,
  });
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={summary} style={{ maxHeight: 560 }}>
        {members.map((m, i) => {
          const p = at(i, members.length, 235, -Math.PI / 2 + 0.05);
          return (
            <g key={m.id}>
              <line x1={cx} y1={cy} x2={p.x} y2={p.y} stroke="#dee2e6" strokeWidth={0.6} />
              <circle cx={p.x} cy={p.y} r={SIZE_RADIUS[m.sizeClass] ?? 4} fill="#495057">
                <title>{m.name}</title>
              </circle>
            </g>
          );
        })}
        {partners.map((p, i) => {
          const pos = at(i, partners.length, 140);
          const color = KIND_COLOR[p.kind] ?? '#868e96';
          const right = Math.cos(pos.a) >= 0;
          return (
            <g key={p.id} opacity={p.active ? 1 : 0.45}>
              <line
                x1={cx}
                y1={cy}
                x2={pos.x}
                y2={pos.y}
                stroke={color}
                strokeWidth={1 + Math.min(6, p.financialCents / 2_000_000)}
                strokeDasharray={p.active ? undefined : '4 3'}
              />
              <circle cx={pos.x} cy={pos.y} r={16} fill="#fff" stroke={color} strokeWidth={3}>
                <title>{`${p.name} — ${t(`governance:partnerKinds.${p.kind}`)}`}</title>
              </circle>
              <text x={pos.x} y={pos.y + 4} textAnchor="middle" fontSize={10} fontWeight={700} fill="#212529">
                {p.supportKinds.map((k) => SUPPORT_LETTER[k]).join('')}
              </text>
              <text
                x={pos.x + (right ? 20 : -20)}
                y={pos.y + 4}
                textAnchor={right ? 'start' : 'end'}
                fontSize={11}
                fill="#212529"
              >
                {p.name.length > 26 ? `${p.name.slice(0, 25)}…` : p.name}
              </text>
            </g>
          );
        })}
        <circle cx={cx} cy={cy} r={44} fill="#0b7285" />
        <text x={cx} y={cy + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#fff">
          {ecosystem.mutual.name.length > 16 ? `${ecosystem.mutual.name.slice(0, 15)}…` : ecosystem.mutual.name}
        </text>
      </svg>
      <figcaption>
        <Group gap="md" mt="xs" wrap="wrap">
          {Object.entries(KIND_COLOR)
            .filter(([k]) => partners.some((p) => p.kind === k))
            .map(([k, c]) => (
              <Group key={k} gap={4} wrap="nowrap">
                <span
                  aria-hidden
                  style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, border: `3px solid ${c}` }}
                />
                <Text size="xs">{t(`governance:partnerKinds.${k}`)}</Text>
              </Group>
            ))}
          <Text size="xs">{t('governance:network.legend')}</Text>
        </Group>
      </figcaption>
    </figure>
  );
}
