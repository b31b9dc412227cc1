// The engine's one script: small fixes and additions to Material, each progressively enhanced
// (the page reads the same without it).

// Material's instant navigation re-creates each inline <script> of the new page with its text
// but not its type, so a page's JSON-LD would run as JavaScript (a SyntaxError that stops the
// navigation's remaining work). The copy keeps the type of the script it replaces.
const briefingReplaceWith = Element.prototype.replaceWith;
Element.prototype.replaceWith = function (...nodes) {
  if (this instanceof HTMLScriptElement && this.type && !this.src) {
    for (const node of nodes) {
      if (node instanceof HTMLScriptElement && !node.type) node.type = this.type;
    }
  }
  return briefingReplaceWith.apply(this, nodes);
};

// Tooltips whose words come from data (which briefing a link leads to, why a value carries a †)
// live in data-briefing-tip, never in `title`: Material's content.tooltips renders a title as
// HTML. One tooltip element shows them as text, on hover and on keyboard focus; Escape closes
// it, and the pointer may move onto it (WCAG 1.4.13).
const briefingTip = document.createElement("div");
briefingTip.id = "briefing-tip";
briefingTip.className = "briefing-tip";
briefingTip.setAttribute("role", "tooltip");
briefingTip.hidden = true;
let briefingTipOwner = null;
const briefingTipOf = (node) => node instanceof Element ? node.closest("[data-briefing-tip]") : null;
const briefingShowTip = (owner) => {
  if (!briefingTip.isConnected) document.body.append(briefingTip);
  if (briefingTipOwner && briefingTipOwner !== owner) briefingTipOwner.removeAttribute("aria-describedby");
  briefingTipOwner = owner;
  briefingTip.textContent = owner.dataset.briefingTip;
  briefingTip.hidden = false;
  owner.setAttribute("aria-describedby", briefingTip.id);
  const box = owner.getBoundingClientRect();
  const width = briefingTip.offsetWidth;
  briefingTip.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
  briefingTip.style.top = `${box.bottom + 6}px`;
};
const briefingHideTip = () => {
  briefingTip.hidden = true;
  briefingTipOwner?.removeAttribute("aria-describedby");
  briefingTipOwner = null;
};
document.addEventListener("mouseover", (event) => {
  const owner = briefingTipOf(event.target);
  if (owner) briefingShowTip(owner);
});
document.addEventListener("mouseout", (event) => {
  const going = event.relatedTarget;
  if (!briefingTipOwner || briefingTip.contains(going) || briefingTipOf(going) === briefingTipOwner) return;
  if (briefingTipOf(event.target) === briefingTipOwner || briefingTip.contains(event.target)) briefingHideTip();
});
document.addEventListener("focusin", (event) => {
  const owner = briefingTipOf(event.target);
  if (owner) briefingShowTip(owner);
});
document.addEventListener("focusout", (event) => {
  if (briefingTipOf(event.target) === briefingTipOwner) briefingHideTip();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && briefingTipOwner) briefingHideTip();
});
document$.subscribe(briefingHideTip);

// Material's search panel is a dialog without a name; screen readers announce it as "Search".
document$.subscribe(() => {
  document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
});

// "Copy citation" on quote pages: the button is hidden until a clipboard is there to write to.
// The citation text comes from the page (data-citation); its address is the page's own.
document$.subscribe(() => {
  for (const button of document.querySelectorAll("button.briefing-cite[data-citation]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const address = document.querySelector("link[rel=canonical]")?.href
        || location.origin + location.pathname;
      const text = `${button.dataset.citation} ${address}`;
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = "Citation copied";
      } catch (error) {
        button.textContent = "Could not copy: select the words instead";
      }
    });
  }
});

// Typo tolerance in Material's search: every plain word of four letters or more is also
// looked for one edit away ("Kery" finds Kerry). Words with lunr's own operators are left
// alone. A quoted phrase goes to lunr as its plain words (Material would make each one required,
// and a required stop word such as "the" finds nothing); the phrase itself is checked on the
// results below. Queries reach Material's search worker as {type: 2, data}.
const briefingFuzzy = (query) => query.split(/("[^"]*")/).map((part, index) => index % 2
  ? part.slice(1, -1)
  : part.replace(/(^|\s)([\p{L}\p{N}]{4,})(?=\s|$)/gu, (match, space, word) =>
      `${space}${word} ${word}~1`)).join("");
const briefingPost = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === 2 && typeof message.data === "string") {
    message = {...message, data: briefingFuzzy(message.data)};
  }
  return briefingPost.call(this, message, ...rest);
};

// A search hit on the article lands on its paragraph: Material's results link to the page with
// the words in `?h=` (search.highlight); the first paragraph holding them all (else any) is
// brought into view and highlighted like a paragraph link's target.
document$.subscribe(() => {
  const words = new URL(location.href).searchParams.get("h");
  const paragraphs = [...document.querySelectorAll(".briefing-paragraph")];
  if (!words || location.hash || !paragraphs.length) return;
  const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
  const holds = (paragraph, test) => test.call(terms, term =>
    paragraph.textContent.toLowerCase().includes(term));
  const hit = paragraphs.find(p => holds(p, Array.prototype.every))
    || paragraphs.find(p => holds(p, Array.prototype.some));
  if (!hit) return;
  hit.classList.add("briefing-found");
  hit.scrollIntoView({block: "center"});
});

// Phrase search: lunr finds pages holding every word of a quoted phrase ("fresh start"), in any
// order and place. Results whose page (with its sections) does not hold the words side by side,
// in that order, are dropped as they come back from the worker. The text checked is the search
// index's own, kept when Material hands it to the worker ({type: 0, data: {docs}}); the phrases
// are read from the search box. Results are {type: 3, data: {items: [[page, ...sections]]}}.
const briefingIndex = new Map();
const briefingWords = (text) => (text || "").replace(/<[^>]*>/g, " ")
  .replace(/&(#?\w+);/g, (entity) => new DOMParser().parseFromString(entity, "text/html")
    .documentElement.textContent).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
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
const briefingPhraseFilter = (data) => {
  const phrases = briefingPhrases();
  if (!phrases.length || !Array.isArray(data?.items)) return data;
  const items = data.items.filter((item) => {
    const text = briefingPageText(item[0]?.location || "");
    return phrases.every((phrase) => briefingHolds(text, phrase));
  });
  return {...data, items};
};
const briefingSetup = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === 0 && Array.isArray(message.data?.docs)) {
    for (const doc of message.data.docs) {
      briefingIndex.set(doc.location, briefingWords(`${doc.title} ${doc.text}`));
    }
  }
  return briefingSetup.call(this, message, ...rest);
};
// Material listens to its worker before this script runs, so the results are filtered where
// its listener reads them: the `data` of a message event from a worker.
const briefingData = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data").get;
const briefingFiltered = new WeakMap();
Object.defineProperty(MessageEvent.prototype, "data", {configurable: true, enumerable: true,
  get() {
    const data = briefingData.call(this);
    if (!(this.target instanceof Worker) || data?.type !== 3) return data;
    if (!briefingFiltered.has(this)) {
      briefingFiltered.set(this, {...data, data: briefingPhraseFilter(data.data)});
    }
    return briefingFiltered.get(this);
  }});
