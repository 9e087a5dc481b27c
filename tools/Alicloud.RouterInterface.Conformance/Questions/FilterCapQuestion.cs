using System.Globalization;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>
/// B6: how many values of one <c>Filter.N.Value.M</c> DescribeRouterInterfaces honours. One listed interface's ID is
/// sent as the last of K values, the others unknown IDs; K = 50 (the page size, the most the provider sends) found
/// means no cap (0); else a binary search finds the largest K still found (assumes the first values are the ones kept).
/// </summary>
internal static class FilterCapQuestion
{
    public const int MostValues = 50;

    public static async Task<Observation> AskAsync(ProbeSession s, string listedId, CancellationToken cancellationToken)
    {
        s.Progress.Say($"B6: is {listedId} found as the K-th of K RouterInterfaceId filter values?");
        var mark = s.Calls.Count;
        var tried = new Dictionary<string, double>();

        async Task<bool> FoundAsync(int k)
        {
            var values = Enumerable.Range(1, k - 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"ri-{s.Prefix.Replace("-", "", StringComparison.Ordinal)}unknown{i:00}")).Append(listedId).ToList();
            bool found;
            try
            {
                var rows = await s.Own.ListRouterInterfacesAsync(s.Region, new Dictionary<string, IReadOnlyList<string>> { ["RouterInterfaceId"] = values }, cancellationToken);
                found = rows.Any(r => r.RouterInterfaceId == listedId);
            }
            catch (AlibabaCloudException ex) when (ex.HttpStatus == 400)
            {
                s.Progress.Say($"  {k} values refused: {ex.ErrorCode}");
                found = false;
            }

            tried[k.ToString(CultureInfo.InvariantCulture)] = found ? 1 : 0;
            return found;
        }

        if (await FoundAsync(MostValues))
        {
            return Settled(0, $"0 (no cap): the listed ID was found as the {MostValues}th of {MostValues} values", s, mark, tried);
        }

        if (!await FoundAsync(1))
        {
            return Observation.Unsettled("B6", VariantNames.FilterValueCap, "the listed ID was not found even alone", s.Calls.Since(mark)) with { Timings = tried };
        }

        int low = 1, high = MostValues; // found(low), !found(high)
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (await FoundAsync(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return Settled(low, $"{low}: the listed ID was found as the {low}th value, not as the {high}th (the rest silently dropped or refused)", s, mark, tried);
    }

    private static Observation Settled(int cap, string answer, ProbeSession s, int mark, Dictionary<string, double> tried) =>
        new("B6", VariantNames.FilterValueCap, Settlement.Settled, cap, answer) { Calls = s.Calls.Since(mark), Timings = tried };
}
