using System.Globalization;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>
/// How long the soak runs, from the environment: SOAK_RUNS (destroy runs; default 8, the short variant inside
/// <c>make test</c>), SOAK_WORKERS (emulators driven in parallel; default 2), SOAK_SEED (default: fixed, so a plain
/// <c>make test</c> is repeatable; any failure prints the seed of its run), SOAK_PROFILE (the emulator's variant
/// profile per run: <c>strict</c>, the default, or <c>random</c>, which <c>make soak</c> uses so every undocumented
/// behaviour of real-api-behaviours.md section B is played, each run with its own seed).
/// </summary>
internal sealed record SoakSettings(int Runs, int Workers, int Seed, string Profile = EmulatorVariants.Strict)
{
    public const int DefaultRuns = 8;
    public const int DefaultWorkers = 2;
    public const int DefaultSeed = 20_240_607;

    public static SoakSettings FromEnvironment() => new(
        Read("SOAK_RUNS", DefaultRuns, min: 1),
        Read("SOAK_WORKERS", DefaultWorkers, min: 1),
        Read("SOAK_SEED", DefaultSeed, min: int.MinValue),
        Environment.GetEnvironmentVariable("SOAK_PROFILE") is { Length: > 0 } profile ? profile : EmulatorVariants.Strict);

    /// <summary>A bound for the whole soak: generous per run, divided over the workers.</summary>
    public TimeSpan Bound => TimeSpan.FromMinutes(3) + (TimeSpan.FromSeconds(90) * Math.Ceiling(Runs / (double)Workers));

    private static int Read(string name, int fallback, int min) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : fallback;
}
