using System.Net.Http.Json;
using System.Text.Json;
using Cdp.TicketE2E.Fakes;

namespace Cdp.TicketE2E.Tests.Mobile;

/// <summary>Calls a FakeCrm's v2.8 ticket API over real HTTP, with the bodies the reference mobile app sends.</summary>
internal sealed class MobileApiClient : IDisposable
{
    private readonly HttpClient _http;

    public MobileApiClient(FakeCrm crm)
    {
        // FakeCrm adds the v2.8 routes on first use of FakeCrm.Mobile (the mobile target does it before the app starts).
        _ = crm.Mobile;
        _http = new HttpClient { BaseAddress = crm.BaseUrl };
    }

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> CreateAsync(string name, params string[] customerIds) =>
        _http.PostAsJsonAsync("v2.8/tickets", new Dictionary<string, object> { ["name"] = name, ["qontak_customer_ids"] = customerIds });

    public Task<HttpResponseMessage> UpdateAsync(string ticketId, params string[] customerIds) =>
        _http.PutAsJsonAsync($"v2.8/tickets/{ticketId}", new Dictionary<string, object> { ["qontak_customer_ids"] = customerIds });

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public void Dispose() => _http.Dispose();
}
