namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The answer to the action the step took (<see cref="DeleteProgress.Due"/>, or a look that failed).</summary>
public sealed record Answered(DeleteAction Action, DeleteAnswer Answer) : DeleteSeen;
