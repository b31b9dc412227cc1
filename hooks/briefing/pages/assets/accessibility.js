// The engine's one script: small fixes and additions to Material, each progressively enhanced
// (the page reads the same without it).

// Each page's own work: Material's document$ gives every page, those that instant navigation
// brings included. Opened from disk (the offline copy), document$ ends without giving one, so
// the work then runs once the page has loaded.
const briefingEachPage = (run) => {
  let given = false;
  document$.subscribe({
    next: (page) => { given = true; run(page); },
    complete: () => {
      if (given) return;
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", () => run(document), {once: true});
      } else run(document);
    },
  });
};

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
briefingEachPage(briefingHideTip);

// Material's search panel is a dialog without a name; screen readers announce it as "Search".
briefingEachPage(() => {
  document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
});
