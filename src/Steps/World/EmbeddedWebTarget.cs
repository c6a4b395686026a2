using Cdp.TicketE2E.ReferenceApps.Web;
using Cdp.TicketE2E.Steps.Configuration;

namespace Cdp.TicketE2E.Steps.World;

/// <summary>
/// The embedded default web target: this scenario's reference CDP page, served on its own port
/// and wired to this scenario's fake CRM. Started when the scenario first opens a page, so it
/// carries whatever the Given steps decided (permission, flag, server-side association).
/// </summary>
public sealed class EmbeddedWebTarget(TicketWorld world, HarnessSettings settings) : IAsyncDisposable
{
    private ReferenceCdpHost? host;

    /// <summary>The customer's detail page, starting the reference host on first use.</summary>
    public async Task<Uri> CustomerPageAsync(Customer customer)
    {
        if (host is null)
        {
            var crm = await world.CrmAsync();
            host = await ReferenceCdpHost.StartAsync(new CdpHostSettings(
                CrmBaseUrl: crm.BaseUrl,
                ApiBaseUrl: crm.BaseUrl,
                UserCanCreateTickets: world.UserCanCreateTickets,
                CreateTicketFlagOn: world.CreateTicketFlagOn,
                CrmAssociatesServerSide: world.CrmAssociatesServerSide,
                Defects: settings.ReferenceApps.ParsedDefects()));
        }
        return host.CustomerPage(customer.Id);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}
