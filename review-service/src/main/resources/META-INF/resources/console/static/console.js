// The console's only script: signs in, keeps the token in sessionStorage and calls the review API
// (/videos...) with it. Data goes into the page with textContent only, never as HTML.
'use strict';

const TOKEN = 'yt.console.token';
const USER = 'yt.console.user';
/** States in which something outside the reviewer's hands moves the video: the page follows them. */
const MOVING = ['READY_FOR_GENERATION', 'GENERATING', 'READY_FOR_PUBLISH', 'PUBLISHING', 'CHANGES_REQUESTED'];
const FINAL = ['PUBLISHED', 'SCRIPT_REJECTED', 'VIDEO_REJECTED', 'CANCELLED'];

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function say(text, ok) {
  const box = document.getElementById('message');
  box.textContent = text;
  box.classList.toggle('ok', !!ok);
  box.hidden = !text;
}

function usd(amount) {
  if (amount === null || amount === undefined) return '—';
  // LLM calls cost fractions of a cent: keep them visible
  return amount.toFixed(amount > 0 && amount < 0.01 ? 4 : 2) + ' USD';
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '—';
}

/** A fresh Idempotency-Key; getRandomValues also works on plain http hosts, randomUUID does not. */
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

class ApiError extends Error {
  constructor(status, body) {
    super(ApiError.describe(status, body));
    this.status = status;
  }

  static describe(status, body) {
    const detail = body && (body.detail || body.title || body.message || (body.violations && body.violations
      .map(v => v.field + ': ' + v.message).join('; ')));
    // 403 has more than one reason (another workspace's video, four eyes, an override by a non-admin)
    if (status === 403) return 'Not allowed (403): ' + (detail || 'you do not review this workspace') + '.';
    if (status === 404) return 'No such video (404).';
    if (status === 412) return 'Someone changed this video meanwhile (412): the page shows the current version now.';
    return 'The review API answered ' + status + (detail ? ': ' + detail : '') + '.';
  }
}

async function api(path, options) {
  const token = sessionStorage.getItem(TOKEN);
  if (!token) {
    location.assign('/console/login');
    throw new ApiError(401);
  }
  const request = Object.assign({}, options);
  request.headers = Object.assign({ Authorization: 'Bearer ' + token, Accept: 'application/json' }, request.headers);
  const response = await fetch(path, request);
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN);
    location.assign('/console/login');
    throw new ApiError(401);
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function showUser() {
  const user = JSON.parse(sessionStorage.getItem(USER) || 'null');
  const signOut = document.getElementById('sign-out');
  if (!user) return null;
  document.getElementById('who').textContent = 'Signed in as ' + user.username + ' (' + user.roles.join(', ')
    + (user.workspaces.length ? '; ' + user.workspaces.join(', ') : '') + ')';
  signOut.hidden = false;
  signOut.addEventListener('click', () => {
    sessionStorage.clear();
    location.assign('/console/login');
  });
  return user;
}

// ---- sign in ----------------------------------------------------------------------------------

function loginPage() {
  const form = document.getElementById('login-form');
  if (form) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const response = await fetch('/auth/dev-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({ username: document.getElementById('username').value }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        say('Sign-in refused: ' + ((body && (body.detail || body.title)) || response.status));
        return;
      }
      signIn(body.token, { username: body.username, roles: body.roles, workspaces: body.workspaces });
    });
  }
  document.getElementById('token-form').addEventListener('submit', event => {
    event.preventDefault();
    const token = document.getElementById('token').value.trim();
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    signIn(token, { username: claims.upn || claims.sub, roles: claims.groups || [], workspaces: claims.workspaces || [] });
  });
}

function signIn(token, user) {
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(USER, JSON.stringify(user));
  location.assign('/console');
}

// ---- board ------------------------------------------------------------------------------------

