/** Renders the sidebar's model into the page: a pure function of the model, rebuilt on every change. */
import type { Deadline, Lang, PushedRow, RowStatus, SidebarState } from '../sidebar-contract';
import { fill, h, icon, on, type Child, type IconName } from './dom';
import { apiHost, formatDate, formatDateTime, formatValue, sheetOfA1 } from './format';
import { label, type LabelKey } from './i18n';

export type Action = 'load' | 'pull' | 'push' | 'resolve' | 'language';

export interface Model {
  lang: Lang;
  state: SidebarState | null;
  /** The server call under way, if any. */
  busy: Action | null;
  progress: SidebarState['progress'];
  /** The call that failed last (its message is written in the current language). */
  failed: Action | null;
}

export interface Handlers {
  pull(): void;
  push(): void;
  refresh(): void;
  language(lang: Lang): void;
  resolve(sheetName: string, rowNumber: number, choice: 'mine' | 'server'): void;
}

/** Rows other than conflicts and rejections listed at most (a push of a whole sheet can touch hundreds). */
export const MAX_OTHER_ROWS = 50;

interface Regions {
  lang: HTMLElement;
  refresh: HTMLElement;
  connection: HTMLElement;
  actions: HTMLElement;
  progress: HTMLElement;
  notice: HTMLElement;
  sheet: HTMLElement;
  cycle: HTMLElement;
  pull: HTMLElement;
  pushSummary: HTMLElement;
  pushRows: HTMLElement;
  headings: Record<'connection' | 'sheet' | 'pull' | 'push', HTMLElement>;
  cycleHeading: HTMLElement;
}

let regions: Regions | null = null;
/** The control that last had the keyboard focus (a button disabled while busy loses it). */
let lastFocus: string | null = null;

const section = (id: string, heading: HTMLElement, ...body: Child[]): HTMLElement =>
  h('section', { class: 'card', 'aria-labelledby': `${id}-h` }, heading, ...body);

/** Builds the page's fixed frame once; live regions must exist before their content changes to be announced. */
const skeleton = (root: HTMLElement): Regions => {
  const heading = (id: string) => h('h2', { id: `${id}-h` });
  const r: Regions = {
    lang: h('div', { class: 'lang', role: 'group' }),
    refresh: h('div', { class: 'refresh' }),
    connection: h('div'),
    actions: h('div', { class: 'actions' }),
    progress: h('div', {
      id: 'progress',
      class: 'progress',
      role: 'status',
      'aria-live': 'polite',
    }),
    notice: h('div', { id: 'notice', class: 'notice', role: 'alert' }),
    sheet: h('div'),
    cycle: h('div'),
    pull: h('div'),
    pushSummary: h('div', { id: 'push-summary', 'aria-live': 'polite' }),
    pushRows: h('div'),
    headings: {
      connection: heading('connection'),
      sheet: heading('sheet'),
      pull: heading('pull'),
      push: heading('push'),
    },
    cycleHeading: heading('cycle'),
  };
  fill(
    root,
    h('header', { class: 'top' }, h('h1', {}, 'Ciklas'), r.lang, r.refresh),
    section('connection', r.headings.connection, r.connection),
    r.actions,
    r.progress,
    r.notice,
    section('sheet', r.headings.sheet, r.sheet),
    section('cycle', r.cycleHeading, r.cycle),
    section('pull', r.headings.pull, r.pull),
    section('push', r.headings.push, r.pushSummary, r.pushRows),
  );
  return r;
};

/** Fills `el` only when `key` changed, so that live regions announce news, not every redraw. */
const fillOnce = (el: HTMLElement, key: string, ...children: Child[]): void => {
  if (el.getAttribute('data-key') === key) return;
  el.setAttribute('data-key', key);
  fill(el, ...children);
};

const button = (
  text: string,
  focusKey: string,
  onClick: () => void,
  attrs: Record<string, string | boolean> = {},
): HTMLButtonElement =>
  on(h('button', { type: 'button', 'data-focus': focusKey, ...attrs }, text), 'click', onClick);

