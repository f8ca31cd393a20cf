// Runs sopbook's search client (themes/default/static/search.js) in node
// against an index written into SITE/search/, for the integration tests and
// the benchmark. Usage: node search_driver.js SEARCH_JS SITE < input.json
// input: {"queries": ["..."], "stems": ["..."], "limit": 10}
// output: {"queries": [{query, urls, titles, ms, files, gzip_bytes,
//   keystroke_ms}], "stems": [...]}; keystroke_ms: the query typed letter by
//   letter into one client (shards stay loaded), the slowest keystroke.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const api = require(path.resolve(process.argv[2]));
const site = process.argv[3];
const input = JSON.parse(fs.readFileSync(0, "utf8"));

function freshIndex() {
  api.reset();
  return new api.Index((name) => {
    const file = path.join(site, "search", name + ".js");
    vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
  });
}

async function main() {
  const out = { queries: [], stems: (input.stems || []).map(api.stem) };
  // One pass first so that timings are of compiled code, as in a browser
  // tab that has served a few keystrokes.
  if (input.warmup) {
    for (const q of input.queries || []) await freshIndex().search(q, { limit: 8 });
  }
  for (const q of input.queries || []) {
    const index = freshIndex();
    const t0 = process.hrtime.bigint();
    const r = await index.search(q, { limit: input.limit || 10, typing: input.typing });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let gz = 0;
    for (const name of index.loaded) {
      gz += zlib.gzipSync(fs.readFileSync(path.join(site, "search", name + ".js"))).length;
    }
    const typing = freshIndex();
    let slowest = 0;
    for (let i = 1; i <= q.length; i++) {
      const k0 = process.hrtime.bigint();
      await typing.search(q.slice(0, i), { limit: 8 });
      slowest = Math.max(slowest, Number(process.hrtime.bigint() - k0) / 1e6);
    }
    out.queries.push({
      keystroke_ms: slowest,
      query: q,
      urls: r.results.map((x) => x.url),
      pages: r.results.map((x) => x.page),
      titles: r.results.map((x) => x.title),
      terms: r.terms,
      ms,
      files: index.loaded.length,
      gzip_bytes: gz,
    });
  }
  process.stdout.write(JSON.stringify(out));
}
main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
