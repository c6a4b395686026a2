using CucumberExpressions;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>The built-in Cucumber Expression parameter types: {int} {float} {double} {word} {string} {}.</summary>
internal sealed class ParameterTypes : IParameterTypeRegistry
{
    private readonly IReadOnlyList<IParameterType> all =
    [
        new BuiltIn(ParameterTypeConstants.IntParameterName, ParameterTypeConstants.IntParameterRegexps, typeof(int), useForSnippets: true, weight: 1000),
        new BuiltIn(ParameterTypeConstants.FloatParameterName, ParameterTypeConstants.FloatParameterRegexpsEn, typeof(float), useForSnippets: true),
        new BuiltIn(ParameterTypeConstants.DoubleParameterName, ParameterTypeConstants.FloatParameterRegexpsEn, typeof(double), useForSnippets: false),
        new BuiltIn(ParameterTypeConstants.WordParameterName, ParameterTypeConstants.WordParameterRegexps, typeof(string), useForSnippets: false),
        new BuiltIn(ParameterTypeConstants.StringParameterName, ParameterTypeConstants.StringParameterRegexps, typeof(string), useForSnippets: true),
        new BuiltIn("", [ParameterTypeConstants.AnonymousParameterRegex], typeof(object), useForSnippets: false),
    ];

    public IParameterType LookupByTypeName(string name) => all.FirstOrDefault(p => p.Name == name)!;

    public IEnumerable<IParameterType> GetParameterTypes() => all;

    private sealed class BuiltIn(string name, string[] regexStrings, Type type, bool useForSnippets, int weight = 0) : IParameterType
    {
        public string[] RegexStrings => regexStrings;
        public string Name => name;
        public Type ParameterType => type;
        public int Weight => weight;
        public bool UseForSnippets => useForSnippets;
    }
}
