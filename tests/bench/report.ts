// The bench's verdicts and its Markdown table. Goals are fixed here and never loosened by the numbers.
import type { ElectronResult } from './electron';
import type { IdleResult } from './idle';
import { asciiPlot, type MemoryResult } from './memory';
import type { PaintResult } from './paint';
import type { SizeResult } from './sizes';
import { kb, ms, type Summary } from './stats';
import type { TapResult } from './taps';
import type { TargetResult } from './targets';

type Machine = {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  chromium: string;
  node: string;
  date: string;
  quick: boolean;
  /** 1-minute load average at the start and the end of the run (others' work on a shared machine shows here). */
  loadStart: number;
  loadEnd: number;
};

export type BenchResults = {
  machine: Machine;
  paint: PaintResult[];
  taps: TapResult[];
  memory: MemoryResult;
  idle: { app: IdleResult; anchor: IdleResult };
  sizes: SizeResult;
  targets: TargetResult[];
  electron: ElectronResult | { skipped: true; reason: string };
  goals: Goal[];
  seconds: number;
};

export type Goal = { goal: string; value: string; met: boolean; margin: string };

/** "value must stay under limit": met when value < limit; the margin says by how much either way. */
function under(goal: string, value: number, limit: number, unit: string, digits = 1): Goal {
  const diff = limit - value;
  const pct = (Math.abs(diff) / limit) * 100;
  return {
    goal,
    value: `${value.toFixed(digits)}${unit}`,
    met: value < limit,
    margin: `${value < limit ? 'under' : 'over'} by ${Math.abs(diff).toFixed(digits)}${unit} (${pct.toFixed(0)}% of the limit)`,
  };
}

