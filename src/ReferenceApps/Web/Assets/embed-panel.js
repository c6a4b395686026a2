"use strict";
// The panel that hosts the CRM create-ticket embed in a sandboxed iframe. It owns the iframe's lifecycle:
// loading indicator until the frame's load event, EMBED_INIT on load, resize, and removal on close.
function createEmbedPanel({ slot, embedUrl, sandbox, minHeight, maxHeight, defects, onLoad }) {
  let panel = null;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function open() {
    if (panel) return;
    panel = element("aside", { "data-testid": "ticket-embed-panel", class: "panel", role: "dialog", "aria-label": "Create ticket" });
    const header = element("header", {});
    header.append(element("strong", {}, "Create ticket"));
    const close = element("button", { type: "button", "data-testid": "ticket-embed-close", "aria-label": "Close" }, "×");
    close.addEventListener("click", closePanel);
    header.append(close);
    const loading = element("p", { "data-testid": "ticket-embed-loading", role: "status" }, "Loading the ticket form…");
    loading.hidden = defects.has("NoLoadingState");
    const frame = element("iframe", { "data-testid": "ticket-embed-frame", title: "Create ticket form" });
    if (sandbox !== null) frame.setAttribute("sandbox", sandbox);
    // Listen before setting src, so the load event of the embed document itself cannot be missed.
    frame.addEventListener("load", () => {
      loading.hidden = true;
      onLoad(frame.contentWindow);
    });
    frame.src = embedUrl;
    panel.append(header, loading, frame);
    slot.append(panel);
  }

  function closePanel() {
    if (!panel) return;
    panel.remove();
    panel = null;
  }

  function resize(height) {
    const frame = panel?.querySelector("iframe");
    // Bounded, so a runaway or hostile form cannot grow the page forever or shrink itself out of sight.
    const bounded = defects.has("NoResizeBounds") ? Math.round(height) : Math.min(Math.max(Math.round(height), minHeight), maxHeight);
    if (frame) frame.style.height = `${bounded}px`;
  }

  return { open, close: closePanel, resize, isOpen: () => panel !== null };
}
