namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>An action that calls nothing (<see cref="DecideAgain"/>).</summary>
public sealed record NoAnswer : DeleteAnswer
{
    public static readonly NoAnswer Instance = new();
}