async function boardPage() {
  const user = showUser();
  if (!user) return location.assign('/console/login');
  const select = document.getElementById('workspace');
  const known = new Set(user.workspaces);
  const fillWorkspaces = () => {
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '' }, 'All my workspaces'),
      ...[...known].sort().map(ws => el('option', { value: ws, selected: ws === chosen }, ws)));
  };
  fillWorkspaces();
  const load = async () => {
    try {
      const query = new URLSearchParams({ size: '500' });
      if (select.value) query.set('workspace', select.value);
      const videos = await api('/videos?' + query);
      if (!select.value) {
        videos.forEach(video => known.add(video.workspaceId));
        fillWorkspaces();
      }
      renderBoard(videos);
      say('');
    } catch (error) {
      say(error.message);
    }
  };
  select.addEventListener('change', load);
  document.getElementById('refresh').addEventListener('click', load);
  await load();
}

function renderBoard(videos) {
  const budget = Number(document.body.dataset.budgetUsd);
  document.querySelectorAll('.column').forEach(column => {
    const inState = videos.filter(video => video.state === column.dataset.state);
    column.querySelector('.count').textContent = inState.length;
    column.querySelector('.cards').replaceChildren(...inState.map(video => {
      const costBadge = el('span', { class: 'badge cost' }, 'estimate …');
      const card = el('li', { 'data-video-id': video.id },
        el('a', { href: '/console/videos/' + video.id }, video.title),
        el('span', { class: 'muted' }, video.workspaceId + ' · rev ' + video.revision),
        el('br'), costBadge,
        video.lastFailure ? el('span', { class: 'badge failure', title: video.lastFailure }, 'failed: ' + video.lastFailure) : '');
      // the queue has no costs: each card asks for its video's estimate
      api('/videos/' + video.id).then(details => {
        const estimate = details.costEstimate && details.costEstimate.total;
        costBadge.textContent = 'estimate ' + usd(estimate) + (details.actualCost ? ' · spent ' + usd(details.actualCost) : '');
        if (estimate > budget) {
          costBadge.after(el('span', { class: 'badge budget' }, 'over budget (' + usd(budget) + ')'));
        }
      }, () => { costBadge.textContent = 'estimate unavailable'; });
      return card;
    }));
  });
  document.getElementById('total').textContent = videos.length + (videos.length === 1 ? ' video' : ' videos');
}

// ---- one video --------------------------------------------------------------------------------

async function videoPage() {
  if (!showUser()) return location.assign('/console/login');
  const id = document.body.dataset.videoId;
  let current = null;
  const refresh = async () => {
    const video = await api('/videos/' + id);
    if (!current || video.version !== current.version) {
      if (current) say(''); // what the last message said is over: the video moved on
      current = video;
      renderVideo(video);
    }
    // progress is no transition (the version stays): it is drawn on every poll
    renderProgress(video);
    return video;
  };
  const command = async (button, path, body) => {
    document.querySelectorAll('.actions button').forEach(b => { b.disabled = true; });
    try {
      current = await api('/videos/' + id + '/' + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"' + current.version + '"',
          'Idempotency-Key': idempotencyKey() },
        body: JSON.stringify(body),
      });
      renderVideo(current);
      renderProgress(current);
      say(button.textContent + ': done, now ' + current.state + '.', true);
    } catch (error) {
      say(error.message);
      if (error.status === 409 || error.status === 412) await refresh().catch(() => {});
    } finally {
      document.querySelectorAll('.actions button').forEach(b => { b.disabled = false; });
    }
  };
  wireGate1(command, () => current);
  wireGate2(command);
  wireOtherActions(command);
  try {
    await refresh();
  } catch (error) {
    say(error.message);
    return;
  }
  // live progress without reloading: follow the video while other services move it
  setInterval(() => {
    if (current && MOVING.includes(current.state)) refresh().catch(error => say(error.message));
  }, 1500);
}

