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

// Material's search panel is a dialog without a name; screen readers announce it as "Search".
document$.subscribe(() => {
  document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
});
