using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Nothing to do but observe again after a backoff delay.</summary>
public sealed record WaitForChange(string Reason) : DeleteAction;
