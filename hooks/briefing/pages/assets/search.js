// Search: small changes to Material's search (lunr in a worker), made where the page talks to
// the worker, so that Material's own code runs unchanged. Material's worker takes the index as
// {type: 0, data: {docs}}, a query as {type: 2, data: "words"}, and answers with
// {type: 3, data: {items: [[page, ...sections]]}}, each doc with {location, title, text, terms}.

// Typo tolerance: every plain word of four letters or more is also looked for one edit away
// ("Kery" finds Kerry). Words with lunr's own operators are left alone. A quoted phrase goes to
// lunr as its plain words (Material would make each one required, and a required stop word
// such as "the" finds nothing); the phrase itself is checked on the results below.
const briefingFuzzy = (query) => query.split(/("[^"]*")/).map((part, index) => index % 2
  ? part.slice(1, -1)
  : part.replace(/(^|\s)([\p{L}\p{N}]{4,})(?=\s|$)/gu, (match, space, word) =>
      `${space}${word} ${word}~1`)).join("");

// The words of a text as the checks below compare them: lower case, no markup, no punctuation.
const briefingWordList = (text) => (text || "").replace(/<[^>]*>/g, " ")
  .replace(/&(#?\w+);/g, (entity) => new DOMParser().parseFromString(entity, "text/html")
    .documentElement.textContent).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const briefingWords = (text) => briefingWordList(text).join(" ");

// The search index's own text, kept when Material hands it to the worker: location -> words.
const briefingIndex = new Map();
const briefingTitles = new Map();  // location -> the words of its title
const briefingPost = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === 0 && Array.isArray(message.data?.docs)) {
    for (const doc of message.data.docs) {
      briefingIndex.set(doc.location, briefingWords(`${doc.title} ${doc.text}`));
      briefingTitles.set(doc.location, briefingWordList(doc.title));
    }
  }
  if (message && message.type === 2 && typeof message.data === "string") {
    message = {...message, data: briefingFuzzy(message.data)};
  }
  return briefingPost.call(this, message, ...rest);
};

// One edit (a letter added, dropped or changed) or none between two words.
const briefingOneEdit = (a, b) => {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const tail = (x, y) => a.slice(x) === b.slice(y);
  return tail(i + 1, i + 1) || tail(i + 1, i) || tail(i, i + 1);
};
// How a query word matches a word of the index: 1 the word or its start, 0.9 one edit away
// (words of four letters or more, as the typo tolerance above), 0 not at all.
const briefingMatch = (query, word) => word.startsWith(query) ? 1
  : query.length >= 4 && briefingOneEdit(query, word) ? 0.9 : 0;

// The page about a thing first: a result whose title holds every word of the query (or a word
// one edit away) comes before those that do not, the more so the less else its title says
// ("John Kerry" before "Length of the Kerry–Xie talks" for "Kerry"). Other results keep lunr's
// order. Small words do not count: "of the" says nothing about what a page is about.
const briefingSmall = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "s", "the",
  "to", "with"]);
const briefingQueryWords = () => briefingWordList(
  document.querySelector("input.md-search__input")?.value || "")
  .filter((word) => !briefingSmall.has(word));
const briefingPageDoc = (item) => item.find((doc) => !doc.location.includes("#")) || item[0];
const briefingNameScore = (item, query) => {
  const title = (briefingTitles.get(briefingPageDoc(item).location) || [])
    .filter((word) => !briefingSmall.has(word));
  if (!query.length || !title.length) return 0;
  let total = 0;
  for (const word of query) {
    const best = Math.max(0, ...title.map((other) => briefingMatch(word, other)));
    if (!best) return 0;
    total += best;
  }
  return total / Math.max(title.length, query.length);
};
const briefingRank = (items, query) => items
  .map((item, order) => ({item, order, score: briefingNameScore(item, query)}))
  .sort((a, b) => b.score - a.score || a.order - b.order).map(({item}) => item);

// A word the worker could not find in a hit because the hit holds it one edit away ("Kery" in
// a page about Kerry) is not "Missing": it becomes the word the hit holds, which the page then
// highlights (Material puts the found words in the link's `?h=`). Nor is a word with
// punctuation inside ("U.S.", "China's", "US–China") that the hit holds: Material compares it
// whole with the words of the index, which lost their punctuation.
const briefingNear = (term, words) => {
  const parts = briefingWordList(term);
  const found = parts.map((part) => words.find((word) => word && briefingMatch(part, word)));
  if (!parts.length || found.includes(undefined)) return null;
  return parts.length === 1 && !found[0].startsWith(parts[0]) ? found[0] : term;
};
const briefingFoundTerms = (doc, page) => {
  const words = `${briefingIndex.get(doc.location) || ""} ${page}`.split(" ");
  const terms = {};
  for (const [term, found] of Object.entries(doc.terms || {})) {
    const near = found ? term : briefingNear(term, words);
    if (near) terms[near] = true;
    else terms[term] = false;
  }
  return terms;
};

// Phrase search: lunr finds pages holding every word of a quoted phrase ("fresh start"), in any
// order and place. Results whose page (with its sections) does not hold the words side by side,
// in that order, are dropped. A hit's link carries the phrase (`?phrase=`) instead of its words
// one by one in `?h=`, so that the page highlights the phrase, not every "the" it holds.
const briefingHolds = (text, phrase) => /\p{sc=Han}/u.test(phrase)
  ? text.replace(/ /g, "").includes(phrase.replace(/ /g, ""))
  : ` ${text} `.includes(` ${phrase} `);
const briefingPhrases = () => [...(document.querySelector("input.md-search__input")?.value || "")
  .matchAll(/"([^"]+)"/g)].map((match) => briefingWords(match[1])).filter(Boolean);