const pairs = (items: [string, Child][]): HTMLElement =>
  h('dl', { class: 'pairs' }, ...items.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

const STATUS_ICON: Record<Deadline['status'], IconName> = {
  done: 'check',
  doneLate: 'check',
  overdue: 'warning',
  dueSoon: 'clock',
  upcoming: 'dot',
  unscheduled: 'dash',
};

const ROW_ICON: Record<RowStatus, IconName> = {
  applied: 'check',
  unchanged: 'equal',
  conflict: 'warning',
  rejected: 'cross',
};

const ROW_LABEL: Record<RowStatus, LabelKey> = {
  applied: 'row.applied',
  unchanged: 'row.unchanged',
  conflict: 'row.conflict',
  rejected: 'row.rejected',
};

/** The cell part of an A1 address (`F7` of `Skyrių planai!F7`). */
const cellOf = (a1: string): string => a1.slice(a1.lastIndexOf('!') + 1);

const renderConnection = (lang: Lang, state: SidebarState | null, r: Regions): void => {
  const c = state?.connection;
  if (!c) return fill(r.connection, h('p', { class: 'muted' }, label(lang, 'app.loading')));
  if (!c.connected) {
    return fill(
      r.connection,
      h(
        'p',
        { class: 'status status-bad' },
        icon('cross'),
        h('strong', {}, label(lang, 'connection.disconnected')),
      ),
      c.error ? h('p', { class: 'error-text' }, c.error) : null,
      h('p', { class: 'hint' }, label(lang, 'connection.hint')),
    );
  }
  const rows: [string, Child][] = [];
  if (c.user) rows.push([label(lang, 'connection.user'), c.user]);
  if (c.organisation) rows.push([label(lang, 'connection.organisation'), c.organisation]);
  if (c.apiUrl)
    rows.push([label(lang, 'connection.api'), h('span', { title: c.apiUrl }, apiHost(c.apiUrl))]);
  fill(
    r.connection,
    h(
      'p',
      { class: 'status status-ok' },
      icon('check'),
      h('strong', {}, label(lang, 'connection.connected')),
    ),
    pairs(rows),
  );
};

const renderActions = (m: Model, r: Regions, on_: Handlers): void => {
  const { lang, state, busy } = m;
  const connected = state?.connection.connected === true;
  const disabled = busy !== null || !connected;
  fill(
    r.actions,
    button(label(lang, 'actions.pull'), 'pull', on_.pull, {
      class: 'secondary',
      disabled,
    }),
    button(label(lang, 'actions.push'), 'push', on_.push, {
      class: 'primary',
      disabled: disabled || !state?.sheet,
    }),
  );
};

const BUSY_LABEL: Record<Action, LabelKey> = {
  load: 'busy.load',
  pull: 'busy.pull',
  push: 'busy.push',
  resolve: 'busy.resolve',
  language: 'busy.language',
};

const FAIL_LABEL: Record<Action, LabelKey> = {
  load: 'fail.load',
  pull: 'fail.pull',
  push: 'fail.push',
  resolve: 'fail.resolve',
  language: 'fail.language',
};

const renderProgress = (m: Model, r: Regions): void => {
  const p = m.progress;
  if (!p && (m.busy === null || m.busy === 'load')) {
    r.progress.hidden = true;
    return fillOnce(r.progress, 'none');
  }
  r.progress.hidden = false;
  const text = p ? p.label : label(m.lang, BUSY_LABEL[m.busy ?? 'load']);
  const count =
    p && p.total > 0
      ? label(m.lang, 'progress.count', { done: Math.min(p.done, p.total), total: p.total })
      : '';
  const bar = h('progress', {
    'aria-label': text,
    max: p && p.total > 0 ? p.total : null,
    value: p && p.total > 0 ? Math.min(p.done, p.total) : null,
  });
  fillOnce(
    r.progress,
    `${m.lang}|${text}|${count}`,
    h(
      'div',
      { class: 'progress-text' },
      h('span', {}, text),
      count ? h('span', { class: 'count' }, count) : null,
    ),
    bar,
  );
};

const renderNotice = (m: Model, r: Regions): void => {
  if (!m.failed) {
    r.notice.hidden = true;
    return fillOnce(r.notice, 'none');
  }
  r.notice.hidden = false;
  fillOnce(
    r.notice,
    `${m.lang}|${m.failed}`,
    h(
      'p',
      {},
      icon('warning'),
      h('strong', {}, label(m.lang, FAIL_LABEL[m.failed])),
      ' ',
      label(m.lang, 'fail.retry'),
    ),
  );
};

const renderSheet = (lang: Lang, state: SidebarState | null, r: Regions): void => {
  const s = state?.sheet;
  if (!state) return fill(r.sheet);
  if (!s) return fill(r.sheet, h('p', { class: 'muted' }, label(lang, 'sheet.none')));
  fill(
    r.sheet,
    h('p', { class: 'sheet-name' }, s.name),
    pairs([
      [label(lang, 'sheet.entity'), s.entityLabel],
      [label(lang, 'sheet.year'), s.year],
      [label(lang, 'sheet.changedRows'), h('strong', {}, s.changedRows)],
    ]),
  );
};

const deadlineItem = (lang: Lang, d: Deadline): HTMLElement =>
  h(
    'li',
    { class: `deadline st-${d.status}` },
    h('span', { class: 'deadline-label' }, d.label),
    h(
      'span',
      { class: 'deadline-meta' },
      h('span', { class: 'deadline-status' }, icon(STATUS_ICON[d.status]), d.statusLabel),
      ' · ',
      h(
        'span',
        { class: 'deadline-date' },
        d.dueOn
          ? h('time', { datetime: d.dueOn }, formatDate(lang, d.dueOn))
          : label(lang, 'cycle.noDate'),
      ),
    ),
  );

const renderCycle = (lang: Lang, state: SidebarState | null, r: Regions): void => {
  const c = state?.cycle;
  fill(
    r.cycleHeading,
    c ? label(lang, 'cycle.heading', { year: c.year }) : label(lang, 'cycle.headingNone'),
  );
  if (!state) return fill(r.cycle);
  if (!c) return fill(r.cycle, h('p', { class: 'muted' }, label(lang, 'cycle.none')));
  fill(
    r.cycle,
    pairs([[label(lang, 'cycle.phase'), h('strong', {}, c.phaseLabel)]]),
    c.deadlines.length
      ? h(
          'ul',
          { class: 'deadlines', 'aria-label': label(lang, 'cycle.deadlines') },
          ...c.deadlines.map((d) => deadlineItem(lang, d)),
        )
      : null,
  );
};

const renderPull = (lang: Lang, state: SidebarState | null, r: Regions): void => {
  const p = state?.lastPull;
  if (!state) return fill(r.pull);
  if (!p) return fill(r.pull, h('p', { class: 'muted' }, label(lang, 'pull.never')));
  fill(
    r.pull,
    h(
      'p',
      {},
      h('time', { datetime: p.at }, formatDateTime(lang, p.at)),
      ' · ',
      `${label(lang, 'pull.rows')}: ${p.rows}`,
    ),
  );
};

const conflictTable = (lang: Lang, row: PushedRow): HTMLElement =>
  h(
    'table',
    { class: 'cells' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, label(lang, 'conflict.cell')),
        h('th', { scope: 'col' }, label(lang, 'conflict.mine')),
        h('th', { scope: 'col' }, label(lang, 'conflict.server')),
      ),
    ),
    h(
      'tbody',
      {},
      ...(row.conflict ?? []).map((cell) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            cell.header,
            ' ',
            h('span', { class: 'a1', title: cell.a1 }, cellOf(cell.a1)),
          ),
          h('td', { class: 'mine' }, formatValue(lang, cell.mine)),
          h('td', { class: 'server' }, formatValue(lang, cell.server)),
        ),
      ),
    ),
  );

