// The "add ticket" bottom sheet. "From Existing" is always there (the unchanged path); "Create New" only
// when the ticket flag is on and the user holds permission.update. open() resolves to the choice, or
// null when the user dismisses the sheet by tapping outside it.
window.TicketSheet = function createTicketSheet(root, offersCreateNew) {
  const q = (testId) => root.querySelector(`[data-testid="${testId}"]`);
  const sheet = q("ticket-options-sheet");
  const scrim = q("ticket-options-scrim");
  // Not rendered at all when gated off, not merely hidden, as on the web page.
  if (!offersCreateNew) q("ticket-option-create").remove();
  let choose = null;

  function close(choice) {
    sheet.hidden = true;
    scrim.hidden = true;
    const resolve = choose;
    choose = null;
    if (resolve) resolve(choice);
  }
  scrim.addEventListener("click", () => close(null));
  q("ticket-option-existing").addEventListener("click", () => close("existing"));
  if (offersCreateNew) q("ticket-option-create").addEventListener("click", () => close("create"));

  return {
    open() {
      return new Promise((resolve) => {
        choose = resolve;
        sheet.hidden = false;
        scrim.hidden = false;
      });
    },
  };
};
