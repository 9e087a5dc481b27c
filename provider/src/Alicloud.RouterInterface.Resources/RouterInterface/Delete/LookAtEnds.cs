namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The look at both ends; the action a failed look is answered for.</summary>
public sealed record LookAtEnds : DeleteAction
{
    public static readonly LookAtEnds Instance = new();
}
