// The fake CRM create-ticket embed: waits for EMBED_INIT from its parent, then creates tickets through CRM's API
// and reports the outcome to the parent, only ever to the origin that sent EMBED_INIT. The version and the payload
// field names come from the contract (contracts/embed-messages.json); the message names are its vocabulary.
(function () {
  "use strict";
  const contract = JSON.parse(document.getElementById("embed-contract").textContent);
  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  // The field of a message's payload that carries a meaning (e.g. "ticketId"), as the contract names it.
  const field = (type, meaning) => Object.keys(contract.messages[type].payload).find((name) => contract.messages[type].payload[name].meaning === meaning);
  const hostMessage = "EMBED_INIT";
  for (const type of [hostMessage, "TICKET_CREATED", "EMBED_CLOSE", "TICKET_CREATE_ERROR", "EMBED_RESIZE"]) {
    if (!contract.messages[type]) throw new Error(`The embed contract has no ${type}.`);
  }
  let host = null; // { origin, customerId, embedSource } once EMBED_INIT is accepted
  let lastHeight = -1;

  function setStatus(text) {
    byTestId("embed-status").textContent = text;
  }

  // Without EMBED_INIT the host origin is unknown, and broadcasting to "*" is exactly what the contract forbids.
  function send(type, values) {
    if (!host) return;
    const payload = {};
    for (const [meaning, value] of Object.entries(values)) payload[field(type, meaning)] = value;
    window.parent.postMessage({ type, version: contract.version, payload }, host.origin);
  }

  function reportHeight() {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (!host || height === lastHeight) return;
    lastHeight = height;
    send("EMBED_RESIZE", { height });
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    const accepted = event.source === window.parent && data && typeof data === "object"
      && data.type === hostMessage && data.version === contract.version;
    if (!accepted) {
      console.warn(`[crm-embed] ignored a message from ${event.origin}`);
      return;
    }
    const payload = data.payload && typeof data.payload === "object" ? data.payload : {};
    const text = (meaning) => {
      const value = payload[field(hostMessage, meaning)];
      return typeof value === "string" && value ? value : null;
    };
    host = { origin: event.origin, customerId: text("customerId"), embedSource: text("embedSource") };
    byTestId("embed-customer").textContent = `Customer: ${host.customerId ?? "(none)"}`;
    signIn();
  });

  // The form acts for the signed-in user (OQ-2). When it cannot sign the user in it says so with the contract's
  // provisional signal and stays disabled; otherwise it is ready and announces its height.
  async function signIn() {
    const response = await fetch(`/api/session?customerId=${encodeURIComponent(host.customerId ?? "")}`).catch(() => null);
    if (!response || !response.ok) {
      setStatus("Sign-in failed");
      const signal = contract.signals.authFailure;
      send(signal.type, { errorCode: signal.code, errorMessage: "CRM could not sign you in." });
      return;
    }
    byTestId("ticket-submit").disabled = false;
    setStatus("Ready");
    reportHeight();
  }

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
        send("TICKET_CREATED", { ticketId: body.id, title: body.title });
        return;
      }
      const message = body.error || `The CRM could not create the ticket (HTTP ${response.status}).`;
      setStatus(`Error: ${message}`);
      send("TICKET_CREATE_ERROR", { errorCode: `HTTP_${response.status}`, errorMessage: message });
    } catch (error) {
      setStatus(`Error: ${error.message}`);
      send("TICKET_CREATE_ERROR", { errorCode: "NETWORK", errorMessage: String(error.message) });
    }
    byTestId("ticket-submit").disabled = false; // after an error the user may try again
  }

  byTestId("ticket-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (host) createTicket();
  });
  byTestId("ticket-cancel").addEventListener("click", () => send("EMBED_CLOSE", {}));
  new ResizeObserver(reportHeight).observe(document.body);
})();