const rowItem = (m: Model, row: PushedRow, handlers: Handlers): HTMLElement => {
  const { lang } = m;
  const statusWord = label(lang, ROW_LABEL[row.status]);
  const body: Child[] = [
    h(
      'div',
      { class: 'row-head' },
      h('span', { class: 'row-number' }, label(lang, 'row.number', { row: row.rowNumber })),
      ' ',
      h('span', { class: `badge badge-${row.status}` }, icon(ROW_ICON[row.status]), statusWord),
    ),
  ];
  if (row.changed.length)
    body.push(
      h(
        'p',
        { class: 'row-columns' },
        label(lang, row.status === 'conflict' ? 'row.differs' : 'row.changed', {
          columns: row.changed.join(', '),
        }),
      ),
    );
  if (row.status === 'conflict' && row.conflict?.length) {
    const first = row.conflict[0];
    const sheetName = (first && sheetOfA1(first.a1)) ?? m.state?.sheet?.name ?? '';
    const disabled = m.busy !== null;
    body.push(
      h('p', { class: 'muted small' }, label(lang, 'conflict.explain')),
      conflictTable(lang, row),
      h(
        'div',
        { class: 'resolve' },
        button(
          label(lang, 'conflict.keepMine'),
          `resolve-${row.rowNumber}-mine`,
          () => handlers.resolve(sheetName, row.rowNumber, 'mine'),
          { class: 'secondary small', disabled },
        ),
        button(
          label(lang, 'conflict.takeServer'),
          `resolve-${row.rowNumber}-server`,
          () => handlers.resolve(sheetName, row.rowNumber, 'server'),
          { class: 'secondary small', disabled },
        ),
      ),
    );
  }
  if (row.status === 'rejected' && row.errors?.length)
    body.push(
      h(
        'ul',
        { class: 'errors' },
        ...row.errors.map((e) =>
          h(
            'li',
            {},
            h('span', { class: 'a1', title: e.a1 }, cellOf(e.a1)),
            ' ',
            e.header ? h('span', { class: 'err-header' }, `${e.header}:`) : null,
            e.header ? ' ' : null,
            h('span', { class: 'err-message' }, e.message),
          ),
        ),
      ),
    );
  return h('li', { class: `row row-${row.status}`, 'data-row': row.rowNumber }, ...body);
};

