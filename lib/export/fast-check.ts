/**
 * A compiled copy of a valibot schema for the common case: a valid record. valibot builds a
 * dataset and an issue list for every field of every record, which made checking a 10,000-item
 * backup the slowest part of a restore after the writes; these closures only say yes (with the
 * same output valibot would give) or no. On a no, the caller runs valibot to name the problem,
 * so a refusal reads exactly as before.
 *
 * It is compiled from the schema itself, not written beside it, so the two cannot drift apart: a
 * schema node or action it does not know makes `compileCheck` throw when the module loads.
 */
import type * as v from 'valibot';

/** What a compiled check returns for a value the schema refuses. */
export const REFUSED: unique symbol = Symbol('refused');
export type Check<T> = (input: unknown) => T | typeof REFUSED;

interface Node {
  kind: string;
  type: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  default?: unknown;
  fallback?: unknown;
  options?: readonly unknown[];
  requirement?: unknown;
}

type Test = (value: never) => boolean;

/** The validation actions of a pipe, as plain tests (the same comparisons valibot makes). */
function actionTest(action: Node): Test {
  const requirement = action.requirement as never;
  switch (action.type) {
    case 'max_length':
      return (value: { length: number }) => value.length <= requirement;
    case 'min_length':
      return (value: { length: number }) => value.length >= requirement;
    case 'regex':
      return (value: string) => (requirement as RegExp).test(value);
    case 'integer':
      return (value: number) => Number.isInteger(value);
    case 'min_value':
      return (value: number) => value >= requirement;
    case 'max_value':
      return (value: number) => value <= requirement;
    case 'check':
      return (value: never) => (requirement as Test)(value);
    default:
      throw new Error(`fast check: unsupported action "${action.type}"`);
  }
}

function compileNode(node: Node): Check<unknown> {
  if (node.pipe) {
    const [base, ...actions] = node.pipe;
    if (!base) throw new Error('fast check: empty pipe');
    for (const action of actions)
      if (action.kind !== 'validation') throw new Error(`fast check: unsupported ${action.kind} "${action.type}"`);
    const check = compileNode({ ...base, pipe: undefined });
    const tests = actions.map(actionTest);
    return (input) => {
      const output = check(input);
      if (output === REFUSED) return REFUSED;
      for (const test of tests) if (!test(output as never)) return REFUSED;
      return output;
    };
  }
  if (node.default !== undefined || node.fallback !== undefined)
    throw new Error('fast check: defaults and fallbacks are not supported');
  switch (node.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : REFUSED);
    case 'number':
      return (input) => (typeof input === 'number' && !Number.isNaN(input) ? input : REFUSED);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : REFUSED);
    case 'picklist': {
      const options = node.options ?? [];
      return (input) => (options.includes(input) ? input : REFUSED);
    }
    case 'optional':
    case 'nullable':
    case 'nullish': {
      const wrapped = compileNode(node.wrapped as Node);
      const allowsNull = node.type !== 'optional';
      const allowsUndefined = node.type !== 'nullable';
      return (input) =>
        (input === null && allowsNull) || (input === undefined && allowsUndefined) ? input : wrapped(input);
    }
    case 'array': {
      const item = compileNode(node.item as Node);
      return (input) => {
        if (!Array.isArray(input)) return REFUSED;
        const output: unknown[] = [];
        for (const value of input) {
          const checked = item(value);
          if (checked === REFUSED) return REFUSED;
          output.push(checked);
        }
        return output;
      };
    }
    case 'object':
      return compileObject(node.entries ?? {});
    default:
      throw new Error(`fast check: unsupported schema "${node.type}"`);
  }
}

/** Known keys only, in the schema's order; a key may be left out only when its schema allows undefined. */
function compileObject(entries: Record<string, Node>): Check<unknown> {
  const fields = Object.entries(entries).map(([key, node]) => ({
    key,
    check: compileNode(node),
    // As valibot: a pipe carries its first schema's type.
    optional: node.type === 'optional' || node.type === 'nullish',
  }));
  return (input) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return REFUSED;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const { key, check, optional } of fields) {
      if (!(key in record)) {
        if (optional) continue;
        return REFUSED;
      }
      const checked = check(record[key]);
      if (checked === REFUSED) return REFUSED;
      output[key] = checked;
    }
    return output;
  };
}

/** A fast check with valibot's accept/refuse and output, for the schema nodes the backup uses. */
export function compileCheck<const S extends v.GenericSchema>(schema: S): Check<v.InferOutput<S>> {
  return compileNode(schema as unknown as Node) as Check<v.InferOutput<S>>;
}
