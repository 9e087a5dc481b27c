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

    public bool StrictRules => Choice(VariantCatalog.Rules) == "strict";

    public string ExpressConnectScope => Choice(VariantCatalog.ExpressConnectScope);

    public bool ExpressConnectAcceptsActive => Choice(VariantCatalog.ExpressConnectActive) == "accepts-active";

    public bool PeerFollowsDeactivate => Choice(VariantCatalog.DeactivatePeer) == "follows";

    public TimeSpan DeletedRowLifetime => Seconds(VariantCatalog.DeletedRowSeconds);

    public TimeSpan DeleteListingLag => Seconds(VariantCatalog.DeleteListingLagSeconds);

    public TimeSpan CreateListingLag => Seconds(VariantCatalog.CreateListingLagSeconds);

    public TimeSpan VpcDeleteTail => Seconds(VariantCatalog.VpcDeleteTailSeconds);

    /// <summary>0 = every value honoured.</summary>
    public int FilterValueCap => (int)Number(VariantCatalog.FilterValueCap);

    public string CrossAccountExpressConnect => Choice(VariantCatalog.CrossAccountExpressConnect);

    public bool ExpressConnectAnyBusyCode => Choice(VariantCatalog.ExpressConnectBusyCodes) == "any-a3";

    /// <summary>0 = no quota.</summary>
    public int UnlistedQuota => (int)Number(VariantCatalog.UnlistedQuota);

    public bool ForceRemovesOnlyTheHop => Choice(VariantCatalog.ForceEcmp) == "only-hop";

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
