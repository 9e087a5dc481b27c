using System.Globalization;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Short human durations for status lines and messages: 12s, 2m05s, 1h02m.</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        var total = Math.Max(0, (long)duration.TotalSeconds);
        return total switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{total}s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{total / 60}m{total % 60:00}s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{total / 3600}h{total % 3600 / 60:00}m"),
        };
    }
}
