// Opens a diplograph report.html in Debian's headless Chromium (puppeteer-core) and checks it
// as an analyst would use it: the page loads offline without console errors, the network
// holds the graph's actors and events, a click on an edge shows its evidence, the relation
// filter hides edges, and no text from the data ever runs as script.
//
//   node check_report.mjs sample --binary B --corpus DIR --work DIR [--screenshots DIR]
//   node check_report.mjs report-command --binary B --corpus DIR --work DIR
//   node check_report.mjs hostile-corpus --binary B --work DIR
//   node check_report.mjs hostile-graph --dir DIR   (report.html and expected.json of
//                                                    hostile_report_writer)
//
// `sample` builds the corpus with the real binary and compares the page with the build's
// graph.graphml (read by graphology-graphml) and facts.jsonl. Screenshots go to
// --screenshots (the docs use the ones of the sample corpus: docs/report*.png).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.DIPLOGRAPH_CHROMIUM || '/usr/bin/chromium';

function fail(message) {
  console.log(`FAIL: ${message}`);
  process.exit(1);
}
function check(condition, message) {
  if (!condition) fail(message);
}
function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) {
    if (fallback === undefined) fail(`--${name} is required`);
    return fallback;
  }
  return process.argv[at + 1];
}

// ---- The browser ----------------------------------------------------------------------------
// Every console error, page error, dialog and request leaving the file is recorded: a report
// must load from the file alone, and a dialog could only come from injected script.
async function openReport(file) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: 1 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) problems.push(`request: ${url}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  return { browser, page, problems };
}

// Clicks a control of the page through the DOM, as a keyboard or assistive click would: a
// mouse click at the control's centre was seen to miss on a loaded machine (the page had
// not settled after a zoom), which made the filter checks flaky.
async function clickControl(page, selector) {
  await page.waitForSelector(selector, { timeout: 5000 });
  await page.$eval(selector, (element) => element.click());
}

// Cytoscape restyles on its next frame, so what is visible right after a click may still be
// the old picture: wait (at most 5 s) until `expected` edges show; the checks that follow
// still fail if they never do.
async function settleVisibleEdges(page, expected) {
  await page
    .waitForFunction((n) => window.diplographNetwork.edges(':visible').length === n,
                     { timeout: 5000, polling: 'raf' }, expected)
    .catch(() => {});
}

async function networkCounts(page) {
  return page.evaluate(() => {
    const cy = window.diplographNetwork;
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      visibleEdges: cy.edges(':visible').length,
      edgeIds: cy.edges(':visible').map((e) => e.data('index')),
    };
  });
}

// Zooms to the page's edge number `index` and finds where to click it: a point on the edge
// that no node covers and no other edge passes near (`clean`), else its midpoint.
async function edgeClickPoint(page, index) {
  return page.evaluate((i) => {
    const cy = window.diplographNetwork;
    const edge = cy.getElementById('e' + i);
    cy.fit(edge, 200);
    // The midpoint, or else the first point along the edge that no node covers and no other
    // edge passes near (the layout may put an unrelated node or edge over the middle). An
    // edge is drawn as a quadratic curve through its endpoints and its midpoint (a straight
    // line when unbent), so points along it, and other edges' paths, follow from those three.
    const covered = (p) => cy.nodes().some((n) => {
      const b = n.renderedBoundingBox();
      return b.x1 <= p.x && p.x <= b.x2 && b.y1 <= p.y && p.y <= b.y2;
    });
    const distanceToSegment = (p, a, b) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = dx * dx + dy * dy;
      const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    const crowded = (p) => cy.edges(':visible').some((other) => {
      if (other.same(edge)) return false;
      const from = other.renderedSourceEndpoint();
      const mid = other.renderedMidpoint();
      const to = other.renderedTargetEndpoint();
      return Math.min(distanceToSegment(p, from, mid), distanceToSegment(p, mid, to)) < 12;
    });
    const from = edge.renderedSourceEndpoint();
    const to = edge.renderedTargetEndpoint();
    const mid = edge.renderedMidpoint();
    const control = { x: 2 * mid.x - (from.x + to.x) / 2, y: 2 * mid.y - (from.y + to.y) / 2 };
    const along = (t) => ({
      x: (1 - t) * (1 - t) * from.x + 2 * t * (1 - t) * control.x + t * t * to.x,
      y: (1 - t) * (1 - t) * from.y + 2 * t * (1 - t) * control.y + t * t * to.y,
    });
    let middle = mid;
    let clean = false;
    for (let step = 0; step < 20 && !clean; ++step) {
      const p = along(0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.04);
      clean = !covered(p) && !crowded(p);
      if (clean) middle = p;
    }
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + middle.x, y: box.top + middle.y, clean };
  }, index);
}

// Clicks the page's edge number `index` with the mouse (edgeClickPoint). Returns what the
// details panel then shows.
async function clickEdge(page, index) {
  const point = await edgeClickPoint(page, index);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#details .mention', { timeout: 5000 });
  return page.evaluate(() => {
    const selected = window.diplographNetwork.edges(':selected');
    const rows = [...document.querySelectorAll('#details dt')];
    const eventRow = rows.find((dt) => dt.textContent === 'Event');
    return {
      selected: selected.length === 1 ? selected[0].id() : null,
      eventId: eventRow ? eventRow.nextElementSibling.textContent : null,
      evidence: [...document.querySelectorAll('#details .evidence')].map((p) => p.textContent),
      sources: [...document.querySelectorAll('#details .mention .meta')].map((p) => p.textContent),
      marks: [...document.querySelectorAll('#details .evidence mark')].map((m) => m.textContent),
    };
  });
}

async function clickActor(page, key) {
  const point = await page.evaluate((wanted) => {
    const cy = window.diplographNetwork;
    const node = cy.nodes().filter((n) => n.data('key') === wanted)[0] ||
                 cy.nodes().filter((n) => n.data('label') === wanted)[0];
    if (!node) return null;
    cy.fit(node.closedNeighborhood(), 80);
    const position = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, key);
  check(point, `no node for actor ${key}`);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#details h3', { timeout: 5000 });
  return page.evaluate(() => document.getElementById('details').textContent);
}

// What the network drew for each actor, to see that the types differ on the page.
async function nodeStyles(page) {
  return page.evaluate(() => window.diplographNetwork.nodes().map((n) => ({
    label: n.data('label'), colour: n.style('background-color'), shape: n.style('shape'),
    width: n.width(),
  })));
}

// ---- The sample corpus ----------------------------------------------------------------------
function build(binary, inputs, out, ...extra) {
  execFileSync(binary, ['build', ...inputs, '-o', out, '--quiet', ...extra], { stdio: 'inherit' });
}

function readGraphml(file) {
  const { MultiDirectedGraph } = require('graphology');
  const graphml = require('graphology-graphml');
  return graphml.parse(MultiDirectedGraph, fs.readFileSync(file, 'utf8'));
}

function factsByEvent(file) {
  const byEvent = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (record.kind !== 'relation') continue;
    const id = record.event.slice(record.event.lastIndexOf('/') + 1);
    if (!byEvent.has(id)) byEvent.set(id, []);
    byEvent.get(id).push(record);
  }
  return byEvent;
}

async function checkSample() {
  const binary = option('binary');
  const work = option('work');
  const screenshots = option('screenshots', '');
  const out = path.join(work, 'sample');
  fs.rmSync(out, { recursive: true, force: true });
  build(binary, [option('corpus')], out);
  // The same corpus on one thread gives the same page, byte for byte.
  const again = path.join(work, 'sample-one-job');
  fs.rmSync(again, { recursive: true, force: true });
  build(binary, [option('corpus')], again, '--jobs', '1');
  check(fs.readFileSync(path.join(out, 'report.html')).equals(fs.readFileSync(path.join(again, 'report.html'))),
        'report.html differs between --jobs 1 and the default');
  const graph = readGraphml(path.join(out, 'graph.graphml'));
  const facts = factsByEvent(path.join(out, 'facts.jsonl'));
  const { browser, page, problems } = await openReport(path.join(out, 'report.html'));
  try {
    const counts = await networkCounts(page);
    console.log(`graph.graphml: ${graph.order} actors, ${graph.size} events; ` +
                `report: ${counts.nodes} nodes, ${counts.edges} edges`);
    check(graph.order > 20 && graph.size > 20, 'the sample graph is smaller than expected');
    check(counts.nodes === graph.order, `${counts.nodes} nodes, graph.graphml has ${graph.order} actors`);
    check(counts.edges === graph.size, `${counts.edges} edges, graph.graphml has ${graph.size} events`);
    check(counts.visibleEdges === counts.edges, 'some edges are hidden before any filter is set');

    const shown = await nodeStyles(page);
    const typeLooks = new Set(shown.map((n) => `${n.colour}|${n.shape}`));
    check(typeLooks.size >= 3, `actor types are not told apart: ${[...typeLooks].join(', ')}`);
    if (screenshots) {
      fs.mkdirSync(screenshots, { recursive: true });
      await page.evaluate(() => window.diplographNetwork.fit(undefined, 30));
      await page.screenshot({ path: path.join(screenshots, 'report-sample.png') });
    }

    // The event with the most mentions whose edge can be clicked on its own (a short edge
    // may lie wholly under its nodes): its every sentence must be on the page.
    const byMentions = [...facts.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    let richest = null;
    let index = -1;
    for (const candidate of byMentions.slice(0, 10)) {
      const at = await page.evaluate((id) => {
        const data = JSON.parse(document.getElementById('graph-data').textContent);
        return data.events.findIndex((e) => e.id === id);
      }, candidate[0]);
      check(at >= 0, `event ${candidate[0]} of facts.jsonl is not in the report`);
      if (at >= 0 && (await edgeClickPoint(page, at)).clean) {
        [richest, index] = [candidate, at];
        break;
      }
    }
    check(richest !== null, 'none of the ten richest events has an edge clear of other elements');
    const shownEvent = await clickEdge(page, index);
    check(shownEvent.selected === 'e' + index, `the click selected ${shownEvent.selected}, not e${index}`);
    check(shownEvent.eventId === richest[0], `the details show ${shownEvent.eventId}, not ${richest[0]}`);
    const sentences = new Set(richest[1].map((r) => r.evidence));
    for (const sentence of sentences)
      check(shownEvent.evidence.includes(sentence), `evidence missing from the page: ${sentence}`);
    check(shownEvent.marks.length > 0 && shownEvent.marks.every((m) => m.length > 0),
          'no trigger is highlighted in the evidence');
    console.log(`clicked event ${richest[0]}: ${shownEvent.evidence.length} evidence sentences, ` +
                `triggers ${JSON.stringify(shownEvent.marks)}`);
    if (screenshots) {
      await page.evaluate(() => window.diplographNetwork.fit(undefined, 30));
      await page.screenshot({ path: path.join(screenshots, 'report-evidence.png') });
    }

    // An actor: its ISO code and Wikidata link from the graph.
    const actorKey = graph.hasNode('north-korea') ? 'north-korea' : graph.nodes()[0];
    const actorText = await clickActor(page, actorKey);
    const attributes = graph.getNodeAttributes(actorKey);
    for (const field of ['iso3', 'wikidata'])
      if (attributes[field])
        check(actorText.includes(attributes[field]), `actor panel lacks ${field} ${attributes[field]}`);

    // The relation filter: unticking the commonest relation hides exactly its edges.
    const byRelation = new Map();
    graph.forEachEdge((key, a) => byRelation.set(a.type, (byRelation.get(a.type) || 0) + 1));
    const [commonest, commonestCount] = [...byRelation.entries()].sort((a, b) => b[1] - a[1])[0];
    await page.evaluate(() => window.diplographNetwork.fit(undefined, 30));
    await clickControl(page, `#relation-filters input[data-filter="${commonest}"]`);
    await settleVisibleEdges(page, counts.edges - commonestCount);
    const filtered = await networkCounts(page);
    const visibleTypes = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('graph-data').textContent);
      return window.diplographNetwork.edges(':visible').map((e) => data.events[e.data('index')].type);
    });
    console.log(`filter off ${commonest} (${commonestCount} events): ${filtered.visibleEdges} edges shown`);
    check(filtered.visibleEdges === counts.edges - commonestCount,
          `${filtered.visibleEdges} edges shown, expected ${counts.edges - commonestCount}`);
    check(!visibleTypes.includes(commonest), `a ${commonest} edge is still shown`);
    if (screenshots) {
      await clickControl(page, '#reset');
      await clickControl(page, '#relation-filters input[data-filter="affiliation"]');
      await page.evaluate(() => window.diplographNetwork.fit(undefined, 30));
      await page.screenshot({ path: path.join(screenshots, 'report-no-affiliation.png') });
    }

    // The timeline: a bar click leaves only that month's events.
    const bar = await page.evaluate(() => {
      const bars = [...document.querySelectorAll('#timeline .bar:not(.empty)')];
      return bars.length ? bars[0].dataset.month : null;
    });
    check(bar, 'the timeline has no bar');
    await clickControl(page, '#reset');
    await clickControl(page, `#timeline .bar[data-month="${bar}"]`);
    const range = await page.evaluate(() => [document.getElementById('date-from').value,
                                             document.getElementById('date-to').value]);
    check(range[0] === bar && range[1] === bar, `a click on bar ${bar} set the range ${range}`);
    let expectedInMonth = 0;
    graph.forEachEdge((key, a) => { if ((a.date || '').startsWith(bar)) expectedInMonth += 1; });
    await settleVisibleEdges(page, expectedInMonth);
    const inMonth = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('graph-data').textContent);
      return window.diplographNetwork.edges(':visible').map((e) => data.events[e.data('index')].date);
    });
    console.log(`timeline bar ${bar}: ${inMonth.length} edges shown`);
    check(inMonth.length === expectedInMonth && inMonth.every((d) => d.startsWith(bar)),
          `timeline bar ${bar} shows ${JSON.stringify(inMonth)}, graph.graphml has ${expectedInMonth}`);

    check(problems.length === 0, problems.join('\n'));
  } finally {
    await browser.close();
  }
}

