// The header's search box over Pagefind (`extra.briefing.search: pagefind`): Pagefind finds the
// pages; this script reads its answer as the default search (pages/assets/search.js) reads
// lunr's. A word of four letters or more that no page title holds but one holds one edit away
// is read as that word ("Kery" finds Kerry); one that no page's text holds, as the text's words
// one edit away ("unwavring" finds unwavering). A result whose title holds every word of the
// query comes first, the more so the less else its title says ("John Kerry" before "Length of
// the Kerry–Xie talks"). A quoted phrase keeps only the pages that hold it, and the hit's link
// carries it (`?phrase=`), so that the page highlights the phrase, not each of its words. No
// word is ever shown as "Missing". The header stays across instant navigation: this runs once.
(() => {
  const input = document.querySelector(".briefing-pf-input");
  if (!input || window.briefingPagefind) return;
  window.briefingPagefind = true;
  const drawer = document.querySelector(".briefing-pf-drawer");
  const status = drawer.querySelector(".briefing-pf-status");
  const list = drawer.querySelector(".briefing-pf-results");
  const bundle = new URL(input.dataset.bundle, location.href).pathname;
  const base = new URL(input.dataset.base, location.href).pathname;
  const small = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "s", "the", "to",
    "with"]);
  const wordsOf = (text) => (text || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const oneEdit = (a, b) => {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    const tail = (x, y) => a.slice(x) === b.slice(y);
    return tail(i + 1, i + 1) || tail(i + 1, i) || tail(i, i + 1);
  };
  const match = (query, word) => word.startsWith(query) ? 1
    : query.length >= 4 && oneEdit(query, word) ? 0.9 : 0;
  const nameScore = (title, query) => {
    const words = wordsOf(title).filter((word) => !small.has(word));
    if (!query.length || !words.length) return 0;
    let total = 0;
    for (const word of query) {
      const best = Math.max(0, ...words.map((other) => match(word, other)));
      if (!best) return 0;
      total += best;
    }
    return total / Math.max(words.length, query.length);
  };
  const holds = (text, phrase) => /\p{sc=Han}/u.test(phrase)
    ? text.replace(/ /g, "").includes(phrase.replace(/ /g, ""))
    : ` ${text} `.includes(` ${phrase} `);

  let pagefind = null;
  let vocabulary = new Set();
  const ready = (async () => {
    pagefind = await import(`${bundle}pagefind.js`);
    await pagefind.options({baseUrl: base});
    const answer = await fetch(`${bundle}briefing-words.json`).catch(() => null);
    if (answer?.ok) vocabulary = new Set(await answer.json());
  })();
  // A word no title holds, read as each title word one edit away ("kery": kerry, very); each
  // reading is searched, and the titles decide which hit comes first. A word no title holds nor
  // nearly holds is looked up in the words of the pages' text (fetched once, on the first such
  // word): a word of the text is searched as typed, a typo of one ("unwavring") as the words
  // one edit away.
  let text = null;
  const textVocabulary = () => text || (text = fetch(`${bundle}briefing-text-words.json`)
    .then((answer) => answer.ok ? answer.json() : []).catch(() => []).then((words) => new Set(words)));
  const near = (word, words) => [...words].filter((other) => other.length >= 4 && oneEdit(word, other));
  const readings = async (word) => {
    if (word.length < 4 || vocabulary.has(word)) return [word];
    const titled = near(word, vocabulary);
    if (titled.length) return titled;
    const words = await textVocabulary();
    if (words.has(word)) return [word];
    const written = near(word, words).slice(0, 4);
    return written.length ? written : [word];
  };
  const queries = async (words) => (await Promise.all(words.map(readings))).reduce(
    (all, each) => all.flatMap((start) => each.map((reading) => [...start, reading])), [[]]).slice(0, 6);
  // Pagefind's excerpt, as text with its <mark>s and nothing else.
  const excerpt = (html) => {
    const paragraph = document.createElement("p");
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
    for (const node of parsed.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else paragraph.append(node.textContent);
    }
    return paragraph;
  };

  // For a quoted phrase, as the default search: pages whose title holds it, then the article,
  // then the pages that mention it.
  const phraseGroup = (data, phrases) => {
    if (!phrases.length) return 0;
    if (phrases.every((phrase) => holds(wordsOf(data.meta?.title).join(" "), phrase))) return 0;
    return /(^|\/)article\/(index\.html)?$/.test(new URL(data.url, location.href).pathname) ? 1 : 2;
  };
  let latest = 0;
  const run = async () => {
    const asked = (latest += 1);
    const query = input.value.trim();
    drawer.classList.toggle("briefing-pf-open", Boolean(query));
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    await ready;
    const phrases = [...query.matchAll(/"([^"]+)"/g)].map((m) => wordsOf(m[1]).join(" "))
      .filter(Boolean);
    const typed = wordsOf(query.replace(/"/g, " "));
    await new Promise((resolve) => setTimeout(resolve, 150));  // typing goes on: wait
    if (asked !== latest) return;
    const asks = await queries(typed);
    if (asked !== latest) return;
    const answers = await Promise.all(asks.map((words) => pagefind.search(words.join(" "))));
    if (asked !== latest) return;  // a newer query is on its way
    const hits = answers.flatMap((answer, which) => answer.results.slice(0, 40)
      .map((result, rank) => ({result, rank, words: asks[which]})))
      .sort((a, b) => a.rank - b.rank);
    const seen = new Set();
    const unique = hits.filter(({result}) => !seen.has(result.id) && seen.add(result.id));
    const found = await Promise.all(unique.slice(0, 40).map(async (hit) =>
      ({...(await hit.result.data()), words: hit.words})));
    if (asked !== latest) return;
    const named = typed.filter((word) => !small.has(word));
    const results = found
      .filter((data) => phrases.every((phrase) => holds(wordsOf(data.content).join(" "), phrase)))
      .map((data, order) => ({data, order, group: phraseGroup(data, phrases),
        score: nameScore(data.meta?.title, named)}))
      .sort((a, b) => a.group - b.group || b.score - a.score || a.order - b.order).slice(0, 20);
    const link = (url, words) => {
      const address = new URL(url, location.href);
      if (phrases.length) for (const phrase of phrases) address.searchParams.append("phrase", phrase);
      else address.searchParams.set("h", words.join(" "));
      return address.pathname + address.search + address.hash;
    };
    list.replaceChildren(...results.map(({data}) => {
      const item = document.createElement("li");
      const anchor = document.createElement("a");
      anchor.className = "briefing-pf-link";
      anchor.href = link(data.url, data.words);
      anchor.textContent = data.meta?.title || data.url;
      item.append(anchor, excerpt(data.excerpt));
      return item;
    }));
    list.dataset.query = query;  // which query the list answers
    status.textContent = results.length === 1 ? "1 matching page"
      : `${results.length || "No"} matching pages`;
  };
  input.addEventListener("input", run);
  input.addEventListener("focus", () => input.value && run());
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") list.querySelector("a")?.click();
    if (event.key === "Escape") { input.value = ""; run(); }
  });
})();
