// The unchanged "From Existing" path: pick one of CRM's tickets not yet linked to the contact.
// Resolves with the chosen ticket ({ id, name, qontak_customer_ids }) or null on back.
window.ExistingScreen = function createExistingScreen(root, api, navigation) {
  const q = (testId) => root.querySelector(`[data-testid="${testId}"]`);
  const screen = q("existing-ticket-screen");
  q("existing-ticket-back").addEventListener("click", () => navigation.back());

  return {
    async open(contactId) {
      q("existing-ticket-list").dataset.loaded = "false";
      const shown = navigation.push(screen);
      const response = await api.allTickets();
      const tickets = response.ok ? response.body.data : [];
      q("existing-ticket-list").replaceChildren(...tickets
        .filter((ticket) => !ticket.qontak_customer_ids.includes(contactId))
        .map((ticket) => {
          const item = document.createElement("li");
          item.dataset.testid = "existing-ticket-item";
          item.textContent = ticket.name;
          item.addEventListener("click", () => navigation.pop(ticket));
          return item;
        }));
      q("existing-ticket-list").dataset.loaded = "true";
      return shown;
    },
  };
};
