// "Copy citation" on every quote, statement and figure page and on every paragraph of the
// article: as plain text, and as CSL-JSON (which Zotero, Mendeley and Pandoc read). The facts
// come from the page (data-cite, written by the build); the addresses and the day of access
// are added when the reader copies, so that the build stays the same from day to day. The
// buttons appear only where a clipboard is there to write to. Bidirectional-text controls are
// taken out of everything copied: they could make a citation read other than it is.
const briefingMonths = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
const briefingBidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const briefingClean = (value) => typeof value === "string" ? value.replace(briefingBidi, "")
  : Array.isArray(value) ? value.map(briefingClean)
  : value && typeof value === "object"
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, briefingClean(item)]))
    : value;
// A record nobody has checked yet says so wherever it goes (as its page does).
const briefingDraft = "Draft: not yet checked against the article.";
const briefingDateParts = (iso) => [(iso || "").split("-").filter(Boolean).map(Number)];
const briefingList = (names) => names.length < 2 ? names.join("")
  : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

// "John Kerry, to Wang Yi, 18 July 2023: “words”": who said what to whom, and when.
const briefingSaid = (facts) => {
  const who = [briefingList(facts.speakers), facts.to.length ? `to ${briefingList(facts.to)}` : "",
    facts.date_text].filter(Boolean).join(", ");
  const words = facts.quoted ? `“${facts.words}”` : facts.words;
  return facts.words ? `${who ? `${who}: ` : ""}${words}` : "";
};
const briefingCitationText = (facts, today) => {
  const said = briefingSaid(facts) ? `${briefingSaid(facts)}. ` : "";
  const by = (facts.authors || []).length ? `by ${briefingList(facts.authors)}` : "";
  const source = [`“${facts.title}”`, by, facts.publisher, facts.published_text].filter(Boolean);
  const where = facts.paragraph ? `, paragraph ${facts.paragraph}` : "";
  const draft = facts.draft ? ` ${briefingDraft}` : "";
  const link = facts.url ? `${facts.url} ` : "";
  return `${said}In ${source.join(", ")}${where}. ${link}(accessed ${today.text}).${draft}`
    .replace(/\.\./g, ".");
};
const briefingCsl = (facts, today) => [{
  id: `briefing-${facts.id}`, type: "article-newspaper", title: facts.title,
  author: (facts.authors || []).length ? facts.authors.map((name) => ({literal: name})) : undefined,
  "container-title": facts.publisher || undefined, publisher: facts.publisher || undefined,
  issued: facts.published ? {"date-parts": briefingDateParts(facts.published)} : undefined,
  language: facts.language, URL: facts.url || undefined,
  accessed: {"date-parts": briefingDateParts(today.iso)},
  locator: facts.paragraph ? String(facts.paragraph) : undefined,
  label: facts.paragraph ? "paragraph" : undefined,
  note: [briefingSaid(facts), facts.draft ? briefingDraft : ""].filter(Boolean).join(". ")
    || undefined,
}];

const briefingToday = () => {
  const now = new Date();
  const pad = (number) => String(number).padStart(2, "0");
  return {text: `${now.getDate()} ${briefingMonths[now.getMonth()]} ${now.getFullYear()}`,
          iso: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`};
};
const briefingCopyButton = (label, write) => {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button briefing-cite-button";
  button.textContent = label;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(write().replace(briefingBidi, ""));
      button.textContent = "Copied";
    } catch (error) {
      button.textContent = "Could not copy: select the words instead";
    }
  });
  return button;
};
const briefingCiteButtons = (holder, facts) => {
  const citation = () => {
    const today = briefingToday();
    return {facts: briefingClean(facts), today};
  };
  holder.replaceChildren(
    briefingCopyButton("Copy citation", () => {
      const {facts: clean, today} = citation();
      return briefingCitationText(clean, today);
    }),
    briefingCopyButton("Copy CSL-JSON", () => {
      const {facts: clean, today} = citation();
      return JSON.stringify(briefingCsl(clean, today), null, 2);
    }));
  holder.hidden = false;
};

// The published address of the cited page: from the site's address when the build knew it
// (so the offline copy, read from files, cites the published pages), else from where the page
// is read, unless that is a file on disk (its address means nothing to another reader).
const briefingPublished = (facts) => {
  const site = document.querySelector('meta[name="briefing:site-url"]')?.content;
  if (site) return new URL(facts.page, site.endsWith("/") ? site : `${site}/`).href;
  return location.protocol === "file:" ? "" : new URL(facts.href, location.href).href;
};

briefingEachPage(() => {
  if (!navigator.clipboard) return;
  for (const holder of document.querySelectorAll(".briefing-cite[data-cite]")) {
    const facts = JSON.parse(holder.dataset.cite);
    const url = briefingPublished(facts);
    if (facts.kind !== "article") {
      briefingCiteButtons(holder, {...facts, url});
      continue;
    }
    // The article: a pair of buttons under each paragraph, citing its words.
    for (const paragraph of document.querySelectorAll(".briefing-paragraph[id]")) {
      const number = Number(paragraph.id.slice(1));
      const words = [...paragraph.childNodes]
        .filter((node) => !node.classList?.contains("briefing-para-number"))
        .map((node) => node.textContent).join("").replace(/\s+/g, " ").trim();
      const box = document.createElement("div");
      box.className = "briefing-cite briefing-cite--paragraph";
      paragraph.after(box);
      briefingCiteButtons(box, {...facts, id: `article-p${number}`, speakers: [], to: [],
        words, quoted: true, date_text: "", paragraph: number,
        url: url && `${url.split("#")[0]}#p${number}`});
    }
  }
});
