// The native CreateTicketScreen: title, customers (the contact pre-filled when OQ-M2 allows it), Create.
// It resolves with the created ticket ({ id, name, qontak_customer_ids }) or null on back. A failed create
// keeps the user on the screen with the error, as the form would.
window.CreateScreen = function createCreateScreen(root, api, navigation, options) {
  const q = (testId) => root.querySelector(`[data-testid="${testId}"]`);
  const screen = q("create-ticket-screen");
  let customers = [];
  let submitting = false;

  function renderCustomers() {
    q("create-ticket-customers").replaceChildren(...customers.map((customer) => {
      const chip = document.createElement("li");
      chip.dataset.testid = "create-ticket-customer";
      chip.dataset.customerId = customer.id;
      chip.textContent = customer.name;
      return chip;
    }));
  }

  function showError(message) {
    q("create-ticket-error").textContent = message;
    q("create-ticket-error").hidden = !message;
  }

  async function search() {
    const text = q("customer-search-input").value.trim();
    const response = text ? await api.searchCustomers(text) : { ok: true, body: { data: [] } };
    if (text !== q("customer-search-input").value.trim()) return; // a newer search is on its way
    q("customer-search-results").replaceChildren(...(response.ok ? response.body.data : []).map((customer) => {
      const item = document.createElement("li");
      item.dataset.testid = "customer-search-result";
      item.textContent = customer.name;
      item.addEventListener("click", () => {
        if (!customers.some((c) => c.id === customer.id)) customers.push(customer);
        renderCustomers();
        q("customer-search").hidden = true;
      });
      return item;
    }));
  }

  async function submit() {
    const name = q("create-ticket-title").value.trim();
    if (!name) return showError("A ticket needs a title.");
    if (submitting) return;
    submitting = true;
    showError("");
    const response = await api.createTicket(name, customers.map((c) => c.id), options.pipelineId);
    submitting = false;
    if (response.ok) navigation.pop(response.body);
    // The ClosesOnCreateError defect: the screen leaves as if the ticket had been created.
    else if (options.closesOnCreateError) navigation.back();
    else showError(`The ticket could not be created (HTTP ${response.status}). Try again.`);
  }

  q("create-ticket-back").addEventListener("click", () => navigation.back());
  q("create-ticket-add-customer").addEventListener("click", () => {
    q("customer-search").hidden = false;
    q("customer-search-input").focus();
  });
  q("customer-search-input").addEventListener("input", search);
  q("create-ticket-submit").addEventListener("click", submit);

  return {
    // contact: { id, name }. Resolves when the screen is left (see the header).
    open(contact) {
      customers = options.prefillSupported ? [contact] : [];
      q("create-ticket-title").value = "";
      q("customer-search-input").value = "";
      q("customer-search-results").replaceChildren();
      q("customer-search").hidden = true;
      showError("");
      renderCustomers();
      return navigation.push(screen);
    },
    // What the screen holds now, for the AssociatesOnCancel defect (which saves it on back).
    draft: () => ({ name: q("create-ticket-title").value.trim() || "Untitled ticket", customerIds: customers.map((c) => c.id) }),
  };
};
