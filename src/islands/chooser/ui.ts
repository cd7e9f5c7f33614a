import { score, type Answers, type ChooserModel, type Result } from './score.ts';

// Everything is built with DOM calls and textContent: quotes come from third-party articles and must
// never be parsed as HTML.
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const points = (n: number) => (Math.round(n * 10) / 10).toString();

function answersOf(form: HTMLFormElement, model: ChooserModel): Answers {
  const data = new FormData(form);
  const out: Answers = {};
  for (const q of model.questions) {
    const v = data.get(q.id);
    if (typeof v === 'string') out[q.id] = v;
  }
  return out;
}

function render(box: HTMLElement, model: ChooserModel, r: Result): void {
  const name = (id: string) => model.subjects.find((s) => s.id === id)?.name ?? id;
  box.replaceChildren();
  box.hidden = false;
  if (r.answered === 0) {
    box.append(el('p', 'Answer any question to see which option the sources point you to, and why.'));
    return;
  }
  box.append(el('h3', r.leader ? `Recommended: ${name(r.leader)}` : 'Either fits: the evidence is close for your answers', { class: 'chooser-verdict' }));
  const max = Math.max(...Object.values(r.totals), 1);
  const scores = el('dl', undefined, { class: 'chooser-scores' });
  for (const s of model.subjects) {
    const meter = el('meter', undefined, { min: '0', max: String(max), value: String(r.totals[s.id] ?? 0), 'aria-label': `${s.name} score` });
    const dd = el('dd');
    dd.append(meter, ` ${points(r.totals[s.id] ?? 0)} points`);
    scores.append(el('dt', s.name), dd);
  }
  box.append(scores);
  if (r.reasons.length) {
    box.append(el('h4', 'Why'));
    const list = el('ol', undefined, { class: 'chooser-reasons' });
    for (const reason of r.reasons) {
      const li = el('li');
      const head = el('p');
      // A split or thin topic is listed with no points: its basis says why it does not lean.
      head.append(`${reason.answer} → `, el('a', reason.basis, { href: reason.href }), reason.points ? ` (+${points(reason.points)} for ${name(reason.subject)})` : '');
      li.append(head);
      for (const c of reason.citations) {
        const q = el('blockquote');
        const link = el('a', c.source, { href: c.href });
        q.append(el('p', `“${c.quote}”`), link);
        li.append(q);
      }
      list.append(li);
    }
    box.append(list);
  } else {
    box.append(el('p', 'Your answers so far do not touch anything the sources compare.'));
  }
  if (r.flips.length) {
    box.append(el('h4', 'What would change it'));
    const flips = el('ul', undefined, { class: 'chooser-flips' });
    for (const f of r.flips.slice(0, 4)) flips.append(el('li', `If you ${f.condition}, ${name(f.subject)} would lead.`));
    box.append(flips);
  }
}

/** A decision record a team can paste into an issue or an ADR. */
export function markdown(model: ChooserModel, answers: Answers, r: Result, url: string): string {
  const name = (id: string) => model.subjects.find((s) => s.id === id)?.name ?? id;
  const abs = (href: string) => new URL(href, url).href;
  const lines = [`# Decision record: ${r.leader ? name(r.leader) : 'either option fits'}`, '', `Made with the chooser at ${url}`, '', '## Answers', ''];
  for (const q of model.questions) {
    const a = q.answers.find((x) => x.id === answers[q.id]);
    lines.push(`- ${q.question} ${a ? a.label : '_(not answered)_'}`);
  }
  lines.push(
    '',
    '## Recommendation',
    '',
    `${r.leader ? `**${name(r.leader)}**` : 'Either fits'} (${model.subjects.map((s) => `${s.name} ${points(r.totals[s.id] ?? 0)}`).join(', ')} points)`,
    '',
    '## Reasons',
    '',
  );
  r.reasons.forEach((reason, i) => {
    lines.push(`${i + 1}. ${reason.answer} → [${reason.basis}](${abs(reason.href)})`);
    for (const c of reason.citations) lines.push(`   > “${c.quote}” ([${c.source}](${abs(c.href)}))`);
  });
  if (r.flips.length) {
    lines.push('', '## What would change it', '');
    for (const f of r.flips) lines.push(`- If you ${f.condition}, ${name(f.subject)} would lead.`);
  }
  return `${lines.join('\n')}\n`;
}

export function mount(root: HTMLElement, model: ChooserModel): void {
  const form = root.querySelector('form')!;
  const box = root.querySelector<HTMLElement>('.chooser-result')!;
  const status = root.querySelector<HTMLElement>('.chooser-copied')!;
  const sync = root.dataset.syncUrl === 'true';
  const params = new URLSearchParams(location.search);
  for (const q of model.questions) {
    const v = params.get(q.id);
    const input = v ? form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(q.id)}"][value="${CSS.escape(v)}"]`) : null;
    if (input) input.checked = true;
  }
  let current: { answers: Answers; result: Result } | undefined;
  const update = () => {
    const answers = answersOf(form, model);
    const result = score(model, answers);
    current = { answers, result };
    render(box, model, result);
    status.textContent = '';
    if (sync) {
      const url = new URL(location.href);
      for (const q of model.questions) {
        if (answers[q.id]) url.searchParams.set(q.id, answers[q.id]!);
        else url.searchParams.delete(q.id);
      }
      history.replaceState(null, '', url);
    }
  };
  form.addEventListener('change', update);
  // The result updates as answers change; submitting (Enter, or the button) takes the reader to it.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
    box.tabIndex = -1;
    box.focus();
  });
  // The reset event fires before the inputs are cleared.
  form.addEventListener('reset', () => setTimeout(update));
  root.querySelector('[data-copy]')!.addEventListener('click', async () => {
    if (!current) return;
    const link = new URL(root.dataset.page ?? location.pathname, location.href);
    for (const [k, v] of Object.entries(current.answers)) link.searchParams.set(k, v);
    const text = markdown(model, current.answers, current.result, link.href);
    root.dataset.markdown = text;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied the decision record.';
    } catch {
      status.textContent = 'Copying is blocked here; select the record below instead.';
      const area = el('textarea', text, { readonly: '', rows: '12', 'aria-label': 'Decision record in Markdown' });
      box.append(area);
      area.select();
    }
  });
  form.hidden = false;
  root.dataset.ready = '';
  update();
}
