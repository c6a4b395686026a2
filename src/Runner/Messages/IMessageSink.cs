using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Messages;

/// <summary>Receives the run's Cucumber Messages as they happen. Implementations must be thread-safe: scenarios run in parallel.</summary>
public interface IMessageSink
{
    /// <summary>Takes one envelope.</summary>
    void Publish(Envelope envelope);
}
