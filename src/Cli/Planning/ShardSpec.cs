using System.Globalization;

namespace Cdp.TicketE2E.Cli.Planning;

/// <summary><c>--shard i/n</c>: this machine runs slice <paramref name="Index"/> of <paramref name="Count"/> (both 1-based).</summary>
internal sealed record ShardSpec(int Index, int Count)
{
    // More slices than that is a typo, not a plan; it also bounds the bins the slicer allocates.
    public const int MaxCount = 1000;

    /// <summary>The shard, or the message that names the option, the value and the allowed form.</summary>
    public static (ShardSpec? Shard, string? Problem) Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && Whole(parts[0]) is { } index && Whole(parts[1]) is { } count && 1 <= index && index <= count && count <= MaxCount
            ? (new ShardSpec(index, count), null)
            : (null, $"--shard is '{text}'; allowed: i/n with whole numbers 1 ≤ i ≤ n ≤ {MaxCount} (run slice i of n), e.g. --shard 2/3.");
    }

    public override string ToString() => $"{Index}/{Count}";

    // Digits only: no sign, no spaces, so "-1/3" or " 1/3" are refused rather than read generously.
    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
