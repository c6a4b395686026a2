// The customer detail page's Tickets section: the gated Create Ticket entry point, the embed messages'
// effects (fallback association, list refresh, banners) and the unchanged "associate existing" path.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("cdp-config").textContent);
  const defects = new Set(config.defects);
  const types = EMBED_CONTRACT.types;
  const byId = (id) => document.getElementById(id);
  const leadUrl = (...parts) => new URL(`v1/leads/${parts.map(encodeURIComponent).join("/")}`, config.apiBaseUrl);
  const handledTickets = new Set();

  // OQ-6: CDP links the ticket itself only when CRM does not. The defects flip exactly this decision.
  const callsFallback = defects.has("AlwaysCallFallback")
    || (!config.crmAssociatesServerSide && !defects.has("NeverCallFallback"));
  const canCreate = (config.userCanCreateTickets || defects.has("IgnoresPermission")) && config.createTicketFlagOn;

  function button(testId, text, onClick, attributes = {}) {
    const node = document.createElement("button");
    node.type = "button";
    node.dataset.testid = testId;
    node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.addEventListener("click", onClick);
    return node;
  }

  function showBanner(testId, kind, text) {
    document.querySelector(`[data-testid="${testId}"]`)?.remove();
    const banner = document.createElement("p");
    banner.dataset.testid = testId;
    banner.className = `banner ${kind}`;
    banner.setAttribute("role", kind === "error" ? "alert" : "status");
    banner.textContent = text;
    byId("ticket-banners").append(banner);
  }

  async function loadCustomerName() {
    const heading = document.querySelector('[data-testid="customer-name"]');
    heading.textContent = config.customerId;
    try {
      const response = await fetch(leadUrl(config.customerId));
      if (response.ok) heading.textContent = (await response.json()).name || config.customerId;
    } catch (error) {
      console.warn(`[cdp] customer name unavailable: ${error.message}`);
    }
  }

  async function loadTickets() {
    const section = document.querySelector('[data-testid="tickets-section"]');
    section.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(leadUrl(config.customerId, "tickets"));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      renderTickets(await response.json());
    } catch (error) {
      showBanner("ticket-error", "error", `The associated tickets could not be loaded (${error.message}).`);
    } finally {
      // Counting finished loads lets a test wait for "refreshed" (or prove "not refreshed") without sleeping.
      section.dataset.loadCount = String(Number(section.dataset.loadCount ?? 0) + 1);
      section.setAttribute("aria-busy", "false");
    }
  }

  function renderTickets(tickets) {
    byId("ticket-list").replaceChildren(...tickets.map((ticket) => {
      const item = document.createElement("li");
      item.dataset.testid = "ticket-list-item";
      item.dataset.ticketId = ticket.id;
      item.textContent = ticket.title;
      return item;
    }));
    byId("ticket-list-empty").hidden = tickets.length > 0;
  }

  async function onTicketCreated(payload) {
    try {
      await handleTicketCreated(payload);
    } finally {
      // Counts every TICKET_CREATED the page has finished with, duplicates included, so a test can wait for all of them.
      const section = document.querySelector('[data-testid="tickets-section"]');
      section.dataset.ticketCreatedCount = String(Number(section.dataset.ticketCreatedCount ?? 0) + 1);
    }
  }

  async function handleTicketCreated({ ticketId, title }) {
    panel.close();
    // An embed that reports the same ticket twice must not make CDP link it twice.
    if (handledTickets.has(ticketId) && !defects.has("NoDuplicateGuard")) return;
    handledTickets.add(ticketId);
    showBanner("ticket-success", "success", `Ticket ${ticketId} "${title ?? ""}" was created.`);
    if (callsFallback) await associateCreated(ticketId, title);
    if (!defects.has("NoListRefresh")) await loadTickets();
    // Marks the end of all TICKET_CREATED work, so a test can assert on what did (not) happen.
    document.querySelector('[data-testid="tickets-section"]').dataset.lastHandledTicket = ticketId;
  }

  // CDP's existing lead-ticket link call; answers why it failed, or null when the ticket is linked.
  async function associate(ticketId) {
    try {
      const response = await fetch(leadUrl(config.customerId, "tickets", ticketId), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return error.message;
    }
  }

  async function associateCreated(ticketId, title) {
    const problem = await associate(ticketId);
    // The user knows the ticket by the title they typed, so the notice names it as well as the id.
    if (problem) showBanner("ticket-error", "error",
      `Ticket ${ticketId} was created but could not be linked to this customer: "${title ?? ""}" (${problem}).`);
  }

  const handlers = {
    [types.TICKET_CREATED]: onTicketCreated,
    [types.EMBED_CLOSE]: () => panel.close(),
    [types.TICKET_CREATE_ERROR]: ({ message }) => {
      if (!defects.has("IgnoresCreateError")) showBanner("ticket-error", "error", message);
    },
    [types.EMBED_RESIZE]: ({ height }) => {
      if (!defects.has("NoResize")) panel.resize(height);
    },
  };
  const channel = createEmbedChannel({
    crmOrigin: config.crmOrigin,
    defects,
    // A type without a handler can only get here when the channel's type check is broken (AcceptsUnknownTypes).
    onMessage: (type, payload) => handlers[type]?.(payload),
  });
  const panel = createEmbedPanel({
    slot: byId("embed-slot"),
    embedUrl: config.crmEmbedUrl,
    maxHeight: config.maxEmbedHeight,
    defects,
    onLoad: (frameWindow) => channel.sendInit(frameWindow, config.customerId),
  });

  function renderActions() {
    const actions = byId("ticket-actions");
    const existing = createAssociateExistingDialog({
      ticketsUrl: new URL("v1/tickets", config.apiBaseUrl),
      associate,
      onAssociated: () => loadTickets(),
      onFailed: (ticket, problem) => showBanner("ticket-error", "error",
        `Ticket ${ticket.id} "${ticket.title}" could not be linked to this customer (${problem}).`),
    });
    actions.append(button("associate-existing-button", "Associate existing ticket", () => existing.open()), existing.element);
    // Without permission and flag the entry point is not rendered at all, not merely hidden.
    if (!canCreate) return;
    const menu = document.createElement("div");
    menu.setAttribute("role", "menu");
    menu.hidden = true;
    const toggle = button("tickets-add-menu", "+", () => {
      menu.hidden = !menu.hidden;
      toggle.setAttribute("aria-expanded", String(!menu.hidden));
    }, { "aria-haspopup": "menu", "aria-expanded": "false", "aria-label": "Add ticket" });
    menu.append(button("create-ticket-option", "Create Ticket", () => {
      menu.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      panel.open();
    }, { role: "menuitem" }));
    actions.append(toggle, menu);
  }

  renderActions();
  loadCustomerName();
  loadTickets();
})();
