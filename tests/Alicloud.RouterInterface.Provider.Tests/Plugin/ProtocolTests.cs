extern alias ProviderAssembly;

using System.Text;
using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using ProviderVersion = ProviderAssembly::Alicloud.RouterInterface.Provider.Hosting.ProviderVersion;

namespace Alicloud.RouterInterface.Provider.Tests.Plugin;

/// <summary>One test (at least) per RPC, through the generated client, against the real binary.</summary>
public sealed class ProtocolTests(SharedPluginFixture fixture) : IClassFixture<SharedPluginFixture>
{
    private const string UnknownToken = "alicloud-routerinterface:index:NoSuchThing";
    private const string UnknownUrn = "urn:pulumi:dev::proj::alicloud-routerinterface:index:NoSuchThing::thing";

    private readonly ResourceProvider.ResourceProviderClient _client = fixture.Client;

    [Fact]
    public async Task Handshake_DeclaresSecretsAndResources()
    {
        var response = await _client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = fixture.Plugin.Engine.Address, ConfigureWithUrn = true }, deadline: Deadline());

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.False(response.AcceptOutputs);
    }

    [Fact]
    public async Task GetPluginInfo_ReportsTheBuildVersion()
    {
        var info = await _client.GetPluginInfoAsync(new Empty(), deadline: Deadline());

        Assert.Equal(ProviderVersion.Current, info.Version);
    }

    [Fact]
    public async Task GetSchema_IsTheCommittedSchemaByteForByte()
    {
        var response = await _client.GetSchemaAsync(new GetSchemaRequest { Version = 0 }, deadline: Deadline());

        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.SchemaFile), Encoding.UTF8.GetBytes(response.Schema));
    }

    [Fact]
    public async Task CheckConfig_ValidConfig_PassesInputsThrough()
    {
        var news = PropertyValues.Object(("region", "cn-hangzhou"), ("endpoint", "http://127.0.0.1:8080"), ("version", "0.1.0"));

        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = news }, deadline: Deadline());

        Assert.Empty(response.Failures);
        Assert.Equal(news, response.Inputs);
    }

    [Fact]
    public async Task CheckConfig_UnknownKey_FailureNamesTheKey()
    {
        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = PropertyValues.Object(("regoin", "cn-hangzhou")) }, deadline: Deadline());

        var failure = Assert.Single(response.Failures);
        Assert.Equal("regoin", failure.Property);
        Assert.Contains("alicloud-routerinterface:regoin", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://vpc.example.com")]
    [InlineData("not a url at all")]
    public async Task CheckConfig_BadEndpoint_FailureNamesEndpoint(string endpoint)
    {
        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = PropertyValues.Object(("endpoint", endpoint)) }, deadline: Deadline());

        Assert.Equal("endpoint", Assert.Single(response.Failures).Property);
    }

    [Theory]
    [InlineData("v2", true)]
    [InlineData("ACS3-HMAC-SHA256", true)]
    [InlineData("HMAC-SHA1", false)]
    [InlineData("v3", false)]
    public async Task CheckConfig_SignatureAlgorithm_OnlyTheSdkSpellingsPass(string algorithm, bool supported)
    {
        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = PropertyValues.Object(("signatureAlgorithm", algorithm)) }, deadline: Deadline());

        Assert.Equal(supported, response.Failures.Count == 0);
        Assert.All(response.Failures, failure =>
        {
            Assert.Equal("signatureAlgorithm", failure.Property);
            Assert.Contains("'ACS3-HMAC-SHA256' (the default) or 'v2'", failure.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CheckConfig_NonStringValue_FailureNamesTheKey()
    {
        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = PropertyValues.Object(("region", 42)) }, deadline: Deadline());

        Assert.Equal("region", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task CheckConfig_UnknownValueDuringPreview_IsAccepted()
    {
        var response = await _client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = new Struct { Fields = { ["endpoint"] = PropertyValues.Unknown } } }, deadline: Deadline());

        Assert.Empty(response.Failures);
    }

    [Fact]
    public async Task DiffConfig_ChangedRegion_IsAnUpdateNeverAReplace()
    {
        var response = await _client.DiffConfigAsync(
            new DiffRequest
            {
                Urn = ProviderUrn,
                Olds = PropertyValues.Object(("region", "cn-hangzhou")),
                OldInputs = PropertyValues.Object(("region", "cn-hangzhou")),
                News = PropertyValues.Object(("region", "cn-shanghai")),
            },
            deadline: Deadline());

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Equal(["region"], response.Diffs);
        Assert.Empty(response.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.Update, response.DetailedDiff["region"].Kind);
    }

    [Fact]
    public async Task DiffConfig_SameValuesOneSecret_IsNoChange()
    {
        var response = await _client.DiffConfigAsync(
            new DiffRequest
            {
                Urn = ProviderUrn,
                OldInputs = PropertyValues.Object(("region", "cn-hangzhou"), ("secretKey", PropertyValues.Secret("s"))),
                News = PropertyValues.Object(("region", "cn-hangzhou"), ("secretKey", "s")),
            },
            deadline: Deadline());

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
    }

    [Fact]
    public async Task Check_UnknownToken_InvalidArgumentNamingTheToken()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.CheckAsync(new CheckRequest { Urn = UnknownUrn, Type = UnknownToken, News = new Struct() }, deadline: Deadline()));

        AssertNamesUnknownToken(error);
    }

    [Fact]
    public async Task Check_TypeOnlyInTheUrn_DispatchesByTheUrn()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.CheckAsync(new CheckRequest { Urn = UnknownUrn, News = new Struct() }, deadline: Deadline()));

        AssertNamesUnknownToken(error);
    }

    [Fact]
    public async Task Diff_UnknownToken_InvalidArgumentNamingTheToken()
    {
        AssertNamesUnknownToken(await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.DiffAsync(new DiffRequest { Id = "x", Urn = UnknownUrn, Type = UnknownToken }, deadline: Deadline())));
    }

    [Fact]
    public async Task Create_UnknownToken_InvalidArgumentNamingTheToken()
    {
        AssertNamesUnknownToken(await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.CreateAsync(new CreateRequest { Urn = UnknownUrn, Type = UnknownToken, Properties = new Struct() }, deadline: Deadline())));
    }

    [Fact]
    public async Task Read_UnknownToken_InvalidArgumentNamingTheToken()
    {
        AssertNamesUnknownToken(await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.ReadAsync(new ReadRequest { Id = "x", Urn = UnknownUrn, Type = UnknownToken }, deadline: Deadline())));
    }

    [Fact]
    public async Task Update_UnknownToken_InvalidArgumentNamingTheToken()
    {
        AssertNamesUnknownToken(await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.UpdateAsync(new UpdateRequest { Id = "x", Urn = UnknownUrn, Type = UnknownToken }, deadline: Deadline())));
    }

    [Fact]
    public async Task Delete_UnknownToken_InvalidArgumentNamingTheToken()
    {
        AssertNamesUnknownToken(await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.DeleteAsync(new DeleteRequest { Id = "x", Urn = UnknownUrn, Type = UnknownToken, Timeout = 60 }, deadline: Deadline())));
    }

    [Fact]
    public async Task Cancel_WithNothingInFlight_IsAcknowledgedAndThePluginKeepsServing()
    {
        await _client.CancelAsync(new Empty(), deadline: Deadline());

        var info = await _client.GetPluginInfoAsync(new Empty(), deadline: Deadline());
        Assert.False(string.IsNullOrEmpty(info.Version));
    }

    [Fact]
    public async Task Attach_WithoutAddress_InvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await _client.AttachAsync(new PluginAttach(), deadline: Deadline()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task GetMapping_AnyKey_IsAnEmptyAnswer()
    {
        var response = await _client.GetMappingAsync(new GetMappingRequest { Key = "terraform", Provider = "alicloud" }, deadline: Deadline());

        Assert.Equal("", response.Provider);
        Assert.True(response.Data.IsEmpty);
    }

    [Fact]
    public async Task GetMappings_AnyKey_IsAnEmptyAnswer()
    {
        var response = await _client.GetMappingsAsync(new GetMappingsRequest { Key = "terraform" }, deadline: Deadline());

        Assert.Empty(response.Providers);
    }

    [Fact]
    public async Task Invoke_UnknownFunction_IsInvalidArgumentNamingTheKnownOne()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await _client.InvokeAsync(new InvokeRequest { Tok = "x:y:z" }, deadline: Deadline()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("alicloud-routerinterface:index:getRouterInterfaces", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_GetRouterInterfacesWithABadArgument_AnswersAFailureNamingIt()
    {
        var args = new Struct();
        args.Fields["routerType"] = Value.ForString("Router");

        var response = await _client.InvokeAsync(new InvokeRequest { Tok = "alicloud-routerinterface:index:getRouterInterfaces", Args = args }, deadline: Deadline());

        Assert.Contains(response.Failures, f => f.Property == "routerType" && f.Reason.Contains("VRouter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_IsUnimplemented()
    {
        await AssertUnimplementedAsync(async () => await _client.CallAsync(new CallRequest(), deadline: Deadline()));
    }

    [Fact]
    public async Task Construct_IsUnimplemented()
    {
        await AssertUnimplementedAsync(async () => await _client.ConstructAsync(new ConstructRequest(), deadline: Deadline()));
    }

    [Fact]
    public async Task Parameterize_IsUnimplemented()
    {
        await AssertUnimplementedAsync(async () => await _client.ParameterizeAsync(new ParameterizeRequest { Args = new() }, deadline: Deadline()));
    }

    [Fact]
    public async Task List_IsUnimplemented()
    {
        await AssertUnimplementedAsync(async () =>
        {
            using var call = _client.List(new ListRequest { Token = "x:y:z" }, deadline: Deadline());
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    private static string ProviderUrn => Urns.DefaultProvider("dev", "proj", "alicloud-routerinterface");

    private static DateTime Deadline() => DateTime.UtcNow + TestBounds.Call;

    private static void AssertNamesUnknownToken(RpcException error)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(UnknownToken, error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("alicloud-routerinterface:index:RouterInterface", error.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task AssertUnimplementedAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
