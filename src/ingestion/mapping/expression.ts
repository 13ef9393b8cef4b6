import jsonata from 'jsonata';

/**
 * The mapping's escape hatch: JSONata, a query language with no access to the process (it can
 * only read the row it is given and call its own built-in functions), run with a time and depth
 * limit per record so a runaway expression fails that record instead of the import.
 */
export interface Expression {
  evaluate(row: Record<string, unknown>): Promise<unknown>;
}

const limits = { timeout: 100, stack: 200, sequence: 10_000 };

export class ExpressionError extends Error {}

export function compileExpression(text: string): Expression {
  let compiled: ReturnType<typeof jsonata>;
  try {
    compiled = jsonata(text, limits);
  } catch (error) {
    throw new ExpressionError(describe(error));
  }
  return {
    async evaluate(row) {
      try {
        return (await compiled.evaluate(row)) as unknown;
      } catch (error) {
        throw new ExpressionError(describe(error));
      }
    },
  };
}

/** JSONata's errors are plain objects with a message, a code and where in the text it went wrong. */
function describe(error: unknown): string {
  const { message, position, code } = error as { message?: string; position?: number; code?: string };
  if (code === 'D1012') return `took longer than ${limits.timeout} ms`;
  return `${message ?? String(error)}${position === undefined ? '' : ` (at character ${position})`}`;
}