const briefingPageText = (location) => {
  const page = location.split("#")[0];
  return [...briefingIndex].filter(([where]) => where === page || where.startsWith(`${page}#`))
    .map(([, text]) => text).join(" | ");
};
const briefingWithPhrases = (location, phrases) => {
  const [path, hash] = location.split("#");
  const query = new URLSearchParams(phrases.map((phrase) => ["phrase", phrase]));
  return `${path}?${query}${hash === undefined ? "" : `#${hash}`}`;
};
const briefingPhraseDoc = (doc, phrases) => {
  const inPhrases = new Set(phrases.join(" ").split(" "));
  const terms = Object.fromEntries(Object.entries(doc.terms || {})
    .filter(([term]) => !inPhrases.has(term)));
  return {...doc, terms, location: briefingWithPhrases(doc.location, phrases)};
};

// For a quoted phrase, the pages whose title holds it come first (a quote's own words, a
// statement's gist), then the article that says it, then the pages that mention it (a person's
// list of things said), each group in the order it had.
const briefingPhraseRank = (items, phrases) => {
  const group = (item) => {
    const location = briefingPageDoc(item).location;
    const title = (briefingTitles.get(location) || []).join(" ");
    if (phrases.every((phrase) => briefingHolds(title, phrase))) return 0;
    return /(^|\/)article\/$/.test(location.split("#")[0]) ? 1 : 2;
  };
  return items.map((item, order) => ({item, order, group: group(item)}))
    .sort((a, b) => a.group - b.group || a.order - b.order).map(({item}) => item);
};

const briefingResults = (data) => {
  if (!Array.isArray(data?.items)) return data;
  const phrases = briefingPhrases();
  let items = data.items.filter((item) => phrases.every((phrase) =>
    briefingHolds(briefingPageText(item[0]?.location || ""), phrase)));
  items = briefingRank(items, briefingQueryWords());
  if (phrases.length) items = briefingPhraseRank(items, phrases);
  items = items.map((item) => {
    const page = briefingPageText(briefingPageDoc(item).location);
    return item.map((doc) => {
      const found = {...doc, terms: briefingFoundTerms(doc, page)};
      return phrases.length ? briefingPhraseDoc(found, phrases) : found;
    });
  });
  return {...data, items};
};

// Material listens to its worker before this script runs, so the results are changed where
// its listener reads them: the `data` of a message event from a worker.
const briefingData = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data").get;
const briefingChanged = new WeakMap();
Object.defineProperty(MessageEvent.prototype, "data", {configurable: true, enumerable: true,
  get() {
    const data = briefingData.call(this);
    if (!(this.target instanceof Worker) || data?.type !== 3) return data;
    if (!briefingChanged.has(this)) {
      briefingChanged.set(this, {...data, data: briefingResults(data.data)});
    }
    return briefingChanged.get(this);
  }});

// On a hit's page, the phrase it was found by is highlighted as Material highlights the words
// of `?h=`: the words side by side and in that order, across links and emphasis.
const briefingPhrasePattern = (phrase) => {
  const words = phrase.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(/\p{sc=Han}/u.test(phrase) ? words.join("\\s*")
    : `(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "giu");
};
const briefingMarkPhrase = (root, phrase) => {
  const nodes = [];
  let text = "";
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {acceptNode: (node) =>
    node.parentElement.closest("script, style, .headerlink, button")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({node, start: text.length});
    text += node.data;
  }
  const matches = [...text.matchAll(briefingPhrasePattern(phrase))].reverse();
  for (const match of matches) {
    const [from, to] = [match.index, match.index + match[0].length];
    for (const {node, start} of [...nodes].reverse()) {
      const [a, b] = [Math.max(from, start) - start, Math.min(to, start + node.data.length) - start];
      if (a >= b || a >= node.data.length) continue;
      const range = document.createRange();
      range.setStart(node, a);
      range.setEnd(node, b);
      const mark = document.createElement("mark");
      mark.setAttribute("data-md-highlight", "");
      range.surroundContents(mark);
    }
  }
  return matches.length;
};

// A hit on the article lands on its paragraph: the first paragraph holding the phrase, or else
// every word of `?h=` (else any), is brought into view and highlighted like a paragraph link's
// target. On a phone the search dialog locks the page while it is open, and when it closes
// scrolls the page back to where it was (after the new page has come, a tenth of a second
// later): the paragraph is brought into view once the dialog has closed and let go.
const briefingSettled = () => !document.getElementById("__search")?.checked
  && !document.body.hasAttribute("data-md-scrolllock");
const briefingLand = (paragraph, tries = 60) => {
  paragraph.classList.add("briefing-found");
  if (!briefingSettled() && tries > 0) {
    setTimeout(() => briefingLand(paragraph, tries - 1), 50);
    return;
  }
  paragraph.scrollIntoView({block: "center"});
};
briefingEachPage(() => {
  const url = new URL(location.href);
  const phrases = url.searchParams.getAll("phrase").filter(Boolean);
  const content = document.querySelector("article.md-content__inner");
  if (content) for (const phrase of phrases) briefingMarkPhrase(content, phrase);
  const words = url.searchParams.get("h");
  const paragraphs = [...document.querySelectorAll(".briefing-paragraph")];
  if ((!words && !phrases.length) || location.hash || !paragraphs.length) return;
  const terms = (words || "").toLowerCase().split(/\s+/).filter(Boolean);
  const holds = (paragraph, test) => terms.length && test.call(terms, (term) =>
    paragraph.textContent.toLowerCase().includes(term));
  const hit = phrases.length ? paragraphs.find((p) => p.querySelector("mark[data-md-highlight]"))
    : paragraphs.find((p) => holds(p, Array.prototype.every))
      || paragraphs.find((p) => holds(p, Array.prototype.some));
  if (hit) briefingLand(hit);
});