export function judge(r: Omit<BenchResults, 'goals' | 'seconds'>): Goal[] {
  const goals: Goal[] = [];
  for (const p of r.paint) {
    goals.push(
      under(
        `First contentful paint ≤ 1.2× static page (median, ${p.cpuRate}× CPU)`,
        p.app.fcp.median / p.anchor.fcp.median,
        1.2,
        '×',
        2,
      ),
      under(
        `Boot (${p.screen}) screen LCP ≤ 1.3× static page (median, ${p.cpuRate}× CPU)`,
        p.app.lcp.median / p.anchor.lcp.median,
        1.3,
        '×',
        2,
      ),
    );
  }
  for (const t of r.taps.filter((x) => x.cpuRate === 4)) {
    goals.push(
      under('Tap p95 < 50 ms at 4× CPU (Event Timing)', t.app.eventTiming.p95, 50, ' ms'),
      under('Tap p95 < 50 ms at 4× CPU (2nd rAF after DOM change)', t.app.raf.p95, 50, ' ms'),
    );
  }
  const g = r.memory.growth;
  goals.push(
    under(`JS heap growth < 1% after ${r.memory.navigations} navigations`, Math.max(0, g.heapPct), 1, '%', 2),
    {
      goal: `JS heap plateaus over ${r.memory.navigations} navigations (last-half slope ≤ ¼ of the first half's, or < 2 B/nav)`,
      value: `${r.memory.plateau.lastHalfBytesPerNav.toFixed(1)} B/nav (first half ${r.memory.plateau.firstHalfBytesPerNav.toFixed(1)})`,
      met: r.memory.plateau.flat,
      margin: r.memory.plateau.verdict,
    },
    under(
      'JS heap after a recycle (reload at the attract screen) < 1.05× the heap at the start',
      r.memory.afterRecycle.heapUsed / r.memory.start.heapUsed,
      1.05,
      '×',
      2,
    ),
    under(
      `DOM node growth < 1% after ${r.memory.navigations} navigations`,
      Math.max(0, g.nodesPct),
      1,
      '%',
      2,
    ),
    under(
      `Event listener growth < 1% after ${r.memory.navigations} navigations`,
      Math.max(0, g.listenersPct),
      1,
      '%',
      2,
    ),
    under(
      `Idle CPU < 1% of a core (${r.idle.app.screen} screen, renderer process)`,
      r.idle.app.rendererProcessPct,
      1,
      '%',
      2,
    ),
    under('Initial JS+CSS < 60 KB gzipped (60,000 bytes)', r.sizes.initialTotal.gzip / 1000, 60, ' kB', 1),
  );
  return goals;
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const trio = (s: Summary, below16 = false): string =>
  [s.median, s.p95, s.max].map((v) => (below16 && v < 16 ? '<16 ms' : ms(v))).join(' / ');

export function table(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB.toFixed(1)} GB RAM, ${m.os}; Chromium ${m.chromium}; Node ${m.node}; ${m.date}; load average ${m.loadStart.toFixed(1)} at start, ${m.loadEnd.toFixed(1)} at end${m.quick ? ' — QUICK MODE (reduced counts, not a result)' : ''}`,
    '',
    row(['Measure', 'App (median / p95 / max)', 'Anchor (median / p95 / max)', 'Ratio (median)']),
    row(['---', '---', '---', '---']),
  );
  for (const p of r.paint) {
    for (const k of ['fp', 'fcp', 'lcp'] as const) {
      out.push(
        row([
          `${k.toUpperCase()} ${p.screen} screen at boot, ${p.cpuRate}× CPU (${p.runs} runs each)`,
          trio(p.app[k]),
          `${trio(p.anchor[k])} (static page)`,
          `${(p.app[k].median / p.anchor[k].median).toFixed(2)}×`,
        ]),
      );
    }
  }
  for (const t of r.taps) {
    out.push(
      row([
        `Tap → painted, Event Timing, ${t.cpuRate}× CPU (${t.app.taps} taps each; ${t.app.eventTimingBelow16} app / ${t.anchor.eventTimingBelow16} anchor taps < 16 ms)`,
        trio(t.app.eventTiming, true),
        `${trio(t.anchor.eventTiming, true)} (plain JS page)`,
        t.anchor.eventTiming.median >= 16 && t.app.eventTiming.median >= 16
          ? `${(t.app.eventTiming.median / t.anchor.eventTiming.median).toFixed(2)}×`
          : 'n/a (<16 ms)',
      ]),
      row([
        `Tap → 2nd rAF after DOM change, ${t.cpuRate}× CPU`,
        trio(t.app.raf),
        `${trio(t.anchor.raf)} (plain JS page)`,
        `${(t.app.raf.median / t.anchor.raf.median).toFixed(2)}×`,
      ]),
    );
  }
  const mem = r.memory;
  const mb = (b: number): string => `${(b / 1048576).toFixed(2)} MB`;
  out.push(
    row([
      `JS heap, start → after ${mem.navigations} navigations (forced GC)`,
      `${mb(mem.start.heapUsed)} → ${mb(mem.end.heapUsed)} (${mem.growth.heapPct.toFixed(2)}%, ${mem.growth.heapBytesPerNav.toFixed(1)} B/nav)`,
      '',
      '',
    ]),
    row([
      'JS heap at each sample (navigations: MB, load average)',
      mem.samples
        .map((x) => `${x.navigations}: ${(x.heapUsed / 1048576).toFixed(2)} (${x.load.toFixed(1)})`)
        .join(', '),
      '',
      '',
    ]),
    row(['JS heap plateau (least-squares slope, first half → last half)', mem.plateau.verdict, '', '']),
    row([
      'JS heap after a recycle (page reloaded at the attract screen, forced GC)',
      `${mb(mem.afterRecycle.heapUsed)} (${((mem.afterRecycle.heapUsed / mem.start.heapUsed) * 100).toFixed(0)}% of the start, ${((mem.afterRecycle.heapUsed / mem.end.heapUsed) * 100).toFixed(0)}% of the end); DOM nodes ${mem.afterRecycle.nodes}`,
      '',
      '',
    ]),
    row([
      'DOM nodes / JS event listeners, start → end',
      `${mem.start.nodes} → ${mem.end.nodes} (${mem.growth.nodesPct.toFixed(2)}%) / ${mem.start.listeners} → ${mem.end.listeners} (${mem.growth.listenersPct.toFixed(2)}%)`,
      '',
      '',
    ]),
    row([
      `Idle CPU over ${r.idle.app.seconds.toFixed(0)} s (${r.idle.app.screen} screen): page's renderer process / main-thread tasks / script / all renderers`,
      `${r.idle.app.rendererProcessPct.toFixed(2)}% / ${r.idle.app.mainThreadPct.toFixed(2)}% / ${r.idle.app.scriptPct.toFixed(2)}% / ${r.idle.app.allRenderersPct.toFixed(2)}% of a core`,
      `${r.idle.anchor.rendererProcessPct.toFixed(2)}% / ${r.idle.anchor.mainThreadPct.toFixed(2)}% / ${r.idle.anchor.scriptPct.toFixed(2)}% / ${r.idle.anchor.allRenderersPct.toFixed(2)}% (static page)`,
      '',
    ]),
    row([
      'Initial JS+CSS (raw / gzip / brotli)',
      `${kb(r.sizes.initialTotal.raw)} / ${kb(r.sizes.initialTotal.gzip)} / ${kb(r.sizes.initialTotal.brotli)}`,
      '',
      '',
    ]),
  );
  for (const c of [...r.sizes.content, ...r.sizes.other]) {
    out.push(
      row([
        `Lazy chunk ${c.file} (raw / gzip / brotli)`,
        `${kb(c.raw)} / ${kb(c.gzip)} / ${kb(c.brotli)}`,
        '',
        '',
      ]),
    );
  }
  for (const t of r.targets) {
    const v = `${t.viewport.width}×${t.viewport.height}`;
    const box = (x: { width: number; height: number }): string =>
      `${x.width.toFixed(0)}×${x.height.toFixed(0)} px`;
    out.push(
      row([
        `Smallest touch target, ${v} (${t.count} targets, ${t.screens.length} screens)`,
        `${box(t.smallest)}: ${t.smallest.name} on ${t.smallest.screen}${t.smallest.inline ? ' (inline glossary word)' : ''}`,
        '',
        '',
      ]),
      row([
        `Smallest non-inline touch target, ${v}`,
        `${box(t.smallestNonInline)}: ${t.smallestNonInline.name} on ${t.smallestNonInline.screen}`,
        '',
        '',
      ]),
      row([
        `Smallest gap between targets, ${v}`,
        `${t.smallestGap.gap.toFixed(1)} px: ${t.smallestGap.a} ↔ ${t.smallestGap.b} on ${t.smallestGap.screen}`,
        '',
        '',
      ]),
      row([
        `Smallest gap between non-inline targets, ${v}`,
        `${t.smallestGapNonInline.gap.toFixed(1)} px: ${t.smallestGapNonInline.a} ↔ ${t.smallestGapNonInline.b} on ${t.smallestGapNonInline.screen}`,
        '',
        '',
      ]),
    );
  }
  if (r.electron.skipped) {
    out.push('', `Electron cold start and process memory: skipped — ${r.electron.reason}.`);
  } else {
    const e = r.electron;
    out.push(
      row([
        'Electron cold start → first contentful paint',
        trio(e.coldStart.kiosk),
        `${trio(e.coldStart.empty)} (empty Electron app)`,
        `${(e.coldStart.kiosk.median / e.coldStart.empty.median).toFixed(2)}×`,
      ]),
      row([
        `Electron process memory after ${e.navigations} navigations`,
        `${e.processMemoryMB.toFixed(0)} MB (all processes, working set)`,
        '',
        '',
      ]),
    );
  }
  out.push('', row(['Goal', 'Value', 'Verdict', 'Margin']), row(['---', '---', '---', '---']));
  for (const g of r.goals) out.push(row([g.goal, g.value, g.met ? 'met' : '**missed**', g.margin]));
  out.push('', 'JS heap against navigations:', '', '```text', asciiPlot(r.memory.samples), '```');
  out.push('', `Bench time: ${(r.seconds / 60).toFixed(1)} min.`);
  return out.join('\n');
}
