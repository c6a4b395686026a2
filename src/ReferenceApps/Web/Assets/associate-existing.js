"use strict";
// The unchanged "associate an existing ticket" path: a dialog listing the tickets CRM holds; choosing one links it
// to the customer with CDP's existing lead-ticket endpoint. The dialog closes only once the link call has answered,
// so "closed" means "done" for anyone waiting on it.
function createAssociateExistingDialog({ listTickets, associate, onAssociated, onFailed }) {
  const dialog = document.createElement("dialog");
  dialog.dataset.testid = "associate-existing-dialog";
  const heading = document.createElement("p");
  heading.textContent = "Associate an existing ticket";
  const list = document.createElement("ul");
  const close = document.createElement("button");
  close.type = "button";
  close.dataset.testid = "associate-existing-dialog-close";
  close.textContent = "Close";
  close.addEventListener("click", () => dialog.close());
  dialog.append(heading, list, close);

  function option(ticket) {
    const item = document.createElement("li");
    const choose = document.createElement("button");
    choose.type = "button";
    choose.dataset.testid = "associate-existing-option";
    choose.textContent = ticket.title;
    choose.addEventListener("click", () => choose.disabled || link(ticket, choose));
    item.append(choose);
    return item;
  }

  async function link(ticket, choose) {
    choose.disabled = true;
    const problem = await associate(ticket.id);
    dialog.close();
    if (problem) onFailed(ticket, problem);
    else await onAssociated(ticket);
  }

  async function open() {
    list.replaceChildren();
    dialog.showModal();
    try {
      list.replaceChildren(...(await listTickets()).map(option));
    } catch (error) {
      heading.textContent = `The tickets could not be loaded (${error.message}).`;
    }
  }

  return { element: dialog, open };
}
