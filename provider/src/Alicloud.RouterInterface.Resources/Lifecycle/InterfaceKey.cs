namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>A router interface and the region it lives in (every API call needs both).</summary>
public readonly record struct InterfaceKey(string RegionId, string Id)
{
    public override string ToString() => $"{Id} ({RegionId})";
}
