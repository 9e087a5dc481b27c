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

    /// <summary>strict (default), lenient or random.</summary>
    public string Profile { get; init; } = "strict";

    /// <summary>Seed of the random profile's picks; null = nondeterministic.</summary>
    public int? ProfileSeed { get; init; }

    /// <summary>--variant NAME=VALUE, applied over the profile.</summary>
    public IReadOnlyDictionary<string, string> Variants { get; init; } = new Dictionary<string, string>();

    /// <summary>--quota ACTION=CALLS per 60 s (0 removes one).</summary>
    public IReadOnlyDictionary<string, int> Quotas { get; init; } = new Dictionary<string, int>();
}