// ---- diplograph report: an earlier export, a merged graph ----------------------------------
async function checkReportCommand() {
  const binary = option('binary');
  const work = path.join(option('work'), 'report-command');
  const corpus = option('corpus');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const built = path.join(work, 'built');
  build(binary, [corpus], built);
  // Read back from the export with its stats.json: the very page the build wrote.
  const again = path.join(work, 'again.html');
  execFileSync(binary, ['report', built, '-o', again, '--quiet'], { stdio: 'inherit' });
  check(fs.readFileSync(again).equals(fs.readFileSync(path.join(built, 'report.html'))),
        'diplograph report of the export differs from the report the build wrote');

  // Two shards merged: the report counts the graph's documents, as no run read them all.
  const articles = fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
  const shards = [0, 1].map((n) => {
    const dir = path.join(work, `shard-${n}`);
    fs.mkdirSync(dir);
    for (const article of articles.filter((a, i) => i % 2 === n))
      for (const name of [article, article.replace(/\.txt$/, '.meta.json')])
        if (fs.existsSync(path.join(corpus, name))) fs.copyFileSync(path.join(corpus, name), path.join(dir, name));
    build(binary, [dir], path.join(work, `export-${n}`));
    return path.join(work, `export-${n}`);
  });
  const merged = path.join(work, 'merged');
  execFileSync(binary, ['merge', ...shards, '-o', merged, '--quiet'], { stdio: 'inherit' });
  // A shard's stats.json left in the merged directory describes another graph: the report
  // says so and counts the graph's own documents instead.
  fs.copyFileSync(path.join(shards[0], 'stats.json'), path.join(merged, 'stats.json'));
  const mergedReport = path.join(work, 'merged.html');
  const said = spawnSync(binary, ['report', merged, '-o', mergedReport, '--max-actors', '10'],
                         { encoding: 'utf8' });
  check(said.status === 0, `diplograph report of the merge exited ${said.status}: ${said.stderr}`);
  check(said.stderr.includes('stats.json: warning: counts other actors and events than the export'),
        `no warning about the stale stats.json: ${said.stderr}`);
  const graph = readGraphml(path.join(merged, 'graph.graphml'));
  const { browser, page, problems } = await openReport(mergedReport);
  try {
    const counts = await networkCounts(page);
    const shown = await page.evaluate(() => ({
      notice: document.getElementById('truncation').hidden ? '' : document.getElementById('truncation').textContent,
      summary: document.getElementById('details').textContent,
    }));
    console.log(`merged: ${graph.order} actors; report with --max-actors 10: ${counts.nodes} nodes; ` +
                `notice: ${shown.notice}`);
    check(counts.nodes === 10 && graph.order > 10, `${counts.nodes} nodes drawn of ${graph.order}`);
    check(shown.notice.includes(`This graph has ${graph.order} actors`), 'no notice of the cut');
    check(shown.summary.includes(`Documents read${articles.length} (in the graph`),
          `the summary does not count the graph's ${articles.length} documents`);
    check(problems.length === 0, problems.join('\n'));
  } finally {
    await browser.close();
  }

  // An unreadable export: exit status 1 and nothing written.
  const broken = path.join(work, 'broken');
  fs.mkdirSync(broken);
  fs.writeFileSync(path.join(broken, 'graph.nt'), '<not rdf\n');
  let status = 0;
  try {
    execFileSync(binary, ['report', broken, '-o', path.join(work, 'broken.html')], { stdio: 'pipe' });
  } catch (error) {
    status = error.status;
  }
  check(status === 1 && !fs.existsSync(path.join(work, 'broken.html')),
        `a broken export gave exit status ${status}`);
}

