using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

public sealed class CheckTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private async Task<CheckResult> CheckAsync(PropertyMap news) =>
        await _rig.Handler.CheckAsync(new ResourceCheckRequest(TestRig.Urn, "ri", PropertyMap.Empty, news), CancellationToken.None);

    private static readonly Inputs.Omit Omit = Inputs.Omit.Value;

    /// <summary>(case, inputs, the property that must be named, a fragment of the reason).</summary>
    public static TheoryData<string, PropertyMap, string, string> Invalid => new()
    {
        { "missing routerId", Inputs.Initiator(("routerId", Omit)), "routerId", "required" },
        { "missing role", Inputs.Initiator(("role", Omit)), "role", "required" },
        { "missing oppositeRegionId", Inputs.Initiator(("oppositeRegionId", Omit)), "oppositeRegionId", "required" },
        { "bad routerType", Inputs.Initiator(("routerType", "Router")), "routerType", "VRouter, VBR" },
        { "bad role", Inputs.Initiator(("role", "Initiator")), "role", "InitiatingSide, AcceptingSide" },
        { "bad spec", Inputs.Initiator(("spec", "Huge.9")), "spec", "Mini.2" },
        { "acceptor with a bandwidth spec", Inputs.Acceptor(("spec", "Small.1")), "spec", "must use spec Negative" },
        { "initiator with Negative", Inputs.Initiator(("spec", "Negative")), "spec", "not Negative" },
        { "VBR acceptor", Inputs.Acceptor(("routerId", "vbr-x1"), ("routerType", "VBR")), "role", "VBR can only be the InitiatingSide" },
        { "router id format", Inputs.Initiator(("routerId", "router-1")), "routerId", "vrt-" },
        { "router id and type disagree", Inputs.Initiator(("routerId", "vbr-a1")), "routerType", "is a VBR" },
        { "opposite router and type disagree", Inputs.Initiator(("oppositeRouterType", "VBR")), "oppositeRouterType", "is a VRouter" },
        { "opposite interface id", Inputs.Initiator(("oppositeInterfaceId", "if-123")), "oppositeInterfaceId", "ri-" },
        { "region format", Inputs.Initiator(("oppositeRegionId", "Shanghai")), "oppositeRegionId", "region ID" },
        { "owner id", Inputs.Initiator(("oppositeInterfaceOwnerId", "acct-1")), "oppositeInterfaceOwnerId", "digits" },
        { "name too short", Inputs.Initiator(("name", "a")), "name", "2 to 128" },
        { "name too long", Inputs.Initiator(("name", "a" + new string('b', 128))), "name", "2 to 128" },
        { "name starts with digit", Inputs.Initiator(("name", "1link")), "name", "start with a letter" },
        { "name bad char", Inputs.Initiator(("name", "link one")), "name", "found ' '" },
        { "description too short", Inputs.Initiator(("description", "x")), "description", "2 to 256" },
        { "description http", Inputs.Initiator(("description", "https://example.com")), "description", "http://" },
        { "source ip", Inputs.Initiator(("healthCheckSourceIp", "10.0.0.256"), ("healthCheckTargetIp", "10.0.0.2")), "healthCheckSourceIp", "IPv4" },
        { "target ip", Inputs.Initiator(("healthCheckSourceIp", "10.0.0.1"), ("healthCheckTargetIp", "::1")), "healthCheckTargetIp", "IPv4" },
        { "source without target", Inputs.Initiator(("healthCheckSourceIp", "10.0.0.1")), "healthCheckTargetIp", "required when healthCheckSourceIp" },
        { "charge type", Inputs.Initiator(("instanceChargeType", "Monthly")), "instanceChargeType", "PostPaid, PrePaid" },
        { "prepaid without period", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("autoPay", true)), "period", "required for PrePaid" },
        { "prepaid without autoPay", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 1)), "autoPay", "must be true for PrePaid" },
        { "prepaid with autoPay false", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 1), ("autoPay", false)), "autoPay", "unpaid order" },
        { "prepaid month 10", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 10)), "period", "1 to 9" },
        { "prepaid year 4", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("pricingCycle", "Year"), ("period", 4)), "period", "1 to 3" },
        { "prepaid period 0", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 0)), "period", "1 to 9" },
        { "postpaid with period", Inputs.Initiator(("period", 2)), "period", "only to instanceChargeType PrePaid" },
        { "postpaid with autoPay", Inputs.Initiator(("autoPay", true)), "autoPay", "only to instanceChargeType PrePaid" },
        { "pricing cycle", Inputs.Initiator(("pricingCycle", "Week")), "pricingCycle", "Month, Year" },
        { "connect on acceptor", Inputs.Acceptor(("connect", true)), "connect", "only the InitiatingSide" },
        { "connect without opposite", Inputs.Initiator(("connect", true), ("oppositeInterfaceId", Omit)), "oppositeInterfaceId", "required when connect" },
        { "string expected", Inputs.Initiator(("name", 12)), "name", "expected a string, got a number" },
        { "integer expected", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", "3")), "period", "expected an integer, got a string" },
        { "integer not fractional", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 1.5)), "period", "expected an integer, got 1.5" },
        { "boolean expected", Inputs.Initiator(("force", "yes")), "force", "expected a boolean, got a string" },
        { "array is wrong", Inputs.Initiator(("routerId", PropertyValue.FromArray([]))), "routerId", "got an array" },
        { "unknown property", Inputs.Initiator(("forceDelete", true)), "forceDelete", "not an input" },
        { "fast link on a vRouter", Inputs.Initiator(("fastLinkMode", true), ("oppositeInterfaceId", Omit), ("accessPointId", "ap-1")), "fastLinkMode", "only to a VBR initiator" },
        { "fast link without the VPC's vRouter", Inputs.FastLink(("oppositeRouterId", Omit)), "oppositeRouterId", "required when fastLinkMode" },
        { "fast link towards a VBR", Inputs.FastLink(("oppositeRouterId", "vbr-b2"), ("oppositeRouterType", "VBR")), "oppositeRouterType", "must be VRouter when fastLinkMode" },
        { "fast link without an access point", Inputs.FastLink(("accessPointId", Omit)), "accessPointId", "required when fastLinkMode" },
        { "fast link naming the acceptor", Inputs.FastLink(("oppositeInterfaceId", "ri-acc1")), "oppositeInterfaceId", "the cloud creates the acceptor" },
        { "fast link with connect", Inputs.FastLink(("connect", true)), "connect", "connects a fast-link instance" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task CheckAsync_InvalidInput_FailsNamingTheProperty(string scenario, PropertyMap news, string property, string reason)
    {
        var result = await CheckAsync(news);

        Assert.True(result.Failures.Any(f => f.Property == property && f.Reason.Contains(reason, StringComparison.Ordinal)),
            $"{scenario}: expected a failure on {property} containing '{reason}', got: {string.Join(" | ", result.Failures)}");
    }

    public static TheoryData<string, PropertyMap> Valid => new()
    {
        { "initiator", Inputs.Initiator() },
        { "acceptor", Inputs.Acceptor() },
        { "VBR initiator", Inputs.Initiator(("routerId", "vbr-x1"), ("routerType", "VBR"), ("accessPointId", "ap-cn-hangzhou-xx-a")) },
        { "Chinese name", Inputs.Initiator(("name", "专线-接口_1.a")) },
        { "health check pair", Inputs.Initiator(("healthCheckSourceIp", "10.0.0.1"), ("healthCheckTargetIp", "192.168.255.255")) },
        { "prepaid month", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("period", 9), ("autoPay", true)) },
        { "prepaid year", Inputs.Initiator(("instanceChargeType", "PrePaid"), ("pricingCycle", "Year"), ("period", 3), ("autoPay", true)) },
        { "connect", Inputs.Initiator(("connect", true)) },
        { "force", Inputs.Initiator(("force", true)) },
        { "region with digits", Inputs.Initiator(("oppositeRegionId", "ap-southeast-1")) },
        { "nulls are absent", Inputs.Initiator(("name", null), ("description", null)) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task CheckAsync_ValidInput_HasNoFailures(string scenario, PropertyMap news)
    {
        var result = await CheckAsync(news);

        Assert.True(result.Failures.Count == 0, $"{scenario}: {string.Join(" | ", result.Failures)}");
    }

    [Fact]
    public async Task CheckAsync_Defaults_AreApplied()
    {
        var result = await CheckAsync(Inputs.Acceptor());

        Assert.Equal(PropertyValue.FromString("PostPaid"), result.Inputs["instanceChargeType"]);
        Assert.Equal(PropertyValue.FromString("Month"), result.Inputs["pricingCycle"]);
        Assert.Equal(PropertyValue.FromBool(false), result.Inputs["force"]);
        Assert.Equal(PropertyValue.FromBool(false), result.Inputs["connect"]);
    }

    [Fact]
    public async Task CheckAsync_EnumsInAnotherCase_AreNormalised()
    {
        var result = await CheckAsync(Inputs.Initiator(("routerType", "vrouter"), ("role", "initiatingside"), ("spec", "mini.5"), ("instanceChargeType", "postpaid")));

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.FromString("VRouter"), result.Inputs["routerType"]);
        Assert.Equal(PropertyValue.FromString("InitiatingSide"), result.Inputs["role"]);
        Assert.Equal(PropertyValue.FromString("Mini.5"), result.Inputs["spec"]);
        Assert.Equal(PropertyValue.FromString("PostPaid"), result.Inputs["instanceChargeType"]);
    }

    [Fact]
    public async Task CheckAsync_UnknownInputs_AreNotValidatedAndAreCarriedThrough()
    {
        var news = Inputs.Initiator(("routerId", PropertyValue.Unknown), ("role", PropertyValue.Unknown), ("instanceChargeType", PropertyValue.Unknown), ("connect", PropertyValue.Unknown));

        var result = await CheckAsync(news);

        Assert.Empty(result.Failures);
        Assert.Equal(PropertyValue.Unknown, result.Inputs["routerId"]);
        Assert.Equal(PropertyValue.Unknown, result.Inputs["instanceChargeType"]);
        Assert.Equal(PropertyValue.Unknown, result.Inputs["connect"]);
        Assert.False(result.Inputs.ContainsKey("period"));
    }

    [Fact]
    public async Task CheckAsync_SecretInput_StaysSecret()
    {
        var result = await CheckAsync(Inputs.Initiator(("description", PropertyValue.MakeSecret(PropertyValue.FromString("tenant link")))));

        Assert.Empty(result.Failures);
        Assert.True(result.Inputs["description"].IsSecret);
        Assert.Equal("tenant link", result.Inputs["description"].Unsecret().StringValue);
    }
}
