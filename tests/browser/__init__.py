"""The built site in Chromium, driven by Playwright: what a reader actually gets."""
