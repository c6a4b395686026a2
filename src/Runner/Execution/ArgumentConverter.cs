using System.Globalization;
using System.Reflection;
using Cdp.TicketE2E.Runner.Bindings;
using PickleStepArgument = Io.Cucumber.Messages.Types.PickleStepArgument;

namespace Cdp.TicketE2E.Runner.Execution;

/// <summary>Turns a step's captured text, data table and doc string into a binding method's arguments.</summary>
internal static class ArgumentConverter
{
    public static object?[] Convert(StepBinding definition, IReadOnlyList<StepArgument> captures, PickleStepArgument? stepArgument)
    {
        var parameters = definition.Method.GetParameters();
        var supplied = captures.Select(c => (object?)c.Value).ToList();
        if (stepArgument?.DataTable is { } table) supplied.Add(DataTable.From(table));
        else if (stepArgument?.DocString is { } docString) supplied.Add(docString.Content);
        if (supplied.Count != parameters.Length)
            throw new BindingException(
                $"{definition} takes {parameters.Length} parameter(s) but the step supplies {supplied.Count} " +
                $"({captures.Count} captured{(stepArgument is null ? "" : " + a data table or doc string")}). Make the method's parameters match the expression.");
        return parameters.Select((p, i) => ConvertOne(supplied[i], p, definition)).ToArray();
    }

    private static object? ConvertOne(object? value, ParameterInfo parameter, StepBinding definition)
    {
        var target = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (value is null || target.IsInstanceOfType(value)) return value;
        var text = (string)value;
        try
        {
            if (target.IsEnum) return Enum.Parse(target, text.Replace(" ", ""), ignoreCase: true);
            if (target == typeof(Guid)) return Guid.Parse(text);
            if (target == typeof(Uri)) return new Uri(text, UriKind.RelativeOrAbsolute);
            if (target == typeof(TimeSpan)) return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
            return System.Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            var allowed = target.IsEnum ? $" Allowed values: {string.Join(", ", Enum.GetNames(target))}." : "";
            throw new BindingException($"\"{text}\" cannot be converted to {target.Name} for parameter '{parameter.Name}' of {definition.MethodName}.{allowed}");
        }
    }
}

/// <summary>A binding that cannot be called as written (wrong parameters, unconvertible argument).</summary>
public sealed class BindingException(string message) : Exception(message);
