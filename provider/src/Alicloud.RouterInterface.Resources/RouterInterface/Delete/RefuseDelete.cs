using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Stop with a diagnostic.</summary>
public sealed record RefuseDelete(string Code, string Message) : DeleteAction;
