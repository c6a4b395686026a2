using System.Globalization;
using System.Text;
using CucumberExpressions.Generation;
using Io.Cucumber.Messages.Types;

namespace Cdp.TicketE2E.Runner.Bindings;

/// <summary>Writes a ready-to-paste binding for a step that has none.</summary>
public static class SnippetGenerator
{
    private static readonly CucumberExpressionGenerator Generator = new(new ParameterTypes());

    /// <summary>A C# method with the right attribute, expression and parameters, throwing PendingStepException.</summary>
    public static string For(string stepText, PickleStepType stepType, bool hasDataTable = false, bool hasDocString = false)
    {
        var generated = Generator.GenerateExpressions(stepText).First();
        var keyword = stepType switch
        {
            PickleStepType.CONTEXT => "Given",
            PickleStepType.ACTION => "When",
            PickleStepType.OUTCOME => "Then",
            _ => "StepDefinition",
        };
        var parameters = generated.GetParameterTypes()
            .Zip(generated.GetParameterNames(), (type, name) => $"{CSharpType(type.ParameterType)} {name}")
            .ToList();
        if (hasDataTable) parameters.Add("DataTable table");
        if (hasDocString) parameters.Add("string docString");
        var source = generated.GetSource().Replace("\"", "\\\"");
        return new StringBuilder()
            .AppendLine($"[{keyword}(\"{source}\")]")
            .AppendLine($"public void {MethodName(keyword, generated.GetSource())}({string.Join(", ", parameters)})")
            .AppendLine("{")
            .AppendLine($"    throw new PendingStepException(\"Not automated yet: {source}\");")
            .Append('}')
            .ToString();
    }

    private static string MethodName(string keyword, string expression)
    {
        var words = expression.Split([' ', '\'', '"', '-', '/', '(', ')', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.StartsWith('{'))
            .Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant()))
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()));
        return (keyword == "StepDefinition" ? "Step" : keyword) + string.Concat(words);
    }

    private static string CSharpType(Type type) => type == typeof(int) ? "int"
        : type == typeof(float) ? "float"
        : type == typeof(double) ? "double"
        : "string";
}