function wireGate1(command, current) {
  const value = id => document.getElementById(id).value.trim();
  const tags = text => text.split(',').map(tag => tag.trim()).filter(tag => tag);
  document.getElementById('gate1-approve').addEventListener('click', event => {
    const script = current().script;
    const body = { comment: value('gate1-comment') || null };
    // only what the reviewer changed: an edit makes a new revision authored by them
    if (value('seo-title') !== script.title) body.title = value('seo-title');
    if (value('seo-description') !== script.description) body.description = value('seo-description');
    if (tags(value('seo-tags')).join(',') !== script.tags.join(',')) body.tags = tags(value('seo-tags'));
    command(event.target, 'gate1/approve', body);
  });
  document.getElementById('gate1-request-changes').addEventListener('click', event => {
    if (!value('gate1-comment')) return say('Write the notes for editorial first.');
    command(event.target, 'gate1/request-changes', { notes: value('gate1-comment') });
  });
  document.getElementById('gate1-reject').addEventListener('click', event => {
    if (!value('gate1-comment')) return say('Write the reason first.');
    command(event.target, 'gate1/reject', { reason: value('gate1-comment') });
  });
}

function wireGate2(command) {
  const value = id => document.getElementById(id).value.trim();
  document.getElementById('gate2-approve').addEventListener('click', event => {
    const publishAt = value('publish-at');
    command(event.target, 'gate2/approve', {
      comment: value('gate2-comment') || null,
      publishAt: publishAt ? new Date(publishAt).toISOString() : null,
      privacyStatus: value('privacy'),
      madeForKids: document.getElementById('made-for-kids').checked,
      containsSyntheticMedia: document.getElementById('synthetic').checked,
    });
  });
  document.getElementById('gate2-regenerate').addEventListener('click', event => {
    const scenes = [...document.querySelectorAll('#regenerate-scenes input:checked')].map(box => Number(box.value));
    if (!scenes.length) return say('Tick the scenes to regenerate first.');
    command(event.target, 'gate2/regenerate', { scenes, notes: value('gate2-comment') || null });
  });
  document.getElementById('gate2-reject').addEventListener('click', event => {
    if (!value('gate2-comment')) return say('Write the reason first.');
    command(event.target, 'gate2/reject', { reason: value('gate2-comment') });
  });
}

function wireOtherActions(command) {
  const reason = () => document.getElementById('other-reason').value.trim();
  document.getElementById('retry').addEventListener('click', event =>
    command(event.target, 'retry', { comment: reason() || null }));
  document.getElementById('cancel').addEventListener('click', event => {
    if (!reason()) return say('Write the reason first.');
    command(event.target, 'cancel', { reason: reason() });
  });
}

function renderVideo(video) {
  const script = video.script;
  document.title = script.title + ' · yt-autopilot console';
  document.getElementById('title').textContent = script.title;
  document.getElementById('facts').replaceChildren(
    el('span', { class: 'badge state', id: 'state' }, video.state), ' ',
    'workspace ' + video.workspaceId + ' · revision ' + script.revision + ' by ' + script.author
    + ' · generation ' + video.generation + ' · version ' + video.version
    + (video.publishedLocation ? ' · published at ' + video.publishedLocation : ''));
  const failure = document.getElementById('failure');
  failure.hidden = !video.lastFailure;
  failure.textContent = video.lastFailure ? 'Last failure: ' + video.lastFailure : '';

  renderGate1(video);
  renderGate2(video);
  document.getElementById('other-actions').hidden = FINAL.includes(video.state) || video.state === 'PUBLISHING';
  document.getElementById('retry').hidden = !['GENERATION_FAILED', 'PUBLISH_FAILED'].includes(video.state);
  document.getElementById('cancel').hidden = FINAL.includes(video.state) || video.state === 'PUBLISHING';

  document.getElementById('script-meta').replaceChildren(
    ...[['Topic', script.topic], ['Hook', script.hook], ['Call to action', script.callToAction],
      ['Description', script.description], ['Tags', script.tags.join(', ')]]
      .flatMap(([term, text]) => [el('dt', {}, term), el('dd', {}, text || '—')]));
  const clips = video.assets ? video.assets.clips : [];
  document.querySelector('#scenes tbody').replaceChildren(...script.scenes.map(scene => {
    const clip = clips.find(c => c.index === scene.index);
    const placeholder = placeholderOf(video, scene.index);
    let rendered;
    if (placeholder) rendered = el('span', { class: 'placeholder', title: placeholder.error }, 'placeholder');
    else if (clip) rendered = clip.durationSeconds.toFixed(1) + ' s';
    else rendered = el('span', { class: 'placeholder' }, video.assets ? 'missing' : 'not yet');
    return el('tr', { 'data-scene': scene.index, class: placeholder ? 'placeholder-scene' : null },
      el('td', {}, scene.index), el('td', {}, scene.narration),
      el('td', {}, scene.visualPrompt), el('td', {}, scene.onScreenText), el('td', {}, scene.durationSeconds),
      el('td', {}, rendered));
  }));
  renderCost(video);
  renderTimeline(video.history);
  renderDiagram(video.state);
}

