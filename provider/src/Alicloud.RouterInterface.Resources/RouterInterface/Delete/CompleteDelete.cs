using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Done: both ends are gone (or the interface was gone from the start).</summary>
public sealed record CompleteDelete(bool WasAlreadyGone, string Message) : DeleteAction;
