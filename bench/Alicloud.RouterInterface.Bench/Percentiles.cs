namespace Alicloud.RouterInterface.Bench;

/// <summary>Nearest-rank percentiles and the median.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Median(IReadOnlyCollection<double> values) => Of(values, 50);
}
