using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Conformance.Tests;

/// <summary>
/// The emulator as the probe's tests need it: every transition instant except a route entry's Pending (B8 needs one
/// to be Pending when DeleteExpressConnect runs), the given variants, and a check that nothing is left.
/// </summary>
internal static class ProbeEmulator
{
    public static Task<EmulatorProcess> StartAsync(IReadOnlyDictionary<string, string> variants, CancellationToken cancellationToken, string? variantsFrom = null) =>
        EmulatorProcess.StartAsync(new EmulatorStartOptions
        {
            Transitions = new Dictionary<string, double> { [EmulatorTransitions.All] = 0, [EmulatorTransitions.RouteEntryPending] = 1 },
            Variants = variants,
            VariantsFrom = variantsFrom,
        }, cancellationToken);

    /// <summary>VPCs and router interfaces (Deleted rows aside) in the emulator, in both accounts.</summary>
    public static async Task<IReadOnlyList<string>> LeftAsync(EmulatorProcess emulator, CancellationToken cancellationToken)
    {
        using var state = await emulator.Admin.GetStateAsync(cancellationToken);
        var left = new List<string>();
        foreach (var vpc in state.RootElement.GetProperty("vpcs").EnumerateArray())
        {
            left.Add("vpc " + vpc.GetRawText()[..Math.Min(120, vpc.GetRawText().Length)]);
        }

        foreach (var ri in state.RootElement.GetProperty("routerInterfaces").EnumerateArray())
        {
            if (ri.GetProperty("status").GetString() != "Deleted")
            {
                left.Add("router-interface " + ri.GetRawText()[..Math.Min(160, ri.GetRawText().Length)]);
            }
        }

        return left;
    }

    public static JsonDocument ReadReport(string path) => JsonDocument.Parse(File.ReadAllText(path));
}
