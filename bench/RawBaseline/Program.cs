using System.CommandLine;
using System.Text.Json;
using Cdp.TicketE2E.RawBaseline;

// raw-baseline web|mobile: runs the create-ticket flow N times the way a careful engineer would with plain Playwright or
// plain Selenium, and prints one JSON object: each timed iteration's milliseconds (a warm-up iteration is not counted) and the
// machine's busy CPU per timed iteration, in core-seconds (what the flow costs the cores, Chromium's processes included).
var iterations = new Option<int>("--iterations") { Description = "Timed iterations after one warm-up (1 to 200).", DefaultValueFactory = _ => 5 };
var headlessShell = new Option<string>("--chromium") { Description = "The Chromium binary: the headless shell, what Playwright runs headless.", DefaultValueFactory = _ => "/usr/bin/chromium-headless-shell" };
var chromium = new Option<string>("--chromium") { Description = "The Chromium binary Appium's Chromium driver starts.", DefaultValueFactory = _ => "/usr/bin/chromium" };
var appium = new Option<string?>("--appium") { Description = "An Appium server to open the mobile session on, e.g. http://127.0.0.1:4723/ (default: start the project-local one)." };
var chromedriver = new Option<string>("--chromedriver") { Description = "The chromedriver Appium's Chromium driver starts (mobile only).", DefaultValueFactory = _ => "/usr/bin/chromedriver" };

var web = new Command("web", "The web flow: customer page, + menu, Create Ticket, the embedded CRM form, the list shows the ticket.") { iterations, headlessShell };
web.SetAction((parse, _) => MeasureAsync(parse.GetValue(iterations), env => RawWebFlow.StartAsync(env, parse.GetValue(headlessShell)!)));
var mobile = new Command("mobile", "The mobile flow: contact, Others tab, + Add, Create New, the create screen, the summary shows the ticket.") { iterations, chromium, appium, chromedriver };
mobile.SetAction(async (parse, _) =>
{
    if (parse.GetValue(appium) is not { } given) return await MeasureMobileAsync(parse, null);
    return Uri.TryCreate(given, UriKind.Absolute, out var server)
        ? await MeasureMobileAsync(parse, server)
        : await Fail($"--appium is '{given}'; allowed: an absolute http URL of an Appium server, e.g. http://127.0.0.1:4723/.");
});

return await new RootCommand("The raw baselines ./e2e bench compares the harness with.") { web, mobile }.Parse(args).InvokeAsync();

static async Task<int> MeasureAsync(int count, Func<BaselineEnvironment, Task<IRawFlow>> start)
{
    if (count is < 1 or > 200) return await Fail($"--iterations is {count}; allowed 1 to 200.");
    await using var environment = await BaselineEnvironment.StartAsync();
    var launch = System.Diagnostics.Stopwatch.StartNew();
    await using var flow = await start(environment);
    var launchMs = launch.Elapsed.TotalMilliseconds;
    var timings = new List<double>();
    await flow.CreateTicketAsync("Raw ticket 0"); // the warm-up, not counted
    var busyBefore = MachineBusy.CoreSeconds();
    for (var i = 1; i <= count; i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await flow.CreateTicketAsync($"Raw ticket {i}");
        timings.Add(clock.Elapsed.TotalMilliseconds);
    }
    var busyPerIteration = (MachineBusy.CoreSeconds() - busyBefore) / count;
    Console.WriteLine(JsonSerializer.Serialize(new { startMs = launchMs, iterationsMs = timings, busyCoreSecondsPerIteration = busyPerIteration }));
    return 0;
}

async Task<int> MeasureMobileAsync(ParseResult parse, Uri? server)
{
    using var local = server is null ? await LocalAppium.StartAsync() : null;
    return await MeasureAsync(parse.GetValue(iterations),
        env => RawMobileFlow.StartAsync(env, server ?? local!.Endpoint, parse.GetValue(chromium)!, parse.GetValue(chromedriver)!));
}

static Task<int> Fail(string message)
{
    Console.Error.WriteLine($"raw-baseline: {message}");
    return Task.FromResult(2);
}
