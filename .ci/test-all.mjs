// Runs every test (Karma unit specs, then Playwright journeys) and ends with the plain line
// "N passed, N failed" that CI reads. Installs Debian's Chromium (and poppler-utils) when missing
// and we are root.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROME_BIN || '/usr/bin/chromium';
// Chromium runs every test; poppler's pdftotext/pdfinfo let the journeys read the PDFs they download.
ensureDebianPackages([
  { binary: chromium, pkg: 'chromium' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
]);

const scratch = mkdtempSync(join(tmpdir(), 'haven-tests-'));
const karmaCounts = join(scratch, 'karma.json');
const playwrightReport = join(scratch, 'playwright.json');
const env = { ...process.env, CHROME_BIN: chromium, KARMA_COUNTS_FILE: karmaCounts };

// The translation files: the source catalogue matches the code, and every language has every
// message with its placeholders (counted as one test).
const i18n = spawnSync('npm', ['run', 'i18n:check'], { stdio: 'inherit', env });
const unit = spawnSync('npm', ['run', 'test:unit'], { stdio: 'inherit', env });
const e2e = spawnSync('npm', ['run', 'test:e2e', '--', '--reporter=list,json'], {
  stdio: 'inherit',
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
});

const karma = readJson(karmaCounts) ?? { passed: 0, failed: 1 };
const stats = readJson(playwrightReport)?.stats;
const playwright = stats
  ? { passed: stats.expected + stats.flaky, failed: stats.unexpected }
  : { passed: 0, failed: 1 };
// A runner that exits non-zero without reporting a failed test (a crash, a build error) still fails.
if (unit.status !== 0 && karma.failed === 0) karma.failed = 1;
if (e2e.status !== 0 && playwright.failed === 0) playwright.failed = 1;

const translations = i18n.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
const passed = translations.passed + karma.passed + playwright.passed;
const failed = translations.failed + karma.failed + playwright.failed;
console.log(`\ntranslations: ${translations.passed} passed, ${translations.failed} failed`);
console.log(`unit: ${karma.passed} passed, ${karma.failed} failed`);
console.log(`e2e: ${playwright.passed} passed, ${playwright.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function ensureDebianPackages(needs) {
  const missing = needs.filter(({ binary }) => !existsSync(binary));
  if (!missing.length) return;
  const packages = missing.map(({ pkg }) => pkg).join(' ');
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing: ${missing.map(({ binary }) => binary).join(', ')}. Install Debian's packages as root ` +
        `("apt-get install -y ${packages}"), or set CHROME_BIN to a Chromium binary, then run again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${packages}…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
    {
      stdio: 'inherit',
    },
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
