using System.Globalization;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// The <c>customTimeouts</c> resource option. The SDK sends Go duration strings ("5m"); the engine converts them to
/// seconds, stores them in the state and passes them as the <c>timeout</c> of Create/Update/Delete (0 = not set).
/// </summary>
public sealed record CustomTimeouts(TimeSpan? Create = null, TimeSpan? Update = null, TimeSpan? Delete = null)
{
    /// <summary>From Go duration strings as a program writes them, e.g. <c>CustomTimeouts.Parse(delete: "10m")</c>.</summary>
    public static CustomTimeouts Parse(string? create = null, string? update = null, string? delete = null) =>
        new(ParseGoDuration(create), ParseGoDuration(update), ParseGoDuration(delete));

    public double CreateSeconds => Seconds(Create);

    public double UpdateSeconds => Seconds(Update);

    public double DeleteSeconds => Seconds(Delete);

    /// <summary>Go's <c>time.ParseDuration</c> grammar: signed sequence of decimal numbers with units ns, us, µs, ms, s, m, h.</summary>
    public static TimeSpan? ParseGoDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        var negative = span[0] == '-';
        if (span[0] is '-' or '+')
        {
            span = span[1..];
        }

        if (span is "0")
        {
            return TimeSpan.Zero;
        }

        double totalSeconds = 0;
        while (!span.IsEmpty)
        {
            var numberLength = 0;
            while (numberLength < span.Length && (char.IsAsciiDigit(span[numberLength]) || span[numberLength] == '.'))
            {
                numberLength++;
            }

            var unitLength = 0;
            while (numberLength + unitLength < span.Length && !char.IsAsciiDigit(span[numberLength + unitLength]) && span[numberLength + unitLength] != '.')
            {
                unitLength++;
            }

            if (numberLength == 0 || unitLength == 0
                || !double.TryParse(span[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                throw new FormatException($"Invalid Go duration '{text}'.");
            }

            totalSeconds += number * (span.Slice(numberLength, unitLength) switch
            {
                "ns" => 1e-9,
                "us" or "µs" or "μs" => 1e-6,
                "ms" => 1e-3,
                "s" => 1,
                "m" => 60,
                "h" => 3600,
                _ => throw new FormatException($"Unknown unit in Go duration '{text}'."),
            });
            span = span[(numberLength + unitLength)..];
        }

        return TimeSpan.FromSeconds(negative ? -totalSeconds : totalSeconds);
    }

    private static double Seconds(TimeSpan? value) => value?.TotalSeconds ?? 0;
}