// ---- Hostile input --------------------------------------------------------------------------
// Each payload would set window.__pwned or open a dialog if it ran.
const PAYLOADS = [
  '</script><script>window.__pwned = "script";</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<!--<script>window.__pwned = "comment"</script>-->',
  '<svg onload="alert(1)">',
  '\u2028\u2029 line separators',
  '"; window.__pwned = "quote"; //',
  '&lt;script&gt; &amp; ]]> --> \'\'\'',
];

async function expectNothingRan(page, problems) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    svgs: document.querySelectorAll('svg').length,
  }));
  check(state.pwned === undefined, `a payload ran: window.__pwned = ${state.pwned}`);
  check(state.scripts === 3, `${state.scripts} script elements, the page has 3`);
  check(state.images === 0 && state.svgs === 0, 'markup from the data became elements');
  check(problems.length === 0, problems.join('\n'));
}

async function checkHostileCorpus() {
  const binary = option('binary');
  const work = option('work');
  const out = path.join(work, 'hostile');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const corpus = path.join(work, 'hostile.jsonl');
  const records = PAYLOADS.map((payload, n) => ({
    id: `doc-${n}-${payload}`,
    title: payload,
    published: '2024-03-05',
    url: n % 2 ? 'javascript:window.__pwned="url"' : `https://example.org/${n}?q=${payload}`,
    source: payload,
    lang: 'id',
    text: `Presiden Iran Ebrahim Raisi mengunjungi Rusia pada 5 Maret 2024 dan berkata "${payload}".\n` +
          `Raisi bertemu Presiden Rusia Vladimir Putin di Moskow; ${payload} kata ${payload}.\n`,
  }));
  fs.writeFileSync(corpus, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  build(binary, [corpus], out);
  const { browser, page, problems } = await openReport(path.join(out, 'report.html'));
  try {
    const counts = await networkCounts(page);
    check(counts.edges > 0, 'the hostile corpus gave no edges');
    // Show every event's evidence, so each hostile sentence is put into the page.
    const shownPayloads = new Set();
    for (let index = 0; index < counts.edges; ++index) {
      const shown = await clickEdge(page, index);
      // In a sentence, or in the document id and title above it (the sentence splitter ends
      // a sentence at U+2029).
      for (const payload of PAYLOADS)
        if (shown.evidence.concat(shown.sources).some((text) => text.includes(payload)))
          shownPayloads.add(payload);
      const links = await page.evaluate(() => [...document.querySelectorAll('#details a')].map((a) => a.href));
      check(links.every((href) => href.startsWith('https://')), `a non-web link: ${links}`);
    }
    console.log(`${counts.nodes} nodes, ${counts.edges} edges; ${shownPayloads.size} of ` +
                `${PAYLOADS.length} payloads shown as evidence or document text`);
    const missing = PAYLOADS.filter((p) => !shownPayloads.has(p));
    check(missing.length === 0, `payloads not in the evidence panel: ${JSON.stringify(missing)}`);
    await expectNothingRan(page, problems);
  } finally {
    await browser.close();
  }
}

async function checkHostileGraph() {
  const dir = option('dir');
  const { actors, events } = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const { browser, page, problems } = await openReport(path.join(dir, 'report.html'));
  try {
    const counts = await networkCounts(page);
    check(counts.nodes === actors && counts.edges === events,
          `${counts.nodes} nodes and ${counts.edges} edges, expected ${actors} and ${events}`);
    // Every panel the data can fill is opened; what they show is kept to look for payloads.
    const seen = [];
    for (let index = 0; index < counts.edges; ++index) seen.push(...(await clickEdge(page, index)).evidence);
    const names = await page.evaluate(() => window.diplographNetwork.nodes().map((n) => n.data('key')));
    for (const name of names) seen.push(await clickActor(page, name));
    for (const payload of PAYLOADS.slice(0, 3))
      check(seen.some((text) => text.includes(payload)), `payload not shown as text: ${JSON.stringify(payload)}`);
    // Search by a hostile name goes through the page's own matching, not a selector.
    await page.type('#search', '</script>');
    const found = await page.evaluate(() => window.diplographNetwork.nodes('.match').length);
    check(found > 0, 'searching for "</script>" found no actor');
    console.log(`${names.length} actor panels and ${counts.edges} edge panels shown; search found ${found}`);
    await expectNothingRan(page, problems);
  } finally {
    await browser.close();
  }
}

const checks = {
  sample: checkSample, 'report-command': checkReportCommand, 'hostile-corpus': checkHostileCorpus, 'hostile-graph': checkHostileGraph };
const chosen = checks[process.argv[2]];
if (!chosen) fail(`usage: check_report.mjs ${Object.keys(checks).join('|')} ...`);
await chosen();
console.log('PASS');
