using Cdp.TicketE2E.Steps.Drivers.Mobile;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Screens;

namespace Cdp.TicketE2E.Steps.Channels.Mobile;

/// <summary>
/// The mobile channel: the app's contact detail (Others tab), the "From Existing / Create New" sheet and the native
/// create ticket screen, through Appium. Every action waits until the app is settled again (summary not busy), so a
/// following step can read CRM's side without racing the app's association update.
/// </summary>
public sealed class MobileChannel(MobileScenarioApp app, MobileSession session) : ITicketChannel
{
    private MobileUi? ui;
    private ContactScreen? contact;
    private TicketOptionsSheet? options;
    private CreateTicketScreen? form;

    private MobileUi Ui => ui ?? throw new InvalidOperationException("The contact is not open yet. Add a step that opens it (e.g. When the user opens the customer page).");

    /// <inheritdoc />
    public async Task OpenCustomerAsync()
    {
        ui = await session.OpenAsync(await app.ContactAsync());
        contact = new ContactScreen(ui);
        contact.OpenOthersTab();
    }

    /// <summary>Opens the ticket options sheet ("+ Add" in the Others tab), opening the contact first if needed.</summary>
    public async Task<TicketOptionsSheet> OpenTicketOptionsAsync()
    {
        if (contact is null) await OpenCustomerAsync();
        return options = contact!.OpenTicketOptions();
    }

    /// <summary>The labels the open ticket options sheet offers, in order.</summary>
    public IReadOnlyList<string> TicketOptions() => (options
        ?? throw new InvalidOperationException("The ticket options are not open. Add a step like: When the user opens the ticket options on the customer page.")).Options();

    /// <inheritdoc />
    public async Task OpenTicketFormAsync() => form = (await OpenTicketOptionsAsync()).ChooseCreateNew();

    /// <summary>The customers the open create ticket screen holds.</summary>
    public IReadOnlyList<string> TicketFormCustomers() => RequireForm().Customers();

    /// <inheritdoc />
    public Task CreateTicketAsync(string title) => CreateTicketAsync(title, alsoFor: null);

    /// <summary>Creates a ticket, adding another customer on the create screen when given, and waits until the app is settled on the contact.</summary>
    public async Task CreateTicketAsync(string title, string? alsoFor)
    {
        await OpenTicketFormAsync();
        form!.EnterTitle(title);
        if (alsoFor is not null) form.AddCustomer(alsoFor);
        form.Submit();
        if (form.WaitForOutcome() is { } error)
            throw new ExpectationException($"The create ticket screen could not create \"{title}\": it shows \"{error}\".");
        form = null;
        contact!.WaitIdle();
    }

    /// <summary>
    /// Submits a ticket whose creation is expected to fail. The create screen must stay open and show the error (the user is
    /// told); the user then goes back to the contact, where the ticket summary is, as a user would. A screen that closes
    /// without an error fails the step: then it left as if a ticket had been created.
    /// </summary>
    public async Task TryCreateTicketAsync(string title)
    {
        await OpenTicketFormAsync();
        form!.EnterTitle(title);
        form.Submit();
        if (form.WaitForOutcome() is null)
            throw new ExpectationException($"After Create for \"{title}\", whose creation fails, the create ticket screen closed instead of showing " +
                $"the error: the user was not told, and the app went back to the contact as if the ticket had been created. Notices shown: {Notices()}.");
        form.GoBack();
        form = null;
        contact!.WaitIdle();
    }

    /// <inheritdoc />
    public Task CancelTicketFormAsync()
    {
        RequireForm().GoBack();
        form = null;
        contact!.WaitIdle();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task AssociateExistingTicketAsync(string title)
    {
        (await OpenTicketOptionsAsync()).ChooseFromExisting().Choose(title);
        contact!.WaitIdle();
    }

    /// <summary>Opens the sheet, notes whether "Create New" is there, and closes it again.</summary>
    public async Task<bool> OffersTicketCreationAsync()
    {
        var sheet = await OpenTicketOptionsAsync();
        var offered = sheet.OffersCreateNew;
        sheet.Dismiss();
        return offered;
    }

    /// <inheritdoc />
    public Task ExpectTicketFormShownAsync() => Expect(new CreateTicketScreen(Ui).TryWaitShown(),
        "The create ticket screen did not show after \"Create New\".");

    /// <inheritdoc />
    public Task ExpectOnCustomerAsync()
    {
        var back = Ui.TryWait(() => contact!.IsShown && !new CreateTicketScreen(Ui).IsShown);
        if (back) contact!.WaitIdle();
        return Expect(back, "The app is not back on the contact detail: the create ticket screen is still open.");
    }

    /// <inheritdoc />
    public Task ExpectTicketListedAsync(string title) => Expect(RequireContact().WaitForTicket(title),
        $"The contact's ticket summary did not show \"{title}\" within {Ui.Timeout.TotalSeconds:0.#} s. It shows {Listed()}. " +
        "Did the app refresh the summary after associating the ticket?");

    /// <inheritdoc />
    public Task ExpectNoTicketsListedAsync() => Expect(RequireContact().WaitForNoTickets(),
        $"The contact's ticket summary should show no tickets, but shows {Listed()}.");

    /// <inheritdoc />
    public Task ExpectCreatedButNotAssociatedNoticeAsync(string title) =>
        Expect(RequireContact().WaitForNotice(title, "was created but could not be associated"),
            $"No notice told the user that \"{title}\" was created but not associated. Notices shown: {Notices()}.");

    /// <inheritdoc />
    public Task ExpectNoErrorShownAsync()
    {
        RequireContact().WaitIdle();
        return Expect(contact!.Notices().Count == 0, $"No error should be shown, but the app shows: {Notices()}.");
    }

    /// <summary>Retries the failed association from the app's notice.</summary>
    public void RetryAssociation() => RequireContact().RetryFromNotice();

    private string Notices() => contact!.Notices() is { Count: > 0 } n ? string.Join(" | ", n) : "none";

    private string Listed() => contact!.TicketTitles() is { Count: > 0 } titles ? string.Join(", ", titles.Select(t => $"\"{t}\"")) : "no tickets";

    private ContactScreen RequireContact() => contact ?? throw new InvalidOperationException("The contact is not open yet.");

    private CreateTicketScreen RequireForm() => form
        ?? throw new InvalidOperationException("The create ticket screen is not open. Add a step like: When the user chooses to create a ticket from the customer page.");

    private static Task Expect(bool condition, string failure) => condition ? Task.CompletedTask : throw new ExpectationException(failure);
}
