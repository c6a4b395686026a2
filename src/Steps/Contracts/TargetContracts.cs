
namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>The contracts of the run, read once from contracts/: the embed messages and the web target.</summary>
public sealed class TargetContracts
{
    /// <summary>contracts/embed-messages.json.</summary>
    public EmbedContract Embed { get; } = EmbedContract.Load();

    /// <summary>contracts/web-target.json.</summary>
    public WebTargetContract Web { get; } = WebTargetContract.Load();
}
