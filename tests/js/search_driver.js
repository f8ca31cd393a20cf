// Runs sopbook's search client (themes/default/static/search.js) in node
// against an index written into SITE/search/, for the integration tests and
// the benchmark. Usage: node search_driver.js SEARCH_JS SITE < input.json
// input: {"queries": ["..."], "stems": ["..."], "limit": 10}
// output: {"queries": [{query, urls, titles, ms, files, gzip_bytes}], "stems": [...]}
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
  for (const q of input.queries || []) {
    const index = freshIndex();
    const t0 = process.hrtime.bigint();
    const r = await index.search(q, { limit: input.limit || 10, typing: input.typing });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let gz = 0;
    for (const name of index.loaded) {
      gz += zlib.gzipSync(fs.readFileSync(path.join(site, "search", name + ".js"))).length;
    }
    out.queries.push({
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
