// The fake CRM create-ticket embed: waits for EMBED_INIT from its parent, then creates tickets through
// the CRM API and reports the outcome to the parent, only ever to the origin that sent EMBED_INIT.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("crm-embed-config").textContent);
  const types = EMBED_CONTRACT.types;
  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  const log = (window.__crmEmbedLog = []);
  let host = null; // { origin, customerId, embedSource } once EMBED_INIT is accepted
  let lastHeight = -1;

  function setStatus(text) {
    byTestId("embed-status").textContent = text;
  }

  // Without EMBED_INIT the host origin is unknown, and broadcasting to "*" is exactly what the contract forbids.
  function send(type, payload) {
    if (!host) return;
    window.parent.postMessage({ type, version: EMBED_CONTRACT.version, payload }, host.origin);
    log.push({ direction: "out", origin: host.origin, type, accepted: true, reason: "" });
  }

  function ignore(event, type, reason) {
    log.push({ direction: "in", origin: event.origin, type: type ?? null, accepted: false, reason });
    console.warn(`[crm-embed] ignored ${type ?? "message"} from ${event.origin}: ${reason}`);
  }

  function reportHeight() {
    const height = Math.ceil(document.documentElement.scrollHeight);
    // Before EMBED_INIT nothing can be sent, so the height is not "reported" yet either.
    if (!host || height === lastHeight) return;
    lastHeight = height;
    send(types.EMBED_RESIZE, { height });
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    const type = data && typeof data === "object" && typeof data.type === "string" ? data.type : undefined;
    if (event.source !== window.parent) return ignore(event, type, "not sent by the parent window");
    const allowed = config.allowedHostOrigins;
    if (allowed && !allowed.includes(event.origin)) return ignore(event, type, "host origin is not allowed");
    if (type !== types.EMBED_INIT) return ignore(event, type, "unknown or unexpected message type");
    if (data.version !== EMBED_CONTRACT.version) return ignore(event, type, `unsupported version ${data.version}`);

    const payload = data.payload && typeof data.payload === "object" ? data.payload : {};
    host = {
      origin: event.origin,
      customerId: typeof payload.qontakCustomerId === "string" && payload.qontakCustomerId ? payload.qontakCustomerId : null,
      embedSource: typeof payload.embedSource === "string" ? payload.embedSource : null,
    };
    log.push({ direction: "in", origin: event.origin, type, accepted: true, reason: "" });
    byTestId("embed-customer").textContent = `Customer: ${host.customerId ?? "(none)"}`;
    byTestId("ticket-submit").disabled = false;
    setStatus("Ready");
    reportHeight();
  });

  async function createTicket() {
    const title = byTestId("ticket-title").value.trim();
    if (!title) return setStatus("A ticket needs a title.");
    byTestId("ticket-submit").disabled = true;
    setStatus("Creating…");
    try {
      const response = await fetch("/api/tickets", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          title,
          description: byTestId("ticket-description").value,
          customerId: host.customerId,
          embedSource: host.embedSource,
        }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        // Create stays disabled: the host closes the panel, and a second click must not make a second ticket.
        setStatus(`Created ${body.id}`);
        send(types.TICKET_CREATED, { ticketId: body.id, title: body.title });
        return;
      }
      const message = body.error || `The CRM could not create the ticket (HTTP ${response.status}).`;
      setStatus(`Error: ${message}`);
      send(types.TICKET_CREATE_ERROR, { code: `HTTP_${response.status}`, message });
    } catch (error) {
      setStatus(`Error: ${error.message}`);
      send(types.TICKET_CREATE_ERROR, { code: "NETWORK", message: String(error.message) });
    }
    byTestId("ticket-submit").disabled = false; // after an error the user may try again
  }

  byTestId("ticket-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (host) createTicket();
  });
  byTestId("ticket-cancel").addEventListener("click", () => send(types.EMBED_CLOSE, {}));
  new ResizeObserver(reportHeight).observe(document.body);
})();
