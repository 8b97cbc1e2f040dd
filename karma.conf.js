// Karma runs the unit specs in Debian's headless Chromium. Besides the console summary it writes
// the pass/fail counts to a file so that .ci/test-all.mjs can add them to Playwright's.
const fs = require('node:fs');
const path = require('node:path');

function CountingReporter(baseReporterDecorator, config) {
  baseReporterDecorator(this);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped) counts.skipped++;
    else if (result.success) counts.passed++;
    else counts.failed++;
  };
  this.onRunComplete = (_browsers, results) => {
    // A crashed browser or a compile error runs no spec: count it as a failure, not as a green run.
    if (results.error && counts.failed === 0) counts.failed = 1;
    const file = process.env.KARMA_COUNTS_FILE;
    if (file) fs.writeFileSync(file, JSON.stringify(counts));
  };
}
CountingReporter.$inject = ['baseReporterDecorator', 'config'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      { 'reporter:counts': ['type', CountingReporter] },
    ],
    client: { jasmine: { random: true } },
    jasmineHtmlReporter: { suppressAll: true },
    coverageReporter: {
      dir: path.join(__dirname, './coverage/haven'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ['dots', 'counts'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        // As root Chromium needs --no-sandbox; the rest keep it quiet and off the network.
        flags: require('./e2e/chromium-flags.json'),
      },
    },
    browsers: ['ChromiumHeadlessCI'],
    // Some specs keep the page busy for seconds (hostile 4 MB files, thousands of fast-check
    // runs): on a loaded machine Karma's socket pings then go unanswered. Disconnection is only
    // declared after a minute of silence, so a slow run finishes instead of being cut off.
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 60000,
    pingTimeout: 60000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
