import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERDICTS } from '../../src/engine';
import { CONFIG_KEYS } from '../../src/host/config';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_LANGUAGES, DEFAULT_SEVERITY } from '../../src/host/defaults';

const ROOT = join(__dirname, '..', '..', '..');

interface Manifest {
  main: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; default?: unknown }> };
    languages: { id: string; configuration: string; filenames?: string[]; filenamePatterns?: string[] }[];
    grammars: { language: string; path: string }[];
    yamlValidation: { url: string; fileMatch: string[] }[];
    walkthroughs: { steps: { media: { image: string } }[] }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
  activationEvents: string[];
  scripts: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const extensionSource = readdirSync(join(ROOT, 'src', 'extension'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(ROOT, 'src', 'extension', f), 'utf8'))
  .join('\n');

/** The manifest and the code must agree, as cspell and markdownlint test their own. */
describe('package.json manifest', () => {
  it('has a handler for every contributed command, and a title and category on each', () => {
    for (const c of manifest.contributes.commands) {
      assert.ok(extensionSource.includes(`'${c.command}'`), `no handler registered for ${c.command}`);
      assert.equal(c.category, 'Crosscheck');
      assert.ok(c.title.length > 3);
    }
  });

  it('contributes every command the code registers', () => {
    const registered = [...extensionSource.matchAll(/registerCommand\('([\w.]+)'/g)].map((m) => m[1]);
    const constants = [...extensionSource.matchAll(/_COMMAND = '([\w.]+)'/g)].map((m) => m[1]);
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const id of [...registered, ...constants]) assert.ok(contributed.has(id), `${id} is registered but not contributed`);
  });

  it('describes every setting, and the code reads each one', () => {
    const config = readFileSync(join(ROOT, 'src', 'extension', 'config.ts'), 'utf8');
    for (const [key, prop] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(prop.description || prop.markdownDescription, `${key} has no description`);
      const name = key.replace(/^crosscheck\./, '');
      const readDirectly = config.includes(`'${name}'`);
      const readAsSeverity = name.startsWith('severity.') && (VERDICTS as readonly string[]).includes(name.slice('severity.'.length));
      assert.ok(readDirectly || readAsSeverity, `${key} is not read by config.ts`);
    }
  });

  it('contributes the defaults the CLI and the engine use (host/defaults.ts)', () => {
    const props = manifest.contributes.configuration.properties;
    for (const v of VERDICTS) assert.equal(props[`crosscheck.severity.${v}`].default, DEFAULT_SEVERITY[v], `severity.${v}`);
    assert.deepEqual(props['crosscheck.languages'].default, DEFAULT_LANGUAGES);
    assert.equal(props['crosscheck.debounce'].default, DEFAULT_DEBOUNCE_MS);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'crosscheck.schema.json'), 'utf8')) as {
      properties: { severity: { properties: Record<string, { default: string }> }; languages: { default: string[] } };
    };
    for (const v of VERDICTS) assert.equal(schema.properties.severity.properties[v].default, DEFAULT_SEVERITY[v], `schema severity.${v}`);
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS], 'the schema describes exactly the keys config.ts reads');
    assert.deepEqual(schema.properties.languages.default, DEFAULT_LANGUAGES);
  });

  it("documents in the README's settings table every setting with the default package.json gives it", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = new Map([...readme.matchAll(/^\| `(crosscheck\.[\w.]+)` \| `([^`]*)` \|/gm)].map((m) => [m[1], m[2]]));
    for (const [key, prop] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(rows.has(key), `${key} is not in the README's settings table`);
      const written = typeof prop.default === 'string' ? prop.default : JSON.stringify(prop.default);
      assert.equal(rows.get(key)?.replace(/^"|"$/g, ''), written.replace(/,/g, ', '), `README default of ${key}`);
    }
  });

  it("lists in the README's commands table exactly the commands the palette shows", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| Crosscheck: ([^|]+?) \|/gm)].map((m) => m[1]).sort();
    const hidden = new Set(manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command));
    const shown = manifest.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => c.title);
    assert.deepEqual(rows, shown.sort());
  });

  it('claims *.facts.yaml by name, and never a plain facts.yaml (another tool may own it)', () => {
    const names = manifest.contributes.languages.flatMap((l) => [...(l.filenames ?? []), ...(l.filenamePatterns ?? [])]);
    assert.deepEqual(names, ['*.facts.yaml']);
    assert.ok(!manifest.contributes.yamlValidation.some((y) => y.fileMatch.includes('facts.yaml')));
    assert.ok(manifest.contributes.yamlValidation.some((y) => y.fileMatch.includes('.crosscheck.yaml') && y.url === './schemas/crosscheck.schema.json'));
    assert.ok(!manifest.activationEvents.some((e) => e.endsWith('/facts.yaml')));
  });

  it('keeps engines.vscode and @types/vscode at the VS Code the tests run (1.100)', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
  });

  it('points at files that exist', () => {
    for (const l of manifest.contributes.languages) assert.ok(existsSync(join(ROOT, l.configuration)), l.configuration);
    for (const g of manifest.contributes.grammars) assert.ok(existsSync(join(ROOT, g.path)), g.path);
    for (const y of manifest.contributes.yamlValidation) assert.ok(existsSync(join(ROOT, y.url)), y.url);
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) assert.ok(existsSync(join(ROOT, step.media.image)), step.media.image);
    assert.equal(manifest.main, './dist/extension.js');
  });
});
