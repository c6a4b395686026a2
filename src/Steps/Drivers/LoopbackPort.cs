using System.Net;
using System.Net.Sockets;

namespace Cdp.TicketE2E.Steps.Drivers;

/// <summary>Free TCP ports on 127.0.0.1 for the processes the harness starts (Appium, the Vue app, each session's chromedriver).</summary>
public static class LoopbackPort
{
    /// <summary>A port that is free now. The caller's process binds it a moment later; a clash fails that start with EADDRINUSE.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
