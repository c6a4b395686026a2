using Cdp.TicketE2E.Fakes.Backend;
using WireMock.Server;

namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>
/// The fake CRM's v2.8 ticket API for the mobile app (<c>FakeCrm.Mobile</c>): what the app created and sent,
/// and the faults a scenario can give it. Creation shares the web create API's store, ids and failure mode
/// (<c>FakeCrm.GivenTicketCreationFails</c>); links land in the store <c>FakeCrm.TicketsAssociatedTo</c> reads.
/// </summary>
public sealed class MobileTicketApi
{
    private readonly MobileTicketBook _book;

    private MobileTicketApi(MobileTicketBook book) => _book = book;

    /// <summary>Adds the v2.8 routes to a fake CRM's server, over its shared store.</summary>
    internal static MobileTicketApi Register(WireMockServer server, CrmBackendState state)
    {
        var book = new MobileTicketBook(state);
        MobileTicketRoutes.Register(server, book, state.TicketsAssociatedTo);
        return new MobileTicketApi(book);
    }

    /// <summary>Makes a contact exist and findable from the create screen's customer search (<c>GET /v2.8/customers</c>).</summary>
    public void GivenContact(string customerId, string name) => _book.AddContact(customerId, name);

    /// <summary>Makes every <c>PUT /v2.8/tickets/{id}</c> answer <paramref name="status"/>; the calls are still journaled.</summary>
    public void GivenAssociationUpdateFails(int status = 500) =>
        _book.SetUpdateFailure(status is >= 400 and <= 599 ? status
            : throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status must be an HTTP error, 400-599."));

    /// <summary>Undoes <see cref="GivenAssociationUpdateFails"/>.</summary>
    public void GivenAssociationUpdateSucceeds() => _book.SetUpdateFailure(null);

    /// <summary>Every <c>POST /v2.8/tickets</c>, in order, as sent and as answered.</summary>
    public IReadOnlyList<MobileTicketCreation> TicketCreations => _book.Creations();

    /// <summary>Every <c>PUT /v2.8/tickets/{id}</c>, in order, with its <c>qontak_customer_ids</c> exactly as sent.</summary>
    public IReadOnlyList<MobileAssociationUpdate> AssociationUpdates => _book.Updates();

    /// <summary>The association updates sent for the ticket(s) with this title.</summary>
    public IReadOnlyList<MobileAssociationUpdate> AssociationUpdatesFor(string title)
    {
        var ids = _book.All().Where(t => t.Title == title).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return _book.Updates().Where(u => ids.Contains(u.TicketId)).ToArray();
    }

    /// <summary>The ticket with this title as the v2.8 API reports it now (its current customers); null when there is none.</summary>
    public MobileTicket? TicketTitled(string title) => _book.All().LastOrDefault(t => t.Title == title);
}
