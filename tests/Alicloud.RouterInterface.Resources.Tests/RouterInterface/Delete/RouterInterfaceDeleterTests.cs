using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Moq;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

public sealed class RouterInterfaceDeleterTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private static DeleteTarget PairTarget(bool force = false) =>
        new(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-init"), new InterfaceKey("cn-shanghai", "ri-acc"), force);

    private Task DeleteAsync(DeleteTarget target, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _rig.RunAsync(() => _rig.Deleter.DeleteAsync(target, timeout, cancellationToken));

    private async Task<ResourceOperationException> DeleteFailsAsync(DeleteTarget target, TimeSpan? timeout = null) =>
        await Assert.ThrowsAsync<ResourceOperationException>(() => DeleteAsync(target, timeout));

    private void VerifyNothingChanged()
    {
        var client = _rig.Cloud.Mock;
        client.Verify(c => c.DeactivateRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.DeleteExpressConnectAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.DeleteRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.DeleteRouteEntryAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.ModifyRouterInterfaceAttributeAsync(It.IsAny<ModifyRouterInterfaceAttributeRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private void AssertBothGone()
    {
        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-init"));
        Assert.Null(_rig.Cloud.Find("cn-shanghai", "ri-acc"));
    }

    [Fact]
    public async Task DeleteAsync_IdlePair_DeletesOnceAndReturnsOnlyWhenBothEndsAreGone()
    {
        _rig.Cloud.Pair("Idle");
        var start = _rig.Time.GetUtcNow();

        await DeleteAsync(PairTarget());

        AssertBothGone();
        Assert.True(_rig.Time.GetUtcNow() - start >= _rig.Cloud.TransitionTime, "returned before the Deleting state could have ended");
        Assert.Equal(1, _rig.Cloud.Calls(nameof(IVpcClient.DeleteExpressConnectAsync)));
        Assert.Equal(0, _rig.Cloud.Calls(nameof(IVpcClient.DeactivateRouterInterfaceAsync)));
        _rig.Cloud.Mock.Verify(c => c.DeleteExpressConnectAsync("cn-hangzhou", "ri-init", false, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_rig.Diagnostics.Of("error"));
    }

    [Fact]
    public async Task DeleteAsync_ActivePair_DeactivatesBothEndsThenDeletes()
    {
        _rig.Cloud.Pair("Active");

        await DeleteAsync(PairTarget());

        AssertBothGone();
        _rig.Cloud.Mock.Verify(c => c.DeactivateRouterInterfaceAsync("cn-hangzhou", "ri-init", It.IsAny<CancellationToken>()), Times.Once);
        _rig.Cloud.Mock.Verify(c => c.DeactivateRouterInterfaceAsync("cn-shanghai", "ri-acc", It.IsAny<CancellationToken>()), Times.Once);
        var order = _rig.Cloud.Mock.Invocations.Select(i => i.Method.Name)
            .Where(n => n is "DeactivateRouterInterfaceAsync" or "DeleteExpressConnectAsync").ToList();
        Assert.Equal(["DeactivateRouterInterfaceAsync", "DeactivateRouterInterfaceAsync", "DeleteExpressConnectAsync"], order);
        Assert.Contains(_rig.Diagnostics.Of("status"), s => s == "waiting for ri-init to leave Deactivating");
    }

    [Fact]
    public async Task DeleteAsync_TransitionalStart_WaitsForAStableStateBeforeChangingAnything()
    {
        _rig.Cloud.Pair("Connecting");
        _rig.Cloud.Transition("cn-hangzhou", "ri-init", "Active", TimeSpan.FromSeconds(12));
        _rig.Cloud.Transition("cn-shanghai", "ri-acc", "Active", TimeSpan.FromSeconds(12));
        var start = _rig.Time.GetUtcNow();
        DateTimeOffset? firstDeactivation = null;
        var simulation = _rig.Simulation;

        var task = simulation.Start(() => _rig.Deleter.DeleteAsync(PairTarget(), null, CancellationToken.None));
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            simulation.Advance(TimeSpan.FromMilliseconds(100));
            if (firstDeactivation is null && _rig.Cloud.Calls(nameof(IVpcClient.DeactivateRouterInterfaceAsync)) > 0)
            {
                firstDeactivation = _rig.Time.GetUtcNow();
            }
        }

        await task;
        AssertBothGone();
        Assert.NotNull(firstDeactivation);
        Assert.True(firstDeactivation - start >= TimeSpan.FromSeconds(12), "deactivated while the pair was still Connecting");
        Assert.Contains(_rig.Diagnostics.Of("status"), s => s == "waiting for ri-init to leave Connecting");
    }

    [Fact]
    public async Task DeleteAsync_RouteEntriesWithoutForce_RefusesBeforeAnyChange()
    {
        _rig.Cloud.Pair("Active")
            .Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init")
            .Route("cn-shanghai", "vrt-b", "10.0.0.0/16", "ri-acc");

        var error = await DeleteFailsAsync(PairTarget(force: false));

        Assert.Equal(DiagnosticCodes.RouteEntriesPresent, error.Code);
        Assert.Contains("vtb-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.1.0.0/16", error.Message, StringComparison.Ordinal);
        Assert.Contains("rte-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("vtb-b", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.0/16", error.Message, StringComparison.Ordinal);
        Assert.Contains("rte-2", error.Message, StringComparison.Ordinal);
        VerifyNothingChanged();
        Assert.Equal("Active", _rig.Cloud.Find("cn-hangzhou", "ri-init")!.Status);
        Assert.Equal("Active", _rig.Cloud.Find("cn-shanghai", "ri-acc")!.Status);
        Assert.Equal(2, _rig.Cloud.RouteCount);
        Assert.DoesNotContain(_rig.Diagnostics.Entries, e => e.Level != "status" && e.Message.Contains("rte-1", StringComparison.Ordinal)); // said once: the error
    }

    [Fact]
    public async Task DeleteAsync_RouteEntriesWithForce_ReportsEachEntryAndDeletesWithForce()
    {
        _rig.Cloud.Pair("Active")
            .Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init")
            .Route("cn-shanghai", "vrt-b", "10.0.0.0/16", "ri-acc");

        await DeleteAsync(PairTarget(force: true));

        AssertBothGone();
        Assert.Equal(0, _rig.Cloud.RouteCount);
        _rig.Cloud.Mock.Verify(c => c.DeleteExpressConnectAsync("cn-hangzhou", "ri-init", true, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        var warnings = _rig.Diagnostics.Of("warning").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("rte-1", StringComparison.Ordinal) && w.Contains("10.1.0.0/16", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("rte-2", StringComparison.Ordinal) && w.Contains("vtb-b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAsync_RouteEntriesWithForce_DeactivatesFirstAndLooksThemUpWhileThatRuns()
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init");

        await DeleteAsync(PairTarget(force: true));

        AssertBothGone();
        var calls = _rig.Cloud.Mock.Invocations.Select(i => i.Method.Name).ToList();
        var lastDeactivation = calls.LastIndexOf(nameof(IVpcClient.DeactivateRouterInterfaceAsync));
        Assert.Equal(2, calls.Count(c => c == nameof(IVpcClient.DeactivateRouterInterfaceAsync)));
        Assert.True(lastDeactivation < calls.IndexOf(nameof(IVpcClient.DescribeRouteEntriesAsync)), string.Join(", ", calls));
        Assert.True(calls.LastIndexOf(nameof(IVpcClient.DescribeRouteEntriesAsync)) < calls.IndexOf(nameof(IVpcClient.DeleteExpressConnectAsync)), string.Join(", ", calls));
        Assert.Contains(_rig.Diagnostics.Of("warning"), w => w.Contains("rte-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAsync_RouteLookupRefusedAfterForcedDeactivation_CompletesAndWarnsTheEntriesWentUnlisted()
    {
        _rig.Cloud.Pair("Active").Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init").Fail("DescribeRouteEntryList", "Forbidden.RAM", httpStatus: 403);

        await DeleteAsync(PairTarget(force: true));

        AssertBothGone();
        Assert.Equal(0, _rig.Cloud.RouteCount);
        var warning = Assert.Single(_rig.Diagnostics.Of("warning"));
        Assert.StartsWith(DiagnosticCodes.RouteEntriesRemoved, warning, StringComparison.Ordinal);
        Assert.Contains("Forbidden.RAM", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Prepaid", "AfterPay", "ri-init", "this end")]
    [InlineData("AfterPay", "PREPAID", "ri-acc", "the opposite end")]
    public async Task DeleteAsync_PrepaidEnd_RefusesBeforeTouchingAnything(string initiatorCharge, string acceptorCharge, string prepaidId, string endName)
    {
        _rig.Cloud.Pair("Active", initiatorCharge, acceptorCharge)
            .Route("cn-hangzhou", "vrt-a", "10.1.0.0/16", "ri-init");

        var error = await DeleteFailsAsync(PairTarget(force: true));

        Assert.Equal(DiagnosticCodes.PrepaidInstance, error.Code);
        Assert.Contains($"{endName} {prepaidId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027-01-31T16:00:00Z", error.Message, StringComparison.Ordinal);
        Assert.Contains(TestRig.Urn, error.Message, StringComparison.Ordinal);
        VerifyNothingChanged();
        _rig.Cloud.Mock.Verify(c => c.DescribeRouteTablesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(1, _rig.Cloud.RouteCount);
    }

    [Fact]
    public async Task DeleteAsync_AlreadyGone_SucceedsWithAnInfoAndNoChange()
    {
        await DeleteAsync(PairTarget());

        VerifyNothingChanged();
        var info = Assert.Single(_rig.Diagnostics.Of("info"));
        Assert.StartsWith(DiagnosticCodes.AlreadyGone, info, StringComparison.Ordinal);
        Assert.Contains(_rig.Diagnostics.Entries, e => e.Level == "info" && e.Urn == TestRig.Urn);
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.OperationLocked, 3)]
    [InlineData(AlibabaErrorCodes.IncorrectStatusVpc, 2)]
    [InlineData(AlibabaErrorCodes.IncorrectStatusVSwitchOrRouteEntry, 2)]
    [InlineData(AlibabaErrorCodes.IncorrectStatusRouterInterface, 2)]
    public async Task DeleteAsync_StatusErrorsAFewTimes_WaitsThroughThemWithNewTokens(string code, int times)
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", code, times);

        await DeleteAsync(PairTarget());

        AssertBothGone();
        var tokens = _rig.Cloud.DeleteTokens.ToList();
        Assert.Equal(times + 1, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.Empty(_rig.Diagnostics.Of("error"));
    }

    [Fact]
    public async Task DeleteAsync_OutcomeUnknown_RetriesWithTheSameClientToken()
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", AlibabaErrorCodes.InternalError, times: 2, httpStatus: 500, outcomeUnknown: true);

        await DeleteAsync(PairTarget());

        AssertBothGone();
        var tokens = _rig.Cloud.DeleteTokens.ToList();
        Assert.Equal(3, tokens.Count);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task DeleteAsync_OutcomeUnknownThenDefiniteRefusal_RenewsTheTokenOnlyAfterTheRefusal()
    {
        _rig.Cloud.Pair("Idle")
            .Fail("DeleteExpressConnect", AlibabaErrorCodes.TransportFailure, httpStatus: 0, outcomeUnknown: true)
            .Fail("DeleteExpressConnect", AlibabaErrorCodes.OperationLocked);

        await DeleteAsync(PairTarget());

        var tokens = _rig.Cloud.DeleteTokens.ToList();
        Assert.Equal(3, tokens.Count);
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[1], tokens[2]);
    }

    [Fact]
    public async Task DeleteAsync_LostAnswerButDeleteWentThrough_FollowsTheDeleteWithoutCallingAgain()
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", AlibabaErrorCodes.TransportFailure, httpStatus: 0, outcomeUnknown: true, applied: true);

        await DeleteAsync(PairTarget());

        AssertBothGone();
        Assert.Single(_rig.Cloud.DeleteTokens);
    }

    [Fact]
    public async Task DeleteAsync_OutcomeStaysUnknown_FailsAfterTheBoundWithTheTableDiagnostic()
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", AlibabaErrorCodes.InternalError, times: 50, httpStatus: 500, outcomeUnknown: true);

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(AlibabaErrorCodes.InternalError, error.Code);
        Assert.Equal(DeletePlanner.MaxOutcomeUnknownAttempts, _rig.Cloud.DeleteTokens.Count);
        Assert.Contains("RequestId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_DeadlinePasses_FailsWithTheLastStateAndARerunFinishes()
    {
        _rig.Cloud.Pair("Active").Fail("DeleteExpressConnect", AlibabaErrorCodes.IncorrectStatusVpc, times: 10_000);

        var error = await DeleteFailsAsync(PairTarget(), TimeSpan.FromSeconds(30));

        Assert.Equal(DiagnosticCodes.DeleteTimedOut, error.Code);
        Assert.Contains("30s", error.Message, StringComparison.Ordinal);
        Assert.Contains("ri-init Inactive", error.Message, StringComparison.Ordinal);
        Assert.Contains("ri-acc Inactive", error.Message, StringComparison.Ordinal);
        Assert.Contains(AlibabaErrorCodes.IncorrectStatusVpc, error.Message, StringComparison.Ordinal);
        Assert.Contains("deactivated ri-init", error.Message, StringComparison.Ordinal);
        Assert.Equal(FailureKind.TimedOut, error.Kind);
        Assert.DoesNotContain(_rig.Diagnostics.Entries, e => e.Level == "error"); // said once: the error
        Assert.NotNull(_rig.Cloud.Find("cn-hangzhou", "ri-init"));

        _rig.Cloud.ClearFaults();
        await DeleteAsync(PairTarget());
        AssertBothGone();
    }

    [Fact]
    public async Task DeleteAsync_NoTimeoutGiven_UsesTheDocumentedDefault()
    {
        using var rig = new TestRig(new LifecycleOptions { JitterRatio = 0, DeleteTimeout = TimeSpan.FromMinutes(1) });
        rig.Cloud.Pair("Connecting");
        var start = rig.Time.GetUtcNow();

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => rig.RunAsync(() => rig.Deleter.DeleteAsync(PairTarget(), null, CancellationToken.None)));

        Assert.Equal(DiagnosticCodes.DeleteTimedOut, error.Code);
        Assert.Contains("waiting for ri-init to leave Connecting", error.Message, StringComparison.Ordinal);
        Assert.InRange(rig.Time.GetUtcNow() - start, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.1));
    }

    [Fact]
    public async Task DeleteAsync_CancelledMidWait_StopsAtOnceWithoutMovingTime()
    {
        _rig.Cloud.Pair("Connecting");
        using var cancellation = new CancellationTokenSource();
        var simulation = _rig.Simulation;
        var task = simulation.Start(() => _rig.Deleter.DeleteAsync(PairTarget(), null, cancellation.Token));
        simulation.Advance(TimeSpan.FromMilliseconds(100), times: 50);
        Assert.False(task.IsCompleted);

        cancellation.Cancel();
        simulation.RunPending();

        Assert.True(task.IsCompleted, "cancel did not interrupt the wait without time moving");

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => task);
        Assert.Equal(FailureKind.Cancelled, error.Kind);
        Assert.StartsWith(DiagnosticCodes.Cancelled, error.Message, StringComparison.Ordinal);
        Assert.Contains("Connecting", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_rig.Diagnostics.Entries, e => e.Level is "warning" or "error"); // said once: the error
        VerifyNothingChanged();
    }

    [Fact]
    public async Task DeleteAsync_ManyPairsInParallel_ShareTheirStatusPolls()
    {
        const int pairs = 16;
        for (var i = 0; i < pairs; i++)
        {
            _rig.Cloud.Pair("Active", initiatorId: $"ri-i{i:00}", acceptorId: $"ri-a{i:00}");
        }

        var deletes = Enumerable.Range(0, pairs).Select(i => new DeleteTarget(
            $"{TestRig.Urn}{i}", new InterfaceKey("cn-hangzhou", $"ri-i{i:00}"), new InterfaceKey("cn-shanghai", $"ri-a{i:00}"), Force: false));

        await _rig.RunAsync(() => Task.WhenAll(deletes.Select(t => _rig.Deleter.DeleteAsync(t, null, CancellationToken.None))));

        for (var i = 0; i < pairs; i++)
        {
            Assert.Null(_rig.Cloud.Find("cn-hangzhou", $"ri-i{i:00}"));
            Assert.Null(_rig.Cloud.Find("cn-shanghai", $"ri-a{i:00}"));
        }

        // alone, one pair needs about 10 polls per region; shared, the fleet needs about the same, not 16 times as many
        var describes = _rig.Cloud.Describes.ToList();
        Assert.InRange(describes.Count(d => d.Region == "cn-hangzhou"), 1, 30);
        Assert.InRange(describes.Count(d => d.Region == "cn-shanghai"), 1, 30);
        Assert.Contains(describes, d => d.Ids.Length == pairs);
        Assert.Equal(pairs, _rig.Cloud.DeleteTokens.Count);
    }

    [Fact]
    public async Task DeleteAsync_ProviderNotConfigured_FailsClearlyWithoutCalls()
    {
        using var rig = new TestRig(configured: false);

        var error = await Assert.ThrowsAsync<ResourceOperationException>(() => rig.RunAsync(() => rig.Deleter.DeleteAsync(PairTarget(), null, CancellationToken.None)));

        Assert.Equal(DiagnosticCodes.ProviderNotConfigured, error.Code);
        Assert.Empty(rig.Cloud.Mock.Invocations);
    }

    [Fact]
    public async Task DeleteAsync_PairAlreadyDeleting_JustWaitsUntilGone()
    {
        _rig.Cloud.Pair("Deleting");
        _rig.Cloud.Transition("cn-hangzhou", "ri-init", null, TimeSpan.FromSeconds(5));
        _rig.Cloud.Transition("cn-shanghai", "ri-acc", null, TimeSpan.FromSeconds(7));

        await DeleteAsync(PairTarget());

        AssertBothGone();
        VerifyNothingChanged();
    }

    [Fact]
    public async Task DeleteAsync_ThisEndGoneOppositeStillDeleting_WaitsForTheOppositeToo()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-acc", "cn-shanghai", "vrt-b", RouterInterfaceRole.Acceptor, "Deleting"));
        _rig.Cloud.Transition("cn-shanghai", "ri-acc", null, TimeSpan.FromSeconds(6));
        var start = _rig.Time.GetUtcNow();

        await DeleteAsync(PairTarget());

        Assert.Null(_rig.Cloud.Find("cn-shanghai", "ri-acc"));
        Assert.True(_rig.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(6));
        VerifyNothingChanged();
    }

    [Fact]
    public async Task DeleteAsync_OppositeUnknownInState_DiscoversItFromTheDescribe()
    {
        _rig.Cloud.Pair("Active");
        var target = new DeleteTarget(TestRig.Urn, new InterfaceKey("cn-shanghai", "ri-acc"), null, Force: false);

        await DeleteAsync(target);

        AssertBothGone();
        _rig.Cloud.Mock.Verify(c => c.DeactivateRouterInterfaceAsync("cn-hangzhou", "ri-init", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DeleteAsync_SingleIdleInterface_DeletesIt()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-solo", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Idle"));

        await DeleteAsync(new DeleteTarget(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-solo"), null, Force: false));

        Assert.Null(_rig.Cloud.Find("cn-hangzhou", "ri-solo"));
    }

    [Fact]
    public async Task DeleteAsync_ApiSaysNotFoundButStillListed_GoesOnPerEnd()
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, httpStatus: 404);

        await DeleteAsync(PairTarget());

        AssertBothGone();
        Assert.Equal(2, _rig.Cloud.Calls(nameof(IVpcClient.DeleteRouterInterfaceAsync)));
    }

    [Fact]
    public async Task DeleteAsync_NotFoundAlsoPerEndWhileStillListed_FailsWithThatCode()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-solo", "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, "Idle"))
            .Fail("DeleteExpressConnect", AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, httpStatus: 404)
            .Fail("DeleteRouterInterface", AlibabaErrorCodes.InvalidInstanceIdNotFound, times: 5, httpStatus: 404);

        var error = await DeleteFailsAsync(new(TestRig.Urn, new InterfaceKey("cn-hangzhou", "ri-solo"), null, false));

        Assert.Equal(AlibabaErrorCodes.InvalidInstanceIdNotFound, error.Code);
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.DependencyViolationClassicLink, 404)]
    [InlineData(AlibabaErrorCodes.InvalidRegionIdNotFound, 404)]
    [InlineData(AlibabaErrorCodes.DependencyViolationRouteEntry, 400)]
    public async Task DeleteAsync_TableErrorThatEndsTheDelete_FailsWithTheTableDiagnostic(string code, int httpStatus)
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", code, httpStatus: httpStatus);

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(code, error.Code);
        Assert.StartsWith(code, error.Message, StringComparison.Ordinal);
        Assert.Contains(ApiCodes.Find(code)!.UserAction, error.Message, StringComparison.Ordinal);
        Assert.Single(_rig.Cloud.DeleteTokens);
        Assert.NotNull(_rig.Cloud.Find("cn-hangzhou", "ri-init"));
    }

    [Theory]
    [InlineData(AlibabaErrorCodes.PrepaidChargeType)]
    [InlineData(AlibabaErrorCodes.PrepaidOppositeChargeType)]
    public async Task DeleteAsync_ApiAnswersPrepaid_ReportsThePrepaidDiagnostic(string code)
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", code);

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(DiagnosticCodes.PrepaidInstance, error.Code);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_UnknownApiError_FailsWithDeleteFailedNamingTheCode()
    {
        _rig.Cloud.Pair("Idle").Fail("DeleteExpressConnect", "Forbidden.RAM", httpStatus: 403);

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(DiagnosticCodes.DeleteFailed, error.Code);
        Assert.Contains("Forbidden.RAM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_ThrottledDescribes_AreWaitedThrough()
    {
        _rig.Cloud.Pair("Idle").Fail("DescribeRouterInterfaces", AlibabaErrorCodes.ThrottlingUser, times: 3);

        await DeleteAsync(PairTarget());

        AssertBothGone();
        Assert.Empty(_rig.Diagnostics.Of("error"));
    }

    [Fact]
    public async Task DeleteAsync_DescribeForbidden_FailsWithDescribeFailed()
    {
        _rig.Cloud.Pair("Idle").Fail("DescribeRouterInterfaces", "Forbidden.RAM", httpStatus: 403);

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(DiagnosticCodes.DescribeFailed, error.Code);
        VerifyNothingChanged();
    }

    [Fact]
    public async Task DeleteAsync_DeactivateRacesWithAStatusChange_RetriesAfterObserving()
    {
        _rig.Cloud.Pair("Active").Fail("DeactivateRouterInterface", AlibabaErrorCodes.IncorrectRiStatus);

        await DeleteAsync(PairTarget());

        AssertBothGone();
    }

    [Fact]
    public async Task DeleteAsync_DeactivateForbidden_FailsWithDeactivateFailedAndSaysWhatChanged()
    {
        _rig.Cloud.Pair("Active");
        _rig.Cloud.Mock.Setup(c => c.DeactivateRouterInterfaceAsync("cn-shanghai", "ri-acc", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AlibabaCloudException("DeactivateRouterInterface", "Forbidden.FinancialLocked", "locked", 400, "REQ-1"));

        var error = await DeleteFailsAsync(PairTarget());

        Assert.Equal(DiagnosticCodes.DeactivateFailed, error.Code);
        Assert.Contains("deactivated ri-init", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forbidden.FinancialLocked", error.Message, StringComparison.Ordinal);
    }
}
