import { describe, expect, it } from 'vitest';
import { show } from './card-tree-helpers.ts';
import { formatIssue } from '../../../../build/content/format-errors.ts';
import type { FileMap } from '../../../../build/content/types.ts';
import { EN_CALL, EN_MARROW, EN_MOUTH, ES_MOUTH, compile, edit, good, lineOf } from './fixture.ts';

const EN_LADDER = 'en/warning-signs.yaml';
const ES_LADDER = 'es/warning-signs.yaml';
const MOUTH_CALL = 'Call {{care_team_phone}} if you cannot eat or drink.';
const ES_MOUTH_CALL = 'Llame al {{care_team_phone}} si no puede comer ni beber.';

/** The mouth-sores call card rewritten in both languages (same site values, so parity stays quiet). */
function callCard(en: string, es = en): FileMap {
  return edit(edit(good(), EN_MOUTH, MOUTH_CALL, en), ES_MOUTH, ES_MOUTH_CALL, es);
}

describe('the urgency ladder rule', () => {
  it('fails a sentence that names a right-away sign under office-hours words, at the word, with a fix', async () => {
    const files = callCard('Call if you have a fever.');
    const r = await compile(files);
    const line = lineOf(files, EN_MOUTH, 'Call if you have a fever.');
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0];
    expect(e).toMatchObject({ file: `content/${EN_MOUTH}`, line, column: 20, rule: 'urgency-ladder' });
    expect(e?.message).toContain('"fever" names the warning sign "fever"');
    expect(e?.message).toContain('"Call right away, day or night" in content/en/warning-signs.yaml');
    expect(e?.message).toContain('under "Call during office hours"');
    expect(formatIssue(e)).toMatch(
      /^content\/en\/02-side-effects\/01-mouth-sores\.md:\d+:20 error urgency-ladder — .* Fix: Show it with \{\{signs: fever\}\}/,
    );
  });

  it('judges list items by the line before the list, and by the card heading when there is none', async () => {
    const intro = await compile(callCard('Call right away if:\n\n- You have chest pain.'));
    expect(intro.errors.map((e) => [e.rule, e.message.includes('the line before this list')])).toEqual([
      ['urgency-ladder', true],
    ]);
    const heading = await compile(
      edit(
        callCard('- A fever', '- Fiebre'),
        EN_MOUTH,
        '## Call your care team if {#call}',
        '## Call 911 {#call}',
      ),
    );
    expect(heading.errors.map((e) => [e.rule, e.message.includes('the card heading')])).toEqual([
      ['urgency-ladder', true],
    ]);
  });

  it('accepts a sign named at its own tier, and a sign named with no urgency words', async () => {
    const same = await compile(callCard('Call right away if you have a fever. Call 911 for chest pain.'));
    expect(same.errors).toEqual([]);
    const plain = await compile(callCard('A fever can be the first sign of a germ.'));
    expect(plain.errors).toEqual([]);
  });

  it('checks Spanish against the Spanish ladder', async () => {
    const r = await compile(
      callCard('Call {{care_team_phone}} today.', 'Llame si tiene fiebre. {{care_team_phone}}'),
    );
    expect(r.errors.map((e) => [e.file, e.rule])).toEqual([[`content/${ES_MOUTH}`, 'urgency-ladder']]);
  });

  it('shows {{signs: …}} grouped by tier, most urgent first, each tier with its phone line', async () => {
    const files = callCard('{{signs: cannot-eat, fever, chest-pain}}');
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const body = r.content.locales.en.pages.find((p) => p.id === 'mouth-sores')?.cards[3]?.body;
    expect(show(body ?? [])).toBe(
      '<p>[1]<strong>Call 911:</strong> Or go to the nearest emergency room.</p><ul><li>[2]Chest pain</li></ul>' +
        '<p>[3]<strong>Call right away, day or night:</strong> Call {care_team_phone}. [4]At night, call {after_hours_phone}.</p>' +
        '<ul><li>[5]A temperature of {fever_f} ({fever_c}) or higher</li></ul>' +
        '<p>[6]<strong>Call during office hours:</strong> Call {care_team_phone}.</p><ul><li>[7]Mouth sores that make it hard to eat or drink</li></ul>',
    );
  });

  it('expands a tier name to all of its signs', async () => {
    const r = await compile(callCard('{{signs: right-away}}'));
    expect(r.errors).toEqual([]);
    const body = r.content.locales.en.pages.find((p) => p.id === 'mouth-sores')?.cards[3]?.body;
    expect(show(body ?? [])).toContain('<li>[3]A temperature of');
  });

  it('reports an unknown sign, a sign reference inside a sentence, and an empty reference', async () => {
    const unknown = await compile(callCard('{{signs: fever, rash}}'));
    expect(unknown.errors.map((e) => [e.file, e.rule])).toEqual([
      [`content/${EN_MOUTH}`, 'unknown-sign'],
      [`content/${ES_MOUTH}`, 'unknown-sign'],
    ]);
    expect(unknown.errors[0]?.hint).toContain('chest-pain, fever, cannot-eat');
    const inline = await compile(callCard('Watch for {{signs: fever}} today.'));
    expect(inline.errors.map((e) => e.rule)).toEqual(['signs-not-alone', 'signs-not-alone']);
    const empty = await compile(callCard('{{signs:}}'));
    expect(empty.errors.map((e) => e.rule)).toEqual(['signs-empty', 'signs-empty']);
  });

  it('keeps one urgency per sign across languages', async () => {
    const files = edit(
      good(),
      ES_LADDER,
      /- id: fever\n {4}tier: right-away/,
      '- id: fever\n    tier: office-hours',
    );
    const r = await compile(files);
    expect(r.errors.map((e) => [e.file, e.rule, e.line])).toEqual([
      [`content/${ES_LADDER}`, 'ladder-parity', lineOf(files, ES_LADDER, 'id: fever')],
    ]);
  });

  it('requires the ladder file, its three tiers in order, and unique sign words', async () => {
    const missing = good();
    missing.delete(EN_LADDER);
    expect((await compile(missing)).errors.map((e) => e.rule)).toContain('missing-warning-signs');
    const order = await compile(edit(good(), EN_LADDER, 'id: call-911', 'id: office-hours'));
    expect(order.errors.map((e) => e.rule)).toContain('ladder-tiers');
    const dup = await compile(edit(good(), EN_LADDER, 'words: [cannot eat]', 'words: [fever]'));
    expect(dup.errors.map((e) => e.rule)).toEqual(['duplicate-sign-word']);
  });
});

