/**
 * Route data of the open-data page (/du-lieu/): how many plans the files hold, an example
 * record, and the record's fields with the descriptions the schema itself carries (the
 * same texts the published JSON Schema has), so that the page cannot drift from the files.
 */
import { getRecords } from '../catalog';
import { planRecordFields } from '../../lib/open-data';

export interface OpenDataPageData {
  count: number;
  /** The id of the first record, linked as an example of a per-plan file. */
  exampleId: string;
  fields: { name: string; description: string }[];
}

export async function openDataPageData(): Promise<OpenDataPageData> {
  const records = await getRecords();
  const first = records[0];
  if (!first) throw new Error('The open-data page needs at least one plan');
  return { count: records.length, exampleId: first.id, fields: planRecordFields() };
}
