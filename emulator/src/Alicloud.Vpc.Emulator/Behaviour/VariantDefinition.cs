using System.Globalization;

namespace Alicloud.Vpc.Emulator.Behaviour;

/// <summary>
/// One switchable behaviour: a choice among named answers or a number. <see cref="Strict"/> is the default (the answer
/// the sources make most likely, or the one today's provider survives where noted), <see cref="Lenient"/> the
/// emulator's first behaviour, <see cref="RandomPicks"/> what the seeded random profile chooses from.
/// </summary>
internal sealed record VariantDefinition(
    string Name,
    string Unknown,
    string Question,
    IReadOnlyList<string> Choices,
    string Strict,
    string Lenient,
    IReadOnlyList<string> RandomPicks,
    string Source)
{
    /// <summary>Numeric variants have no named choices; their value is a non-negative number.</summary>
    public bool IsNumeric => Choices.Count == 0;

    /// <summary>The canonical form of <paramref name="value"/>, or null when it is not allowed.</summary>
    public string? Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsNumeric)
        {
            return Choices.FirstOrDefault(c => string.Equals(c, value.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && number <= 3600
            ? number.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public string Allowed => IsNumeric ? "a number 0..3600" : string.Join(" | ", Choices);
}