describe('new-fact badges and clinical sign-off', () => {
  it('marks only the card named in new_since_2014', async () => {
    const { content } = await compile(good());
    const marrow = content.locales.en.pages.find((p) => p.id === 'marrow');
    expect(marrow?.cards.map((c) => [c.id, c.newFact])).toEqual([['where', true]]);
    expect(content.locales.en.pages.find((p) => p.id === 'welcome')?.cards.every((c) => !c.newFact)).toBe(
      true,
    );
  });

  it('fails a new_since_2014 entry without a card, or naming a card the page lacks', async () => {
    const plain = await compile(edit(good(), EN_MARROW, /- card: where\n {4}note: (.*)\n/, '- $1\n'));
    expect(plain.errors.map((e) => e.rule)).toEqual(['new-fact-shape']);
    const files = edit(good(), EN_MARROW, 'card: where', 'card: there');
    const wrong = await compile(files);
    expect(wrong.errors.map((e) => [e.rule, e.line])).toEqual([
      ['new-fact-card', lineOf(files, EN_MARROW, 'card: there')],
    ]);
  });

  it('reads clinical_review, and refuses a sign-off older than the change', async () => {
    const pending = await compile(
      edit(
        good(),
        EN_CALL,
        'new_since_2014: []',
        'new_since_2014: []\nclinical_review:\n  status: pending\n  changed: 2026-11-20',
      ),
    );
    expect(pending.errors).toEqual([]);
    expect(pending.content.locales.en.pages.find((p) => p.id === 'call-now')?.clinicalReview).toEqual({
      status: 'pending',
      changed: '2026-11-20',
      reviewer: null,
      date: null,
    });
    expect(pending.content.locales.en.pages.find((p) => p.id === 'welcome')?.clinicalReview).toBeNull();
    const stale = await compile(
      edit(
        good(),
        EN_CALL,
        'new_since_2014: []',
        'new_since_2014: []\nclinical_review:\n  status: signed\n  changed: 2026-11-20\n  reviewer: RN Kim\n  date: 2026-11-10',
      ),
    );
    expect(stale.errors.map((e) => e.rule)).toEqual(['sign-off-before-change']);
    const noReviewer = await compile(
      edit(
        good(),
        EN_CALL,
        'new_since_2014: []',
        'new_since_2014: []\nclinical_review:\n  status: signed\n  changed: 2026-11-20\n  date: 2026-11-21',
      ),
    );
    expect(noReviewer.errors.map((e) => e.rule)).toEqual(['schema-missing']);
  });
});
