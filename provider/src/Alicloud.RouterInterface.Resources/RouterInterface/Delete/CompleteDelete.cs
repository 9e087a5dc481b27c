using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Done: both ends are gone (or the interface was gone from the start).</summary>
public sealed record CompleteDelete(bool WasAlreadyGone, string Message) : DeleteAction
{
    /// <summary>The user is told (<see cref="Message"/> as information): the interface was gone already, or its opposite stays.</summary>
    public bool Inform { get; init; }
}
