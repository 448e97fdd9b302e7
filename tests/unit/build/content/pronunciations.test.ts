import { describe, expect, it } from 'vitest';
import { parsePronunciations } from '../../../../build/content/pronunciations.ts';
import { createSink, type ContentIssue } from '../../../../build/content/types.ts';
import { compile, good, put } from './fixture.ts';

function parse(text: string) {
  const issues: ContentIssue[] = [];
  const rules = parsePronunciations('content/en/pronunciations.yaml', text, createSink(issues));
  return { rules, issues };
}

describe('pronunciations.yaml', () => {
  it('reads entries, capitals matching exactly by default, longest first', () => {
    const { rules, issues } = parse('- text: ALL\n  say: A L L\n- text: vincristine\n  say: vin kris teen\n');
    expect(issues).toEqual([]);
    expect(rules).toEqual([
      { text: 'vincristine', say: 'vin kris teen', exactCase: false },
      { text: 'ALL', say: 'A L L', exactCase: true },
    ]);
  });

  it('lets exact_case override the default', () => {
    const { rules } = parse('- text: Ara-C\n  say: ara C\n  exact_case: true\n');
    expect(rules[0]?.exactCase).toBe(true);
  });

  it('refuses a missing say, markup, an unknown key and a bad exact_case, each at its line', () => {
    const { rules, issues } = parse(
      [
        '- text: ALL', // 1
        '- text: LLA', // 2
        '  say: <phoneme>ele</phoneme>', // 3
        '- text: CAR T', // 4
        '  sound: car T', // 5
        '  say: car T', // 6
        '- text: x', // 7
        '  say: y', // 8
        '  exact_case: maybe', // 9
      ].join('\n'),
    );
    expect(issues.map((i) => [i.rule, i.line])).toEqual([
      ['schema-missing', 1],
      ['pronunciation-bad-text', 3],
      ['schema-unknown-key', 5],
      ['schema-type', 9],
    ]);
    expect(issues.every((i) => i.hint.length > 0)).toBe(true);
    expect(rules.map((r) => r.text)).toEqual(['CAR T', 'x']);
  });

  it('refuses the same word twice, naming the first line', () => {
    const { rules, issues } = parse('- text: ALL\n  say: A L L\n- text: all\n  say: all\n');
    expect(issues.map((i) => [i.rule, i.line])).toEqual([['pronunciation-duplicate', 3]]);
    expect(issues[0]?.message).toContain('line 1');
    expect(rules).toHaveLength(1);
  });

  it('is a list, and says so otherwise', () => {
    const { issues } = parse('text: ALL\n');
    expect(issues[0]?.rule).toBe('pronunciations-not-a-list');
    expect(issues[0]?.hint).toContain('- text: ALL');
  });

  it('a broken file fails the build with file, line and a fix; a missing one is a warning', async () => {
    const broken = put(good(), 'es/pronunciations.yaml', '- text: LLA\n  say: [ele]\n');
    const r = await compile(broken);
    expect(r.errors.map((e) => [e.file, e.line, e.rule])).toEqual([
      ['content/es/pronunciations.yaml', 2, 'schema-type'],
    ]);
    const files = good();
    files.delete('en/pronunciations.yaml');
    const missing = await compile(files);
    expect(missing.errors).toEqual([]);
    expect(missing.warnings.map((w) => w.rule)).toContain('missing-pronunciations');
  });

  it('reaches the compiled content for each language', async () => {
    const r = await compile(good());
    expect(r.errors).toEqual([]);
    expect(r.content.locales.en.pronunciations.map((p) => p.text)).toContain('ALL');
    expect(r.content.locales.es.pronunciations.map((p) => p.text)).toContain('LLA');
  });
});
