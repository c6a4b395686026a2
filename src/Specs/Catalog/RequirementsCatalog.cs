namespace Cdp.TicketE2E.Specs.Catalog;

/// <summary>
/// The denominator of the Lane-A gate: every testable requirement, loaded from
/// <c>features/requirements.yaml</c>. Loading and validation live in <see cref="CatalogLoader"/>.
/// </summary>
/// <param name="requirements">The requirements, in file order.</param>
/// <param name="path">The file they came from, as findings should name it.</param>
/// <param name="lines">Line of each requirement in that file (parallel to <paramref name="requirements"/>); null when built in code.</param>
public sealed class RequirementsCatalog(
    IReadOnlyList<Requirement> requirements,
    string path = "requirements.yaml",
    IReadOnlyList<int>? lines = null)
{
    /// <summary>All requirements, in file order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; } = requirements;

    /// <summary>The catalog file, as findings name it.</summary>
    public string Path { get; } = path;

    /// <summary>The requirement with this id, or null.</summary>
    public Requirement? Find(string id) => Requirements.FirstOrDefault(r => r.Id == id);

    /// <summary>The line of the requirement at <paramref name="index"/> in <see cref="Path"/>; 1 when unknown.</summary>
    public int LineOf(int index) => lines is not null && index < lines.Count ? lines[index] : 1;
}
