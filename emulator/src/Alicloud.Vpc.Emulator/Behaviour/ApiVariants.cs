using System.Globalization;

namespace Alicloud.Vpc.Emulator.Behaviour;

/// <summary>An immutable snapshot of every variant's value, with typed accessors for the actions.</summary>
internal sealed class ApiVariants
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public ApiVariants(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    public static ApiVariants Strict { get; } = ForProfile(p => p.Strict);

    public static ApiVariants Lenient { get; } = ForProfile(p => p.Lenient);

    public IReadOnlyDictionary<string, string> Values => _values;

    public bool StrictRules => Choice(VariantNames.Rules) == "strict";

    public string ExpressConnectScope => Choice(VariantNames.ExpressConnectScope);

    public bool ExpressConnectAcceptsActive => Choice(VariantNames.ExpressConnectActive) == "accepts-active";

    public bool PeerFollowsDeactivate => Choice(VariantNames.DeactivatePeer) == "follows";

    public TimeSpan DeletedRowLifetime => Seconds(VariantNames.DeletedRowSeconds);

    public TimeSpan DeleteListingLag => Seconds(VariantNames.DeleteListingLagSeconds);

    public TimeSpan CreateListingLag => Seconds(VariantNames.CreateListingLagSeconds);

    public TimeSpan VpcDeleteTail => Seconds(VariantNames.VpcDeleteTailSeconds);

    /// <summary>0 = every value honoured.</summary>
    public int FilterValueCap => (int)Number(VariantNames.FilterValueCap);

    public string CrossAccountExpressConnect => Choice(VariantNames.CrossAccountExpressConnect);

    public bool ExpressConnectAnyBusyCode => Choice(VariantNames.ExpressConnectBusyCodes) == "any-a3";

    /// <summary>0 = no quota.</summary>
    public int UnlistedQuota => (int)Number(VariantNames.UnlistedQuota);

    public bool ForceRemovesOnlyTheHop => Choice(VariantNames.ForceEcmp) == "only-hop";

    public ApiVariants With(IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            values[name] = value;
        }

        return new ApiVariants(values);
    }

    private static ApiVariants ForProfile(Func<VariantDefinition, string> pick) =>
        new(VariantCatalog.All.ToDictionary(d => d.Name, pick, StringComparer.Ordinal));

    private string Choice(string name) => _values[name];

    private double Number(string name) => double.Parse(_values[name], CultureInfo.InvariantCulture);

    private TimeSpan Seconds(string name) => TimeSpan.FromSeconds(Number(name));
}
