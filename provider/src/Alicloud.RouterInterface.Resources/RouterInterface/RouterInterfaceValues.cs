namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The enumerated input values (request spellings) and their defaults.</summary>
public static class RouterInterfaceValues
{
    public const string InitiatingSide = "InitiatingSide";
    public const string AcceptingSide = "AcceptingSide";
    public const string VRouter = "VRouter";
    public const string Vbr = "VBR";
    public const string AcceptorSpec = "Negative";
    public const string PostPaid = "PostPaid";
    public const string PrePaid = "PrePaid";
    public const string Month = "Month";
    public const string Year = "Year";

    /// <summary>The statuses the <c>status</c> input may ask for (ActivateRouterInterface / DeactivateRouterInterface).</summary>
    public static readonly IReadOnlyList<string> ManagedStatuses = ["Active", "Inactive"];

    public static readonly IReadOnlyList<string> Roles = [InitiatingSide, AcceptingSide];

    public static readonly IReadOnlyList<string> RouterTypes = [VRouter, Vbr];

    /// <summary>Initiator specs in bandwidth order (Mini.2 = 2 Mbps … Xlarge.1 = 10 Gbps).</summary>
    public static readonly IReadOnlyList<string> InitiatorSpecs =
        ["Mini.2", "Mini.5", "Small.1", "Small.2", "Small.5", "Middle.1", "Middle.2", "Middle.5", "Large.1", "Large.2", "Large.5", "Xlarge.1"];

    public static readonly IReadOnlyList<string> ChargeTypes = [PostPaid, PrePaid];

    public static readonly IReadOnlyList<string> PricingCycles = [Month, Year];

    /// <summary>Canonical spelling of <paramref name="value"/> among <paramref name="allowed"/> (case-insensitive), or null.</summary>
    public static string? Canonical(IReadOnlyList<string> allowed, string value) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for the API's subscription spellings (<c>Prepaid</c>, <c>PrePaid</c>, any case).</summary>
    public static bool IsPrepaidChargeType(string? chargeType) =>
        string.Equals(chargeType, PrePaid, StringComparison.OrdinalIgnoreCase);
}
