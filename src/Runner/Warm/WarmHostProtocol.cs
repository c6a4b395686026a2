using System.Net.Sockets;
using System.Text.Json;

namespace Cdp.TicketE2E.Runner.Warm;

/// <summary>
/// What ./e2e asks a warm host (./e2e serve): run the suite assembly with these test-host arguments and this E2E
/// environment, or stop. One JSON object per line.
/// </summary>
public sealed record WarmRequest(string? Assembly = null, IReadOnlyList<string>? Arguments = null,
    IReadOnlyDictionary<string, string>? Environment = null, bool Stop = false);

/// <summary>
/// What a warm host answers, one per line: an output line of the run, then its exit code with a note on what it kept from
/// the previous run; or why it refused.
/// </summary>
public sealed record WarmReply(string? Line = null, int? Exit = null, string? Note = null, string? Refused = null);

/// <summary>The warm host's socket and the line-by-line JSON both sides speak on it.</summary>
public static class WarmHostProtocol
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Where a checkout's warm host listens: a Unix socket under .e2e/ at the repository root (git-ignored).</summary>
    public static string SocketPath(string repositoryRoot) => Path.Combine(repositoryRoot, ".e2e", "warm-host.sock");

    /// <summary>Writes one message as a line.</summary>
    public static async Task SendAsync<T>(StreamWriter writer, T message, CancellationToken cancellation = default)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(message, Json).AsMemory(), cancellation);
        await writer.FlushAsync(cancellation);
    }

    /// <summary>Reads one message; null at the end of the stream.</summary>
    public static async Task<T?> ReadAsync<T>(StreamReader reader, CancellationToken cancellation = default) where T : class =>
        await reader.ReadLineAsync(cancellation) is { } line ? JsonSerializer.Deserialize<T>(line, Json) : null;

    /// <summary>A connected socket to the warm host at <paramref name="socketPath"/>, or null when none listens there.</summary>
    public static async Task<Socket?> ConnectAsync(string socketPath, CancellationToken cancellation = default)
    {
        if (!File.Exists(socketPath)) return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellation);
            return socket;
        }
        catch (SocketException)
        {
            // A socket file nobody listens on: a warm host that was killed. Nothing serves there.
            socket.Dispose();
            return null;
        }
    }
}
