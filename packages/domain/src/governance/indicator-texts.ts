// The scorecard's indicators in words, in French and English: the page, the open-data dictionary
// and the PDF read the same definitions.
import type { IndicatorKey, ScorecardDimension } from './scorecard.ts';

export interface IndicatorText {
  name: string;
  definition: string;
}

/** Each dimension's name. */
export const DIMENSION_NAMES: Record<ScorecardDimension, { fr: string; en: string }> = {
  leadership: { fr: 'Leadership', en: 'Leadership' },
  ecosystem: { fr: 'Écosystème', en: 'Ecosystem' },
  viability: { fr: 'Viabilité', en: 'Viability' },
  reach: { fr: 'Portée', en: 'Reach' },
  results: { fr: 'Résultats', en: 'Results' },
};

/** Each indicator's name and definition. */
export const INDICATOR_TEXTS: Record<IndicatorKey, { fr: IndicatorText; en: IndicatorText }> = {
  board_compliant: {
    fr: {
      name: 'Conseil conforme',
      definition:
        "1 si, le dernier jour de l'année, les représentants des employeurs sont majoritaires au conseil et la main-d'œuvre y est représentée (art. 3), sinon 0.",
    },
    en: {
      name: 'Board follows the rules',
      definition:
        'On the last day of the year, 1 if employer representatives are a majority of the board and the workforce is represented on it (s.3), else 0.',
    },
  },
  board_meetings: {
    fr: { name: 'Réunions du conseil', definition: "Réunions du conseil tenues dans l'année." },
    en: { name: 'Board meetings', definition: 'Board meetings held in the year.' },
  },
  board_attendance: {
    fr: {
      name: 'Assiduité au conseil',
      definition:
        "Présences aux réunions tenues dans l'année, divisées par les sièges occupés le jour de chaque réunion.",
    },
    en: {
      name: 'Board attendance',
      definition:
        'Members present at the meetings held in the year, divided by the members sitting on each meeting day.',
    },
  },
  active_leaders: {
    fr: {
      name: 'Leaders actifs',
      definition:
        "Leaders (présidence, coordination, champions dans les entreprises membres) ayant assisté à une réunion, recruté une entreprise ou obtenu une ressource dans l'année.",
    },
    en: {
      name: 'Active leaders',
      definition:
        'Leaders (chair, coordinator, champions in member firms) who attended a meeting, recruited a firm or secured a resource in the year.',
    },
  },
  active_partners: {
    fr: {
      name: 'Partenaires actifs',
      definition: "Organisations partenaires dont la relation avec la mutuelle couvre une partie de l'année.",
    },
    en: {
      name: 'Active partners',
      definition: 'Partner organisations whose relation with the mutual covers part of the year.',
    },
  },
  partner_kinds: {
    fr: {
      name: 'Types de partenaires',
      definition:
        'Types distincts de partenaires actifs (CSMO, cégep, centre de services scolaire, Services Québec, association, chambre de commerce, bailleur, formateur).',
    },
    en: {
      name: 'Kinds of partner',
      definition:
        'Distinct kinds of active partner (workforce committee, college, school service centre, Services Québec, association, chamber of commerce, funder, trainer).',
    },
  },
  support_kinds: {
    fr: {
      name: 'Types de soutien',
      definition: "Types distincts de soutien reçus dans l'année : matériel, organisationnel, financier (0 à 3).",
    },
    en: {
      name: 'Kinds of support',
      definition: 'Distinct kinds of support received in the year: material, organisational, financial (0 to 3).',
    },
  },
  financial_support: {
    fr: {
      name: 'Soutien financier',
      definition: "Montants du soutien financier accordé par les partenaires dans l'année.",
    },
    en: { name: 'Financial support', definition: 'Financial support granted by partners in the year.' },
  },
  funding_diversity: {
    fr: {
      name: 'Diversité du financement',
      definition:
        "1 moins l'indice de Herfindahl des montants par partenaire : 0 avec une seule source, près de 1 avec plusieurs sources égales.",
    },
    en: {
      name: 'Funding diversity',
      definition:
        'One minus the Herfindahl index of the amounts by partner: 0 with a single source, near 1 with many equal sources.',
    },
  },
  active_members: {
    fr: { name: 'Entreprises membres', definition: "Entreprises membres actives le dernier jour de l'année." },
    en: { name: 'Member firms', definition: 'Member firms active on the last day of the year.' },
  },
  renewal_rate: {
    fr: {
      name: 'Taux de renouvellement',
      definition: "Parmi les membres actifs le 1er janvier, part encore membres le dernier jour de l'année.",
    },
    en: {
      name: 'Renewal rate',
      definition: 'Of the members active on 1 January, the share still members on the last day of the year.',
    },
  },
  ledger_balance: {
    fr: {
      name: 'Solde des fonds',
      definition:
        "Actif net de la comptabilité distincte de la mutuelle (art. 10) — actif moins passif — à la fin de l'année (ou aujourd'hui pour l'année en cours), selon son grand livre.",
    },
    en: {
      name: 'Fund balance',
      definition:
        "Net assets of the mutual's separate accounts (s.10) — assets minus liabilities — at the end of the year (or today for the current year), from its ledger.",
    },
  },
  grant_dependency: {
    fr: {
      name: 'Dépendance aux subventions',
      definition:
        "Part des produits de l'année inscrits aux comptes de subventions (dont ceux de chaque bailleur), selon le grand livre.",
    },
    en: {
      name: 'Grant dependency',
      definition: "Share of the year's revenue posted to the grant accounts (each funder's included), from the ledger.",
    },
  },
  firms_served: {
    fr: {
      name: 'Entreprises rejointes',
      definition:
        "Entreprises dont au moins un employé a suivi une formation de la mutuelle dans l'année (rapport annuel d'activité, ou sessions tenues dans Mutualis).",
    },
    en: {
      name: 'Firms reached',
      definition:
        'Firms with at least one employee trained by the mutual in the year (annual activity report, or sessions held in Mutualis).',
    },
  },
  workers_served: {
    fr: { name: 'Travailleurs rejoints', definition: "Personnes distinctes formées par la mutuelle dans l'année." },
    en: { name: 'Workers reached', definition: 'Distinct people trained by the mutual in the year.' },
  },
  micro_small_share: {
    fr: {
      name: 'Part de micro et petites entreprises',
      definition: 'Parmi les entreprises rejointes, part de celles de moins de 100 employés.',
    },
    en: {
      name: 'Share of micro and small firms',
      definition: 'Of the firms reached, the share with fewer than 100 employees.',
    },
  },
  low_skilled_share: {
    fr: {
      name: 'Part de travailleurs peu qualifiés',
      definition:
        'Parmi les travailleurs rejoints, part sans diplôme ou avec un diplôme d’études secondaires seulement.',
    },
    en: {
      name: 'Share of low-skilled workers',
      definition: 'Of the workers reached, the share with no diploma or a secondary school diploma only.',
    },
  },
  retention_12m: {
    fr: {
      name: 'Rétention à 12 mois',
      definition:
        "Part des personnes formées l'année précédente encore chez leur employeur 12 mois après la formation, selon le registre ; au moins 5 personnes de 3 entreprises.",
    },
    en: {
      name: '12-month retention',
      definition:
        'Share of the people trained the year before still with their employer 12 months after training, from the registry; at least 5 people from 3 firms.',
    },
  },
  wage_change: {
    fr: {
      name: 'Évolution des salaires',
      definition:
        "Évolution médiane du salaire horaire des personnes formées l'année précédente, restées chez leur employeur, sur les 12 mois suivant la formation (sans groupe de comparaison : voir les données probantes) ; au moins 5 personnes de 3 entreprises.",
    },
    en: {
      name: 'Wage change',
      definition:
        'Median change of the hourly wage of the people trained the year before who stayed with their employer, over the 12 months after training (no comparison group: see the evidence page); at least 5 people from 3 firms.',
    },
  },
  productivity_change: {
    fr: {
      name: 'Évolution de la productivité',
      definition:
        "Évolution médiane de la productivité, d'une année à l'autre et selon la même mesure, des entreprises dont des personnes ont été formées l'année précédente (sans groupe de comparaison) ; au moins 3 entreprises.",
    },
    en: {
      name: 'Productivity change',
      definition:
        'Median year-on-year productivity change, on the same measure, of the firms whose people were trained the year before (no comparison group); at least 3 firms.',
    },
  },
};
