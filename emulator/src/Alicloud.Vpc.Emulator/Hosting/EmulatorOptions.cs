using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>Everything the command line can set; defaults here and in the types they configure.</summary>
internal sealed record EmulatorOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    public string? StateFile { get; init; }

    /// <summary>Requests per second per AccessKeyId; 0 = unlimited.</summary>
    public int Qps { get; init; }

    public IReadOnlyDictionary<string, double> Transitions { get; init; } = new Dictionary<string, double>();

    /// <summary>Seed of the fault-rule randomness; null = nondeterministic.</summary>
    public int? Seed { get; init; }

    public string? CredentialsFile { get; init; }

    public int RouterInterfacesPerRouter { get; init; } = EmulatorLimits.DefaultRouterInterfacesPerRouter;
}
