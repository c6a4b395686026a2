using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Messages;

/// <summary>Timestamps and durations in the Cucumber Messages form (seconds + nanos).</summary>
public static class Clock
{
    /// <summary>Now, as a message timestamp.</summary>
    public static Timestamp Now() => ToTimestamp(DateTimeOffset.UtcNow);

    /// <summary>A point in time as a message timestamp.</summary>
    public static Timestamp ToTimestamp(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100);
    }

    /// <summary>A message timestamp back to a point in time.</summary>
    public static DateTimeOffset ToDateTime(Timestamp timestamp) =>
        DateTimeOffset.UnixEpoch.AddTicks(timestamp.Seconds * TimeSpan.TicksPerSecond + timestamp.Nanos / 100);

    /// <summary>A span as a message duration.</summary>
    public static Duration ToDuration(TimeSpan span) =>
        new(span.Ticks / TimeSpan.TicksPerSecond, span.Ticks % TimeSpan.TicksPerSecond * 100);

    /// <summary>A message duration as a span.</summary>
    public static TimeSpan ToTimeSpan(Duration duration) =>
        TimeSpan.FromTicks(duration.Seconds * TimeSpan.TicksPerSecond + duration.Nanos / 100);
}
