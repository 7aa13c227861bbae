// The messages of the service itself: readiness (health) and admission (http) (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const serviceMessages = {
  instance_stopping: { fr: 'Cette instance s’arrête', en: 'This instance is stopping' },
  database_not_answering: { fr: 'La base de données ne répond pas', en: 'The database does not answer' },
  migrations_pending: {
    fr: 'Migrations pas encore appliquées\u00a0: {names}',
    en: 'Migrations not applied yet: {names}',
  },
  no_migration_applied: { fr: 'Aucune migration n’est encore appliquée', en: 'No migration is applied yet' },
  database_interrupted: {
    fr: 'La connexion à la base de données a été interrompue. Vérifiez si la modification a été enregistrée, puis réessayez.',
    en: 'The connection to the database was interrupted. Check whether the change was saved, then try again.',
  },
  server_busy: {
    fr: 'Le serveur est occupé; rien n’a été fait. Réessayez dans un instant.',
    en: 'The server is busy; nothing was done. Please try again in a moment.',
  },
} as const satisfies Record<string, Texts>;
