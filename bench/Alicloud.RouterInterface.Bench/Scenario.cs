namespace Alicloud.RouterInterface.Bench;

/// <summary>One benchmark case: how many connected Active pairs, the engine's parallelism, the emulator's limits and faults.</summary>
/// <param name="Qps">Emulator per-account limit (0 = none); the plugin's client limit is set to the same value.</param>
/// <param name="ThrottleProbability">Probability of an injected Throttling.User answer per call (0 = none).</param>
public sealed record Scenario(string Name, int Pairs, int Parallel, int Qps, double ThrottleProbability)
{
    public string Describe() =>
        $"{Pairs} pair{(Pairs == 1 ? "" : "s")}, parallel {Parallel}" +
        (Qps > 0 ? $", --qps {Qps}" : "") +
        (ThrottleProbability > 0 ? $", {ThrottleProbability:P0} injected throttling" : "");
}
