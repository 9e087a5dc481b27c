namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>What the stack records for a RouterInterface: its inputs (with defaults applied) and computed outputs.</summary>
public sealed record RouterInterfaceState(RouterInterfaceArgs Args, RouterInterfaceOutputs Outputs);
