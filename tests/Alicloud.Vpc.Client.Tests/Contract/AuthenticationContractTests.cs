using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>The emulator checks signatures for real; a wrong secret is a definite error, never retried.</summary>
public sealed class AuthenticationContractTests(EmulatorFixture fixture) : EmulatorContractTest(fixture)
{
    private IVpcClient ClientWith(string accessKeyId, string secret, VpcSignatureVersion signature) =>
        Fixture.Client(Fixture.Emulator.Endpoint, accessKeyId, secret, signature: signature);

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task AnyCall_WrongSecret_IsSignatureDoesNotMatchWithoutRetry(VpcSignatureVersion signature)
    {
        var client = ClientWith(EmulatorCredentials.Dev.AccessKeyId, "not-the-secret", signature);

        var error = await ApiAssert.FailsWithAsync(() => client.DescribeRegionsAsync(Ct), AlibabaErrorCodes.SignatureDoesNotMatch, 400);

        Assert.False(error.IsOutcomeUnknown);
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
        Assert.Single(await Fixture.Admin.GetRequestsAsync("DescribeRegions", Ct));
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task AnyCall_UnknownAccessKey_IsInvalidAccessKeyIdNotFound(VpcSignatureVersion signature)
    {
        var client = ClientWith("no-such-key", "whatever", signature);
        await ApiAssert.FailsWithAsync(() => client.DescribeRegionsAsync(Ct), AlibabaErrorCodes.InvalidAccessKeyIdNotFound, 404);
    }

    [Theory]
    [InlineData(VpcSignatureVersion.RpcHmacSha1)]
    [InlineData(VpcSignatureVersion.Acs3HmacSha256)]
    public async Task AnyCall_PeerCredentials_SeeOnlyTheirOwnAccount(VpcSignatureVersion signature)
    {
        var dev = ClientWith(EmulatorCredentials.Dev.AccessKeyId, EmulatorCredentials.Dev.AccessKeySecret, signature);
        var peer = ClientWith(EmulatorCredentials.Peer.AccessKeyId, EmulatorCredentials.Peer.AccessKeySecret, signature);

        var vpc = await Topology.CreateVpcAsync(dev, ContractRegions.Initiator, Ct);

        Assert.Empty(await peer.DescribeVpcsAsync(ContractRegions.Initiator, vpc.VpcId, Ct));
        Assert.Single(await dev.DescribeVpcsAsync(ContractRegions.Initiator, vpc.VpcId, Ct));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("ACS3-HMAC-SHA256", false)]
    [InlineData("v2", true)]
    public async Task AnyCall_SignatureAlgorithmSetting_PicksTheSchemeTheEmulatorVerifies(string? setting, bool v2)
    {
        using var budget = EmulatorClients.GenerousBudget();
        var client = EmulatorClients.Create(Fixture.Emulator, EmulatorCredentials.Dev, EmulatorFixture.ContractOptions, budget, setting);

        await client.DescribeRegionsAsync(Ct);

        var call = Assert.Single(await Fixture.Admin.GetRequestsAsync("DescribeRegions", Ct));
        Assert.Null(call.Code);
        // The log hides the signature itself; V2's other signing parameters show which scheme the emulator verified.
        Assert.Equal(v2, call.Parameters.ContainsKey("SignatureMethod"));
        Assert.Equal(v2, call.Parameters.ContainsKey("SignatureNonce"));
    }

    [Fact]
    public async Task ManyCalls_FreshNonceEachTime_NeverSignatureNonceUsed()
    {
        var client = Fixture.Client(EmulatorCredentials.Dev);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.DescribeRegionsAsync(Ct)));

        var calls = await Fixture.Admin.GetRequestsAsync("DescribeRegions", Ct);
        Assert.Equal(40, calls.Count);
        Assert.All(calls, c => Assert.Null(c.Code));
    }
}
