namespace Cdp.TicketE2E.Fakes.Backend;

/// <summary>
/// The fake CRM's in-memory truth: customers, tickets, associations, and the journals the harness asserts on.
/// One instance per <see cref="FakeCrm"/>; WireMock answers requests on pool threads, so every access takes the lock.
/// </summary>
internal sealed class CrmBackendState
{
    private const int FirstTicketNumber = 1001;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _customerNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TicketSummary> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ticketIdsByCustomer = new(StringComparer.Ordinal);
    private readonly List<CreatedTicket> _createdTickets = [];
    private readonly List<AssociationCall> _associationCalls = [];
    private readonly List<EmbedPageRequest> _embedPageRequests = [];
    private int _nextTicketNumber = FirstTicketNumber;
    private bool _associatesServerSide;
    private int? _creationFailureStatus;
    private int? _associationFailureStatus;

    public void SetCustomer(string customerId, string name)
    {
        lock (_gate) _customerNames[customerId] = name;
    }

    public string? CustomerName(string customerId)
    {
        lock (_gate) return _customerNames.GetValueOrDefault(customerId);
    }

    public void SetAssociatesServerSide(bool associates)
    {
        lock (_gate) _associatesServerSide = associates;
    }

    public void SetCreationFailure(int? status)
    {
        lock (_gate) _creationFailureStatus = status;
    }

    public void SetAssociationFailure(int? status)
    {
        lock (_gate) _associationFailureStatus = status;
    }

    public void SeedAssociatedTicket(string customerId, string ticketId, string title)
    {
        lock (_gate)
        {
            _tickets[ticketId] = new TicketSummary(ticketId, title);
            AssociateUnderLock(customerId, ticketId);
        }
    }

    /// <summary>Makes a ticket exist in CRM, linked to nobody (the "associate existing" path finds it).</summary>
    public TicketSummary SeedTicket(string title)
    {
        lock (_gate)
        {
            var ticket = new TicketSummary(NextFreeTicketIdUnderLock(), title);
            _tickets[ticket.Id] = ticket;
            return ticket;
        }
    }

    /// <summary>Every ticket CRM holds, in id order, whoever it is linked to.</summary>
    public IReadOnlyList<TicketSummary> AllTickets()
    {
        lock (_gate) return _tickets.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Creates a ticket, or answers the configured failure status without creating one.</summary>
    public TicketCreationResult CreateTicket(string title, string? customerId, string? embedSource)
    {
        lock (_gate)
        {
            if (_creationFailureStatus is { } failure)
                return TicketCreationResult.Failed(failure);

            var ticket = new TicketSummary(NextFreeTicketIdUnderLock(), title);
            _tickets[ticket.Id] = ticket;
            _createdTickets.Add(new CreatedTicket(ticket.Id, title, customerId, embedSource));
            if (_associatesServerSide && !string.IsNullOrEmpty(customerId))
                AssociateUnderLock(customerId, ticket.Id);
            return TicketCreationResult.Created(ticket);
        }
    }

    /// <summary>Handles the fallback association call and journals it with the status answered.</summary>
    public int AssociateFromFallback(string contactId, string ticketId)
    {
        lock (_gate)
        {
            var status = _associationFailureStatus
                ?? (_tickets.ContainsKey(ticketId) ? 200 : 404);
            if (status is >= 200 and < 300)
                AssociateUnderLock(contactId, ticketId);
            _associationCalls.Add(new AssociationCall(contactId, ticketId, status));
            return status;
        }
    }

    public IReadOnlyList<TicketSummary> TicketsAssociatedTo(string customerId)
    {
        lock (_gate)
        {
            return _ticketIdsByCustomer.TryGetValue(customerId, out var ids)
                ? ids.Select(id => _tickets[id]).ToArray()
                : [];
        }
    }

    public IReadOnlyList<CreatedTicket> CreatedTickets()
    {
        lock (_gate) return _createdTickets.ToArray();
    }

    public void RecordEmbedPageRequest(EmbedPageRequest request)
    {
        lock (_gate) _embedPageRequests.Add(request);
    }

    public IReadOnlyList<EmbedPageRequest> EmbedPageRequests()
    {
        lock (_gate) return _embedPageRequests.ToArray();
    }

    public IReadOnlyList<AssociationCall> AssociationCalls()
    {
        lock (_gate) return _associationCalls.ToArray();
    }

    // Idempotent: the real endpoint links a pair once, however often it is called.
    private void AssociateUnderLock(string customerId, string ticketId)
    {
        if (!_ticketIdsByCustomer.TryGetValue(customerId, out var ids))
            _ticketIdsByCustomer[customerId] = ids = [];
        if (!ids.Contains(ticketId))
            ids.Add(ticketId);
    }

    // Seeded tickets may already use an id from the sequence; skip over them rather than collide.
    private string NextFreeTicketIdUnderLock()
    {
        string id;
        do id = $"T-{_nextTicketNumber++}";
        while (_tickets.ContainsKey(id));
        return id;
    }
}
