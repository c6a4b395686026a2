using Cdp.TicketE2E.ReferenceApps.Web;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Contracts;

namespace Cdp.TicketE2E.Steps.Targets;

/// <summary>The reference CDP page (src/ReferenceApps/Web), served in this process and wired to the fake services.</summary>
internal sealed class ReferenceWebApp(ReferenceCdpHost host, WebTargetContract contract) : IWebApp
{
    public static async Task<IWebApp> StartAsync(HarnessSettings settings, RunningFakeBackends fakes, WebTargetContract contract)
    {
        var host = await ReferenceCdpHost.StartAsync(new CdpHostSettings(
            CrmEmbedUrl: fakes.EmbedUrl,
            ApiBaseUrl: fakes.CdpApiUrl,
            SessionKey: contract.SessionKey,
            CreatePermission: settings.Web.CreatePermission,
            TicketFlag: settings.Web.TicketFlag,
            ServerSideAssociationFlag: settings.Web.ServerSideAssociationFlag,
            SandboxTokens: settings.Web.SandboxTokens,
            EmbedSourceParameter: settings.Web.EmbedSourceParameter,
            EmbedSourceValue: settings.Web.EmbedSourceValue,
            ResizeMin: settings.Web.ResizeMin,
            ResizeMax: settings.Web.ResizeMax,
            Defects: settings.ReferenceApps.ReferenceDefects(settings.Target)));
        return new ReferenceWebApp(host, contract);
    }

    public Uri CustomerPage(string customerId) =>
        new(host.BaseUrl, contract.CustomerPagePath.TrimStart('/').Replace("{customerId}", Uri.EscapeDataString(customerId), StringComparison.Ordinal));

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
