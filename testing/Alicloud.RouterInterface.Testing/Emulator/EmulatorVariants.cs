using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// The emulator's profiles and variant names (its README, "API behaviour"), for --variant and
/// <see cref="EmulatorAdminClient.SetVariantsAsync"/>. Numeric ones take seconds or counts as text ("5").
/// </summary>
public static class EmulatorVariants
{
    public const string Strict = "strict";
    public const string Lenient = "lenient";
    public const string Random = "random";

    // The names, for tests in other assemblies; their values and meanings have one owner, VariantNames (shared source).
    public const string Rules = VariantNames.Rules;
    public const string ExpressConnectScope = VariantNames.ExpressConnectScope;
    public const string ExpressConnectActive = VariantNames.ExpressConnectActive;
    public const string DeactivatePeer = VariantNames.DeactivatePeer;
    public const string DeletedRowSeconds = VariantNames.DeletedRowSeconds;
    public const string DeleteListingLagSeconds = VariantNames.DeleteListingLagSeconds;
    public const string CreateListingLagSeconds = VariantNames.CreateListingLagSeconds;
    public const string VpcDeleteTailSeconds = VariantNames.VpcDeleteTailSeconds;
    public const string FilterValueCap = VariantNames.FilterValueCap;
    public const string CrossAccountExpressConnect = VariantNames.CrossAccountExpressConnect;
    public const string ExpressConnectBusyCodes = VariantNames.ExpressConnectBusyCodes;
    public const string UnlistedQuota = VariantNames.UnlistedQuota;
    public const string ForceEcmp = VariantNames.ForceEcmp;

    /// <summary>
    /// The listing variants at 0 (gone interfaces unlisted at once, new ones listed at once: B4, B5), for suites that
    /// pin exact listings; the strict defaults play seconds of each.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ExactListings { get; } = new Dictionary<string, string>
    {
        [DeletedRowSeconds] = "0",
        [DeleteListingLagSeconds] = "0",
        [CreateListingLagSeconds] = "0",
    };
}
