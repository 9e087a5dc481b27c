using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Bench;

/// <summary>Realistic transition times (seconds): the emulator's documented defaults, set explicitly so the bound is known.</summary>
public static class BenchTransitions
{
    public static IReadOnlyDictionary<string, double> Realistic { get; } = new Dictionary<string, double>
    {
        [EmulatorTransitions.Connecting] = 2,
        [EmulatorTransitions.AcceptingConnecting] = 2,
        [EmulatorTransitions.Activating] = 2,
        [EmulatorTransitions.Modifying] = 2,
        [EmulatorTransitions.Deactivating] = 2,
        [EmulatorTransitions.Deleting] = 3,
        [EmulatorTransitions.RouteEntryPending] = 1,
        [EmulatorTransitions.RouteEntryDeleting] = 1,
        [EmulatorTransitions.VpcPending] = 1,
    };
}
