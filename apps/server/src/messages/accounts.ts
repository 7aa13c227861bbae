// The accounts and mutuals areas' messages (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const accountMessages = {
  invalid_credentials: { fr: 'Courriel ou mot de passe incorrect', en: 'Wrong e-mail or password' },
  token_invalid: {
    fr: 'Ce lien n’est pas valide, a déjà servi ou a expiré',
    en: 'This link is invalid, already used or expired',
  },
  not_current_password: { fr: 'Ce n’est pas votre mot de passe actuel', en: 'This is not your current password' },
  email_taken: { fr: 'Un compte utilise déjà ce courriel', en: 'An account already uses this e-mail' },
  account_deactivated: {
    fr: 'Ce compte est désactivé; réactivez-le d’abord',
    en: 'This account is deactivated; reactivate it first',
  },
  account_already_active: { fr: 'Ce compte est déjà activé', en: 'This account is already activated' },
  role_not_grantable: { fr: 'Vous ne pouvez pas donner ce rôle', en: 'You may not give this role' },
  required_for_role: { fr: 'Obligatoire pour ce rôle', en: 'Required for this role' },
  required_for_member_contact: { fr: 'Obligatoire pour une entreprise membre', en: 'Required for a member contact' },
  required_for_funder: { fr: 'Obligatoire pour un bailleur de fonds', en: 'Required for a funder' },
  funder_role_kept: {
    fr: 'Les comptes de bailleur et de chercheur sont invités comme tels et gardent leur rôle',
    en: 'Funder and researcher accounts are invited as such and keep their role',
  },
  required_for_trainer: { fr: 'Obligatoire pour un formateur', en: 'Required for a trainer' },
  own_account_active: {
    fr: 'Vous ne pouvez pas désactiver ni réactiver votre propre compte',
    en: 'You may not deactivate or reactivate your own account',
  },
  own_role: { fr: 'Vous ne pouvez pas changer votre propre rôle', en: 'You may not change your own role' },
  platform_admin_apart: {
    fr: 'Les comptes d’administration de la plateforme se gèrent à part',
    en: 'Platform administrator accounts are managed apart',
  },
  slug_taken: { fr: 'Une autre mutuelle utilise déjà cet identifiant', en: 'Another mutual already uses this slug' },
  sso_not_enabled: {
    fr: 'Cette mutuelle n’offre pas la connexion unique',
    en: 'This mutual does not offer single sign-on',
  },
  sso_issuer_not_https: {
    fr: 'L’adresse du fournisseur doit commencer par https:// (http:// seulement pour localhost ou 127.0.0.1, hors production)',
    en: 'The provider’s address must start with https:// (http:// only for localhost or 127.0.0.1, outside production)',
  },
  sso_secret_required: {
    fr: 'Donnez le secret du client pour activer la connexion unique',
    en: 'Give the client secret to enable single sign-on',
  },
  retry_failed_only: { fr: 'Seul un courriel en échec peut être renvoyé', en: 'Only a failed message can be retried' },
} as const satisfies Record<string, Texts>;
