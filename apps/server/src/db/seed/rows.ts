// Maps generated demo data (domain/demo-data) to table rows.
import type {
  GeneratedAccount,
  GeneratedEmployee,
  GeneratedFirm,
  GeneratedMutual,
  GeneratedProvider,
} from '@mutualis/domain/demo-data/index';
import type { Insertable } from 'kysely';
import type { Database } from '../tables.ts';

type Row<T extends keyof Database> = Insertable<Database[T]>;

export function mutualRow(
  m: Pick<GeneratedMutual, 'id' | 'slug' | 'name' | 'kind' | 'regionCode' | 'scianCode' | 'recognisedSince'>,
): Row<'mutual'> {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    kind: m.kind,
    region_code: m.regionCode,
    scian_code: m.scianCode,
    recognised_since: m.recognisedSince,
  };
}

export function providerRow(mutualId: string, p: GeneratedProvider, regions: string[]): Row<'provider'> {
  return {
    id: p.id,
    mutual_id: mutualId,
    name: p.name,
    kind: p.kind,
    accreditation_number: p.accreditationNumber,
    email: p.email,
    phone: p.phone,
    regions,
  };
}

export function memberRow(mutualId: string, f: GeneratedFirm): Row<'member'> {
  return {
    id: f.id,
    mutual_id: mutualId,
    legal_name: f.legalName,
    neq: f.neq,
    scian_code: f.scianCode,
    region_code: f.regionCode,
    headcount: f.headcount,
    annual_payroll_cents: f.annualPayrollCents,
    status: f.status,
    status_changed_on: f.statusChangedOn,
    status_reason: f.statusReason,
    joined_on: f.joinedOn,
    left_on: f.leftOn,
    consent_outcome_data: f.consentOutcomeData,
    address: f.address,
    city: f.city,
    postal_code: f.postalCode,
    phone: f.phone,
    website: f.website,
  };
}

export function contactRows(mutualId: string, f: GeneratedFirm): Row<'member_contact'>[] {
  return f.contacts.map((c) => ({
    mutual_id: mutualId,
    member_id: f.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    role_title: c.roleTitle,
    is_primary: c.isPrimary,
  }));
}

export function employeeRow(mutualId: string, memberId: string, e: GeneratedEmployee): Row<'employee'> {
  return {
    id: e.id,
    mutual_id: mutualId,
    member_id: memberId,
    first_name: e.firstName,
    last_name: e.lastName,
    email: e.email,
    job_title: e.jobTitle,
    noc_code: e.nocCode,
    teer: e.teer,
    education_level: e.educationLevel,
    language: e.language,
    birth_year: e.birthYear,
    hire_date: e.hireDate,
    end_date: e.endDate,
    end_reason: e.endReason,
  };
}

export function wageRows(mutualId: string, memberId: string, e: GeneratedEmployee): Row<'wage'>[] {
  return e.wages.map((w) => ({
    mutual_id: mutualId,
    member_id: memberId,
    employee_id: e.id,
    effective_on: w.effectiveOn,
    hourly_wage_cents: w.hourlyWageCents,
  }));
}

export function userRow(a: GeneratedAccount, passwordHash: string): Row<'app_user'> {
  return {
    email: a.email,
    display_name: a.displayName,
    password_hash: passwordHash,
    locale: a.locale,
    role: a.role,
    mutual_id: a.mutualId,
    member_id: a.memberId,
    provider_id: a.providerId,
  };
}
