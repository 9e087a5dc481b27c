using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface;

/// <summary>IDs from the state or `pulumi import` that are no router interface IDs are refused before any call (issue 22, finding 8).</summary>
public sealed class RouterInterfaceIdTests : IDisposable
{
    private readonly TestRig _rig = new();

    public void Dispose() => _rig.Dispose();

    public static TheoryData<string> NotRouterInterfaceIds() =>
        ["vpc-bp1abc", "ri-", "ri-a b", "ri-🙂", "ri-../../x", "ri-1,ri-2", "ri-x\r\nX-Injected: yes", "", " ri-abc", "RI-abc", new string('a', 300)];

    [Theory]
    [MemberData(nameof(NotRouterInterfaceIds))]
    public async Task ReadUpdateDeleteAndDiff_ForeignId_AreRefusedNamingItWithoutACall(string id)
    {
        var inputs = Inputs.Initiator();
        var errors = new[]
        {
            await Assert.ThrowsAsync<ResourceOperationException>(() => _rig.Handler.ReadAsync(new ResourceReadRequest(id, TestRig.Urn, inputs, inputs, null), CancellationToken.None)),
            await Assert.ThrowsAsync<ResourceOperationException>(() => _rig.Handler.DeleteAsync(new ResourceDeleteRequest(id, TestRig.Urn, inputs, inputs, null), CancellationToken.None)),
            await Assert.ThrowsAsync<ResourceOperationException>(() => _rig.Handler.UpdateAsync(
                new ResourceUpdateRequest(id, TestRig.Urn, inputs, inputs, inputs, null, Preview: false, []), CancellationToken.None)),
            await Assert.ThrowsAsync<ResourceOperationException>(() => _rig.Handler.DiffAsync(new ResourceDiffRequest(id, TestRig.Urn, inputs, inputs, inputs, []), CancellationToken.None)),
        };

        Assert.Equal([DiagnosticCodes.ReadFailed, DiagnosticCodes.DeleteFailed, DiagnosticCodes.UpdateFailed, DiagnosticCodes.UpdateFailed], errors.Select(e => e.Code));
        foreach (var error in errors)
        {
            Assert.Equal(FailureKind.Refused, error.Kind);
            Assert.Contains("is not a router interface ID", error.Message, StringComparison.Ordinal);
            Assert.Contains($"'{new string([.. id.Take(80).Select(c => char.IsControl(c) ? '?' : c)])}", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_rig.Cloud.Mock.Invocations);
    }

    [Theory]
    [InlineData("ri-2zeo3xzyf38r4urzdpvqx")]
    [InlineData("ri-init")]
    [InlineData("ri-a01")]
    public void Checked_RouterInterfaceIds_PassAsTheyAre(string id) =>
        Assert.Equal(id, RouterInterfaceId.Checked(id, DiagnosticCodes.ReadFailed));
}
