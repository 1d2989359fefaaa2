#!/usr/bin/env node
// Markdown tables from run.mjs's JSON results: node report.mjs results/a.json [results/b.json …]
import { readFileSync } from 'node:fs';

const f = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : Number(x).toFixed(d));
for (const path of process.argv.slice(2)) {
  const run = JSON.parse(readFileSync(path, 'utf8'));
  const load = run.machine.loadavgAtStart.map((l) => l.toFixed(1)).join(' ');
  const loads = run.results.map((r) => r.loadavg1);
  console.log(`\n**${path.split('/').pop()}** — ${run.started.slice(0, 16).replace('T', ' ')} UTC, tandem ${run.machine.commit}, load at start ${load}, during ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n`);
  console.log('| server | N | mode | edits/s | p50 ms | p99 ms | max ms | queue p50/p99 | → first p50/p99 | → last +p50/p99 | server CPU | CPU ms/edit |');
  console.log('|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of run.results) {
    const b = r.breakdown;
    console.log(`| ${r.server} | ${r.subscribers} | ${r.mode} | ${f(r.editsPerSecond)} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.max, 0)} | ${f(b.queue.p50)}/${f(b.queue.p99)} | ${f(b.toFirst.p50)}/${f(b.toFirst.p99)} | ${f(b.spread.p50)}/${f(b.spread.p99)} | ${f(r.serverCpuPercent, 0)}% | ${f(r.serverCpuMsPerEdit)} |`);
  }
}
