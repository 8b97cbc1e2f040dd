// Translation files: one source catalogue, one file per language.
//
//   node .ci/i18n.mjs extract   writes src/locale/messages.json: the interface's messages (from
//                               `ng extract-i18n`) and the questionnaire content (from the domain)
//   node .ci/i18n.mjs check     fails when that file is out of date with the code, or when a
//                               language file misses a message, has one too many, or drops a
//                               placeholder
//   node .ci/i18n.mjs locales   the language-file part of `check` only (fast; run before a build)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const localeDir = join(root, 'src/locale');
const sourceFile = join(localeDir, 'messages.json');

const command = process.argv[2];
if (command === 'extract') {
  const source = format(await extract());
  mkdirSync(localeDir, { recursive: true });
  writeFileSync(sourceFile, source);
  console.log(`Wrote ${sourceFile}`);
} else if (command === 'check') {
  const fresh = format(await extract());
  const problems = [];
  if (fresh !== readFileSync(sourceFile, 'utf8')) {
    problems.push(
      'src/locale/messages.json is out of date with the code: run `npm run i18n:extract`.',
    );
  }
  problems.push(...checkLocales(JSON.parse(fresh).translations));
  finish(problems);
} else if (command === 'locales') {
  finish(checkLocales(readJson(sourceFile).translations));
} else {
  console.error('usage: node .ci/i18n.mjs extract|check|locales');
  process.exit(2);
}

/** The source messages: the interface's, then the content's. */
async function extract() {
  const scratch = mkdtempSync(join(tmpdir(), 'haven-i18n-'));
  try {
    execFileSync(
      join(root, 'node_modules/.bin/ng'),
      ['extract-i18n', '--format', 'json', '--output-path', scratch],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const ui = readJson(join(scratch, 'messages.json')).translations;
    const esbuild = await import('esbuild');
    const bundle = join(scratch, 'content.mjs');
    await esbuild.build({
      entryPoints: [join(root, 'src/app/domain/content-catalogue.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'error',
    });
    const { contentCatalogue } = await import(pathToFileURL(bundle).href);
    return { ...ui, ...contentCatalogue() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Each language file has exactly the source's messages, with the same placeholders. */
function checkLocales(source) {
  const problems = [];
  const files = readdirSync(localeDir).filter((f) => /^messages\.[a-z]{2,3}\.json$/.test(f));
  for (const file of files) {
    const translations = readJson(join(localeDir, file)).translations;
    for (const id of Object.keys(source)) {
      if (!(id in translations)) problems.push(`${file}: no translation for "${id}"`);
      else if (!samePlaceholders(source[id], translations[id])) {
        problems.push(`${file}: "${id}" does not keep the placeholders of "${source[id]}"`);
      }
    }
    for (const id of Object.keys(translations)) {
      if (!(id in source)) problems.push(`${file}: "${id}" is not in the source`);
    }
  }
  return problems;
}

/** Interpolations and ICU switches must all be kept; plural categories may differ by language. */
function samePlaceholders(source, target) {
  const marks = (text) =>
    [...text.matchAll(/\{\$[A-Za-z0-9_]+\}|\{VAR_(?:PLURAL|SELECT)(?:_\d+)?,|\{[A-Z][A-Z0-9_]*\}/g)]
      .map((m) => m[0])
      .sort()
      .join(' ');
  const unique = (text) => [...new Set(marks(text).split(' '))].join(' ');
  return unique(source) === unique(target);
}

function format(translations) {
  return `${JSON.stringify({ locale: 'en', translations }, null, 2)}\n`;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function finish(problems) {
  for (const problem of problems.slice(0, 50)) console.error(problem);
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
  if (problems.length) process.exit(1);
  console.log('Translations complete.');
}
