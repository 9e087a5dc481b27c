namespace Alicloud.Vpc.Emulator.State;

internal static class RouterTypes
{
    public const string VRouter = "VRouter";
    public const string Vbr = "VBR";

    public static IReadOnlyList<string> All { get; } = [VRouter, Vbr];
}

internal static class Roles
{
    public const string InitiatingSide = "InitiatingSide";
    public const string AcceptingSide = "AcceptingSide";

    public static IReadOnlyList<string> All { get; } = [InitiatingSide, AcceptingSide];
}

internal static class ChargeTypes
{
    /// <summary>Response spelling for pay-as-you-go (request: PostPaid).</summary>
    public const string AfterPay = "AfterPay";

    /// <summary>Response spelling for subscription (request: PrePaid); Terraform matches this exact spelling.</summary>
    public const string Prepaid = "Prepaid";
}

/// <summary>Spec → bandwidth in Mbps; the acceptor's spec is always Negative.</summary>
internal static class Specs
{
    public const string Negative = "Negative";

    public static IReadOnlyDictionary<string, int> Bandwidths { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Mini.2"] = 2,
        ["Mini.5"] = 5,
        ["Small.1"] = 10,
        ["Small.2"] = 20,
        ["Small.5"] = 50,
        ["Middle.1"] = 100,
        ["Middle.2"] = 200,
        ["Middle.5"] = 500,
        ["Large.1"] = 1000,
        ["Large.2"] = 2000,
        ["Large.5"] = 5000,
        ["Xlarge.1"] = 10000,
    };
}
