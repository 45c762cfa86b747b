// report.html: draws the graph data embedded in the page (#graph-data) with Cytoscape.js and
// wires the filters, search, timeline and details panels to it.
//
// Safety rule of this file: text from the data is only ever put into the page through
// textContent (el(), text nodes) or Cytoscape's canvas labels, never as HTML, and a link is
// only made from an http(s) IRI. The data came from news articles, which anyone can write.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const actors = data.actors;
  const events = data.events;
  const documents = data.documents;
  const relationByName = new Map(data.relationTypes.map((r) => [r.name, r]));
  const actorTypeByName = new Map(data.actorTypes.map((t) => [t.name, t]));
  const modalityByName = new Map(data.modalities.map((m) => [m.name, m]));

  // ---- DOM helpers: every string goes in as text ------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function append(parent, ...children) {
    for (const child of children) {
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function safeLink(iri, text) {
    // Only web IRIs become links: a "javascript:" or "data:" value stays plain text.
    if (typeof iri !== 'string' || !/^https?:\/\/[^\s]+$/i.test(iri)) return el('span', '', text);
    const link = el('a', '', text);
    link.href = iri;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    return link;
  }
  function definitionList(rows) {
    const list = el('dl');
    for (const [term, value] of rows) {
      if (value === undefined || value === null || value === '') continue;
      append(list, el('dt', '', term));
      const dd = el('dd');
      append(dd, typeof value === 'string' || typeof value === 'number' ? String(value) : value);
      append(list, dd);
    }
    return list;
  }

  // ---- Dates: an event's date as the months it may fall in ---------------------------------
  // "2024" covers 2024-01..2024-12, "2024-04" and "2024-04-23" the month itself.
  function monthsOf(date) {
    if (!date) return null;
    const year = date.slice(0, 4);
    if (date.length >= 7) return [date.slice(0, 7), date.slice(0, 7)];
    return [year + '-01', year + '-12'];
  }

  // ---- The network -------------------------------------------------------------------------
  const elements = [];
  actors.forEach((actor, index) => {
    const type = actorTypeByName.get(actor.type);
    elements.push({
      group: 'nodes',
      data: {
        id: 'a' + index, index: index, key: actor.key, label: actor.name, colour: type.colour, shape: type.shape,
        size: 1.5 * actor.size,
      },
    });
  });
  events.forEach((event, index) => {
    const relation = relationByName.get(event.type);
    elements.push({
      group: 'edges',
      data: {
        id: 'e' + index, index: index, source: 'a' + event.source, target: 'a' + event.target,
        colour: relation.colour, arrow: relation.directed ? 'triangle' : 'none',
        // As in the DOT and Gephi pictures: planned or hypothetical events are dashed; alleged
        // and denied ones dotted.
        line: event.modality === 'asserted' ? 'solid'
          : (modalityByName.get(event.modality).factual ? 'dotted' : 'dashed'),
        width: Math.min(6, 1.5 + Math.log2(event.mentionCount)),
      },
    });
  });

  const cy = cytoscape({
    container: document.getElementById('network'),
    elements: elements,
    minZoom: 0.1,
    maxZoom: 5,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)', 'shape': 'data(shape)',
          'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)',
          'font-size': 18, 'font-weight': 'bold', 'color': '#1d1d1d', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-outline-color': '#ffffff', 'text-outline-width': 3, 'min-zoomed-font-size': 6,
          'border-width': 1, 'border-color': '#ffffff',
        },
      },
      {
        selector: 'edge',
        style: {
          'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'data(arrow)', 'line-style': 'data(line)', 'width': 'data(width)',
          'curve-style': 'bezier', 'arrow-scale': 0.9, 'opacity': 0.85,
        },
      },
      { selector: '.filtered', style: { 'display': 'none' } },
      { selector: 'node.idle', style: { 'opacity': 0.3 } },
      { selector: '.match', style: { 'border-width': 4, 'border-color': '#d62728' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
      {
        selector: 'edge:selected',
        style: { 'width': 6, 'opacity': 1, 'underlay-color': '#111111', 'underlay-opacity': 0.25,
                 'underlay-padding': 3 },
      },
    ],
    layout: { name: 'circle' },
  });
  // Force-directed, started from the circle so that the same data gives the same picture,
  // and spread over the whole drawing area so that names stay readable without zooming.
  const area = document.getElementById('network');
  cy.layout({
    boundingBox: { x1: 0, y1: 0, w: Math.max(600, area.clientWidth), h: Math.max(400, area.clientHeight) },
    name: 'cose', animate: false, randomize: false, idealEdgeLength: () => 80,
    nodeRepulsion: () => 400000, nodeOverlap: 30, gravity: 400, numIter: 2500, padding: 20,
    componentSpacing: 30, nodeDimensionsIncludeLabels: true,
  }).run();
  // For scripts and the browser test: the Cytoscape instance of the page.
  window.diplographNetwork = cy;

  // ---- Filters -----------------------------------------------------------------------------
  const filters = {
    relations: new Set(data.relationTypes.map((r) => r.name)),
    modalities: new Set(data.modalities.map((m) => m.name)),
    from: '', to: '', undated: true,
  };
  const countBy = (key) => {
    const counts = new Map();
    for (const event of events) counts.set(event[key], (counts.get(event[key]) || 0) + 1);
    return counts;
  };
  function checkboxRow(container, name, count, marker, set) {
    const label = el('label', 'check');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.filter = name;
    box.addEventListener('change', () => {
      if (box.checked) set.add(name); else set.delete(name);
      applyFilters();
    });
    append(label, box, marker, el('span', '', name), el('span', 'count', count));
    container.appendChild(label);
  }
  const relationCounts = countBy('type');
  for (const relation of data.relationTypes) {
    const swatch = el('span', 'swatch');
    swatch.style.background = relation.colour;
    checkboxRow(document.getElementById('relation-filters'), relation.name,
                relationCounts.get(relation.name) || 0, swatch, filters.relations);
  }
  const modalityCounts = countBy('modality');
  for (const modality of data.modalities) {
    const line = el('span', 'swatch line-' + (modality.name === 'asserted' ? 'solid'
      : (modality.factual ? 'dotted' : 'dashed')));
    checkboxRow(document.getElementById('modality-filters'), modality.name,
                modalityCounts.get(modality.name) || 0, line, filters.modalities);
  }
  for (const type of data.actorTypes) {
    const row = el('div', 'check');
    const shape = el('span', 'shape shape-' + type.shape);
    shape.style.background = type.colour;
    const n = actors.filter((a) => a.type === type.name).length;
    append(row, shape, ' ', el('span', '', type.name), el('span', 'count', ' ' + n));
    document.getElementById('actor-legend').appendChild(row);
  }
  const fromInput = document.getElementById('date-from');
  const toInput = document.getElementById('date-to');
  const undatedInput = document.getElementById('date-undated');
  fromInput.addEventListener('change', () => { filters.from = fromInput.value; applyFilters(); });
  toInput.addEventListener('change', () => { filters.to = toInput.value; applyFilters(); });
  undatedInput.addEventListener('change', () => { filters.undated = undatedInput.checked; applyFilters(); });
  document.getElementById('reset').addEventListener('click', resetFilters);

  function setDateRange(from, to, undated) {
    filters.from = fromInput.value = from;
    filters.to = toInput.value = to;
    filters.undated = undatedInput.checked = undated;
    applyFilters();
  }
  function resetFilters() {
    for (const box of document.querySelectorAll('#filters input[type=checkbox]')) box.checked = true;
    filters.relations = new Set(data.relationTypes.map((r) => r.name));
    filters.modalities = new Set(data.modalities.map((m) => m.name));
    setDateRange('', '', true);
  }
  function passesDate(event) {
    const months = monthsOf(event.date);
    if (!months) return filters.undated;
    // Only events known to fall in the range: "2024" is not shown for April 2024.
    if (filters.from && months[0] < filters.from) return false;
    if (filters.to && months[1] > filters.to) return false;
    return true;
  }
  function eventShown(event) {
    return filters.relations.has(event.type) && filters.modalities.has(event.modality) &&
           passesDate(event);
  }
  function applyFilters() {
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const shown = eventShown(events[edge.data('index')]);
        edge.toggleClass('filtered', !shown);
        if (!shown) edge.unselect();
      });
      // Actors stay on the page; those left without a shown event fade.
      cy.nodes().forEach((node) => {
        node.toggleClass('idle', node.connectedEdges(':visible').length === 0 &&
                                 node.connectedEdges().length > 0);
      });
    });
    drawTimeline();
  }

  // ---- Search ------------------------------------------------------------------------------
  const searchInput = document.getElementById('search');
  const searchResult = document.getElementById('search-result');
  const searchable = actors.map((a) => [a.name].concat(a.aliases, a.iso3 ? [a.iso3] : [])
    .join('\n').toLocaleLowerCase());
  function matches(query) {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    return cy.nodes().filter((node) => searchable[node.data('index')].includes(q));
  }
  searchInput.addEventListener('input', () => {
    cy.nodes().removeClass('match');
    const found = matches(searchInput.value);
    found.addClass('match');
    searchResult.textContent = searchInput.value.trim()
      ? found.length + (found.length === 1 ? ' actor' : ' actors') + ' (Enter to show)' : '';
  });
  searchInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const found = matches(searchInput.value);
    if (found.length === 0) return;
    cy.animate({ fit: { eles: found.closedNeighborhood(), padding: 60 } }, { duration: 300 });
    if (found.length === 1) selectActor(found[0].data('index'));
  });

  // ---- Details: summary, actor, event ------------------------------------------------------
  const details = document.getElementById('details');
  function typeTag(name, colour) {
    const tag = el('span', 'type-tag', name);
    tag.style.background = colour;
    return tag;
  }
  function actorButton(index) {
    const button = el('button', 'link', actors[index].name);
    button.type = 'button';
    button.addEventListener('click', () => selectActor(index));
    return button;
  }
  function eventButton(index, from) {
    const event = events[index];
    const other = event.source === from ? event.target : event.source;
    const arrow = relationByName.get(event.type).directed
      ? (event.source === from ? ' \u2192 ' : ' \u2190 ') : ' \u2014 ';
    const button = el('button', 'link',
      event.type + arrow + actors[other].name + (event.date ? ' (' + event.date + ')' : ''));
    button.type = 'button';
    button.addEventListener('click', () => selectEvent(index));
    return button;
  }
  function countTable(counts) {
    const table = el('table');
    for (const [name, count] of Object.entries(counts)) {
      const row = el('tr');
      append(row, el('td', '', name), el('td', 'number', count));
      table.appendChild(row);
    }
    return table;
  }

  function showSummary() {
    clear(details);
    const s = data.summary;
    append(details, el('h2', '', 'Summary'));
    const readNote = s.documentsFromRun ? '' : ' (in the graph; no stats.json of the run)';
    append(details, definitionList([
      ['Documents read', s.documentsRead + readNote],
      ['Documents skipped', s.documentsFromRun ? s.documentsSkipped : 'unknown'],
      ['Actors', s.actors],
      ['Events', s.events],
      ['Mentions', s.mentions],
    ]));
    if (s.skipped.length) {
      append(details, el('h2', '', 'Skipped documents'));
      const list = el('ul');
      for (const skip of s.skipped) append(list, el('li', '', skip.place + ': ' + skip.message));
      append(details, list);
    }
    append(details, el('h2', '', 'Actors by type'), countTable(s.actorsByType));
    append(details, el('h2', '', 'Events by type'), countTable(s.eventsByType));
    append(details, el('h2', '', 'Top actors by degree'));
    const top = actors.map((a, i) => i)
      .sort((x, y) => actors[y].degree - actors[x].degree || (actors[x].key < actors[y].key ? -1 : 1))
      .slice(0, 10);
    const list = el('ol');
    for (const index of top) {
      const item = el('li');
      append(item, actorButton(index), ' ', el('span', 'muted', actors[index].degree + ' events'));
      list.appendChild(item);
    }
    append(details, list);
  }

  // Selects the network element with this id ('a3' or 'e7') and shows its details.
  function select(id, show, index) {
    cy.elements().unselect();
    cy.getElementById(id).select();
    show(index);
  }
  function selectActor(index) { select('a' + index, showActor, index); }
  function selectEvent(index) { select('e' + index, showEvent, index); }
  // Empties the details panel, leaving a way back to the summary.
  function startDetails() {
    clear(details);
    const back = el('button', 'link', '\u2190 Summary');
    back.type = 'button';
    back.addEventListener('click', () => { cy.elements().unselect(); showSummary(); });
    details.appendChild(back);
  }

  function showActor(index) {
    const actor = actors[index];
    startDetails();
    append(details, el('h3', '', actor.name));
    append(details, typeTag(actor.type, actorTypeByName.get(actor.type).colour));
    append(details, definitionList([
      ['Key', actor.key],
      ['ISO code', actor.iso3],
      ['Wikidata', actor.wikidata ? safeLink(actor.wikidata, actor.wikidata) : ''],
      ['Events', actor.degree],
    ]));
    if (actor.aliases.length) {
      append(details, el('h2', '', 'Aliases'));
      const list = el('ul');
      for (const alias of actor.aliases) append(list, el('li', '', alias));
      append(details, list);
    }
    if (actor.offices.length) {
      append(details, el('h2', '', 'Offices'));
      const list = el('ul');
      for (const office of actor.offices) {
        let text = office.title;
        if (office.titleEn && office.titleEn !== office.title) text += ' (' + office.titleEn + ')';
        if (office.holder) text += ', ' + office.holder;
        append(list, el('li', '', text));
      }
      append(details, list);
    }
    const own = events.map((e, i) => i)
      .filter((i) => events[i].source === index || events[i].target === index);
    append(details, el('h2', '', 'Events in this report (' + own.length + ')'));
    const list = el('ul');
    for (const i of own) append(list, append(el('li'), eventButton(i, index)));
    append(details, list);
    if (actor.documents.length) {
      append(details, el('h2', '', 'Documents'));
      const docs = el('ul');
      for (const d of actor.documents) append(docs, el('li', '', documents[d].id));
      append(details, docs);
    }
  }

  function showEvent(index) {
    const event = events[index];
    const relation = relationByName.get(event.type);
    startDetails();
    const heading = el('h3');
    append(heading, actorButton(event.source), relation.directed ? ' \u2192 ' : ' \u2014 ',
           actorButton(event.target));
    append(details, heading, typeTag(event.type, relation.colour));
    append(details, definitionList([
      ['Date', event.date || 'undated'],
      ['Modality', event.modality],
      ['Office', event.office],
      ['Confidence', event.confidence],
      ['Event', event.id],
    ]));
    append(details, el('h2', '', 'Evidence (' + event.mentionCount +
                    (event.mentionCount === 1 ? ' mention)' : ' mentions)')));
    for (const mention of event.mentions) {
      const doc = documents[mention.document];
      const box = el('div', 'mention');
      const meta = el('div', 'meta');
      append(meta, el('strong', '', doc.id));
      if (doc.title) append(meta, ' \u2014 ', doc.title);
      append(meta, el('br'), 'published ' + (doc.published || 'unknown') + ' \u00b7 event date ' +
             (event.date || 'undated') + ' \u00b7 ' + event.modality + ' \u00b7 confidence ' +
             mention.confidence);
      if (doc.url) append(meta, ' \u00b7 ', safeLink(doc.url, 'source'));
      const sentence = el('p', 'evidence');
      append(sentence, mention.before, mention.trigger ? el('mark', '', mention.trigger) : null,
             mention.after);
      append(box, meta, sentence);
      details.appendChild(box);
    }
    if (event.mentionCount > event.mentions.length) {
      append(details, el('p', 'muted', (event.mentionCount - event.mentions.length) +
                      ' more mentions are in facts.jsonl and the RDF export.'));
    }
  }

  cy.on('tap', 'node', (e) => showActor(e.target.data('index')));
  cy.on('tap', 'edge', (e) => showEvent(e.target.data('index')));
  cy.on('tap', (e) => { if (e.target === cy) showSummary(); });

  // ---- Timeline: dated events per month; a bar click shows that month only -----------------
  const timeline = document.getElementById('timeline');
  const timelineNote = document.getElementById('timeline-note');
  function monthAfter(month) {
    let year = Number(month.slice(0, 4));
    let number = Number(month.slice(5, 7)) + 1;
    if (number > 12) { number = 1; year += 1; }
    return String(year).padStart(4, '0') + '-' + String(number).padStart(2, '0');
  }
  function drawTimeline() {
    clear(timeline);
    const perMonth = new Map();
    const perYear = new Map();
    for (const event of events) {
      if (!event.date) continue;
      if (!filters.relations.has(event.type) || !filters.modalities.has(event.modality)) continue;
      if (event.date.length >= 7) {
        const month = event.date.slice(0, 7);
        perMonth.set(month, (perMonth.get(month) || 0) + 1);
      } else {
        perYear.set(event.date, (perYear.get(event.date) || 0) + 1);
      }
    }
    const months = [...perMonth.keys()].sort();
    const yearNote = [...perYear.entries()].sort().map(([y, n]) => y + ': ' + n).join(', ');
    timelineNote.textContent = (months.length ? 'dated events per month; click a bar to show that month' : 'no event dated to a month') +
      (yearNote ? ' \u00b7 dated to a year only: ' + yearNote : '');
    if (!months.length) return;
    const peak = Math.max(...perMonth.values());
    const last = months[months.length - 1];
    // A long span is capped so the page stays usable; the bars then start at the cap.
    let month = months[0];
    let bars = 0;
    while (month <= last && bars < 600) {
      const count = perMonth.get(month) || 0;
      const bar = el('button', 'bar' + (count ? '' : ' empty'));
      bar.type = 'button';
      bar.dataset.month = month;
      bar.title = month + ': ' + count + (count === 1 ? ' event' : ' events');
      bar.style.height = (count ? Math.max(4, Math.round(64 * count / peak)) : 1) + 'px';
      const inRange = (!filters.from || month >= filters.from) && (!filters.to || month <= filters.to);
      if (count && inRange && (filters.from || filters.to)) bar.classList.add('in-range');
      if (bars === 0 || month.endsWith('-01')) bar.appendChild(el('span', 'bar-label', month));
      const chosen = month;
      bar.addEventListener('click', () => {
        if (filters.from === chosen && filters.to === chosen) setDateRange('', '', true);
        else setDateRange(chosen, chosen, false);
      });
      timeline.appendChild(bar);
      month = monthAfter(month);
      bars += 1;
    }
  }

  // ---- Start -------------------------------------------------------------------------------
  const s = data.summary;
  if (s.shownActors < s.actors) {
    const note = document.getElementById('truncation');
    note.hidden = false;
    note.textContent = 'This graph has ' + s.actors + ' actors; the report shows the ' +
      s.shownActors + ' with the most events and the ' + s.shownEvents + ' of ' + s.events +
      ' events between them (limit: ' + s.maxActors + ' actors, set with --report-max-actors ' +
      'or diplograph report --max-actors).';
  }
  applyFilters();
  showSummary();
  document.body.dataset.ready = 'true';
})();
