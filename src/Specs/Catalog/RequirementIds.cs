using System.Text.RegularExpressions;

namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>
/// The id conventions of the catalog. Requirement ids are either a story id the source documents
/// already use (<c>TCKT-S01</c>, <c>TCKT-S07-NEG</c>) or one of ours (<c>ANC-01</c>, <c>WEB-12</c>,
/// <c>MOB-03</c>). Open questions are the documents' ids (<c>OQ-4</c>, <c>AOQ-1</c>,
/// <c>OQ-contract</c>, <c>OQ-M2</c>) or, for an unknown the documents never numbered, <c>UNK-…</c>.
/// </summary>
public static partial class RequirementIds
{
    /// <summary>Human-readable form of the requirement id rule, used in fix hints.</summary>
    public const string IdRule = "ANC-nn, WEB-nn or MOB-nn (two or three digits), or a source story id like TCKT-S01 / TCKT-S07-NEG";

    /// <summary>Human-readable form of the open-question id rule, used in fix hints.</summary>
    public const string QuestionRule = "a source open-question id like OQ-4, AOQ-1, OQ-M2, OQ-contract, or UNK-<lower-case-words> for an unknown the sources never numbered";

    /// <summary>Whether <paramref name="id"/> is a well-formed requirement id.</summary>
    public static bool IsRequirementId(string id) => RequirementIdPattern().IsMatch(id);

    /// <summary>Whether <paramref name="id"/> is a well-formed open-question id.</summary>
    public static bool IsQuestionId(string id) => QuestionIdPattern().IsMatch(id);

    [GeneratedRegex(@"^(?:(?:ANC|WEB|MOB)-\d{2,3}|TCKT-S\d{2}(?:-[A-Z]+)?)$")]
    private static partial Regex RequirementIdPattern();

    [GeneratedRegex(@"^(?:A?OQ-[A-Za-z0-9]+|UNK-[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex QuestionIdPattern();
}
