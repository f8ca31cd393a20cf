/* sopbook search: loads the sharded index written by `src/search` (as
 * scripts, so it works from file://), ranks sections with BM25F impacts,
 * and drives the search box, the results page and result highlighting.
 * Plain JavaScript, no dependencies. Also loadable in node for tests. */
(function (global) {
  "use strict";

  /* ---------- text: folding, terms, stemming (mirrors src/search) ---------- */

  var FOLD_TABLE = "àaáaâaãaäaåaāaăaąaçcćcčcďdđdèeéeêeëeēeėeęeěeìiíiîiïiīiįiıiñnńnňnòoóoôoõoöoøoōoőoùuúuûuüuūuůuűuųuýyÿyźzżzžzśsšsşsťtţtřrŕrĺlľlłlğg";
  var FOLD = { "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d" };
  for (var fi = 0; fi < FOLD_TABLE.length; fi += 2) FOLD[FOLD_TABLE[fi]] = FOLD_TABLE[fi + 1];
  var STOP = new Set(("a all an and any are as at be been but by can com could did do does for from had has have how http https i if in into is it its me my no not of on or org our should so such than that the their them then there these they this those to us was we were what when where which who why will with would www you your").split(" "));
  var JOINERS = "./-_@:";
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  function fold(text) {
    var out = "";
    var lower = text.toLowerCase();
    for (var ch of lower) out += FOLD[ch] !== undefined ? FOLD[ch] : ch;
    return out;
  }

  function isCjk(ch) {
    var c = ch.codePointAt(0);
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
  }

  var WORD_RE = /^[\p{L}\p{N}]$/u;
  function isWordChar(ch) { return WORD_RE.test(ch) && !isCjk(ch); }

  /* Folded text to pieces: {chunk, parts} for words and technical chunks,
   * {cjk} for CJK runs. */
  function pieces(folded) {
    var chars = Array.from(folded), out = [], i = 0;
    while (i < chars.length) {
      var c = chars[i];
      if (isCjk(c)) {
        var run = "";
        while (i < chars.length && isCjk(chars[i])) run += chars[i++];
        out.push({ cjk: run });
      } else if (isWordChar(c)) {
        var chunk = "", end = 0;
        while (i < chars.length && (isWordChar(chars[i]) || JOINERS.indexOf(chars[i]) >= 0)) {
          chunk += chars[i];
          if (isWordChar(chars[i])) end = chunk.length;
          i++;
        }
        chunk = chunk.slice(0, end).replace(/^https?:\/\//, "");
        var parts = chunk.split(/[^\p{L}\p{N}]+/u).filter(function (p) { return p; });
        out.push({ chunk: chunk, parts: parts });
      } else i++;
    }
    return out;
  }

  /* ---- Porter2 stemmer ---- */
  var EXCEPTIONS = { skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl",
    gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news",
    howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes" };
  function isVowel(c) { return "aeiouy".indexOf(c) >= 0; }
  function regionAfter(w, from) {
    for (var i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    return w.length;
  }
  function longest(w, list) {
    var best = null;
    for (var s of list) if (w.endsWith(s) && (best === null || s.length > best.length)) best = s;
    return best;
  }
  function endsDouble(w) {
    var n = w.length;
    return n >= 2 && w[n - 1] === w[n - 2] && "bdfgmnprt".indexOf(w[n - 1]) >= 0;
  }
  function endsShort(w) {
    var n = w.length;
    if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
    return n >= 3 && !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(w[n - 1]) && "wxY".indexOf(w[n - 1]) < 0;
  }
  var STEP2 = { tional: "tion", enci: "ence", anci: "ance", abli: "able", entli: "ent", izer: "ize",
    ization: "ize", ational: "ate", ation: "ate", ator: "ate", alism: "al", aliti: "al", alli: "al",
    fulness: "ful", ousli: "ous", ousness: "ous", iveness: "ive", iviti: "ive", biliti: "ble", bli: "ble",
    ogi: "og", fulli: "ful", lessli: "less", li: "" };
  var STEP3 = { tional: "tion", ational: "ate", alize: "al", icate: "ic", iciti: "ic", ical: "ic", ful: "",
    ness: "", ative: "" };
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
    "iti", "ous", "ive", "ize", "ion"];

  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
    if (EXCEPTIONS[word]) return EXCEPTIONS[word];
    var w = word[0] === "y" ? "Y" + word.slice(1) : word;
    for (var i = 1; i < w.length; i++) if (w[i] === "y" && isVowel(w[i - 1])) w = w.slice(0, i) + "Y" + w.slice(i + 1);
    var r1 = /^(gener|arsen)/.test(w) ? 5 : /^commun/.test(w) ? 6 : regionAfter(w, 0);
    var r2 = r1 < w.length ? regionAfter(w, r1) : w.length;
    // step 1a
    var s = longest(w, ["sses", "ied", "ies", "us", "ss", "s"]);
    if (s === "sses") w = w.slice(0, -2);
    else if (s === "ied" || s === "ies") w = w.slice(0, -3) + (w.length > 4 ? "i" : "ie");
    else if (s === "s" && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
    if (["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"].indexOf(w) >= 0) return w;
    // step 1b
    s = longest(w, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
    if (s && s.startsWith("eed")) {
      if (w.length - s.length >= r1) w = w.slice(0, -s.length) + "ee";
    } else if (s && /[aeiouy]/.test(w.slice(0, -s.length))) {
      w = w.slice(0, -s.length);
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (endsDouble(w)) w = w.slice(0, -1);
      else if (r1 >= w.length && endsShort(w)) w += "e";
    }
    // step 1c
    var n = w.length;
    if (n > 2 && (w[n - 1] === "y" || w[n - 1] === "Y") && !isVowel(w[n - 2])) w = w.slice(0, -1) + "i";
    // step 2
    s = longest(w, Object.keys(STEP2));
    if (s && w.length - s.length >= r1) {
      var before = w[w.length - s.length - 1];
      if (!(s === "ogi" && before !== "l") && !(s === "li" && !(before && "cdeghkmnrt".indexOf(before) >= 0)))
        w = w.slice(0, -s.length) + STEP2[s];
    }
    // step 3
    s = longest(w, Object.keys(STEP3));
    if (s && w.length - s.length >= r1 && !(s === "ative" && w.length - s.length < r2))
      w = w.slice(0, -s.length) + STEP3[s];
    // step 4
    s = longest(w, STEP4);
    if (s && w.length - s.length >= r2) {
      var b4 = w[w.length - s.length - 1];
      if (s !== "ion" || (b4 === "s" || b4 === "t")) w = w.slice(0, -s.length);
    }
    // step 5
    n = w.length;
    if (w.endsWith("e")) {
      if (n - 1 >= r2 || (n - 1 >= r1 && !endsShort(w.slice(0, -1)))) w = w.slice(0, -1);
    } else if (w.endsWith("ll") && n > r2) w = w.slice(0, -1);
    return w.replace(/Y/g, "y");
  }

  /* One edit apart: a letter inserted, deleted or replaced, or two
   * neighbouring letters swapped. */
  function oneEdit(a, b) {
    if (a === b) return false;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
  }

  /* The query: words to match, chunks and CJK pairs, and filters. */
  function parseQuery(q) {
    var filters = { owner: null, tag: null }, rest = [];
    q.split(/\s+/).forEach(function (w) {
      var m = /^(owner|tag):(.+)$/i.exec(w);
      if (m) filters[m[1].toLowerCase()] = m[2].replace(/_/g, " ");
      else if (w) rest.push(w);
    });
    var words = [], chunks = [];
    pieces(fold(rest.join(" "))).forEach(function (p) {
      if (p.cjk !== undefined) {
        var cs = Array.from(p.cjk);
        if (cs.length === 1) words.push({ text: p.cjk, cjk: true });
        for (var i = 0; i + 1 < cs.length; i++) words.push({ text: cs[i] + cs[i + 1], cjk: true });
        return;
      }
      p.parts.forEach(function (part) {
        if (Array.from(part).length >= 2 && part.length <= 40 && !STOP.has(part)) words.push({ text: part });
      });
      if (p.parts.length > 1 && p.chunk.length <= 64 && /[.\/@:]/.test(p.chunk)) chunks.push(p.chunk);
    });
    var trailingSpace = /\s$/.test(q);
    return { words: words, chunks: chunks, filters: filters, typing: !trailingSpace };
  }

  /* ---------- index access ---------- */

  /* A string of varints (base-32 groups, low first; digits 32..63 mean
   * "more") to numbers. */
  function decodeVarints(s) {
    var out = [], i = 0;
    while (i < s.length) {
      var v = 0, mul = 1, d;
      while ((d = DIGITS.indexOf(s[i++])) >= 32) { v += (d - 32) * mul; mul *= 32; }
      out.push(v + d * mul);
    }
    return out;
  }

  /* Postings to [section, impact (1..16), ...]. */
  function decodePostings(s) {
    var vs = decodeVarints(s), out = [], doc = 0;
    for (var i = 0; i < vs.length; i++) {
      doc += Math.floor(vs[i] / 16);
      out.push(doc, (vs[i] % 16) + 1);
    }
    return out;
  }

  function slug(heading) {
    return heading.trim().toLowerCase().replace(/\s/g, "-").replace(/[^a-z0-9_-]/g, "");
  }

  /* First section of each page, from the manifest's section counts. */
  function pageStarts(m) {
    if (!m.starts) {
      var counts = decodeVarints(m.pages), at = 0;
      m.starts = counts.map(function (c) { var s = at; at += c; return s; });
    }
    return m.starts;
  }

  function pageOf(starts, doc) {
    var lo = 0, hi = starts.length - 1, page = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (starts[mid] <= doc) { page = mid; lo = mid + 1; } else hi = mid - 1; }
    return page;
  }

  function decodeVocab(text) {
    var terms = [], stems = [], dfs = [], prev = "";
    text.split("|").forEach(function (e) {
      var sp1 = e.indexOf(" "), sp2 = e.indexOf(" ", sp1 + 1);
      var t = prev.slice(0, DIGITS.indexOf(e[0])) + e.slice(1, sp1);
      var code = e.slice(sp1 + 1, sp2);
      terms.push(t);
      stems.push(code ? t.slice(0, t.length - DIGITS.indexOf(code[0])) + code.slice(1) : t);
      dfs.push(parseInt(e.slice(sp2 + 1), 36));
      prev = t;
    });
    return { terms: terms, stems: stems, dfs: dfs };
  }

  /* Index of the last entry whose key (entry[0]) is <= key. */
  function floorIndex(list, key) {
    var lo = 0, hi = list.length - 1, ans = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid][0] <= key) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  var registry = Object.create(null);
  var waiting = Object.create(null);
  /* Called by every index file. */
  function register(name, data) {
    registry[name] = data;
    (waiting[name] || []).forEach(function (f) { f(data); });
    delete waiting[name];
  }

  /* `loadScript(name)` makes the file `search/NAME.js` run (a <script> in
   * the browser, vm in node); it resolves when the file has registered. */
  function Index(loadScript) {
    this.loadScript = loadScript;
    this.loads = Object.create(null);
    this.vocabs = Object.create(null);
    this.postings = Object.create(null);
    this.scored = new Map();
    this.loaded = [];
  }

  Index.prototype.get = function (name) {
    if (registry[name]) return Promise.resolve(registry[name]);
    if (!this.loads[name]) {
      var self = this;
      this.loads[name] = new Promise(function (resolve, reject) {
        (waiting[name] = waiting[name] || []).push(resolve);
        self.loaded.push(name);
        Promise.resolve(self.loadScript(name)).catch(function (e) { delete self.loads[name]; reject(e); });
      });
    }
    return this.loads[name];
  };

  Index.prototype.manifest = function () { return this.get("manifest"); };

  /* Vocabulary entries starting with `prefix`: [{t, stem, df}]. */
  Index.prototype.vocabPrefix = function (m, prefix, maxShards) {
    var self = this, first = floorIndex(m.vocab, prefix), names = [];
    for (var i = first; i < m.vocab.length && names.length < maxShards; i++) {
      if (i > first && !m.vocab[i][0].startsWith(prefix) && m.vocab[i][0] > prefix) break;
      names.push(m.vocab[i][1]);
    }
    return Promise.all(names.map(function (n) { return self.get(n); })).then(function (shards) {
      var out = [];
      shards.forEach(function (text, k) {
        var v = self.vocabs[names[k]] || (self.vocabs[names[k]] = decodeVocab(text));
        for (var j = 0; j < v.terms.length; j++)
          if (v.terms[j].startsWith(prefix)) out.push({ t: v.terms[j], stem: v.stems[j], df: v.dfs[j] });
      });
      return out;
    });
  };

  Index.prototype.postingsOf = function (m, term) {
    var self = this, name = m.postings[floorIndex(m.postings, term)][1];
    return this.get(name).then(function (shard) {
      var key = name + "\u0000" + term;
      if (!self.postings[key]) self.postings[key] = shard[term] ? decodePostings(shard[term]) : [];
      return self.postings[key];
    });
  };

  Index.prototype.sections = function (m, ids) {
    var self = this, names = {};
    ids.forEach(function (id) { names[m.docs[floorIndex(m.docs, id)][1]] = true; });
    return Promise.all(Object.keys(names).map(function (n) { return self.get(n); })).then(function () {
      var out = {};
      ids.forEach(function (id) {
        var k = floorIndex(m.docs, id), shard = registry[m.docs[k][1]];
        var s = shard.sections[id - m.docs[k][0]], page = pageOf(pageStarts(m), id), p = shard.pages[page];
        if (typeof s === "string") s = [s ? "=" : "", s, ""];
        out[id] = { page: page, anchor: s[0] === "=" ? slug(s[1]) : s[0], heading: s[1], excerpt: s[2] || p[5],
          url: p[0], title: p[1],
          breadcrumbs: p[2], owner: p[3], tags: p[4] };
      });
      return out;
    });
  };

  /* ---------- ranking ---------- */

  var FACTOR = { exact: 1, stem: 0.7, prefix: 0.5, fuzzy: 0.45, chunk: 0.8 };

  /* The terms a query word matches, each with how it matched. */
  Index.prototype.candidates = function (m, word, isLast) {
    var self = this, w = word.text, st = word.cjk ? w : stem(w);
    var prefix = word.cjk || w.length < 4 ? w : st.slice(0, Math.max(2, st.length - 1));
    if (w.length < prefix.length) prefix = w;
    // Two letters at least before completing a word: one letter would load
    // a twentieth of the vocabulary for nothing.
    var complete = Array.from(w).length >= 2;
    return this.vocabPrefix(m, prefix, complete ? 8 : 1).then(function (entries) {
      var found = [], completions = [];
      entries.forEach(function (e) {
        if (e.t === w) found.push({ t: e.t, df: e.df, how: "exact" });
        else if (!word.cjk && e.stem === st && st.length > 2) found.push({ t: e.t, df: e.df, how: "stem" });
        else if (complete && e.t.startsWith(w) && (isLast || w.length >= 3)) completions.push({ t: e.t, df: e.df, how: "prefix" });
      });
      completions.sort(function (a, b) { return b.df - a.df; });
      found = found.concat(completions.slice(0, isLast ? 12 : 4));
      if (found.some(function (c) { return c.how !== "prefix"; }) || Array.from(w).length < 5) return found;
      return self.fuzzy(m, w).then(function (fz) { return found.concat(fz); });
    });
  };

  Index.prototype.fuzzy = function (m, w) {
    var keys = [w[0]];
    if (w[1] !== w[0]) keys.push(w[1] + w[0]);
    var self = this;
    return Promise.all(keys.map(function (k) {
      return self.vocabPrefix(m, k, 12).then(function (list) {
        if (list.length > 0 || k.length > 1) return list;
        return [];
      });
    })).then(function (lists) {
      var out = [];
      lists.forEach(function (list) {
        list.forEach(function (e) { if (e.t.length >= 4 && oneEdit(w, e.t)) out.push({ t: e.t, df: e.df, how: "fuzzy" }); });
      });
      return out;
    });
  };

  function idf(n, df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  /* Scores of sections for one list of candidate terms: the best match
   * per section. */
  Index.prototype.scoreWord = function (m, cands) {
    var self = this;
    return Promise.all(cands.map(function (c) { return self.postingsOf(m, c.t); })).then(function (lists) {
      // Dense scores by section, and the sections touched, for speed.
      var scores = new Float32Array(m.sections), docs = [];
      lists.forEach(function (p, k) {
        var c = cands[k], w = idf(m.sections, c.df) * FACTOR[c.how] / 16;
        for (var i = 0; i < p.length; i += 2) {
          var d = p[i], s = w * p[i + 1];
          if (scores[d] === 0) docs.push(d);
          if (s > scores[d]) scores[d] = s;
        }
      });
      return { scores: scores, docs: docs, matched: cands.map(function (c) { return c.t; }) };
    });
  };

  Index.prototype.allowed = function (m, filters) {
    if (!filters.owner && !filters.tag) return Promise.resolve(null);
    if (!m.facets) return Promise.resolve(function () { return false; });
    return this.get(m.facets).then(function (f) {
      var owner = filters.owner ? m.owners.findIndex(function (o) { return fold(o) === fold(filters.owner); }) : null;
      var tag = filters.tag ? m.tags.findIndex(function (t) { return fold(t) === fold(filters.tag); }) : null;
      var starts = pageStarts(m);
      if (owner === -1 || tag === -1) return function () { return false; };
      return function (doc) {
        var page = pageOf(starts, doc);
        if (owner !== null && f.owner[page] !== owner) return false;
        if (tag !== null && f.tags[page].indexOf(tag) < 0) return false;
        return true;
      };
    });
  };

  /* Searches; resolves to {results: [page results, best first], terms}. */
  Index.prototype.search = function (query, options) {
    options = options || {};
    var self = this, q = parseQuery(query), limit = options.limit || 20;
    if (options.typing === false) q.typing = false;
    var filters = { owner: options.owner || q.filters.owner, tag: options.tag || q.filters.tag };
    if (!q.words.length) return Promise.resolve({ results: [], terms: [], words: [] });
    return this.manifest().then(function (m) {
      var jobs = q.words.map(function (w, i) {
        var last = q.typing && i === q.words.length - 1, key = w.text + (last ? "\u0001" : "");
        // While typing, the words before the last one are scored once.
        if (!self.scored.has(key)) {
          self.scored.set(key, self.candidates(m, w, last).then(function (c) { return self.scoreWord(m, c); })
            .catch(function (e) { self.scored.delete(key); throw e; }));
          if (self.scored.size > 16) self.scored.delete(self.scored.keys().next().value);
        }
        return self.scored.get(key);
      });
      jobs.push(Promise.all(q.chunks.map(function (c) {
        return self.vocabPrefix(m, c, 4).then(function (es) {
          return es.slice(0, 8).map(function (e) { return { t: e.t, df: e.df, how: "chunk" }; });
        });
      })).then(function (lists) { return self.scoreWord(m, [].concat.apply([], lists)); }));
      jobs.push(self.allowed(m, filters));
      return Promise.all(jobs).then(function (res) {
        var allow = res.pop(), chunk = res.pop();
        return self.rank(m, q, res, chunk, allow, limit);
      });
    });
  };

  /* Page title and metadata are indexed in a page's first section: its
   * matches count, at half weight, for the page's other sections. */
  var LENT = 0.5;

  /* The first section of each section's page. */
  function firstSections(m) {
    if (!m.firsts) {
      var starts = pageStarts(m), f = new Int32Array(m.sections);
      for (var p = 0; p < starts.length; p++) {
        var end = p + 1 < starts.length ? starts[p + 1] : m.sections;
        for (var d = starts[p]; d < end; d++) f[d] = starts[p];
      }
      m.firsts = f;
    }
    return m.firsts;
  }

  /* The `k` best [section, score] pairs, best first. */
  function topK(docs, score, k) {
    var top = [];
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i]);
      if (s <= 0 || (top.length >= k && s <= top[top.length - 1][1])) continue;
      var j = top.length;
      while (j > 0 && (top[j - 1][1] < s || (top[j - 1][1] === s && top[j - 1][0] > docs[i]))) j--;
      top.splice(j, 0, [docs[i], s]);
      if (top.length > k) top.pop();
    }
    return top;
  }

  Index.prototype.rank = function (m, q, perWord, chunk, allow, limit) {
    var n = perWord.length, terms = [], firsts = firstSections(m);
    var all = perWord.concat([chunk]), seen = new Uint8Array(m.sections), docs = [];
    all.forEach(function (r) {
      r.docs.forEach(function (d) { if (!seen[d]) { seen[d] = 1; docs.push(d); } });
      r.matched.forEach(function (t) { terms.push(t); });
    });
    var ranked = topK(docs, function (doc) {
      if (allow && !allow(doc)) return 0;
      var first = firsts[doc], sum = 0, c = 0;
      for (var k = 0; k < all.length; k++) {
        var sc = all[k].scores, s = sc[doc];
        if (first !== doc && LENT * sc[first] > s) s = LENT * sc[first];
        sum += s;
        if (k < n && s > 0) c++;
      }
      c /= n;
      return sum * c * c;
    }, Math.max(limit * 3, 24));
    var words = q.words.map(function (w) { return w.text; });
    return this.sections(m, ranked.map(function (r) { return r[0]; })).then(function (secs) {
      ranked.forEach(function (r) { r[1] *= phraseBonus(secs[r[0]], words); });
      ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      return { results: groupByPage(ranked, secs, limit), terms: uniq(terms), words: words };
    });
  };

  function uniq(list) { return Array.from(new Set(list)); }

  function foldedTerms(text) {
    var out = [];
    pieces(fold(text || "")).forEach(function (p) { if (p.parts) out = out.concat(p.parts); });
    return out.join(" ");
  }

  /* Sections whose title, heading or excerpt hold the query words in a row
   * go first. */
  function phraseBonus(sec, words) {
    if (words.length < 2) {
      return words.length && foldedTerms(sec.title) === words[0] ? 1.3 : 1;
    }
    var phrase = " " + words.join(" ") + " ";
    var bonus = 1;
    [[sec.title, 1.6], [sec.heading, 1.5], [sec.excerpt, 1.2]].forEach(function (f) {
      if ((" " + foldedTerms(f[0]) + " ").indexOf(phrase) >= 0) bonus = Math.max(bonus, f[1]);
    });
    return bonus;
  }

  /* A page's next two best sections add this share of their score to it:
   * a page about the subject throughout beats a page with one passage. */
  var PAGE_SHARE = 0.2;

  function groupByPage(ranked, secs, limit) {
    var pages = new Map(), out = [];
    ranked.forEach(function (r) {
      var s = secs[r[0]];
      var hit = { url: s.url + (s.anchor ? "#" + s.anchor : ""), page: s.url, anchor: s.anchor,
        heading: s.heading, excerpt: s.excerpt, score: r[1] };
      if (pages.has(s.url)) {
        var pr = pages.get(s.url);
        pr.rank += pr.sections.length < 2 ? PAGE_SHARE * r[1] : 0;
        if (pr.sections.length < 3) pr.sections.push(hit);
        return;
      }
      var res = { url: hit.url, page: s.url, title: s.title, breadcrumbs: s.breadcrumbs, owner: s.owner,
        tags: s.tags, heading: s.heading, excerpt: s.excerpt, score: r[1], rank: r[1], sections: [] };
      pages.set(s.url, res);
      out.push(res);
    });
    out.sort(function (a, b) { return b.rank - a.rank; });
    return out.slice(0, limit);
  }


  /* ---------- browser: search box, results page, highlighting ---------- */

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* Appends `text` to `parent` with the words matching `terms` (or starting
   * with one of `prefixes`) in <mark>. */
  function appendMarked(parent, text, terms, prefixes) {
    var re = /[\p{L}\p{N}]+/gu, last = 0, m;
    while ((m = re.exec(text))) {
      var f = fold(m[0]);
      var hit = terms.has(f) || prefixes.some(function (p) { return f.startsWith(p); });
      if (!hit) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el("mark", null, m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function highlightPage() {
    var params = new URLSearchParams(location.search);
    var words = (params.get("highlight") || "").split(/\s+/).filter(Boolean).map(fold);
    if (!words.length) return;
    var terms = new Set(words);
    var root = document.querySelector("main") || document.querySelector("[role=main]") || document.body;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        var p = n.parentNode && n.parentNode.nodeName;
        return /^(SCRIPT|STYLE|TEXTAREA|MARK|INPUT)$/.test(p) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var frag = document.createDocumentFragment();
      appendMarked(frag, node.nodeValue, terms, []);
      if (frag.childNodes.length > 1) {
        Array.prototype.forEach.call(frag.querySelectorAll("mark"), function (m) { m.className = "search-hl"; });
        node.parentNode.replaceChild(frag, node);
      }
    });
  }

  function Ui(root) {
    this.root = root;
    this.index = new Index(function (name) {
      return new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = root + "search/" + name + ".js";
        s.onload = resolve;
        s.onerror = function () { reject(new Error("cannot load " + s.src)); };
        document.head.appendChild(s);
      });
    });
    this.seq = 0;
  }

  Ui.prototype.href = function (url, terms) {
    var hash = url.indexOf("#"), page = hash < 0 ? url : url.slice(0, hash);
    var h = terms.length ? "?highlight=" + encodeURIComponent(terms.slice(0, 20).join(" ")) : "";
    return this.root + page + h + (hash < 0 ? "" : url.slice(hash));
  };

  Ui.prototype.resultsUrl = function (q) {
    return this.root + "search.html?q=" + encodeURIComponent(q);
  };

  /* A result: crumbs, title › heading, snippet, all with matches marked. */
  Ui.prototype.renderHit = function (a, r, res) {
    var terms = new Set(res.terms), prefixes = res.words.filter(function (w) { return w.length >= 2; });
    if (r.breadcrumbs && r.breadcrumbs.length) a.appendChild(el("span", "search-crumbs", r.breadcrumbs.join(" › ")));
    var title = el("span", "search-title");
    appendMarked(title, r.title, terms, prefixes);
    if (r.heading) {
      var h = el("span", "search-heading", " › ");
      appendMarked(h, r.heading, terms, prefixes);
      title.appendChild(h);
    }
    a.appendChild(title);
    var snip = el("span", "search-snippet");
    appendMarked(snip, r.excerpt || "", terms, prefixes);
    a.appendChild(snip);
  };

  Ui.prototype.setupBox = function (box, onResults) {
    var self = this, drop = el("div", "search-dropdown");
    drop.id = "search-dropdown";
    drop.setAttribute("role", "listbox");
    drop.hidden = true;
    document.body.appendChild(drop);
    this.box = box;
    this.drop = drop;
    this.selected = -1;
    box.setAttribute("autocomplete", "off");
    box.addEventListener("input", function () {
      var q = box.value, seq = ++self.seq;
      if (onResults) return onResults(q);
      if (!q.trim()) { drop.hidden = true; return; }
      self.index.search(q, { limit: 8 }).then(function (res) {
        if (seq === self.seq) self.showDropdown(q, res);
      }, function (e) { console.error(e); });
    });
    box.addEventListener("keydown", function (e) { self.onKey(e); });
    box.addEventListener("blur", function () { setTimeout(function () { drop.hidden = true; }, 200); });
    document.addEventListener("keydown", function (e) {
      var t = e.target, typing = t && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.nodeName) || t.isContentEditable);
      if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === "/" || e.key === "s")) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    });
  };

  Ui.prototype.showDropdown = function (q, res) {
    var self = this, drop = this.drop, rect = this.box.getBoundingClientRect();
    drop.textContent = "";
    res.results.forEach(function (r) {
      var a = el("a", "search-hit");
      a.setAttribute("role", "option");
      a.href = self.href(r.url, res.terms);
      self.renderHit(a, r, res);
      drop.appendChild(a);
    });
    if (!res.results.length) drop.appendChild(el("div", "search-none", "No results"));
    var all = el("a", "search-all", "All results for “" + q.trim() + "”");
    all.href = this.resultsUrl(q.trim());
    drop.appendChild(all);
    drop.style.top = rect.bottom + 2 + "px";
    drop.style.left = Math.max(4, Math.min(rect.left, window.innerWidth - 440)) + "px";
    drop.hidden = false;
    this.selected = -1;
  };

  Ui.prototype.onKey = function (e) {
    var items = this.drop.hidden ? [] : this.drop.querySelectorAll("a");
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      var n = items.length, d = e.key === "ArrowDown" ? 1 : -1;
      this.selected = this.selected < 0 && d < 0 ? n - 1 : (this.selected + d + n) % n;
      Array.prototype.forEach.call(items, function (a, i) { a.classList.toggle("selected", i === this.selected); }, this);
      items[this.selected].scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      e.preventDefault();
      var target = this.selected >= 0 && items[this.selected] ? items[this.selected].href : this.resultsUrl(this.box.value.trim());
      location.href = target;
    } else if (e.key === "Escape") {
      this.drop.hidden = true;
      this.box.blur();
    }
  };

  /* The results page: filters and <ol id="search-results">. */
  Ui.prototype.setupPage = function (page) {
    var self = this, params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", owner: params.get("owner") || "", tag: params.get("tag") || "" };
    var form = el("form", "search-filters"), summary = el("p", "search-summary"), list = el("ol");
    list.id = "search-results";
    page.textContent = "";
    page.appendChild(form);
    page.appendChild(summary);
    page.appendChild(list);
    if (this.box) this.box.value = state.q;
    var run = function () {
      var seq = ++self.seq;
      var url = "?q=" + encodeURIComponent(state.q) + (state.owner ? "&owner=" + encodeURIComponent(state.owner) : "") +
        (state.tag ? "&tag=" + encodeURIComponent(state.tag) : "");
      if (history.replaceState) history.replaceState(null, "", url);
      self.index.search(state.q, { limit: 50, typing: false, owner: state.owner, tag: state.tag }).then(function (res) {
        if (seq === self.seq) self.showPage(state.q, res, summary, list);
      }, function (e) { summary.textContent = "Search is unavailable: " + e.message; });
    };
    this.index.manifest().then(function (m) {
      [["owner", "Owner", m.owners], ["tag", "Tag", m.tags]].forEach(function (f) {
        if (!f[2].length) return;
        var label = el("label", null, f[1] + " "), sel = el("select");
        sel.name = f[0];
        sel.appendChild(el("option", null, "any")).value = "";
        f[2].forEach(function (v) { sel.appendChild(el("option", null, v)).value = v; });
        sel.value = state[f[0]];
        sel.addEventListener("change", function () { state[f[0]] = sel.value; run(); });
        label.appendChild(sel);
        form.appendChild(label);
      });
    });
    run();
    return function (q) { state.q = q; run(); };
  };

  Ui.prototype.showPage = function (q, res, summary, list) {
    var self = this;
    list.textContent = "";
    summary.textContent = q.trim() ? res.results.length + (res.results.length === 1 ? " result" : " results") +
      " for “" + q.trim() + "”" : "Type words to search for.";
    res.results.forEach(function (r) {
      var li = el("li"), a = el("a", "search-hit");
      a.href = self.href(r.url, res.terms);
      self.renderHit(a, r, res);
      li.appendChild(a);
      if (r.sections.length) {
        var sub = el("ul", "search-sections");
        r.sections.forEach(function (s) {
          var sa = el("a", null, s.heading || r.title);
          sa.href = self.href(s.url, res.terms);
          sub.appendChild(el("li")).appendChild(sa);
        });
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
  };

  function initUi() {
    var root = document.documentElement.getAttribute("data-root") || "./";
    highlightPage();
    var ui = new Ui(root), box = document.getElementById("search-box"), page = document.getElementById("search-page");
    var update = page ? ui.setupPage(page) : null;
    if (box) ui.setupBox(box, update);
    if (box && page) box.value = new URLSearchParams(location.search).get("q") || "";
    global.sopbookSearchUi = ui;
    /* Called by `sopbook serve` when it replaced the index: what was loaded
     * is dropped, and the results page runs its query again. */
    global.sopbookSearchRefresh = function () {
      reset();
      ui.index = new Index(ui.index.loadScript);
      if (update) update(new URLSearchParams(location.search).get("q") || "");
    };
  }

  function reset() {
    registry = Object.create(null);
    waiting = Object.create(null);
  }

  var api = { reset: reset, slug: slug, fold: fold, stem: stem, oneEdit: oneEdit, parseQuery: parseQuery, decodePostings: decodePostings,
    decodeVocab: decodeVocab, Index: Index, register: register };
  global.sopbookSearch = register;
  global.sopbookSearchApi = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initUi);
    else initUi();
  }
})(typeof window !== "undefined" ? window : globalThis);