const SUMMARY: [keyof NonNullable<SidebarState['lastPush']>['summary'], LabelKey, RowStatus][] = [
  ['applied', 'push.summary.applied', 'applied'],
  ['unchanged', 'push.summary.unchanged', 'unchanged'],
  ['conflict', 'push.summary.conflict', 'conflict'],
  ['rejected', 'push.summary.rejected', 'rejected'],
];

const renderPush = (m: Model, r: Regions, handlers: Handlers): void => {
  const { lang, state } = m;
  const p = state?.lastPush;
  if (!state) {
    fillOnce(r.pushSummary, 'none');
    return fill(r.pushRows);
  }
  if (!p) {
    fillOnce(r.pushSummary, `${lang}|never`, h('p', { class: 'muted' }, label(lang, 'push.never')));
    return fill(r.pushRows);
  }
  const s = p.summary;
  fillOnce(
    r.pushSummary,
    `${lang}|${p.at}|${s.applied}|${s.unchanged}|${s.conflict}|${s.rejected}`,
    h('p', {}, h('time', { datetime: p.at }, formatDateTime(lang, p.at))),
    h(
      'ul',
      { class: 'summary' },
      ...SUMMARY.map(([k, key, status]) =>
        h(
          'li',
          { class: `chip chip-${status}${s[k] > 0 ? '' : ' zero'}` },
          h('span', { class: 'chip-label' }, label(lang, key)),
          ' ',
          h('strong', {}, s[k]),
        ),
      ),
    ),
  );
  const problem = (row: PushedRow) => row.status === 'conflict' || row.status === 'rejected';
  const byRow = (a: PushedRow, b: PushedRow) => a.rowNumber - b.rowNumber;
  const others = p.rows.filter((row) => !problem(row)).sort(byRow);
  const shown = [...p.rows.filter(problem).sort(byRow), ...others.slice(0, MAX_OTHER_ROWS)];
  const hidden = others.length - Math.min(others.length, MAX_OTHER_ROWS);
  fill(
    r.pushRows,
    shown.length
      ? h(
          'ul',
          { class: 'rows', 'aria-label': label(lang, 'push.rows') },
          ...shown.map((row) => rowItem(m, row, handlers)),
        )
      : null,
    hidden > 0
      ? h('p', { class: 'muted small' }, label(lang, 'push.more', { count: hidden }))
      : null,
  );
};

const renderTop = (m: Model, r: Regions, handlers: Handlers): void => {
  const disabled = m.busy !== null;
  r.lang.setAttribute('aria-label', label(m.lang, 'app.language'));
  const langButton = (code: Lang, name: string) =>
    button(code.toUpperCase(), `lang-${code}`, () => handlers.language(code), {
      lang: code,
      'aria-label': name,
      'aria-pressed': String(m.lang === code),
      disabled: disabled && m.lang !== code,
    });
  fill(r.lang, langButton('lt', 'Lietuvių'), langButton('en', 'English'));
  fill(
    r.refresh,
    button('', 'refresh', handlers.refresh, {
      class: 'icon-button',
      'aria-label': label(m.lang, 'app.refresh'),
      title: label(m.lang, 'app.refresh'),
      disabled,
    }),
  );
  r.refresh.firstElementChild?.appendChild(icon('refresh'));
};

/** Draws `model` into `root` (built on the first call), keeping the keyboard focus where it was. */
export const render = (root: HTMLElement, model: Model, handlers: Handlers): void => {
  if (!regions) regions = skeleton(root);
  const r = regions;
  lastFocus = document.activeElement?.getAttribute('data-focus') ?? lastFocus;
  const { lang, state } = model;
  document.documentElement.lang = lang;
  root.setAttribute('aria-busy', String(model.busy !== null));
  fill(r.headings.connection, label(lang, 'connection.heading'));
  fill(r.headings.sheet, label(lang, 'sheet.heading'));
  fill(r.headings.pull, label(lang, 'pull.heading'));
  fill(r.headings.push, label(lang, 'push.heading'));
  renderTop(model, r, handlers);
  renderConnection(lang, state, r);
  renderActions(model, r, handlers);
  renderProgress(model, r);
  renderNotice(model, r);
  renderSheet(lang, state, r);
  renderCycle(lang, state, r);
  renderPull(lang, state, r);
  renderPush(model, r, handlers);
  const active = document.activeElement;
  if (lastFocus && (!active || active === document.body || !root.contains(active))) {
    const again = root.querySelector<HTMLElement>(`[data-focus="${lastFocus}"]`);
    if (again && !again.hasAttribute('disabled')) again.focus();
  }
};
