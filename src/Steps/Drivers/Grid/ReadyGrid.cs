using Cdp.TicketE2E.Configuration;

namespace Cdp.TicketE2E.Steps.Drivers.Grid;

/// <summary>
/// The Selenium Grid the run's sessions come from, asked once whether it is ready: a grid that is down or misnamed fails
/// every session at once with the same cause and fix, instead of each scenario waiting for its own connection timeout.
/// </summary>
internal sealed class ReadyGrid(GridSettings settings)
{
    private readonly Lazy<Task<string?>> problem = new(() => GridStatusProbe.ProblemAsync(settings));

    /// <summary>The grid's settings: its URL as it may be shown, its credentials for headers.</summary>
    public GridSettings Settings => settings;

    /// <summary>The grid's base URL once it said it is ready.</summary>
    /// <exception cref="GridUnavailableException">It is unreachable, not ready, or not a grid; the message names the URL and the fix.</exception>
    public async Task<Uri> EndpointAsync() =>
        await problem.Value is { } unavailable ? throw new GridUnavailableException(unavailable) : settings.Endpoint;
}

/// <summary>The grid cannot serve the run's sessions; the message names the grid (credentials masked), the cause and the fix.</summary>
public sealed class GridUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
