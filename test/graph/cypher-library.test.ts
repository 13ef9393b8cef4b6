import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, CypherFileError, CypherLibrary, parseStatement } from '../../src/graph/cypher-library.js';
import { composedStatement, Piece, useFragment } from '../../src/graph/fragments.js';
import { statementIndex, statementIndexFile } from '../../src/graph/statement-index.js';
import { projectRoot } from '../../src/project.js';

const header = (lines: string[]) => lines.map((line) => `// ${line}`).join('\n');

describe('Cypher files', () => {
  it('reads the name, mode, parameters and description from the header', () => {
    const source = `${header(['name: customers/by-id', 'mode: read', 'param $id: the id', 'One customer.'])}\nMATCH (c:Customer {id: $id}) RETURN c`;
    expect(parseStatement('f.cypher', 'customers/by-id', source)).toMatchObject({
      name: 'customers/by-id',
      mode: 'read',
      params: ['id'],
      description: 'One customer.',
      text: 'MATCH (c:Customer {id: $id}) RETURN c',
    });
  });

  it.each([
    ['a header naming another statement', ['name: other', 'mode: read'], 'RETURN 1', /must name the statement 'x\/y' \(found 'other'\)/],
    ['no mode', ['name: x/y'], 'RETURN 1', /must give a mode/],
    ['an unknown mode', ['name: x/y', 'mode: fast'], 'RETURN 1', /must give a mode/],
    ['no statement', ['name: x/y', 'mode: read'], '', /has no statement/],
    ['an undeclared parameter', ['name: x/y', 'mode: read'], 'RETURN $id', /does not declare: \$id/],
    ['an unused parameter', ['name: x/y', 'mode: read', 'param $id: never used'], 'RETURN 1', /never uses: \$id/],
  ])('refuses a file with %s, naming the file', (_case, lines, body, problem) => {
    expect(() => parseStatement('cypher/x/y.cypher', 'x/y', `${header(lines)}\n${body}`)).toThrow(problem);
    expect(() => parseStatement('cypher/x/y.cypher', 'x/y', `${header(lines)}\n${body}`)).toThrow(/^cypher\/x\/y.cypher: /);
  });

  it('loads a folder tree, names statements by path and lists a folder in order', () => {
    const root = mkdtempSync(join(tmpdir(), 'cypher-'));
    mkdirSync(join(root, 'migrations'));
    for (const name of ['0002-b', '0001-a']) {
      writeFileSync(
        join(root, 'migrations', `${name}.cypher`),
        `${header([`name: migrations/${name}`, 'mode: schema'])}\nCREATE INDEX i IF NOT EXISTS FOR (n:N) ON (n.p)`,
      );
    }
    const library = CypherLibrary.load(root);
    expect(library.under('migrations').map((s) => s.name)).toEqual(['migrations/0001-a', 'migrations/0002-b']);
  });

  it('fails when asked for a statement that has no file', () => {
    // A name without a file does not type-check; asked anyway (as from JavaScript), it fails.
    const untyped = cypher as CypherLibrary;
    expect(() => untyped.get('customers/nope')).toThrow(CypherFileError);
    expect(() => untyped.get('customers/nope')).toThrow(
      "No Cypher statement named 'customers/nope': expected a file cypher/customers/nope.cypher",
    );
  });

  it('has a current typed index of its statements (npm run cypher:index)', () => {
    expect(readFileSync(statementIndexFile, 'utf8')).toBe(statementIndex());
  });

  it('keeps test-only statements out of the product: nothing under src/ names cypher/test-support', () => {
    const src = join(projectRoot, 'src');
    // The typed index lists every name, the test-support ones among them.
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('statement-names.generated.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => readFileSync(join(src, file), 'utf8').includes('test-support/'))).toEqual([]);
  });

  it('has every statement the service asks for at start-up', async () => {
    // Modules look their statements up when imported: importing the service proves they all exist.
    await expect(import('../../src/service.js')).resolves.toHaveProperty('createService');
  });
});

describe('Cypher fragments', () => {
  const fragment = (name: string, lines: string[], body: string) =>
    parseStatement(`cypher/${name}.cypher`, name, `${header([`name: ${name}`, 'mode: fragment', ...lines])}\n${body}`);
  const sku = fragment('f/sku', ['param $sku: a SKU'], 'p.sku = $sku');
  const since = fragment('f/since', ['param $since: an instant'], 'o.placedAt >= datetime($since)');
  const bought = fragment(
    'f/bought',
    ['slot {{conditions}} joined by AND: what the line must be', 'Bought something.'],
    'EXISTS {\n  MATCH (c)-[:PLACED]->(o)-[:CONTAINS]->(p)\n  WHERE {{conditions}}\n}',
  );
  const either = fragment('f/either', ['slot {{clauses}} joined by OR: choices'], '(\n  {{clauses}}\n)');
  const page = fragment(
    'f/page',
    ['slot {{where}}: the condition', 'param $limit: size'],
    'MATCH (c:Customer) WHERE {{where}}\nRETURN c LIMIT $limit',
  );

  it('reads slots from the header, with the keyword that joins a list', () => {
    expect(bought).toMatchObject({
      mode: 'fragment',
      params: [],
      slots: [{ name: 'conditions', joinedBy: 'AND' }],
      description: 'Bought something.',
    });
    expect(page.slots).toEqual([{ name: 'where' }]);
  });

  it.each([
    ['a slot in a statement', ['name: x/y', 'mode: read', 'slot {{a}}: piece'], 'RETURN {{a}}', /only a fragment may have slots/],
    ['an undeclared slot', ['name: x/y', 'mode: fragment'], 'RETURN {{a}}', /does not declare: \{\{a\}\}/],
    ['an unused slot', ['name: x/y', 'mode: fragment', 'slot {{a}}: piece'], 'RETURN 1', /never uses: \{\{a\}\}/],
  ])('refuses a file with %s', (_case, lines, body, problem) => {
    expect(() => parseStatement('cypher/x/y.cypher', 'x/y', `${header(lines)}\n${body}`)).toThrow(problem);
  });

  it('renames parameters per use, fills slots indented to their line, and lists what it used', () => {
    const first = useFragment(bought, 'c1', { conditions: [useFragment(sku, 'c1'), useFragment(since, 'c1')] });
    const second = useFragment(bought, 'c2', { conditions: useFragment(sku, 'c2') });
    const statement = composedStatement(
      'f/page',
      'read',
      useFragment(page, null, { where: useFragment(either, null, { clauses: [first, second] }) }),
      'Buyers.',
    );
    expect(statement.text).toBe(
      [
        'MATCH (c:Customer) WHERE (',
        '  EXISTS {',
        '    MATCH (c)-[:PLACED]->(o)-[:CONTAINS]->(p)',
        '    WHERE p.sku = $c1_sku',
        '    AND o.placedAt >= datetime($c1_since)',
        '  }',
        '  OR EXISTS {',
        '    MATCH (c)-[:PLACED]->(o)-[:CONTAINS]->(p)',
        '    WHERE p.sku = $c2_sku',
        '  }',
        ')',
        'RETURN c LIMIT $limit',
      ].join('\n'),
    );
    expect(statement).toMatchObject({ name: 'f/page', mode: 'read', params: ['limit', 'c1_sku', 'c1_since', 'c2_sku'] });
    expect(statement.file).toBe('composed from f/page, f/either, f/bought, f/sku, f/since');
  });

  it('refuses a missing or surplus piece, a statement used as a fragment, and a piece made by hand', () => {
    expect(() => useFragment(bought, 'c1')).toThrow('f/bought: slot {{conditions}} needs at least one piece');
    expect(() => useFragment(page, null, { where: [useFragment(sku, 'a'), useFragment(sku, 'b')] })).toThrow(
      'slot {{where}} needs exactly one piece',
    );
    expect(() => useFragment(sku, 'c1', { nope: useFragment(sku, 'c2') })).toThrow('f/sku has no slot nope');
    expect(() => useFragment(cypher.get('customers/count'), 'c1')).toThrow('customers/count is a read statement, not a fragment');
    expect(() => new Piece(Symbol('made by useFragment') as never, 'MATCH (n) DETACH DELETE n', [], [])).toThrow(/library fragments only/);
  });

  it('loads the audience fragments of the project', () => {
    expect(cypher.under('audiences').every((statement) => statement.mode === 'fragment')).toBe(true);
    expect(cypher.get('audiences/rows').slots).toEqual([{ name: 'start' }, { name: 'conditions', joinedBy: 'AND' }]);
  });
});
