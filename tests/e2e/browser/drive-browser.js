#!/usr/bin/env node
// The agent's "system browser" in Deskhand's sign-in tests: Debian's Chromium, headless, driven
// by playwright-core. A test registers it as the desktop's handler for http and https URLs (a
// .desktop file and mimeapps.list in its own XDG folders), so xdg-open and QDesktopServices reach
// it as they would reach Firefox or Chrome on an agent's desktop.
//
//   drive-browser.js URL
//
// Everything else comes from the JSON file named by DESKHAND_TEST_BROWSER_CONFIG (written by the
// test, mode 0600; credentials never go on the command line, where ps shows them):
//
//   {"transcript": "/abs/file.json",   // written after every step (atomically)
//    "mode": "login" | "deny" | "wrong-state" | "login-twice" | "wait" | "wait-then-login",
//    "email": "...", "password": "...",
//    "go_file": "/abs/file",            // wait, wait-then-login: go on once this file exists
//    "timeout_ms": 30000}
//
// DESKHAND_TEST_CHROMIUM names another Chromium than /usr/bin/chromium.
//
// Modes: login (the agent logs in and lands on Deskhand's "done" page); deny (the agent refuses:
// the browser is sent back to the redirect URI with error=access_denied, as an IdP does — the
// sandbox's page has no "deny" button); wrong-state (the redirect to Deskhand carries an altered
// state); login-twice (logs in, then opens the callback address a second time, and leaves the
// callback address in "callback" for the test to replay the code); wait (opens the page and stays
// until go_file exists); wait-then-login (stays until go_file exists, then logs in).
//
// The transcript: {"url", "mode", "events": [{"step", "url"?, "status"?, "text"?, "error"?}],
// "finished" (true once Chromium is closed), "outcome": "done" | "refused" | "unreachable" |
// "stopped" | "timed-out" | "error", "final_text", "callback"?}. Codes in event URLs are redacted.
// The browser reaches nothing but 127.0.0.1: every other request is aborted and noted ("blocked").

'use strict';

const fs = require('fs');
const { chromium } = require('playwright-core');

const url = process.argv[2];
const configPath = process.env.DESKHAND_TEST_BROWSER_CONFIG;
if (!url || !configPath) {
  process.stderr.write('usage: DESKHAND_TEST_BROWSER_CONFIG=FILE drive-browser.js URL\n');
  process.exit(2);
}
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
const mode = config.mode || 'login';
const timeoutMs = config.timeout_ms || 30000;
const executablePath = process.env.DESKHAND_TEST_CHROMIUM || '/usr/bin/chromium';

const transcript = { url, mode, events: [], finished: false, outcome: '', final_text: '' };

