// Material's search panel is a dialog without a name; screen readers announce it as "Search".
document$.subscribe(() => {
  document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
});
