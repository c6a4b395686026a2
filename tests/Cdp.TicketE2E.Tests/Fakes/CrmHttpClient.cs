using System.Net.Http.Json;
using System.Text.Json;
using Cdp.TicketE2E.Fakes;

namespace Cdp.TicketE2E.Tests.Fakes;

/// <summary>Talks to a FakeCrm over real HTTP, the way the embed and the host page do.</summary>
internal sealed class CrmHttpClient(FakeCrm crm) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = crm.BaseUrl };

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public Task<HttpResponseMessage> CreateTicketAsync(string title, string? customerId = "C-1", string? embedSource = "cdp") =>
        _http.PostAsJsonAsync("api/tickets", new { title, description = "from a test", customerId, embedSource });

    public Task<HttpResponseMessage> AssociateAsync(string contactId, string ticketId) =>
        _http.PostAsync($"v1/leads/{contactId}/tickets/{ticketId}", JsonContent.Create(new { }));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public void Dispose() => _http.Dispose();
}
