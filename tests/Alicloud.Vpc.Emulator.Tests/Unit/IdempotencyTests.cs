using Alicloud.Vpc.Emulator.Tests.Support;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class IdempotencyTests
{
    private readonly StateHarness _h = new();

    private Dictionary<string, string> CreateParameters(StateHarness.Vpc vpc, string token) => new()
    {
        ["RegionId"] = vpc.Region,
        ["Role"] = "InitiatingSide",
        ["RouterType"] = "VRouter",
        ["RouterId"] = vpc.RouterId,
        ["Spec"] = "Small.1",
        ["OppositeRegionId"] = StateHarness.OtherRegion,
        ["ClientToken"] = token,
        ["SignatureNonce"] = Guid.NewGuid().ToString(),
    };

    private int InterfaceCount() => _h.Store.Read(s => s.Data.RouterInterfaces.Count);

    [Fact]
    public void Create_SameTokenSameParameters_ReturnsFirstAnswerAndCreatesOnce()
    {
        var vpc = _h.CreateVpc();

        var first = _h.CallRaw("CreateRouterInterface", CreateParameters(vpc, "token-1"));
        var second = _h.CallRaw("CreateRouterInterface", CreateParameters(vpc, "token-1"));

        Assert.Equal(first, second);
        Assert.Equal(1, InterfaceCount());
    }

    [Fact]
    public void Create_SameTokenOtherParameters_IsIdempotentParameterMismatch()
    {
        var vpc = _h.CreateVpc();
        _h.Call("CreateRouterInterface", CreateParameters(vpc, "token-1"));

        var error = _h.Fails("CreateRouterInterface", new Dictionary<string, string>(CreateParameters(vpc, "token-1")) { ["Spec"] = "Small.2" });

        Assert.Equal(("IdempotentParameterMismatch", 400), (error.Code, error.HttpStatus));
        Assert.Equal(1, InterfaceCount());
    }

    [Fact]
    public void Create_SameTokenOtherAccount_IsIndependent()
    {
        var mine = _h.CreateVpc();
        var theirs = _h.CreateVpc(StateHarness.Peer);

        _h.Call("CreateRouterInterface", CreateParameters(mine, "shared"));
        _h.Call("CreateRouterInterface", CreateParameters(theirs, "shared"), StateHarness.Peer);

        Assert.Equal(2, InterfaceCount());
    }

    [Fact]
    public void Delete_SameTokenRepeated_ReplaysSuccessEvenAfterTheInterfaceIsGone()
    {
        var id = _h.CreateInitiator(_h.CreateVpc(), StateHarness.OtherRegion);
        var delete = new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["RouterInterfaceId"] = id, ["ClientToken"] = "del-1" };

        var first = _h.CallRaw("DeleteRouterInterface", delete);
        _h.Advance(3);
        var replay = _h.CallRaw("DeleteRouterInterface", delete);

        Assert.Equal(first, replay);
        Assert.Equal("InvalidInstanceId.NotFound", _h.Fails("DeleteRouterInterface", new Dictionary<string, string>(delete) { ["ClientToken"] = "del-2" }).Code);
    }

    [Fact]
    public void Create_FailedCallWithToken_IsNotRemembered()
    {
        var vpc = _h.CreateVpc();
        var bad = new Dictionary<string, string>(CreateParameters(vpc, "t")) { ["RouterId"] = "vrt-missing" };
        _h.Fails("CreateRouterInterface", bad);

        Assert.Equal("InvalidRouterId.NotFound", _h.Fails("CreateRouterInterface", bad).Code);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(200)]
    public void Create_TokenLongerThan64_IsInvalidParameter(int length)
    {
        var vpc = _h.CreateVpc();

        Assert.Equal("InvalidParameter", _h.Fails("CreateRouterInterface", CreateParameters(vpc, new string('a', length))).Code);
    }

    [Fact]
    public void Create_NonAsciiToken_IsInvalidParameter()
    {
        var vpc = _h.CreateVpc();

        Assert.Equal("InvalidParameter", _h.Fails("CreateRouterInterface", CreateParameters(vpc, "令牌")).Code);
    }

    [Fact]
    public void Create_TokenOfExactly64_IsAccepted()
    {
        var vpc = _h.CreateVpc();

        _h.Call("CreateRouterInterface", CreateParameters(vpc, new string('a', 64)));

        Assert.Equal(1, InterfaceCount());
    }
}
