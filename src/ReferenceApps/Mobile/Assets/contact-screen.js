// The contact detail: tabs, and in Others the ticket association summary with its "+ Add" entry.
// The summary is aria-busy while anything about its tickets is in flight (association, refresh).
window.ContactScreen = function createContactScreen(root, api, contactId) {
  const q = (testId) => root.querySelector(`[data-testid="${testId}"]`);
  const summary = q("ticket-summary");
  let busyCount = 0;

  function selectTab(name) {
    root.querySelectorAll("[role=tab]").forEach((tab) => tab.setAttribute("aria-selected", String(tab.dataset.tab === name)));
    root.querySelectorAll(".tab-panel").forEach((panel) => { panel.hidden = panel.dataset.panel !== name; });
  }
  root.querySelectorAll("[role=tab]").forEach((tab) => tab.addEventListener("click", () => selectTab(tab.dataset.tab)));
  selectTab("activities");

  async function busyWhile(work) {
    busyCount++;
    summary.setAttribute("aria-busy", "true");
    try {
      return await work();
    } finally {
      if (--busyCount === 0) summary.setAttribute("aria-busy", "false");
    }
  }

  function render(tickets) {
    const list = q("ticket-summary-list");
    list.replaceChildren(...tickets.map((ticket) => {
      const item = document.createElement("li");
      item.dataset.testid = "ticket-summary-item";
      item.textContent = ticket.name;
      return item;
    }));
    q("ticket-summary-count").textContent = String(tickets.length);
    q("ticket-summary-empty").hidden = tickets.length > 0;
  }

  return {
    async loadName() {
      const response = await api.contact(contactId);
      const name = response.ok ? response.body.name : contactId;
      q("contact-name").textContent = name;
      return name;
    },
    refresh: () => busyWhile(async () => {
      const response = await api.ticketsOf(contactId);
      render(response.ok ? response.body.data : []);
      return response.ok;
    }),
    busyWhile,
    onAdd(handler) {
      q("ticket-add").addEventListener("click", handler);
    },
  };
};
