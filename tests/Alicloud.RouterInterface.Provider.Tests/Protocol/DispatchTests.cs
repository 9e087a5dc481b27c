extern alias ProviderAssembly;

using Alicloud.RouterInterface.Provider.Tests.Support;
using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Properties;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Tests.Shared;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Pulumirpc;
using OperationOptions = ProviderAssembly::Alicloud.RouterInterface.Provider.Protocol.OperationOptions;

namespace Alicloud.RouterInterface.Provider.Tests.Protocol;

/// <summary>
/// The protocol layer's decisions (dispatch, translation, secrets, cancellation, timeouts, diagnostics) with a Moq'd
/// resource handler registered next to the real ones, in an in-process host.
/// </summary>
public sealed class DispatchTests
{
    private const string Token = "test:index:Thing";
    private static readonly string Urn = Urns.Create("dev", "proj", Token, "thing");

    [Fact]
    public async Task Create_SecretInputThatTheHandlerReturnsPlain_StaysSecret()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.CreateAsync(It.IsAny<ResourceCreateRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ResourceCreateRequest r, CancellationToken _) => new CreateResult("id-1", PropertyMap.Empty.With("password", r.Properties["password"].Unsecret()).With("size", PropertyValue.FromNumber(3))));
        await using var provider = await StartAsync(handler, deadline.Token);

        var response = await provider.Client.CreateAsync(
            new CreateRequest { Urn = Urn, Type = Token, Properties = PropertyValues.Object(("password", PropertyValues.Secret("p@ss"))) },
            cancellationToken: deadline.Token);

        Assert.Equal("id-1", response.Id);
        Assert.True(PropertyValues.IsSecretProperty(response.Properties, "password"));
        Assert.Equal("p@ss", PropertyValues.GetString(response.Properties, "password"));
        Assert.Equal(3d, PropertyValues.GetNumber(response.Properties, "size"));
    }

    [Fact]
    public async Task Create_Preview_PassesUnknownsAndPreviewFlagAndReturnsUnknowns()
    {
        using var deadline = TestBounds.Start();
        ResourceCreateRequest? seen = null;
        var handler = Handler();
        handler.Setup(h => h.CreateAsync(It.IsAny<ResourceCreateRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ResourceCreateRequest r, CancellationToken _) => seen = r)
            .ReturnsAsync(new CreateResult("", PropertyMap.Empty.With("id", PropertyValue.Unknown)));
        await using var provider = await StartAsync(handler, deadline.Token);

        var response = await provider.Client.CreateAsync(
            new CreateRequest { Urn = Urn, Type = Token, Preview = true, Timeout = 90, Properties = new Struct { Fields = { ["peer"] = PropertyValues.Unknown } } },
            cancellationToken: deadline.Token);

        Assert.True(seen!.Preview);
        Assert.Equal(PropertyValueKind.Unknown, seen.Properties["peer"].Kind);
        Assert.Equal(TimeSpan.FromSeconds(90), seen.Timeout);
        Assert.Equal("thing", seen.Name);
        Assert.Equal(PropertyValues.UnknownSentinel, response.Properties.Fields["id"].StringValue);
    }

    [Fact]
    public async Task Delete_ZeroTimeout_IsNoTimeout()
    {
        using var deadline = TestBounds.Start();
        ResourceDeleteRequest? seen = null;
        var handler = Handler();
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()))
            .Callback((ResourceDeleteRequest r, CancellationToken _) => seen = r)
            .Returns(Task.CompletedTask);
        await using var provider = await StartAsync(handler, deadline.Token);

        await provider.Client.DeleteAsync(new DeleteRequest { Id = "id-1", Urn = Urn, Timeout = 0, Properties = PropertyValues.Object(("a", 1)) }, cancellationToken: deadline.Token);

        Assert.Null(seen!.Timeout);
        Assert.Equal("id-1", seen.Id);
        Assert.Equal(1d, seen.Properties["a"].NumberValue);
    }

    [Fact]
    public async Task Cancel_InterruptsEveryOperationInFlight_AndLaterCallsStillWork()
    {
        using var deadline = TestBounds.Start();
        var started = new SemaphoreSlim(0);
        var handler = Handler();
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (ResourceDeleteRequest _, CancellationToken ct) =>
            {
                started.Release();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            });
        await using var provider = await StartAsync(handler, deadline.Token);

        var first = provider.Client.DeleteAsync(new DeleteRequest { Id = "a", Urn = Urn }, cancellationToken: deadline.Token);
        var second = provider.Client.DeleteAsync(new DeleteRequest { Id = "b", Urn = Urn }, cancellationToken: deadline.Token);
        await started.WaitAsync(deadline.Token);
        await started.WaitAsync(deadline.Token);
        await provider.Client.CancelAsync(new Empty(), cancellationToken: deadline.Token);

        Assert.Equal(StatusCode.Cancelled, (await Assert.ThrowsAsync<RpcException>(async () => await first)).StatusCode);
        Assert.Equal(StatusCode.Cancelled, (await Assert.ThrowsAsync<RpcException>(async () => await second)).StatusCode);
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        await provider.Client.DeleteAsync(new DeleteRequest { Id = "c", Urn = Urn }, cancellationToken: deadline.Token);
    }

    [Fact]
    public async Task Delete_HandlerIgnoringItsTimeout_IsStoppedByTheSafetyNetWithDeadlineExceeded()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ResourceDeleteRequest _, CancellationToken ct) => Task.Delay(Timeout.InfiniteTimeSpan, ct));
        await using var provider = await StartAsync(handler, deadline.Token, services =>
            services.AddSingleton(new OperationOptions { TimeoutGrace = TimeSpan.FromMilliseconds(100) }));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await provider.Client.DeleteAsync(new DeleteRequest { Id = "a", Urn = Urn, Timeout = 0.2 }, cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Contains("0.2 s", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_InitFailed_ReturnsTheDetailWithIdAndOutputs()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.CreateAsync(It.IsAny<ResourceCreateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceInitFailedException("id-9", PropertyMap.Empty.With("status", PropertyValue.FromString("Idle")), null, ["did not connect"]));
        await using var provider = await StartAsync(handler, deadline.Token);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await provider.Client.CreateAsync(new CreateRequest { Urn = Urn, Type = Token, Properties = new Struct() }, cancellationToken: deadline.Token));

        var detail = error.GetRpcStatus()!.GetDetail<ErrorResourceInitFailed>();
        Assert.Equal("id-9", detail.Id);
        Assert.Equal("Idle", PropertyValues.GetString(detail.Properties, "status"));
        Assert.Equal(["did not connect"], detail.Reasons);
    }

    [Fact]
    public async Task Read_Gone_AnswersAnEmptyId()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.ReadAsync(It.IsAny<ResourceReadRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(ReadResult.Gone);
        await using var provider = await StartAsync(handler, deadline.Token);

        var response = await provider.Client.ReadAsync(new ReadRequest { Id = "id-1", Urn = Urn, Type = Token }, cancellationToken: deadline.Token);

        Assert.Equal("", response.Id);
        Assert.Null(response.Properties);
        Assert.Null(response.Inputs);
    }

    [Fact]
    public async Task Diff_Result_IsTranslatedWithDetailedDiff()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.DiffAsync(It.IsAny<ResourceDiffRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiffResult(DiffChanges.Some, ["spec"], ["spec", "name"], new Dictionary<string, PropertyDiffKind> { ["spec"] = PropertyDiffKind.UpdateReplace, ["name"] = PropertyDiffKind.Update }, true));
        await using var provider = await StartAsync(handler, deadline.Token);

        var response = await provider.Client.DiffAsync(new DiffRequest { Id = "id-1", Urn = Urn, Type = Token }, cancellationToken: deadline.Token);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Equal(["spec"], response.Replaces);
        Assert.True(response.DeleteBeforeReplace);
        Assert.True(response.HasDetailedDiff);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, response.DetailedDiff["spec"].Kind);
        Assert.Equal(PropertyDiff.Types.Kind.Update, response.DetailedDiff["name"].Kind);

        // The differ compares inputs: with inputDiff false the engine would show the old value from the outputs.
        Assert.All(response.DetailedDiff.Values, d => Assert.True(d.InputDiff));
    }

    [Fact]
    public async Task Diagnostics_GoToEngineLogWithUrnAndEphemeralStatus()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        await using var provider = await StartAsync(handler, deadline.Token);
        var diagnostics = provider.Services.GetRequiredService<IResourceDiagnostics>();
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (ResourceDeleteRequest r, CancellationToken ct) =>
            {
                await diagnostics.StatusAsync(r.Urn, "waiting for Inactive", ct);
                await diagnostics.WarningAsync(r.Urn, "route entries removed", ct);
            });

        await provider.Client.DeleteAsync(new DeleteRequest { Id = "id-1", Urn = Urn, Type = Token }, cancellationToken: deadline.Token);

        var logs = provider.Engine.Logs;
        Assert.Contains(logs, l => l.Ephemeral && l.Urn == Urn && l.Message == "waiting for Inactive" && l.Severity == LogSeverity.Info);
        Assert.Contains(logs, l => !l.Ephemeral && l.Urn == Urn && l.Message == "route entries removed" && l.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Diagnostics_EngineRejectsLog_OperationStillSucceeds()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        await using var provider = await StartAsync(handler, deadline.Token);
        provider.Engine.RejectLogs = true;
        var diagnostics = provider.Services.GetRequiredService<IResourceDiagnostics>();
        handler.Setup(h => h.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ResourceDeleteRequest r, CancellationToken ct) => diagnostics.ErrorAsync(r.Urn, "cannot be shown", ct));

        await provider.Client.DeleteAsync(new DeleteRequest { Id = "id-1", Urn = Urn, Type = Token }, cancellationToken: deadline.Token);

        Assert.Single(provider.Engine.Logs);
    }

    [Fact]
    public async Task Handler_ThrowingUnexpectedly_IsInternalWithoutDetails()
    {
        using var deadline = TestBounds.Start();
        var handler = Handler();
        handler.Setup(h => h.CheckAsync(It.IsAny<ResourceCheckRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom with internals"));
        await using var provider = await StartAsync(handler, deadline.Token);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await provider.Client.CheckAsync(new CheckRequest { Urn = Urn, Type = Token, News = new Struct() }, cancellationToken: deadline.Token));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("boom", error.Status.Detail, StringComparison.Ordinal);
    }

    private static Mock<IResourceHandler> Handler()
    {
        var handler = new Mock<IResourceHandler>(MockBehavior.Strict);
        handler.SetupGet(h => h.Token).Returns(Token);
        return handler;
    }

    private static Task<InProcessPlugin> StartAsync(Mock<IResourceHandler> handler, CancellationToken cancellationToken, Action<IServiceCollection>? more = null) =>
        InProcessPlugin.StartAsync(services =>
        {
            services.AddSingleton<IResourceHandler>(handler.Object);
            more?.Invoke(services);
        }, cancellationToken);
}