function save() {
  if (!config.transcript) return;
  const temp = `${config.transcript}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(transcript, null, 1), { mode: 0o600 });
  fs.renameSync(temp, config.transcript);
}

function note(step, fields = {}) {
  transcript.events.push({ step, ...fields });
  save();
}

function isLoopback(address) {
  try {
    const host = new URL(address).hostname;
    return host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function pageText(page) {
  try {
    return (await page.innerText('body', { timeout: 5000 })).trim();
  } catch {
    return '';
  }
}

function isCallback(address) {
  return isLoopback(address) && new URL(address).pathname === '/callback';
}

function redacted(address) {
  return address.replace(/([?&]code=)[^&]*/, '$1REDACTED');
}

// Resolves when the browser's request to Deskhand's loopback callback is answered ({response})
// or fails ({failure}: nothing listens any more).
function callbackReached(page) {
  const answered = page
    .waitForEvent('response', { predicate: (r) => isCallback(r.url()), timeout: timeoutMs })
    .then((response) => ({ response }));
  const failed = page
    .waitForEvent('requestfailed', { predicate: (r) => isCallback(r.url()), timeout: timeoutMs })
    .then((request) => ({ request, failure: (request.failure() || {}).errorText || 'failed' }));
  answered.catch(() => {});
  failed.catch(() => {});
  return Promise.race([answered, failed]);
}

async function landedOn(page, reached) {
  if (reached.failure) {
    note('unreachable', { url: redacted(reached.request.url()), error: reached.failure });
    transcript.outcome = 'unreachable';
    return;
  }
  await page.waitForLoadState('load').catch(() => {});
  const text = await pageText(page);
  note('landed', { url: redacted(reached.response.url()), status: reached.response.status(), text });
  transcript.final_text = text;
  transcript.outcome = reached.response.ok() ? 'done' : 'refused';
}

// Fills the sandbox's sign-in form and submits it, as the agent would.
async function logIn(page) {
  await page.fill('#email', config.email || '');
  await page.fill('#password', config.password || '');
  const reached = callbackReached(page);
  note('submitted');
  await page.click('#submit', { noWaitAfter: true });
  return reached;
}

async function waitForGoFile() {
  const deadline = Date.now() + timeoutMs;
  while (!(config.go_file && fs.existsSync(config.go_file)) && Date.now() < deadline) await sleep(50);
  return Boolean(config.go_file && fs.existsSync(config.go_file));
}

async function main() {
  const args = [
    // Nothing but loopback: other hosts go to a proxy that is not there.
    '--proxy-server=http://127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>;127.0.0.1',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium's own sandbox cannot start as root (CI runs as root); as any other user it stays.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');

  const browser = await chromium.launch({ executablePath, headless: true, args, timeout: timeoutMs });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const request = route.request();
      if (isLoopback(request.url())) return route.continue();
      note('blocked', { url: request.url() });
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);

    if (mode === 'wrong-state') {
      // The redirect to Deskhand leaves the sign-in page with a state Deskhand did not send.
      // (Playwright does not route a redirect's target, so the redirect itself is rewritten.)
      await page.route(
        (u) => u.pathname === '/oauth/authorize',
        async (route) => {
          if (route.request().method() !== 'POST') return route.continue();
          const response = await route.fetch({ maxRedirects: 0 });
          const headers = response.headers();
          if (headers.location) {
            const callback = new URL(headers.location);
            callback.searchParams.set('state', `${callback.searchParams.get('state') || ''}x`);
            headers.location = callback.toString();
            note('tampered', { url: redacted(headers.location) });
          }
          return route.fulfill({ response, headers });
        },
      );
    }

    const first = await page.goto(url, { waitUntil: 'load' });
    const authorize = new URL(page.url());
    note('opened', {
      url: page.url(),
      status: first ? first.status() : 0,
      redirect_uri: authorize.searchParams.get('redirect_uri') || '',
      text: await pageText(page),
    });

    if (mode === 'deny') {
      // What an IdP does when the agent refuses (RFC 6749 §4.1.2.1).
      const back = new URL(authorize.searchParams.get('redirect_uri'));
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The agent cancelled the sign-in.');
      back.searchParams.set('state', authorize.searchParams.get('state') || '');
      note('denied', { url: back.toString() });
      const reached = callbackReached(page);
      page.goto(back.toString()).catch(() => {});
      await landedOn(page, await reached);
    } else if (mode === 'wait') {
      // The agent never finishes; the test ends this by creating go_file.
      note('waiting');
      transcript.outcome = (await waitForGoFile()) ? 'stopped' : 'timed-out';
    } else {
      if (mode === 'wait-then-login') {
        note('waiting');
        if (!(await waitForGoFile())) {
          transcript.outcome = 'timed-out';
          return;
        }
      }
      const reached = await logIn(page);
      await landedOn(page, reached);
      if (mode === 'login-twice' && reached.response) {
        const again = reached.response.url();
        // The code itself, for the test to replay at the token endpoint.
        transcript.callback = again;
        const second = callbackReached(page);
        page.goto(again).catch(() => {});
        const result = await second;
        note('second-callback', {
          url: redacted(again),
          status: result.response ? result.response.status() : 0,
          error: result.failure || '',
        });
      }
    }
  } finally {
    // "finished" only once Chromium is gone, so that a test may remove its folder.
    await browser.close();
    transcript.finished = true;
    save();
  }
}

const watchdog = setTimeout(() => {
  transcript.outcome = transcript.outcome || 'error';
  note('watchdog', { error: 'the driver ran out of time' });
  process.exit(3);
}, timeoutMs + 20000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error) => {
    transcript.outcome = 'error';
    transcript.finished = true;
    note('error', { error: String(error && error.stack ? error.stack : error) });
    process.exit(1);
  },
);
