using System.Net.Http.Json;
using System.Text.Json;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// Holds the next call of one action in the emulator for a while (a one-shot latency fault rule), so a test can change
/// the cloud at a known point of the provider's work whatever the machine's load: start the operation, wait until the
/// call is held, change things, and the held call then sees the change.
/// </summary>
internal sealed class HeldCall
{
    private readonly EmulatorProcess _emulator;

    private HeldCall(EmulatorProcess emulator) => _emulator = emulator;

    public static async Task<HeldCall> ArmAsync(EmulatorProcess emulator, string action, TimeSpan hold, CancellationToken cancellationToken)
    {
        await emulator.Admin.AddFaultAsync(new FaultRule { Action = action, LatencyMs = (int)hold.TotalMilliseconds, Count = 1 }, cancellationToken);
        return new HeldCall(emulator);
    }

    /// <summary>Returns once the call arrived (the one-shot rule fired and is gone).</summary>
    public async Task WaitUntilHeldAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = _emulator.BaseUri };
        await Eventually.HoldsAsync(
            async ct =>
            {
                using var faults = await http.GetFromJsonAsync<JsonDocument>("_emulator/faults", ct);
                return faults!.RootElement.GetProperty("rules").GetArrayLength() == 0;
            },
            "the held call arrived",
            cancellationToken,
            new PollingOptions { Interval = TimeSpan.FromMilliseconds(20) });
    }
}