/** The assets' placeholder for a scene (every provider failed on it), if any. */
function placeholderOf(video, index) {
  return video.assets && (video.assets.placeholderScenes || []).find(p => p.index === index);
}

/** Production's latest report on the current generation: a bar and one line of text. */
function renderProgress(video) {
  const section = document.getElementById('progress');
  const progress = video.progress;
  section.hidden = !progress;
  if (!progress) return;
  const live = ['READY_FOR_GENERATION', 'GENERATING'].includes(video.state);
  document.getElementById('progress-heading').textContent = 'Generation ' + progress.generation
    + (live ? ' progress' : ': last progress report');
  const bar = document.getElementById('progress-bar');
  bar.value = progress.percent;
  bar.textContent = progress.percent + ' %';
  document.getElementById('progress-text').textContent = progressText(progress, live);
}

function progressText(progress, live) {
  const parts = [];
  if (progress.stage === 'QUEUED') parts.push('queued');
  else if (progress.stage === 'ASSEMBLING') parts.push('assembling the video');
  else parts.push('scene ' + progress.scenesDone + ' of ' + progress.scenesTotal);
  parts.push(progress.percent + ' %');
  if (progress.scenesFailed) parts.push(progress.scenesFailed + (progress.scenesFailed === 1 ? ' scene' : ' scenes') + ' failed');
  if (live && progress.etaSeconds !== null && progress.etaSeconds !== undefined) {
    parts.push(progress.etaSeconds < 90 ? 'about ' + progress.etaSeconds + ' s left'
      : 'about ' + Math.round(progress.etaSeconds / 60) + ' min left');
  }
  // the message adds to the line unless it only repeats the stage ("queued")
  const message = progress.message && progress.message.toLowerCase() !== parts[0] ? ' (' + progress.message + ')' : '';
  return parts.join(', ') + message + ' · reported ' + when(progress.at);
}

/** Gate 1 of a later revision: what changed since the previous one, word by word. */
async function renderRevisionDiff(video) {
  const section = document.getElementById('revision-diff');
  if (video.script.revision < 2) {
    section.hidden = true;
    return;
  }
  try {
    const diff = await api('/videos/' + video.id + '/revisions/diff');
    const changed = diff.fields.filter(field => field.changed);
    section.hidden = diff.from === diff.to;
    document.getElementById('diff-from').textContent = diff.from + ' (this is revision ' + diff.to + ')';
    const unchanged = diff.fields.length - changed.length;
    document.getElementById('diff-unchanged').textContent = !changed.length ? 'Nothing changed.'
      : unchanged === 1 ? '1 other field is unchanged.' : unchanged + ' other fields are unchanged.';
    document.querySelector('#diff tbody').replaceChildren(...changed.map(field => el('tr', { 'data-field': field.name },
      el('th', { scope: 'row' }, field.name),
      el('td', { class: 'diff' }, field.segments.map(segment =>
        segment.op === 'INSERT' ? el('ins', {}, segment.text)
          : segment.op === 'DELETE' ? el('del', {}, segment.text) : segment.text)))));
  } catch (error) {
    say('The changes since the previous revision are unavailable: ' + error.message);
  }
}

