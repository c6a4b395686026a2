namespace Cdp.TicketE2E.Steps.Contracts;

/// <summary>The names of contracts/web-target.json's elements the web drivers use (the file must have every one).</summary>
public static class WebElements
{
    public const string TicketsSection = "ticketsSection";
    public const string TicketListItem = "ticketListItem";
    public const string TicketListEmpty = "ticketListEmpty";
    public const string AddMenu = "addMenu";
    public const string CreateTicketOption = "createTicketOption";
    public const string AssociateExistingButton = "associateExistingButton";
    public const string AssociateExistingDialog = "associateExistingDialog";
    public const string AssociateExistingOption = "associateExistingOption";
    public const string EmbedPanel = "embedPanel";
    public const string EmbedFrame = "embedFrame";
    public const string EmbedLoading = "embedLoading";
    public const string SuccessNotice = "successNotice";
    public const string ErrorNotice = "errorNotice";
}

/// <summary>The names of the embedded form's elements (contracts/web-target.json, embeddedForm).</summary>
public static class FormElements
{
    public const string Form = "form";
    public const string Title = "title";
    public const string Submit = "submit";
    public const string Cancel = "cancel";
}

/// <summary>The names of the requests the harness watches (contracts/web-target.json, requests).</summary>
public static class WebRequests
{
    public const string TicketList = "ticketList";
    public const string FallbackAssociation = "fallbackAssociation";
    public const string CrmForm = "crmForm";
}
