using System.Globalization;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Typed, validating access to request parameters; every failure is a MissingParameter/InvalidParameter answer.</summary>
internal sealed class ApiParameters(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    /// <summary>Empty values count as absent, as the SDKs omit unset fields.</summary>
    public string? Optional(string name) => Values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public string Required(string name) => Optional(name) ?? throw ApiErrors.MissingParameter(name);

    public string? OptionalOneOf(string name, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var value = Optional(name);
        return value is null || allowed.Contains(value)
            ? value
            : throw ApiErrors.InvalidParameter(name, $"Allowed values: {string.Join(", ", allowed)}.");
    }

    public string RequiredOneOf(string name, IReadOnlyCollection<string> allowed) =>
        OptionalOneOf(name, allowed) ?? throw ApiErrors.MissingParameter(name);

    public bool? OptionalBool(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            return null;
        }

        return bool.TryParse(value, out var parsed) ? parsed : throw ApiErrors.InvalidParameter(name, "Expected true or false.");
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw ApiErrors.InvalidParameter(name, $"Expected an integer from {min} to {max}.");
    }

    public int? OptionalInt(string name, int min, int max) => Optional(name) is null ? null : Int(name, 0, min, max);

    public string? OptionalNumericId(string name)
    {
        var value = Optional(name);
        return value is null || (value.Length <= 20 && value.All(char.IsAsciiDigit))
            ? value
            : throw ApiErrors.InvalidParameter(name, "Expected an account id (digits).");
    }

    /// <summary>Values of <c>{prefix}.{N}{suffix}</c> ordered by N (1-based, as the SDKs flatten lists).</summary>
    public IReadOnlyList<KeyValuePair<int, string>> Indexed(string prefix, string suffix)
    {
        var result = new List<KeyValuePair<int, string>>();
        foreach (var (name, value) in Values)
        {
            if (name.Length > prefix.Length + suffix.Length + 1
                && name.StartsWith(prefix + ".", StringComparison.Ordinal)
                && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var index = name[(prefix.Length + 1)..^suffix.Length];
                if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    throw ApiErrors.InvalidParameter(name, "List indexes start at 1.");
                }

                result.Add(new(n, value));
            }
        }

        result.Sort((a, b) => a.Key.CompareTo(b.Key));
        return result;
    }
}