function renderGate1(video) {
  const gate = document.getElementById('gate1');
  gate.hidden = video.state !== 'SCRIPT_PENDING_REVIEW';
  if (gate.hidden) return;
  renderRevisionDiff(video);
  const notes = document.getElementById('answers-notes');
  notes.hidden = !video.script.answersNotes;
  notes.textContent = video.script.answersNotes ? 'This revision answers the notes: ' + video.script.answersNotes : '';
  const budget = Number(document.body.dataset.budgetUsd);
  const estimate = video.costEstimate && video.costEstimate.total;
  document.getElementById('gate1-estimate').replaceChildren('Generating this revision is estimated at ',
    el('strong', {}, usd(estimate)), estimate > budget ? el('span', { class: 'badge budget' }, 'over budget') : '');
  renderDrafting(video);
  document.getElementById('seo-title').value = video.script.title;
  document.getElementById('seo-description').value = video.script.description;
  document.getElementById('seo-tags').value = video.script.tags.join(', ');
}

/** Editorial's compliance findings, worst first, and the LLM calls behind the revision with their cost. */
function renderDrafting(video) {
  const drafting = video.script.drafting;
  const order = { BLOCKER: 0, WARNING: 1, INFO: 2 };
  const findings = [...drafting.findings].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
  const blockers = findings.filter(f => f.severity === 'BLOCKER').length;
  document.getElementById('compliance-summary').textContent = findings.length
    ? findings.length + ' finding(s), ' + blockers + ' blocker(s): check them before approving.'
    : 'No findings.';
  document.querySelector('#findings tbody').replaceChildren(...findings.map(f =>
    el('tr', { class: 'finding ' + f.severity.toLowerCase() },
      el('td', {}, el('span', { class: 'badge ' + (f.severity === 'BLOCKER' ? 'failure' : 'budget') }, f.severity)),
      el('td', {}, f.rule), el('td', {}, f.location || '—'), el('td', {}, f.excerpt || '—'), el('td', {}, f.message))));
  const variants = Object.entries(drafting.promptVariants || {}).map(([phase, variant]) => phase + ': ' + variant);
  document.getElementById('drafting-facts').replaceChildren(
    ...[['Why this topic', drafting.selectionReason], ['Target format', drafting.targetFormat],
      ['Prompt variants (A/B)', variants.join(', ')],
      ['Chapters', video.script.chapters.map(c => c.startSeconds + ' s ' + c.title).join(' · ')],
      ['LLM cost of this revision', usd(video.draftingCostUsd)]]
      .flatMap(([term, text]) => [el('dt', {}, term), el('dd', {}, text || '—')]));
  document.querySelector('#model-calls tbody').replaceChildren(...drafting.modelCalls.map(call =>
    el('tr', {}, el('td', {}, call.phase), el('td', {}, call.provider), el('td', {}, call.model),
      el('td', {}, call.inputTokens + ' / ' + call.outputTokens), el('td', {}, call.latencyMillis + ' ms'),
      el('td', {}, call.outcome), el('td', {}, call.costUsd.toFixed(4)))));
}

