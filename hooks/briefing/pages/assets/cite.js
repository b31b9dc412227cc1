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

