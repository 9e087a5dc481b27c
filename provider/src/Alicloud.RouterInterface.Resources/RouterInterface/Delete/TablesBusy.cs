namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>Another delete of ours holds the route tables' turn; they are expected steady at <paramref name="SteadyAt"/>.</summary>
public sealed record TablesBusy(DateTimeOffset SteadyAt) : DeleteAnswer;
