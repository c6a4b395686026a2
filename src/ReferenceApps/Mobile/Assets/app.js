// The contact's ticket flow (mobile PRD §2): Others → "+ Add" → bottom sheet → Create New → CreateTicketScreen
// → on return with a ticket, PUT /v2.8/tickets/{id} with the ticket's customers plus this contact → refresh
// the summary. Seeded defects (config.defects) each break exactly what their name says.
(function () {
  const config = JSON.parse(document.getElementById("app-config").textContent);
  const defects = new Set(config.defects);
  const root = document.getElementById("app");
  const q = (testId) => root.querySelector(`[data-testid="${testId}"]`);
  const api = window.MobileApi(config.apiBaseUrl, config.sessionKey);
  const navigation = window.MobileNavigation(q("contact-screen"));
  const contactScreen = window.ContactScreen(root, api, config.contactId);
  let sheet = null; // offered once the user's permissions and flags are known
  // The create screen is opened for the ticket pipeline (CreateTicketArgument(pipelineId), mobile PRD §2).
  const createScreen = window.CreateScreen(root, api, navigation, {
    prefillSupported: config.prefillSupported,
    pipelineId: defects.has("NoPipeline") ? undefined : config.pipelineId,
    closesOnCreateError: defects.has("ClosesOnCreateError"),
  });
  const existingScreen = window.ExistingScreen(root, api, navigation);
  let contact = { id: config.contactId, name: config.contactId };

  let retry = null; // what "Retry" on the notice does, when the failure can be retried
  function notify(kind, message, onRetry = null) {
    retry = onRetry;
    q("notice").dataset.kind = kind;
    q("notice-text").textContent = message;
    q("notice-retry").hidden = !onRetry;
    q("notice").hidden = false;
  }
  q("notice-dismiss").addEventListener("click", () => { q("notice").hidden = true; });
  q("notice-retry").addEventListener("click", () => {
    q("notice").hidden = true;
    retry?.();
  });

  // The ticket's customers plus this contact, once: the update replaces the whole list. The seeded defects
  // break only the new Create New path; "From Existing" stays the unchanged path.
  function customersWithContact(ticket, broken) {
    const existing = broken.has("DropsExistingCustomers") ? [] : ticket.qontak_customer_ids ?? [];
    if (broken.has("DuplicatesContact")) return [...existing, contact.id];
    return existing.includes(contact.id) ? existing : [...existing, contact.id];
  }

  async function associate(ticket, createdHere) {
    const broken = createdHere ? defects : new Set();
    if (broken.has("NoAssociationUpdate")) return;
    const response = await api.updateCustomers(ticket.id, customersWithContact(ticket, broken));
    if (broken.has("DoubleAssociationUpdate")) await api.updateCustomers(ticket.id, customersWithContact(ticket, broken));
    if (response.ok || broken.has("SilentAssociationFailure")) return;
    // The ticket stays in CRM; the user learns the link is missing, and may retry the update alone.
    notify("error", createdHere
      ? `Ticket "${ticket.name}" (${ticket.id}) was created but could not be associated to ${contact.name}. It is kept in CRM.`
      : `Ticket "${ticket.name}" could not be associated to ${contact.name}. Try again.`,
      () => contactScreen.busyWhile(async () => {
        await associate(await ticketToAssociate(ticket, broken), createdHere);
        await contactScreen.refresh();
      }));
  }

  // A retry updates the same ticket; the RetryCreatesAgain defect creates it a second time instead.
  async function ticketToAssociate(ticket, broken) {
    if (!broken.has("RetryCreatesAgain")) return ticket;
    const again = await api.createTicket(ticket.name, ticket.qontak_customer_ids ?? [], config.pipelineId);
    return again.ok ? again.body : ticket;
  }

  // Runs as soon as the screen is left (a microtask after popstate), so the summary is busy before anyone can look.
  function afterReturn(ticket, createdHere) {
    // The UpdatesOnCancel defect: no check for "no ticket", so going back sends an update for nothing.
    if (!ticket && createdHere && defects.has("UpdatesOnCancel")) return api.updateCustomers(undefined, [contact.id]);
    if (!ticket) return;
    return contactScreen.busyWhile(async () => {
      await associate(ticket, createdHere);
      if (!(createdHere && defects.has("NoSummaryRefresh"))) await contactScreen.refresh();
    });
  }

  async function createNew() {
    const result = await createScreen.open(contact);
    if (result || !defects.has("AssociatesOnCancel")) return afterReturn(result, true);
    // The defect: going back saves what the screen held as a ticket instead of discarding it.
    const draft = createScreen.draft();
    await contactScreen.busyWhile(async () => {
      const saved = await api.createTicket(draft.name, draft.customerIds);
      if (saved.ok) await afterReturn(saved.body, true);
    });
  }

  // "Create New" needs permission.update and the ticket flag, as the signed-in user's profile says.
  async function loadSheet() {
    const me = await api.me();
    const permissions = me.ok ? me.body.permissions : [];
    const flags = me.ok ? me.body.feature_flags : {};
    const permitted = permissions.includes(config.updatePermission) || defects.has("CreateNewWithoutPermission");
    sheet = window.TicketSheet(root, permitted && flags[config.ticketFlag] === true);
  }

  contactScreen.onAdd(async () => {
    if (!sheet) return;
    const choice = await sheet.open();
    if (choice === "create") await createNew();
    if (choice === "existing") await afterReturn(await existingScreen.open(contact.id), false);
  });

  contactScreen.busyWhile(async () => {
    await loadSheet();
    contact = { id: config.contactId, name: await contactScreen.loadName() };
    await contactScreen.refresh();
  });
})();
