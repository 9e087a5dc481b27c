namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>How to start the emulator process; null members keep the emulator's defaults.</summary>
public sealed record EmulatorStartOptions
{
    /// <summary>Seconds per transitional status (see <see cref="EmulatorTransitions"/>), passed as --transition STATE=SECONDS.</summary>
    public IReadOnlyDictionary<string, double>? Transitions { get; init; }

    /// <summary>Requests per second per AccessKeyId (--qps); null or 0 = unlimited.</summary>
    public int? Qps { get; init; }

    /// <summary>--state-file: persisted after every change, reloaded on start.</summary>
    public string? StateFile { get; init; }

    /// <summary>--seed for fault-rule probabilities.</summary>
    public int? Seed { get; init; }

    /// <summary>--credentials-file with extra access keys.</summary>
    public string? CredentialsFile { get; init; }

    /// <summary>--router-interfaces-per-router (emulator default 5, as documented for the real API).</summary>
    public int? RouterInterfacesPerRouter { get; init; }

    /// <summary>--profile: strict (the emulator's default), lenient or random (see <see cref="EmulatorVariants"/>).</summary>
    public string? Profile { get; init; }

    /// <summary>--profile-seed for the random profile's picks.</summary>
    public int? ProfileSeed { get; init; }

    /// <summary>--variant NAME=VALUE over the profile (names in <see cref="EmulatorVariants"/>).</summary>
    public IReadOnlyDictionary<string, string>? Variants { get; init; }

    /// <summary>--quota ACTION=CALLS per 60 s per account and region (0 removes the documented ones).</summary>
    public IReadOnlyDictionary<string, int>? Quotas { get; init; }

    /// <summary><c>--variants-from PATH</c>: the variants of a JSON document such as a conformance report.</summary>
    public string? VariantsFrom { get; init; }

    /// <summary>Bound on the wait for the port line.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The executable; default <see cref="RepoPaths.EmulatorBinary"/> (built by <c>make emulator</c>).</summary>
    public string? BinaryPath { get; init; }

    public IReadOnlyList<string> ToArguments()
    {
        var args = new List<string> { "--port", "0" };
        foreach (var (name, seconds) in Transitions ?? new Dictionary<string, double>())
        {
            args.Add("--transition");
            args.Add(FormattableString.Invariant($"{name}={seconds}"));
        }

        AddIf(args, "--qps", Qps?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddIf(args, "--state-file", StateFile);
        AddIf(args, "--seed", Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddIf(args, "--credentials-file", CredentialsFile);
        AddIf(args, "--router-interfaces-per-router", RouterInterfacesPerRouter?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddIf(args, "--profile", Profile);
        AddIf(args, "--variants-from", VariantsFrom);
        AddIf(args, "--profile-seed", ProfileSeed?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, value) in Variants ?? new Dictionary<string, string>())
        {
            args.Add("--variant");
            args.Add(name + "=" + value);
        }

        foreach (var (action, calls) in Quotas ?? new Dictionary<string, int>())
        {
            args.Add("--quota");
            args.Add(FormattableString.Invariant($"{action}={calls}"));
        }

        return args;
    }

    private static void AddIf(List<string> args, string option, string? value)
    {
        if (value is not null)
        {
            args.Add(option);
            args.Add(value);
        }
    }
}
