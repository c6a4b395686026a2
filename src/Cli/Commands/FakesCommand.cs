using System.CommandLine;
using Cdp.TicketE2E.Fakes;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>
/// ./e2e fakes — the fake CRM and the fake CDP API as standing services on fixed addresses, for a separately started
/// build (a local qontak-customer-fe, the Vue app, a device app) and runs with E2E:Fakes:Mode=Standing or --target deployed.
/// </summary>
internal static class FakesCommand
{
    public static Command Create()
    {
        var crm = new Option<string>("--crm-url") { Description = "Where the fake CRM listens and how browsers reach it.", DefaultValueFactory = _ => Setting("CrmUrl", FakeServicesOptions.Standing.CrmUrl) };
        var cdpApi = new Option<string>("--cdp-api-url") { Description = "Where the fake CDP API listens (another origin than the CRM).", DefaultValueFactory = _ => Setting("CdpApiUrl", FakeServicesOptions.Standing.CdpApiUrl) };
        var bind = new Option<string>("--bind") { Description = "The interface to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (remote browsers too).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("fakes", "Serve the fake CRM and fake CDP API on fixed addresses until stopped (docs/fake-services.md).") { crm, cdpApi, bind };
        command.SetAction(async (parse, cancellation) =>
        {
            FakeServicesOptions options;
            try
            {
                options = new FakeServicesOptions(Url(parse.GetValue(crm)!, "--crm-url"), Url(parse.GetValue(cdpApi)!, "--cdp-api-url"), parse.GetValue(bind)!);
                await using var services = await FakeServices.StartAsync(options);
                Console.WriteLine($"Fake CRM:     {services.CrmUrl}  (embed: {new Uri(services.CrmUrl, "embed/ticket/create")})");
                Console.WriteLine($"Fake CDP API: {services.CdpApiUrl}");
                Console.WriteLine("Serving until stopped (Ctrl+C). Runs use them with E2E__Fakes__Mode=Standing or --target deployed.");
                await Task.Delay(Timeout.Infinite, cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
                Console.WriteLine("Stopped.");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or UriFormatException)
            {
                Console.Error.WriteLine($"./e2e fakes: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    // The same E2E__Fakes__* variables the harness reads, so one setting moves both the services and the runs that use them.
    private static string Setting(string key, Uri fallback) =>
        Environment.GetEnvironmentVariable($"E2E__Fakes__{key}") is { Length: > 0 } configured ? configured : fallback.GetLeftPart(UriPartial.Authority);

    private static Uri Url(string value, string option) =>
        Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url)
            ? url
            : throw new ArgumentException($"{option} is '{value}'; it must be an http URL of a host and port, such as http://localhost:4510.");
}
