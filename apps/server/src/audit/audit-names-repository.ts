import { sessionTitleIn } from '@mutualis/domain/delivery/index';
import { type Lang, textIn } from '@mutualis/domain/format/index';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of the records an audit page is about, read when the page is shown (a record renamed
 * since reads under its name of today): a firm's legal name, a person's name, a session's or a
 * course's title in the reader's language… Keyed by "<entity type>:<id>"; a record gone, or a kind
 * without a name, is missing.
 */
export function auditNamesRepository(db: Db) {
  return {
    async namesOf(
      entities: { entityType: string; entityId: string | null }[],
      lang: Lang,
    ): Promise<Map<string, string>> {
      const idsOf = (type: string) => [
        ...new Set(
          entities
            .filter((e) => e.entityType === type && e.entityId && UUID.test(e.entityId))
            .map((e) => e.entityId as string),
        ),
      ];
      const names = new Map<string, string>();
      const put = (type: string, rows: { id: string; name: string | null }[]) => {
        for (const r of rows) if (r.name) names.set(`${type}:${r.id}`, r.name);
      };
      const person = sql<string>`first_name || ' ' || last_name`;
      const jobs: Promise<void>[] = [];
      const run = (type: string, read: (ids: string[]) => Promise<{ id: string; name: string | null }[]>) => {
        const ids = idsOf(type);
        if (ids.length) jobs.push(read(ids).then((rows) => put(type, rows)));
      };
      run('mutual', (ids) => db.selectFrom('mutual').select(['id', 'name']).where('id', 'in', ids).execute());
      run('member', (ids) =>
        db.selectFrom('member').select(['id', 'legal_name as name']).where('id', 'in', ids).execute(),
      );
      run('employee', (ids) =>
        db
          .selectFrom('employee')
          .select(['id', person.as('name')])
          .where('id', 'in', ids)
          .execute(),
      );
      run('user', (ids) =>
        db
          .selectFrom('app_user')
          .select(['id', sql<string>`coalesce(display_name, email)`.as('name')])
          .where('id', 'in', ids)
          .execute(),
      );
      run('member_contact', (ids) =>
        db.selectFrom('member_contact').select(['id', 'name']).where('id', 'in', ids).execute(),
      );
      run('provider', (ids) => db.selectFrom('provider').select(['id', 'name']).where('id', 'in', ids).execute());
      run('employee_import', (ids) =>
        db.selectFrom('employee_import').select(['id', 'filename as name']).where('id', 'in', ids).execute(),
      );
      run('quote_request', (ids) =>
        db.selectFrom('quote_request').select(['id', 'title as name']).where('id', 'in', ids).execute(),
      );
      run('pooling_run', (ids) =>
        db.selectFrom('pooling_run').select(['id', 'label as name']).where('id', 'in', ids).execute(),
      );
      run('attestation', (ids) =>
        db
          .selectFrom('attestation')
          .select(['id', sql<string>`number || ' — ' || participant_name`.as('name')])
          .where('id', 'in', ids)
          .execute(),
      );
      run('topic', async (ids) => {
        const rows = await db.selectFrom('topic').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute();
        return rows.map((r) => ({ id: r.id, name: textIn({ fr: r.name_fr, en: r.name_en }, lang) }));
      });
      run('course', async (ids) => {
        const rows = await db
          .selectFrom('course')
          .select(['id', 'title_fr', 'title_en'])
          .where('id', 'in', ids)
          .execute();
        return rows.map((r) => ({ id: r.id, name: textIn({ fr: r.title_fr, en: r.title_en }, lang) }));
      });
      run('training_session', async (ids) => {
        const rows = await db
          .selectFrom('training_session as s')
          .innerJoin('course as c', 'c.id', 's.course_id')
          .select(['s.id', 's.title', 's.period', 'c.title_fr', 'c.title_en'])
          .where('s.id', 'in', ids)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          name: sessionTitleIn({ ownTitle: r.title, courseTitleFr: r.title_fr, courseTitleEn: r.title_en }, lang),
        }));
      });
      run('enrolment', (ids) =>
        db
          .selectFrom('enrolment as e')
          .innerJoin('employee as emp', 'emp.id', 'e.employee_id')
          .select(['e.id', sql<string>`emp.first_name || ' ' || emp.last_name`.as('name')])
          .where('e.id', 'in', ids)
          .execute(),
      );
      run('diagnostic', (ids) =>
        db
          .selectFrom('diagnostic as d')
          .innerJoin('member as m', 'm.id', 'd.member_id')
          .select(['d.id', 'm.legal_name as name'])
          .where('d.id', 'in', ids)
          .execute(),
      );
      run('need', async (ids) => {
        const rows = await db
          .selectFrom('need as n')
          .innerJoin('member as m', 'm.id', 'n.member_id')
          .innerJoin('topic as t', 't.id', 'n.topic_id')
          .select(['n.id', 'm.legal_name', 't.name_fr', 't.name_en'])
          .where('n.id', 'in', ids)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          name: `${textIn({ fr: r.name_fr, en: r.name_en }, lang)} — ${r.legal_name}`,
        }));
      });
      await Promise.all(jobs);
      return names;
    },
  };
}
