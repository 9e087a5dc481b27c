namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Decide again on the latest observation, without another look (after the route lookup, or the per-end switch).</summary>
public sealed record DecideAgain : DeleteAction
{
    public static readonly DecideAgain Instance = new();
}
