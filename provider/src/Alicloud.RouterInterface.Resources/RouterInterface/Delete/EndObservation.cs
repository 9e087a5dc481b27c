using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// One end as observed; <see cref="Info"/> is null when the describe did not list it (gone, or not visible). A row
/// listed as <c>Deleted</c> (B4) is gone too: the shared poller drops such rows, and an end inferred from its peer's
/// <c>OppositeInterfaceStatus</c> may carry the status.
/// </summary>
public sealed record EndObservation(InterfaceEnd End, InterfaceKey Key, RouterInterfaceInfo? Info)
{
    public bool Exists => Info is not null && !RouterInterfaceStatuses.IsGone(Info.Status);

    public string? Status => Info?.Status;

    public bool IsIn(string status) => Info is not null && RouterInterfaceStatuses.Is(Info.Status, status);

    /// <summary>The account that owns this end when it is another account's (a cross-account pair); null for our own.</summary>
    public string? OtherAccount { get; init; }

    /// <summary>This delete can deactivate and delete the end: our own, or another account's through the opposite credentials.</summary>
    public bool CanChange { get; init; } = true;

    public bool IsSettled => IsIn(RouterInterfaceStatuses.Idle) || IsIn(RouterInterfaceStatuses.Inactive);

    /// <summary>Listed with <c>FastLinkMode: true</c> (DescribeRouterInterfaces, official SDK model).</summary>
    public bool IsFastLink => Info?.FastLinkMode == true;

    public string EndName => End == InterfaceEnd.ThisEnd ? "this end" : "the opposite end";

    public override string ToString() => Exists ? $"{Key.Id} {Info!.Status}" : $"{Key.Id} gone";
}
