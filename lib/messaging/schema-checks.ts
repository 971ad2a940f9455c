/** Message checks made from valibot schemas: the first issue's path and message is the reason. */
import * as v from 'valibot';
import type { Check, Checks } from './channel';
import type { AnyProtocol, RequestOf } from './protocol';

export type Schemas<P extends AnyProtocol> = {
  [K in keyof P]: v.GenericSchema<unknown, RequestOf<P, K>>;
};

export function checkWith<T>(schema: v.GenericSchema<unknown, T>): Check<T> {
  return (data) => {
    const parsed = v.safeParse(schema, data);
    if (parsed.success) return { ok: true, value: parsed.output };
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `${where ? `${where}: ` : ''}${issue?.message ?? ''}` };
  };
}

export function checksOf<P extends AnyProtocol>(schemas: Schemas<P>): Checks<P> {
  const checks: Partial<Checks<P>> = {};
  for (const type of Object.keys(schemas) as (keyof P)[]) checks[type] = checkWith(schemas[type]);
  return checks as Checks<P>;
}