function renderGate2(video) {
  const gate = document.getElementById('gate2');
  gate.hidden = !video.assets || !['VIDEO_PENDING_REVIEW', 'READY_FOR_PUBLISH', 'PUBLISHING', 'PUBLISHED',
    'PUBLISH_FAILED', 'VIDEO_REJECTED'].includes(video.state);
  if (gate.hidden) return;
  const base = document.body.dataset.mediaBaseUrl + '/media/' + video.id + '/';
  const player = document.getElementById('player');
  const source = base + encodeURIComponent(fileName(video.assets.videoLocation));
  if (player.getAttribute('src') !== source) player.setAttribute('src', source);
  document.getElementById('thumbnail').setAttribute('src', base + encodeURIComponent(fileName(video.assets.thumbnailLocation)));
  const assets = video.assets;
  document.getElementById('rendering').textContent = [assets.format && assets.width
    ? assets.format + ' ' + assets.width + '×' + assets.height : null,
  assets.videoDurationSeconds.toFixed(1) + ' s', 'generation ' + assets.generation,
  assets.subtitlesLocation ? 'subtitles: ' + fileName(assets.subtitlesLocation) : null].filter(part => part).join(' · ');
  const placeholders = assets.placeholderScenes || [];
  document.getElementById('placeholders').hidden = !placeholders.length;
  document.getElementById('placeholder-list').replaceChildren(...placeholders.map(p =>
    el('li', { 'data-scene': p.index }, 'Scene ' + p.index + ': ' + p.error)));
  const deciding = video.state === 'VIDEO_PENDING_REVIEW';
  document.getElementById('gate2-form').hidden = !deciding;
  // placeholders come pre-selected: regenerating them is the likely next step
  document.getElementById('regenerate-scenes').replaceChildren(el('legend', {}, 'Scenes to regenerate'),
    ...video.script.scenes.map(scene => {
      const placeholder = placeholderOf(video, scene.index);
      return el('label', { class: 'check' },
        el('input', { type: 'checkbox', value: scene.index, name: 'scene', checked: !!placeholder }),
        'Scene ' + scene.index, placeholder ? el('span', { class: 'placeholder' }, ' (placeholder)') : '');
    }));
}

function fileName(location) {
  return location.split(/[\\/]/).pop();
}

function renderCost(video) {
  const budget = Number(document.body.dataset.budgetUsd);
  const estimate = video.costEstimate;
  const lines = (title, cost) => el('table', {}, el('caption', {}, title),
    el('thead', {}, el('tr', {}, ['Item', 'Provider', 'Units', 'USD'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, cost.map(line => el('tr', {}, el('td', {}, line.item), el('td', {}, line.provider),
      el('td', {}, line.units), el('td', {}, line.cost.toFixed(4))))));
  document.getElementById('cost').replaceChildren(
    el('p', {}, 'Estimate (revision ' + (estimate ? estimate.revision : '—') + '): ', el('strong', { id: 'estimate' },
      usd(estimate && estimate.total)),
      estimate && estimate.total > budget ? el('span', { class: 'badge budget' }, 'over budget (' + usd(budget) + ')') : ''),
    estimate ? lines('Estimate', estimate.lines) : '',
    el('p', {}, 'Actual, all generations: ', el('strong', { id: 'actual-cost' }, usd(video.actualCost))),
    video.assets ? lines('Generation ' + video.assets.generation, video.assets.costLines) : '');
}

function renderTimeline(history) {
  document.querySelector('#timeline tbody').replaceChildren(...history.map(entry => el('tr', {},
    el('td', {}, when(entry.at)), el('td', {}, entry.from || '(new)'), el('td', {}, entry.to),
    el('td', {}, entry.trigger), el('td', {}, entry.actor), el('td', {}, entry.comment || ''),
    el('td', { class: 'id' }, entry.eventId || '—'))));
}

function renderDiagram(state) {
  document.querySelectorAll('#states li').forEach(item => {
    const current = item.dataset.state === state;
    item.classList.toggle('current', current);
    if (current) item.setAttribute('aria-current', 'step'); else item.removeAttribute('aria-current');
  });
  document.querySelectorAll('#transitions tr[data-from]').forEach(row => {
    row.classList.toggle('exit', row.dataset.from === state);
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const pages = { login: loginPage, board: boardPage, video: videoPage };
  const page = pages[document.body.dataset.page];
  if (page) page();
});
