using System.Net.Http.Headers;
using System.Text.Json;

namespace Cdp.TicketE2E.Configuration;

/// <summary>
/// Asks a Selenium Grid 4 whether it can serve sessions (<c>GET /status</c>, <c>value.ready</c>), before anything runs: ./e2e
/// run stops at once with this message, and the suite fails every scenario with it instead of each waiting for a session.
/// </summary>
public static class GridStatusProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Null when the grid answers ready; otherwise what is wrong, naming the URL (credentials masked) and the fix.</summary>
    public static async Task<string?> ProblemAsync(GridSettings grid)
    {
        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(grid.Endpoint, "status"));
        if (grid.BasicAuthorization is { } authorization) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        string body;
        try
        {
            using var response = await http.SendAsync(request);
            body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                return $"The Selenium Grid at {grid.Display} answered GET /status with {(int)response.StatusCode} {response.ReasonPhrase}. " +
                       $"Check that --grid / E2E:Grid:Url names a Selenium Grid 4 hub or router (and its credentials), see docs/selenium-grid.md.";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var cause = e is TaskCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : grid.Scrub(e.Message);
            return $"The Selenium Grid at {grid.Display} is unreachable ({cause}). Start the grid (docs/selenium-grid.md shows how, " +
                   "on this machine or another) or correct --grid / E2E:Grid:Url; without --grid the harness runs browsers and Appium here.";
        }
        return NotReady(grid, body);
    }

    /// <summary>The same check for callers that cannot await (./e2e's preflight).</summary>
    public static string? Problem(GridSettings grid) => Task.Run(() => ProblemAsync(grid)).GetAwaiter().GetResult();

    private static string? NotReady(GridSettings grid, string body)
    {
        try
        {
            var value = JsonDocument.Parse(body).RootElement.GetProperty("value");
            if (value.TryGetProperty("ready", out var ready) && ready.ValueKind == JsonValueKind.True) return null;
            var message = value.TryGetProperty("message", out var m) ? m.GetString() : "no message";
            return $"The Selenium Grid at {grid.Display} is not ready ({message}). Wait until its nodes have registered (GET /status says " +
                   "ready: true), or start a node for Chromium and a relay node for Appium (docs/selenium-grid.md).";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"What answers at {grid.Display} is not a Selenium Grid 4: GET /status returned no JSON 'value'. " +
                   "Point --grid / E2E:Grid:Url at the grid's hub or router (docs/selenium-grid.md).";
        }
    }
}
