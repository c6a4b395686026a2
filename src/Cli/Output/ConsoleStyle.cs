using Spectre.Console;

namespace Cdp.TicketE2E.Cli.Output;

/// <summary>
/// What the console can take: a live, rewritten line only on a terminal (not when piped, redirected to a file or
/// TERM=dumb), and colour only on a terminal and only without NO_COLOR (https://no-color.org: set and not empty).
/// </summary>
internal sealed record ConsoleStyle(bool Live, bool Colours)
{
    /// <summary>Neither: what a log file or a pipe gets.</summary>
    public static ConsoleStyle Plain { get; } = new(false, false);

    public static ConsoleStyle Detect(bool outputRedirected, Func<string, string?> environment)
    {
        var live = !outputRedirected && environment("TERM") != "dumb";
        return new(live, live && string.IsNullOrEmpty(environment("NO_COLOR")));
    }

    /// <summary>This process's console.</summary>
    public static ConsoleStyle OfThisProcess() => Detect(Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    /// <summary>A Spectre console writing to <paramref name="writer"/> in this style, deciding colour itself rather than guessing from CI variables.</summary>
    public IAnsiConsole On(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Colours ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = Colours ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        // A log or a pipe has no width of its own; wide enough that scenario names stay on one line.
        if (!Live) console.Profile.Width = 160;
        return console;
    }
}
