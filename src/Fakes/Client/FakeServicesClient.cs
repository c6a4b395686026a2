using System.Net.Http.Json;
using System.Text.Json;

namespace Cdp.TicketE2E.Fakes;

/// <summary>
/// The control API of the fake services (<c>/__fake/*</c>) over HTTP: the one way the harness arranges and reads them,
/// whether they run in this process or stand alone (<c>./e2e fakes</c>).
/// </summary>
public sealed class FakeServicesClient(Uri serviceUrl) : IDisposable
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    // Generous: on a loaded CI machine the first call also pays the server's warm-up; a hung service still fails in bounded time.
    private readonly HttpClient http = new() { BaseAddress = serviceUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The service the client talks to (either one answers the control API).</summary>
    public Uri ServiceUrl => serviceUrl;

    /// <summary>A tenant's arrangements and journals; nothing is sent until a method is called.</summary>
    public FakeTenant Tenant(string tenantId) => new(this, tenantId);

    /// <summary>Fails, saying how to start them, unless the services answer their health call.</summary>
    /// <exception cref="FakeServicesUnavailableException">Nothing answers, or something else does.</exception>
    public async Task EnsureUpAsync()
    {
        using var response = await SendRawAsync(HttpMethod.Get, "__fake/health", null);
        if (!response.IsSuccessStatusCode)
            throw new FakeServicesUnavailableException(
                $"{serviceUrl} answered {(int)response.StatusCode} to __fake/health: it is not the harness's fake services. Check E2E:Fakes:CrmUrl.");
    }

    internal async Task SendAsync(HttpMethod method, string path, object? body)
    {
        using var response = await SendRawAsync(method, path, body);
        await EnsureSuccessAsync(response, method, path);
    }

    internal async Task<T> ReadAsync<T>(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendRawAsync(method, path, body);
        await EnsureSuccessAsync(response, method, path);
        return (await response.Content.ReadFromJsonAsync<T>(WebJson))!;
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: WebJson) };
        try
        {
            return await http.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new FakeServicesUnavailableException(
                $"The fake services at {serviceUrl} do not answer ({e.Message}). Start them with ./e2e fakes, or let the run start " +
                "its own (E2E:Fakes:Mode=InProcess).", e);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, HttpMethod method, string path)
    {
        if (response.IsSuccessStatusCode) return;
        throw new InvalidOperationException(
            $"The fake services refused {method} /{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}

/// <summary>The fake services cannot be reached; the message says where they were expected and how to start them.</summary>
public sealed class FakeServicesUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
