import { MigrationInterface, QueryRunner } from 'typeorm';

/** The fields of an AVE case's `pendingRegie` whose names changed to English ones: old name, new name. */
const RENAMED: ReadonlyArray<readonly [string, string]> = [
  ['niveau', 'level'],
  ['termijn', 'term'],
  ['door', 'designatedBy'],
];

/**
 * Renames the keys `from` to `to` in the `pendingRegie` object of every stored AVE snapshot that still has one of
 * them. The machine reads the snapshot's context as it is, so a case waiting for a regie acceptance under the old
 * names would lose its level, term and designator once the new code loads it. Only the context changes: the
 * projection (aveLevel, regieOntvanger, regieOntvangerRol), `regie_pending` and the version stay as they are.
 */
function renameKeys(pairs: ReadonlyArray<readonly [string, string]>): string {
  const old = pairs.map(([from]) => `'${from}'`).join(', ');
  const key = `CASE e.key ${pairs.map(([from, to]) => `WHEN '${from}' THEN '${to}'`).join(' ')} ELSE e.key END`;
  return `
    UPDATE cases SET snapshot = jsonb_set(snapshot, '{context,pendingRegie}', coalesce(
      (SELECT jsonb_object_agg(${key}, e.value) FROM jsonb_each(snapshot #> '{context,pendingRegie}') e),
      '{}'::jsonb))
    WHERE workflow = 'ave'
      AND jsonb_typeof(snapshot #> '{context,pendingRegie}') = 'object'
      AND (snapshot #> '{context,pendingRegie}') ?| ARRAY[${old}]`;
}

export class AvePendingRegieFields1763900000031 implements MigrationInterface {
  name = 'AvePendingRegieFields1763900000031';

  async up(q: QueryRunner): Promise<void> {
    await q.query(renameKeys(RENAMED));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(renameKeys(RENAMED.map(([from, to]) => [to, from] as const)));
  }
}
