// The customer detail page's Tickets section: the gated Create Ticket entry point, the embed messages' effects
// (fallback association, list refresh, notices) and the unchanged "associate existing" path. Who the user is and
// what they may do comes from the CDP API (/v1/me), as in the real page.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("cdp-config").textContent);
  const contract = JSON.parse(document.getElementById("embed-contract").textContent);
  const defects = new Set(config.defects);
  const byId = (id) => document.getElementById(id);
  const api = createCdpApi(config);
  const handledTickets = new Set();
  let callsFallback = true;

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
      heading.textContent = (await api.customer(config.customerId)).name || config.customerId;
    } catch (error) {
      console.warn(`[cdp] customer name unavailable: ${error.message}`);
    }
  }

  async function loadTickets() {
    try {
      renderTickets(await api.ticketsOf(config.customerId));
    } catch (error) {
      showBanner("ticket-error", "error", `The associated tickets could not be loaded (${error.message}).`);
    }
  }

  function renderTickets(tickets) {
    byId("ticket-list").replaceChildren(...tickets.map((ticket) => {
      const item = document.createElement("li");
      item.dataset.testid = "ticket-list-item";
      item.textContent = ticket.title;
      return item;
    }));
    byId("ticket-list-empty").hidden = tickets.length > 0;
  }

  async function onTicketCreated(ticketId, title) {
    panel.close();
    // An embed that reports the same ticket twice must not make CDP link it twice.
    if (handledTickets.has(ticketId) && !defects.has("NoDuplicateGuard")) return;
    handledTickets.add(ticketId);
    showBanner("ticket-success", "success", `Ticket ${ticketId} "${title ?? ""}" was created.`);
    if (callsFallback) await associateCreated(ticketId, title);
    if (!defects.has("NoListRefresh")) await loadTickets();
  }

  async function associateCreated(ticketId, title) {
    try {
      await api.associate(config.customerId, ticketId);
    } catch (error) {
      // The user knows the ticket by the title they typed, so the notice names it as well as the id.
      showBanner("ticket-error", "error",
        `Ticket ${ticketId} was created but could not be linked to this customer: "${title ?? ""}" (${error.message}).`);
    }
  }

  const channel = createEmbedChannel({
    contract,
    crmOrigin: config.crmOrigin,
    defects,
    // A type without a handler gets here only when the channel's type check is broken (AcceptsUnknownTypes): the page
    // then takes any other message as "something changed" and reloads the list.
    onMessage: (type, payload) => (handlers[type] ?? loadTickets)(payload),
  });
  const read = (type, payload, meaning) => payload[channel.field(type, meaning)];
  const handlers = {
    TICKET_CREATED: (p) => onTicketCreated(read("TICKET_CREATED", p, "ticketId"), read("TICKET_CREATED", p, "title")),
    EMBED_CLOSE: () => {
      panel.close();
      if (defects.has("ShowsErrorOnClose")) showBanner("ticket-error", "error", "The ticket was not created.");
    },
    TICKET_CREATE_ERROR: (p) => {
      // OQ-2: the form could not sign the user in, so there is no form to retry in: creation is unavailable.
      if (read("TICKET_CREATE_ERROR", p, "errorCode") === contract.signals.authFailure.code && !defects.has("IgnoresAuthFailure")) {
        panel.close();
        showBanner("ticket-error", "error", "Ticket creation is unavailable: CRM could not sign you in.");
        return;
      }
      if (defects.has("ClosesPanelOnCreateError")) panel.close();
      if (!defects.has("IgnoresCreateError")) showBanner("ticket-error", "error", read("TICKET_CREATE_ERROR", p, "errorMessage"));
    },
    EMBED_RESIZE: (p) => {
      if (!defects.has("NoResize")) panel.resize(read("EMBED_RESIZE", p, "height"));
    },
  };
  const panel = createEmbedPanel({
    slot: byId("embed-slot"),
    embedUrl: config.crmEmbedUrl,
    sandbox: config.sandbox,
    minHeight: config.resizeMin,
    maxHeight: config.resizeMax,
    defects,
    onLoad: (frameWindow) => channel.sendInit(frameWindow, config.customerId, config.embedSource),
  });

  function renderAssociateExisting() {
    const existing = createAssociateExistingDialog({
      listTickets: api.allTickets,
      associate: async (ticketId) => {
        try {
          await api.associate(config.customerId, ticketId);
          return null;
        } catch (error) {
          return error.message;
        }
      },
      onAssociated: () => loadTickets(),
      onFailed: (ticket, problem) => showBanner("ticket-error", "error",
        `Ticket ${ticket.id} "${ticket.title}" could not be linked to this customer (${problem}).`),
    });
    byId("ticket-actions").append(button("associate-existing-button", "Associate existing ticket", () => existing.open()), existing.element);
  }

  // Without permission and flag the entry point is not rendered at all, not merely hidden.
  function renderCreateEntry({ permissions, flags }) {
    const permitted = permissions.includes(config.createPermission) || defects.has("IgnoresPermission");
    // OQ-6: CDP links the ticket itself only when CRM does not. The defects flip exactly this decision.
    callsFallback = defects.has("AlwaysCallFallback") || (flags[config.serverSideAssociationFlag] !== true && !defects.has("NeverCallFallback"));
    if (!permitted || flags[config.ticketFlag] !== true) return;
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
    byId("ticket-actions").append(toggle, menu);
  }

  renderAssociateExisting();
  api.me().then(renderCreateEntry, (error) => showBanner("ticket-error", "error", `You could not be signed in (${error.message}).`));
  loadCustomerName();
  loadTickets();
})();
