// What each API role may do, read from the catalogue: one line per table, view, sequence and function
// of schemas public and internal (functions of extensions such as pg_trgm left out). The allow-list
// test compares these lines with supabase/tests/access-allowlist.txt.
import type { Db } from '../../core/db/open.ts';

export const apiRoles = ['anon', 'authenticated', 'service_role'] as const;
const tableVerbs = ['select', 'insert', 'update', 'delete', 'truncate', 'references', 'trigger'];
const sequenceVerbs = ['usage', 'select', 'update'];

interface Rel { kind: 'table' | 'view' | 'sequence'; name: string; oid: number; columns: string[] }

/** Sorted lines like `table public.contacts authenticated=select,insert,update service_role=…`. */
export async function accessLines(db: Db): Promise<string[]> {
  const rels = (await db.pool.query<Rel>(`
    select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'view' else 'table' end as kind,
           n.nspname || '.' || c.relname as name, c.oid::int as oid,
           coalesce((select array_agg(a.attname::text order by a.attnum) from pg_attribute a
                      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '{}') as columns
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname in ('public', 'internal') and c.relkind in ('r', 'p', 'v', 'm', 'S')`)).rows;
  const lines: string[] = [];
  for (const rel of rels) {
    const parts: string[] = [rel.kind, rel.name];
    for (const role of apiRoles) {
      const verbs = rel.kind === 'sequence' ? await sequencePrivileges(db, role, rel) : await tablePrivileges(db, role, rel);
      if (verbs.length) parts.push(`${role}=${verbs.join(',')}`);
    }
    lines.push(parts.join(' '));
  }
  const fns = (await db.pool.query<{ name: string; definer: boolean; roles: string[] }>(`
    select n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')' as name, p.prosecdef as definer,
           array(select r from unnest($1::text[]) r where has_function_privilege(r, p.oid, 'execute')) as roles
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'internal') and p.prokind in ('f', 'p')
       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`,
    [apiRoles])).rows;
  for (const f of fns) lines.push(`function ${f.name} ${f.definer ? 'definer' : 'invoker'} execute=${f.roles.join(',') || '-'}`);
  return lines.sort();
}

async function tablePrivileges(db: Db, role: string, rel: Rel): Promise<string[]> {
  const { rows } = await db.pool.query<{ verb: string; whole: boolean; cols: string[] }>(`
    select v as verb, has_table_privilege($1, $2::oid, v) as whole,
           array(select c from unnest($3::text[]) c where v in ('select', 'insert', 'update', 'references')
                   and has_column_privilege($1, $2::oid, c, v)) as cols
      from unnest($4::text[]) v`, [role, rel.oid, rel.columns, tableVerbs]);
  return rows.flatMap((r) => (r.whole ? [r.verb] : r.cols.length ? [`${r.verb}(${r.cols.join(',')})`] : []));
}

async function sequencePrivileges(db: Db, role: string, rel: Rel): Promise<string[]> {
  const { rows } = await db.pool.query<{ verb: string }>(
    `select v as verb from unnest($3::text[]) v where has_sequence_privilege($1, $2::oid, v)`, [role, rel.oid, sequenceVerbs]);
  return rows.map((r) => r.verb);
}
