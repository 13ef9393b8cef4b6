import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, CypherFileError, CypherLibrary, parseStatement } from '../../src/graph/cypher-library.js';

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
      writeFileSync(join(root, 'migrations', `${name}.cypher`), `${header([`name: migrations/${name}`, 'mode: schema'])}\nCREATE INDEX i IF NOT EXISTS FOR (n:N) ON (n.p)`);
    }
    const library = CypherLibrary.load(root);
    expect(library.under('migrations').map((s) => s.name)).toEqual(['migrations/0001-a', 'migrations/0002-b']);
  });

  it('fails when asked for a statement that has no file', () => {
    expect(() => cypher.get('customers/nope')).toThrow(CypherFileError);
    expect(() => cypher.get('customers/nope')).toThrow("No Cypher statement named 'customers/nope': expected a file cypher/customers/nope.cypher");
  });

  it('has every statement the service asks for at start-up', async () => {
    // Modules look their statements up when imported: importing the service proves they all exist.
    await expect(import('../../src/service.js')).resolves.toHaveProperty('createService');
  });
});
