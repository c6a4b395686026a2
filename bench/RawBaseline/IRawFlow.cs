namespace Cdp.TicketE2E.RawBaseline;

/// <summary>One platform's create-ticket flow on a warm browser or session: arrange, drive, check, clean up.</summary>
internal interface IRawFlow : IAsyncDisposable
{
    /// <summary>Creates the ticket for a fresh customer and checks it reached CRM associated to that customer.</summary>
    Task CreateTicketAsync(string title);
}
